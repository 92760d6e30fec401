#pragma once

#include "ui_global.h"

#include "recordpanel.h"
#include "viewtabbar.h"

#include "records/record.h"
#include "result.h"

#include <QPointer>
#include <QStringList>

class QAction;
class QLabel;
class QUndoCommand;
class QMessageBox;

namespace sb {
struct ChangeEntry;
}

namespace sb::ui {

class TicketListModel;

// The service desk's queues over incidents or service requests: a record panel whose list is
// narrowed by a saved view chosen in a row of tabs above it, with an SLA column that says how
// much time is left and colours it by state. One panel per ticket type; the views follow from
// the type.
//
// Several tickets can be selected and assigned (or, incidents, resolved) at once: one step on
// the undo stack, written in one transaction, all or nothing - if one ticket cannot take the
// change, none is changed and the user is told which and why.
class SB_UI_EXPORT IncidentPanel : public RecordPanel
{
    Q_OBJECT
public:
    enum class View {
        MyWork, // open, assigned to the acting user
        MyGroup, // open, assigned to one of the acting user's groups (offered if they have any)
        Unassigned, // open, nobody assigned
        BreachingSoon, // open, past the SLA warning threshold or breached
        Major, // open major incidents
        NeedsAttention, // an escalation not taken up, a customer update overdue, a major
                        // incident without its manager or with management not told
        AllOpen, // not in a final state
        AwaitingApproval, // service requests waiting for their approval
        All,
    };

    // `type` is incident or service_request; `title` a source text in the "RecordPanel"
    // context (QT_TRANSLATE_NOOP at the caller).
    IncidentPanel(const QString &objectName, const char *title, const QString &type,
                  QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document) override;

    // The views this panel offers now (My group only when the user belongs to a group).
    QList<View> availableViews() const;
    View currentView() const { return m_view; }
    void setView(View view);
    // The names of the groups the acting user is a member of, as tickets name them.
    const QStringList &userGroups() const { return m_groups; }
    ViewTabBar *viewBar() const { return m_viewBar; }
    TicketListModel *ticketModel() const { return m_ticketModel; }

    // The tickets selected in the list, in list order (rows still loading left out).
    QList<qint64> selectedIds() const;
    QAction *assignAction() const { return m_assign; }
    QAction *resolveAction() const { return m_resolve; }
    // The tickets as they are now: the versions a bulk action names, so that a ticket someone
    // changes meanwhile stops it.
    Result<QList<Record>> loadTickets(const QList<qint64> &ids) const;
    // The bulk actions without their dialogs. `assignee` empty: tickets that move to another
    // group lose theirs. bulkFinished() follows; on failure a message box says why.
    void assignTickets(const QList<Record> &tickets, const QString &group, const QString &assignee);
    void resolveTickets(const QList<Record> &tickets, const QString &code, const QString &notes);
    bool isBulkBusy() const { return m_bulkBusy; }
    // The message box of the last refused bulk action, while it is open.
    QMessageBox *bulkRefusal() const;

Q_SIGNALS:
    void bulkFinished(bool ok, const QString &message);

protected:
    void adjustSpec(ListSpec *spec) const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateViews();
    void fitColumns();
    // Reads the acting user's groups; true if the list needs building again.
    bool updateGroups(WorkbookDocument *doc);
    void onRecordsChanged(const QList<sb::ChangeEntry> &changes);
    QString viewKey(View view) const;
    void updateBulkActions();
    // Opens the dialog of a bulk action on the selection.
    void startBulk(bool resolve);
    void performBulk(QUndoCommand *batch, const QString &failure);

    QList<View> m_views; // the ones this type offers, in the list's order
    View m_view = View::AllOpen;
    QStringList m_groups;
    ViewTabBar *m_viewBar = nullptr;
    TicketListModel *m_ticketModel = nullptr;
    QString m_type;
    QAction *m_assign = nullptr;
    QAction *m_resolve = nullptr; // incidents only
    QLabel *m_selection = nullptr;
    bool m_bulkBusy = false;
    QPointer<QMessageBox> m_bulkRefusal;
};

} // namespace sb::ui
