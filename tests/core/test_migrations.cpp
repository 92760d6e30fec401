#include "fixtures.h"

#include "clock.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace sb;
using namespace sb::test;

TEST_CASE("the migrations are numbered steps, and a fresh workbook has all of them")
{
    const QList<Migration> steps = migrations();
    REQUIRE(steps.size() >= 2);
    for (int i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == i + 1);
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("fresh.sbw")));
    CHECK(wb->schemaVersion() == latestSchemaVersion());
    CHECK(wb->migrationBackupPath().isEmpty());
    for (const char *table : {"record", "audit", "presence", "person", "service", "link",
                              "attachment", "search_index", "lifecycle_transition", "user_role"}) {
        INFO(table);
        Statement st = wb->db().prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1");
        st.bind(1, QString::fromLatin1(table));
        REQUIRE(st.next());
        CHECK(st.int64(0) == 1);
    }
}

TEST_CASE("an older workbook is upgraded in one transaction after a backup copy is on disk")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("old.sbw"));
    {
        CreateOptions v1;
        v1.user = Admin;
        v1.schemaVersion = 1;
        auto wb = Workbook::create(path, v1);
        REQUIRE(wb.ok());
        CHECK((*wb)->schemaVersion() == 1);
        REQUIRE((*wb)
                    ->db()
                    .exec("INSERT INTO setting(key, value) VALUES ('marker', 'from v1')")
                    .isOk());
    }
    CHECK(RawSql(path).scalar(QStringLiteral("PRAGMA user_version")) == QStringLiteral("1"));

    auto wb = openAs(path);
    CHECK(wb->schemaVersion() == latestSchemaVersion());
    CHECK(RawSql(path).scalar(QStringLiteral("PRAGMA user_version"))
          == QString::number(latestSchemaVersion()));
    CHECK(wb->setting(QStringLiteral("marker")) == QStringLiteral("from v1"));
    const QString backup = wb->migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    REQUIRE(QFileInfo::exists(backup));
    // The copy is the workbook as it was: still schema 1, with its data.
    RawSql copy(backup);
    CHECK(copy.scalar(QStringLiteral("PRAGMA user_version")) == QStringLiteral("1"));
    CHECK(copy.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'marker'"))
          == QStringLiteral("from v1"));
    CHECK(copy.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'person'"))
          == QStringLiteral("0"));

    // The upgraded workbook works.
    RecordStore store(*wb);
    REQUIRE(store.bootstrap(QStringLiteral("Admin")).isOk());
    CHECK(
        store.create(QStringLiteral("service"), {{QStringLiteral("title"), QStringLiteral("Mail")}})
            .ok());
}

TEST_CASE("an upgrade is refused while another program has the workbook open")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("busy-old.sbw"));
    {
        CreateOptions v1;
        v1.schemaVersion = 1;
        REQUIRE(Workbook::create(path, v1).ok());
    }
    {
        RawSql raw(path);
        // pid 1 is alive on every host, so this presence row is a live program.
        raw.exec(
            QStringLiteral("INSERT INTO presence VALUES ('other', 'alice', '%1', 1, '%2', '%2')")
                .arg(Presence::currentHost(), nowStored()));
    }
    auto r = Workbook::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::Busy);
    CHECK(r.error().message().contains(QStringLiteral("alice@")));
    CHECK(RawSql(path).scalar(QStringLiteral("PRAGMA user_version")) == QStringLiteral("1"));

    // When alice has gone, the upgrade goes ahead.
    RawSql(path).exec("DELETE FROM presence");
    CHECK(Workbook::open(path).ok());
}

TEST_CASE("a read-only request does not upgrade, it says an upgrade is needed")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("old-ro.sbw"));
    {
        CreateOptions v1;
        v1.schemaVersion = 1;
        REQUIRE(Workbook::create(path, v1).ok());
    }
    OpenOptions ro;
    ro.readOnly = true;
    auto r = Workbook::open(path, ro);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::NeedsUpgrade);
    CHECK(RawSql(path).scalar(QStringLiteral("PRAGMA user_version")) == QStringLiteral("1"));
}
