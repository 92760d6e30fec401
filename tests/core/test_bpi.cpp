// The real BPI Challenge 2014 incident export (Rabobank ICT), imported whole through the shipped
// mapping. Registered only when the data sets are beside the project (see tests/CMakeLists.txt).
#include "fixtures.h"

#include "io/csvimport.h"
#include "io/importmapping.h"
#include "records/integritycheck.h"
#include "storage/database.h"

#include <QProcess>

using namespace sb;
using namespace sb::test;

TEST_CASE("the BPI 2014 incident export imports whole: every incident, priority and time")
{
    TempDir t;
    const QString csv = t.file(QStringLiteral("Detail_Incident.csv"));
    {
        // The data set is kept xz-compressed; xz (xz-utils) unpacks it.
        QProcess xz;
        xz.setStandardOutputFile(csv);
        xz.start(QStringLiteral("xz"),
                 {QStringLiteral("-dc"),
                  QStringLiteral(SB_DATA_DIR "/bpi2014-rabobank/Detail_Incident.csv.xz")});
        REQUIRE(xz.waitForFinished(120000));
        REQUIRE(xz.exitCode() == 0);
    }
    auto mapping = ImportMapping::fromFile(QStringLiteral(":/import/bpi2014_incidents.json"));
    REQUIRE(mapping.ok());
    auto wb = newWorkbook(t.file(QStringLiteral("bpi.sbw")));
    const ImportSummary s = CsvImport::run(*wb, *mapping, csv);
    INFO(s.describe().toStdString());
    REQUIRE(s.complete());
    CHECK(s.rows == 46606);
    CHECK(s.created == 46606);
    CHECK(s.skipped == 0);
    CHECK(s.blankLines == 203); // the separator-only lines at the end

    RawSql raw(wb->path());
    auto q = [&](const char *sql) {
        return raw.scalar(QString::fromLatin1(sql));
    };
    CHECK(q("SELECT count(*) FROM incident") == QStringLiteral("46606"));
    CHECK(q("SELECT count(*) FROM record WHERE type = 'incident' AND state = 'in_progress'")
          == QStringLiteral("9")); // "Work in progress"
    CHECK(q("SELECT count(*) FROM record WHERE type = 'incident' AND state = 'closed'")
          == QStringLiteral("46597"));
    CHECK(q("SELECT count(*) FROM incident WHERE resolved_at IS NULL") == QStringLiteral("1780"));
    CHECK(q("SELECT count(*) FROM incident WHERE reopened_at IS NOT NULL")
          == QStringLiteral("2284"));
    // Priorities arrive as given (the matrix would say otherwise for some).
    CHECK(q("SELECT group_concat(n, ',') FROM (SELECT count(*) AS n FROM incident GROUP BY "
            "priority ORDER BY priority)")
          == QStringLiteral("3,697,6703,22717,16486"));
    // IM0000004: opened 05/02/2012 13:32:57 and resolved 04/11/2013 13:50:27 in Amsterdam
    // (winter time both, UTC+1), closed 13:51:17; priority 4, 26 reassignments.
    CHECK(q("SELECT opened_at || ' ' || resolved_at || ' ' || closed_at || ' ' || priority || "
            "' ' || reassignment_count || ' ' || handle_hours FROM incident WHERE external_id = "
            "'IM0000004'")
          == QStringLiteral("2012-02-05T12:32:57.000Z 2013-11-04T12:50:27.000Z "
                            "2013-11-04T12:51:17.000Z 4 26 3871.691111"));
    // Summer time: IM0000011 opened 17/07/2012 11:49:00 (UTC+2).
    CHECK(q("SELECT opened_at FROM incident WHERE external_id = 'IM0000011'")
          == QStringLiteral("2012-07-17T09:49:00.000Z"));
    // Every imported incident has its SLA state, measured from its own times.
    CHECK(q("SELECT count(*) FROM sla_status") == QStringLiteral("46606"));

    // Imported again: the same incidents, nothing new.
    const ImportSummary again = CsvImport::run(*wb, *mapping, csv);
    REQUIRE(again.complete());
    CHECK(again.created == 0);
    CHECK(again.unchanged == 46606);

    auto report = IntegrityCheck::run(*wb);
    REQUIRE(report.ok());
    CHECK(report->healthy());
}
