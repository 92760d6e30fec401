#include "workbook.h"

#include "clock.h"
#include "migrations.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isLockError(const Error &e)
{
    return e.code() == ErrorCode::Busy;
}

} // namespace

void removeWorkbookFiles(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    // The folder too, so that a new name survives a power cut.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return ok;
#elif defined(Q_OS_WIN)
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(f.handle()))) != 0;
#else
    Q_UNUSED(path);
    return true;
#endif
}

QString Workbook::osUser()
{
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return u"unknown"_s;
}

QString Workbook::osUserFullName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_gecos) {
        const QString gecos = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        if (!gecos.isEmpty())
            return gecos;
    }
#endif
    return osUser();
}

Workbook::~Workbook()
{
    if (!m_sessionId.isEmpty() && !m_readOnly && m_db.isOpen())
        Presence::leave(m_db, m_sessionId);
    m_db.close();
}

Error Workbook::connect(bool readOnly, bool immutable)
{
    QString target = m_path;
    bool uri = false;
    if (immutable) {
        // An unchanging snapshot: SQLite takes no locks and needs no -shm or journal.
        target = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s;
        uri = true;
    }
    if (Error e = m_db.open(target, readOnly, false, uri); e.isError()) {
        if (e.code() == ErrorCode::CannotOpen)
            return Error(ErrorCode::CannotOpen, Tr::tr("%1 cannot be opened.").arg(shown(m_path)),
                         e.detail());
        return e;
    }
    m_readOnly = readOnly;
    m_immutable = immutable;
    // Temporary tables (pending index entries) live in memory, never in a file. The page
    // cache may grow to 64 MiB (SQLite's default is 2): at a million records the indexes that
    // take random inserts (titles) no longer fit in 2, and bulk writes slow by a fifth. The
    // memory is only taken as pages are read.
    m_db.exec("PRAGMA temp_store = MEMORY");
    m_db.exec("PRAGMA cache_size = -65536");
    m_db.setBusyTimeout(m_options.openTimeoutMs);
    m_db.retryPolicy().budgetMs = m_options.writeBudgetMs;
    return {};
}

Error Workbook::lockedError() const
{
    return Error(ErrorCode::Locked,
                 Tr::tr("%1 is locked: another program is writing to it or holds it open "
                        "exclusively. Try again in a moment, open it read-only, or cancel.")
                     .arg(shown(m_path)));
}

Error Workbook::readHeader(int *version)
{
    Result<QVariant> appId = m_db.scalar("PRAGMA application_id");
    if (!appId.ok()) {
        if (isLockError(appId.error()))
            return lockedError();
        if (appId.error().code() == ErrorCode::NotSqlite)
            return Error(ErrorCode::NotSqlite,
                         Tr::tr("%1 is not a Servicebench workbook: it is not a SQLite "
                                "database.")
                             .arg(shown(m_path)),
                         appId.error().detail());
        return appId.error();
    }
    if (quint32(appId->toLongLong()) != WorkbookApplicationId)
        return Error(ErrorCode::NotAWorkbook,
                     Tr::tr("%1 is a SQLite database of another program, not a Servicebench "
                            "workbook.")
                         .arg(shown(m_path)));
    Result<QVariant> v = m_db.scalar("PRAGMA user_version");
    if (!v.ok())
        return isLockError(v.error()) ? lockedError() : v.error();
    *version = int(v->toLongLong());
    return {};
}

QString Workbook::setting(const QString &key, const QString &fallback)
{
    Statement st = m_db.prepare("SELECT value FROM setting WHERE key = ?1");
    if (!st.isValid())
        return fallback;
    st.bind(1, key);
    if (st.next() && !st.isNull(0))
        return st.text(0);
    return fallback;
}

