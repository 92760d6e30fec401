#include "sla/businesscalendar.h"
#include "sla/slaclock.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace sb;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// A local wall-clock time in a zone, as UTC milliseconds.
qint64 at(const char *zone, const char *local)
{
    const QDateTime wall =
        QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-dd HH:mm"));
    REQUIRE(wall.isValid());
    const QTimeZone tz {QByteArray(zone)};
    REQUIRE(tz.isValid());
    return QDateTime(wall.date(), wall.time(), tz).toMSecsSinceEpoch();
}

qint64 utc(const char *local)
{
    return at("UTC", local);
}

QString show(qint64 ms, const char *zone = "UTC")
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArray(zone)))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

BusinessCalendar officeHours(const char *zone = "UTC")
{
    BusinessCalendar c; // Monday to Friday, 09:00-17:00
    c.setTimeZone(QTimeZone(QByteArray(zone)));
    return c;
}

SlaTarget resolution(qint64 targetMs)
{
    SlaTarget t;
    t.targetMs = targetMs;
    t.pauseStates = {QStringLiteral("pending")};
    t.stopStates = {QStringLiteral("resolved"), QStringLiteral("closed"),
                    QStringLiteral("cancelled")};
    return t;
}

} // namespace

// 2026-03-02 is a Monday.

TEST_CASE("working time inside, across and outside office hours")
{
    const BusinessCalendar c = officeHours();
    CHECK(c.businessMs(utc("2026-03-02 10:00"), utc("2026-03-02 12:30")) == 150 * Minute);
    CHECK(c.businessMs(utc("2026-03-02 16:00"), utc("2026-03-03 10:00")) == 2 * Hour);
    CHECK(c.businessMs(utc("2026-03-06 16:00"), utc("2026-03-09 10:00")) == 2 * Hour); // weekend
    CHECK(c.businessMs(utc("2026-03-07 10:00"), utc("2026-03-08 18:00")) == 0); // all weekend
    CHECK(c.businessMs(utc("2026-03-02 12:00"), utc("2026-03-02 11:00")) == 0); // backwards
    CHECK(c.businessMs(utc("2026-03-02 00:00"), utc("2026-03-09 00:00")) == 40 * Hour);
    CHECK(c.isWorkingTime(utc("2026-03-02 09:00")));
    CHECK_FALSE(c.isWorkingTime(utc("2026-03-02 17:00")));
}

TEST_CASE("a target that ends exactly at closing time is due at closing time")
{
    const BusinessCalendar c = officeHours();
    const qint64 opened = utc("2026-03-02 09:00");
    CHECK(show(c.addBusinessMs(opened, 8 * Hour)) == QStringLiteral("2026-03-02 17:00:00.000"));
    CHECK(show(c.addBusinessMs(opened, 8 * Hour + 1)) == QStringLiteral("2026-03-03 09:00:00.001"));

    const SlaTarget t = resolution(8 * Hour);
    // Resolved at closing time, and even the next morning before work: met.
    for (const char *when : {"2026-03-02 17:00", "2026-03-03 08:59"}) {
        const ClockStatus s = evaluateClock(
            c, t, {{opened, QStringLiteral("new")}, {utc(when), QStringLiteral("resolved")}},
            utc("2026-03-10 12:00"));
        CHECK(s.elapsedMs == 8 * Hour);
        CHECK_FALSE(s.breached);
        CHECK(s.stopped);
    }
    // Still open the next morning: breached, and the breach is dated closing time.
    const ClockStatus open =
        evaluateClock(c, t, {{opened, QStringLiteral("new")}}, utc("2026-03-03 09:30"));
    CHECK(open.breached);
    CHECK(show(open.breachedAtMs) == QStringLiteral("2026-03-02 17:00:00.000"));
    CHECK(open.remainingMs == -30 * Minute);
}

TEST_CASE("a ticket opened outside working hours starts its clock when work starts")
{
    const BusinessCalendar c = officeHours();
    CHECK(show(c.addBusinessMs(utc("2026-03-07 10:00"), 2 * Hour)) // Saturday
          == QStringLiteral("2026-03-09 11:00:00.000"));
    CHECK(show(c.addBusinessMs(utc("2026-03-06 16:30"), Hour)) // Friday, half an hour left
          == QStringLiteral("2026-03-09 09:30:00.000"));
    CHECK(show(c.addBusinessMs(utc("2026-03-03 06:00"), 0))
          == QStringLiteral("2026-03-03 09:00:00.000"));

    const ClockStatus s =
        evaluateClock(c, resolution(4 * Hour), {{utc("2026-03-07 10:00"), QStringLiteral("new")}},
                      utc("2026-03-08 12:00"));
    CHECK(s.elapsedMs == 0);
    CHECK(s.running);
    CHECK(show(s.dueMs) == QStringLiteral("2026-03-09 13:00:00.000"));
    CHECK(show(s.warningAtMs) == QStringLiteral("2026-03-09 12:00:00.000"));
}

