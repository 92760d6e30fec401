#pragma once

#include "core_global.h"
#include "error.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

struct Migration
{
    int version = 0; // the schema version the workbook has after this step
    QString resource; // the SQL script in the resources
};

// The numbered SQL scripts shipped in resources/sql, in order.
SB_CORE_EXPORT QList<Migration> migrations();
// The schema version this build writes.
SB_CORE_EXPORT int latestSchemaVersion();

// Runs the steps after `from` up to and including `to`, and sets PRAGMA user_version. Must be
// called inside the caller's write transaction, so all steps land together or none does.
SB_CORE_EXPORT Error applyMigrations(Database &db, int from, int to);

} // namespace sb
