#include "ticketstats.h"

#include "clock.h"
#include "sla/slastore.h"
#include "storage/database.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

struct Acc
{
    TicketStatsGroup g;
    QList<double> hours;
    QList<double> businessHours;
    qint64 withSla = 0;
    qint64 met = 0;
};

std::optional<double> median(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

qint64 ms(const QString &stored)
{
    if (stored.isEmpty())
        return -1;
    const QDateTime t = fromStoredTime(stored);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}
} // namespace

QStringList TicketStats::groupings()
{
    return {u"priority"_s, u"state"_s, u"service"_s, u"group"_s};
}

Result<QList<TicketStatsGroup>> TicketStats::compute(Workbook &workbook,
                                                     const TicketStatsOptions &o)
{
    if (o.type != u"incident"_s && o.type != u"service_request"_s)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Statistics are kept for incidents and service requests, not for "
                            "\"%1\".")
                         .arg(o.type));
    // The grouping names a fixed column, never user text.
    QByteArray key;
    if (o.by == u"priority"_s)
        key = "t.priority";
    else if (o.by == u"state"_s)
        key = "r.state";
    else if (o.by == u"service"_s)
        key = "t.service";
    else if (o.by == u"group"_s)
        key = "t.assignment_group";
    else
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Statistics can be grouped by %1, not by \"%2\".")
                         .arg(groupings().join(u", "_s), o.by));
    const QByteArray table = o.type == u"incident"_s ? "incident" : "service_request";
    const QByteArray resolvedColumn = o.type == u"incident"_s ? "t.resolved_at" : "t.fulfilled_at";
    const QByteArray sql = "SELECT " + key + ", coalesce(t.opened_at, r.created_at), "
        + resolvedColumn
        + ", s.sla_id, s.resolution_breached_at, d.calendar_id, ls.is_final "
          "FROM record r JOIN "
        + table
        + " t ON t.id = r.id "
          "LEFT JOIN sla_status s ON s.record_id = r.id "
          "LEFT JOIN sla_definition d ON d.id = s.sla_id "
          "LEFT JOIN lifecycle_state ls ON ls.type = r.type AND ls.state = r.state "
          "WHERE r.type = ?1 AND coalesce(t.opened_at, r.created_at) >= ?2 "
          "AND coalesce(t.opened_at, r.created_at) < ?3";
    Database &db = workbook.db();
    Statement st = db.prepare(sql);
    st.bind(1, o.type);
    st.bind(2, o.from.isValid() ? toStoredTime(o.from) : u""_s);
    st.bind(3, o.to.isValid() ? toStoredTime(o.to) : u"9999"_s);

    SlaStore sla(workbook);
    QHash<qint64, BusinessCalendar> calendars;
    auto calendarFor = [&](qint64 id) -> const BusinessCalendar * {
        auto it = calendars.find(id);
        if (it == calendars.end()) {
            Result<BusinessCalendar> c = sla.calendar(id);
            it = calendars.insert(id, c.ok() ? *c : BusinessCalendar());
        }
        return &*it;
    };
    const BusinessCalendar officeHours;

    QMap<QString, Acc> groups; // sorted by key
    QString nullKey;
    while (st.next()) {
        const QString k = st.isNull(0) ? nullKey : st.text(0);
        Acc &a = groups[k];
        if (a.g.count == 0)
            a.g.key = k;
        ++a.g.count;
        const qint64 opened = ms(st.text(1));
        const qint64 resolved = ms(st.text(2));
        // Open: still being worked on - neither resolved nor in a final state.
        if ((st.isNull(6) || st.int64(6) == 0) && resolved < 0)
            ++a.g.open;
        if (resolved < 0 || opened < 0)
            continue;
        ++a.g.resolved;
        a.hours << qMax<qint64>(0, resolved - opened) / 3600000.0;
        const BusinessCalendar *cal = st.isNull(5) ? &officeHours : calendarFor(st.int64(5));
        a.businessHours << cal->businessMs(opened, resolved) / 3600000.0;
        if (!st.isNull(3)) {
            ++a.withSla;
            if (st.isNull(4))
                ++a.met;
        }
    }
    if (st.error().isError())
        return st.error();

    QList<TicketStatsGroup> out;
    // Numbers sort as numbers (priority 10 after 9), empty keys last.
    QList<Acc *> ordered;
    for (Acc &a : groups)
        ordered << &a;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Acc *x, const Acc *y) {
        if (x->g.key.isNull() != y->g.key.isNull())
            return y->g.key.isNull();
        bool okX = false, okY = false;
        const double nx = x->g.key.toDouble(&okX), ny = y->g.key.toDouble(&okY);
        if (okX && okY)
            return nx < ny;
        return x->g.key < y->g.key;
    });
    for (Acc *a : ordered) {
        TicketStatsGroup g = a->g;
        g.medianHoursToResolve = median(a->hours);
        if (!a->hours.isEmpty()) {
            double sum = 0;
            for (double h : std::as_const(a->hours))
                sum += h;
            g.meanHoursToResolve = sum / double(a->hours.size());
        }
        g.medianBusinessHoursToResolve = median(a->businessHours);
        if (a->withSla > 0)
            g.slaMetShare = double(a->met) / double(a->withSla);
        out << g;
    }
    return out;
}

} // namespace sb
