#include "fixtures.h"

#include "clock.h"
#include "records/integritycheck.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/storagemode.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace sb;
using namespace sb::test;

TEST_CASE("a new workbook opens with its schema, application id and local WAL journal")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("a.sbw"));
    newWorkbook(path);
    // Where the test's temporary folder lives is the machine's business: say it is local.
    OpenOptions local;
    local.fileSystemOverride = FileSystemKind::Local;
    auto wb = openAs(path, Admin, local);
    CHECK(wb->schemaVersion() == latestSchemaVersion());
    CHECK_FALSE(wb->isReadOnly());
    CHECK(wb->db().scalar("PRAGMA application_id")->toLongLong() == qint64(WorkbookApplicationId));
    CHECK(wb->db().scalar("PRAGMA foreign_keys")->toLongLong() == 1);
    CHECK(wb->storageMode() == StorageMode::Local);
    CHECK(wb->journalMode() == QStringLiteral("wal"));
}

TEST_CASE("file systems: anything not known to be local is treated as shared storage")
{
    // The folder of this test is on some file system the detection can name.
    TempDir t;
    CHECK_FALSE(detectFileSystem(t.file(QStringLiteral("x.sbw"))).typeName.isEmpty());
    CHECK(classifyFileSystemType("ext4") == FileSystemKind::Local);
    CHECK(classifyFileSystemType("btrfs") == FileSystemKind::Local);
    CHECK(classifyFileSystemType("NTFS") == FileSystemKind::Local);
    CHECK(classifyFileSystemType("nfs4") == FileSystemKind::Network);
    CHECK(classifyFileSystemType("cifs") == FileSystemKind::Network);
    CHECK(classifyFileSystemType("smb3") == FileSystemKind::Network);
    CHECK(classifyFileSystemType("fuse.sshfs") == FileSystemKind::Network);
    CHECK(classifyFileSystemType("fuseblk") == FileSystemKind::Network);
    CHECK(classifyFileSystemType("9p") == FileSystemKind::Network);
    CHECK(classifyFileSystemType("afs") == FileSystemKind::Network);
    CHECK(classifyFileSystemType("something-new") == FileSystemKind::Network);
}

TEST_CASE("a workbook on a network file system, or marked shared, uses the rollback journal")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("n.sbw"));
    newWorkbook(path);
    OpenOptions net;
    net.fileSystemOverride = FileSystemKind::Network;
    auto onNetwork = openAs(path, Admin, net);
    CHECK(onNetwork->storageMode() == StorageMode::Shared);
    CHECK(onNetwork->journalMode() == QStringLiteral("delete"));
    CHECK(onNetwork->db().scalar("PRAGMA synchronous")->toLongLong() == 2);
    onNetwork.reset();

    // Back on a local disk it returns to WAL...
    OpenOptions onDisk;
    onDisk.fileSystemOverride = FileSystemKind::Local;
    auto local = openAs(path, Admin, onDisk);
    CHECK(local->journalMode() == QStringLiteral("wal"));
    CHECK(local->db().scalar("PRAGMA synchronous")->toLongLong() == 1);
    // ...unless the workbook itself says it is shared.
    RecordStore store(*local);
    REQUIRE(store.setSetting(QStringLiteral("shared"), QStringLiteral("1")).isOk());
    local.reset();
    auto marked = openAs(path, Admin, onDisk);
    CHECK(marked->isMarkedShared());
    CHECK(marked->storageMode() == StorageMode::Shared);
    CHECK(marked->journalMode() == QStringLiteral("delete"));

    TempDir t2;
    CreateOptions shared;
    shared.shared = true;
    newWorkbook(t2.file(QStringLiteral("s.sbw")), shared);
    CHECK(openAs(t2.file(QStringLiteral("s.sbw")))->journalMode() == QStringLiteral("delete"));
}

