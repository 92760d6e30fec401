#include "incidentpanel.h"

#include "bulkticketdialog.h"
#include "recordcommands.h"
#include "slaformat.h"
#include "ticketlistmodel.h"
#include "viewtabbar.h"
#include "workbookdocument.h"

#include "records/recordquery.h"
#include "storage/changewatcher.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
// One transaction holds a bulk action; beyond this many tickets it is better split.
constexpr int MaxBulk = 1000;

QList<RecordPanel::TypeView> ticketColumns(const QString &type)
{
    return {{type,
             QStringList {u"title"_s, u"priority"_s, u"sla_due"_s, u"state"_s,
                          u"assignment_group"_s, u"assignee"_s, u"service"_s}
                 + TicketListModel::slaValues()}};
}
} // namespace

IncidentPanel::IncidentPanel(const QString &objectName, const char *title, const QString &type,
                             QWidget *parent)
    : RecordPanel(objectName, title, ticketColumns(type), new TicketListModel, parent)
    , m_type(type)
{
    m_ticketModel = static_cast<TicketListModel *>(model());
    if (type == u"incident"_s)
        m_views = {View::MyWork,        View::MyGroup, View::Unassigned, View::NeedsAttention,
                   View::BreachingSoon, View::Major,   View::AllOpen,    View::All};
    else
        m_views = {View::AllOpen, View::NeedsAttention, View::AwaitingApproval, View::All};

    // Above the list rather than beside it: a dock shares its width with the editor.
    m_viewBar = new ViewTabBar(u"ticketViews"_s, this);
    QList<int> views;
    for (View v : std::as_const(m_views))
        views << int(v);
    m_viewBar->setViews(
        views, [this](int v) { return viewKey(View(v)); }, objectName + u"/view"_s,
        int(View::AllOpen));
    m_view = View(m_viewBar->currentView());
    // Until the document says which groups the user is in.
    if (m_views.contains(View::MyGroup))
        m_viewBar->setTabVisible(int(m_views.indexOf(View::MyGroup)), false);

    // Bulk actions on the selection, beside the views and in the list's context menu.
    view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_assign = new QAction(this);
    m_assign->setObjectName(u"bulkAssign"_s);
    connect(m_assign, &QAction::triggered, this, [this] { startBulk(false); });
    m_resolve = new QAction(this);
    m_resolve->setObjectName(u"bulkResolve"_s);
    m_resolve->setVisible(type == u"incident"_s);
    connect(m_resolve, &QAction::triggered, this, [this] { startBulk(true); });
    view()->addAction(m_assign);
    view()->addAction(m_resolve);
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *header = new QWidget(this);
    auto *headerRow = new QHBoxLayout(header);
    headerRow->setContentsMargins(0, 0, 0, 0);
    m_selection = new QLabel(header);
    m_selection->setObjectName(u"selectionCount"_s);
    headerRow->addWidget(m_viewBar, 1);
    headerRow->addWidget(m_selection);
    for (QAction *a : {m_assign, m_resolve}) {
        auto *b = new QToolButton(header);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        headerRow->addWidget(b);
    }
    addHeaderWidget(header);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentPanel::updateBulkActions);
    // The queue gets more of the width than the editor beside it.
    splitter()->setStretchFactor(0, 3);
    splitter()->setStretchFactor(1, 2);
    setListShare(55);

    connect(m_viewBar, &ViewTabBar::viewChosen, this, [this](int v) {
        if (View(v) == m_view)
            return;
        m_view = View(v);
        reloadList();
    });

    retranslateViews();
    updateBulkActions();
}

QString IncidentPanel::viewKey(View view) const
{
    switch (view) {
    case View::MyWork: return u"my_work"_s;
    case View::MyGroup: return u"my_group"_s;
    case View::Unassigned: return u"unassigned"_s;
    case View::BreachingSoon: return u"breaching_soon"_s;
    case View::Major: return u"major"_s;
    case View::NeedsAttention: return u"needs_attention"_s;
    case View::AllOpen: return u"all_open"_s;
    case View::AwaitingApproval: return u"awaiting_approval"_s;
    case View::All: return u"all"_s;
    }
    return {};
}

