#pragma once

#include "ui_global.h"

#include "recordpanel.h"

#include <QStringList>

class QTabBar;

namespace sb {
struct ChangeEntry;
}

namespace sb::ui {

class TicketListModel;

// The service desk's queues over incidents or service requests: a record panel whose list is
// narrowed by a saved view chosen in a row of tabs above it, with an SLA column that says how
// much time is left and colours it by state. One panel per ticket type; the views follow from
// the type.
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
    QTabBar *viewBar() const { return m_viewBar; }
    TicketListModel *ticketModel() const { return m_ticketModel; }

protected:
    void adjustSpec(ListSpec *spec) const override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateViews();
    void fitColumns();
    // Reads the acting user's groups; true if the list needs building again.
    bool updateGroups(WorkbookDocument *doc);
    void onRecordsChanged(const QList<sb::ChangeEntry> &changes);
    QString viewKey(View view) const;

    QList<View> m_views; // the ones this type offers, in the list's order
    View m_view = View::AllOpen;
    QStringList m_groups;
    QTabBar *m_viewBar = nullptr;
    TicketListModel *m_ticketModel = nullptr;
    bool m_split = false; // the user has placed the splitter's handle
};

} // namespace sb::ui
