// A CMDB taken over from another tool's export: several CIs per line (column groups), CIs
// matched by name and kept as first seen, types from two columns together, the records the
// lines link to (made when missing), CI types the file needs, and tickets linked to CIs.
#include "importfixtures.h"

#include "cmdb/citypes.h"
#include "io/csvimport.h"
#include "io/importmapping.h"
#include "records/integritycheck.h"

#include <QBuffer>
#include <QJsonObject>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray ciMapping = R"j({
  "type": "ci",
  "separator": ";",
  "missing": ["", "#N/B"],
  "key": "title",
  "existing": "keep",
  "ciTypes": [{"code": "hardware", "label": "Other hardware", "icon": "generic",
               "subtypes": ["UPS"]}],
  "groups": [
    {"Name": "Name (aff)", "Type": "Type (aff)", "Sub": "Sub (aff)", "Comp": "Comp (aff)"},
    {"Name": "Name (by)", "Type": "Type (by)", "Sub": "Sub (by)", "Comp": "Comp (by)"}
  ],
  "title": "Name",
  "state": {"default": "live"},
  "columns": {
    "{Type}/{Sub}": {"field": "ci_type", "map": {
      "computer/Laptop": "end_user_device", "computer/Linux Server": "physical_server",
      "application/Web": "application", "hardware/UPS": "hardware"}},
    "Sub": "subtype"
  },
  "links": [{"column": "Comp", "kind": "part_of", "to": "ci",
             "create": {"state": "live", "values": {"ci_type": "business_service"}}}]
})j";

// Each line names the CI a ticket affected and the one that caused it.
const QByteArray ciRows = "Ticket;Name (aff);Type (aff);Sub (aff);Comp (aff);Name (by);Type "
                          "(by);Sub (by);Comp (by)\n"
                          "T1;app-1;application;Web;WBS-1;srv-1;computer;Linux Server;WBS-2\n"
                          "T2;srv-1;computer;Laptop;WBS-3;#N/B;#N/B;#N/B;WBS-2\n"
                          "T3;APP-1;application;Web;WBS-1;ups-1;hardware;UPS;#N/B\n"
                          "T4;lt-1;computer;Laptop;;lt-1;computer;Laptop;\n";

qint64 count(Workbook &wb, const char *sql)
{
    Result<QVariant> v = wb.db().scalar(sql);
    REQUIRE(v.ok());
    return v->toLongLong();
}

QString text(Workbook &wb, const char *sql)
{
    Result<QVariant> v = wb.db().scalar(sql);
    REQUIRE(v.ok());
    return v->toString();
}

} // namespace

