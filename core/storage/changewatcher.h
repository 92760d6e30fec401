#pragma once

#include "core_global.h"
#include "presence.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace sb {

class Workbook;

struct ChangeEntry
{
    qint64 seq = 0;
    qint64 recordId = 0; // 0 for workbook-level changes (settings, roles)
    QString type; // empty when the record no longer exists
    QString action; // create, update, transition, delete, link, ...
};

// Notices what other connections commit. PRAGMA data_version (one cheap read) says whether
// anything changed since the last look; only then the change log says which records, so open
// views refresh what changed and nothing else. Also keeps this program's presence heartbeat.
class SB_CORE_EXPORT ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // More changes than this at once are reported as "everything changed".
    static constexpr int MaxDetailed = 5000;

    explicit ChangeWatcher(Workbook &workbook, QObject *parent = nullptr);

    void start(int intervalMs = 1000);
    // What a heartbeat does; by default the workbook's own, on this thread. The desktop
    // program hands it to its writer thread, so that a busy workbook never stalls the window.
    void setHeartbeat(std::function<void()> heartbeat) { m_heartbeat = std::move(heartbeat); }
    void stop();
    // Looks now, e.g. right after this program saved through another connection.
    void poll();
    qint64 lastSeq() const { return m_lastSeq; }

Q_SIGNALS:
    void recordsChanged(const QList<sb::ChangeEntry> &changes);
    // More than MaxDetailed changes: views should reload whole.
    void everythingChanged();
    void othersChanged(const QList<sb::PresenceEntry> &others);

private:
    void refreshOthers();

    Workbook &m_workbook;
    QTimer m_pollTimer;
    QTimer m_heartbeatTimer;
    qint64 m_dataVersion = -1;
    qint64 m_lastSeq = 0;
    QString m_othersKey;
    std::function<void()> m_heartbeat;
};

} // namespace sb
