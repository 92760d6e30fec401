#pragma once

#include "core_global.h"
#include "error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace sb {

class Workbook;
struct ImportMapping;

struct ImportProgress
{
    qint64 rows = 0; // data rows read so far
    qint64 savedRows = 0; // of which committed (0 in a dry run)
    qint64 bytesRead = 0;
    qint64 totalBytes = -1; // -1 when the input's size is unknown (a pipe)
};

struct ImportOptions
{
    // Everything is done - every row converted, checked and written - inside a transaction
    // that is rolled back at the end, so the counts and errors are exactly those of a real
    // run and the workbook is left as it was. The whole file is one transaction then.
    bool dryRun = false;
    // Rows per transaction; 0 or less makes the whole file one transaction (all or nothing).
    int batchSize = 50000;
    // Called from the importing thread every `progressInterval` rows and after each commit.
    std::function<void(const ImportProgress &)> progress;
    int progressInterval = 1000;
    // Set from any thread to stop: the batch under way is rolled back.
    const std::atomic_bool *cancel = nullptr;
};

struct ImportIssue
{
    qint64 row = 0; // the data row, counting from 1 (the header is not a row)
    qint64 line = 0; // the line of the file it starts on
    QString message; // names the line, the column and the value
};

// What an import did. Counts are what the workbook holds afterwards: rows of a batch that was
// rolled back (cancel, a fatal error) are counted in notSaved, not in created or updated.
struct SB_CORE_EXPORT ImportSummary
{
    static constexpr int MaxIssues = 10000; // kept in `issues`; `skipped` counts them all

    bool dryRun = false;
    qint64 rows = 0; // data rows read; blank lines are not rows
    qint64 records = 0; // records the rows named (with groups, up to one per group and row)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0; // rows refused, each with its reason in `issues`
    qint64 blankLines = 0; // empty or separator-only lines, passed over
    qint64 notSaved = 0; // rows done in a batch that was then rolled back
    int batches = 0; // transactions committed
    qint64 savedThroughRow = 0; // every row up to this one is saved; none after it
    qint64 savedThroughLine = 0;
    bool cancelled = false;
    // The mapping's links: made, found already there, naming no record (or several), records
    // created to link to, and refused by the write path (each with its reason in `issues`).
    bool linking = false;
    qint64 linksMade = 0;
    qint64 linksExisting = 0;
    qint64 linkTargetsMissing = 0;
    qint64 linkTargetsCreated = 0;
    qint64 linksRefused = 0;
    Error error; // what stopped the import before the end; isOk() when it ran through
    QList<ImportIssue> issues;

    bool complete() const { return error.isOk(); }
    // One translated paragraph: what was saved and what was not.
    QString describe() const;
    QJsonObject toJson() const;
};

// Imports a CSV file into records of one type through RecordStore::importCreate and
// importUpdate, in batches of rows per write transaction. A row that cannot be converted or is
// refused by the write path is skipped with its reason; the rows around it are imported. A
// fatal error (the file cannot be read or ends inside a quote, the workbook is busy, the disk
// full) or a cancel rolls back the batch under way; batches already committed stay, and the
// summary says up to which row everything is saved. A second run of the same file with a key
// finds those rows unchanged and carries on.
class SB_CORE_EXPORT CsvImport
{
public:
    static ImportSummary run(Workbook &workbook, const ImportMapping &mapping, QIODevice *input,
                             const ImportOptions &options = {});
    static ImportSummary run(Workbook &workbook, const ImportMapping &mapping, const QString &path,
                             const ImportOptions &options = {});
};

} // namespace sb
