// Assets and licences (R-AST-1): licence use against entitlements, warranties running out, the
// asset register and its CSV export for finance, and the `servicebench asset` commands.
#include "cmdbfixtures.h"

#include "clock.h"
#include "cmdb/assets.h"
#include "cmdb/impact.h"
#include "demo/demodata.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

qint64 ci(RecordStore &store, const QString &name, const QString &type, QVariantMap more = {},
          const QString &state = {})
{
    more.insert(u"title"_s, name);
    more.insert(u"ci_type"_s, type);
    Result<RecordRef> r = store.create(u"ci"_s, more);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    if (!state.isEmpty()) {
        REQUIRE(store.transition(r->id, u"live"_s).ok());
        if (state != u"live"_s)
            REQUIRE(store.transition(r->id, state).ok());
    }
    return r->id;
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A device whose writes fail, as a full disk makes them fail.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(u"No space left on device"_s);
        return -1;
    }
};

// The CMDB every test here starts from, `today` being 2026-11-22.
struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workbook> wb = newWorkbook(dir.file(u"assets.sbw"_s));
    RecordStore store {*wb};
    const QDate today {2026, 11, 22};
    qint64 office = 0;
    qint64 hq = 0;

    Fixture()
    {
        hq = ci(store, u"Headquarters"_s, u"location"_s);
        // Two seats, three machines using them (a retired one no longer counts): over-used.
        office = ci(store, u"Office suite"_s, u"licence"_s,
                    {{u"subtype"_s, u"Per user"_s},
                     {u"licence_entitlements"_s, 2},
                     {u"licence_expires"_s, day(today.addDays(10))},
                     {u"cost"_s, 1200.5},
                     {u"supplier"_s, u"Contoso"_s}},
                    u"live"_s);
        ci(store, u"Old antivirus"_s, u"licence"_s,
           {{u"subtype"_s, u"Site"_s}, {u"licence_expires"_s, day(today.addDays(-3))}});
        const qint64 db =
            ci(store, u"Database engine"_s, u"licence"_s,
               {{u"licence_entitlements"_s, 8}, {u"licence_expires"_s, day(today.addDays(400))}});
        const qint64 a = ci(store, u"lt-01"_s, u"end_user_device"_s,
                            {{u"asset_tag"_s, u"AT-1"_s},
                             {u"serial_number"_s, u"SN1"_s},
                             {u"purchase_date"_s, u"2024-01-15"_s},
                             {u"cost"_s, 999.0},
                             {u"cost_centre"_s, u"CC-100"_s},
                             {u"supplier"_s, u"Northwind, \"Computers\""_s},
                             {u"warranty_end"_s, day(today.addDays(5))},
                             {u"owner"_s, Admin}},
                            u"live"_s);
        const qint64 b = ci(store, u"lt-02"_s, u"end_user_device"_s,
                            {{u"asset_tag"_s, u"AT-2"_s},
                             {u"warranty_end"_s, day(today.addDays(40))},
                             {u"location"_s, u"Room 4"_s}},
                            u"live"_s);
        const qint64 c = ci(store, u"lt-03"_s, u"end_user_device"_s,
                            {{u"warranty_end"_s, day(today.addDays(-1))}}, u"live"_s);
        const qint64 old = ci(store, u"lt-04"_s, u"end_user_device"_s,
                              {{u"warranty_end"_s, day(today.addDays(3))}}, u"retired"_s);
        for (qint64 d : {a, b, c, old})
            relate(store, d, u"licensed_by"_s, office);
        relate(store, a, u"located_in"_s, hq);
        const qint64 srv = ci(store, u"db-host-01"_s, u"physical_server"_s, {}, u"live"_s);
        relate(store, srv, u"licensed_by"_s, db);
        // Nothing financial about it: not in the register.
        ci(store, u"Payroll"_s, u"business_service"_s);
    }
};

} // namespace

