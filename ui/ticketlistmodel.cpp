#include "ticketlistmodel.h"

#include "slaformat.h"

#include "clock.h"

#include <QBrush>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sb::ui {

TicketListModel::TicketListModel(QObject *parent)
    : RecordListModel(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &TicketListModel::tick);
    m_timer->start();
}

QStringList TicketListModel::slaValues()
{
    return {u"sla_clock"_s, u"sla_warning_at"_s, u"sla_breached_at"_s, u"sla_elapsed_ms"_s,
            u"sla_target_ms"_s};
}

int TicketListModel::slaColumn() const
{
    const int i = int(columnNames().indexOf(u"sla_due"_s));
    return i < 0 ? -1 : i + 1;
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // The values that feed the SLA cell come last and are not shown.
    const int all = RecordListModel::columnCount(parent);
    if (slaColumn() < 0)
        return all;
    const QStringList names = columnNames();
    int hidden = 0;
    for (const QString &v : slaValues())
        hidden += names.contains(v) ? 1 : 0;
    return all - hidden;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    const int sla = slaColumn();
    if (!index.isValid() || index.column() != sla)
        return RecordListModel::data(index, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::DecorationRole && role != Qt::UserRole)
        return {};
    const ListRow *r = rowAt(index.row());
    if (!r)
        return RecordListModel::data(index, role);
    if (role == Qt::UserRole)
        return r->id;
    const QStringList names = columnNames();
    auto value = [&](const QString &name) {
        return r->values.value(names.indexOf(name));
    };
    const SlaFormat::Cell cell =
        SlaFormat::cell(value(u"sla_clock"_s), value(u"sla_due"_s), value(u"sla_warning_at"_s),
                        value(u"sla_breached_at"_s), value(u"sla_elapsed_ms"_s),
                        value(u"sla_target_ms"_s), currentUtc().toMSecsSinceEpoch());
    switch (role) {
    case Qt::DisplayRole: return cell.text;
    case Qt::ToolTipRole: return cell.toolTip;
    case Qt::ForegroundRole: {
        const QColor c = SlaFormat::color(cell.state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::DecorationRole: return SlaFormat::icon(cell.state);
    default: return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == slaColumn()) {
        if (role == Qt::DisplayRole)
            return tr("SLA");
        if (role == Qt::ToolTipRole)
            return tr("Time left to resolve, by the ticket's SLA");
    }
    return RecordListModel::headerData(section, orientation, role);
}

void TicketListModel::tick()
{
    if (rowCount() == 0)
        return;
    // Which tickets need attention changes with the clock alone.
    if (spec().slaAtRisk && ++m_ticks % 2 == 0) {
        refresh();
        return;
    }
    const int sla = slaColumn();
    if (sla >= 0)
        Q_EMIT dataChanged(index(0, sla), index(rowCount() - 1, sla));
}

} // namespace sb::ui