TEST_CASE("opening refuses what is not a workbook, with a clear error, and changes nothing")
{
    TempDir t;
    SECTION("missing")
    {
        auto r = Workbook::open(t.file(QStringLiteral("missing.sbw")));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::NotFound);
        CHECK(r.error().message().contains(QStringLiteral("does not exist")));
    }
    SECTION("a folder")
    {
        auto r = Workbook::open(t.dir.path());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::NotAFile);
    }
    SECTION("an empty file is never initialised")
    {
        const QString p = t.file(QStringLiteral("empty.sbw"));
        QFile f(p);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        auto r = Workbook::open(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::EmptyFile);
        CHECK(QFileInfo(p).size() == 0);
        // Creating over it is refused too.
        auto c = Workbook::create(p);
        REQUIRE_FALSE(c.ok());
        CHECK(QFileInfo(p).size() == 0);
    }
    SECTION("a text file")
    {
        const QString p = t.file(QStringLiteral("notes.sbw"));
        QFile f(p);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300, 'a'));
        f.close();
        auto r = Workbook::open(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::NotSqlite);
        CHECK(QFileInfo(p).size() == 300);
    }
    SECTION("another program's SQLite database")
    {
        const QString p = t.file(QStringLiteral("other.db"));
        {
            sqlite3 *db = nullptr;
            sqlite3_open(p.toUtf8().constData(), &db);
            sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                         nullptr);
            sqlite3_close(db);
        }
        auto r = Workbook::open(p);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::NotAWorkbook);
        CHECK(RawSql(p).scalar(QStringLiteral("SELECT count(*) FROM t")) == QStringLiteral("1"));
    }
}

TEST_CASE(
    "a workbook from a newer schema opens read-only when it says that is safe, else not at all")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("newer.sbw"));
    newWorkbook(path);
    const int future = latestSchemaVersion() + 1;
    {
        RawSql raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future));
    }
    auto ro = openAs(path);
    CHECK(ro->isReadOnly());
    CHECK(ro->readOnlyReason().contains(QStringLiteral("newer")));
    RecordStore store(*ro);
    auto r = store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("x")}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::ReadOnly);
    ro.reset();

    {
        RawSql raw(path);
        raw.exec(
            QStringLiteral("UPDATE setting SET value = '%1' WHERE key = 'read_compatible_from'")
                .arg(future));
    }
    auto refused = Workbook::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::NewerSchema);
    CHECK(RawSql(path).scalar(QStringLiteral("PRAGMA user_version")) == QString::number(future));
}

TEST_CASE("creating never replaces an existing file")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("a.sbw"));
    newWorkbook(path);
    auto again = Workbook::create(path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code() == ErrorCode::InvalidInput);
    CHECK(openAs(path)->schemaVersion() == latestSchemaVersion());
}

#ifdef Q_OS_UNIX
namespace {
// Runs the helper as an unprivileged user when we are root (root ignores file permissions).
// The helper and the core library are copied to a folder that user can reach: the build tree
// may sit under a home folder closed to others.
QJsonObject openReportAsUnprivileged(const QString &path, const QString &toolsDir)
{
    QProcess p;
    QString helper = QStringLiteral(SB_TESTHELPER);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (::geteuid() == 0) {
        const QFileInfo original(helper);
        const QDir from = original.dir();
        for (const QString &name :
             from.entryList({QStringLiteral("libservicebench-core.so*")}, QDir::Files)) {
            QFile::remove(toolsDir + u'/' + name);
            REQUIRE(QFile::copy(from.filePath(name), toolsDir + u'/' + name));
        }
        helper = toolsDir + u'/' + original.fileName();
        QFile::remove(helper);
        REQUIRE(QFile::copy(original.absoluteFilePath(), helper));
        for (const QString &name : QDir(toolsDir).entryList(QDir::Files))
            QFile::setPermissions(toolsDir + u'/' + name,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther);
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), toolsDir);
        p.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    p.setProcessEnvironment(env);
    p.setProgram(helper);
    p.setArguments({QStringLiteral("open-report"), path});
    p.start();
    REQUIRE(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    INFO("helper said: " << out.constData() << p.readAllStandardError().constData());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(out).object();
}
} // namespace

