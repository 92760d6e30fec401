#include "slaclockview.h"

#include "slaformat.h"

#include "clock.h"
#include "records/recordtypes.h"
#include "sla/slastore.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

SlaClockView::SlaClockView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_slaSummary = new QLabel(this);
    m_slaSummary->setObjectName(u"slaSummary"_s);
    m_slaSummary->setWordWrap(true);
    m_slaSummary->setTextFormat(Qt::PlainText);
    m_slaSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sla = new QTreeWidget(this);
    m_sla->setObjectName(u"slaLog"_s);
    m_sla->setColumnCount(7);
    m_sla->setUniformRowHeights(true);
    layout->addWidget(m_slaSummary);
    layout->addWidget(m_sla, 1);
    retranslateUi();
}

void SlaClockView::clear()
{
    m_sla->clear();
    m_slaSummary->clear();
}

void SlaClockView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SlaClockView::retranslateUi()
{
    m_sla->setHeaderLabels({tr("Clock"), tr("From"), tr("To"), tr("Ticket state"), tr("Reason"),
                            tr("Counted"), tr("Total")});
}

void SlaClockView::showTicket(Workbook &workbook, const RecordTypeDef &type, qint64 recordId)
{
    m_sla->clear();
    if (recordId == 0) {
        m_slaSummary->setText(tr("The SLA clocks start when the ticket is saved."));
        return;
    }
    // The same computation the stored state and the reports come from, done afresh for now.
    const qint64 now = currentUtc().toMSecsSinceEpoch();
    SlaStore store(workbook);
    Result<TicketSla> sla = store.compute(recordId, now);
    if (!sla.ok()) {
        m_slaSummary->setText(sla.error().message());
        return;
    }
    if (!sla->definition) {
        m_slaSummary->setText(tr("No SLA applies: no active SLA definition matches this "
                                 "ticket's type, priority, service and customer."));
        return;
    }
    const SlaDefinition &d = *sla->definition;
    QString calendarName;
    if (Result<BusinessCalendar> c = store.calendar(d.calendarId); c.ok())
        calendarName = c->name();
    QStringList targets;
    if (d.responseMinutes)
        targets
            << tr("respond within %1").arg(SlaFormat::workingTime(*d.responseMinutes * 60000LL));
    if (d.resolutionMinutes)
        targets
            << tr("resolve within %1").arg(SlaFormat::workingTime(*d.resolutionMinutes * 60000LL));
    QStringList summary {tr("%1: %2 of working time by the calendar \"%3\"; warning at %4 %.")
                             .arg(d.name, targets.join(tr(", ")), calendarName)
                             .arg(d.warningPercent)};

    const FieldDef *reasonField = type.field(u"pending_reason"_s);
    auto addClock = [&](const QString &name, const ClockStatus &c) {
        QString status;
        if (c.breached)
            status = tr("breached at %1, %2 over")
                         .arg(SlaFormat::moment(c.breachedAtMs),
                              SlaFormat::workingTime(c.elapsedMs - c.targetMs));
        else if (c.stopped)
            status = tr("met, %1 to spare").arg(SlaFormat::workingTime(c.remainingMs));
        else if (c.paused)
            status =
                tr("paused, %1 of working time left").arg(SlaFormat::workingTime(c.remainingMs));
        else if (c.warning)
            status = tr("breaching soon, %1 of working time left, due %2")
                         .arg(SlaFormat::workingTime(c.remainingMs), SlaFormat::moment(c.dueMs));
        else
            status = tr("running, %1 of working time left, due %2")
                         .arg(SlaFormat::workingTime(c.remainingMs), SlaFormat::moment(c.dueMs));
        SlaFormat::State state = SlaFormat::Ok;
        if (c.breached)
            state = SlaFormat::Breached;
        else if (c.stopped)
            state = SlaFormat::Met;
        else if (c.paused)
            state = SlaFormat::Paused;
        else if (c.warning)
            state = SlaFormat::Warning;
        summary << tr("%1: %2; %3 of %4 counted.")
                       .arg(name, status, SlaFormat::workingTime(c.elapsedMs),
                            SlaFormat::workingTime(c.targetMs));
        auto *top = new QTreeWidgetItem(m_sla, {name});
        top->setToolTip(0, summary.last());
        top->setFirstColumnSpanned(true);
        top->setIcon(0, SlaFormat::icon(state));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (qsizetype i = 0; i < c.log.size(); ++i) {
            const ClockSegment &seg = c.log[i];
            QString kind;
            SlaFormat::State segState = SlaFormat::Paused;
            switch (seg.kind) {
            case ClockSegment::Running:
                kind = tr("running");
                segState = SlaFormat::Ok;
                break;
            case ClockSegment::Paused: kind = tr("paused"); break;
            case ClockSegment::Stopped:
                kind = tr("stopped");
                segState = SlaFormat::NoSla;
                break;
            }
            const bool last = i + 1 == c.log.size();
            QString reason = seg.reason;
            if (reasonField && !reason.isEmpty())
                reason = reasonField->choiceLabel(reason);
            auto *item = new QTreeWidgetItem(
                top,
                {kind, SlaFormat::moment(seg.fromMs),
                 last && seg.toMs >= now ? tr("now") : SlaFormat::moment(seg.toMs),
                 RecordTypes::stateLabel(seg.state), reason,
                 seg.kind == ClockSegment::Running ? SlaFormat::workingTime(seg.businessMs)
                                                   : QString(u"—"_s),
                 SlaFormat::workingTime(seg.elapsedAfterMs)});
            // The stretches in which the warning came and the target ran out explain a breach.
            auto within = [&seg](qint64 at) {
                return seg.kind == ClockSegment::Running && at >= 0 && at >= seg.fromMs
                    && at <= seg.toMs;
            };
            QString why;
            if (within(c.breachedAtMs)) {
                segState = SlaFormat::Breached;
                why = tr("The target ran out in this stretch, at %1.")
                          .arg(SlaFormat::moment(c.breachedAtMs));
            } else if (within(c.warningAtMs) && c.warningAtMs <= now) {
                segState = SlaFormat::Warning;
                why = tr("The warning threshold was crossed in this stretch, at %1.")
                          .arg(SlaFormat::moment(c.warningAtMs));
            }
            for (int col = 0; col < m_sla->columnCount() && !why.isEmpty(); ++col)
                item->setToolTip(col, why);
            if (segState != SlaFormat::NoSla) {
                item->setIcon(0, SlaFormat::icon(segState));
                item->setForeground(0, SlaFormat::color(segState));
            }
        }
    };
    if (sla->response)
        addClock(tr("Response"), *sla->response);
    if (sla->resolution)
        addClock(tr("Resolution"), *sla->resolution);
    m_slaSummary->setText(summary.join(u'\n'));
    m_sla->expandAll();
    for (int col = 1; col < m_sla->columnCount(); ++col)
        m_sla->resizeColumnToContents(col);
    // The clocks' summaries span the row; the first column fits the stretches' words.
    int kindWidth =
        m_sla->header()->fontMetrics().horizontalAdvance(tr("Clock")) - m_sla->indentation();
    for (const QString &w : {tr("running"), tr("paused"), tr("stopped")})
        kindWidth = qMax(kindWidth, m_sla->fontMetrics().horizontalAdvance(w));
    // Stretches sit one level in, below their clock's row.
    const int icon = m_sla->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_sla);
    m_sla->setColumnWidth(0, kindWidth + 2 * m_sla->indentation() + icon + 24);
}

} // namespace sb::ui