TEST_CASE("a pause across a night and a weekend is not counted, and the log says why")
{
    const BusinessCalendar c = officeHours();
    const QList<StateChange> history {
        {utc("2026-03-06 15:00"), QStringLiteral("in_progress"), {}},
        {utc("2026-03-06 16:00"), QStringLiteral("pending"), QStringLiteral("customer")},
        {utc("2026-03-09 10:00"), QStringLiteral("in_progress"), {}},
    };
    const ClockStatus s = evaluateClock(c, resolution(4 * Hour), history, utc("2026-03-09 11:00"));
    CHECK(s.elapsedMs == 2 * Hour);
    CHECK(s.running);
    CHECK(show(s.dueMs) == QStringLiteral("2026-03-09 13:00:00.000"));
    REQUIRE(s.log.size() == 3);
    CHECK(s.log[0].kind == ClockSegment::Running);
    CHECK(s.log[0].businessMs == Hour);
    CHECK(s.log[1].kind == ClockSegment::Paused);
    CHECK(s.log[1].reason == QStringLiteral("customer"));
    CHECK(s.log[1].businessMs == 0);
    CHECK(s.log[2].businessMs == Hour);
    CHECK(s.log[2].elapsedAfterMs == 2 * Hour);

    // Paused now: no due time while it waits, the remaining time is kept.
    const ClockStatus waiting =
        evaluateClock(c, resolution(4 * Hour), history.first(2), utc("2026-03-09 11:00"));
    CHECK(waiting.paused);
    CHECK(waiting.dueMs == -1);
    CHECK(waiting.remainingMs == 3 * Hour);
}

TEST_CASE("holidays are off and weekend make-up days are worked")
{
    // A Chinese-style long holiday: 1-7 October off, Saturday 10 October worked.
    BusinessCalendar c = officeHours("Asia/Shanghai");
    for (int d = 1; d <= 7; ++d)
        c.addHoliday(QDate(2026, 10, d), QStringLiteral("国庆节"));
    c.addWorkingDay(QDate(2026, 10, 10));
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 10, 1)));
    CHECK(c.isWorkingDay(QDate(2026, 10, 10)));
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 10, 11)));

    const qint64 beforeHoliday = at("Asia/Shanghai", "2026-09-30 16:00"); // Wednesday
    CHECK(show(c.addBusinessMs(beforeHoliday, 4 * Hour), "Asia/Shanghai")
          == QStringLiteral("2026-10-08 12:00:00.000"));
    const qint64 friday = at("Asia/Shanghai", "2026-10-09 15:00");
    CHECK(show(c.addBusinessMs(friday, 4 * Hour), "Asia/Shanghai")
          == QStringLiteral("2026-10-10 11:00:00.000"));
    CHECK(c.businessMs(friday, at("Asia/Shanghai", "2026-10-12 10:00")) == 11 * Hour);
}

TEST_CASE("clock changes: days of 23 and 25 hours, and office hours on the right side")
{
    const BusinessCalendar always = BusinessCalendar::allHours(QTimeZone("Europe/Amsterdam"));
    CHECK(always.businessMs(at("Europe/Amsterdam", "2026-03-29 00:00"),
                            at("Europe/Amsterdam", "2026-03-30 00:00"))
          == 23 * Hour);
    CHECK(always.businessMs(at("Europe/Amsterdam", "2026-10-25 00:00"),
                            at("Europe/Amsterdam", "2026-10-26 00:00"))
          == 25 * Hour);
    CHECK(always.addBusinessMs(at("Europe/Amsterdam", "2026-03-29 00:00"), 24 * Hour)
          == at("Europe/Amsterdam", "2026-03-30 01:00"));

    // New York moves its clocks on Sunday 8 March 2026: Friday 16:00 plus two working hours
    // is Monday 10:00 local, which is 14:00 UTC (it was 15:00 UTC the week before).
    const BusinessCalendar ny = officeHours("America/New_York");
    const qint64 due = ny.addBusinessMs(at("America/New_York", "2026-03-06 16:00"), 2 * Hour);
    CHECK(show(due) == QStringLiteral("2026-03-09 14:00:00.000"));
    CHECK(show(due, "America/New_York") == QStringLiteral("2026-03-09 10:00:00.000"));

    // Night-shift hours that start in the skipped hour begin when the clocks have moved.
    BusinessCalendar night = BusinessCalendar::allHours(QTimeZone("Europe/Amsterdam"));
    REQUIRE(night.setHours(Qt::Sunday, {{2 * 60 + 30, 5 * 60}}).isOk());
    const QList<TimeSpan> spans = night.spansOn(QDate(2026, 3, 29));
    REQUIRE(spans.size() == 1);
    CHECK(show(spans[0].from) == QStringLiteral("2026-03-29 01:00:00.000"));
    CHECK(spans[0].to - spans[0].from == 2 * Hour);
}

