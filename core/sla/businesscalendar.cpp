#include "businesscalendar.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla)
};

constexpr qint64 MsPerMinute = 60 * 1000;
constexpr qint64 MsPerDay = 24 * 60 * MsPerMinute;
constexpr qint64 QuarterHourMs = 15 * MsPerMinute;
// How far ahead a due time is looked for before a calendar is called empty.
constexpr int SearchDays = 366 * 10;
// The longest run of days the index keeps (about forty years).
constexpr qint64 MaxIndexDays = 366 * 40;

int dayIndex(Qt::DayOfWeek day)
{
    return int(day) - 1;
}

constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

// Milliseconds since the epoch of a local wall-clock time read as if it were UTC.
qint64 wallMs(const QDate &date, int minute)
{
    return (date.toJulianDay() - EpochJulianDay) * MsPerDay + minute * MsPerMinute;
}
} // namespace

BusinessCalendar::BusinessCalendar()
    : m_zone(QTimeZone::utc())
    , m_fixedOffset(0)
{
    for (int d = 0; d < 5; ++d)
        m_week[size_t(d)] = {{9 * 60, 17 * 60}};
}

BusinessCalendar BusinessCalendar::allHours(const QTimeZone &zone)
{
    BusinessCalendar c;
    c.setTimeZone(zone);
    for (auto &d : c.m_week)
        d = {{0, 24 * 60}};
    return c;
}

void BusinessCalendar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    // A zone that never changes its clocks needs no lookups at all.
    m_fixedOffset.reset();
    if (!m_zone.hasTransitions()) {
        static const QTimeZone utc = QTimeZone::utc();
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, utc));
    }
    m_offsets.clear();
    clearCache();
}

const QList<WorkingHours> &BusinessCalendar::hours(Qt::DayOfWeek day) const
{
    return m_week[size_t(dayIndex(day))];
}

Error BusinessCalendar::setHours(Qt::DayOfWeek day, const QList<WorkingHours> &hours)
{
    QList<WorkingHours> sorted = hours;
    std::sort(sorted.begin(), sorted.end(), [](const WorkingHours &a, const WorkingHours &b) {
        return a.fromMinute < b.fromMinute;
    });
    int lastEnd = 0;
    for (const WorkingHours &h : sorted) {
        if (h.fromMinute < 0 || h.toMinute > 24 * 60 || h.fromMinute >= h.toMinute)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Working hours must start before they end and lie within the "
                                "day (00:00 to 24:00)."));
        if (h.fromMinute < lastEnd)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Working hours of one day must not overlap."));
        lastEnd = h.toMinute;
    }
    m_week[size_t(dayIndex(day))] = sorted;
    clearCache();
    return {};
}

void BusinessCalendar::addHoliday(const QDate &date, const QString &name)
{
    m_workingDays.remove(date);
    m_holidays.insert(date, name);
    clearCache();
}

void BusinessCalendar::removeHoliday(const QDate &date)
{
    m_holidays.remove(date);
    clearCache();
}

void BusinessCalendar::addWorkingDay(const QDate &date, Qt::DayOfWeek asIf)
{
    m_holidays.remove(date);
    m_workingDays.insert(date, asIf);
    clearCache();
}

void BusinessCalendar::removeWorkingDay(const QDate &date)
{
    m_workingDays.remove(date);
    clearCache();
}

QList<WorkingHours> BusinessCalendar::hoursOn(const QDate &date) const
{
    if (m_holidays.contains(date))
        return {};
    if (auto it = m_workingDays.constFind(date); it != m_workingDays.cend()) {
        const QList<WorkingHours> &h = hours(*it);
        // A make-up day modelled on a day with no hours still works a normal day.
        return h.isEmpty() ? QList<WorkingHours> {{9 * 60, 17 * 60}} : h;
    }
    return hours(Qt::DayOfWeek(date.dayOfWeek()));
}

int BusinessCalendar::offsetSecondsAt(qint64 ms) const
{
    if (m_fixedOffset)
        return *m_fixedOffset;
    // Looking a zone up is slow and clocks change on whole quarter hours at most, so the
    // answer is kept per quarter hour.
    const qint64 bucket = ms >= 0 ? ms / QuarterHourMs : (ms - QuarterHourMs + 1) / QuarterHourMs;
    if (auto it = m_offsets.constFind(bucket); it != m_offsets.cend())
        return *it;
    static const QTimeZone utc = QTimeZone::utc();
    const int offset =
        m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(bucket * QuarterHourMs, utc));
    if (m_offsets.size() > 200000)
        m_offsets.clear();
    m_offsets.insert(bucket, offset);
    return offset;
}

