#include "incidentpanel.h"

#include "slaformat.h"
#include "ticketlistmodel.h"
#include "workbookdocument.h"

#include "records/recordquery.h"
#include "storage/changewatcher.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTableView>

#include <iterator>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
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
{
    m_ticketModel = static_cast<TicketListModel *>(model());
    if (type == u"incident"_s)
        m_views = {View::MyWork, View::MyGroup, View::Unassigned, View::BreachingSoon,
                   View::Major,  View::AllOpen, View::All};
    else
        m_views = {View::AllOpen, View::AwaitingApproval, View::All};

    // Above the list rather than beside it: a dock shares its width with the editor.
    m_viewBar = new QTabBar(this);
    m_viewBar->setObjectName(u"ticketViews"_s);
    m_viewBar->setExpanding(false);
    m_viewBar->setDrawBase(false);
    m_viewBar->setUsesScrollButtons(true);
    m_viewBar->setElideMode(Qt::ElideNone);
    for (View v : std::as_const(m_views))
        m_viewBar->setTabData(m_viewBar->addTab(QString()), int(v));
    // Until the document says which groups the user is in.
    if (m_views.contains(View::MyGroup))
        m_viewBar->setTabVisible(int(m_views.indexOf(View::MyGroup)), false);
    addHeaderWidget(m_viewBar);
    // The queue gets more of the width than the editor beside it (see eventFilter()).
    splitter()->setStretchFactor(0, 3);
    splitter()->setStretchFactor(1, 2);
    splitter()->installEventFilter(this);
    connect(splitter(), &QSplitter::splitterMoved, this, [this] { m_split = true; });

    const QString saved =
        QSettings().value(objectName + u"/view"_s, viewKey(View::AllOpen)).toString();
    for (View v : std::as_const(m_views)) {
        if (viewKey(v) == saved)
            m_view = v;
    }
    m_viewBar->setCurrentIndex(int(m_views.indexOf(m_view)));
    connect(m_viewBar, &QTabBar::currentChanged, this, [this](int row) {
        if (row < 0 || row >= m_views.size() || m_views[row] == m_view)
            return;
        m_view = m_views[row];
        QSettings().setValue(this->objectName() + u"/view"_s, viewKey(m_view));
        reloadList();
    });

    retranslateViews();
}

QString IncidentPanel::viewKey(View view) const
{
    switch (view) {
    case View::MyWork: return u"my_work"_s;
    case View::MyGroup: return u"my_group"_s;
    case View::Unassigned: return u"unassigned"_s;
    case View::BreachingSoon: return u"breaching_soon"_s;
    case View::Major: return u"major"_s;
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

bool IncidentPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The splitter shares out from its children's size hints, which give the editor as much
    // as the queue: a little more for the queue until the user moves the handle.
    if (watched == splitter() && event->type() == QEvent::Resize && !m_split) {
        const int w = splitter()->width();
        splitter()->setSizes({w * 11 / 20, w - w * 11 / 20});
    }
    return RecordPanel::eventFilter(watched, event);
}

void IncidentPanel::changeEvent(QEvent *event)
{
    RecordPanel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateViews();
        fitColumns();
    }
}

} // namespace sb::ui
