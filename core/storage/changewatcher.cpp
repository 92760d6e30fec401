#include "changewatcher.h"

#include "workbook.h"

using namespace Qt::StringLiterals;

namespace sb {

ChangeWatcher::ChangeWatcher(Workbook &workbook, QObject *parent)
    : QObject(parent)
    , m_workbook(workbook)
{
    Result<QVariant> seq = m_workbook.db().scalar("SELECT ifnull(max(seq), 0) FROM audit");
    m_lastSeq = seq.ok() ? seq->toLongLong() : 0;
    Result<QVariant> dv = m_workbook.db().scalar("PRAGMA data_version");
    m_dataVersion = dv.ok() ? dv->toLongLong() : -1;
    connect(&m_pollTimer, &QTimer::timeout, this, &ChangeWatcher::poll);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, [this] {
        if (m_heartbeat)
            m_heartbeat();
        else
            m_workbook.heartbeat();
        refreshOthers();
    });
}

void ChangeWatcher::start(int intervalMs)
{
    m_pollTimer.start(intervalMs);
    m_heartbeatTimer.start(Presence::HeartbeatSeconds * 1000);
    refreshOthers();
}

void ChangeWatcher::stop()
{
    m_pollTimer.stop();
    m_heartbeatTimer.stop();
}

void ChangeWatcher::poll()
{
    Database &db = m_workbook.db();
    // Never wait here: this runs on the UI thread, and a workbook busy this instant is simply
    // looked at again on the next tick.
    db.setBusyTimeout(0);
    struct Restore
    {
        Database &db;
        ~Restore() { db.setBusyTimeout(ReadBusyTimeoutMs); }
    } restore {db};
    Result<QVariant> dv = db.scalar("PRAGMA data_version");
    if (!dv.ok())
        return;
    const bool otherCommitted = dv->toLongLong() != m_dataVersion;
    m_dataVersion = dv->toLongLong();

    Statement st = db.prepare(
        "SELECT c.seq, ifnull(c.record_id, 0), ifnull(r.type, ''), c.action FROM change_log c "
        "LEFT JOIN record r ON r.id = c.record_id WHERE c.seq > ?1 ORDER BY c.seq LIMIT ?2");
    st.bind(1, m_lastSeq).bind(2, MaxDetailed + 1);
    QList<ChangeEntry> changes;
    while (st.next())
        changes.append({st.int64(0), st.int64(1), st.text(2), st.text(3)});
    if (st.error().isError())
        return;
    if (changes.size() > MaxDetailed) {
        Result<QVariant> seq = db.scalar("SELECT ifnull(max(seq), 0) FROM audit");
        if (seq.ok())
            m_lastSeq = seq->toLongLong();
        Q_EMIT everythingChanged();
    } else if (!changes.isEmpty()) {
        m_lastSeq = changes.last().seq;
        Q_EMIT recordsChanged(changes);
    }
    if (otherCommitted)
        refreshOthers();
}

void ChangeWatcher::refreshOthers()
{
    Result<QList<PresenceEntry>> others = m_workbook.others();
    if (!others.ok())
        return;
    QString key;
    for (const auto &e : *others)
        key += e.sessionId + u',';
    if (key == m_othersKey)
        return;
    m_othersKey = key;
    Q_EMIT othersChanged(*others);
}

} // namespace sb
