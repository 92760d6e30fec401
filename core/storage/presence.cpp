#include "presence.h"

#include "clock.h"
#include "database.h"
#include "transaction.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace sb {

namespace {

// Presence is housekeeping: it never waits long for a busy workbook.
class ShortRetry
{
public:
    explicit ShortRetry(Database &db)
        : m_db(db)
        , m_saved(db.retryPolicy())
    {
        db.retryPolicy().budgetMs = 300;
        db.retryPolicy().sliceMs = 100;
        db.retryPolicy().onWait = nullptr;
    }
    ~ShortRetry() { m_db.retryPolicy() = m_saved; }

private:
    Database &m_db;
    RetryPolicy m_saved;
};

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace

QString Presence::currentHost()
{
    const QString h = QSysInfo::machineHostName();
    return h.isEmpty() ? u"localhost"_s : h;
}

Error Presence::enter(Database &db, const PresenceEntry &self)
{
    ShortRetry retry(db);
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    const QString now = nowStored();
    Statement st =
        db.prepare("INSERT OR REPLACE INTO presence(session_id, user_name, host, pid, started_at, "
                   "heartbeat_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    st.bind(1, self.sessionId).bind(2, self.user).bind(3, self.host).bind(4, self.pid).bind(5, now);
    if (Error e = st.exec(); e.isError())
        return e;
    // Remove rows of programs that died without saying goodbye.
    const QString staleBefore = toStoredTime(currentUtc().addSecs(-StaleSeconds * 4));
    Statement clean = db.prepare("DELETE FROM presence WHERE heartbeat_at < ?1");
    clean.bind(1, staleBefore);
    if (Error e = clean.exec(); e.isError())
        return e;
    return tx.commit();
}

Error Presence::heartbeat(Database &db, const QString &sessionId)
{
    ShortRetry retry(db);
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    Statement st = db.prepare("UPDATE presence SET heartbeat_at = ?1 WHERE session_id = ?2");
    st.bind(1, nowStored()).bind(2, sessionId);
    if (Error e = st.exec(); e.isError())
        return e;
    return tx.commit();
}

Error Presence::leave(Database &db, const QString &sessionId)
{
    ShortRetry retry(db);
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    Statement st = db.prepare("DELETE FROM presence WHERE session_id = ?1");
    st.bind(1, sessionId);
    if (Error e = st.exec(); e.isError())
        return e;
    return tx.commit();
}

Result<QList<PresenceEntry>> Presence::others(Database &db, const QString &selfSessionId)
{
    Statement st = db.prepare(
        "SELECT session_id, user_name, host, pid, started_at, heartbeat_at FROM presence "
        "WHERE heartbeat_at >= ?1 ORDER BY user_name, host");
    st.bind(1, toStoredTime(currentUtc().addSecs(-StaleSeconds)));
    QList<PresenceEntry> out;
    const QString host = currentHost();
    while (st.next()) {
        PresenceEntry e {st.text(0), st.text(1), st.text(2), st.int64(3), st.text(4), st.text(5)};
        if (e.sessionId == selfSessionId)
            continue;
        if (e.host == host && !processAlive(e.pid))
            continue;
        out.append(e);
    }
    if (st.error().isError())
        return st.error();
    return out;
}

QString Presence::describe(const QList<PresenceEntry> &entries)
{
    QStringList parts;
    for (const auto &e : entries)
        parts << e.user + u'@' + e.host;
    parts.removeDuplicates();
    return parts.join(u", "_s);
}

} // namespace sb
