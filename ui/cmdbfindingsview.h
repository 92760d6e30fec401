#pragma once

#include "ui_global.h"

#include "cmdb/cmdbaudit.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb::ui {

class WorkbookDocument;

// The findings of a CMDB audit, the audit editor's tab: grouped by kind (missing, not
// registered, values that differ) with the CI, field, CMDB value, found value, inventory line
// and follow-up. "Follow Up as Task" turns the selected finding into a task (on the writer
// thread); its ID then shows in the row. A double-click asks for the CI, or the follow-up.
class SB_UI_EXPORT CmdbFindingsView : public QWidget
{
    Q_OBJECT
public:
    // What tells the findings apart first; the CI type last, where a narrow tab cuts it off.
    enum Column {
        CiColumn,
        FieldColumn,
        CmdbColumn,
        FoundColumn,
        LineColumn,
        FollowUpColumn,
        TypeColumn,
        ColumnCount
    };

    explicit CmdbFindingsView(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    void showAudit(qint64 auditId, bool writable);
    void clear();

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *followUpButton() const { return m_followUp; }
    bool isBusy() const { return m_loading || m_following; }
    QString message() const;
    const QList<CmdbAuditFinding> &findings() const { return m_findings; }
    QTreeWidgetItem *itemFor(qint64 findingId) const;
    bool selectFinding(qint64 findingId);
    qint64 selectedFinding() const;

public Q_SLOTS:
    void followUpSelected();

Q_SIGNALS:
    void openRequested(qint64 id);
    void countChanged(int findings);
    // The findings are shown (or could not be read).
    void loaded();
    // A finding was followed up by the task `taskId`.
    void followedUp(qint64 findingId, qint64 taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void fill();
    void showMessage(const QString &text, bool error);
    void updateButtons();
    void retranslateUi();
    QString valueText(const CmdbAuditFinding &f, const QString &value) const;

    QPointer<WorkbookDocument> m_document;
    qint64 m_audit = 0;
    bool m_writable = false;
    bool m_loading = false;
    bool m_following = false;
    int m_generation = 0;
    qint64 m_keepSelected = 0; // selected again once the findings are read afresh
    QList<CmdbAuditFinding> m_findings;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_followUp = nullptr;
};

} // namespace sb::ui
