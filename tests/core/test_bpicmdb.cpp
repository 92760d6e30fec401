// The CMDB of the real BPI Challenge 2014 data (Rabobank ICT): its CIs and service components
// built from the incident and change exports through the shipped mappings, and the incidents
// linked to the CIs they affected and were caused by. Registered only when the data sets are
// beside the project (see tests/CMakeLists.txt).
#include "fixtures.h"

#include "cmdb/citypes.h"
#include "cmdb/impact.h"
#include "io/csvimport.h"
#include "io/importmapping.h"
#include "records/integritycheck.h"
#include "storage/database.h"

#include <QProcess>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

// The data set is kept xz-compressed; xz (xz-utils) unpacks it.
QString unpack(const TempDir &t, const QString &name)
{
    const QString csv = t.file(name + u".csv"_s);
    QProcess xz;
    xz.setStandardOutputFile(csv);
    xz.start(u"xz"_s,
             {u"-dc"_s, QStringLiteral(SB_DATA_DIR "/bpi2014-rabobank/") + name + u".csv.xz"_s});
    REQUIRE(xz.waitForFinished(120000));
    REQUIRE(xz.exitCode() == 0);
    return csv;
}

ImportMapping shipped(const QString &name)
{
    auto m = ImportMapping::fromFile(u":/import/"_s + name + u".json"_s);
    INFO((m.ok() ? QString() : m.error().fullText()).toStdString());
    REQUIRE(m.ok());
    return *m;
}

} // namespace

TEST_CASE("the BPI 2014 CMDB: CIs, service components and the incidents linked to them")
{
    TempDir t;
    const QString incidents = unpack(t, u"Detail_Incident"_s);
    auto wb = newWorkbook(t.file(u"bpi.sbw"_s));
    RawSql raw(wb->path());
    auto q = [&](const char *sql) {
        return raw.scalar(QString::fromLatin1(sql));
    };

    // Every CI an incident affected or was caused by, once, from the first line naming it:
    // 4,272 distinct names; 285 service components (WBS), each a business-service CI that the
    // CIs are part of (4,327 pairs: 80 CIs belong to two components).
    const ImportSummary cis = CsvImport::run(*wb, shipped(u"bpi2014_cis"_s), incidents);
    INFO(cis.describe().toStdString());
    REQUIRE(cis.complete());
    CHECK(cis.rows == 46606);
    CHECK(cis.records == 92105); // 46,606 affected and 45,499 caused-by CIs named
    CHECK(cis.created == 4272);
    CHECK(cis.unchanged == 92105 - 4272);
    CHECK(cis.skipped == 0);
    CHECK(cis.linkTargetsCreated == 285);
    CHECK(cis.linksMade == 4327);
    CHECK(cis.linkTargetsMissing == 0);
    CHECK(cis.linksRefused == 0);
    CHECK(q("SELECT count(*) FROM ci") == u"4557"_s);
    CHECK(q("SELECT count(*) FROM ci WHERE ci_type = 'business_service'") == u"285"_s);
    CHECK(q("SELECT count(*) FROM link WHERE kind = 'part_of'") == u"4327"_s);
    // BPI's types onto ours, its subtype kept; the two types none of ours fits were added.
    CHECK(q("SELECT group_concat(ci_type || '=' || n, ',') FROM (SELECT ci_type, count(*) AS n "
            "FROM ci WHERE ci_type <> 'business_service' GROUP BY ci_type ORDER BY ci_type)")
          == u"application=876,database=25,end_user_device=2682,hardware=68,network_device=189,"
             "physical_server=243,software=63,storage=96,unclassified=30"_s);
    CHECK(q("SELECT c.ci_type || '|' || c.subtype || '|' || r.state FROM ci c JOIN record r ON "
            "r.id = c.id WHERE r.title = 'SUB000508'")
          == u"application|Web Based Application (subapplication)|live"_s);
    CHECK(q("SELECT c.ci_type || '|' || c.subtype FROM ci c JOIN record r ON r.id = c.id WHERE "
            "r.title = 'LAP000091'")
          == u"end_user_device|Laptop"_s);
    CHECK(q("SELECT count(*) FROM ci_type WHERE code IN ('hardware', 'unclassified')") == u"2"_s);
    // LAP000091 belongs to two service components.
    CHECK(q("SELECT group_concat(w.title, ',') FROM (SELECT w.title FROM link l JOIN record c "
            "ON c.id = l.from_id JOIN record w ON w.id = l.to_id WHERE c.title = 'LAP000091' AND "
            "l.kind = 'part_of' ORDER BY w.title) w")
          == u"WBS000091,WBS000187"_s);

    // The incidents, each linked to the CI it affected and (45,499 of them) to the one that
    // caused it.
    const ImportSummary inc = CsvImport::run(*wb, shipped(u"bpi2014_incidents"_s), incidents);
    INFO(inc.describe().toStdString());
    REQUIRE(inc.complete());
    CHECK(inc.created == 46606);
    CHECK(inc.skipped == 0);
    CHECK(inc.linksMade == 46606 + 45499);
    CHECK(inc.linkTargetsMissing == 0);
    CHECK(q("SELECT count(*) FROM link WHERE kind = 'affects_ci'") == u"46606"_s);
    CHECK(q("SELECT count(*) FROM link WHERE kind = 'caused_by_ci'") == u"45499"_s);
    // IM0000012 affected WBA000124 and was caused by SUB000508.
    CHECK(q("SELECT group_concat(l.kind || '>' || c.title, ',') FROM (SELECT l.kind, l.to_id FROM "
            "link l JOIN incident i ON i.id = l.from_id WHERE i.external_id = 'IM0000012' ORDER "
            "BY l.kind) l JOIN record c ON c.id = l.to_id")
          == u"affects_ci>WBA000124,caused_by_ci>SUB000508"_s);

    // Imported again: nothing new, every link already there.
    const ImportSummary again = CsvImport::run(*wb, shipped(u"bpi2014_incidents"_s), incidents);
    REQUIRE(again.complete());
    CHECK(again.unchanged == 46606);
    CHECK(again.linksMade == 0);
    CHECK(again.linksExisting == 92105);

    // The change export adds the CIs only changes name: 9,387 more, 49 more components.
    const QString changes = unpack(t, u"Detail_Change"_s);
    const ImportSummary ch = CsvImport::run(*wb, shipped(u"bpi2014_cis_changes"_s), changes);
    INFO(ch.describe().toStdString());
    REQUIRE(ch.complete());
    CHECK(ch.rows == 30275);
    CHECK(ch.created == 9387);
    CHECK(ch.skipped == 0);
    CHECK(ch.linkTargetsCreated == 49);
    CHECK(q("SELECT count(*) FROM ci") == QString::number(13659 + 334));
    CHECK(q("SELECT count(*) FROM link WHERE kind = 'part_of'") == u"13827"_s);

    // What a failure of the caused-by CI of IM0000012 reaches: its service component.
    Result<QVariant> sub = wb->db().scalar("SELECT id FROM record WHERE title = 'SUB000508'");
    REQUIRE(sub.ok());
    Result<ImpactResult> impact =
        Impact::analyse(wb->db(), sub->toLongLong(), ImpactDirection::Downstream);
    REQUIRE(impact.ok());
    QStringList services;
    for (const CmdbNode &n : impact->services)
        services << n.title;
    CHECK(services.contains(u"WBS000162"_s));

    auto report = IntegrityCheck::run(*wb);
    REQUIRE(report.ok());
    CHECK(report->healthy());
}
