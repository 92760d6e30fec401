#pragma once

#include "core_global.h"

#include <QString>

namespace sb {

// What went wrong, for code. The message is for people (already translated), the detail is
// the technical cause (SQLite's own words, a path) for logs and --verbose output.
enum class ErrorCode {
    Ok = 0,
    InvalidInput, // a value, a field name, a CSV row: the input is wrong
    NotFound, // no such record, file or field
    NotAFile, // a folder, a device, a missing path
    EmptyFile, // a zero-byte file: never initialised silently
    NotSqlite, // a file that is not a SQLite database
    NotAWorkbook, // a SQLite database of some other program
    NewerSchema, // made by a newer Servicebench, cannot be opened safely
    NeedsUpgrade, // older schema but the file cannot be written to upgrade it
    CannotOpen, // any other reason a file cannot be opened
    ReadOnly, // a write on a read-only workbook
    Locked, // another process holds the file at open
    Busy, // still busy after retries
    Conflict, // stale version: someone else saved first
    PermissionDenied, // the acting user's roles do not allow it
    LifecycleRefused, // a transition the lifecycle does not allow, or a required field missing
    DiskFull,
    Corrupt, // the database file is damaged
    Cancelled,
    Io,
    Internal,
};

class SB_CORE_EXPORT Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString detail = {});

    bool isOk() const { return m_code == ErrorCode::Ok; }
    bool isError() const { return m_code != ErrorCode::Ok; }
    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }

    // The message with the technical detail appended, for logs and verbose output.
    QString fullText() const;

    // A stable, untranslated name for the code ("conflict", "busy"), used in --json output.
    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code = ErrorCode::Ok;
    QString m_message;
    QString m_detail;
};

} // namespace sb
