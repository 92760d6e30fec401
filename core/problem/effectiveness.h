#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>

#include <atomic>

namespace sb {

class Database;
class RecordStore;

// How well a resolved problem's fix held.
struct ProblemOutcome
{
    qint64 id = 0;
    QString humanId;
    QString title;
    QString state;
    QString loggedAt;
    QString rootCauseAt;
    QString resolvedAt; // the fix date
    qint64 hoursToRootCause = -1; // -1: no root cause yet
    qint64 hoursToResolution = -1;
    qint64 linkedIncidents = 0;
    // Incidents opened after the fix that match the problem again, newest first: applied its
    // known error, linked to it, or share its CI or category with a similar text.
    QList<qint64> recurrences;
    QStringList recurrenceIds; // their human IDs
    bool recurred() const { return !recurrences.isEmpty(); }
};

// Effectiveness of problem resolution (R-PRB-1, 2011 8.2 / 2018 8.6.3).
class SB_CORE_EXPORT ProblemEffectiveness
{
public:
    // Resolved and closed problems with what happened after their fix, newest fix first.
    static Result<QList<ProblemOutcome>> review(Database &db,
                                                const std::atomic_bool *cancel = nullptr);
    // The recurrences of one problem (as in review()).
    static Result<ProblemOutcome> outcome(Database &db, qint64 problemId);
    // Marks the problems that recurred (recurred, recurrence_count, recurred_at) and links the
    // incidents (recurrence_of), through the write path. Returns how many problems changed.
    static Result<qint64> markRecurrences(RecordStore &store,
                                          const std::atomic_bool *cancel = nullptr);
};

} // namespace sb
