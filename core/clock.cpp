#include "clock.h"

#include <QTimeZone>

namespace sb {

namespace {
std::function<QDateTime()> &clockOverride()
{
    static std::function<QDateTime()> f;
    return f;
}
} // namespace

namespace {
// "YYYY-MM-DDTHH:MM:SS.mmmZ" from milliseconds since the epoch, written directly: every
// change stamps a time, and QDateTime's general formatter costs more than the rest of it.
QString formatUtcMs(qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const int y = date.year();
    if (y < 0 || y > 9999)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    char buf[24];
    auto put = [&buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buf[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, y, 4);
    buf[4] = '-';
    put(5, date.month(), 2);
    buf[7] = '-';
    put(8, date.day(), 2);
    buf[10] = 'T';
    put(11, int(rest / 3600000), 2);
    buf[13] = ':';
    put(14, int(rest / 60000 % 60), 2);
    buf[16] = ':';
    put(17, int(rest / 1000 % 60), 2);
    buf[19] = '.';
    put(20, int(rest % 1000), 3);
    buf[23] = 'Z';
    return QString::fromLatin1(buf, 24);
}
} // namespace

QString toStoredTime(const QDateTime &t)
{
    return formatUtcMs(t.toMSecsSinceEpoch());
}

QDateTime fromStoredTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

QDateTime currentUtc()
{
    if (const auto &f = clockOverride())
        return f().toUTC();
    return QDateTime::currentDateTimeUtc();
}

QString nowStored()
{
    if (clockOverride())
        return toStoredTime(currentUtc());
    return formatUtcMs(QDateTime::currentMSecsSinceEpoch());
}

void setClockForTesting(std::function<QDateTime()> clock)
{
    clockOverride() = std::move(clock);
}

} // namespace sb
