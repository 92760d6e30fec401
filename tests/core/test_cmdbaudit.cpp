#include "cmdbfixtures.h"

#include "cmdb/cmdbaudit.h"

#include <QFile>
#include <QFileInfo>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

QString write(const TempDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

const QByteArray Mapping = R"({
  "description": "network scan",
  "name": "Host",
  "typeColumn": "Class",
  "typeMap": {"Server": "physical_server", "VM": "virtual_server"},
  "subtype": "Model",
  "compare": {"OS": "attributes.operating_system", "Cores": "attributes.cpu_cores",
              "Serial": "serial_number"},
  "missing": ["n/a"]
})";

// Every kind of finding: a name in another case that matches with equal values (8.0 = 8), a
// subtype and an attribute that differ, a retired server still running, a box the CMDB does
// not know, a value not reported, a server not found, and a retired one rightly gone.
const QByteArray Inventory = "Host;Class;OS;Cores;Serial;Model\n"
                             "SRV-A;Server;Debian 12;8.0;SN-1;Rack\n"
                             "srv-b;Server;RHEL 8;16;;Rack\n"
                             "\n"
                             "srv-c;Server;Debian 11;;;\n"
                             "new-box;Server;Windows;2;SN-9;Tower\n"
                             "vm-1;Virtual server;Debian 12;n/a;;\n";

struct Cmdb
{
    qint64 a, b, c, d, vm, vmOld, router;
};

Cmdb fillCmdb(RecordStore &store)
{
    Cmdb m;
    m.a = makeCi(store, u"srv-a"_s, u"physical_server"_s,
                 {{u"subtype"_s, u"Rack"_s},
                  {u"serial_number"_s, u"SN-1"_s},
                  {u"attributes"_s, u"{\"operating_system\": \"Debian 12\", \"cpu_cores\": 8}"_s}});
    m.b = makeCi(store, u"srv-b"_s, u"physical_server"_s,
                 {{u"subtype"_s, u"Tower"_s},
                  {u"attributes"_s, u"{\"operating_system\": \"RHEL 9\", \"cpu_cores\": 16}"_s}});
    m.c = makeCi(store, u"srv-c"_s, u"physical_server"_s,
                 {{u"attributes"_s, u"{\"operating_system\": \"Debian 11\"}"_s}});
    REQUIRE(store.transition(m.c, u"retired"_s).ok());
    m.d = makeCi(store, u"srv-d"_s, u"physical_server"_s);
    m.vm =
        makeCi(store, u"vm-1"_s, u"virtual_server"_s,
               {{u"attributes"_s, u"{\"operating_system\": \"Debian 12\", \"cpu_cores\": 2}"_s}});
    m.vmOld = makeCi(store, u"vm-old"_s, u"virtual_server"_s);
    REQUIRE(store.transition(m.vmOld, u"retired"_s).ok());
    // Not a type the inventory covers: never missing.
    m.router = makeCi(store, u"router-1"_s, u"network_device"_s);
    return m;
}

QStringList describe(const QList<CmdbAuditFinding> &findings)
{
    QStringList out;
    for (const CmdbAuditFinding &f : findings)
        out << CmdbAuditFinding::kindCode(f.kind) + u' ' + f.ciName
                + (f.field.isEmpty() ? QString()
                                     : u' ' + f.field + u' ' + f.cmdbValue + u'|' + f.foundValue)
                + (f.sourceLine ? u" @"_s + QString::number(f.sourceLine) : QString());
    return out;
}

} // namespace

