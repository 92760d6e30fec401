#pragma once

#include "core_global.h"
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
// Major incidents (R-INC-2): a ticket the workbook's rule calls major (by priority, see
// majorPriorityAtMost) is flagged; a major incident needs a named major incident manager (the
// workbook's default one is filled in) for every step but cancelling, a record that top
// management was told (who; when is stamped) before it is resolved, and a post-incident
// review before it is closed. Closing stamps how (closure): by the customer's confirmation
// unless the auto-close sweep says otherwise. A service request whose request type needs
// approval cannot go to fulfilment before it is approved; approving stamps the approver.
//
// `imported` (RecordStore::ImportedKey) keeps what another system recorded: a given priority
// stands without a reason and nothing is stamped or counted.
class SB_CORE_EXPORT TicketRules
{
public:
    static bool appliesTo(const QString &type);

    // `current` is null on creation; `toState` is empty unless the write is a transition.
    // `changes` holds the checked values and receives the derived ones.
    // `user` is who acts: approvals and reviews are stamped with it.
    static Error beforeWrite(Database &db, const RecordTypeDef &def, const Record *current,
                             const QString &toState, QVariantMap *changes, bool imported,
                             const QString &user);

    // The priority matrix rule alone (see above), for other types that are prioritised the
    // same way (problems).
    static Error derivePriority(Database &db, const RecordTypeDef &def, const Record *current,
                                QVariantMap *changes, bool imported);

    // The workbook's major-incident rule: tickets of this priority or higher are major by
    // themselves (0: only those flagged).
    static int majorPriorityAtMost(Database &db);
    // A workbook setting read inside the caller's transaction; `fallback` when it is unset
    // or empty.
    static QString setting(Database &db, const QString &key, const QString &fallback);
};

} // namespace sb