Error Workbook::decideStorageMode(std::optional<FileSystemKind> fsOverride)
{
    FileSystemInfo fs;
    if (fsOverride) {
        fs.kind = *fsOverride;
        fs.typeName = fs.kind == FileSystemKind::Local ? u"local"_s : u"network"_s;
    } else {
        fs = detectFileSystem(m_path);
    }
    m_markedShared = m_schemaVersion >= 1 && setting(u"shared"_s) == u"1"_s;
    const bool wantRollback = m_markedShared || fs.kind == FileSystemKind::Network;

    Result<QVariant> current = m_db.scalar("PRAGMA journal_mode");
    if (!current.ok())
        return isLockError(current.error()) ? lockedError() : current.error();
    m_journalMode = current->toString().toLower();

    if (!m_readOnly) {
        const char *wanted = wantRollback ? "delete" : "wal";
        if (m_journalMode != QLatin1String(wanted)) {
            // Switching needs a moment alone with the file; if others have it open in the
            // other mode, keep theirs and say so.
            Result<QVariant> r = m_db.scalar(wantRollback ? "PRAGMA journal_mode = DELETE"
                                                          : "PRAGMA journal_mode = WAL");
            if (r.ok())
                m_journalMode = r->toString().toLower();
        }
        if (Error e = m_db.exec(m_journalMode == u"wal"_s ? "PRAGMA synchronous = NORMAL"
                                                          : "PRAGMA synchronous = FULL");
            e.isError())
            return e;
    }
    m_mode = m_journalMode == u"wal"_s ? StorageMode::Local : StorageMode::Shared;

    if (!m_readOnly && fs.kind == FileSystemKind::Network && m_journalMode == u"wal"_s) {
        // Someone on the machine that holds the file has it open in WAL mode, and WAL does
        // not work across machines: writing from here could corrupt it. Read only, then.
        if (Error e = connect(true, false); e.isError())
            return e;
        m_readOnlyReason = Tr::tr("another program has it open in WAL mode, which is not safe "
                                  "to write over a network; it can be changed once that "
                                  "program closes it");
    }

    if (m_markedShared)
        m_storageReason = Tr::tr("marked shared");
    else if (fs.kind == FileSystemKind::Network)
        m_storageReason = Tr::tr("network or unknown file system (%1)").arg(fs.typeName);
    else
        m_storageReason = Tr::tr("local disk (%1)").arg(fs.typeName);
    if (!m_readOnly && (m_mode == StorageMode::Shared) != wantRollback)
        m_storageReason += u"; "_s
            + Tr::tr("journal left as %1 because another program has the workbook open")
                  .arg(m_journalMode);
    return {};
}

Result<std::unique_ptr<Workbook>> Workbook::open(const QString &path, const OpenOptions &options)
{
    return openImpl(path, options, false);
}