TEST_CASE("cmdb audit: every kind of finding, stored with the audit record", "[cmdb][audit]")
{
    TempDir dir;
    const QString path = dir.file(u"audit.sbw"_s);
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    const Cmdb m = fillCmdb(store);
    const QString inventory = write(dir, u"scan.csv"_s, Inventory);
    const QString mapping = write(dir, u"scan.json"_s, Mapping);

    CmdbAudit audit(*wb);
    Result<CmdbAuditResult> r = audit.run(inventory, mapping);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    CHECK(r->rowsRead == 5);
    CHECK(r->matched == 4);
    CHECK(r->missing == 1);
    CHECK(r->unregistered == 1);
    CHECK(r->mismatched == 2);
    CHECK(r->types == QStringList {u"physical_server"_s, u"virtual_server"_s});
    CHECK(describe(r->findings)
          == QStringList {u"missing srv-d"_s, u"unregistered new-box @6"_s,
                          u"mismatch srv-b subtype Tower|Rack @3"_s,
                          u"mismatch srv-b attributes.operating_system RHEL 9|RHEL 8 @3"_s,
                          u"mismatch srv-c state retired| @5"_s});
    CHECK(r->audit.humanId == u"CIA-1"_s);

    // The record keeps what was audited and its counts; the findings are rows of their own.
    Result<Record> rec = store.load(r->audit.id);
    REQUIRE(rec.ok());
    CHECK(rec->type == u"ci_audit"_s);
    CHECK(rec->fields.value(u"inventory_file"_s).toString().endsWith(u"scan.csv"_s));
    CHECK(rec->fields.value(u"mapping"_s).toString().contains(u"\"typeColumn\":\"Class\""_s));
    CHECK(rec->fields.value(u"scope"_s).toString() == u"physical_server, virtual_server"_s);
    CHECK(!rec->fields.value(u"audited_at"_s).toString().isEmpty());
    CHECK(rec->fields.value(u"rows_read"_s).toInt() == 5);
    CHECK(rec->fields.value(u"missing"_s).toInt() == 1);
    CHECK(rec->fields.value(u"mismatched"_s).toInt() == 2);
    CHECK(rec->fields.value(u"summary"_s).toString().contains(u"4 matched"_s));

    Result<QList<CmdbAuditFinding>> stored = audit.findings(r->audit.id);
    REQUIRE(stored.ok());
    CHECK(describe(*stored) == describe(r->findings));
    CHECK(stored->at(0).ciHumanId == humanIdOf(store, m.d));
    CHECK(stored->at(1).ciId == 0);
    CHECK(audit.findings(m.a).error().code() == ErrorCode::NotFound);
    // People read the type's and the field's labels, not their codes.
    for (const QList<CmdbAuditFinding> &list : {r->findings, *stored}) {
        CHECK(list.at(0).ciTypeLabel == u"Physical server"_s);
        CHECK(list.at(2).fieldLabel == u"Subtype"_s);
        CHECK(list.at(3).fieldLabel == u"Operating system"_s);
        CHECK(list.at(0).describe().contains(u"srv-d (Physical server) is in the CMDB"_s));
        CHECK(list.at(3).describe().contains(
            u"Operating system is \"RHEL 9\" in the CMDB but \"RHEL 8\""_s));
        CHECK(!list.at(3).describe().contains(u"attributes."_s));
    }

    SECTION("follow-up: a task linked to the audit and the CI, once")
    {
        const qint64 missingId = stored->at(0).id;
        Result<RecordRef> task = audit.followUp(missingId);
        INFO((task.ok() ? QString() : task.error().fullText()).toStdString());
        REQUIRE(task.ok());
        CHECK(task->humanId.startsWith(u"TSK-"_s));
        Result<Record> t = store.load(task->id);
        REQUIRE(t.ok());
        CHECK(t->title.contains(u"srv-d"_s));
        CHECK(t->fields.value(u"description"_s).toString().contains(u"CIA-1"_s));
        Result<QList<LinkInfo>> links = store.links(task->id);
        REQUIRE(links.ok());
        QStringList kinds;
        for (const LinkInfo &l : *links)
            kinds << l.kind + u' ' + l.otherHumanId;
        kinds.sort();
        CHECK(kinds
              == QStringList {u"follows_up CIA-1"_s, u"relates_to "_s + humanIdOf(store, m.d)});
        CHECK(audit.finding(missingId)->followUpHumanId == task->humanId);
        const Result<RecordRef> again = audit.followUp(missingId);
        CHECK(again.error().code() == ErrorCode::InvalidInput);
        CHECK(again.error().message().contains(task->humanId));

        // A thing the CMDB does not know has no CI to relate to.
        Result<RecordRef> reg = audit.followUp(stored->at(1).id);
        REQUIRE(reg.ok());
        CHECK(store.links(reg->id)->size() == 1);
        CHECK(store.load(reg->id)->title.contains(u"(Physical server)"_s));
        Result<RecordRef> fix = audit.followUp(stored->at(3).id);
        REQUIRE(fix.ok());
        CHECK(store.load(fix->id)->title.startsWith(u"Correct operating system of "_s));
        CHECK(audit.followUp(99999).error().code() == ErrorCode::NotFound);
    }

    SECTION("scoped to a service: only its tree can be missing, and the audit says so")
    {
        Result<RecordRef> svc = store.create(u"service"_s, {{u"title"_s, u"Shop"_s}});
        REQUIRE(svc.ok());
        const qint64 app = makeCi(store, u"shop-app"_s, u"application"_s);
        REQUIRE(store.link(app, svc->id, u"part_of"_s).isOk());
        REQUIRE(store.link(app, m.a, u"runs_on"_s).isOk());
        const QString small = write(dir, u"small.csv"_s,
                                    "Host;Class;OS;Cores;Serial;Model\n"
                                    "vm-1;VM;;;;\n"
                                    "srv-b;Server;;;;\n");
        Result<CmdbAuditResult> s = audit.run(small, mapping, svc->id);
        REQUIRE(s.ok());
        // srv-d is outside the shop's tree; srv-a is in it and was not found.
        CHECK(describe(s->findings) == QStringList {u"missing srv-a"_s});
        Result<QList<LinkInfo>> links = store.links(s->audit.id);
        REQUIRE(links.ok());
        REQUIRE(links->size() == 1);
        CHECK(links->at(0).kind == u"audit_of"_s);
        CHECK(
            store.load(s->audit.id)->fields.value(u"scope"_s).toString().startsWith(svc->humanId));
    }
}

