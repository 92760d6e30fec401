#pragma once

#include "core_global.h"
#include "sla/businesscalendar.h"

#include <QList>
#include <QSet>
#include <QString>

namespace sb {

// One entry of a ticket's state history: from `atMs` on, the ticket was in `state`. The
// reason says why, where there is one (the pending reason, say).
struct StateChange
{
    qint64 atMs = 0;
    QString state;
    QString reason;
};

// What a clock measures against and what stops it.
struct SlaTarget
{
    qint64 targetMs = 0; // working time allowed
    int warningPercent = 75; // "breaching soon" from this share of the target on
    QSet<QString> pauseStates; // the clock stands still (pending on the customer, say)
    QSet<QString> stopStates; // the clock has stopped (resolved, closed, cancelled)
    // A response clock stops for good at the first stop state; a resolution clock runs
    // again when a resolved ticket is reopened.
    bool stopIsFinal = false;
};

// A stretch of the clock log: what the clock did from `fromMs` to `toMs`, in which state,
// and how much working time that stretch counted.
struct ClockSegment
{
    enum Kind { Running, Paused, Stopped };
    qint64 fromMs = 0;
    qint64 toMs = 0;
    Kind kind = Running;
    QString state;
    QString reason;
    qint64 businessMs = 0; // counted towards the target (Running only)
    qint64 elapsedAfterMs = 0; // the clock's total at the end of this stretch
};

struct ClockStatus
{
    qint64 targetMs = 0;
    qint64 elapsedMs = 0; // working time counted so far
    qint64 remainingMs = 0; // negative once breached
    bool running = false; // counting now
    bool paused = false;
    bool stopped = false;
    bool warning = false; // past the warning threshold, not breached
    bool breached = false;
    qint64 warningAtMs = -1; // when the warning threshold was or will be crossed (-1: unknown)
    qint64 breachedAtMs = -1; // when the target ran out, if it has
    qint64 dueMs =
        -1; // when it will run out if it keeps running from now (-1 while paused or stopped)
    int percent = 0; // elapsed as a share of the target
    QList<ClockSegment> log;
};

// Evaluates a clock over a ticket's state history up to `nowMs`, in the calendar's working
// time. The history is in time order; it starts when the ticket was opened. The same
// function serves the desktop, the command line and reports, so they always agree.
SB_CORE_EXPORT ClockStatus evaluateClock(const BusinessCalendar &calendar, const SlaTarget &target,
                                         const QList<StateChange> &history, qint64 nowMs);

} // namespace sb