void IncidentPanel::setDocument(WorkbookDocument *doc)
{
    if (document())
        document()->disconnect(this);
    if (doc)
        connect(doc, &WorkbookDocument::recordsChanged, this, &IncidentPanel::onRecordsChanged);
    // Known before the list is built: "My group" filters on them.
    updateGroups(doc);
    RecordPanel::setDocument(doc);
    fitColumns();
    // A bulk action in flight belongs to the document that is going away.
    m_bulkBusy = false;
    updateBulkActions();
}

void IncidentPanel::fitColumns()
{
    // ID, title, priority and SLA first, so a narrow dock still shows what a queue is read by;
    // each column at least as wide as its header.
    const QFontMetrics fm = view()->fontMetrics();
    const QFontMetrics header = view()->horizontalHeader()->fontMetrics();
    const int ch = fm.averageCharWidth();
    const int chars[] = {9, 22, 4, 0, 12, 18, 12};
    const int sla = m_ticketModel->slaColumn();
    for (int c = 0; c < int(std::size(chars)) && c < model()->columnCount(); ++c) {
        const QString label = model()->headerData(c, Qt::Horizontal).toString();
        int width = ch * chars[c];
        if (c == sla) {
            // Room for the longest time left, with its dot.
            width = fm.horizontalAdvance(SlaFormat::duration(-(23 * 60 + 59) * 60000LL))
                + view()->style()->pixelMetric(QStyle::PM_SmallIconSize) + 20;
        }
        view()->setColumnWidth(c, qMax(width, header.horizontalAdvance(label) + 20));
    }
}

QList<IncidentPanel::View> IncidentPanel::availableViews() const
{
    QList<View> out;
    for (View v : m_views) {
        if (v != View::MyGroup || !m_groups.isEmpty())
            out << v;
    }
    return out;
}

void IncidentPanel::setView(View view)
{
    if (!availableViews().contains(view))
        return;
    m_viewBar->setCurrentIndex(int(m_views.indexOf(view)));
}

bool IncidentPanel::updateGroups(WorkbookDocument *doc)
{
    QStringList groups;
    if (doc && !doc->workbook().user().isEmpty()) {
        // Tickets name groups by their title; people join groups by member_of links.
        ListSpec people;
        people.type = u"person"_s;
        people.columns = {u"login"_s};
        people.where = {{u"login"_s, doc->workbook().user()}};
        Result<RecordQuery> q = RecordQuery::prepare(people);
        Result<QList<ListRow>> me = q.ok() ? q->page(doc->workbook().db(), std::nullopt, 1)
                                           : Result<QList<ListRow>>(q.error());
        if (me.ok() && !me->isEmpty()) {
            if (Result<QList<LinkInfo>> links = doc->store().links(me->first().id); links.ok()) {
                for (const LinkInfo &l : *links) {
                    if (l.kind == u"member_of"_s && l.outgoing)
                        groups << l.otherTitle;
                }
            }
        }
    }
    groups.sort(Qt::CaseInsensitive);
    groups.removeDuplicates();
    const bool changed = groups != m_groups;
    m_groups = groups;
    bool rebuild = changed && m_view == View::MyGroup;
    // Without a workbook nobody knows; a remembered "My group" waits for one.
    if (doc && m_view == View::MyGroup && m_groups.isEmpty()) {
        // Not offered: the list shows what it would show without it.
        m_view = View::AllOpen;
        rebuild = true;
    }
    {
        // The tab bar moves off a tab it hides; the view stays what it is.
        const QSignalBlocker block(m_viewBar);
        if (const int tab = int(m_views.indexOf(View::MyGroup)); tab >= 0)
            m_viewBar->setTabVisible(tab, !m_groups.isEmpty());
        m_viewBar->setCurrentIndex(int(m_views.indexOf(m_view)));
    }
    retranslateViews();
    return rebuild;
}

