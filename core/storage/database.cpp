#include "database.h"

#include <QCoreApplication>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Error sqliteError(int rc, const QString &sqliteMessage, const QString &what)
{
    QString detail = sqliteMessage;
    if (!what.isEmpty())
        detail = what + u": "_s + detail;
    detail += u" [SQLite "_s + QString::number(rc) + u']';

    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE: return {};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy,
                     Tr::tr("The workbook is busy: another user or program is saving to it."),
                     detail);
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull,
                     Tr::tr("The disk is full or the workbook reached its size limit; the change "
                            "was not saved and the workbook is unchanged."),
                     detail);
    case SQLITE_READONLY:
        return Error(ErrorCode::ReadOnly, Tr::tr("The workbook is read-only."), detail);
    case SQLITE_NOTADB:
        return Error(ErrorCode::NotSqlite, Tr::tr("The file is not a SQLite database."), detail);
    case SQLITE_CORRUPT:
        return Error(ErrorCode::Corrupt,
                     Tr::tr("The workbook file is damaged. Restore it from a backup."), detail);
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::CannotOpen, Tr::tr("The workbook file cannot be opened."), detail);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The operating system does not allow this access to the workbook."),
                     detail);
    case SQLITE_IOERR:
        if (rc == SQLITE_IOERR_NOMEM)
            break;
        return Error(ErrorCode::Io,
                     Tr::tr("The disk reported an error while reading or writing the workbook; "
                            "the change was not saved."),
                     detail);
    case SQLITE_CONSTRAINT:
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The change breaks a rule of the workbook and was not saved."), detail);
    case SQLITE_INTERRUPT:
        return Error(ErrorCode::Cancelled, Tr::tr("The operation was cancelled."), detail);
    default: break;
    }
    return Error(ErrorCode::Internal, Tr::tr("The workbook reported an unexpected error."), detail);
}

// ---- Statement -------------------------------------------------------------------------

Statement::Statement(Database *db, sqlite3_stmt *stmt, bool cached)
    : m_db(db)
    , m_stmt(stmt)
    , m_cached(cached)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cached(other.m_cached)
    , m_error(std::move(other.m_error))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cached = other.m_cached;
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cached && m_db) {
        m_db->giveBack(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (!m_stmt)
        return *this;
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob64(m_stmt, index, blob.constData(), sqlite3_uint64(blob.size()),
                        SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool: return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong: return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bind(index, value.toByteArray());
    default: return bind(index, value.toString());
    }
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_error = m_db->errorFor(rc);
        // Reset at once: a failed statement must not keep its lock.
        sqlite3_reset(m_stmt);
    }
    return false;
}

Error Statement::exec()
{
    if (!m_stmt)
        return m_error.isError() ? m_error
                                 : Error(ErrorCode::Internal, u"statement not prepared"_s);
    while (next()) { }
    Error e = m_error;
    reset();
    return e;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error = {};
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    const int n = sqlite3_column_bytes(m_stmt, column);
    // An empty text value is not NULL: keep the two apart, the audit chain hashes them apart.
    if (n == 0)
        return u""_s;
    return QString::fromUtf8(p, n);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    if (!p)
        return QByteArray();
    return QByteArray(static_cast<const char *>(p), n);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(int64(column));
    case SQLITE_FLOAT: return QVariant(real(column));
    case SQLITE_TEXT: return QVariant(text(column));
    case SQLITE_BLOB: return QVariant(blob(column));
    default: return QVariant();
    }
}

// ---- Database --------------------------------------------------------------------------

Database::Database() = default;

Database::~Database()
{
    close();
}

Error Database::open(const QString &target, bool readOnly, bool create, bool uri)
{
    close();
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // One connection per thread, never a shared cache between connections.
    flags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    if (uri)
        flags |= SQLITE_OPEN_URI;
    sqlite3 *db = nullptr;
    const QByteArray name = target.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        if (db)
            sqlite3_close_v2(db);
        return sqliteError(rc, msg, target);
    }
    sqlite3_extended_result_codes(db, 1);
    m_db = db;
    return {};
}

void Database::close()
{
    if (!m_db)
        return;
    for (sqlite3_stmt *s : std::as_const(m_cache))
        sqlite3_finalize(s);
    m_cache.clear();
    m_inUse.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_commitHookNames.clear();
    m_commitHooks.clear();
    m_txDepth = 0;
    m_txFailed = false;
}

Statement Database::prepare(const char *sql)
{
    return prepareImpl(QByteArray::fromRawData(sql, qsizetype(qstrlen(sql))));
}

Statement Database::prepare(const QByteArray &sql)
{
    return prepareImpl(sql);
}

Statement Database::prepareImpl(const QByteArray &sql)
{
    if (!m_db) {
        Statement s;
        s.m_error = Error(ErrorCode::Internal, Tr::tr("The workbook is not open."));
        return s;
    }
    auto it = m_cache.constFind(sql);
    if (it != m_cache.constEnd()) {
        sqlite3_stmt *stmt = it.value();
        bool &busy = m_inUse[stmt];
        if (!busy) {
            busy = true;
            return Statement(this, stmt, true);
        }
        // The cached one is in use further up the stack: give an uncached copy.
        sqlite3_stmt *copy = nullptr;
        const int rc =
            sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), 0, &copy, nullptr);
        if (rc != SQLITE_OK) {
            Statement s;
            s.m_error = errorFor(rc, QString::fromUtf8(sql));
            return s;
        }
        return Statement(this, copy, false);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        Statement s;
        s.m_error = errorFor(rc, QString::fromUtf8(sql));
        return s;
    }
    // Keep a deep copy of the key: callers may pass raw data of a temporary.
    m_cache.insert(QByteArray(sql.constData(), sql.size()), stmt);
    m_inUse.insert(stmt, true);
    return Statement(this, stmt, true);
}

void Database::giveBack(sqlite3_stmt *stmt)
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    auto it = m_inUse.find(stmt);
    if (it != m_inUse.end())
        it.value() = false;
}

Error Database::exec(const char *sql)
{
    if (!m_db)
        return Error(ErrorCode::Internal, Tr::tr("The workbook is not open."));
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        QString text = msg ? QString::fromUtf8(msg) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(msg);
        return sqliteError(sqlite3_extended_errcode(m_db), text);
    }
    return {};
}

Error Database::exec(const QByteArray &sql)
{
    return exec(sql.constData());
}

Result<QVariant> Database::scalar(const char *sql)
{
    Statement st = prepare(sql);
    if (!st.isValid())
        return st.error();
    if (st.next())
        return st.value(0);
    if (st.error().isError())
        return st.error();
    return QVariant();
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

void Database::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

QVariant &Database::transactionValue(const QByteArray &key)
{
    auto &slot = m_txValues[key];
    if (slot.first != m_txSerial) {
        slot.first = m_txSerial;
        slot.second = QVariant();
    }
    return slot.second;
}

bool Database::markInTransaction(const QByteArray &key)
{
    quint64 &mark = m_marks[key];
    if (mark == m_txSerial)
        return false;
    mark = m_txSerial;
    return true;
}

void Database::setCommitHook(const QByteArray &name, std::function<Error(Database &)> hook)
{
    const qsizetype i = m_commitHookNames.indexOf(name);
    if (i >= 0) {
        m_commitHooks[i] = std::move(hook);
        return;
    }
    m_commitHookNames.append(name);
    m_commitHooks.append(std::move(hook));
}

Error Database::errorFor(int rc, const QString &what) const
{
    const QString msg =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return sqliteError(rc, msg, what);
}

} // namespace sb
