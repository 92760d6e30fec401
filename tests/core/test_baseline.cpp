#include "cmdbfixtures.h"

#include "cmdb/baseline.h"
#include "storage/database.h"

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const QList<BaselineCiChange> &list)
{
    QStringList out;
    for (const BaselineCiChange &c : list)
        out << c.humanId;
    out.sort();
    return out;
}

QStringList relations(const QList<BaselineRelation> &list)
{
    QStringList out;
    for (const BaselineRelation &r : list)
        out << r.fromHumanId + u' ' + r.kind + u' ' + r.toHumanId;
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList fieldChanges(const BaselineCiChange &c)
{
    QStringList out;
    for (const BaselineFieldChange &f : c.fields)
        out << f.field + u": "_s + f.before + u" -> "_s + f.after;
    return out;
}

const BaselineCiChange *changeOf(const BaselineDiff &d, const QString &humanId)
{
    for (const BaselineCiChange &c : d.changed) {
        if (c.humanId == humanId)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("baselines: known changes between two baselines and between a baseline and now",
          "[cmdb][baseline]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"bl.sbw"_s));
    RecordStore store(*wb);
    const qint64 sw = makeCi(store, u"core-switch"_s, u"network_device"_s);
    const qint64 srv1 =
        makeCi(store, u"srv-01"_s, u"physical_server"_s,
               {{u"location"_s, u"DC1"_s},
                {u"attributes"_s, u"{\"operating_system\": \"Debian 12\", \"cpu_cores\": 8}"_s}});
    const qint64 srv2 = makeCi(store, u"srv-02"_s, u"physical_server"_s);
    const qint64 app = makeCi(store, u"shop-web"_s, u"application"_s);
    const qint64 db = makeCi(store, u"shop-db"_s, u"database"_s);
    relate(store, app, u"runs_on"_s, srv1);
    relate(store, db, u"runs_on"_s, srv2);
    relate(store, srv1, u"connected_to"_s, sw);
    relate(store, app, u"depends_on"_s, db);

    Baselines baselines(*wb);
    Result<BaselineInfo> before = baselines.create(u"Before release 1.0"_s, u"Taken for RFC"_s);
    INFO((before.ok() ? QString() : before.error().fullText()).toStdString());
    REQUIRE(before.ok());
    CHECK(before->ciCount == 5);
    CHECK(before->relationCount == 4);
    CHECK(before->scope.isEmpty());
    CHECK(before->takenBy == Admin);

    // Nothing changed yet.
    Result<BaselineDiff> same = baselines.diff(before->id);
    REQUIRE(same.ok());
    CHECK(same->isEmpty());
    CHECK(!same->to.has_value());

    // The release: a server added, one deleted (with its relationship), a field, an
    // attribute and a state changed, a relationship added and one removed.
    const QString srv2Id = humanIdOf(store, srv2);
    const QString dbId = humanIdOf(store, db);
    const qint64 srv3 = makeCi(store, u"srv-03"_s, u"physical_server"_s);
    REQUIRE(store.remove(srv2).isOk());
    REQUIRE(store
                .update(srv1,
                        {{u"location"_s, u"DC2"_s},
                         {u"attributes"_s,
                          u"{\"operating_system\": \"Debian 12\", \"cpu_cores\": 16, "
                          "\"memory_gb\": 64}"_s}})
                .ok());
    REQUIRE(store.transition(app, u"live"_s).ok());
    relate(store, app, u"runs_on"_s, srv3);
    REQUIRE(store.unlink(srv1, sw, u"connected_to"_s).isOk());

    const QString srv1Id = humanIdOf(store, srv1);
    const QString srv3Id = humanIdOf(store, srv3);
    const QString appId = humanIdOf(store, app);
    const QString swId = humanIdOf(store, sw);
    auto checkRelease = [&](const BaselineDiff &d) {
        CHECK(ids(d.added) == QStringList {srv3Id});
        REQUIRE(d.removed.size() == 1);
        // Deleted since: the baseline still knows its ID and name.
        CHECK(d.removed[0].humanId == srv2Id);
        CHECK(d.removed[0].name == u"srv-02"_s);
        CHECK(d.removed[0].ciType == u"physical_server"_s);
        CHECK(ids(d.changed) == sorted({appId, srv1Id}));
        const BaselineCiChange *s = changeOf(d, srv1Id);
        REQUIRE(s);
        CHECK(fieldChanges(*s)
              == QStringList {u"location: DC1 -> DC2"_s, u"attributes.cpu_cores: 8 -> 16"_s,
                              u"attributes.memory_gb:  -> 64"_s});
        const BaselineCiChange *a = changeOf(d, appId);
        REQUIRE(a);
        CHECK(fieldChanges(*a) == QStringList {u"state: planned -> live"_s});
        CHECK(relations(d.relationsAdded) == QStringList {appId + u" runs_on "_s + srv3Id});
        CHECK(relations(d.relationsRemoved)
              == sorted({dbId + u" runs_on "_s + srv2Id, srv1Id + u" connected_to "_s + swId}));
    };

    Result<BaselineDiff> toNow = baselines.diff(before->id);
    REQUIRE(toNow.ok());
    checkRelease(*toNow);

    Result<BaselineInfo> after = baselines.create(u"After release 1.0"_s);
    REQUIRE(after.ok());
    CHECK(after->ciCount == 5);
    CHECK(after->relationCount == 3);
    Result<BaselineDiff> between = baselines.diff(before->id, after->id);
    REQUIRE(between.ok());
    REQUIRE(between->to.has_value());
    CHECK(between->to->name == u"After release 1.0"_s);
    checkRelease(*between);
    CHECK(baselines.diff(after->id)->isEmpty());

    // The other way round, additions are removals.
    Result<BaselineDiff> back = baselines.diff(after->id, before->id);
    REQUIRE(back.ok());
    CHECK(ids(back->removed) == QStringList {srv3Id});
    CHECK(ids(back->added) == QStringList {srv2Id});

    // Found by name in any case, or by id; listed newest first.
    CHECK(baselines.find(u"before RELEASE 1.0"_s)->id == before->id);
    CHECK(baselines.find(QString::number(after->id))->name == u"After release 1.0"_s);
    CHECK(baselines.find(u"nope"_s).error().code() == ErrorCode::NotFound);
    Result<QList<BaselineInfo>> all = baselines.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).id == after->id);
    CHECK(all->at(1).description == u"Taken for RFC"_s);
    CHECK(baselines.diff(9999).error().code() == ErrorCode::NotFound);

    // Taking a baseline is audited.
    RawSql raw(dir.file(u"bl.sbw"_s));
    CHECK(raw.scalar(u"SELECT count(*) FROM audit WHERE action = 'baseline'"_s) == u"2"_s);
}

TEST_CASE("baselines: a service's tree, exactly, through a cycle", "[cmdb][baseline]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"svc.sbw"_s));
    RecordStore store(*wb);
    Result<RecordRef> shop = store.create(u"service"_s, {{u"title"_s, u"Online shop"_s}});
    REQUIRE(shop.ok());
    const qint64 web = makeCi(store, u"shop-web"_s, u"application"_s);
    const qint64 api = makeCi(store, u"shop-api"_s, u"application"_s);
    const qint64 vm = makeCi(store, u"vm-web"_s, u"virtual_server"_s);
    const qint64 host = makeCi(store, u"host-1"_s, u"physical_server"_s);
    const qint64 sw = makeCi(store, u"switch-1"_s, u"network_device"_s);
    const qint64 payroll = makeCi(store, u"payroll"_s, u"application"_s);
    const qint64 host9 = makeCi(store, u"host-9"_s, u"physical_server"_s);
    relate(store, web, u"part_of"_s, shop->id);
    relate(store, web, u"runs_on"_s, vm);
    relate(store, vm, u"runs_on"_s, host);
    relate(store, host, u"connected_to"_s, sw);
    relate(store, web, u"depends_on"_s, api);
    relate(store, api, u"depends_on"_s, web); // a cycle
    relate(store, payroll, u"runs_on"_s, host9); // another service's

    Baselines baselines(*wb);
    Result<BaselineInfo> b = baselines.create(u"Shop before 2.0"_s, {}, shop->id);
    INFO((b.ok() ? QString() : b.error().fullText()).toStdString());
    REQUIRE(b.ok());
    CHECK(b->scope == shop->humanId);
    CHECK(b->scopeLabel == u"Online shop"_s);
    CHECK(b->ciCount == 5);
    CHECK(b->relationCount == 6);

    RawSql raw(dir.file(u"svc.sbw"_s));
    CHECK(raw.scalar(u"SELECT group_concat(name, ',') FROM (SELECT name FROM ci_baseline_item "
                     "WHERE baseline_id = %1 ORDER BY name)"_s.arg(b->id))
          == u"host-1,shop-api,shop-web,switch-1,vm-web"_s);
    CHECK(raw.scalar(u"SELECT count(*) FROM ci_baseline_relation WHERE baseline_id = %1 AND "
                     "kind = 'part_of' AND to_id = %2"_s.arg(b->id)
                         .arg(shop->id))
          == u"1"_s);

    // Now, in the same scope: changes outside the tree do not show, inside they do.
    REQUIRE(store.update(payroll, {{u"description"_s, u"Monthly run"_s}}).ok());
    CHECK(baselines.diff(b->id)->isEmpty());
    REQUIRE(store.update(host, {{u"ci_version"_s, u"BIOS 2.1"_s}}).ok());
    relate(store, payroll, u"depends_on"_s, api); // payroll needs the API: not the shop's tree
    Result<BaselineDiff> d = baselines.diff(b->id);
    REQUIRE(d.ok());
    CHECK(ids(d->changed) == QStringList {humanIdOf(store, host)});
    CHECK(d->added.isEmpty());
    CHECK(d->relationsAdded.isEmpty());

    // A business service CI scopes a baseline too; other records do not.
    const qint64 bs = makeCi(store, u"Shop (business)"_s, u"business_service"_s);
    relate(store, api, u"part_of"_s, bs);
    Result<BaselineInfo> byCi = baselines.create(u"Shop by CI"_s, {}, bs);
    REQUIRE(byCi.ok());
    CHECK(byCi->ciCount == 6); // the business service, api, web (cycle), vm, host, switch
    CHECK(baselines.create(u"Not a service"_s, {}, host).error().code() == ErrorCode::InvalidInput);
}

TEST_CASE("baselines: immutable, unique names, who may take them", "[cmdb][baseline]")
{
    TempDir dir;
    const QString path = dir.file(u"rules.sbw"_s);
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        const qint64 a = makeCi(store, u"srv-a"_s, u"physical_server"_s);
        const qint64 b = makeCi(store, u"app-b"_s, u"application"_s);
        relate(store, b, u"runs_on"_s, a);
        REQUIRE(store.grantRole(u"ann"_s, u"agent"_s).isOk());
        REQUIRE(store.grantRole(u"bob"_s, u"auditor"_s).isOk());
        REQUIRE(store.grantRole(u"cmo"_s, u"configuration_manager"_s).isOk());
        Baselines baselines(*wb);
        REQUIRE(baselines.create(u"Q1"_s).ok());

        SECTION("names: unique in any case, one line, not empty")
        {
            CHECK(baselines.create(u" q1 "_s).error().code() == ErrorCode::InvalidInput);
            CHECK(baselines.create(u"  "_s).error().code() == ErrorCode::InvalidInput);
            CHECK(baselines.create(u"two\nlines"_s).error().code() == ErrorCode::InvalidInput);
            CHECK(baselines.create(u"x"_s.repeated(201)).error().code() == ErrorCode::InvalidInput);
            CHECK(baselines.list()->size() == 1);
        }
    }

    SECTION("raw SQL cannot change or delete what a baseline holds")
    {
        RawSql raw(path);
        CHECK(raw.exec("UPDATE ci_baseline SET name = 'Q9'") != SQLITE_OK);
        CHECK(raw.exec("DELETE FROM ci_baseline") != SQLITE_OK);
        CHECK(raw.exec("UPDATE ci_baseline_item SET data = '{}'") != SQLITE_OK);
        CHECK(raw.exec("DELETE FROM ci_baseline_item") != SQLITE_OK);
        CHECK(raw.exec("UPDATE ci_baseline_relation SET kind = 'depends_on'") != SQLITE_OK);
        CHECK(raw.exec("DELETE FROM ci_baseline_relation") != SQLITE_OK);
        CHECK(raw.scalar(u"SELECT name FROM ci_baseline"_s) == u"Q1"_s);
        CHECK(raw.scalar(u"SELECT count(*) FROM ci_baseline_item"_s) == u"2"_s);
        CHECK(raw.scalar(u"SELECT count(*) FROM ci_baseline_relation"_s) == u"1"_s);
    }

    SECTION("configuration managers, auditors and administrators take baselines")
    {
        auto asAnn = openAs(path, u"ann"_s);
        CHECK(Baselines(*asAnn).create(u"By an agent"_s).error().code()
              == ErrorCode::PermissionDenied);
        // Reading is for everyone who can read the file.
        CHECK(Baselines(*asAnn).list()->size() == 1);
        CHECK(Baselines(*asAnn).diff(Baselines(*asAnn).find(u"Q1"_s)->id).ok());
        asAnn.reset();
        auto asBob = openAs(path, u"bob"_s);
        CHECK(Baselines(*asBob).create(u"By an auditor"_s).ok());
        asBob.reset();
        auto asCmo = openAs(path, u"cmo"_s);
        CHECK(Baselines(*asCmo).create(u"By the configuration manager"_s).ok());
        asCmo.reset();
        RawSql raw(path);
        CHECK(raw.scalar(u"SELECT count(*) FROM ci_baseline"_s) == u"3"_s);
    }

    SECTION("a read-only workbook takes none but compares")
    {
        OpenOptions ro;
        ro.readOnly = true;
        auto wb = openAs(path, Admin, ro);
        Baselines baselines(*wb);
        CHECK(baselines.create(u"Q2"_s).error().code() == ErrorCode::ReadOnly);
        Result<BaselineDiff> d = baselines.diff(baselines.find(u"Q1"_s)->id);
        INFO((d.ok() ? QString() : d.error().fullText()).toStdString());
        REQUIRE(d.ok());
        CHECK(d->isEmpty());
    }
}
