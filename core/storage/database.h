#pragma once

#include "core_global.h"
#include "error.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

class Database;

// A prepared statement borrowed from the connection's cache. It is reset when it goes out of
// scope, so a read can never be left half-stepped (in rollback-journal mode that would hold a
// shared lock and block every writer).
class SB_CORE_EXPORT Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    const Error &error() const { return m_error; }

    // 1-based parameter indexes, as SQLite counts them.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const QVariant &value);
    Statement &bindNull(int index);

    // Steps once. True when a row is ready; false at the end or on error (see error()).
    bool next();
    // Steps to the end, ignoring rows. Returns the error, if any.
    Error exec();
    // Resets so the statement can run again with new bindings; bindings are cleared.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    // The column's text as UTF-8 bytes, without a copy: valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, bool cached);
    void release();

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_cached = false;
    Error m_error;
};

// How a write waits when the workbook is busy: short slices of SQLite's own busy wait,
// separated by jittered back-off, until the budget is spent or the caller cancels.
struct RetryPolicy
{
    int budgetMs = 10000;
    int sliceMs = 250;
    const std::atomic_bool *cancel = nullptr; // the user cancelled this wait
    const std::atomic_bool *stop = nullptr; // the program is shutting down: no more waiting
    // Called from the waiting thread after each busy slice with the time waited so far.
    std::function<void(int waitedMs)> onWait;
};

// One SQLite connection. Used from one thread at a time; each thread that reads or writes
// opens its own.
class SB_CORE_EXPORT Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `target` is a file path, or a file: URI when `uri` is true.
    Error open(const QString &target, bool readOnly, bool create, bool uri = false);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    Statement prepare(const char *sql);
    Statement prepare(const QByteArray &sql);
    Error exec(const char *sql);
    Error exec(const QByteArray &sql);
    Result<QVariant> scalar(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    void setBusyTimeout(int ms);

    RetryPolicy &retryPolicy() { return m_retry; }

    // Transaction state, kept by WriteTransaction.
    int transactionDepth() const { return m_txDepth; }
    // Bumped when an outermost transaction begins, so per-transaction caches know to reload.
    quint64 transactionSerial() const { return m_txSerial; }

    // Work that must happen inside every transaction just before it commits (writing
    // batched index entries, say). Registered once per connection under a name; a hook that
    // fails makes the commit fail and the transaction roll back.
    void setCommitHook(const QByteArray &name, std::function<Error(Database &)> hook);
    bool hasCommitHook(const QByteArray &name) const { return m_commitHookNames.contains(name); }
    // A value kept for the current outermost transaction, whatever object works in it (say,
    // the audit trail's last hash): empty again once another transaction begins.
    QVariant &transactionValue(const QByteArray &key);

    // Marks `key` for the current transaction; true the first time it is marked in it.
    bool markInTransaction(const QByteArray &key);
    bool isMarkedInTransaction(const QByteArray &key) const
    {
        return m_marks.value(key) == m_txSerial && m_txDepth > 0;
    }

    // Builds an Error from a SQLite result code and this connection's message.
    Error errorFor(int rc, const QString &what = {}) const;

private:
    friend class Statement;
    friend class WriteTransaction;
    Statement prepareImpl(const QByteArray &sql);
    void giveBack(sqlite3_stmt *stmt);

    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
    QHash<sqlite3_stmt *, bool> m_inUse;
    RetryPolicy m_retry;
    QHash<QByteArray, quint64> m_marks;
    QHash<QByteArray, std::pair<quint64, QVariant>> m_txValues;
    QList<QByteArray> m_commitHookNames;
    QList<std::function<Error(Database &)>> m_commitHooks;
    int m_txDepth = 0;
    bool m_txFailed = false;
    quint64 m_txSerial = 0;
};

// Maps a SQLite result code to an Error with a translated message.
SB_CORE_EXPORT Error sqliteError(int rc, const QString &sqliteMessage, const QString &what = {});

} // namespace sb