TEST_CASE("licence use against entitlements, and licences running out", "[assets]")
{
    Fixture f;
    Assets assets(f.wb->db());
    Result<QList<LicenceUsage>> list = assets.licences(f.today, 30);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    const LicenceUsage &db = list->at(0);
    const LicenceUsage &office = list->at(1);
    const LicenceUsage &av = list->at(2);
    CHECK(db.name == u"Database engine"_s);
    CHECK(db.installations == 1);
    CHECK_FALSE(db.overUsed);
    CHECK_FALSE(db.expiringSoon);
    CHECK(db.daysToExpiry == 400);

    CHECK(office.name == u"Office suite"_s);
    CHECK(office.subtype == u"Per user"_s);
    CHECK(office.entitlements == 2);
    CHECK(office.installations == 3); // lt-04 is retired
    CHECK(office.overUsed);
    CHECK(office.expiringSoon);
    CHECK_FALSE(office.expired);
    CHECK(office.daysToExpiry == 10);

    CHECK(av.name == u"Old antivirus"_s);
    CHECK(av.entitlements == -1); // a site licence counts no seats
    CHECK_FALSE(av.overUsed);
    CHECK(av.expired);
    CHECK_FALSE(av.expiringSoon);
    CHECK(av.daysToExpiry == -3);

    // A shorter window: the office suite no longer expires "soon".
    Result<QList<LicenceUsage>> week = assets.licences(f.today, 7);
    REQUIRE(week.ok());
    CHECK_FALSE(week->at(1).expiringSoon);
}

TEST_CASE("warranties ending within a number of days, soonest first", "[assets]")
{
    Fixture f;
    Assets assets(f.wb->db());
    Result<QList<WarrantyEnd>> month = assets.warranties(f.today, 30);
    REQUIRE(month.ok());
    // lt-03's has ended, lt-04 is retired, lt-02's ends in 40 days.
    REQUIRE(month->size() == 1);
    CHECK(month->at(0).name == u"lt-01"_s);
    CHECK(month->at(0).daysLeft == 5);
    CHECK(month->at(0).assetTag == u"AT-1"_s);
    CHECK(month->at(0).location == u"Headquarters"_s); // from its located_in link
    CHECK(month->at(0).owner == Admin);

    Result<QList<WarrantyEnd>> two = assets.warranties(f.today, 60);
    REQUIRE(two.ok());
    REQUIRE(two->size() == 2);
    CHECK(two->at(1).name == u"lt-02"_s);
    CHECK(two->at(1).location == u"Room 4"_s); // its own location first
    CHECK(two->at(1).daysLeft == 40);

    // The day itself counts.
    Result<QList<WarrantyEnd>> today = assets.warranties(f.today.addDays(5), 0);
    REQUIRE(today.ok());
    REQUIRE(today->size() == 1);
    CHECK(today->at(0).daysLeft == 0);

    CHECK(assets.warranties(f.today, -1).error().code() == ErrorCode::InvalidInput);
}

TEST_CASE("the asset register and its CSV export for finance", "[assets]")
{
    Fixture f;
    Assets assets(f.wb->db());
    Result<QList<AssetEntry>> reg = assets.assetRegister();
    REQUIRE(reg.ok());
    QStringList names;
    for (const AssetEntry &a : *reg)
        names << a.name;
    // By type, then name; the server (no asset data, no licence) and the service are not in it.
    CHECK(names
          == QStringList {u"lt-01"_s, u"lt-02"_s, u"lt-03"_s, u"lt-04"_s, u"Database engine"_s,
                          u"Office suite"_s, u"Old antivirus"_s});

    const QString path = f.dir.file(u"assets.csv"_s);
    Result<qint64> rows = assets.exportCsv(path, false);
    REQUIRE(rows.ok());
    CHECK(*rows == 7);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    file.close();
    const QList<QByteArray> lines = csv.split('\n');
    REQUIRE(lines.size() == 9); // header, seven rows, and nothing after the last line end
    CHECK(lines[0]
          == "human_id,name,ci_type,subtype,state,asset_tag,serial_number,purchase_date,cost,"
             "cost_centre,supplier,warranty_end,location,owner,licence_entitlements,"
             "licence_installations\r");
    Result<Record> lt = f.store.load(f.wb->db()
                                         .scalar("SELECT id FROM record WHERE title = "
                                                 "'lt-01'")
                                         ->toLongLong());
    REQUIRE(lt.ok());
    // RFC 4180: the supplier holds a comma and quotes, so it is quoted with the quotes doubled.
    CHECK(lines[1]
          == (lt->humanId
              + u",lt-01,end_user_device,,live,AT-1,SN1,2024-01-15,999.00,CC-100,\"Northwind, "
                "\"\"Computers\"\"\",2026-11-27,Headquarters,tester,,\r"_s)
                 .toUtf8());
    CHECK(lines[6].contains(",Office suite,licence,Per user,live,,,,1200.50,,Contoso,,,,2,3\r"));
    CHECK(lines[7].contains(",Old antivirus,licence,Site,planned,,,,,,,,,,,0\r"));
    CHECK(lines[8].isEmpty());

    // An existing file is only replaced when asked to.
    Result<qint64> again = assets.exportCsv(path, false);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code() == ErrorCode::InvalidInput);
    CHECK(again.error().message().contains(path));
    REQUIRE(assets.exportCsv(path, true).ok());

    // A failed write is a clear error, and the file written before stays as it was.
    FullDevice full;
    Result<qint64> failed = assets.exportCsv(&full);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code() == ErrorCode::Io);
    CHECK(failed.error().message().contains(u"No space left on device"_s));
    Result<qint64> nowhere = assets.exportCsv(f.dir.file(u"assets.csv/out.csv"_s), true);
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().code() == ErrorCode::Io);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == csv);
}

