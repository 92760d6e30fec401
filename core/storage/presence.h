#pragma once

#include "core_global.h"
#include "error.h"
#include "result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

// Who else has the workbook open. Each desktop program writes one row when it opens the
// workbook, refreshes its heartbeat every half minute, and removes the row when it closes.
// A row whose heartbeat is old, or whose process is gone on this host, is stale and ignored.
struct PresenceEntry
{
    QString sessionId;
    QString user;
    QString host;
    qint64 pid = 0;
    QString startedAt;
    QString heartbeatAt;
};

class SB_CORE_EXPORT Presence
{
public:
    static constexpr int HeartbeatSeconds = 30;
    static constexpr int StaleSeconds = 90;

    // Each writes in its own short transaction; a busy workbook skips a heartbeat rather
    // than waiting.
    static Error enter(Database &db, const PresenceEntry &self);
    static Error heartbeat(Database &db, const QString &sessionId);
    static Error leave(Database &db, const QString &sessionId);

    // Live entries other than `selfSessionId` (which may be empty).
    static Result<QList<PresenceEntry>> others(Database &db, const QString &selfSessionId);

    static QString currentHost();
    // "alice@desk-3, bob@laptop"
    static QString describe(const QList<PresenceEntry> &entries);
};

} // namespace sb