TEST_CASE("a read-only file or folder opens read-only and says why")
{
    TempDir t;
    const QString dir = t.file(QStringLiteral("ro"));
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/a.sbw");
    const QString tools = t.file(QStringLiteral("tools"));
    QDir().mkpath(tools);
    QFile::setPermissions(tools,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    newWorkbook(path);
    // World-readable so the unprivileged helper can reach it.
    QFile::setPermissions(t.dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);

    SECTION("read-only file in a writable folder")
    {
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                  | QFileDevice::WriteOther | QFileDevice::ExeOther);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QJsonObject r = openReportAsUnprivileged(path, tools);
        CHECK(r.value(QStringLiteral("ok")).toBool());
        CHECK(r.value(QStringLiteral("readOnly")).toBool());
        CHECK(r.value(QStringLiteral("reason")).toString()
              == QStringLiteral("the file is read-only"));
        CHECK(r.value(QStringLiteral("writeCode")).toString() == QStringLiteral("read-only"));
    }
    SECTION("writable file in a read-only folder")
    {
        QFile::setPermissions(path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther);
        QFile::setPermissions(dir,
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QJsonObject r = openReportAsUnprivileged(path, tools);
        CHECK(r.value(QStringLiteral("ok")).toBool());
        CHECK(r.value(QStringLiteral("readOnly")).toBool());
        CHECK(r.value(QStringLiteral("reason")).toString().contains(QStringLiteral("folder")));
        CHECK(r.value(QStringLiteral("writeCode")).toString() == QStringLiteral("read-only"));
    }
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Nothing was lost or changed by the attempts.
    auto wb = openAs(path);
    CHECK(wb->db().scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong() == 0);
}
#endif

TEST_CASE("a locked workbook is reported as locked, not as broken")
{
    TempDir t;
    CreateOptions shared;
    shared.shared = true;
    const QString path = t.file(QStringLiteral("locked.sbw"));
    newWorkbook(path, shared);
    RawSql holder(path);
    // In rollback-journal mode an exclusive lock keeps every reader out.
    REQUIRE(holder.exec("BEGIN EXCLUSIVE") == SQLITE_OK);
    OpenOptions o;
    o.openTimeoutMs = 200;
    auto r = Workbook::open(path, o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::Locked);
    CHECK(r.error().message().contains(QStringLiteral("locked")));
    holder.exec("ROLLBACK");
    CHECK(Workbook::open(path, o).ok());
}

TEST_CASE("the write path rolls back whole: nested units commit only at the outermost")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("tx.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    Database &db = wb->db();

    SECTION("an outer unit that ends without commit undoes the nested ones")
    {
        {
            WriteTransaction outer(db);
            REQUIRE(outer.begin().isOk());
            REQUIRE(store
                        .create(QStringLiteral("task"),
                                {{QStringLiteral("title"), QStringLiteral("a")}})
                        .ok());
            REQUIRE(store
                        .create(QStringLiteral("task"),
                                {{QStringLiteral("title"), QStringLiteral("b")}})
                        .ok());
            // leaves scope: rolled back
        }
        CHECK(db.scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong() == 0);
        CHECK(db.scalar("SELECT next_number FROM record_type WHERE type = 'task'")->toLongLong()
              == 1);
    }
    SECTION("a nested unit that failed after writing makes the outer commit fail")
    {
        WriteTransaction outer(db);
        REQUIRE(outer.begin().isOk());
        REQUIRE(
            store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("a")}})
                .ok());
        {
            WriteTransaction inner(db);
            REQUIRE(inner.begin().isOk());
            REQUIRE(db.exec("UPDATE record SET title = 'half' WHERE type = 'task'").isOk());
            // no commit: this unit failed midway
        }
        const Error e = outer.commit();
        CHECK(e.isError());
        CHECK(db.scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong() == 0);
    }
    SECTION("a nested unit refused before writing leaves the outer unit free to go on")
    {
        WriteTransaction outer(db);
        REQUIRE(outer.begin().isOk());
        REQUIRE(
            store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("a")}})
                .ok());
        auto bad = store.create(QStringLiteral("task"),
                                {{QStringLiteral("priority"), QStringLiteral("9")},
                                 {QStringLiteral("title"), QStringLiteral("b")}});
        CHECK_FALSE(bad.ok());
        REQUIRE(outer.commit().isOk());
        CHECK(db.scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong() == 1);
    }
}

