#include "demostories.h"

#include "clock.h"
#include "cmdb/baseline.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/workbook.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sb {

namespace {

// What a catalogue service is made of, by the service's line in the seeds ([service]): its
// applications (name stem, subtype, what it is) and databases (name stem, engine).
struct AppSeed
{
    const char *stem;
    const char *subtype;
    const char *en;
    const char *zh;
};

struct DbSeed
{
    const char *stem;
    const char *engine;
    bool physical; // on a bare-metal database host rather than a virtual server
};

struct ServiceSeed
{
    AppSeed apps[3];
    DbSeed dbs[2];
    const char *needs; // infrastructure the first application depends on directly
};

// Lines 0 to 15 of the [service] seeds, in order; a stem of nullptr ends a list.
const ServiceSeed serviceSeeds[] = {
    {{{"mail-store", "Middleware", "Mailbox store", "邮箱存储"},
      {"mail-relay", "Middleware", "Mail relay for inbound and outbound mail", "收发邮件中继"},
      {"webmail", "Web", "Web mail and calendar", "网页邮件与日历"}},
     {{nullptr, nullptr, false}},
     nullptr},
    {{{"vpn-portal", "Web", "VPN client portal", "VPN 客户端门户"},
      {"radius", "Middleware", "RADIUS authentication for remote access", "远程访问 RADIUS 认证"}},
     {{nullptr, nullptr, false}},
     "vpn-gw"},
    {{{"netmon", "Web", "Network monitoring", "网络监控"}}, {{nullptr, nullptr, false}}, "core-sw"},
    {{{"wifi-mgmt", "Web", "Wireless management console", "无线网络管理控制台"}},
     {{nullptr, nullptr, false}},
     "wlc-hq"},
    {{{"erp-app", "Web", "ERP finance application", "ERP 财务应用"},
      {"erp-batch", "Batch", "ERP month-end batch", "ERP 月末批处理"}},
     {{"erp-db", "Oracle", true}, {"erp-db", "Oracle", true}},
     nullptr},
    {{{"payroll-app", "Web", "Payroll application", "薪资应用"},
      {"batch-sched", "Batch", "Batch scheduler for the payroll run", "薪资批处理调度器"}},
     {{"payroll-db", "PostgreSQL", false}},
     nullptr},
    {{{"portal-web", "Web", "Service desk portal, web front end", "服务台门户网页前端"},
      {"portal-api", "Middleware", "Service desk portal API", "服务台门户 API"}},
     {{"portal-db", "PostgreSQL", false}},
     nullptr},
    {{{"print-server", "Middleware", "Print queues", "打印队列"},
      {"scan-mail", "Middleware", "Scan to e-mail", "扫描到邮件"}},
     {{nullptr, nullptr, false}},
     nullptr},
    {{{"file-server", "Middleware", "File shares", "文件共享"}},
     {{nullptr, nullptr, false}},
     "nas"},
    {{{"video-bridge", "Middleware", "Video conferencing bridge", "视频会议桥"}},
     {{nullptr, nullptr, false}},
     nullptr},
    {{{"crm-app", "Web", "CRM application", "客户关系管理应用"}},
     {{"crm-db", "SQL Server", true}},
     nullptr},
    {{{"hr-portal", "Web", "HR self-service portal", "人力资源自助门户"}},
     {{"hr-db", "PostgreSQL", false}},
     nullptr},
    {{{"backup-mgr", "Batch", "Backup manager", "备份管理器"}}, {{nullptr, nullptr, false}}, "nas"},
    {{{"sso-idp", "Web", "Single sign-on identity provider", "单点登录身份提供者"},
      {"directory", "Middleware", "Directory service", "目录服务"}},
     {{nullptr, nullptr, false}},
     nullptr},
    {{{"intranet-cms", "Web", "Intranet content management", "内网内容管理"}},
     {{"intranet-db", "MySQL", false}},
     nullptr},
    {{{"dwh-etl", "Batch", "Data warehouse loads", "数据仓库加载"},
      {"dwh-report", "Web", "Reports and dashboards", "报表与仪表盘"}},
     {{"dwh-db", "PostgreSQL", false}},
     nullptr},
};

// The demo's CMDB, written through the ordinary write path: CIs are created planned and put
// live (or retired) by their lifecycle, relationships are links.
class Builder
{
public:
    Builder(RecordStore &store, Random &rnd, bool zh, DemoSummary *sum)
        : m_store(store)
        , m_rnd(rnd)
        , m_zh(zh)
        , m_sum(sum)
        , m_today(currentUtc().date())
    { }

