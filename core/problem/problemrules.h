#pragma once

#include "core_global.h"
#include "error.h"

#include <QString>
#include <QVariantMap>

namespace sb {

class Database;
class RecordStore;
struct Record;
struct RecordTypeDef;

// What problems, known errors and knowledge articles derive on every write, beyond their
// fields and lifecycle. RecordStore calls beforeWrite() after the values are checked and
// before anything is written (what it adds is validated, stored and audited like any change),
// and afterWrite() once the record's rows are written, inside the same transaction.
//
// Problems: the priority comes from the priority matrix as for incidents (an override needs
// its reason); logged_at, resolved_at and closed_at are stamped, root_cause_at when a root
// cause or workaround is first written; the chain of causes is checked and stored in its
// canonical form, and the entry marked as root fills an empty root cause. Becoming a known
// error needs a root cause or a workaround; resolving needs a resolution and, when the fix
// changes CIs (needs_change), a link to the change that makes it (resolved_by_change).
// Reopening counts (reopen_count) and clears resolved_at.
// Afterwards: as soon as a problem has a root cause or a workaround, a known error is recorded
// from it (linked known_error_of) if it has none; while the known error still says what the
// problem said, it follows the problem's root cause and workaround.
//
// Known errors: identified_at on creation, retired_at when retired (cleared on reactivation).
//
// Knowledge articles: every change of title or body is a new version (version_no, and a row in
// kb_article_version with who wrote it); publishing stamps approved_by, approved_at and
// published_at and marks the version approved.
class SB_CORE_EXPORT ProblemRules
{
public:
    static bool appliesTo(const QString &type);

    static Error beforeWrite(Database &db, const RecordTypeDef &def, const Record *current,
                             const QString &toState, QVariantMap *changes, bool imported,
                             const QString &user);
    // `before` is null on creation.
    static Error afterWrite(RecordStore &store, const RecordTypeDef &def, const Record *before,
                            qint64 id, bool imported);
};

} // namespace sb
