#include "slaclock.h"

namespace sb {

ClockStatus evaluateClock(const BusinessCalendar &calendar, const SlaTarget &target,
                          const QList<StateChange> &history, qint64 nowMs)
{
    ClockStatus st;
    st.targetMs = target.targetMs;
    const qint64 warnMs = target.targetMs * qBound(0, target.warningPercent, 100) / 100;
    bool finished = false; // a final stop was reached
    for (qsizetype i = 0; i < history.size() && !finished; ++i) {
        const StateChange &c = history[i];
        const qint64 from = c.atMs;
        qint64 to = i + 1 < history.size() ? history[i + 1].atMs : nowMs;
        if (to > nowMs)
            to = nowMs;
        if (from > to && i + 1 < history.size())
            continue; // out of order or in the future: nothing to count
        ClockSegment seg;
        seg.fromMs = from;
        seg.toMs = qMax(from, to);
        seg.state = c.state;
        seg.reason = c.reason;
        if (target.stopStates.contains(c.state)) {
            seg.kind = ClockSegment::Stopped;
            finished = target.stopIsFinal;
        } else if (target.pauseStates.contains(c.state)) {
            seg.kind = ClockSegment::Paused;
        } else {
            seg.kind = ClockSegment::Running;
            const qint64 counted = calendar.businessMs(from, seg.toMs);
            // The moments a threshold was crossed inside this stretch.
            if (st.elapsedMs < warnMs && st.elapsedMs + counted >= warnMs && st.warningAtMs < 0)
                st.warningAtMs = calendar.addBusinessMs(from, warnMs - st.elapsedMs);
            if (st.elapsedMs <= target.targetMs && st.elapsedMs + counted > target.targetMs)
                st.breachedAtMs = calendar.addBusinessMs(from, target.targetMs - st.elapsedMs);
            seg.businessMs = counted;
            st.elapsedMs += counted;
        }
        seg.elapsedAfterMs = st.elapsedMs;
        st.log.append(seg);
    }

    const ClockSegment::Kind now = st.log.isEmpty() ? ClockSegment::Paused : st.log.last().kind;
    st.running = now == ClockSegment::Running;
    st.paused = now == ClockSegment::Paused && !st.log.isEmpty();
    st.stopped = now == ClockSegment::Stopped;
    st.remainingMs = target.targetMs - st.elapsedMs;
    st.breached = st.elapsedMs > target.targetMs;
    st.warning = !st.breached && st.elapsedMs >= warnMs && target.targetMs > 0;
    st.percent =
        target.targetMs > 0 ? int(qMin<qint64>(st.elapsedMs * 100 / target.targetMs, 9999)) : 0;
    if (st.running) {
        if (!st.breached)
            st.dueMs = calendar.addBusinessMs(nowMs, st.remainingMs);
        else
            st.dueMs = st.breachedAtMs;
        if (st.warningAtMs < 0 && st.elapsedMs < warnMs)
            st.warningAtMs = calendar.addBusinessMs(nowMs, warnMs - st.elapsedMs);
    }
    return st;
}

} // namespace sb
