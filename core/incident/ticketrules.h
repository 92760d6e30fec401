#pragma once

#include "error.h"

#include <QString>
#include <QVariantMap>

namespace sb {

class Database;
struct Record;
struct RecordTypeDef;

// What incidents and service requests derive on every write, beyond their fields and
// lifecycle. RecordStore calls it for these two types only, after the values are checked and
// before anything is written, so what it adds is validated, stored and audited like any change.
//
// Priority: with impact and urgency both set and no priority given, the priority matrix
// decides; a change of impact or urgency decides again unless the priority was overridden
// (it differs from what the matrix gave and has a reason). A given priority that differs from
// the matrix needs priority_override_reason. Times and counters: opened_at on creation,
// resolved_at, closed_at, approved_at and fulfilled_at when a ticket reaches those states,
// reopen_count and reopened_at when a resolved incident goes back to work, and
// reassignment_count when the assignment group changes - each only when not given.
//
// `imported` (RecordStore::ImportedKey) keeps what another system recorded: a given priority
// stands without a reason and nothing is stamped or counted.
class TicketRules
{
public:
    static bool appliesTo(const QString &type);

    // `current` is null on creation; `toState` is empty unless the write is a transition.
    // `changes` holds the checked values and receives the derived ones.
    static Error beforeWrite(Database &db, const RecordTypeDef &def, const Record *current,
                             const QString &toState, QVariantMap *changes, bool imported);
};

} // namespace sb
