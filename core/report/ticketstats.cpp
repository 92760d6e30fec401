#include "ticketstats.h"

#include "clock.h"
#include "sla/slastore.h"
#include "storage/database.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

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
    std::vector<double> hours; // in id order, as they are added up for the mean
    std::vector<double> businessHours;
    qint64 withSla = 0;
    qint64 met = 0;
};

// The middle value, or the mean of the two middle ones: the values a full sort would give.
std::optional<double> median(std::vector<double> &v)
{
    if (v.empty())
        return std::nullopt;
    const size_t n = v.size();
    const auto mid = v.begin() + qsizetype(n / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (n % 2)
        return *mid;
    const double below = *std::max_element(v.begin(), mid);
    return (below + *mid) / 2;
}

// The ids of the type's records in one state, in id order, walked alongside the tickets.
struct StateIds
{
    QString state; // as stored
    bool final = false; // what the lifecycle says (false for a state it does not know)
    std::vector<qint64> ids;
    size_t at = 0;
    qsizetype group = -1; // when grouping by state
};

Error readIds(Statement &st, StateIds *into)
{
    while (st.next())
        into->ids.push_back(st.int64(0));
    return st.error();
}

// Every record of the type with its state, as lists of ids per state: read from the index on
// (type, state) alone, where a join would visit each record's row. States the lifecycle does
// not know (a state taken out of it later) are found in the gaps between the ones it does.
Result<std::vector<StateIds>> statesOf(Database &db, const QString &type)
{
    std::vector<StateIds> out;
    Statement known =
        db.prepare("SELECT state, is_final FROM lifecycle_state WHERE type = ?1 ORDER BY state");
    known.bind(1, type);
    while (known.next()) {
        StateIds s;
        s.state = known.text(0);
        s.final = known.int64(1) != 0;
        out.push_back(std::move(s));
    }
    if (known.error().isError())
        return known.error();
    Statement inState = db.prepare("SELECT id FROM record WHERE type = ?1 AND state = ?2 "
                                   "ORDER BY id");
    for (StateIds &s : out) {
        inState.bind(1, type).bind(2, s.state);
        if (Error e = readIds(inState, &s); e.isError())
            return e;
        inState.reset();
    }
    const size_t knownCount = out.size();
    auto unknown = [&](Statement &st) -> Error {
        QHash<QString, size_t> byState;
        while (st.next()) {
            const QString state = st.text(1);
            auto it = byState.constFind(state);
            if (it == byState.cend()) {
                it = byState.insert(state, out.size());
                StateIds s;
                s.state = state;
                out.push_back(std::move(s));
            }
            out[*it].ids.push_back(st.int64(0));
        }
        return st.error();
    };
    if (knownCount == 0) {
        Statement all = db.prepare("SELECT id, state FROM record WHERE type = ?1 ORDER BY id");
        all.bind(1, type);
        if (Error e = unknown(all); e.isError())
            return e;
        return out;
    }
    Statement below =
        db.prepare("SELECT id, state FROM record WHERE type = ?1 AND state < ?2 ORDER BY id");
    below.bind(1, type).bind(2, out.front().state);
    if (Error e = unknown(below); e.isError())
        return e;
    Statement between = db.prepare("SELECT id, state FROM record WHERE type = ?1 AND state > ?2 "
                                   "AND state < ?3 ORDER BY id");
    for (size_t i = 0; i + 1 < knownCount; ++i) {
        between.bind(1, type).bind(2, out[i].state).bind(3, out[i + 1].state);
        if (Error e = unknown(between); e.isError())
            return e;
        between.reset();
    }
    Statement above =
        db.prepare("SELECT id, state FROM record WHERE type = ?1 AND state > ?2 ORDER BY id");
    above.bind(1, type).bind(2, out[knownCount - 1].state);
    if (Error e = unknown(above); e.isError())
        return e;
    return out;
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
    // The grouping names a fixed column, never user text; a state comes with the record's id.
    QByteArray key;
    if (o.by == u"priority"_s)
        key = "t.priority";
    else if (o.by == u"state"_s)
        key = "NULL";
    else if (o.by == u"service"_s)
        key = "t.service";
    else if (o.by == u"group"_s)
        key = "t.assignment_group";
    else
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Statistics can be grouped by %1, not by \"%2\".")
                         .arg(groupings().join(u", "_s), o.by));
    const bool byState = o.by == u"state"_s;
    const QByteArray table = o.type == u"incident"_s ? "incident" : "service_request";
    const QByteArray resolvedColumn = o.type == u"incident"_s ? "t.resolved_at" : "t.fulfilled_at";
    Database &db = workbook.db();

    // Three lists in id order, walked side by side rather than joined row by row: the
    // tickets (from the index that holds what is read of them, see 0007_stats_speed.sql),
    // the records' states, and their SLA states.
    const QByteArray opened = "coalesce(t.opened_at, (SELECT created_at FROM record r "
                              "WHERE r.id = t.id))";
    Statement st =
        db.prepare("SELECT t.id, " + key + ", " + opened + ", " + resolvedColumn + " FROM " + table
                   + " t WHERE " + opened + " >= ?1 AND " + opened + " < ?2 ORDER BY t.id");
    st.bind(1, o.from.isValid() ? toStoredTime(o.from) : u""_s);
    st.bind(2, o.to.isValid() ? toStoredTime(o.to) : u"9999"_s);
    // Stepped first: while it is under way, the reads below see the workbook as it does, even
    // if another program saves in between.
    bool more = st.next();
    if (st.error().isError())
        return st.error();
    Result<std::vector<StateIds>> states =
        more ? statesOf(db, o.type) : Result<std::vector<StateIds>>(std::vector<StateIds>());
    if (!states.ok())
        return states.error();
    QHash<qint64, qint64> calendarOf; // SLA definition -> its calendar
    {
        Statement defs = db.prepare("SELECT id, calendar_id FROM sla_definition");
        while (defs.next())
            calendarOf.insert(defs.int64(0), defs.int64(1));
        if (defs.error().isError())
            return defs.error();
    }
    Statement slaRows = db.prepare("SELECT record_id, sla_id, resolution_breached_at IS NOT NULL "
                                   "FROM sla_status ORDER BY record_id");
    // The record the SLA list stands on (past its end: none).
    constexpr qint64 NoMore = std::numeric_limits<qint64>::max();
    qint64 slaRecord = more && slaRows.next() ? slaRows.int64(0) : NoMore;

    SlaStore sla(workbook);
    QHash<qint64, BusinessCalendar> calendars;
    const BusinessCalendar officeHours;
    // A definition's calendar, found once: there are few definitions and many tickets.
    std::vector<std::pair<qint64, const BusinessCalendar *>> calendarFound;
    auto calendarFor = [&](qint64 slaId) -> const BusinessCalendar * {
        for (const auto &[id, cal] : calendarFound) {
            if (id == slaId)
                return cal;
        }
        const BusinessCalendar *cal = &officeHours; // a definition that is gone: as if none
        if (const auto c = calendarOf.constFind(slaId); c != calendarOf.cend()) {
            auto it = calendars.find(*c);
            if (it == calendars.end()) {
                Result<BusinessCalendar> read = sla.calendar(*c);
                it = calendars.insert(*c, read.ok() ? *read : BusinessCalendar());
            }
            cal = &*it;
        }
        calendarFound.emplace_back(slaId, cal);
        return cal;
    };

    // Groups by the key's text; an empty key and none are one group, as they compare equal.
    // Numbers are looked up without being turned into text for every ticket.
    std::vector<Acc> groups;
    QHash<QString, size_t> byText;
    QHash<qint64, size_t> byNumber;
    std::array<qsizetype, 16> bySmallNumber; // priorities, looked up without hashing
    bySmallNumber.fill(-1);
    auto groupFor = [&](const QString &k) -> size_t {
        auto it = byText.constFind(k);
        if (it == byText.cend()) {
            it = byText.insert(k, groups.size());
            groups.emplace_back();
            groups.back().g.key = k;
        }
        return *it;
    };
    for (; more; more = st.next()) {
        const qint64 id = st.int64(0);
        // Its record's state; none when it has no record of this type.
        StateIds *state = nullptr;
        for (StateIds &s : *states) {
            while (s.at < s.ids.size() && s.ids[s.at] < id)
                ++s.at;
            if (s.at < s.ids.size() && s.ids[s.at] == id) {
                state = &s;
                break;
            }
        }
        if (!state)
            continue;
        size_t group = 0;
        if (byState) {
            if (state->group < 0)
                state->group = qsizetype(groupFor(state->state));
            group = size_t(state->group);
        } else if (st.isNull(1)) {
            group = groupFor(QString());
        } else {
            const QVariant k = st.value(1);
            if (k.typeId() == QMetaType::LongLong) {
                const qint64 n = k.toLongLong();
                const bool small = n >= 0 && n < qint64(bySmallNumber.size());
                if (small && bySmallNumber[size_t(n)] >= 0) {
                    group = size_t(bySmallNumber[size_t(n)]);
                } else {
                    auto it = byNumber.constFind(n);
                    if (it == byNumber.cend())
                        it = byNumber.insert(n, groupFor(QString::number(n)));
                    group = *it;
                    if (small)
                        bySmallNumber[size_t(n)] = qsizetype(group);
                }
            } else {
                group = groupFor(st.text(1));
            }
        }
        Acc &a = groups[group];
        ++a.g.count;
        // Times are read as the bytes stored (null for NULL), not made into QStrings.
        const QByteArray openedText = st.blob(2), resolvedText = st.blob(3);
        const qint64 openedMs = openedText.isNull() ? -1 : SlaStore::storedTimeMs(openedText);
        const qint64 resolvedMs = resolvedText.isNull() ? -1 : SlaStore::storedTimeMs(resolvedText);
        // Open: still being worked on - neither resolved nor in a final state.
        if (!state->final && resolvedMs < 0)
            ++a.g.open;
        if (resolvedMs < 0 || openedMs < 0)
            continue;
        ++a.g.resolved;
        a.hours.push_back(qMax<qint64>(0, resolvedMs - openedMs) / 3600000.0);
        while (slaRecord < id)
            slaRecord = slaRows.next() ? slaRows.int64(0) : NoMore;
        const bool hasSla = slaRecord == id && !slaRows.isNull(1);
        const BusinessCalendar *cal = hasSla ? calendarFor(slaRows.int64(1)) : &officeHours;
        a.businessHours.push_back(cal->businessMs(openedMs, resolvedMs) / 3600000.0);
        if (hasSla) {
            ++a.withSla;
            if (slaRows.int64(2) == 0)
                ++a.met;
        }
    }
    if (st.error().isError())
        return st.error();
    if (slaRows.error().isError())
        return slaRows.error();

    QList<Acc *> ordered;
    for (Acc &a : groups)
        ordered << &a;
    // Numbers sort as numbers (priority 10 after 9), empty keys last; otherwise by text.
    std::sort(ordered.begin(), ordered.end(),
              [](const Acc *x, const Acc *y) { return x->g.key < y->g.key; });
    std::stable_sort(ordered.begin(), ordered.end(), [](const Acc *x, const Acc *y) {
        if (x->g.key.isNull() != y->g.key.isNull())
            return y->g.key.isNull();
        bool okX = false, okY = false;
        const double nx = x->g.key.toDouble(&okX), ny = y->g.key.toDouble(&okY);
        if (okX && okY)
            return nx < ny;
        return x->g.key < y->g.key;
    });
    QList<TicketStatsGroup> out;
    for (Acc *a : ordered) {
        TicketStatsGroup g = a->g;
        if (!a->hours.empty()) {
            double sum = 0;
            for (double h : a->hours)
                sum += h;
            g.meanHoursToResolve = sum / double(a->hours.size());
        }
        g.medianHoursToResolve = median(a->hours); // reorders the hours: after the mean
        g.medianBusinessHoursToResolve = median(a->businessHours);
        if (a->withSla > 0)
            g.slaMetShare = double(a->met) / double(a->withSla);
        out << g;
    }
    return out;
}

} // namespace sb
