#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <atomic>

namespace sb {

class Database;
class RecordStore;

// What incidents are grouped by when looking for problems nobody has logged yet.
enum class TrendDimension { Service, Ci, Category };

struct CandidateOptions
{
    TrendDimension by = TrendDimension::Service;
    int windowDays = 30;
    int minCount = 5; // a group of this many incidents in the window is a candidate
    int minRepeat = 3; // the same caller this often in the window
    int minReopened = 2; // reopened incidents of one group in the window
    qint64 nowMs = -1; // the end of the window (UTC ms); -1: now
    bool includeRepeatCallers = true;
    bool includeReopened = true;
};

// A group of incidents that may share a cause nobody has looked for.
struct ProblemCandidate
{
    enum class Kind { Group, RepeatCaller, Reopened };
    Kind kind = Kind::Group;
    TrendDimension by = TrendDimension::Service; // Group: what the key is
    QString key; // Group and Reopened: the service, CI or category; RepeatCaller: the caller
    qint64 count = 0; // incidents in the window (Reopened: those reopened)
    qint64 open = 0; // of those, not yet resolved or closed
    QString firstAt; // stored UTC text
    QString lastAt;
    // An open problem some of these incidents are already linked to (human ID), else empty.
    QString problem;
};

// Incidents per week per key, for the trend chart.
struct TrendSeries
{
    QString key;
    QList<qint64> counts; // one per week, oldest first
    qint64 total = 0;
    bool candidate = false; // the group reaches the threshold in the last window
};

struct TrendChart
{
    QString firstWeek; // YYYY-MM-DD, the Monday of the first week (UTC)
    int weeks = 0;
    QList<TrendSeries> series; // the busiest keys first
};

// Proactive problem management: incidents grouped over a sliding window.
class SB_CORE_EXPORT Trends
{
public:
    // Groups (by service, CI or category) that reach minCount in the window, repeat callers,
    // and the incidents reopened in it; busiest first. One read of the incidents opened in
    // the window (index incident_trend).
    static Result<QList<ProblemCandidate>> candidates(Database &db, const CandidateOptions &options,
                                                      const std::atomic_bool *cancel = nullptr);
    // `weeks` weeks up to the one holding `nowMs`, the `top` busiest keys.
    static Result<TrendChart> weekly(Database &db, TrendDimension by, int weeks, int top,
                                     const CandidateOptions &threshold);
    // The incidents behind a candidate (newest first, at most `limit`).
    static Result<QList<qint64>> incidents(Database &db, const ProblemCandidate &candidate,
                                           const CandidateOptions &options, int limit = 1000);
    // Logs a problem (detected_by "trend" unless `values` says otherwise) and links every
    // incident to it (related_problem), in one transaction. Incidents already linked to it
    // are left as they are.
    static Result<qint64> createProblem(RecordStore &store, const QVariantMap &values,
                                        const QList<qint64> &incidentIds);

    static QString dimensionField(TrendDimension by); // service, affected_ci, category
    static QString dimensionLabel(TrendDimension by); // translated
};

} // namespace sb