Result<std::unique_ptr<Workbook>> Workbook::openImpl(const QString &path,
                                                     const OpenOptions &options, bool acceptOlder)
{
    const QFileInfo fi(path);
    if (path.isEmpty())
        return Error(ErrorCode::NotAFile, Tr::tr("No workbook file was given."));
    if (!fi.exists())
        return Error(ErrorCode::NotFound,
                     Tr::tr("%1 does not exist.").arg(shown(fi.absoluteFilePath())));
    if (fi.isDir())
        return Error(
            ErrorCode::NotAFile,
            Tr::tr("%1 is a folder, not a workbook file.").arg(shown(fi.absoluteFilePath())));
    if (!fi.isFile())
        return Error(ErrorCode::NotAFile,
                     Tr::tr("%1 is not a regular file.").arg(shown(fi.absoluteFilePath())));

    // Look at the header before SQLite does: SQLite would happily treat an empty file as a
    // new database and write to it.
    {
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            return Error(
                ErrorCode::CannotOpen,
                Tr::tr("%1 cannot be read: %2").arg(shown(fi.absoluteFilePath()), f.errorString()));
        const QByteArray header = f.read(100);
        if (header.isEmpty())
            return Error(ErrorCode::EmptyFile,
                         Tr::tr("%1 is empty (0 bytes), so it is not a workbook. It was left "
                                "untouched; create a new workbook instead.")
                             .arg(shown(fi.absoluteFilePath())));
        if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return Error(ErrorCode::NotSqlite,
                         Tr::tr("%1 is not a Servicebench workbook: it is not a SQLite "
                                "database.")
                             .arg(shown(fi.absoluteFilePath())));
        const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
        if (appId != WorkbookApplicationId)
            return Error(ErrorCode::NotAWorkbook,
                         Tr::tr("%1 is a SQLite database of another program, not a "
                                "Servicebench workbook.")
                             .arg(shown(fi.absoluteFilePath())));
    }

    std::unique_ptr<Workbook> wb(new Workbook);
    wb->m_path = fi.absoluteFilePath();
    wb->m_user = options.user.isEmpty() ? osUser() : options.user;
    wb->m_options = options;

    bool readOnly = options.readOnly;
    if (options.readOnly) {
        wb->m_readOnlyReason = Tr::tr("opened read-only on request");
    } else if (!fi.isWritable()) {
        readOnly = true;
        wb->m_readOnlyReason = Tr::tr("the file is read-only");
    } else if (!QFileInfo(fi.absolutePath()).isWritable()) {
        // SQLite writes its journal beside the file, so a read-only folder means read-only.
        readOnly = true;
        wb->m_readOnlyReason = Tr::tr("the folder that holds it is read-only");
    }

    if (Error e = wb->connect(readOnly, false); e.isError())
        return e;
    int version = 0;
    Error header = wb->readHeader(&version);
    if (header.isError() && readOnly
        && (header.code() == ErrorCode::CannotOpen || header.code() == ErrorCode::ReadOnly)) {
        // A WAL workbook in a folder we cannot write: read it as an unchanging snapshot.
        if (Error e = wb->connect(true, true); e.isError())
            return e;
        header = wb->readHeader(&version);
        if (header.isOk())
            wb->m_readOnlyReason += u"; "_s
                + Tr::tr("changes by others will not show until "
                         "it is opened again");
    }
    if (header.isError())
        return header;
    wb->m_schemaVersion = version;

    const int latest = latestSchemaVersion();
    if (version > latest) {
        // A newer program may declare the oldest schema that can still read its files.
        const int readableFrom =
            wb->setting(u"read_compatible_from"_s, QString::number(version)).toInt();
        if (readableFrom > latest || readableFrom <= 0)
            return Error(ErrorCode::NewerSchema,
                         Tr::tr("%1 was made by a newer version of Servicebench (schema %2; "
                                "this program knows schema %3) and cannot be opened safely. "
                                "Update Servicebench to open it.")
                             .arg(shown(wb->m_path))
                             .arg(version)
                             .arg(latest));
        if (!wb->m_readOnly) {
            if (Error e = wb->connect(true, false); e.isError())
                return e;
        }
        wb->m_readOnlyReason = Tr::tr("made by a newer version of Servicebench (schema %1); "
                                      "update Servicebench to change it")
                                   .arg(version);
    } else if (version < latest && !acceptOlder) {
        if (wb->m_readOnly)
            return Error(ErrorCode::NeedsUpgrade,
                         Tr::tr("%1 was made by an older version of Servicebench and must be "
                                "upgraded before use, but it cannot be written here (%2).")
                             .arg(shown(wb->m_path), wb->m_readOnlyReason));
        if (!options.migrate)
            return Error(ErrorCode::NeedsUpgrade,
                         Tr::tr("%1 was made by an older version of Servicebench and must be "
                                "upgraded before use.")
                             .arg(shown(wb->m_path)));
        if (Error e = wb->migrate(version); e.isError())
            return e;
    }

    if (Error e = wb->decideStorageMode(options.fileSystemOverride); e.isError())
        return e;
    if (Error e = wb->m_db.exec("PRAGMA foreign_keys = ON"); e.isError())
        return e;
    wb->m_db.setBusyTimeout(qMin(options.openTimeoutMs, ReadBusyTimeoutMs));

    if (options.registerPresence && !wb->m_readOnly) {
        wb->m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        PresenceEntry self {wb->m_sessionId,
                            wb->m_user,
                            Presence::currentHost(),
                            QCoreApplication::applicationPid(),
                            {},
                            {}};
        // Housekeeping: a busy workbook at this moment is no reason to refuse the open.
        if (Presence::enter(wb->m_db, self).isError())
            wb->m_sessionId.clear();
    }
    return wb;
}