TEST_CASE("servicebench asset: licences, warranties and the export", "[assets][cli]")
{
    TempDir dir;
    const QString path = dir.file(u"cli.sbw"_s);
    const QDate today = currentUtc().date();
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        const qint64 lic =
            ci(store, u"CAD seats"_s, u"licence"_s,
               {{u"licence_entitlements"_s, 1}, {u"licence_expires"_s, day(today.addDays(200))}});
        const qint64 a = ci(store, u"ws-01"_s, u"end_user_device"_s,
                            {{u"warranty_end"_s, day(today.addDays(12))}}, u"live"_s);
        ci(store, u"ws-02"_s, u"end_user_device"_s, {{u"warranty_end"_s, day(today.addDays(120))}},
           u"live"_s);
        relate(store, a, u"licensed_by"_s, lic);
    }
    const QStringList env {u"LANG=C.UTF-8"_s};
    ProcessResult ok =
        runProcess(QStringLiteral(SB_CLI),
                   {u"asset"_s, u"licences"_s, path, u"--json"_s, u"--user"_s, Admin}, env);
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    const QJsonObject lic = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    REQUIRE(lic.value(u"licences"_s).toArray().size() == 1);
    CHECK(lic.value(u"licences"_s).toArray()[0].toObject().value(u"installations"_s).toInt() == 1);
    CHECK_FALSE(lic.value(u"licences"_s).toArray()[0].toObject().value(u"overUsed"_s).toBool());

    ProcessResult w = runProcess(
        QStringLiteral(SB_CLI),
        {u"asset"_s, u"warranties"_s, path, u"--days"_s, u"30"_s, u"--user"_s, Admin}, env);
    CHECK(w.exitCode == 0);
    CHECK(w.out.contains(u"ws-01"_s));
    CHECK_FALSE(w.out.contains(u"ws-02"_s));
    ProcessResult bad = runProcess(
        QStringLiteral(SB_CLI), {u"asset"_s, u"warranties"_s, path, u"--days"_s, u"soon"_s}, env);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"--days"_s));

    const QString out = dir.file(u"finance.csv"_s);
    ProcessResult ex = runProcess(QStringLiteral(SB_CLI),
                                  {u"asset"_s, u"export"_s, path, out, u"--user"_s, Admin}, env);
    INFO(ex.err.toStdString());
    CHECK(ex.exitCode == 0);
    CHECK(QFile::exists(out));
    ProcessResult twice = runProcess(QStringLiteral(SB_CLI),
                                     {u"asset"_s, u"export"_s, path, out, u"--user"_s, Admin}, env);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(u"--force"_s));
    ProcessResult forced =
        runProcess(QStringLiteral(SB_CLI),
                   {u"asset"_s, u"export"_s, path, out, u"--force"_s, u"--user"_s, Admin}, env);
    CHECK(forced.exitCode == 0);
    ProcessResult unwritable =
        runProcess(QStringLiteral(SB_CLI),
                   {u"asset"_s, u"export"_s, path, out + u"/x.csv"_s, u"--user"_s, Admin}, env);
    CHECK(unwritable.exitCode != 0);
    CHECK(unwritable.err.contains(u"x.csv"_s));
}

