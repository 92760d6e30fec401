#include "transaction.h"

#include "database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

bool isBusy(int rc)
{
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

// Runs `sql` until it is not busy, the budget is spent or the caller cancels. SQLite's own
// busy handler waits inside each slice; between slices we back off with jitter so that
// several waiting writers do not retry in lock-step.
int runWithRetry(Database &db, const char *sql, Error *error)
{
    const RetryPolicy &policy = db.retryPolicy();
    QElapsedTimer waited;
    waited.start();
    int backoffMs = 5;
    db.setBusyTimeout(qMax(0, qMin(policy.sliceMs, policy.budgetMs)));
    for (;;) {
        char *msg = nullptr;
        const int rc = sqlite3_exec(db.handle(), sql, nullptr, nullptr, &msg);
        const int ext = rc == SQLITE_OK ? SQLITE_OK : sqlite3_extended_errcode(db.handle());
        const QString text = msg ? QString::fromUtf8(msg) : QString();
        sqlite3_free(msg);
        if (rc == SQLITE_OK)
            return rc;
        if (!isBusy(rc)) {
            *error = sqliteError(ext, text);
            return rc;
        }
        const int elapsed = int(waited.elapsed());
        if (policy.onWait)
            policy.onWait(elapsed);
        if ((policy.cancel && policy.cancel->load()) || (policy.stop && policy.stop->load())) {
            *error = Error(ErrorCode::Cancelled,
                           Tr::tr("Saving was cancelled while the workbook was busy; nothing "
                                  "was changed."));
            return SQLITE_INTERRUPT;
        }
        if (elapsed >= policy.budgetMs) {
            *error = Error(ErrorCode::Busy,
                           Tr::tr("The workbook stayed busy for %n second(s): another user or "
                                  "program is holding it. Nothing was changed; try again.",
                                  nullptr, qMax(1, policy.budgetMs / 1000)),
                           text);
            return rc;
        }
        const int jitter = int(QRandomGenerator::global()->bounded(backoffMs + 1));
        QThread::msleep(ulong(qMin(backoffMs + jitter, qMax(1, policy.budgetMs - elapsed))));
        backoffMs = qMin(backoffMs * 2, 200);
    }
}
} // namespace

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{ }

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Error WriteTransaction::begin()
{
    if (m_active)
        return Error(ErrorCode::Internal, u"transaction already begun"_s);
    if (m_db.m_txDepth > 0) {
        // SQLite may have ended the transaction itself (disk full, I/O error): going on would
        // write statement by statement, each committed on its own.
        if (sqlite3_get_autocommit(m_db.handle()))
            return Error(ErrorCode::Internal,
                         Tr::tr("The change was interrupted by an earlier error; nothing was "
                                "saved."));
        if (m_db.m_txFailed)
            return Error(ErrorCode::Internal,
                         Tr::tr("An earlier step of this change failed; nothing was saved."));
        ++m_db.m_txDepth;
        m_active = true;
        m_outermost = false;
        m_changesAtBegin = sqlite3_total_changes64(m_db.handle());
        return {};
    }
    Error error;
    const int rc = runWithRetry(m_db, "BEGIN IMMEDIATE", &error);
    if (rc != SQLITE_OK)
        return error;
    m_db.m_txDepth = 1;
    m_db.m_txFailed = false;
    ++m_db.m_txSerial;
    m_active = true;
    m_outermost = true;
    return {};
}

Error WriteTransaction::commit()
{
    if (!m_active)
        return Error(ErrorCode::Internal, u"commit without begin"_s);
    if (!m_outermost) {
        --m_db.m_txDepth;
        m_active = false;
        if (sqlite3_get_autocommit(m_db.handle())) {
            m_db.m_txFailed = true;
            return Error(ErrorCode::Internal,
                         Tr::tr("The change was interrupted by an earlier error; nothing was "
                                "saved."));
        }
        return {};
    }
    if (m_db.m_txFailed) {
        rollback();
        return Error(ErrorCode::Internal,
                     Tr::tr("A step of this change failed, so none of it was saved."));
    }
    if (sqlite3_get_autocommit(m_db.handle())) {
        rollback();
        return Error(ErrorCode::Internal,
                     Tr::tr("The change was interrupted by an earlier error; nothing was "
                            "saved."));
    }
    for (const auto &hook : std::as_const(m_db.m_commitHooks)) {
        if (Error e = hook(m_db); e.isError()) {
            rollback();
            return e;
        }
    }
    Error error;
    // In rollback-journal mode COMMIT needs the exclusive lock and may wait for readers.
    const int rc = runWithRetry(m_db, "COMMIT", &error);
    if (rc != SQLITE_OK) {
        rollback();
        return error;
    }
    m_db.m_txDepth = 0;
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_outermost) {
        --m_db.m_txDepth;
        // Only a unit that wrote something leaves the transaction in a state nobody intended.
        if (sqlite3_total_changes64(m_db.handle()) != m_changesAtBegin)
            m_db.m_txFailed = true;
        return;
    }
    // ROLLBACK may find no transaction if SQLite already rolled back (disk full, I/O error).
    if (m_db.handle() && !sqlite3_get_autocommit(m_db.handle()))
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_db.m_txDepth = 0;
    m_db.m_txFailed = false;
}

} // namespace sb
