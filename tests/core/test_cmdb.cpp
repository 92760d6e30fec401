#include "cmdbfixtures.h"

#include "cmdb/cirules.h"
#include "cmdb/citypes.h"
#include "cmdb/impact.h"
#include "records/recordquery.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

QStringList titles(const QList<CmdbNode> &nodes)
{
    QStringList out;
    for (const CmdbNode &n : nodes)
        out << n.title;
    return out;
}

QString attributes(RecordStore &store, qint64 id)
{
    Result<Record> r = store.load(id);
    REQUIRE(r.ok());
    return r->fields.value(u"attributes"_s).toString();
}

} // namespace

TEST_CASE("CI types are data with typed attributes", "[cmdb]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"cmdb.sbw"_s));
    CiTypes types(*wb);

    Result<QList<CiTypeDef>> all = types.types();
    REQUIRE(all.ok());
    QStringList codes;
    for (const CiTypeDef &t : *all)
        codes << t.code;
    CHECK(codes
          == QStringList {u"business_service"_s, u"application"_s, u"database"_s,
                          u"physical_server"_s, u"virtual_server"_s, u"network_device"_s,
                          u"storage"_s, u"end_user_device"_s, u"software"_s, u"licence"_s,
                          u"document"_s, u"location"_s});
    Result<CiTypeDef> server = types.type(u"physical_server"_s);
    REQUIRE(server.ok());
    REQUIRE(server->attribute(u"cpu_cores"_s));
    CHECK(server->attribute(u"cpu_cores"_s)->kind == CiAttributeDef::Kind::Number);
    CHECK(server->builtin);

    SECTION("a new type and attributes, without losing data")
    {
        CiTypeDef printer;
        printer.code = u"printer"_s;
        printer.label = u"Printer"_s;
        printer.icon = u"device"_s;
        printer.subtypes = {u"Laser"_s, u" Inkjet "_s, u""_s};
        REQUIRE(types.saveType(printer).isOk());
        CiAttributeDef pages;
        pages.ciType = u"printer"_s;
        pages.name = u"pages_per_minute"_s;
        pages.label = u"Pages per minute"_s;
        pages.kind = CiAttributeDef::Kind::Number;
        REQUIRE(types.saveAttribute(pages).isOk());
        CiAttributeDef colour;
        colour.ciType = u"printer"_s;
        colour.name = u"colour"_s;
        colour.label = u"Colour"_s;
        colour.kind = CiAttributeDef::Kind::Choice;
        colour.choices = {u"Mono"_s, u"Colour"_s};
        REQUIRE(types.saveAttribute(colour).isOk());

        RecordStore store(*wb);
        const qint64 p =
            makeCi(store, u"PRN-01"_s, u"printer"_s,
                   {{u"attributes"_s, u"{\"pages_per_minute\": \"30\", \"colour\": \"Mono\"}"_s}});
        CHECK(attributes(store, p) == u"{\"colour\":\"Mono\",\"pages_per_minute\":30}"_s);
        CHECK(types.type(u"printer"_s)->subtypes == QStringList {u"Laser"_s, u"Inkjet"_s});

        // The type is in use; the attribute's values must fit a changed kind.
        CHECK(types.removeType(u"printer"_s).code() == ErrorCode::InvalidInput);
        colour.choices = {u"Colour"_s};
        CHECK(types.saveAttribute(colour).code() == ErrorCode::InvalidInput);
        colour.choices = {u"Mono"_s, u"Colour"_s, u"Photo"_s};
        CHECK(types.saveAttribute(colour).isOk());

        // Removing an attribute keeps what CIs hold; the value may stay but not change.
        REQUIRE(types.removeAttribute(u"printer"_s, u"pages_per_minute"_s).isOk());
        CHECK(attributes(store, p).contains(u"pages_per_minute"_s));
        CHECK(store.update(p, {{u"description"_s, u"Second floor"_s}}).ok());
        CHECK(
            store
                .update(p,
                        {{u"attributes"_s, u"{\"pages_per_minute\": 30, \"colour\": \"Photo\"}"_s}})
                .ok());
        CHECK(
            !store
                 .update(
                     p, {{u"attributes"_s, u"{\"pages_per_minute\": 40, \"colour\": \"Photo\"}"_s}})
                 .ok());
        CHECK(store.update(p, {{u"attributes"_s, u"{\"colour\": \"Photo\"}"_s}}).ok());
        CHECK(attributes(store, p) == u"{\"colour\":\"Photo\"}"_s);

        // Changes to the types are audited about the workbook.
        RawSql raw(dir.file(u"cmdb.sbw"_s));
        CHECK(raw.scalar(u"SELECT count(*) FROM audit WHERE field LIKE 'ci_attribute[printer.%'"_s)
                  .toInt()
              >= 3);
    }

    SECTION("a type with no subtypes and no attributes")
    {
        CiTypeDef plain;
        plain.code = u"rack"_s;
        plain.label = u"Rack"_s;
        REQUIRE(types.saveType(plain).isOk());
        Result<CiTypeDef> rack = types.type(u"rack"_s);
        REQUIRE(rack.ok());
        CHECK(rack->subtypes.isEmpty());
        CHECK(rack->icon == u"generic"_s);
        RecordStore store(*wb);
        makeCi(store, u"R-01"_s, u"rack"_s);
    }

    SECTION("bad definitions are refused")
    {
        CiTypeDef bad;
        bad.code = u"Bad Code"_s;
        bad.label = u"x"_s;
        CHECK(types.saveType(bad).code() == ErrorCode::InvalidInput);
        bad.code = u"dup"_s;
        bad.label = u"Application"_s;
        CHECK(types.saveType(bad).code() == ErrorCode::InvalidInput);
        bad.label = u"Dup"_s;
        bad.icon = u"rocket"_s;
        CHECK(types.saveType(bad).code() == ErrorCode::InvalidInput);
        CHECK(types.removeType(u"application"_s).code() == ErrorCode::InvalidInput);
        CiAttributeDef a;
        a.ciType = u"application"_s;
        a.name = u"owner_ref"_s;
        a.label = u"Owner"_s;
        a.kind = CiAttributeDef::Kind::Reference;
        a.refType = u"nothing"_s;
        CHECK(types.saveAttribute(a).code() == ErrorCode::InvalidInput);
        a.kind = CiAttributeDef::Kind::Choice;
        CHECK(types.saveAttribute(a).code() == ErrorCode::InvalidInput);
    }

    SECTION("only configuration managers and administrators change them")
    {
        RecordStore admin(*wb);
        REQUIRE(
            admin.create(u"person"_s, {{u"title"_s, u"Ann Agent"_s}, {u"login"_s, u"ann"_s}}).ok());
        REQUIRE(admin.grantRole(u"ann"_s, u"agent"_s).isOk());
        wb.reset();
        auto asAnn = openAs(dir.file(u"cmdb.sbw"_s), u"ann"_s);
        CiTypes annTypes(*asAnn);
        CiTypeDef t;
        t.code = u"robot"_s;
        t.label = u"Robot"_s;
        CHECK(annTypes.saveType(t).code() == ErrorCode::PermissionDenied);
        RecordStore annStore(*asAnn);
        CHECK(annStore.create(u"ci"_s, {{u"title"_s, u"x"_s}, {u"ci_type"_s, u"software"_s}})
                  .error()
                  .code()
              == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("CIs: unique names within their type, typed attributes, history", "[cmdb]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"cmdb.sbw"_s));
    RecordStore store(*wb);
    const qint64 db1 = makeCi(store, u"orders-db"_s, u"database"_s);
    // The same name in another type is another CI.
    const qint64 app = makeCi(store, u"Orders-DB"_s, u"application"_s);
    CHECK(app != db1);
    Result<RecordRef> dup =
        store.create(u"ci"_s, {{u"title"_s, u"ORDERS-db"_s}, {u"ci_type"_s, u"database"_s}});
    REQUIRE(!dup.ok());
    CHECK(dup.error().message().contains(u"CI-1"_s));
    CHECK(!store.update(app, {{u"ci_type"_s, u"database"_s}}).ok());
    CHECK(!store.create(u"ci"_s, {{u"title"_s, u"x"_s}, {u"ci_type"_s, u"spaceship"_s}}).ok());
    CHECK(!store.create(u"ci"_s, {{u"title"_s, u"x"_s}}).ok());

    SECTION("attribute values fit their kinds")
    {
        const qint64 srv = makeCi(store, u"srv-01"_s, u"physical_server"_s);
        auto set = [&](const QString &json) {
            return store.update(srv, {{u"attributes"_s, json}});
        };
        CHECK(!set(u"{\"cpu_cores\": \"many\"}"_s).ok());
        CHECK(!set(u"{\"colour\": \"red\"}"_s).ok());
        CHECK(!set(u"[1, 2]"_s).ok());
        CHECK(!set(u"{not json"_s).ok());
        CHECK(
            set(u"{\"cpu_cores\": 16, \"operating_system\": \" Debian 12 \", \"ip_address\": \"\"}"_s)
                .ok());
        CHECK(attributes(store, srv) == u"{\"cpu_cores\":16,\"operating_system\":\"Debian 12\"}"_s);
        const qint64 laptop = makeCi(store, u"lt-7"_s, u"end_user_device"_s);
        CHECK(!store.update(laptop, {{u"attributes"_s, u"{\"assigned_to\": \"PER-99\"}"_s}}).ok());
        CHECK(!store.update(laptop, {{u"attributes"_s, u"{\"assigned_to\": \"CI-1\"}"_s}}).ok());
        CHECK(store.update(laptop, {{u"attributes"_s, u"{\"assigned_to\": \"per-1\"}"_s}}).ok());
        CHECK(attributes(store, laptop) == u"{\"assigned_to\":\"PER-1\"}"_s);
        const qint64 storage = makeCi(store, u"san-1"_s, u"storage"_s);
        CHECK(!store.update(storage, {{u"attributes"_s, u"{\"raid_level\": \"RAID 0\"}"_s}}).ok());
        CHECK(store.update(storage, {{u"attributes"_s, u"{\"raid_level\": \"RAID 6\"}"_s}}).ok());

        // Every change of an attribute is in the history.
        Result<QList<AuditEntry>> h = store.history(srv);
        REQUIRE(h.ok());
        bool seen = false;
        for (const AuditEntry &e : *h)
            seen = seen || (e.field == u"attributes"_s && e.newValue.contains(u"Debian 12"_s));
        CHECK(seen);
    }

    SECTION("asset fields and the lifecycle")
    {
        const qint64 srv = makeCi(store, u"srv-02"_s, u"physical_server"_s,
                                  {{u"purchase_date"_s, u"2024-03-01"_s},
                                   {u"cost"_s, u"4200.50"_s},
                                   {u"warranty_end"_s, u"2027-03-01"_s}});
        CHECK(!store.update(srv, {{u"cost"_s, u"-1"_s}}).ok());
        CHECK(!store.update(srv, {{u"warranty_end"_s, u"soon"_s}}).ok());
        REQUIRE(store.transition(srv, u"live"_s).ok());
        REQUIRE(store.transition(srv, u"in_repair"_s).ok());
        CHECK(!store.transition(srv, u"disposed"_s).ok());
        REQUIRE(store.transition(srv, u"retired"_s).ok());
        REQUIRE(store.transition(srv, u"disposed"_s).ok());
    }
}

TEST_CASE("relationships join the CI types they are for", "[cmdb]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"cmdb.sbw"_s));
    RecordStore store(*wb);
    const qint64 app = makeCi(store, u"crm"_s, u"application"_s);
    const qint64 srv = makeCi(store, u"srv-01"_s, u"physical_server"_s);
    const qint64 lic = makeCi(store, u"crm-licence"_s, u"licence"_s);
    relate(store, app, u"runs_on"_s, srv);
    relate(store, app, u"licensed_by"_s, lic);
    const Error wrong = store.link(srv, app, u"runs_on"_s);
    CHECK(wrong.code() == ErrorCode::InvalidInput);
    CHECK(wrong.message().contains(u"CI-2"_s));
    CHECK(store.link(app, srv, u"licensed_by"_s).code() == ErrorCode::InvalidInput);
    // Services from the catalogue: a CI is part of one.
    Result<RecordRef> svc = store.create(u"service"_s, {{u"title"_s, u"CRM"_s}});
    REQUIRE(svc.ok());
    relate(store, app, u"part_of"_s, svc->id);
    // The relation is in both records' history.
    Result<QList<AuditEntry>> h = store.history(srv);
    REQUIRE(h.ok());
    bool seen = false;
    for (const AuditEntry &e : *h)
        seen = seen || (e.action == u"link_in"_s && e.newValue == u"CI-1"_s);
    CHECK(seen);
}

TEST_CASE("relationship types: users add their own and widen the shipped ones", "[cmdb]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"cmdb.sbw"_s));
    RecordStore store(*wb);
    CiTypes types(*wb);
    CiTypeDef cluster;
    cluster.code = u"cluster"_s;
    cluster.label = u"Container cluster"_s;
    REQUIRE(types.saveType(cluster).isOk());
    const qint64 app = makeCi(store, u"shop"_s, u"application"_s);
    const qint64 k8s = makeCi(store, u"k8s-1"_s, u"cluster"_s);
    const qint64 srv = makeCi(store, u"node-1"_s, u"physical_server"_s);
    auto find = [&](const QString &kind) {
        Result<QList<CiRelationType>> all = types.relationTypes();
        REQUIRE(all.ok());
        for (const CiRelationType &k : *all) {
            if (k.kind == kind)
                return k;
        }
        FAIL("no relationship type " << kind.toStdString());
        return CiRelationType();
    };

    // A new CI type does not run anything until "runs on" takes it.
    CHECK(store.link(app, k8s, u"runs_on"_s).code() == ErrorCode::InvalidInput);
    CiRelationType runsOn = find(u"runs_on"_s);
    CHECK(runsOn.builtin);
    runsOn.toCiTypes << u"cluster"_s;
    runsOn.forwardLabel = u"executes on"_s; // a shipped kind keeps its labels
    REQUIRE(types.saveRelationType(runsOn).isOk());
    relate(store, app, u"runs_on"_s, k8s);
    CHECK(find(u"runs_on"_s).forwardLabel == u"runs on"_s);
    CHECK(find(u"runs_on"_s).toCiTypes.contains(u"cluster"_s));
    // Narrowing it again under that relationship is refused, and changes nothing.
    runsOn.toCiTypes.removeAll(u"cluster"_s);
    const Error narrow = types.saveRelationType(runsOn);
    CHECK(narrow.code() == ErrorCode::InvalidInput);
    CHECK(narrow.message().contains(u"1 \"runs on\" relationship"_s));
    CHECK(find(u"runs_on"_s).toCiTypes.contains(u"cluster"_s));

    // The users' own kind: its labels, which way failures travel, which types it joins.
    CiRelationType schedules;
    schedules.kind = u"schedules_on"_s;
    schedules.forwardLabel = u"schedules on"_s;
    schedules.reverseLabel = u"schedules"_s;
    schedules.impact = CiRelationType::Impact::Reverse;
    schedules.fromCiTypes = {u"cluster"_s};
    schedules.toCiTypes = {u"physical_server"_s, u"virtual_server"_s};
    REQUIRE(types.saveRelationType(schedules).isOk());
    const CiRelationType mine = find(u"schedules_on"_s);
    CHECK_FALSE(mine.builtin);
    CHECK(mine.forwardLabel == u"schedules on"_s);
    CHECK(mine.position > find(u"located_in"_s).position);
    relate(store, k8s, u"schedules_on"_s, srv);
    CHECK(store.link(srv, k8s, u"schedules_on"_s).code() == ErrorCode::InvalidInput);
    Result<QList<LinkInfo>> onNode = store.links(srv);
    REQUIRE(onNode.ok());
    REQUIRE(onNode->size() == 1);
    CHECK(onNode->first().label == u"schedules"_s); // seen from the node
    // Impact follows it: the node failing reaches the cluster and the shop on it.
    Result<ImpactResult> down = Impact::analyse(wb->db(), srv, ImpactDirection::Downstream);
    REQUIRE(down.ok());
    QStringList reached = titles(down->walk.nodes);
    reached.sort();
    CHECK(reached == QStringList {u"k8s-1"_s, u"node-1"_s, u"shop"_s});

    // Bad definitions are refused with their reason.
    CiRelationType bad = schedules;
    bad.kind = u"Bad Kind"_s;
    CHECK(types.saveRelationType(bad).message().contains(u"lower-case"_s));
    bad.kind = u"relates_to"_s; // a link kind of every record
    CHECK(types.saveRelationType(bad).message().contains(u"already a kind of link"_s));
    bad.kind = u"mirrors"_s;
    CHECK(types.saveRelationType(bad).message().contains(u"already a relationship type"_s));
    bad.forwardLabel = u"mirrors"_s;
    bad.reverseLabel = u""_s;
    CHECK(types.saveRelationType(bad).message().contains(u"a label each way"_s));
    bad.reverseLabel = u"mirrored by"_s;
    bad.toCiTypes = {u"spaceship"_s};
    CHECK(types.saveRelationType(bad).message().contains(u"spaceship"_s));

    // Removing: not while in use, never a shipped one; audited like the CI types.
    CHECK(
        types.removeRelationType(u"schedules_on"_s).message().contains(u"1 CI relationship is"_s));
    REQUIRE(store.unlink(k8s, srv, u"schedules_on"_s).isOk());
    REQUIRE(types.removeRelationType(u"schedules_on"_s).isOk());
    CHECK(store.link(k8s, srv, u"schedules_on"_s).code() == ErrorCode::InvalidInput);
    CHECK(types.removeRelationType(u"located_in"_s).message().contains(u"shipped"_s));
    CHECK(types.removeRelationType(u"nothing"_s).code() == ErrorCode::NotFound);

    // A label another kind has, either way, even its reverse one, is taken.
    bad = schedules;
    bad.kind = u"serves"_s;
    bad.forwardLabel = u"Hosts"_s;
    CHECK(types.saveRelationType(bad).message().contains(u"already a relationship type"_s));

    // A CI type a relationship type names stays until it is taken out there.
    CiTypeDef edge;
    edge.code = u"edge_box"_s;
    edge.label = u"Edge box"_s;
    REQUIRE(types.saveType(edge).isOk());
    runsOn = find(u"runs_on"_s);
    runsOn.fromCiTypes << u"edge_box"_s;
    REQUIRE(types.saveRelationType(runsOn).isOk());
    const Error named = types.removeType(u"edge_box"_s);
    CHECK(named.code() == ErrorCode::InvalidInput);
    CHECK(named.message().contains(u"\"runs on\""_s));
    // The same lists in another order are no change: nothing written, nothing audited.
    runsOn = find(u"runs_on"_s);
    std::reverse(runsOn.fromCiTypes.begin(), runsOn.fromCiTypes.end());
    REQUIRE(types.saveRelationType(runsOn).isOk());
    runsOn.fromCiTypes.removeAll(u"edge_box"_s);
    REQUIRE(types.saveRelationType(runsOn).isOk());
    REQUIRE(types.removeType(u"edge_box"_s).isOk());

    RawSql raw(dir.file(u"cmdb.sbw"_s));
    CHECK(raw.scalar(u"SELECT count(*) FROM audit WHERE field = 'ci_relation_type[schedules_on]'"_s)
              .toInt()
          == 2);
    // Widened for the cluster, widened for the edge box, narrowed again.
    CHECK(raw.scalar(u"SELECT count(*) FROM audit WHERE field = 'ci_relation_type[runs_on]'"_s)
              .toInt()
          == 3);
    // The removal keeps the labels as stored, not as shown.
    CHECK(raw.scalar(u"SELECT old_value FROM audit WHERE field = "
                     "'ci_relation_type[schedules_on]' ORDER BY rowid DESC LIMIT 1"_s)
              .contains(u"\"forward_label\":\"schedules on\""_s));
}

TEST_CASE("relationship types are changed by configuration managers and administrators only",
          "[cmdb]")
{
    TempDir dir;
    {
        auto wb = newWorkbook(dir.file(u"cmdb.sbw"_s));
        RecordStore admin(*wb);
        REQUIRE(
            admin.create(u"person"_s, {{u"title"_s, u"Ann Agent"_s}, {u"login"_s, u"ann"_s}}).ok());
        REQUIRE(admin.grantRole(u"ann"_s, u"agent"_s).isOk());
        CiRelationType mine;
        mine.kind = u"mirrors"_s;
        mine.forwardLabel = u"mirrors"_s;
        mine.reverseLabel = u"mirrored by"_s;
        REQUIRE(CiTypes(*wb).saveRelationType(mine).isOk());
    }
    auto asAnn = openAs(dir.file(u"cmdb.sbw"_s), u"ann"_s);
    CiTypes annTypes(*asAnn);
    CiRelationType theirs;
    theirs.kind = u"feeds"_s;
    theirs.forwardLabel = u"feeds"_s;
    theirs.reverseLabel = u"fed by"_s;
    CHECK(annTypes.saveRelationType(theirs).code() == ErrorCode::PermissionDenied);
    CHECK(annTypes.removeRelationType(u"mirrors"_s).code() == ErrorCode::PermissionDenied);
    CHECK(CiTypes::loadRelationTypes(asAnn->db(), u"mirrors"_s)->size() == 1);
    CHECK(CiTypes::loadRelationTypes(asAnn->db(), u"feeds"_s)->isEmpty());
}

// A graph whose answers are known:
//
//   customer Acme --uses--> service Billing
//   app Billing-web --part_of--> service Billing
//   app Billing-web --runs_on--> vm web-1 --runs_on--> host esx-1
//   db billing-db --runs_on--> host esx-1;   app Billing-web --depends_on--> db billing-db
//   host esx-1 --connected_to--> switch sw-1 --connected_to--> host esx-2 (a cycle with...)
//   host esx-2 --connected_to--> host esx-1
//   app Reports --depends_on--> db billing-db;  db billing-db --depends_on--> app Reports (cycle)
TEST_CASE("impact analysis follows the way failures travel, through cycles", "[cmdb]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"cmdb.sbw"_s));
    RecordStore store(*wb);
    Result<RecordRef> billing = store.create(u"service"_s, {{u"title"_s, u"Billing"_s}});
    REQUIRE(billing.ok());
    Result<RecordRef> acme = store.create(u"customer"_s, {{u"title"_s, u"Acme"_s}});
    REQUIRE(acme.ok());
    relate(store, acme->id, u"uses"_s, billing->id);
    const qint64 web = makeCi(store, u"Billing-web"_s, u"application"_s);
    const qint64 vm = makeCi(store, u"web-1"_s, u"virtual_server"_s);
    const qint64 esx1 = makeCi(store, u"esx-1"_s, u"physical_server"_s);
    const qint64 esx2 = makeCi(store, u"esx-2"_s, u"physical_server"_s);
    const qint64 sw = makeCi(store, u"sw-1"_s, u"network_device"_s);
    const qint64 db = makeCi(store, u"billing-db"_s, u"database"_s);
    const qint64 reports = makeCi(store, u"Reports"_s, u"application"_s);
    const qint64 lonely = makeCi(store, u"spare"_s, u"physical_server"_s);
    relate(store, web, u"part_of"_s, billing->id);
    relate(store, web, u"runs_on"_s, vm);
    relate(store, vm, u"runs_on"_s, esx1);
    relate(store, db, u"runs_on"_s, esx1);
    relate(store, web, u"depends_on"_s, db);
    relate(store, esx1, u"connected_to"_s, sw);
    relate(store, sw, u"connected_to"_s, esx2);
    relate(store, esx2, u"connected_to"_s, esx1);
    relate(store, reports, u"depends_on"_s, db);
    relate(store, db, u"depends_on"_s, reports);
    {
        RawSql raw(dir.file(u"cmdb.sbw"_s));
        REQUIRE(raw.exec("INSERT INTO sla_definition(name, record_type, service, calendar_id) "
                         "VALUES ('Billing gold', 'incident', 'billing', 1)")
                == SQLITE_OK);
    }

    SECTION("downstream of the switch: everything that needs it, up to customers and SLAs")
    {
        Result<ImpactResult> r = Impact::analyse(wb->db(), sw, ImpactDirection::Downstream);
        REQUIRE(r.ok());
        const CmdbWalk &w = r->walk;
        CHECK(!w.truncated);
        QHash<QString, int> distance;
        for (const CmdbNode &n : w.nodes)
            distance.insert(n.title, n.distance);
        CHECK(distance
              == QHash<QString, int> {{u"sw-1"_s, 0},
                                      {u"esx-1"_s, 1},
                                      {u"esx-2"_s, 1},
                                      {u"web-1"_s, 2},
                                      {u"billing-db"_s, 2},
                                      {u"Billing-web"_s, 3},
                                      {u"Reports"_s, 3},
                                      {u"Billing"_s, 4},
                                      {u"Acme"_s, 5}});
        CHECK(w.nodes.size() == distance.size()); // each once
        CHECK(titles(r->services) == QStringList {u"Billing"_s});
        CHECK(titles(r->customers) == QStringList {u"Acme"_s});
        REQUIRE(r->slas.size() == 1);
        CHECK(r->slas[0].name == u"Billing gold"_s);
        // The path to the customer: switch, host, (vm or db), app, service, customer.
        const QList<qint64> path = w.pathTo(acme->id);
        REQUIRE(path.size() == 6);
        CHECK(path.first() == sw);
        CHECK(path[1] == esx1);
        CHECK(path.last() == acme->id);
        CHECK(w.nodes[w.indexOf(acme->id)].viaKind == u"uses"_s);
        CHECK(w.indexOf(lonely) == -1);
    }

    SECTION("a depth limit stops the walk and says so")
    {
        Result<ImpactResult> r = Impact::analyse(wb->db(), sw, ImpactDirection::Downstream, 2);
        REQUIRE(r.ok());
        CHECK(r->walk.truncated);
        CHECK(r->walk.nodes.size() == 5);
        CHECK(r->customers.isEmpty());
    }

    SECTION("upstream of the web application: what it needs")
    {
        Result<ImpactResult> r = Impact::analyse(wb->db(), web, ImpactDirection::Upstream);
        REQUIRE(r.ok());
        QStringList reached = titles(r->walk.nodes);
        reached.sort();
        CHECK(reached
              == QStringList {u"Billing-web"_s, u"Reports"_s, u"billing-db"_s, u"esx-1"_s,
                              u"esx-2"_s, u"sw-1"_s, u"web-1"_s});
        CHECK(r->customers.isEmpty());
        CHECK(r->slas.isEmpty());
    }

    SECTION("the neighbourhood for the graph, filtered")
    {
        Result<CmdbWalk> w = Impact::neighbourhood(wb->db(), esx1, 1);
        REQUIRE(w.ok());
        QStringList near = titles(w->nodes);
        near.sort();
        CHECK(near == QStringList {u"billing-db"_s, u"esx-1"_s, u"esx-2"_s, u"sw-1"_s, u"web-1"_s});
        Result<CmdbWalk> net = Impact::neighbourhood(wb->db(), esx1, 3, {u"connected_to"_s});
        REQUIRE(net.ok());
        CHECK(net->nodes.size() == 3);
        CHECK(net->edges.size() == 3);
        Result<CmdbWalk> servers =
            Impact::neighbourhood(wb->db(), esx1, 5, {}, {u"physical_server"_s});
        REQUIRE(servers.ok());
        CHECK(titles(servers->nodes) == QStringList {u"esx-1"_s, u"esx-2"_s});
        Result<QList<CmdbEdge>> among = Impact::edgesAmong(wb->db(), {web, vm, esx1});
        REQUIRE(among.ok());
        CHECK(among->size() == 2);
    }

    SECTION("a hub is drawn but not walked through, unless the walk starts there")
    {
        // A data centre every server is located in, and thirty more machines in it.
        const qint64 site = makeCi(store, u"DC-1"_s, u"location"_s);
        for (qint64 id : {esx1, esx2, lonely})
            relate(store, id, u"located_in"_s, site);
        for (int i = 0; i < 30; ++i)
            relate(store, makeCi(store, u"rack-srv-%1"_s.arg(i), u"physical_server"_s),
                   u"located_in"_s, site);

        Result<CmdbWalk> all = Impact::neighbourhood(wb->db(), esx2, 2);
        REQUIRE(all.ok());
        CHECK(all->nodes.size() == 37); // with all 32 of the site's other residents
        Result<CmdbWalk> w = Impact::neighbourhood(wb->db(), esx2, 2, {}, {}, 5000, 25);
        REQUIRE(w.ok());
        QStringList near = titles(w->nodes);
        near.sort();
        CHECK(near
              == QStringList {u"DC-1"_s, u"billing-db"_s, u"esx-1"_s, u"esx-2"_s, u"sw-1"_s,
                              u"web-1"_s});
        const CmdbNode &hub = w->nodes[w->indexOf(site)];
        CHECK(hub.hubDegree == 33);
        CHECK(hub.distance == 1);
        for (const CmdbNode &n : w->nodes) {
            if (n.id != site)
                CHECK(n.hubDegree == 0);
        }
        // Its relationships with what is drawn are drawn all the same.
        int toSite = 0;
        for (const CmdbEdge &e : w->edges)
            toSite += e.toId == site ? 1 : 0;
        CHECK(toSite == 2);

        // On the last step a hub is marked all the same.
        Result<CmdbWalk> oneStep = Impact::neighbourhood(wb->db(), esx2, 1, {}, {}, 5000, 25);
        REQUIRE(oneStep.ok());
        CHECK(oneStep->nodes[oneStep->indexOf(site)].hubDegree == 33);
        CHECK(oneStep->nodes[oneStep->indexOf(esx1)].hubDegree == 0);

        // Started at the hub, every neighbour is reached.
        Result<CmdbWalk> fromSite = Impact::neighbourhood(wb->db(), site, 1, {}, {}, 5000, 25);
        REQUIRE(fromSite.ok());
        CHECK(fromSite->nodes.size() == 34);
        CHECK(fromSite->nodes[0].hubDegree == 0);
        // Impact analysis never stops at hubs: a location does not carry failures anyway, but
        // a big service component does.
        Result<ImpactResult> down = Impact::analyse(wb->db(), site, ImpactDirection::Upstream);
        REQUIRE(down.ok());
        for (const CmdbNode &n : down->walk.nodes)
            CHECK(n.hubDegree == 0);
    }
}

TEST_CASE("CI lists: attribute columns, installations and date ranges", "[cmdb]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"cmdb.sbw"_s));
    RecordStore store(*wb);
    const qint64 a =
        makeCi(store, u"srv-a"_s, u"physical_server"_s,
               {{u"attributes"_s, u"{\"operating_system\":\"Debian 12\",\"cpu_cores\":8}"_s},
                {u"warranty_end"_s, u"2026-12-01"_s}});
    makeCi(store, u"srv-b"_s, u"physical_server"_s,
           {{u"attributes"_s, u"{\"operating_system\":\"RHEL 9\",\"cpu_cores\":64}"_s},
            {u"warranty_end"_s, u"2028-01-01"_s}});
    makeCi(store, u"srv-c"_s, u"physical_server"_s);
    const qint64 lic = makeCi(store, u"seats"_s, u"licence"_s, {{u"licence_entitlements"_s, 1}});
    relate(store, a, u"licensed_by"_s, lic);

    ListSpec spec;
    spec.type = u"ci"_s;
    spec.columns = {u"title"_s, u"attributes.operating_system"_s, u"attributes.cpu_cores"_s};
    spec.where = {{u"ci_type"_s, u"physical_server"_s}};
    spec.sortField = u"attributes.cpu_cores"_s;
    spec.descending = true;
    Result<RecordQuery> q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    Result<QList<ListRow>> rows = q->page(wb->db(), std::nullopt, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    // As with every field, no value sorts as empty text: after numbers, so first here.
    CHECK(rows->at(0).values.value(0).toString() == u"srv-c"_s);
    CHECK(rows->at(1).values.value(0).toString() == u"srv-b"_s);
    CHECK(rows->at(1).values.value(1).toString() == u"RHEL 9"_s);
    CHECK(rows->at(2).values.value(2).toInt() == 8);
    // A filter on an attribute binds the value.
    spec.where.append({u"attributes.operating_system"_s, u"Debian 12"_s});
    Result<RecordQuery> one = RecordQuery::prepare(spec);
    REQUIRE(one.ok());
    CHECK(*one->count(wb->db()) == 1);
    // Only identifiers make attribute paths.
    spec.columns = {u"attributes.x') OR 1=1 --"_s};
    CHECK(!RecordQuery::prepare(spec).ok());

    ListSpec ranged;
    ranged.type = u"ci"_s;
    ranged.ranges.append({u"warranty_end"_s, {}, u"2027-01-01"_s});
    Result<RecordQuery> r = RecordQuery::prepare(ranged);
    REQUIRE(r.ok());
    CHECK(*r->count(wb->db()) == 1);
    ranged.ranges = {{u"warranty_end"_s, u"2026-12-01"_s, u"2030-01-01"_s}};
    CHECK(*RecordQuery::prepare(ranged)->count(wb->db()) == 2);
    ranged.ranges = {{u"warranty_end"_s, u"soon"_s, {}}};
    CHECK(!RecordQuery::prepare(ranged).ok());

    ListSpec licences;
    licences.type = u"ci"_s;
    licences.columns = {u"title"_s, u"licence_entitlements"_s, u"licence_installations"_s};
    licences.where = {{u"ci_type"_s, u"licence"_s}};
    Result<RecordQuery> l = RecordQuery::prepare(licences);
    REQUIRE(l.ok());
    Result<QList<ListRow>> lrows = l->page(wb->db(), std::nullopt, 10);
    REQUIRE(lrows.ok());
    REQUIRE(lrows->size() == 1);
    CHECK(lrows->at(0).values.value(2).toInt() == 1);
}
