#include "error.h"

using namespace Qt::StringLiterals;

namespace sb {

Error::Error(ErrorCode code, QString message, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{ }

QString Error::fullText() const
{
    if (m_detail.isEmpty())
        return m_message;
    return m_message + u" ("_s + m_detail + u')';
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return u"ok"_s;
    case ErrorCode::InvalidInput: return u"invalid-input"_s;
    case ErrorCode::NotFound: return u"not-found"_s;
    case ErrorCode::NotAFile: return u"not-a-file"_s;
    case ErrorCode::EmptyFile: return u"empty-file"_s;
    case ErrorCode::NotSqlite: return u"not-sqlite"_s;
    case ErrorCode::NotAWorkbook: return u"not-a-workbook"_s;
    case ErrorCode::NewerSchema: return u"newer-schema"_s;
    case ErrorCode::NeedsUpgrade: return u"needs-upgrade"_s;
    case ErrorCode::CannotOpen: return u"cannot-open"_s;
    case ErrorCode::ReadOnly: return u"read-only"_s;
    case ErrorCode::Locked: return u"locked"_s;
    case ErrorCode::Busy: return u"busy"_s;
    case ErrorCode::Conflict: return u"conflict"_s;
    case ErrorCode::PermissionDenied: return u"permission-denied"_s;
    case ErrorCode::LifecycleRefused: return u"lifecycle-refused"_s;
    case ErrorCode::DiskFull: return u"disk-full"_s;
    case ErrorCode::Corrupt: return u"corrupt"_s;
    case ErrorCode::Cancelled: return u"cancelled"_s;
    case ErrorCode::Io: return u"io"_s;
    case ErrorCode::Internal: return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace sb