qint64 BusinessCalendar::localToUtc(const QDate &date, int minute) const
{
    const qint64 wall = wallMs(date, minute);
    // The offsets a day either side cover any change of the clocks near this time.
    const qint64 before = wall - qint64(offsetSecondsAt(wall - MsPerDay)) * 1000;
    const qint64 after = wall - qint64(offsetSecondsAt(wall + MsPerDay)) * 1000;
    const bool beforeFits = before + qint64(offsetSecondsAt(before)) * 1000 == wall;
    const bool afterFits = after + qint64(offsetSecondsAt(after)) * 1000 == wall;
    if (beforeFits && afterFits)
        return qMin(before, after); // a time the clocks pass twice: the first time
    if (beforeFits)
        return before;
    if (afterFits)
        return after;
    // A time the clocks skip: it begins when they have gone forward.
    const qint64 lo = qMin(before, after);
    const QTimeZone::OffsetData next =
        m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(lo, QTimeZone::utc()));
    if (next.atUtc.isValid()) {
        const qint64 t = next.atUtc.toMSecsSinceEpoch();
        if (t <= qMax(before, after))
            return t;
    }
    return qMax(before, after);
}

const QList<TimeSpan> &BusinessCalendar::spansOn(const QDate &date) const
{
    auto it = m_cache.find(date);
    if (it != m_cache.end())
        return *it;
    QList<TimeSpan> spans;
    for (const WorkingHours &h : hoursOn(date)) {
        const qint64 from = localToUtc(date, h.fromMinute);
        const qint64 to =
            h.toMinute >= 24 * 60 ? localToUtc(date.addDays(1), 0) : localToUtc(date, h.toMinute);
        if (to > from)
            spans.append({from, to});
    }
    if (m_cache.size() > 20000)
        m_cache.clear();
    return *m_cache.insert(date, spans);
}

qint64 BusinessCalendar::localJulianDay(qint64 ms) const
{
    const qint64 wall = ms + qint64(offsetSecondsAt(ms)) * 1000;
    // Days since the epoch of the wall-clock time, without a QDateTime.
    const qint64 days = wall >= 0 ? wall / MsPerDay : (wall - MsPerDay + 1) / MsPerDay;
    return EpochJulianDay + days;
}

QDate BusinessCalendar::localDate(qint64 ms) const
{
    return QDate::fromJulianDay(localJulianDay(ms));
}