void IncidentPanel::onRecordsChanged(const QList<ChangeEntry> &changes)
{
    for (const ChangeEntry &c : changes) {
        if (c.type == u"person"_s || c.type == u"work_group"_s || c.type.isEmpty()) {
            if (updateGroups(document()))
                reloadList();
            return;
        }
    }
}

void IncidentPanel::adjustSpec(ListSpec *spec) const
{
    const QString user = document() ? document()->workbook().user() : QString();
    switch (m_view) {
    case View::MyWork:
        spec->openOnly = true;
        // A set, not an equality: an unknown user matches nothing rather than everyone's
        // unassigned tickets.
        spec->whereIn.append({u"assignee"_s, {user}});
        break;
    case View::MyGroup: {
        spec->openOnly = true;
        QVariantList groups;
        for (const QString &g : m_groups)
            groups << g;
        spec->whereIn.append({u"assignment_group"_s, groups});
        break;
    }
    case View::Unassigned:
        spec->openOnly = true;
        spec->where.append({u"assignee"_s, QString()});
        break;
    case View::BreachingSoon:
        spec->openOnly = true;
        spec->slaAtRisk = true;
        break;
    case View::Major:
        spec->openOnly = true;
        spec->where.append({u"major"_s, 1});
        break;
    case View::NeedsAttention: spec->needsAttention = true; break;
    case View::AllOpen: spec->openOnly = true; break;
    case View::AwaitingApproval: spec->where.append({u"state"_s, u"awaiting_approval"_s}); break;
    case View::All: break;
    }
}

void IncidentPanel::retranslateViews()
{
    for (int i = 0; i < m_views.size(); ++i) {
        QString text;
        QString toolTip;
        switch (m_views[i]) {
        case View::MyWork:
            text = tr("My work");
            toolTip = tr("Open tickets assigned to you");
            break;
        case View::MyGroup:
            text = tr("My group");
            toolTip = tr("Open tickets assigned to your groups: %1").arg(m_groups.join(tr(", ")));
            break;
        case View::Unassigned:
            text = tr("Unassigned");
            toolTip = tr("Open tickets nobody is assigned to");
            break;
        case View::BreachingSoon:
            text = tr("Breaching soon");
            toolTip = tr("Open tickets past their SLA warning threshold, or breached");
            break;
        case View::Major:
            text = tr("Major");
            toolTip = tr("Open major incidents");
            break;
        case View::NeedsAttention:
            text = tr("Needs attention");
            toolTip = tr("Escalations nobody has taken up, P1 and P2 tickets overdue for an "
                         "update to the customer, major incidents without their manager or "
                         "with top management not told");
            break;
        case View::AllOpen:
            text = tr("All open");
            toolTip = tr("Tickets not yet closed, cancelled or rejected");
            break;
        case View::AwaitingApproval:
            text = tr("Awaiting approval");
            toolTip = tr("Requests waiting for their approval");
            break;
        case View::All:
            text = tr("All");
            toolTip = tr("Every ticket, closed ones too");
            break;
        }
        m_viewBar->setTabText(i, text);
        m_viewBar->setTabToolTip(i, toolTip);
    }
}

void IncidentPanel::changeEvent(QEvent *event)
{
    RecordPanel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateViews();
        fitColumns();
        updateBulkActions();
    }
}

QList<qint64> IncidentPanel::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : view()->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : std::as_const(rows)) {
        if (const qint64 id = model()->idAt(r))
            ids << id;
    }
    return ids;
}

void IncidentPanel::updateBulkActions()
{
    const int n = int(view()->selectionModel()->selectedRows().size());
    const bool writable = document() && !document()->workbook().isReadOnly();
    m_assign->setText(tr("Assign…"));
    m_assign->setToolTip(tr("Assign the selected tickets to a group and, if you like, a person"));
    m_resolve->setText(tr("Resolve…"));
    m_resolve->setToolTip(tr("Resolve the selected incidents with one resolution"));
    m_assign->setEnabled(writable && n > 0 && !m_bulkBusy);
    m_resolve->setEnabled(writable && n > 0 && !m_bulkBusy);
    m_selection->setText(n > 1 ? tr("%n selected", nullptr, n) : QString());
}

