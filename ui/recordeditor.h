#pragma once

#include "ui_global.h"

#include "cmdb/citypes.h"
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
class QTimer;
class QTreeWidget;
class QListWidget;

namespace sb::ui {

class CiAttributesEditor;
class CiImpactView;
class CiRelationsView;
class CmdbFindingsView;
class ProblemIncidentsView;
class RcaEditor;
class SlaClockView;
class SplitterShare;
class SuggestionPane;
class TicketTimeline;
class WorkbookDocument;

// The editor every record panel uses: a form built from the record type's fields, the
// lifecycle's next steps as buttons, and the record's links, attachments and history. Saving
// names the version it loaded, so a record someone else saved meanwhile is a conflict the user
// resolves, never a silent overwrite. Works from the keyboard: Tab through the fields,
// Ctrl+S or Ctrl+Enter saves, Escape reverts.
//
// Tickets get their SLA, timeline and a side pane of what may help: for an incident, first the
// known errors and knowledge articles that match what the form says (the workaround of a known
// error applied with one click), then similar records. Problems get the root-cause analysis
// and the incidents behind them, with whether the fix held.
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

    // Problems: the root-cause analysis tab.
    RcaEditor *rcaEditor() const { return m_rca; }
    // Tickets: the side pane of what may help, known errors and articles first.
    SuggestionPane *suggestionPane() const { return m_similar; }
    // Problems: the incidents behind the problem, and whether its fix held.
    ProblemIncidentsView *problemIncidents() const { return m_incidentsView; }
    // CIs: type, subtype and attributes; relationships; impact.
    CiAttributesEditor *ciDetails() const;
    CiRelationsView *ciRelations() const { return m_ciRelations; }
    CiImpactView *ciImpact() const { return m_ciImpact; }
    // CMDB audits: the findings, and their follow-up.
    CmdbFindingsView *cmdbFindings() const { return m_cmdbFindings; }
    // The CI type a new CI starts with (the CI list's type filter); empty: none chosen.
    void setNewCiType(const QString &code) { m_newCiType = code; }

public Q_SLOTS:
    void save();
    void revert();
    // Incidents: links the known error to the incident shown and writes its workaround as a
    // work note (Knowledge::applyWorkaround), then shows the incident afresh.
    void applyWorkaround(qint64 knownErrorId);

Q_SIGNALS:
    void saved(qint64 id);
    void modifiedChanged(bool modified);
    void openRequested(qint64 id);
    // The form now shows this record (0: a new one), however it came to: selected, opened
    // from elsewhere, reloaded after a save or a change by someone else.
    void recordShown(qint64 id);
    // CIs: show this CI in the graph; mode -1 its neighbourhood, else an ImpactDirection.
    void showInGraphRequested(qint64 id, int mode);

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
    void updateSimilarTitle(int suggestions);
    void escalateProblem();
    bool isProblem() const;
    void setTabShown(QWidget *page, bool shown);
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
    SuggestionPane *m_similar = nullptr; // incidents and service requests only
    QTimer *m_similarTimer = nullptr; // looks again once the typing pauses
    bool m_applying = false; // a workaround is being applied
    RcaEditor *m_rca = nullptr; // problems only
    ProblemIncidentsView *m_incidentsView = nullptr; // problems only
    QPointer<CiAttributesEditor> m_ciDetails; // CIs only, part of the form
    CiRelationsView *m_ciRelations = nullptr; // CIs only
    CiImpactView *m_ciImpact = nullptr; // CIs only
    CmdbFindingsView *m_cmdbFindings = nullptr; // CMDB audits only
    QList<CiTypeDef> m_ciTypes;
    QString m_newCiType;
    QWidget *m_attachPage = nullptr;
    SplitterShare *m_share = nullptr; // of the height, for the form
    std::optional<PriorityMatrix> m_matrix; // the workbook's, for tickets
    bool m_priorityTouched = false; // typed by hand, or overridden: the matrix keeps off
    QPushButton *m_attach = nullptr;
    QPushButton *m_saveAttachment = nullptr;
    QWidget *m_formHost = nullptr;
};

} // namespace sb::ui
