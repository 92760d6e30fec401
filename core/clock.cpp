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

QString toStoredTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
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
    return toStoredTime(currentUtc());
}

void setClockForTesting(std::function<QDateTime()> clock)
{
    clockOverride() = std::move(clock);
}

} // namespace sb
