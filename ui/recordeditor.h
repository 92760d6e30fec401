#pragma once

#include "ui_global.h"

#include "incident/prioritymatrix.h"
#include "records/record.h"
#include "records/recordtypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QListWidget;

namespace sb::ui {

class SlaClockView;
class TicketTimeline;
class WorkbookDocument;

// The editor every record panel uses: a form built from the record type's fields, the
// lifecycle's next steps as buttons, and the record's links, attachments and history. Saving
// names the version it loaded, so a record someone else saved meanwhile is a conflict the user
// resolves, never a silent overwrite. Works from the keyboard: Tab through the fields,
// Ctrl+S or Ctrl+Enter saves, Escape reverts.
class SB_UI_EXPORT RecordEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecordEditor(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    void showRecord(qint64 id);
    void startNew(const QString &type);
    void clear();

    qint64 recordId() const { return m_record.id; }
    const Record &record() const { return m_record; }
    bool isModified() const { return m_modified; }
    bool isSaving() const { return m_saving; }
    // Sets a field's text as a person would type it (for tests and scripted use).
    bool setFieldText(const QString &field, const QString &text);
    QString fieldText(const QString &field) const;
    QString message() const;

public Q_SLOTS:
    void save();
    void revert();

Q_SIGNALS:
    void saved(qint64 id);
    void modifiedChanged(bool modified);
    void openRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildForm(const RecordTypeDef &type);
    void fill();
    void fillSideTabs();
    void fillSla();
    void updateTimelineTitle();
    void fillSimilar();
    // Shows the priority the matrix gives as impact and urgency change (tickets only).
    void followMatrix();
    void updateState();
    QString originalText(const FieldDef &f) const;
    QVariantMap collectChanges() const;
    void runTransition(const QString &toState);
    void submit(qint64 id, const QString &type, QVariantMap changes, int expectedVersion,
                const QString &toState);
    void handleConflict(qint64 id, const QVariantMap &mine, const QString &toState);
    void showMessage(const QString &text, bool error);
    void attachFiles(const QStringList &paths);
    void saveAttachment();
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    const RecordTypeDef *m_type = nullptr;
    Record m_record; // as loaded; id 0 while creating
    bool m_modified = false;
    bool m_filling = false;
    bool m_saving = false;

    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QHBoxLayout *m_transitions = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_links = nullptr;
    QTreeWidget *m_history = nullptr;
    QListWidget *m_attachments = nullptr;
    SlaClockView *m_sla = nullptr; // incidents and service requests only
    TicketTimeline *m_timeline = nullptr; // incidents and service requests only
    QTreeWidget *m_similar = nullptr; // incidents and service requests only
    quint64 m_similarGeneration = 0; // a search for an earlier record is dropped
    std::optional<PriorityMatrix> m_matrix; // the workbook's, for tickets
    bool m_priorityTouched = false; // typed by hand, or overridden: the matrix keeps off
    QPushButton *m_attach = nullptr;
    QPushButton *m_saveAttachment = nullptr;
    QWidget *m_formHost = nullptr;
};

} // namespace sb::ui