TEST_CASE("a reopened ticket's resolution clock runs on; a response clock stays stopped")
{
    const BusinessCalendar c = officeHours();
    const QList<StateChange> history {
        {utc("2026-03-02 09:00"), QStringLiteral("new"), {}},
        {utc("2026-03-02 09:20"), QStringLiteral("in_progress"), {}},
        {utc("2026-03-02 11:00"), QStringLiteral("resolved"), {}},
        {utc("2026-03-03 09:00"), QStringLiteral("in_progress"), QStringLiteral("reopened")},
        {utc("2026-03-03 10:00"), QStringLiteral("resolved"), {}},
    };
    const ClockStatus res =
        evaluateClock(c, resolution(8 * Hour), history, utc("2026-03-04 12:00"));
    CHECK(res.elapsedMs == 3 * Hour);
    CHECK(res.stopped);
    CHECK_FALSE(res.breached);
    CHECK(res.log.size() == 5);

    SlaTarget response;
    response.targetMs = 30 * Minute;
    response.stopStates = {QStringLiteral("assigned"), QStringLiteral("in_progress"),
                           QStringLiteral("resolved")};
    response.stopIsFinal = true;
    const ClockStatus resp = evaluateClock(c, response, history, utc("2026-03-04 12:00"));
    CHECK(resp.elapsedMs == 20 * Minute);
    CHECK(resp.stopped);
    CHECK_FALSE(resp.breached);
    CHECK(resp.log.size() == 2);

    // Breached while open, then resolved: it stays breached, dated when it ran out.
    const ClockStatus late = evaluateClock(c, resolution(Hour), history, utc("2026-03-04 12:00"));
    CHECK(late.breached);
    CHECK(show(late.breachedAtMs) == QStringLiteral("2026-03-02 10:00:00.000"));
}

TEST_CASE("working hours are checked, and holidays are read from CSV")
{
    BusinessCalendar c;
    CHECK(c.setHours(Qt::Monday, {{10 * 60, 9 * 60}}).code() == ErrorCode::InvalidInput);
    CHECK(c.setHours(Qt::Monday, {{9 * 60, 12 * 60}, {11 * 60, 13 * 60}}).code()
          == ErrorCode::InvalidInput);
    CHECK(c.hours(Qt::Monday) == QList<WorkingHours> {{9 * 60, 17 * 60}}); // unchanged
    REQUIRE(c.setHours(Qt::Monday, {{13 * 60, 17 * 60}, {8 * 60, 12 * 60}}).isOk());
    CHECK(c.businessMs(utc("2026-03-02 00:00"), utc("2026-03-03 00:00")) == 8 * Hour);

    QByteArray csv = "\xEF\xBB\xBF"
                     "date,name\n"
                     "2026-10-01,National Day\n"
                     "02/10/2026,\"Golden \"\"week\"\"\"\n"
                     "# comment\n"
                     "\n"
                     "+2026-10-10,Make-up day\n";
    QBuffer buf(&csv);
    REQUIRE(buf.open(QIODevice::ReadOnly));
    auto n = c.importHolidaysCsv(buf);
    REQUIRE(n.ok());
    CHECK(*n == 3);
    CHECK(c.holidays().value(QDate(2026, 10, 2)) == QStringLiteral("Golden \"week\""));
    CHECK(c.isWorkingDay(QDate(2026, 10, 10)));

    QByteArray bad = "2026-12-25,Christmas\nsoon,Boxing Day\n";
    QBuffer badBuf(&bad);
    REQUIRE(badBuf.open(QIODevice::ReadOnly));
    BusinessCalendar d;
    auto e = d.importHolidaysCsv(badBuf);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code() == ErrorCode::InvalidInput);
    CHECK(e.error().message().contains(QStringLiteral("Line 2")));
    CHECK(d.holidays().isEmpty()); // nothing added
}