TEST_CASE("several CIs per line, each once from the first line naming it, with their links",
          "[cmdb][import]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"import.sbw"_s));
    const ImportMapping m = mapping(ciMapping);

    SECTION("a dry run writes nothing, not even the CI types the file needs")
    {
        ImportOptions dry;
        dry.dryRun = true;
        const ImportSummary s = importCsv(*wb, m, ciRows, dry);
        INFO(s.describe().toStdString());
        REQUIRE(s.complete());
        CHECK(s.created == 4);
        CHECK(count(*wb, "SELECT count(*) FROM ci") == 0);
        CHECK(count(*wb, "SELECT count(*) FROM ci_type WHERE code = 'hardware'") == 0);
    }

    const ImportSummary s = importCsv(*wb, m, ciRows);
    INFO(s.describe().toStdString());
    REQUIRE(s.complete());
    CHECK(s.rows == 4);
    // The "by" group of T2 names no CI: passed over, though it names a component.
    CHECK(s.records == 7);
    CHECK(s.created == 4); // app-1, srv-1, ups-1, lt-1
    CHECK(s.unchanged == 3); // srv-1 again, APP-1 (any case), lt-1 again
    CHECK(s.skipped == 0);
    CHECK(s.linking);
    CHECK(s.linkTargetsCreated == 3); // WBS-1, WBS-2, WBS-3
    CHECK(s.linksMade == 3); // app-1 and srv-1 to theirs, srv-1 also to WBS-3
    CHECK(s.linksExisting == 1); // APP-1 to WBS-1 again
    CHECK(s.describe().contains(u"7"_s));

    // Kept as first seen: srv-1 stays a Linux server though T2 calls it a laptop.
    CHECK(text(*wb,
               "SELECT c.ci_type || '/' || c.subtype || '/' || r.state FROM ci c JOIN record "
               "r ON r.id = c.id WHERE r.title = 'srv-1'")
          == u"physical_server/Linux Server/live"_s);
    CHECK(text(*wb,
               "SELECT c.ci_type FROM ci c JOIN record r ON r.id = c.id WHERE r.title = "
               "'ups-1'")
          == u"hardware"_s);
    CHECK(count(*wb, "SELECT count(*) FROM ci WHERE ci_type = 'business_service'") == 3);
    CHECK(text(*wb,
               "SELECT group_concat(w.title, ',') FROM (SELECT w.title FROM link l JOIN "
               "record c ON c.id = l.from_id JOIN record w ON w.id = l.to_id WHERE c.title "
               "= 'srv-1' ORDER BY w.title) w")
          == u"WBS-2,WBS-3"_s);
    Result<CiTypeDef> added = CiTypes(*wb).type(u"hardware"_s);
    REQUIRE(added.ok());
    CHECK(added->label == u"Other hardware"_s);

    // Once more: everything found, nothing new.
    const ImportSummary again = importCsv(*wb, m, ciRows);
    REQUIRE(again.complete());
    CHECK(again.created == 0);
    CHECK(again.unchanged == 7);
    CHECK(again.linksMade == 0);
    CHECK(again.linksExisting == 4);
    CHECK(again.linkTargetsCreated == 0);

    // A type the map does not know is refused with the reason; the other CIs import.
    const ImportSummary odd =
        importCsv(*wb, m,
                  "Ticket;Name (aff);Type (aff);Sub (aff);Comp (aff);Name (by);Type (by);Sub "
                  "(by);Comp (by)\nT9;tape-1;storage;Tape;WBS-9;ups-2;hardware;UPS;WBS-9\n");
    CHECK(odd.complete());
    CHECK(odd.created == 1);
    CHECK(odd.skipped == 1);
    REQUIRE(odd.issues.size() == 1);
    CHECK(odd.issues[0].message.contains(u"storage/Tape"_s));

    auto report = IntegrityCheck::run(*wb);
    REQUIRE(report.ok());
    CHECK(report->healthy());
}

TEST_CASE("tickets link to the CIs they name once the CIs exist", "[cmdb][import]")
{
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"tickets.sbw"_s));
    const ImportMapping tickets = mapping(R"j({
      "type": "incident",
      "separator": ";",
      "missing": ["", "#N/B"],
      "key": "external_id",
      "columns": {"Ticket": "external_id", "Name (aff)": "affected_ci"},
      "title": {"template": "{Ticket} {Name (aff)}"},
      "links": [{"column": "Name (aff)", "kind": "affects_ci", "to": "ci"},
                {"column": "Name (by)", "kind": "caused_by_ci", "to": "ci"}]
    })j");

    // Before the CMDB: the tickets import, their links name no CI yet.
    const ImportSummary first = importCsv(*wb, tickets, ciRows);
    INFO(first.describe().toStdString());
    REQUIRE(first.complete());
    CHECK(first.created == 4);
    CHECK(first.linksMade == 0);
    CHECK(first.linkTargetsMissing == 7);
    CHECK(first.skipped == 0);

    REQUIRE(importCsv(*wb, mapping(ciMapping), ciRows).complete());
    // The same file again: the tickets are unchanged, and now linked.
    const ImportSummary second = importCsv(*wb, tickets, ciRows);
    REQUIRE(second.complete());
    CHECK(second.unchanged == 4);
    CHECK(second.linksMade == 7);
    CHECK(second.linkTargetsMissing == 0);
    CHECK(count(*wb, "SELECT count(*) FROM link WHERE kind = 'affects_ci'") == 4);
    CHECK(count(*wb, "SELECT count(*) FROM link WHERE kind = 'caused_by_ci'") == 3);
    CHECK(text(*wb,
               "SELECT c.title FROM link l JOIN incident i ON i.id = l.from_id JOIN record "
               "c ON c.id = l.to_id WHERE i.external_id = 'T3' AND l.kind = 'affects_ci'")
          == u"app-1"_s); // "APP-1" in the file: names match in any case
    const QJsonObject json = second.toJson();
    CHECK(json.value(u"links"_s).toObject().value(u"made"_s).toInt() == 7);

    // Two CIs of one name (of different types) make the link ambiguous: not made, said why.
    RecordStore store(*wb);
    REQUIRE(store.create(u"ci"_s, {{u"title"_s, u"lt-1"_s}, {u"ci_type"_s, u"software"_s}}).ok());
    const ImportSummary third = importCsv(*wb, tickets, "Ticket;Name (aff);Name (by)\nT5;lt-1;\n");
    REQUIRE(third.complete());
    CHECK(third.created == 1);
    CHECK(third.linksRefused == 1);
    REQUIRE(third.issues.size() == 1);
    CHECK(third.issues[0].message.contains(u"lt-1"_s));
}