qint64 BusinessCalendar::walkBusinessMs(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    // A day's spans can reach into the next local date's moments only through the 24:00
    // end, so starting a day early and stopping a day late sees every span once.
    const QDate last = localDate(toMs).addDays(1);
    for (QDate d = localDate(fromMs).addDays(-1); d <= last; d = d.addDays(1)) {
        for (const TimeSpan &s : spansOn(d)) {
            const qint64 a = qMax(s.from, fromMs);
            const qint64 b = qMin(s.to, toMs);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}

bool BusinessCalendar::indexCovers(qint64 first, qint64 last) const
{
    Index &x = m_index;
    const bool built = x.endDay > x.firstDay;
    if (built && first >= x.firstDay && last < x.endDay)
        return x.ordered;
    if (built && !x.ordered)
        return false; // the stretches of this calendar overlap somewhere: always walk
    // Grow by half of what is kept already, so that questions spread over years build the
    // index a few times, not once per question.
    const qint64 margin = 31 + (x.endDay - x.firstDay) / 2;
    qint64 from = first - margin;
    qint64 to = last + margin;
    if (built && qMax(to, x.endDay - 1) - qMin(from, x.firstDay) < MaxIndexDays) {
        from = qMin(from, x.firstDay);
        to = qMax(to, x.endDay - 1);
    }
    if (to - from >= MaxIndexDays)
        return false;
    Index next;
    next.firstDay = from;
    next.endDay = to + 1;
    next.dayStart.reserve(size_t(to - from + 2));
    next.before.push_back(0);
    next.ordered = true;
    for (qint64 day = from; day <= to; ++day) {
        next.dayStart.push_back(qint32(next.spans.size()));
        for (const TimeSpan &s : spansOn(QDate::fromJulianDay(day))) {
            if (!next.spans.empty() && next.spans.back().to > s.from)
                next.ordered = false;
            next.spans.push_back(s);
            next.before.push_back(next.before.back() + (s.to - s.from));
        }
    }
    next.dayStart.push_back(qint32(next.spans.size()));
    x = std::move(next);
    return x.ordered;
}

qint64 BusinessCalendar::businessMs(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    // The same days the walk looks at, and the same stretches of them.
    const qint64 first = localJulianDay(fromMs) - 1;
    const qint64 last = localJulianDay(toMs) + 1;
    if (!indexCovers(first, last))
        return walkBusinessMs(fromMs, toMs);
    const Index &x = m_index;
    const TimeSpan *base = x.spans.data();
    const TimeSpan *begin = base + x.dayStart[size_t(first - x.firstDay)];
    const TimeSpan *end = base + x.dayStart[size_t(last + 1 - x.firstDay)];
    // In order and apart, the stretches that overlap [fromMs, toMs) are one run of them.
    const TimeSpan *lo =
        std::partition_point(begin, end, [fromMs](const TimeSpan &s) { return s.to <= fromMs; });
    const TimeSpan *hi =
        std::partition_point(lo, end, [toMs](const TimeSpan &s) { return s.from < toMs; });
    if (lo == hi)
        return 0;
    return x.before[size_t(hi - base)] - x.before[size_t(lo - base)]
        - qMax<qint64>(0, fromMs - lo->from) - qMax<qint64>(0, (hi - 1)->to - toMs);
}

qint64 BusinessCalendar::businessMs(const QDateTime &from, const QDateTime &to) const
{
    return businessMs(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
}

qint64 BusinessCalendar::walkAddBusinessMs(qint64 fromMs, qint64 ms) const
{
    qint64 left = qMax<qint64>(0, ms);
    const QDate first = localDate(fromMs).addDays(-1);
    for (int i = 0; i < SearchDays; ++i) {
        const QDate d = first.addDays(i);
        for (const TimeSpan &s : spansOn(d)) {
            if (s.to <= fromMs)
                continue;
            const qint64 start = qMax(s.from, fromMs);
            if (left <= s.to - start)
                return start + left;
            left -= s.to - start;
        }
    }
    return -1;
}

qint64 BusinessCalendar::addBusinessMs(qint64 fromMs, qint64 ms) const
{
    const qint64 left = qMax<qint64>(0, ms);
    const qint64 first = localJulianDay(fromMs) - 1;
    const qint64 limit = first + SearchDays; // the walk gives up before this day
    // Most targets run out within weeks: look there first, further only when they do not.
    qint64 want = first + 62;
    for (;;) {
        if (!indexCovers(first, qMin(want, limit - 1)))
            return walkAddBusinessMs(fromMs, ms);
        const Index &x = m_index;
        const qint64 endDay = qMin(x.endDay, limit);
        const TimeSpan *base = x.spans.data();
        const TimeSpan *begin = base + x.dayStart[size_t(first - x.firstDay)];
        const TimeSpan *end = base + x.dayStart[size_t(endDay - x.firstDay)];
        const TimeSpan *at = std::partition_point(
            begin, end, [fromMs](const TimeSpan &s) { return s.to <= fromMs; });
        if (at != end) {
            const qint64 start = qMax(at->from, fromMs);
            if (left <= at->to - start)
                return start + left;
            // Working time still wanted, counted as the index counts it: the first stretch
            // whose end reaches it is where the target runs out.
            const qint64 target = x.before[size_t(at - base) + 1] + left - (at->to - start);
            const auto b = x.before.cbegin() + (at - base) + 2;
            const auto e = x.before.cbegin() + (end - base) + 1;
            const auto it = std::lower_bound(b, e, target);
            if (it != e) {
                const size_t k = size_t(it - x.before.cbegin()) - 1;
                return base[k].from + (target - x.before[k]);
            }
        }
        if (endDay >= limit)
            return -1;
        want = first + (endDay - first) * 4;
    }
}

QDateTime BusinessCalendar::addBusinessMs(const QDateTime &from, qint64 ms) const
{
    const qint64 at = addBusinessMs(from.toMSecsSinceEpoch(), ms);
    return at < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
}

bool BusinessCalendar::isWorkingTime(qint64 ms) const
{
    const QDate d = localDate(ms);
    for (const QDate &day : {d.addDays(-1), d}) {
        for (const TimeSpan &s : spansOn(day)) {
            if (ms >= s.from && ms < s.to)
                return true;
        }
    }
    return false;
}

Result<int> BusinessCalendar::importHolidaysCsv(QIODevice &device)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(device.readAll());
    if (utf8.hasError())
        return Error(ErrorCode::InvalidInput, Tr::tr("The holiday list is not UTF-8 text."));
    struct Entry
    {
        QDate date;
        QString name;
        bool working;
    };
    QList<Entry> entries;
    static const QRegularExpression dayFirst(u"^(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})$"_s);
    static const QRegularExpression separator(u"[,;\\t]"_s);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const bool working = line.startsWith(u'+');
        if (working)
            line.remove(0, 1);
        const qsizetype comma = line.indexOf(separator);
        const QString dateText = (comma < 0 ? line : line.left(comma)).trimmed();
        QString name = comma < 0 ? QString() : line.mid(comma + 1).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace(u"\"\""_s, u"\""_s);
        QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid()) {
            const auto m = dayFirst.match(dateText);
            if (m.hasMatch())
                date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        }
        if (!date.isValid()) {
            if (entries.isEmpty() && i == 0)
                continue; // a header line
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Line %1 of the holiday list has no date that can be read: "
                                "\"%2\". Write dates as 2026-10-01 or 01/10/2026.")
                             .arg(i + 1)
                             .arg(lines[i].trimmed()));
        }
        entries.append({date, name, working});
    }
    for (const Entry &e : std::as_const(entries)) {
        if (e.working)
            addWorkingDay(e.date, Qt::Monday);
        else
            addHoliday(e.date, e.name);
    }
    return int(entries.size());
}

} // namespace sb