Result<QList<Record>> IncidentPanel::loadTickets(const QList<qint64> &ids) const
{
    if (!document())
        return Error(ErrorCode::Internal, tr("No workbook is open."));
    QList<Record> out;
    for (qint64 id : ids) {
        Result<Record> r = document()->store().load(id);
        if (!r.ok())
            return r.error();
        out << std::move(r).value();
    }
    return out;
}

void IncidentPanel::startBulk(bool resolve)
{
    if (!document() || m_bulkBusy)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (ids.size() > MaxBulk) {
        QMessageBox::information(this, resolve ? tr("Resolve Tickets") : tr("Assign Tickets"),
                                 tr("%n tickets are selected; one bulk action takes at most %1.",
                                    nullptr, int(ids.size()))
                                     .arg(MaxBulk));
        return;
    }
    Result<QList<Record>> tickets = loadTickets(ids);
    if (!tickets.ok()) {
        QMessageBox::warning(this, resolve ? tr("Resolve Tickets") : tr("Assign Tickets"),
                             tickets.error().message());
        return;
    }
    auto *dialog = new BulkTicketDialog(resolve ? BulkTicketDialog::Action::Resolve
                                                : BulkTicketDialog::Action::Assign,
                                        document(), *tickets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<Record> chosen = *tickets;
    connect(dialog, &QDialog::accepted, this, [this, dialog, chosen, resolve] {
        if (resolve)
            resolveTickets(chosen, dialog->resolutionCode(), dialog->resolutionNotes());
        else
            assignTickets(chosen, dialog->group(), dialog->assignee());
    });
    dialog->open();
}

void IncidentPanel::assignTickets(const QList<Record> &tickets, const QString &group,
                                  const QString &assignee)
{
    if (!document() || tickets.isEmpty() || m_bulkBusy)
        return;
    const QString groupName = u"assignment_group"_s;
    const QString assigneeName = u"assignee"_s;
    auto *batch =
        new RecordBatchCommand(RecordBatchCommand::Action::Assign, m_type, int(tickets.size()));
    for (const Record &t : tickets) {
        QVariantMap changes {{groupName, group}};
        if (!assignee.isEmpty())
            changes.insert(assigneeName, assignee);
        else if (t.fields.value(groupName).toString() != group)
            changes.insert(assigneeName, QVariant());
        new RecordEditCommand(t.id, t.humanId, changes, t.version, batch);
    }
    performBulk(batch, tr("Nothing was assigned: %1"));
}

void IncidentPanel::resolveTickets(const QList<Record> &tickets, const QString &code,
                                   const QString &notes)
{
    if (!document() || tickets.isEmpty() || m_bulkBusy)
        return;
    auto *batch =
        new RecordBatchCommand(RecordBatchCommand::Action::Resolve, m_type, int(tickets.size()));
    QVariantMap changes {{u"resolution_code"_s, code}};
    // Notes left empty keep what each ticket has.
    if (!notes.isEmpty())
        changes.insert(u"resolution_notes"_s, notes);
    for (const Record &t : tickets)
        new RecordTransitionCommand(t.id, t.humanId, u"resolved"_s, changes, t.version, batch);
    performBulk(batch, tr("Nothing was resolved: %1"));
}

void IncidentPanel::performBulk(QUndoCommand *batch, const QString &failure)
{
    m_bulkBusy = true;
    updateBulkActions();
    const QString title = batch->text();
    document()->perform(batch, this, [this, failure, title](const Error &e) {
        m_bulkBusy = false;
        updateBulkActions();
        if (e.isOk()) {
            Q_EMIT bulkFinished(true, QString());
            return;
        }
        const QString message = failure.arg(e.message());
        if (m_bulkRefusal)
            m_bulkRefusal->close();
        auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
        box->setObjectName(u"bulkRefused"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        m_bulkRefusal = box;
        box->open();
        Q_EMIT bulkFinished(false, message);
    });
}

QMessageBox *IncidentPanel::bulkRefusal() const
{
    return m_bulkRefusal;
}

} // namespace sb::ui
