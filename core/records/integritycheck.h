#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace sb {

class Workbook;
class Database;

struct CheckIssue
{
    QString
        kind; // sqlite, foreign-key, search, chain, anchor, record, link, attachment, role, counter
    QString subject; // "SVC-12", "audit entry 1234", a table name
    QString message; // translated, one line
};

struct CheckReport
{
    QList<CheckIssue> issues;
    qint64 auditEntries = 0;
    qint64 records = 0;
    qint64 lastSeq = 0;
    QString lastHash;
    bool healthy() const { return issues.isEmpty(); }
};

// `servicebench check`: SQLite's own integrity check, foreign keys, the full-text index, the
// audit chain (recomputed entry by entry; the first broken entry is named), and every record,
// link, attachment and role grant compared with what the audit trail says it should be - so a
// row edited with plain SQL is found and named. Runs in one read transaction, a consistent
// snapshot; in shared (rollback-journal) mode writers wait while it reads.
class SB_CORE_EXPORT IntegrityCheck
{
public:
    // Called between stages with the stage's name; return false to cancel.
    using Progress = std::function<bool(const QString &stage)>;

    // deep: also SQLite's check of the full-text index, which holds the workbook's write lock
    // while it reads the whole index (seconds at a million records), so others wait to save.
    static Result<CheckReport> run(Workbook &workbook, const Progress &progress = {},
                                   bool deep = false);

    // The latest entry's sequence number and hash, "SEQ:HASH", to keep outside the file.
    static Result<QString> anchor(Database &db);
    // An issue when the anchored entry is missing or differs (the trail was rewritten or cut).
    static Result<QList<CheckIssue>> verifyAnchor(Database &db, const QString &anchor);
};

} // namespace sb