Error Workbook::migrate(int from)
{
    const int latest = latestSchemaVersion();
    if (from >= 1) {
        Result<QList<PresenceEntry>> others = Presence::others(m_db, {});
        if (others.ok() && !others->isEmpty())
            return Error(ErrorCode::Busy,
                         Tr::tr("%1 must be upgraded to schema %2, but %3 has it open. Ask them "
                                "to close it, then open it again.")
                             .arg(shown(m_path))
                             .arg(latest)
                             .arg(Presence::describe(*others)));
    }
    const QFileInfo fi(m_path);
    const QString stamp = currentUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString backup = fi.absolutePath() + u'/' + fi.completeBaseName() + u".schema"_s
        + QString::number(from) + u"-backup-"_s + stamp + u'.' + fi.suffix();
    if (Error e = backupTo(backup); e.isError())
        return Error(e.code(),
                     Tr::tr("%1 was not upgraded: the backup copy could not be written (%2).")
                         .arg(shown(m_path), e.message()),
                     e.detail());
    m_migrationBackup = backup;

    WriteTransaction tx(m_db);
    if (Error e = tx.begin(); e.isError())
        return e;
    // Another program may have upgraded it since we looked: ask again under the write lock.
    Result<QVariant> now = m_db.scalar("PRAGMA user_version");
    if (!now.ok())
        return now.error();
    if (now->toInt() >= latest) {
        m_schemaVersion = now->toInt();
        return tx.commit();
    }
    if (Error e = applyMigrations(m_db, now->toInt(), latest); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    m_schemaVersion = latest;
    return {};
}

Result<std::unique_ptr<Workbook>> Workbook::create(const QString &path,
                                                   const CreateOptions &options)
{
    const QFileInfo fi(path);
    if (path.isEmpty())
        return Error(ErrorCode::NotAFile, Tr::tr("No workbook file was given."));
    if (fi.exists())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 already exists. A new workbook never replaces an existing file; "
                            "choose another name.")
                         .arg(shown(fi.absoluteFilePath())));
    if (!QFileInfo(fi.absolutePath()).isDir())
        return Error(ErrorCode::NotFound,
                     Tr::tr("The folder %1 does not exist.").arg(shown(fi.absolutePath())));
    const int target = options.schemaVersion > 0 ? options.schemaVersion : latestSchemaVersion();

    // Claim the name first, so that two programs creating the same file cannot both win.
    {
        QFile claim(fi.absoluteFilePath());
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(ErrorCode::CannotOpen,
                         Tr::tr("%1 cannot be created: %2")
                             .arg(shown(fi.absoluteFilePath()), claim.errorString()));
    }
    const QString file = fi.absoluteFilePath();

    Error failure;
    {
        Database db;
        failure = db.open(file, false, true);
        const FileSystemKind fsKind =
            options.fileSystemOverride ? *options.fileSystemOverride : detectFileSystem(file).kind;
        const bool rollback = options.shared || fsKind == FileSystemKind::Network;
        // 8 KiB pages: fewer, shallower B-trees than SQLite's 4 KiB (a measured fifth more
        // records per second on bulk writes) without making a small change costly on a share.
        if (failure.isOk())
            failure = db.exec("PRAGMA page_size = 8192");
        if (failure.isOk())
            failure =
                db.exec(rollback ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL");
        WriteTransaction tx(db);
        if (failure.isOk())
            failure = tx.begin();
        if (failure.isOk())
            failure =
                db.exec("PRAGMA application_id = " + QByteArray::number(WorkbookApplicationId));
        if (failure.isOk())
            failure = applyMigrations(db, 0, target);
        if (failure.isOk()) {
            const QList<std::pair<QString, QString>> settings = {
                {u"workbook_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"created_at"_s, nowStored()},
                {u"created_by"_s, options.user.isEmpty() ? osUser() : options.user},
                {u"language"_s, options.language.isEmpty() ? u"en"_s : options.language},
                {u"shared"_s, options.shared ? u"1"_s : u"0"_s},
            };
            for (const auto &[key, value] : settings) {
                Statement st =
                    db.prepare("INSERT OR REPLACE INTO setting(key, value) VALUES (?1, ?2)");
                st.bind(1, key).bind(2, value);
                failure = st.exec();
                if (failure.isError())
                    break;
            }
        }
        if (failure.isOk())
            failure = tx.commit();
    }
    if (failure.isError()) {
        removeWorkbookFiles(file);
        return Error(
            failure.code(),
            Tr::tr("The workbook %1 could not be created: %2").arg(shown(file), failure.message()),
            failure.detail());
    }
    OpenOptions open;
    open.user = options.user;
    open.migrate = false;
    open.fileSystemOverride = options.fileSystemOverride;
    // A workbook made at an older schema on purpose (tests of upgrades) opens as it is.
    return openImpl(file, open, target < latestSchemaVersion());
}

Result<std::unique_ptr<Workbook>> Workbook::openAnother(bool readOnly) const
{
    std::unique_ptr<Workbook> wb(new Workbook);
    wb->m_path = m_path;
    wb->m_user = m_user;
    wb->m_options = m_options;
    wb->m_options.registerPresence = false;
    wb->m_readOnlyReason = m_readOnlyReason;
    if (Error e = wb->connect(readOnly || m_readOnly, m_immutable); e.isError())
        return e;
    wb->m_schemaVersion = m_schemaVersion;
    wb->m_mode = m_mode;
    wb->m_storageReason = m_storageReason;
    wb->m_journalMode = m_journalMode;
    wb->m_markedShared = m_markedShared;
    if (!wb->m_readOnly) {
        if (Error e = wb->m_db.exec(m_journalMode == u"wal"_s ? "PRAGMA synchronous = NORMAL"
                                                              : "PRAGMA synchronous = FULL");
            e.isError())
            return e;
    }
    if (Error e = wb->m_db.exec("PRAGMA foreign_keys = ON"); e.isError())
        return e;
    wb->m_db.setBusyTimeout(qMin(m_options.openTimeoutMs, ReadBusyTimeoutMs));
    return wb;
}

Error Workbook::requireWritable() const
{
    if (!m_readOnly)
        return {};
    return Error(
        ErrorCode::ReadOnly,
        Tr::tr("The workbook is read-only (%1); nothing can be changed.").arg(m_readOnlyReason));
}

Error Workbook::backupTo(const QString &dest)
{
    const QFileInfo fi(dest);
    if (fi.exists())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 already exists; a backup never overwrites a file.")
                         .arg(shown(fi.absoluteFilePath())));
    if (!QFileInfo(fi.absolutePath()).isDir())
        return Error(ErrorCode::NotFound,
                     Tr::tr("The folder %1 does not exist.").arg(shown(fi.absolutePath())));
    const QString partial = fi.absoluteFilePath() + u".partial"_s;
    QFile::remove(partial);

    Error failure;
    {
        Database out;
        failure = out.open(partial, false, true);
        sqlite3_backup *backup = nullptr;
        if (failure.isOk()) {
            backup = sqlite3_backup_init(out.handle(), "main", m_db.handle(), "main");
            if (!backup)
                failure = out.errorFor(sqlite3_errcode(out.handle()), partial);
        }
        if (backup) {
            int waitedMs = 0;
            for (;;) {
                const int rc = sqlite3_backup_step(backup, 4096);
                if (rc == SQLITE_DONE)
                    break;
                if (rc == SQLITE_OK)
                    continue;
                if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    && waitedMs < m_options.writeBudgetMs) {
                    QThread::msleep(20);
                    waitedMs += 20;
                    continue;
                }
                failure = sqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)), partial);
                break;
            }
            const int rc = sqlite3_backup_finish(backup);
            if (failure.isOk() && rc != SQLITE_OK)
                failure = out.errorFor(rc, partial);
        }
        // A backup is one self-contained file, whatever the journal of the original.
        if (failure.isOk())
            failure = out.exec("PRAGMA journal_mode = DELETE");
    }
    if (failure.isOk() && !syncToDisk(partial))
        failure = Error(ErrorCode::Io, Tr::tr("The backup could not be flushed to disk."));
    if (failure.isOk() && !QFile::rename(partial, fi.absoluteFilePath()))
        failure = Error(
            ErrorCode::Io,
            Tr::tr("The backup could not be given its name %1.").arg(shown(fi.absoluteFilePath())));
    if (failure.isError()) {
        QFile::remove(partial);
        QFile::remove(partial + u"-journal"_s);
        return failure;
    }
    syncToDisk(fi.absoluteFilePath());
    return {};
}

Result<QList<PresenceEntry>> Workbook::others()
{
    return Presence::others(m_db, m_sessionId);
}

void Workbook::heartbeat()
{
    if (!m_sessionId.isEmpty() && !m_readOnly)
        Presence::heartbeat(m_db, m_sessionId);
}

} // namespace sb
