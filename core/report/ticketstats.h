#pragma once

#include "core_global.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Workbook;

// Workload and resolution figures for incidents or service requests, grouped by one field,
// over the tickets opened in a period. Hours run from opened to resolved: on the wall clock,
// and in working time on the calendar of the ticket's SLA (office hours when none applies).
struct TicketStatsGroup
{
    QString key; // the value as stored; null when the field is empty
    qint64 count = 0;
    qint64 open = 0; // neither resolved nor in a final state
    qint64 resolved = 0; // with a resolution time
    std::optional<double> medianHoursToResolve;
    std::optional<double> meanHoursToResolve;
    std::optional<double> medianBusinessHoursToResolve;
    std::optional<double> slaMetShare; // of resolved tickets an SLA applied to
};

struct TicketStatsOptions
{
    QString type = QStringLiteral("incident");
    QString by = QStringLiteral("priority"); // priority, state, service, group
    QDateTime from; // invalid: no lower bound
    QDateTime to; // invalid: no upper bound (exclusive)
};

class SB_CORE_EXPORT TicketStats
{
public:
    static QStringList groupings();
    static Result<QList<TicketStatsGroup>> compute(Workbook &workbook,
                                                   const TicketStatsOptions &options);
};

} // namespace sb
