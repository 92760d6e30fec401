#include "problempanel.h"

#include "recordlistmodel.h"
#include "viewtabbar.h"
#include "workbookdocument.h"

#include "records/recordquery.h"
#include "storage/workbook.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTabBar>
#include <QTableView>

#include <iterator>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
QList<RecordPanel::TypeView> problemColumns()
{
    return {{u"problem"_s,
             {u"title"_s, u"state"_s, u"priority"_s, u"service"_s, u"category"_s,
              u"problem_manager"_s, u"logged_at"_s, u"recurrence_count"_s}}};
}
} // namespace

ProblemPanel::ProblemPanel(QWidget *parent)
    : RecordPanel(u"problemsDock"_s, QT_TRANSLATE_NOOP("RecordPanel", "Problems"), problemColumns(),
                  parent)
    , m_views {View::Mine, View::Open, View::KnownErrors, View::Recurred, View::All}
{
    // Above the list rather than beside it: a dock shares its width with the editor.
    m_viewBar = new ViewTabBar(u"problemViews"_s, this);
    QList<int> views;
    for (View v : std::as_const(m_views))
        views << int(v);
    m_viewBar->setViews(
        views, [](int v) { return viewKey(View(v)); }, objectName() + u"/view"_s, int(View::Open));
    m_view = View(m_viewBar->currentView());
    addHeaderWidget(m_viewBar);
    // The editor, with the analysis, gets more of the width than the list.
    setListShare(40);
    connect(m_viewBar, &ViewTabBar::viewChosen, this, [this](int v) {
        if (View(v) == m_view)
            return;
        m_view = View(v);
        reloadList();
    });
    retranslateViews();
}

QString ProblemPanel::viewKey(View view)
{
    switch (view) {
    case View::Mine: return u"mine"_s;
    case View::Open: return u"open"_s;
    case View::KnownErrors: return u"known_errors"_s;
    case View::Recurred: return u"recurred"_s;
    case View::All: return u"all"_s;
    }
    return {};
}

void ProblemPanel::setDocument(WorkbookDocument *doc)
{
    RecordPanel::setDocument(doc);
    fitColumns();
}

void ProblemPanel::setView(View view)
{
    m_viewBar->setCurrentView(int(view));
}

void ProblemPanel::adjustSpec(ListSpec *spec) const
{
    switch (m_view) {
    case View::Mine:
        spec->openOnly = true;
        if (const QString user = document() ? document()->workbook().user() : QString();
            !user.isEmpty())
            spec->whereAny.append({{u"problem_manager"_s, u"assignee"_s}, user});
        else
            spec->whereIn.append({u"id"_s, {}});
        break;
    case View::Open: spec->openOnly = true; break;
    case View::KnownErrors: spec->where.append({u"state"_s, u"known_error"_s}); break;
    case View::Recurred: spec->where.append({u"recurred"_s, 1}); break;
    case View::All: break;
    }
}

void ProblemPanel::fitColumns()
{
    // ID, title, state and priority first: what a queue is read by, even in a narrow dock.
    const QFontMetrics fm = view()->fontMetrics();
    const QFontMetrics header = view()->horizontalHeader()->fontMetrics();
    const int ch = fm.averageCharWidth();
    const int chars[] = {9, 30, 16, 4, 14, 14, 12, 16, 4};
    for (int c = 0; c < int(std::size(chars)) && c < model()->columnCount(); ++c) {
        const QString label = model()->headerData(c, Qt::Horizontal).toString();
        view()->setColumnWidth(c, qMax(ch * chars[c], header.horizontalAdvance(label) + 20));
    }
}

void ProblemPanel::retranslateViews()
{
    for (int i = 0; i < m_views.size(); ++i) {
        QString text;
        QString toolTip;
        switch (m_views[i]) {
        case View::Mine:
            text = tr("My problems");
            toolTip = tr("Open problems you manage or are assigned to");
            break;
        case View::Open:
            text = tr("Open");
            toolTip = tr("Problems not yet closed or cancelled");
            break;
        case View::KnownErrors:
            text = tr("Known errors pending fix");
            toolTip = tr("Problems whose root cause or workaround is known and whose fix is "
                         "still to come");
            break;
        case View::Recurred:
            text = tr("Recurred");
            toolTip = tr("Resolved problems whose incidents came back after the fix");
            break;
        case View::All:
            text = tr("All");
            toolTip = tr("Every problem, closed and cancelled ones too");
            break;
        }
        m_viewBar->setTabText(i, text);
        m_viewBar->setTabToolTip(i, toolTip);
    }
}

void ProblemPanel::changeEvent(QEvent *event)
{
    RecordPanel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateViews();
        fitColumns();
    }
}

} // namespace sb::ui
