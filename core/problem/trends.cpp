#include "trends.h"

#include "clock.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

constexpr qint64 DayMs = 24LL * 3600 * 1000;

qint64 nowOr(qint64 nowMs)
{
    return nowMs >= 0 ? nowMs : currentUtc().toMSecsSinceEpoch();
}

QString stored(qint64 ms)
{
    return toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

// The window's bounds as stored text, which sorts as time does.
std::pair<QString, QString> windowOf(const CandidateOptions &o)
{
    const qint64 end = nowOr(o.nowMs);
    const qint64 start = end - qint64(qMax(1, o.windowDays)) * DayMs;
    return {stored(start), stored(end)};
}

// Which incidents are still being worked (not resolved, not in a final state) and which were
// cancelled, as bits by record id: read from the (type, state) index alone.
struct StateBits
{
    std::vector<char> open;
    std::vector<char> cancelled;

    bool isOpen(qint64 id) const { return id < qint64(open.size()) && open[size_t(id)]; }
    bool isCancelled(qint64 id) const
    {
        return id < qint64(cancelled.size()) && cancelled[size_t(id)];
    }
};

Result<StateBits> readStates(Database &db)
{
    StateBits bits;
    Statement max = db.prepare("SELECT max(id) FROM record");
    if (!max.next())
        return max.error();
    const qint64 size = max.int64(0) + 1;
    bits.open.assign(size_t(size), 0);
    bits.cancelled.assign(size_t(size), 0);
    Statement st = db.prepare(
        "SELECT r.id, r.state = 'cancelled' FROM record r WHERE r.type = 'incident' AND r.state "
        "IN (SELECT state FROM lifecycle_state WHERE type = 'incident' AND (is_final = 0 AND "
        "state <> 'resolved' OR state = 'cancelled'))");
    while (st.next()) {
        const qint64 id = st.int64(0);
        if (id >= size)
            continue;
        (st.int64(1) ? bits.cancelled : bits.open)[size_t(id)] = 1;
    }
    if (st.error().isError())
        return st.error();
    return bits;
}

// Incidents linked to a problem still being worked, with that problem's human ID.
Result<QHash<qint64, QString>> openProblemLinks(Database &db)
{
    QHash<qint64, QString> out;
    Statement st = db.prepare(
        "SELECT l.from_id, p.human_id FROM record p JOIN link l ON l.to_id = p.id AND l.kind = "
        "'related_problem' WHERE p.type = 'problem' AND p.state IN ('logged', "
        "'under_investigation', 'known_error') ORDER BY p.id");
    while (st.next())
        out.insert(st.int64(0), st.text(1));
    if (st.error().isError())
        return st.error();
    return out;
}

const char *columnOf(TrendDimension by)
{
    switch (by) {
    case TrendDimension::Service: return "service";
    case TrendDimension::Ci: return "affected_ci";
    case TrendDimension::Category: return "category";
    }
    return "service";
}

struct Group
{
    QString key; // as first written
    qint64 count = 0;
    qint64 open = 0;
    qint64 reopened = 0;
    std::string firstAt;
    std::string lastAt;
    QString problem;
};

// Groups by a key compared without regard to case, looked up by the bytes of the row being
// read: a million rows are grouped without making a string of each.
struct KeyHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
};
using Groups = std::unordered_map<std::string, Group, KeyHash, std::equal_to<>>;

// The case-folded form of a key, in `buffer`.
std::string_view foldedKey(QByteArrayView raw, std::string &buffer)
{
    // Keys are trimmed: "E-mail " groups with "E-mail".
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && (raw[begin] == ' ' || raw[begin] == '\t'))
        ++begin;
    while (end > begin && (raw[end - 1] == ' ' || raw[end - 1] == '\t'))
        --end;
    buffer.assign(raw.data() + begin, size_t(end - begin));
    bool ascii = true;
    for (char &c : buffer) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    if (!ascii)
        buffer = QString::fromUtf8(raw.sliced(begin, end - begin)).toCaseFolded().toStdString();
    return buffer;
}

Group &groupFor(Groups &groups, std::string_view folded, QByteArrayView raw)
{
    auto it = groups.find(folded);
    if (it == groups.end()) {
        it = groups.emplace(std::string(folded), Group()).first;
        it->second.key = QString::fromUtf8(raw).trimmed();
    }
    return it->second;
}

void add(Group &g, QByteArrayView at, bool open, const QString *problem)
{
    if (g.count == 0)
        g.firstAt.assign(at.data(), size_t(at.size()));
    ++g.count;
    g.lastAt.assign(at.data(), size_t(at.size()));
    g.open += open ? 1 : 0;
    if (problem && g.problem.isEmpty())
        g.problem = *problem;
}

