#include "problemincidentsview.h"

#include "slaformat.h"
#include "workbookdocument.h"

#include "clock.h"
#include "problem/effectiveness.h"
#include "records/recordtypes.h"
#include "storage/workbookthread.h"

#include <QEvent>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
// Recurrences found by what they say, listed beside the linked incidents; more than this many
// say enough already.
constexpr int MaxUnlinkedRecurrences = 50;

const QString Red = u"color: #b3261e; font-weight: bold;"_s;
const QString Green = u"color: #1b5e20; font-weight: bold;"_s;

QString localTime(const QString &stored)
{
    return QLocale().toString(fromStoredTime(stored).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ProblemIncidentsView::ProblemIncidentsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"problemIncidentsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(u"problemOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"problemIncidents"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    layout->addWidget(m_outcome);
    layout->addWidget(m_list, 1);
    m_list->setHeaderLabels({tr("ID"), tr("Title"), tr("State"), tr("Relation")});
}

void ProblemIncidentsView::setDocument(WorkbookDocument *document)
{
    m_document = document;
    clear();
}

void ProblemIncidentsView::clear()
{
    ++m_generation;
    m_problem = Record();
    m_list->clear();
    setOutcome(QString());
}

int ProblemIncidentsView::incidentCount() const
{
    return m_list->topLevelItemCount();
}

QString ProblemIncidentsView::outcomeText() const
{
    return m_outcome->text();
}

void ProblemIncidentsView::setOutcome(const QString &text, const QString &style)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(style);
    m_outcome->setVisible(!text.isEmpty());
}

void ProblemIncidentsView::showProblem(const Record &problem)
{
    ++m_generation;
    m_problem = problem;
    m_list->clear();
    if (!m_document || problem.id == 0) {
        setOutcome(tr("Once the problem is saved, the incidents linked to it show here."));
        Q_EMIT countChanged(0);
        return;
    }
    // Both ways an incident meets a problem: linked to it while it was worked, or found to be
    // a recurrence after the fix. An incident linked both ways is one row.
    Result<QList<LinkInfo>> links = m_document->store().links(problem.id);
    if (!links.ok()) {
        setOutcome(links.error().message(), Red);
        Q_EMIT countChanged(0);
        return;
    }
    QHash<qint64, QTreeWidgetItem *> rows;
    for (const LinkInfo &l : *links) {
        if (l.otherType != u"incident"_s
            || (l.kind != u"related_problem"_s && l.kind != u"recurrence_of"_s))
            continue;
        if (QTreeWidgetItem *item = rows.value(l.otherId)) {
            item->setText(3, item->text(3) + tr(", ") + l.label);
            continue;
        }
        auto *item = new QTreeWidgetItem(
            m_list, {l.otherHumanId, l.otherTitle, RecordTypes::stateLabel(l.otherState), l.label});
        item->setData(0, Qt::UserRole, l.otherId);
        rows.insert(l.otherId, item);
    }
    const int n = int(rows.size());
    m_list->resizeColumnToContents(0);
    Q_EMIT countChanged(n);
    if (problem.state != u"resolved"_s && problem.state != u"closed"_s) {
        setOutcome(n == 0 ? tr("No incident is linked to this problem yet.")
                          : tr("%n incident(s) linked. Whether the fix holds is checked once the "
                               "problem is resolved.",
                               nullptr, n));
        return;
    }
    setOutcome(tr("Looking for incidents that came back after the fix…"));
    lookUpOutcome();
}

void ProblemIncidentsView::lookUpOutcome()
{
    const quint64 generation = m_generation;
    const qint64 problemId = m_problem.id;
    auto outcome = std::make_shared<ProblemOutcome>();
    // Off the UI thread: recurrences are looked for among every incident since the fix.
    m_document->reader().submit(
        [problemId, outcome](Workbook &wb) -> Error {
            Result<ProblemOutcome> r = ProblemEffectiveness::outcome(wb.db(), problemId);
            if (!r.ok())
                return r.error();
            *outcome = std::move(r).value();
            return {};
        },
        this,
        [this, generation, outcome](const Error &e) {
            if (generation != m_generation || !m_document)
                return;
            if (e.isError()) {
                setOutcome(tr("Whether the fix held could not be checked: %1").arg(e.message()),
                           Red);
                return;
            }
            const QString fix =
                outcome->resolvedAt.isEmpty() ? QString() : localTime(outcome->resolvedAt);
            QStringList lines;
            QString style;
            if (outcome->recurred()) {
                const QString ids = outcome->recurrenceIds.join(tr(", "));
                lines << (fix.isEmpty() ? tr("Recurred after the fix: %1.").arg(ids)
                                        : tr("Recurred: %1 after the fix on %2.").arg(ids, fix));
                style = Red;
                // Recurrences found by what they say are not linked until the sweep marks
                // them: listed here all the same.
                QSet<qint64> listed;
                for (QTreeWidgetItemIterator it(m_list); *it; ++it)
                    listed.insert((*it)->data(0, Qt::UserRole).toLongLong());
                for (qsizetype i = 0; i < outcome->recurrences.size() && i < MaxUnlinkedRecurrences;
                     ++i) {
                    const qint64 id = outcome->recurrences[i];
                    if (listed.contains(id))
                        continue;
                    Result<Record> r = m_document->store().load(id);
                    if (!r.ok())
                        continue;
                    auto *item = new QTreeWidgetItem(m_list,
                                                     {r->humanId, r->title,
                                                      RecordTypes::stateLabel(r->state),
                                                      tr("came back after the fix")});
                    item->setData(0, Qt::UserRole, id);
                }
                Q_EMIT countChanged(incidentCount());
            } else {
                lines << (fix.isEmpty() ? tr("No recurrence since the fix.")
                                        : tr("No recurrence since the fix on %1.").arg(fix));
                style = Green;
            }
            if (outcome->hoursToRootCause >= 0)
                lines << tr("Time to root cause: %1.")
                             .arg(SlaFormat::duration(outcome->hoursToRootCause * 3600000LL));
            if (outcome->hoursToResolution >= 0)
                lines << tr("Time to resolution: %1.")
                             .arg(SlaFormat::duration(outcome->hoursToResolution * 3600000LL));
            setOutcome(lines.join(u'\n'), style);
        });
}

void ProblemIncidentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_list->setHeaderLabels({tr("ID"), tr("Title"), tr("State"), tr("Relation")});
        if (m_problem.id != 0)
            showProblem(m_problem);
    }
    QWidget::changeEvent(event);
}

} // namespace sb::ui