TEST_CASE("the demo's CMDB: layered, sized by scale, with the assets stories", "[assets][demo]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"demo.sbw"_s));
    RecordStore store(*wb);
    DemoOptions options;
    Result<DemoSummary> sum = DemoData::generate(store, options);
    INFO((sum.ok() ? QString() : sum.error().fullText()).toStdString());
    REQUIRE(sum.ok());
    CHECK(sum->cis > 200);
    CHECK(sum->cis < 400);
    CHECK(sum->ciRelations > sum->cis);
    CHECK(sum->baselines == 1);
    RawSql raw(wb->path());
    auto n = [&](const char *sql) {
        return raw.scalar(QString::fromLatin1(sql)).toLongLong();
    };
    CHECK(n("SELECT count(*) FROM ci") == sum->cis);
    // Every layer is there.
    for (const char *type :
         {"business_service", "application", "database", "virtual_server", "physical_server",
          "network_device", "storage", "location", "software", "licence", "end_user_device"}) {
        INFO(type);
        CHECK(raw.scalar(u"SELECT count(*) FROM ci WHERE ci_type = '%1'"_s.arg(
                             QString::fromLatin1(type)))
                  .toLongLong()
              > 0);
    }
    // Each catalogue service has its business-service CI, part of it.
    CHECK(n("SELECT count(*) FROM record s WHERE s.type = 'service' AND NOT EXISTS (SELECT 1 "
            "FROM link l JOIN ci c ON c.id = l.from_id WHERE l.to_id = s.id AND l.kind = "
            "'part_of' AND c.ci_type = 'business_service')")
          == 0);
    CHECK(n("SELECT count(*) FROM ci c JOIN record r ON r.id = c.id WHERE r.state IN "
            "('retired', 'disposed')")
          > 0);
    // Two applications that need each other.
    CHECK(n("SELECT count(*) FROM link a JOIN link b ON b.from_id = a.to_id AND b.to_id = "
            "a.from_id AND b.kind = 'depends_on' JOIN ci c ON c.id = a.from_id WHERE a.kind = "
            "'depends_on' AND c.ci_type = 'application'")
          == 2);
    // The CIs the stories' incidents and problems name, linked to them.
    for (const char *name : {"wlc-hq-02", "mail-relay-01", "vpn-gw-01", "portal-web-01",
                             "batch-sched-01", "erp-db-02"}) {
        INFO(name);
        CHECK(
            raw.scalar(u"SELECT count(*) FROM link l JOIN record c ON c.id = l.to_id WHERE "
                       "l.kind = 'affects_ci' AND c.title = '%1'"_s.arg(QString::fromLatin1(name)))
                .toLongLong()
            > 0);
    }
    CHECK(n("SELECT count(*) FROM ci_baseline WHERE name = 'Before release 2026.11'") == 1);

    // One licence over-used, one running out; warranties ending soon.
    const QDate today = currentUtc().date();
    Result<QList<LicenceUsage>> licences = Assets(wb->db()).licences(today, 30);
    REQUIRE(licences.ok());
    int over = 0;
    int soon = 0;
    for (const LicenceUsage &l : *licences) {
        over += l.overUsed ? 1 : 0;
        soon += l.expiringSoon ? 1 : 0;
    }
    CHECK(over == 1);
    CHECK(soon == 1);
    Result<QList<WarrantyEnd>> warranties = Assets(wb->db()).warranties(today, 30);
    REQUIRE(warranties.ok());
    CHECK(warranties->size() >= 3);

    // A failure at the bottom of the tree reaches services and their customers.
    Result<QVariant> san = wb->db().scalar("SELECT id FROM record WHERE title = 'san-01'");
    REQUIRE(san.ok());
    Result<ImpactResult> impact =
        Impact::analyse(wb->db(), san->toLongLong(), ImpactDirection::Downstream);
    REQUIRE(impact.ok());
    CHECK(impact->services.size() >= 2);
    CHECK_FALSE(impact->customers.isEmpty());
}
