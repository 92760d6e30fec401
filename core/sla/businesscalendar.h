#pragma once

#include "core_global.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>
#include <vector>

class QIODevice;

namespace sb {

// A stretch of working time on one local day, in minutes since local midnight: [from, to).
// to may be 1440 (midnight at the end of the day).
struct WorkingHours
{
    int fromMinute = 0;
    int toMinute = 0;
    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;
};

// A stretch of time between two moments, in milliseconds since the epoch (UTC): [from, to).
struct TimeSpan
{
    qint64 from = 0;
    qint64 to = 0;
};

// When a team works: hours per weekday in the calendar's own time zone, holidays on which
// nobody works, and extra working days that fall on a weekend (the make-up days of Chinese
// public holidays work this way: the Saturday before a long holiday is a normal Monday, say).
// Local times are turned into moments through the time zone, so a day on which the clocks
// change is 23 or 25 hours long where the hours say so, and working hours that begin in a
// skipped hour begin when the clocks have gone forward.
//
// Answers are cached per day: one calendar is used from one thread at a time.
class SB_CORE_EXPORT BusinessCalendar
{
public:
    // Monday to Friday, 09:00 to 17:00, in UTC.
    BusinessCalendar();
    // Every hour of every day (a 24x7 service), in the given zone.
    static BusinessCalendar allHours(const QTimeZone &zone = QTimeZone::utc());

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    const QTimeZone &timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);

    // Hours of a weekday (Qt::Monday ... Qt::Sunday). Stretches must not overlap and must lie
    // within the day; setHours() returns an error otherwise and changes nothing.
    const QList<WorkingHours> &hours(Qt::DayOfWeek day) const;
    Error setHours(Qt::DayOfWeek day, const QList<WorkingHours> &hours);

    // A holiday: no working time that day, whatever the weekday says.
    void addHoliday(const QDate &date, const QString &name = {});
    void removeHoliday(const QDate &date);
    const QHash<QDate, QString> &holidays() const { return m_holidays; }

    // An extra working day: works the hours of `asIf` (normally a weekday) although the date
    // itself would be off. A date cannot be both a holiday and an extra working day; the
    // later call wins.
    void addWorkingDay(const QDate &date, Qt::DayOfWeek asIf = Qt::Monday);
    void removeWorkingDay(const QDate &date);
    const QHash<QDate, Qt::DayOfWeek> &workingDays() const { return m_workingDays; }

    // The working hours that apply to a local date, after holidays and extra working days.
    QList<WorkingHours> hoursOn(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const { return !hoursOn(date).isEmpty(); }

    // The working stretches of a local date as moments (UTC milliseconds), in order.
    const QList<TimeSpan> &spansOn(const QDate &date) const;

    // Working time between two moments, in milliseconds (0 when to <= from).
    qint64 businessMs(qint64 fromMs, qint64 toMs) const;
    qint64 businessMs(const QDateTime &from, const QDateTime &to) const;

    // The earliest moment at which `ms` of working time have passed since `fromMs`. A target
    // that runs out exactly at closing time is due at closing time, not the next morning.
    // Returns -1 when the calendar has no working time in the next ten years.
    qint64 addBusinessMs(qint64 fromMs, qint64 ms) const;
    QDateTime addBusinessMs(const QDateTime &from, qint64 ms) const;

    // Whether the moment lies in working time.
    bool isWorkingTime(qint64 ms) const;

    // Holidays from CSV text: one "date,name" per line (the name may be quoted or left out;
    // a header line is skipped; '#' starts a comment). Dates ISO (2026-10-01) or day-first
    // (01/10/2026, 1.10.2026). A line starting with '+' (say "+2026-09-27,Make-up day") is an
    // extra working day with Monday's hours. Returns how many dates were read; a line that
    // cannot be read is an error naming it, and nothing is added.
    Result<int> importHolidaysCsv(QIODevice &device);

    // Local date of a moment in this calendar's zone.
    QDate localDate(qint64 ms) const;

private:
    // The working stretches of a run of days laid end to end, with the working time before
    // each, so that a question about months of time is a lookup rather than a walk over its
    // days. It gives the walk's answers only while the stretches follow one another in order
    // without overlapping; a calendar whose days do not (a zone that skips a whole day, say)
    // is always walked.
    struct Index
    {
        qint64 firstDay = 0; // Julian day of the first day covered
        qint64 endDay = 0; // Julian day after the last one covered
        std::vector<TimeSpan> spans;
        std::vector<qint64> before; // working time before spans[i]; one more than spans
        std::vector<qint32> dayStart; // first span of each day; one more than days
        bool ordered = false;
    };

    qint64 localToUtc(const QDate &date, int minute) const;
    int offsetSecondsAt(qint64 ms) const;
    // localDate() as a Julian day.
    qint64 localJulianDay(qint64 ms) const;
    void clearCache() const
    {
        m_cache.clear();
        m_index = Index();
    }
    // Makes the index cover the days [first, last] (Julian days). False when it cannot: the
    // stretches overlap, or the range is too long to keep.
    bool indexCovers(qint64 first, qint64 last) const;
    qint64 walkBusinessMs(qint64 fromMs, qint64 toMs) const;
    qint64 walkAddBusinessMs(qint64 fromMs, qint64 ms) const;

    QString m_name;
    QTimeZone m_zone;
    std::array<QList<WorkingHours>, 7> m_week; // index 0 = Monday
    QHash<QDate, QString> m_holidays;
    QHash<QDate, Qt::DayOfWeek> m_workingDays;
    std::optional<int> m_fixedOffset; // seconds east of UTC, for zones without changes
    mutable QHash<qint64, int> m_offsets; // per quarter hour since the epoch
    mutable QHash<QDate, QList<TimeSpan>> m_cache;
    mutable Index m_index;
};

} // namespace sb