TEST_CASE("a busy workbook makes a write wait, then give up or cancel, and change nothing")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("busy.sbw"));
    newWorkbook(path);
    auto holder = openAs(path);
    auto writer = openAs(path);
    WriteTransaction held(holder->db());
    REQUIRE(held.begin().isOk());

    RecordStore store(*writer);
    writer->db().retryPolicy().budgetMs = 300;
    writer->db().retryPolicy().sliceMs = 50;
    int waits = 0;
    writer->db().retryPolicy().onWait = [&](int) {
        ++waits;
    };
    auto r = store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("x")}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::Busy);
    CHECK(waits >= 2);

    std::atomic_bool cancel {true};
    writer->db().retryPolicy().cancel = &cancel;
    writer->db().retryPolicy().budgetMs = 60000;
    auto c = store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("x")}});
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code() == ErrorCode::Cancelled);
    writer->db().retryPolicy().cancel = nullptr;

    held.rollback();
    writer->db().retryPolicy().budgetMs = 2000;
    CHECK(store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("x")}})
              .ok());
    CHECK(writer->db().scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong()
          == 1);
}

TEST_CASE("a full disk gives a clear error and leaves the workbook intact")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("full.sbw"));
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        REQUIRE(
            store
                .create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("kept")}})
                .ok());
    }
    auto wb = openAs(path);
    const qint64 pages = wb->db().scalar("PRAGMA page_count")->toLongLong();
    // The file may grow by a few pages, then the "disk" is full.
    REQUIRE(wb->db()
                .exec(QByteArray("PRAGMA max_page_count = ") + QByteArray::number(pages + 3))
                .isOk());
    RecordStore store(*wb);
    Error failure;
    int written = 0;
    for (int i = 0; i < 2000 && failure.isOk(); ++i) {
        auto r = store.create(QStringLiteral("task"),
                              {{QStringLiteral("title"), QStringLiteral("filler %1").arg(i)},
                               {QStringLiteral("description"), QString(3000, QLatin1Char('y'))}});
        if (r.ok())
            ++written;
        else
            failure = r.error();
    }
    REQUIRE(failure.isError());
    CHECK(failure.code() == ErrorCode::DiskFull);
    CHECK(failure.message().contains(QStringLiteral("disk is full")));
    wb.reset();

    auto again = openAs(path);
    CHECK(again->db().scalar("PRAGMA integrity_check")->toString() == QStringLiteral("ok"));
    CHECK(again->db().scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong()
          == 1 + written);
    CHECK(again->db().scalar("SELECT count(*) FROM record WHERE title = 'kept'")->toLongLong()
          == 1);
    auto report = IntegrityCheck::run(*again);
    REQUIRE(report.ok());
    CHECK(report->healthy());
}

TEST_CASE("a backup is a complete workbook and never overwrites a file")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("b.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    for (int i = 0; i < 20; ++i)
        REQUIRE(store
                    .create(QStringLiteral("task"),
                            {{QStringLiteral("title"), QStringLiteral("t%1").arg(i)}})
                    .ok());
    const QString dest = t.file(QStringLiteral("copy.sbw"));
    REQUIRE(wb->backupTo(dest).isOk());
    CHECK_FALSE(QFile::exists(dest + QStringLiteral(".partial")));
    OpenOptions local;
    local.fileSystemOverride = FileSystemKind::Local;
    auto copy = openAs(dest, Admin, local);
    CHECK(copy->db().scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong() == 20);
    CHECK(copy->journalMode() == QStringLiteral("wal"));
    const Error again = wb->backupTo(dest);
    CHECK(again.code() == ErrorCode::InvalidInput);
}

TEST_CASE("stored times are UTC, ISO 8601 with milliseconds, and read back to the same moment")
{
    for (const qint64 ms : {qint64(0), qint64(1700000000123), qint64(951782400000),
                            qint64(4102444799999), qint64(-1), qint64(-86400001)}) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString stored = toStoredTime(t);
        CHECK(stored == t.toString(Qt::ISODateWithMs));
        CHECK(fromStoredTime(stored).toMSecsSinceEpoch() == ms);
    }
    // A local time is stored as the same moment in UTC.
    const QDateTime local(QDate(2026, 3, 29), QTime(3, 30),
                          QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    CHECK(toStoredTime(local) == QStringLiteral("2026-03-29T01:30:00.000Z"));
    CHECK(nowStored().endsWith(QLatin1Char('Z')));
}