    QString text(const char *en, const char *zh) const { return QString::fromUtf8(m_zh ? zh : en); }
    // "esx-03": the stem and the next number for it.
    QString next(const QString &stem)
    {
        const int n = ++m_counters[stem];
        return stem + u'-' + QString::number(n).rightJustified(2, u'0');
    }
    const QDate &today() const { return m_today; }
    Random &rnd() { return m_rnd; }
    bool zh() const { return m_zh; }

    Result<qint64> ci(const QString &type, const QString &name, const QString &subtype,
                      const QString &description, QVariantMap more = {},
                      const QString &state = u"live"_s)
    {
        more.insert(u"title"_s, name);
        more.insert(u"ci_type"_s, type);
        if (!subtype.isEmpty())
            more.insert(u"subtype"_s, subtype);
        if (!description.isEmpty())
            more.insert(u"description"_s, description);
        Result<RecordRef> r = m_store.create(u"ci"_s, more);
        if (!r.ok())
            return r.error();
        ++m_sum->cis;
        m_byName.insert(name, r->id);
        // Through the lifecycle as the CI lived it: ordered, live, then repaired or retired.
        QStringList path;
        if (state == u"ordered"_s)
            path = {u"ordered"_s};
        else if (state == u"live"_s)
            path = {u"live"_s};
        else if (state == u"in_repair"_s)
            path = {u"live"_s, u"in_repair"_s};
        else if (state == u"retired"_s)
            path = {u"live"_s, u"retired"_s};
        else if (state == u"disposed"_s)
            path = {u"live"_s, u"retired"_s, u"disposed"_s};
        for (const QString &to : std::as_const(path)) {
            if (Result<int> v = m_store.transition(r->id, to); !v.ok())
                return v.error();
        }
        return r->id;
    }

    Error relate(qint64 from, const QString &kind, qint64 to)
    {
        Error e = m_store.link(from, to, kind);
        if (e.isError())
            return e;
        ++m_sum->ciRelations;
        ++m_sum->links;
        return {};
    }

    qint64 idOf(const QString &name) const { return m_byName.value(name); }

    // An attributes object in its JSON form.
    static QString attributes(const QJsonObject &o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

private:
    RecordStore &m_store;
    Random &m_rnd;
    bool m_zh;
    DemoSummary *m_sum;
    QDate m_today;
    QHash<QString, int> m_counters;
    QHash<QString, qint64> m_byName;
};

// Ten letters and digits, as the labels on equipment carry them.
QString serialNumber(Random &rnd)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    QString s;
    for (int i = 0; i < 10; ++i)
        s += QLatin1Char(alphabet[rnd.below(int(sizeof(alphabet) - 1))]);
    return s;
}

} // namespace