TEST_CASE("cmdb audit: bad files and mappings are refused with their line, nothing written",
          "[cmdb][audit]")
{
    TempDir dir;
    const QString path = dir.file(u"bad.sbw"_s);
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    fillCmdb(store);
    CmdbAudit audit(*wb);
    const QString goodMapping = write(dir, u"good.json"_s, Mapping);
    const QString goodInventory = write(dir, u"good.csv"_s, Inventory);

    auto refused = [&](const QString &inventory, const QString &mapping) {
        Result<CmdbAuditResult> r = audit.run(inventory, mapping);
        REQUIRE(!r.ok());
        return r.error();
    };
    auto csv = [&](const QByteArray &content) {
        return write(dir, u"in.csv"_s, content);
    };
    auto json = [&](const QByteArray &content) {
        return write(dir, u"map.json"_s, content);
    };

    SECTION("malformed CSV rows")
    {
        Error e = refused(csv("Host;Class;OS;Cores;Serial;Model\nsrv-a;Server;x;1;;\n"
                              "srv-b;Server;x;1\n"),
                          goodMapping);
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.message().contains(u"Line 3"_s));
        e = refused(csv("Host;Class;OS;Cores;Serial;Model\n;Server;x;1;;\n"), goodMapping);
        CHECK(e.message().contains(u"Line 2"_s));
        e = refused(csv("Host;Class;OS;Cores;Serial;Model\nsrv-a;Server;;;;\nSRV-A;server;;;;\n"),
                    goodMapping);
        CHECK(e.message().contains(u"Line 3"_s));
        CHECK(e.message().contains(u"line 2"_s));
        e = refused(csv(""), goodMapping);
        CHECK(e.code() == ErrorCode::EmptyFile);
    }

    SECTION("an unknown column or CI type")
    {
        Error e =
            refused(csv("Hostname;Class;OS;Cores;Serial;Model\nsrv-a;Server;;;;\n"), goodMapping);
        CHECK(e.message().contains(u"no column \"Host\""_s));
        e = refused(csv("Host;Class;OS;Cores;Serial;Model\nsrv-a;Server;;;;\nfw-1;Firewall;;;;\n"),
                    goodMapping);
        CHECK(e.message().contains(u"Line 3"_s));
        CHECK(e.message().contains(u"Firewall"_s));
        e = refused(goodInventory, json(R"({"name": "Host", "type": "mainframe"})"));
        CHECK(e.message().contains(u"mainframe"_s));
    }

    SECTION("a malformed mapping")
    {
        CHECK(refused(goodInventory, json("{\"name\": ")).message().contains(u"not valid JSON"_s));
        CHECK(refused(goodInventory, json(R"({"name": "Host", "type": "physical_server",
                                               "colour": "blue"})"))
                  .message()
                  .contains(u"\"colour\""_s));
        CHECK(refused(goodInventory, json(R"({"name": "Host"})"))
                  .message()
                  .contains(u"typeColumn"_s));
        CHECK(refused(goodInventory, json(R"({"name": "Host", "type": "physical_server",
                                               "compare": {"OS": "os_name"}})"))
                  .message()
                  .contains(u"os_name"_s));
        CHECK(refused(goodInventory, json(R"({"name": "Host", "type": "physical_server",
                                               "compare": {"OS": "attributes.raid_level"}})"))
                  .message()
                  .contains(u"raid_level"_s));
        CHECK(refused(goodInventory, dir.file(u"none.json"_s)).code() == ErrorCode::NotFound);
    }

    RawSql raw(path);
    CHECK(raw.scalar(u"SELECT count(*) FROM record WHERE type = 'ci_audit'"_s) == u"0"_s);
    CHECK(raw.scalar(u"SELECT count(*) FROM ci_audit_finding"_s) == u"0"_s);

    SECTION("only configuration managers, auditors and administrators record audits")
    {
        REQUIRE(store.grantRole(u"ann"_s, u"agent"_s).isOk());
        REQUIRE(store.grantRole(u"bob"_s, u"auditor"_s).isOk());
        auto asAnn = openAs(path, u"ann"_s);
        CHECK(CmdbAudit(*asAnn).run(goodInventory, goodMapping).error().code()
              == ErrorCode::PermissionDenied);
        asAnn.reset();
        auto asBob = openAs(path, u"bob"_s);
        CHECK(CmdbAudit(*asBob).run(goodInventory, goodMapping).ok());
    }
}