ProblemCandidate toCandidate(const Group &g, ProblemCandidate::Kind kind, TrendDimension by)
{
    ProblemCandidate c;
    c.kind = kind;
    c.by = by;
    c.key = g.key;
    c.count = kind == ProblemCandidate::Kind::Reopened ? g.reopened : g.count;
    c.open = g.open;
    c.firstAt = QString::fromStdString(g.firstAt);
    c.lastAt = QString::fromStdString(g.lastAt);
    c.problem = g.problem;
    return c;
}

} // namespace

QString Trends::dimensionField(TrendDimension by)
{
    return QString::fromLatin1(columnOf(by));
}

QString Trends::dimensionLabel(TrendDimension by)
{
    switch (by) {
    case TrendDimension::Service: return Tr::tr("Service");
    case TrendDimension::Ci: return Tr::tr("Configuration item");
    case TrendDimension::Category: return Tr::tr("Category");
    }
    return {};
}

Result<QList<ProblemCandidate>> Trends::candidates(Database &db, const CandidateOptions &options,
                                                   const std::atomic_bool *cancel)
{
    Result<StateBits> states = readStates(db);
    if (!states.ok())
        return states.error();
    Result<QHash<qint64, QString>> linked = openProblemLinks(db);
    if (!linked.ok())
        return linked.error();
    const auto [from, to] = windowOf(options);

    // The column is one of three fixed names, never input.
    const QByteArray sql = QByteArray("SELECT id, opened_at, ") + columnOf(options.by)
        + ", caller, reopen_count FROM incident INDEXED BY incident_trend WHERE opened_at >= ?1 "
          "AND opened_at <= ?2 ORDER BY opened_at";
    Statement st = db.prepare(sql);
    st.bind(1, from).bind(2, to);
    Groups groups;
    Groups callers;
    std::string buffer;
    qint64 n = 0;
    while (st.next()) {
        if (cancel && (++n & 0xfff) == 0 && cancel->load())
            return Error(ErrorCode::Cancelled,
                         Tr::tr("Looking for problem candidates was cancelled."));
        const qint64 id = st.int64(0);
        if (states->isCancelled(id))
            continue;
        const QByteArrayView at = st.utf8(1);
        const bool open = states->isOpen(id);
        const auto link = linked->constFind(id);
        const QString *problem = link != linked->constEnd() ? &link.value() : nullptr;
        const QByteArrayView key = st.utf8(2);
        const std::string_view folded = foldedKey(key, buffer);
        if (!folded.empty()) {
            Group &g = groupFor(groups, folded, key);
            add(g, at, open, problem);
            if (st.int64(4) > 0)
                ++g.reopened;
        }
        if (options.includeRepeatCallers) {
            const QByteArrayView caller = st.utf8(3);
            const std::string_view foldedCaller = foldedKey(caller, buffer);
            if (!foldedCaller.empty())
                add(groupFor(callers, foldedCaller, caller), at, open, problem);
        }
    }
    if (st.error().isError())
        return st.error();

    QList<ProblemCandidate> out;
    QList<ProblemCandidate> reopened;
    for (const auto &[folded, g] : groups) {
        if (g.count >= qMax(1, options.minCount))
            out.append(toCandidate(g, ProblemCandidate::Kind::Group, options.by));
        if (options.includeReopened && g.reopened >= qMax(1, options.minReopened))
            reopened.append(toCandidate(g, ProblemCandidate::Kind::Reopened, options.by));
    }
    QList<ProblemCandidate> repeat;
    for (const auto &[folded, g] : callers) {
        if (g.count >= qMax(2, options.minRepeat))
            repeat.append(toCandidate(g, ProblemCandidate::Kind::RepeatCaller, options.by));
    }
    auto busiest = [](const ProblemCandidate &a, const ProblemCandidate &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    };
    std::sort(out.begin(), out.end(), busiest);
    std::sort(repeat.begin(), repeat.end(), busiest);
    std::sort(reopened.begin(), reopened.end(), busiest);
    out += repeat;
    out += reopened;
    return out;
}

