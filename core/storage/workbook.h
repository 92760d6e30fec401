#pragma once

#include "core_global.h"
#include "database.h"
#include "presence.h"
#include "result.h"
#include "storagemode.h"

#include <QString>

#include <memory>
#include <optional>

namespace sb {

// PRAGMA application_id of every workbook: "SbWb" in ASCII.
inline constexpr quint32 WorkbookApplicationId = 0x53625762;
// How long a read waits for a writer that holds the workbook, once it is open: short, since
// in rollback-journal mode a commit keeps readers out only for moments.
inline constexpr int ReadBusyTimeoutMs = 250;

// Local: WAL journal, synchronous=NORMAL. Shared: rollback journal (DELETE), synchronous=FULL,
// used on network file systems and for workbooks marked shared, wherever they are opened.
enum class StorageMode { Local, Shared };

struct OpenOptions
{
    QString user; // acting user; empty: the operating system's login
    bool readOnly = false; // open read-only even if the file could be written
    bool migrate = true; // upgrade an older schema (after a backup copy)
    int writeBudgetMs = 10000; // how long a write retries a busy workbook
    int openTimeoutMs = 3000; // how long opening waits for a lock before saying "locked"
    bool registerPresence = false; // the desktop program says who it is; the CLI does not
    std::optional<FileSystemKind> fileSystemOverride; // tests: pretend the file is elsewhere
};

struct CreateOptions
{
    QString user;
    bool shared = false; // mark the workbook shared: rollback journal wherever it is opened
    QString language; // "en" or "zh_CN": the language of demo data and reports
    int schemaVersion = 0; // 0: the latest. Tests create older workbooks with it.
    std::optional<FileSystemKind> fileSystemOverride;
};

class SB_CORE_EXPORT Workbook
{
public:
    static Result<std::unique_ptr<Workbook>> open(const QString &path,
                                                  const OpenOptions &options = {});
    // Creates a new, empty workbook; refuses any existing file, even an empty one.
    static Result<std::unique_ptr<Workbook>> create(const QString &path,
                                                    const CreateOptions &options = {});
    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    // A second connection to the same file for another thread: same user and storage mode,
    // no migration, no presence row.
    Result<std::unique_ptr<Workbook>> openAnother(bool readOnly) const;

    Database &db() { return m_db; }
    const QString &path() const { return m_path; }
    const QString &user() const { return m_user; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the workbook is read-only, for the status bar; empty when it is writable.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    StorageMode storageMode() const { return m_mode; }
    // Why that storage mode, e.g. "local disk (ext4)" or "network file system (nfs4)".
    const QString &storageReason() const { return m_storageReason; }
    const QString &journalMode() const { return m_journalMode; }
    bool isMarkedShared() const { return m_markedShared; }
    int schemaVersion() const { return m_schemaVersion; }
    // Set when opening upgraded the workbook: where the copy taken before it went.
    const QString &migrationBackupPath() const { return m_migrationBackup; }
    const QString &sessionId() const { return m_sessionId; }

    // ReadOnly error (with the reason) when the workbook cannot be written.
    Error requireWritable() const;
    QString setting(const QString &key, const QString &fallback = {});

    // A consistent copy through SQLite's backup API, written beside DEST and renamed into
    // place after it is on disk; never overwrites an existing file.
    Error backupTo(const QString &dest);

    // Presence of other programs, and this program's heartbeat.
    Result<QList<PresenceEntry>> others();
    void heartbeat();

    static QString osUser();
    // The operating system's full name for the login, or the login when it has none.
    static QString osUserFullName();

private:
    Workbook() = default;
    static Result<std::unique_ptr<Workbook>> openImpl(const QString &path,
                                                      const OpenOptions &options, bool acceptOlder);
    Error connect(bool readOnly, bool immutable);
    Error readHeader(int *version);
    Error decideStorageMode(std::optional<FileSystemKind> fsOverride);
    Error migrate(int from);
    Error lockedError() const;

    Database m_db;
    QString m_path;
    QString m_user;
    OpenOptions m_options;
    bool m_readOnly = false;
    bool m_immutable = false;
    QString m_readOnlyReason;
    StorageMode m_mode = StorageMode::Local;
    QString m_storageReason;
    QString m_journalMode;
    bool m_markedShared = false;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    QString m_sessionId;
};

// Removes a workbook file and the journal files SQLite keeps beside it (for a workbook that
// was only half made; never call it on one that holds anybody's records).
SB_CORE_EXPORT void removeWorkbookFiles(const QString &path);

// Flushes a file (and on POSIX the folder that holds it) to stable storage.
SB_CORE_EXPORT bool syncToDisk(const QString &path);

} // namespace sb