TEST_CASE("the import's CMDB entries are checked before anything is read", "[cmdb][import]")
{
    CHECK(mappingError(R"j({"type": "ci", "existing": "keep", "title": "N",
                           "columns": {"T": "ci_type"}})j")
              .contains(u"key"_s));
    CHECK(mappingError(R"j({"type": "ci", "key": "title", "existing": "maybe", "title": "N",
                           "columns": {"T": "ci_type"}})j")
              .contains(u"maybe"_s));
    CHECK(mappingError(R"j({"type": "ci", "title": "N", "columns": {"{T/S": "ci_type"}})j")
              .contains(u"{T/S"_s));
    CHECK(mappingError(R"j({"type": "ci", "title": "N", "columns": {"T": "ci_type"},
                           "groups": [{"N": 3}]})j")
              .contains(u"groups"_s));
    CHECK(mappingError(R"j({"type": "ci", "title": "N", "columns": {"T": "ci_type"},
                           "links": [{"column": "C", "kind": "part_of", "to": "nothing"}]})j")
              .contains(u"nothing"_s));
    CHECK(mappingError(R"j({"type": "ci", "title": "N", "columns": {"T": "ci_type"},
                           "links": [{"column": "C", "kind": "part_of", "to": "ci",
                                      "create": {"values": {"colour": "red"}}}]})j")
              .contains(u"colour"_s));
    CHECK(mappingError(R"j({"type": "task", "title": "N", "columns": {"T": "description"},
                           "ciTypes": [{"code": "x", "label": "X"}]})j")
              .contains(u"ciTypes"_s));

    // A link kind the workbook lacks, or one that does not join the types, stops the import
    // before its first row.
    TempDir dir;
    auto wb = newWorkbook(dir.file(u"kinds.sbw"_s));
    const ImportSummary unknown =
        importCsv(*wb, mapping(R"j({"type": "ci", "title": "N", "columns": {"T": "ci_type"},
                    "links": [{"column": "C", "kind": "blocks", "to": "ci"}]})j"),
                  "N,T,C\nx,software,y\n");
    CHECK(unknown.error.code() == ErrorCode::InvalidInput);
    CHECK(unknown.error.message().contains(u"blocks"_s));
    const ImportSummary unfit =
        importCsv(*wb, mapping(R"j({"type": "ci", "title": "N", "columns": {"T": "ci_type"},
                    "links": [{"column": "C", "kind": "member_of", "to": "work_group"}]})j"),
                  "N,T,C\nx,software,y\n");
    CHECK(unfit.error.code() == ErrorCode::InvalidInput);
    CHECK(count(*wb, "SELECT count(*) FROM ci") == 0);
}