Error addCmdb(RecordStore &store, Random &rnd, bool zh, int scale, const QList<qint64> &services,
              const QStringList &serviceNames, const QStringList &serviceIds, DemoSummary *sum)
{
    Builder b(store, rnd, zh, sum);
    Database &db = store.workbook().db();
    auto tx = [&b](const char *en, const char *zhText) {
        return b.text(en, zhText);
    };
    const QString live = u"live"_s;

    // People by login, for the devices assigned to them.
    QList<std::pair<QString, QString>> people; // login, human ID
    {
        Statement st = db.prepare("SELECT p.login, r.human_id FROM person p JOIN record r ON "
                                  "r.id = p.id WHERE p.login IS NOT NULL ORDER BY r.id");
        while (st.next())
            people.append({st.text(0), st.text(1)});
        if (st.error().isError())
            return st.error();
    }
    const QStringList suppliers = zh
        ? QStringList {u"华北电脑有限公司"_s, u"东方网络设备公司"_s, u"长城数据系统"_s}
        : QStringList {u"Northwind Computers"_s, u"Fabrikam Networks"_s, u"Contoso Systems"_s};
    const QStringList costCentres {u"CC-100"_s, u"CC-200"_s, u"CC-310"_s, u"CC-420"_s};
    auto assetFields = [&](double cost, int ageDays, int warrantyYears) {
        const QDate bought = b.today().addDays(-ageDays);
        return QVariantMap {
            {u"serial_number"_s, serialNumber(rnd)},
            {u"purchase_date"_s, bought.toString(Qt::ISODate)},
            {u"cost"_s, cost},
            {u"cost_centre"_s, rnd.pick(costCentres)},
            {u"supplier"_s, rnd.pick(suppliers)},
            {u"warranty_end"_s, bought.addYears(warrantyYears).toString(Qt::ISODate)}};
    };
    int assetTag = 100000;
    auto tagged = [&assetTag](QVariantMap v) {
        v.insert(u"asset_tag"_s, u"AT-"_s + QString::number(++assetTag));
        return v;
    };

    // Licences first: the whole organisation's, sized by the scale. The office suite is
    // over-used (more devices than seats), endpoint protection runs out within the month.
    struct LicenceSeed
    {
        const char *en;
        const char *zh;
        const char *metric;
        int perScale; // entitlements per step of scale; 0: a site licence, not counted
        int expiresInDays; // 0: years away
    };
    const LicenceSeed licenceSeeds[] = {
        {"Office suite, enterprise agreement", "办公套件企业协议", "Per user", 110, 0},
        {"Endpoint protection", "终端防护", "Per device", 200, 21},
        {"Database engine, enterprise edition", "数据库引擎企业版", "Per core", 16, 0},
        {"Hypervisor", "虚拟化平台", "Per core", 12, 0},
        {"Backup software", "备份软件", "Site", 0, 0},
    };
    QList<qint64> licences;
    for (const LicenceSeed &l : licenceSeeds) {
        QVariantMap v = assetFields(0, 200 + rnd.below(300), 3);
        v.remove(u"serial_number"_s);
        v.remove(u"warranty_end"_s);
        v.insert(u"cost"_s, 1000.0 * (5 + rnd.below(40)) * scale);
        if (l.perScale > 0)
            v.insert(u"licence_entitlements"_s, l.perScale * scale);
        v.insert(u"licence_expires"_s,
                 (l.expiresInDays > 0 ? b.today().addDays(l.expiresInDays)
                                      : b.today().addYears(1 + rnd.below(3)))
                     .toString(Qt::ISODate));
        v.insert(u"attributes"_s,
                 Builder::attributes({{u"metric"_s, QString::fromLatin1(l.metric)},
                                      {u"licence_key"_s, u"LK-"_s + serialNumber(rnd)}}));
        Result<qint64> id = b.ci(
            u"licence"_s, tx(l.en, l.zh), QString::fromLatin1(l.metric),
            tx("Licence agreement held by IT procurement.", "由 IT 采购部门管理的许可协议。"), v);
        if (!id.ok())
            return id.error();
        licences << *id;
    }
    const qint64 officeLicence = licences[0];
    const qint64 endpointLicence = licences[1];
    const qint64 dbLicence = licences[2];
    const qint64 hypervisorLicence = licences[3];
    const qint64 backupLicence = licences[4];

    // Software the servers run, each under its licence.
    Result<qint64> backupAgent =
        b.ci(u"software"_s, tx("Backup agent", "备份代理"), {},
             tx("Agent of the backup software on every host.", "每台主机上的备份软件代理。"),
             {{u"attributes"_s, Builder::attributes({{u"vendor"_s, u"Contoso Systems"_s}})}});
    if (!backupAgent.ok())
        return backupAgent.error();
    if (Error e = b.relate(*backupAgent, u"licensed_by"_s, backupLicence); e.isError())
        return e;
    Result<qint64> hypervisor =
        b.ci(u"software"_s, tx("Hypervisor", "虚拟化平台软件"), {},
             tx("Virtualisation layer of the server hosts.", "服务器主机的虚拟化层。"),
             {{u"attributes"_s, Builder::attributes({{u"vendor"_s, u"Fabrikam"_s}})}});
    if (!hypervisor.ok())
        return hypervisor.error();

    qint64 firstCoreSwitch = 0;
    qint64 firstSan = 0;
    QList<qint64> hosts; // every hypervisor host so far: virtual servers use any of them
    QHash<QString, qint64> infra; // the latest of each infrastructure stem
    for (int round = 0; round < scale; ++round) {
        // Locations: an office and a data centre room with its racks.
        const QString office = round == 0
            ? tx("Headquarters", "总部")
            : (zh ? u"分支机构（%1）"_s : u"Branch office %1"_s).arg(round + 1);
        Result<qint64> site =
            b.ci(u"location"_s, office, u"Site"_s, {},
                 {{u"attributes"_s,
                   Builder::attributes({{u"address"_s,
                                         zh ? u"北京市海淀区中关村大街 %1 号"_s.arg(10 + round)
                                            : u"%1 Harbour Road"_s.arg(10 + round)}})}});
        if (!site.ok())
            return site.error();
        const QString dcName =
            zh ? u"数据中心机房 %1"_s.arg(round + 1) : u"Data centre room %1"_s.arg(round + 1);
        Result<qint64> room = b.ci(u"location"_s, dcName, u"Room"_s, {});
        if (!room.ok())
            return room.error();
        if (Error e = b.relate(*room, u"located_in"_s, *site); e.isError())
            return e;
        QList<qint64> racks;
        for (int i = 0; i < 4; ++i) {
            Result<qint64> rack = b.ci(u"location"_s, b.next(u"rack"_s), u"Rack"_s, {});
            if (!rack.ok())
                return rack.error();
            if (Error e = b.relate(*rack, u"located_in"_s, *room); e.isError())
                return e;
            racks << *rack;
        }

        // Network: a core pair, the way out, access switches, Wi-Fi.
        auto network = [&](const QString &stem, const QString &subtype, const QString &what,
                           qint64 where, int ports) -> Result<qint64> {
            QVariantMap v = tagged(assetFields(2000 + rnd.below(18000), 100 + rnd.below(1200), 5));
            v.insert(
                u"attributes"_s,
                Builder::attributes(
                    {{u"ports"_s, ports},
                     {u"firmware"_s, u"%1.%2"_s.arg(9 + rnd.below(4)).arg(rnd.below(10))},
                     {u"ip_address"_s,
                      u"10.%1.%2.%3"_s.arg(round).arg(rnd.below(250)).arg(1 + rnd.below(250))}}));
            Result<qint64> id = b.ci(u"network_device"_s, b.next(stem), subtype, what, v);
            if (!id.ok())
                return id.error();
            if (Error e = b.relate(*id, u"located_in"_s, where); e.isError())
                return e;
            infra.insert(stem, *id);
            return id;
        };
        Result<qint64> core1 =
            network(u"core-sw"_s, u"Switch"_s, tx("Core switch", "核心交换机"), racks[0], 48);
        if (!core1.ok())
            return core1.error();
        Result<qint64> core2 =
            network(u"core-sw"_s, u"Switch"_s, tx("Core switch", "核心交换机"), racks[1], 48);
        if (!core2.ok())
            return core2.error();
        if (Error e = b.relate(*core1, u"connected_to"_s, *core2); e.isError())
            return e;
        if (firstCoreSwitch == 0)
            firstCoreSwitch = *core1;
        else if (Error e = b.relate(*core1, u"depends_on"_s, firstCoreSwitch); e.isError())
            return e; // a branch reaches the data centre through headquarters' core
        Result<qint64> router =
            network(u"rtr"_s, u"Router"_s, tx("Internet router", "互联网路由器"), racks[0], 8);
        if (!router.ok())
            return router.error();
        Result<qint64> firewall =
            network(u"fw"_s, u"Firewall"_s, tx("Perimeter firewall", "边界防火墙"), racks[0], 16);
        if (!firewall.ok())
            return firewall.error();
        if (Error e = b.relate(*firewall, u"depends_on"_s, *router); e.isError())
            return e;
        if (Error e = b.relate(*core1, u"depends_on"_s, *firewall); e.isError())
            return e;
        Result<qint64> vpn =
            network(u"vpn-gw"_s, u"VPN gateway"_s,
                    tx("VPN gateway for remote staff", "远程办公 VPN 网关"), racks[1], 4);
        if (!vpn.ok())
            return vpn.error();
        if (Error e = b.relate(*vpn, u"depends_on"_s, *firewall); e.isError())
            return e;
        Result<qint64> lb = network(
            u"lb"_s, u"Load balancer"_s,
            tx("Load balancer for the web applications", "网页应用负载均衡器"), racks[1], 8);
        if (!lb.ok())
            return lb.error();
        if (Error e = b.relate(*lb, u"depends_on"_s, *core2); e.isError())
            return e;
        QList<qint64> controllers;
        for (int i = 0; i < 2; ++i) {
            Result<qint64> wlc = network(u"wlc-hq"_s, u"Wireless controller"_s,
                                         tx("Wi-Fi access controller", "无线接入控制器"), *site, 0);
            if (!wlc.ok())
                return wlc.error();
            if (Error e = b.relate(*wlc, u"depends_on"_s, i == 0 ? *core1 : *core2); e.isError())
                return e;
            controllers << *wlc;
        }
        for (int i = 0; i < 4; ++i) {
            Result<qint64> access = network(u"acc-sw"_s, u"Switch"_s,
                                            tx("Floor access switch", "楼层接入交换机"), *site, 48);
            if (!access.ok())
                return access.error();
            if (Error e = b.relate(*access, u"depends_on"_s, i % 2 == 0 ? *core1 : *core2);
                e.isError())
                return e;
            for (int k = 0; k < 2; ++k) {
                Result<qint64> ap = network(u"ap"_s, u"Access point"_s,
                                            tx("Wi-Fi access point", "无线接入点"), *site, 2);
                if (!ap.ok())
                    return ap.error();
                if (Error e = b.relate(*ap, u"depends_on"_s, *access); e.isError())
                    return e;
                if (Error e = b.relate(*ap, u"depends_on"_s, controllers[k]); e.isError())
                    return e;
            }
        }

        // Storage.
        auto storage = [&](const QString &stem, const QString &subtype, const QString &what,
                           double tb, const QString &raid) -> Result<qint64> {
            QVariantMap v = tagged(assetFields(20000 + rnd.below(80000), 200 + rnd.below(900), 5));
            v.insert(u"attributes"_s,
                     Builder::attributes({{u"capacity_tb"_s, tb}, {u"raid_level"_s, raid}}));
            Result<qint64> id = b.ci(u"storage"_s, b.next(stem), subtype, what, v);
            if (!id.ok())
                return id.error();
            if (Error e = b.relate(*id, u"located_in"_s, racks[2]); e.isError())
                return e;
            if (Error e = b.relate(*id, u"depends_on"_s, *core2); e.isError())
                return e;
            infra.insert(stem, *id);
            return id;
        };
        Result<qint64> san =
            storage(u"san"_s, u"SAN"_s, tx("Storage array", "存储阵列"), 120, u"RAID 6"_s);
        if (!san.ok())
            return san.error();
        if (firstSan == 0)
            firstSan = *san;
        Result<qint64> nas =
            storage(u"nas"_s, u"NAS"_s, tx("File storage", "文件存储"), 60, u"RAID 10"_s);
        if (!nas.ok())
            return nas.error();

        // Hosts: hypervisors, bare-metal database hosts, and one old server retired.
        auto server = [&](const QString &stem, const QString &subtype, const QString &what,
                          const QString &state, int rack) -> Result<qint64> {
            QVariantMap v = tagged(assetFields(6000 + rnd.below(20000), 100 + rnd.below(1500), 4));
            v.insert(
                u"attributes"_s,
                Builder::attributes(
                    {{u"operating_system"_s, stem == u"esx"_s ? u"Hypervisor 8"_s : u"Debian 12"_s},
                     {u"cpu_cores"_s, 16 << rnd.below(3)},
                     {u"memory_gb"_s, 128 << rnd.below(3)},
                     {u"ip_address"_s, u"10.%1.10.%2"_s.arg(round).arg(1 + rnd.below(250))}}));
            Result<qint64> id = b.ci(u"physical_server"_s, b.next(stem), subtype, what, v, state);
            if (!id.ok())
                return id.error();
            if (Error e = b.relate(*id, u"located_in"_s, racks[rack]); e.isError())
                return e;
            if (state == u"retired"_s)
                return id;
            if (Error e = b.relate(*id, u"depends_on"_s, rack % 2 == 0 ? *core1 : *core2);
                e.isError())
                return e;
            if (Error e = b.relate(*id, u"depends_on"_s, *san); e.isError())
                return e;
            if (Error e = b.relate(*backupAgent, u"installed_on"_s, *id); e.isError())
                return e;
            return id;
        };
        QList<qint64> roundHosts;
        for (int i = 0; i < 6; ++i) {
            Result<qint64> h =
                server(u"esx"_s, u"Rack"_s, tx("Hypervisor host", "虚拟化主机"), live, 2 + i % 2);
            if (!h.ok())
                return h.error();
            // The hosts, not the software, count against the per-core licence.
            if (Error e = b.relate(*hypervisor, u"installed_on"_s, *h); e.isError())
                return e;
            if (Error e = b.relate(*h, u"licensed_by"_s, hypervisorLicence); e.isError())
                return e;
            roundHosts << *h;
            hosts << *h;
        }
        QList<qint64> dbHosts;
        for (int i = 0; i < 2; ++i) {
            Result<qint64> h =
                server(u"db-host"_s, u"Rack"_s, tx("Database host", "数据库主机"), live, 3);
            if (!h.ok())
                return h.error();
            dbHosts << *h;
        }
        if (Result<qint64> old =
                server(u"srv-legacy"_s, u"Tower"_s,
                       tx("Old file server, replaced by the NAS", "旧文件服务器，已由网络存储取代"),
                       u"retired"_s, 3);
            !old.ok())
            return old.error();

        // A shared database cluster several applications use.
        auto database = [&](const QString &stem, const QString &engine, bool physical,
                            const QString &what) -> Result<qint64> {
            QVariantMap v {{u"attributes"_s,
                            Builder::attributes(
                                {{u"engine_version"_s, engine == u"Oracle"_s ? u"19c"_s : u"16"_s},
                                 {u"size_gb"_s, 50 * (1 + rnd.below(40))}})}};
            Result<qint64> id = b.ci(u"database"_s, b.next(stem), engine, what, v);
            if (!id.ok())
                return id.error();
            if (physical) {
                if (Error e = b.relate(*id, u"runs_on"_s, rnd.pick(dbHosts)); e.isError())
                    return e;
                if (Error e = b.relate(*id, u"licensed_by"_s, dbLicence); e.isError())
                    return e;
            } else {
                Result<qint64> vm =
                    b.ci(u"virtual_server"_s, b.next(u"vm"_s), u"VMware"_s,
                         tx("Virtual server", "虚拟服务器"),
                         {{u"attributes"_s,
                           Builder::attributes({{u"operating_system"_s, u"Debian 12"_s},
                                                {u"cpu_cores"_s, 4 << rnd.below(2)},
                                                {u"memory_gb"_s, 16 << rnd.below(2)}})}});
                if (!vm.ok())
                    return vm.error();
                if (Error e = b.relate(*vm, u"runs_on"_s, rnd.pick(hosts)); e.isError())
                    return e;
                if (Error e = b.relate(*id, u"runs_on"_s, *vm); e.isError())
                    return e;
            }
            return id;
        };
        Result<qint64> shared = database(u"db-shared"_s, u"PostgreSQL"_s, false,
                                         tx("Shared database cluster", "共享数据库集群"));
        if (!shared.ok())
            return shared.error();

        // The services of this round, with their applications and databases.
        for (int i = 0; i < services.size(); ++i) {
            // Each round of the CMDB carries its share of the services, in order; a service
            // is made of what its line of the seeds names.
            if (int(qint64(i) * scale / services.size()) != round)
                continue;
            const ServiceSeed &seed = serviceSeeds[i % int(std::size(serviceSeeds))];
            Result<qint64> bs = b.ci(
                u"business_service"_s, serviceNames[i], {},
                (zh ? u"目录服务 %1 的业务服务配置项。"_s
                    : u"The business service behind the catalogue service %1."_s)
                    .arg(serviceIds[i]),
                {{u"attributes"_s, Builder::attributes({{u"service_record"_s, serviceIds[i]}})}});
            if (!bs.ok())
                return bs.error();
            if (Error e = b.relate(*bs, u"part_of"_s, services[i]); e.isError())
                return e;
            QList<qint64> dbs;
            for (const DbSeed &d : seed.dbs) {
                if (!d.stem)
                    break;
                Result<qint64> id =
                    database(QString::fromLatin1(d.stem), QString::fromLatin1(d.engine), d.physical,
                             tx("Application database", "应用数据库"));
                if (!id.ok())
                    return id.error();
                dbs << *id;
            }
            for (int a = 0; a < 3 && seed.apps[a].stem; ++a) {
                const AppSeed &app = seed.apps[a];
                const bool web = QLatin1String(app.subtype) == QLatin1String("Web");
                Result<qint64> id =
                    b.ci(u"application"_s, b.next(QString::fromLatin1(app.stem)),
                         QString::fromLatin1(app.subtype), tx(app.en, app.zh),
                         {{u"attributes"_s,
                           Builder::attributes({{u"environment"_s, u"Production"_s},
                                                {u"vendor"_s, rnd.pick(suppliers)}})}});
                if (!id.ok())
                    return id.error();
                if (Error e = b.relate(*id, u"part_of"_s, *bs); e.isError())
                    return e;
                // Web applications run on two servers behind the load balancer.
                for (int k = 0; k < (web ? 2 : 1); ++k) {
                    Result<qint64> vm =
                        b.ci(u"virtual_server"_s, b.next(u"vm"_s), u"VMware"_s,
                             tx("Virtual server", "虚拟服务器"),
                             {{u"attributes"_s,
                               Builder::attributes(
                                   {{u"operating_system"_s,
                                     rnd.chance(70) ? u"Debian 12"_s : u"Windows Server 2022"_s},
                                    {u"cpu_cores"_s, 2 << rnd.below(3)},
                                    {u"memory_gb"_s, 8 << rnd.below(3)}})}});
                    if (!vm.ok())
                        return vm.error();
                    if (Error e = b.relate(*vm, u"runs_on"_s, rnd.pick(hosts)); e.isError())
                        return e;
                    if (Error e = b.relate(*id, u"runs_on"_s, *vm); e.isError())
                        return e;
                }
                if (web) {
                    if (Error e = b.relate(*id, u"depends_on"_s, *lb); e.isError())
                        return e;
                }
                for (qint64 d : std::as_const(dbs)) {
                    if (Error e = b.relate(*id, u"depends_on"_s, d); e.isError())
                        return e;
                }
                if (dbs.isEmpty() && a == 0 && rnd.chance(50)) {
                    if (Error e = b.relate(*id, u"depends_on"_s, *shared); e.isError())
                        return e;
                }
                if (a == 0 && seed.needs) {
                    // Both Wi-Fi controllers of the round, or the device of that kind.
                    const QString stem = QString::fromLatin1(seed.needs);
                    const QList<qint64> needed =
                        stem == u"wlc-hq"_s ? controllers : QList<qint64> {infra.value(stem)};
                    for (qint64 n : needed) {
                        if (n == 0)
                            continue;
                        if (Error e = b.relate(*id, u"depends_on"_s, n); e.isError())
                            return e;
                    }
                }
            }
        }

        // End-user devices: laptops and desktops under the office licences, printers and
        // phones; a few warranties end within the month, a few devices are retired.
        struct DeviceKind
        {
            const char *stem;
            const char *subtype;
            const char *en;
            const char *zh;
            int count;
            double cost;
            bool licensed;
        };
        const DeviceKind kinds[] = {
            {"lt", "Laptop", "Laptop", "笔记本电脑", 90, 1100, true},
            {"pc", "Desktop", "Desktop computer", "台式电脑", 40, 800, true},
            {"prn", "Printer", "Floor printer", "楼层打印机", 10, 2500, false},
            {"ph", "Phone", "Mobile phone", "手机", 10, 600, false},
        };
        int soon = 0;
        for (const DeviceKind &k : kinds) {
            for (int i = 0; i < k.count; ++i) {
                // A device bought between a month and four years ago, with three years of
                // warranty; three of each round end within the next month.
                int age = 30 + rnd.below(4 * 365);
                if (soon < 3 && QLatin1String(k.stem) == QLatin1String("lt") && i % 30 == 7) {
                    age = 3 * 365 - (5 + 9 * soon);
                    ++soon;
                }
                QVariantMap v = tagged(assetFields(k.cost * (0.8 + rnd.below(40) / 100.0), age, 3));
                // Three years counted in days, so the ones picked above end when planned.
                v.insert(u"warranty_end"_s,
                         b.today().addDays(-age + 3 * 365).toString(Qt::ISODate));
                QJsonObject attrs;
                if (!people.isEmpty() && QLatin1String(k.stem) != QLatin1String("prn")) {
                    const auto &person = people.at(rnd.below(int(people.size())));
                    attrs.insert(u"assigned_to"_s, person.second);
                    v.insert(u"owner"_s, person.first);
                }
                if (k.licensed)
                    attrs.insert(u"operating_system"_s,
                                 rnd.chance(80) ? u"Windows 11"_s : u"Ubuntu 24.04"_s);
                if (!attrs.isEmpty())
                    v.insert(u"attributes"_s, Builder::attributes(attrs));
                // Old ones are retired (one disposed of); a printer waits for repair.
                QString state = live;
                if (age > 4 * 365 - 60 && k.licensed)
                    state = i % 5 == 0 ? u"disposed"_s : u"retired"_s;
                else if (QLatin1String(k.stem) == QLatin1String("prn") && i == 0)
                    state = u"in_repair"_s;
                else if (age < 35)
                    state = u"ordered"_s;
                Result<qint64> id = b.ci(u"end_user_device"_s, b.next(QString::fromLatin1(k.stem)),
                                         QString::fromLatin1(k.subtype), tx(k.en, k.zh), v, state);
                if (!id.ok())
                    return id.error();
                if (Error e = b.relate(*id, u"located_in"_s, *site); e.isError())
                    return e;
                if (k.licensed && state == live) {
                    if (Error e = b.relate(*id, u"licensed_by"_s, officeLicence); e.isError())
                        return e;
                    if (Error e = b.relate(*id, u"licensed_by"_s, endpointLicence); e.isError())
                        return e;
                }
            }
        }
    }

    // Two applications that need each other: the ledger posts the payroll, the payroll reads
    // the ledger's cost centres. Impact analysis has to stop going round.
    if (const qint64 erp = b.idOf(u"erp-app-01"_s), payroll = b.idOf(u"payroll-app-01"_s);
        erp != 0 && payroll != 0) {
        if (Error e = b.relate(erp, u"depends_on"_s, payroll); e.isError())
            return e;
        if (Error e = b.relate(payroll, u"depends_on"_s, erp); e.isError())
            return e;
    }

    // The incidents, problems and known errors that name a CI in their text now link to it.
    const char *const named[] = {
        "SELECT id, affected_ci FROM incident WHERE affected_ci IS NOT NULL ORDER BY id",
        "SELECT id, affected_ci FROM problem WHERE affected_ci IS NOT NULL ORDER BY id",
        "SELECT id, affected_ci FROM known_error WHERE affected_ci IS NOT NULL ORDER BY id"};
    for (const char *sql : named) {
        QList<std::pair<qint64, qint64>> pairs;
        Statement st = db.prepare(sql);
        while (st.next()) {
            if (const qint64 ci = b.idOf(st.text(1)); ci != 0)
                pairs.append({st.int64(0), ci});
        }
        if (st.error().isError())
            return st.error();
        st.reset();
        for (const auto &[record, ci] : std::as_const(pairs)) {
            if (Error e = b.relate(record, u"affects_ci"_s, ci); e.isError())
                return e;
        }
    }
    return {};
}

Error addCmdbBaseline(Workbook &workbook, bool zh, DemoSummary *sum)
{
    Result<BaselineInfo> taken =
        Baselines(workbook).create(zh ? u"2026.11 版发布前"_s : u"Before release 2026.11"_s,
                                   zh ? u"2026.11 版发布部署前的整个配置管理数据库。"_s
                                      : u"The whole CMDB before release 2026.11 is deployed."_s);
    if (!taken.ok())
        return taken.error();
    ++sum->baselines;
    return {};
}

} // namespace sb