Result<TrendChart> Trends::weekly(Database &db, TrendDimension by, int weeks, int top,
                                  const CandidateOptions &threshold)
{
    weeks = qBound(1, weeks, 520);
    const qint64 nowMs = nowOr(threshold.nowMs);
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    const QDate firstMonday = today.addDays(-(today.dayOfWeek() - 1)).addDays(-7LL * (weeks - 1));
    const QDateTime start(firstMonday, QTime(0, 0), QTimeZone::utc());

    // One pass over the weeks shown and the threshold's window, whichever reaches back
    // further: the window's counts mark the candidates as Trends::candidates() finds them.
    CandidateOptions o = threshold;
    o.nowMs = nowMs;
    const auto [windowFrom, windowTo] = windowOf(o);
    const QString weeksFrom = toStoredTime(start);
    const qint64 windowStartMs = fromStoredTime(windowFrom).toMSecsSinceEpoch();
    const QByteArray sql = QByteArray("SELECT id, opened_at, ") + columnOf(by)
        + " FROM incident INDEXED BY incident_trend WHERE opened_at >= ?1 AND opened_at <= ?2 "
          "ORDER BY opened_at";
    Result<StateBits> states = readStates(db);
    if (!states.ok())
        return states.error();
    Statement st = db.prepare(sql);
    st.bind(1, qMin(weeksFrom, windowFrom)).bind(2, windowTo);
    QHash<QString, TrendSeries> series;
    QHash<QString, qint64> inWindow;
    const qint64 startMs = start.toMSecsSinceEpoch();
    while (st.next()) {
        if (states->isCancelled(st.int64(0)))
            continue;
        const QString key = st.text(2).trimmed();
        if (key.isEmpty())
            continue;
        const QString folded = key.toCaseFolded();
        const qint64 at = fromStoredTime(st.text(1)).toMSecsSinceEpoch();
        if (at >= windowStartMs)
            ++inWindow[folded];
        if (at < startMs)
            continue;
        const int week = int((at - startMs) / (7 * DayMs));
        if (week >= weeks)
            continue;
        TrendSeries &s = series[folded];
        if (s.counts.isEmpty()) {
            s.key = key;
            s.counts.fill(0, weeks);
        }
        ++s.counts[week];
        ++s.total;
    }
    if (st.error().isError())
        return st.error();
    for (auto it = series.begin(); it != series.end(); ++it)
        it->candidate = inWindow.value(it.key()) >= qMax(1, threshold.minCount);

    TrendChart chart;
    chart.firstWeek = firstMonday.toString(Qt::ISODate);
    chart.weeks = weeks;
    chart.series = series.values();
    std::sort(chart.series.begin(), chart.series.end(),
              [](const TrendSeries &a, const TrendSeries &b) {
                  if (a.candidate != b.candidate)
                      return a.candidate;
                  if (a.total != b.total)
                      return a.total > b.total;
                  return a.key < b.key;
              });
    if (chart.series.size() > top)
        chart.series.resize(qMax(0, top));
    return chart;
}

Result<QList<qint64>> Trends::incidents(Database &db, const ProblemCandidate &candidate,
                                        const CandidateOptions &options, int limit)
{
    CandidateOptions o = options;
    o.by = candidate.by;
    const auto [from, to] = windowOf(o);
    const char *column =
        candidate.kind == ProblemCandidate::Kind::RepeatCaller ? "caller" : columnOf(candidate.by);
    QByteArray sql = QByteArray("SELECT i.id FROM incident i INDEXED BY incident_trend JOIN record "
                                "r ON r.id = i.id WHERE i.opened_at >= ?1 AND i.opened_at <= ?2 "
                                "AND r.state <> 'cancelled' AND i.")
        + column + " = ?3 COLLATE NOCASE";
    if (candidate.kind == ProblemCandidate::Kind::Reopened)
        sql += " AND i.reopen_count > 0";
    sql += " ORDER BY i.opened_at DESC LIMIT ?4";
    Statement st = db.prepare(sql);
    st.bind(1, from).bind(2, to).bind(3, candidate.key.trimmed()).bind(4, qint64(qMax(1, limit)));
    QList<qint64> out;
    while (st.next())
        out << st.int64(0);
    if (st.error().isError())
        return st.error();
    return out;
}

Result<qint64> Trends::createProblem(RecordStore &store, const QVariantMap &values,
                                     const QList<qint64> &incidentIds)
{
    if (Error e = store.workbook().requireWritable(); e.isError())
        return e;
    WriteTransaction tx(store.workbook().db());
    if (Error e = tx.begin(); e.isError())
        return e;
    QVariantMap v = values;
    if (!v.contains(u"detected_by"_s))
        v.insert(u"detected_by"_s, u"trend"_s);
    Result<RecordRef> problem = store.create(u"problem"_s, v);
    if (!problem.ok())
        return problem.error();
    QSet<qint64> seen;
    for (qint64 id : incidentIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (Error e = store.link(id, problem->id, u"related_problem"_s); e.isError())
            return e;
    }
    if (Error e = tx.commit(); e.isError())
        return e;
    return problem->id;
}

} // namespace sb