TEST_CASE("cmdb audit: the shipped example mapping reads a scan", "[cmdb][audit]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"example.sbw"_s));
    RecordStore store(*wb);
    makeCi(store, u"web-01"_s, u"virtual_server"_s,
           {{u"attributes"_s, u"{\"operating_system\": \"Debian 12\", \"memory_gb\": 8}"_s}});
    makeCi(store, u"sw-core"_s, u"network_device"_s, {{u"location"_s, u"DC1"_s}});
    // Shipped inside the program, as the command line's "--mapping example" finds it.
    const QString example = u":/import/cmdb_inventory_example.json"_s;
    REQUIRE(QFileInfo::exists(example));
    const QString scan = write(dir, u"scan.csv"_s,
                               "Host name,Class,Model,Operating system,Cores,Memory GB,IP,Serial,"
                               "Site\n"
                               "web-01,VM,KVM,Debian 12,2,8.0,10.0.0.5,,unknown\n"
                               "sw-core,Switch,,,,,10.0.0.1,,DC2\n");
    Result<CmdbAuditResult> r = CmdbAudit(*wb).run(scan, example);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    CHECK(r->matched == 2);
    CHECK(r->types == QStringList {u"network_device"_s, u"physical_server"_s, u"virtual_server"_s});
    // The CMDB holds no subtype, cores or IP for web-01, and sw-core moved.
    CHECK(describe(r->findings)
          == QStringList {u"mismatch web-01 subtype |KVM @2"_s,
                          u"mismatch web-01 attributes.cpu_cores |2 @2"_s,
                          u"mismatch web-01 attributes.ip_address |10.0.0.5 @2"_s,
                          u"mismatch sw-core attributes.ip_address |10.0.0.1 @3"_s,
                          u"mismatch sw-core location DC1|DC2 @3"_s});
}