namespace {

// Working time and due times as the calendar defines them: every stretch of every local day
// from the day before to the day after, one at a time.
qint64 walkedBusinessMs(const BusinessCalendar &c, qint64 from, qint64 to)
{
    if (to <= from)
        return 0;
    qint64 total = 0;
    for (QDate d = c.localDate(from).addDays(-1); d <= c.localDate(to).addDays(1);
         d = d.addDays(1)) {
        for (const TimeSpan &s : c.spansOn(d))
            total += qMax<qint64>(0, qMin(s.to, to) - qMax(s.from, from));
    }
    return total;
}

qint64 walkedAddBusinessMs(const BusinessCalendar &c, qint64 from, qint64 ms)
{
    qint64 left = qMax<qint64>(0, ms);
    const QDate first = c.localDate(from).addDays(-1);
    for (int i = 0; i < 366 * 10; ++i) {
        for (const TimeSpan &s : c.spansOn(first.addDays(i))) {
            if (s.to <= from)
                continue;
            const qint64 start = qMax(s.from, from);
            if (left <= s.to - start)
                return start + left;
            left -= s.to - start;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("working time over months and years is what walking the days gives")
{
    // Calendars with clock changes, holidays, make-up days, a night shift across midnight and a
    // day with two stretches, asked about moments minutes to years apart, in no order.
    QList<BusinessCalendar> calendars;
    calendars << officeHours() << officeHours("America/New_York")
              << BusinessCalendar::allHours(QTimeZone("Europe/Amsterdam"));
    BusinessCalendar shanghai = officeHours("Asia/Shanghai");
    shanghai.addHoliday(QDate(2026, 10, 1));
    shanghai.addHoliday(QDate(2026, 10, 2));
    shanghai.addWorkingDay(QDate(2026, 9, 27), Qt::Monday);
    calendars << shanghai;
    BusinessCalendar night = officeHours("Europe/London");
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        REQUIRE(
            night.setHours(Qt::DayOfWeek(d), {{0, 2 * 60}, {7 * 60, 11 * 60}, {22 * 60, 24 * 60}})
                .isOk());
    calendars << night;
    BusinessCalendar none = officeHours();
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
        REQUIRE(none.setHours(Qt::DayOfWeek(d), {}).isOk());
    calendars << none;

    quint64 seed = 12345;
    auto next = [&seed] {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        return seed >> 11;
    };
    const qint64 start = utc("2024-01-01 00:00");
    const qint64 span = qint64(3 * 366) * 24 * Hour;
    for (const BusinessCalendar &c : std::as_const(calendars)) {
        const BusinessCalendar reference = c; // answers from its own days, nothing shared
        for (int i = 0; i < 400; ++i) {
            const qint64 from = start + qint64(next() % quint64(span));
            // Mostly days and weeks, sometimes exact minutes, sometimes years.
            const int kind = int(next() % 4);
            const qint64 length = kind == 0 ? qint64(next() % 600) * Minute
                : kind == 1                 ? qint64(next() % quint64(30 * 24 * Hour))
                : kind == 2                 ? qint64(next() % quint64(span))
                                            : qint64(next() % 5) * Hour;
            const qint64 to = from + length;
            INFO(c.timeZone().id().toStdString()
                 << " " << show(from).toStdString() << " + " << length);
            CHECK(c.businessMs(from, to) == walkedBusinessMs(reference, from, to));
            CHECK(c.businessMs(to, from) == 0);
            CHECK(c.addBusinessMs(from, length) == walkedAddBusinessMs(reference, from, length));
            CHECK(c.addBusinessMs(from, -length) == walkedAddBusinessMs(reference, from, 0));
        }
    }
    // A target further away than the calendar is looked at, and moments before 1970.
    const BusinessCalendar office = officeHours();
    CHECK(office.addBusinessMs(start, qint64(366) * 11 * 24 * Hour) == -1);
    CHECK(none.addBusinessMs(start, Hour) == -1);
    const qint64 early = utc("1969-12-30 10:00");
    CHECK(office.businessMs(early, early + 40 * Hour)
          == walkedBusinessMs(office, early, early + 40 * Hour));
    CHECK(office.addBusinessMs(early, 20 * Hour) == walkedAddBusinessMs(office, early, 20 * Hour));
}
