#pragma once

#include "core_global.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace sb {

// Every stored time is UTC in one text form, ISO 8601 with milliseconds and a Z
// ("2026-11-22T13:02:00.123Z"): it sorts as text, reads in any SQL tool, and never
// carries a local offset. Calendars (later) carry their own time zone.
SB_CORE_EXPORT QString toStoredTime(const QDateTime &t);
SB_CORE_EXPORT QDateTime fromStoredTime(const QString &s);
SB_CORE_EXPORT QString nowStored();

// Tests replace the clock to get deterministic times; an empty function restores it.
SB_CORE_EXPORT void setClockForTesting(std::function<QDateTime()> clock);
SB_CORE_EXPORT QDateTime currentUtc();

} // namespace sb
