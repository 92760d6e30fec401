#include "importfixtures.h"

#include "io/csvimport.h"
#include "io/csvreader.h"
#include "io/importconverter.h"
#include "io/importmapping.h"
#include "records/integritycheck.h"

#include <QBuffer>
#include <QJsonArray>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

namespace {

struct ReadResult
{
    QList<CsvRow> rows;
    Error error;
    QChar separator;
    QList<bool> invalid;
};

ReadResult readCsv(const QByteArray &bytes, const CsvOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    ReadResult out;
    CsvRow row;
    while (reader.next(&row)) {
        out.rows.append(row);
        out.invalid.append(reader.hasInvalidText());
    }
    out.error = reader.error();
    out.separator = reader.separator();
    return out;
}

qint64 count(Workbook &wb, const char *sql)
{
    return wb.db().scalar(sql)->toLongLong();
}

Record recordTitled(Workbook &wb, const QString &title)
{
    Statement st = wb.db().prepare("SELECT id FROM record WHERE title = ?1");
    st.bind(1, title);
    REQUIRE(st.next());
    const qint64 id = st.int64(0);
    st.reset();
    RecordStore store(wb);
    Result<Record> r = store.load(id);
    REQUIRE(r.ok());
    return *r;
}

Record person(Workbook &wb, const char *login)
{
    Statement st = wb.db().prepare("SELECT id FROM person WHERE login = ?1");
    st.bind(1, QString::fromLatin1(login));
    REQUIRE(st.next());
    const qint64 id = st.int64(0);
    st.reset();
    RecordStore store(wb);
    return *store.load(id);
}

// Tasks from a semicolon file with day-first dates, missing markers and a value map.
const QByteArray taskMapping = R"({
  "type": "task",
  "separator": ";",
  "missing": ["", "?", "#N/B"],
  "dateFormats": ["dd/MM/yyyy", "yyyy-MM-dd"],
  "columns": {
    "Title": "title",
    "Prio": {"field": "priority", "map": {"5 - Very Low": "5"}},
    "Due": "due_date",
    "Notes": "description"
  },
  "state": {"column": "Status", "map": {"Open": "open", "Busy": "in_progress", "Finished": "done"}}
})";

QByteArray taskRows(int n, int firstNumber = 1)
{
    QByteArray csv = "Title;Prio;Due;Notes;Status\n";
    for (int i = firstNumber; i < firstNumber + n; ++i)
        csv += "Task " + QByteArray::number(i) + ";" + QByteArray::number(1 + i % 5)
            + ";01/02/2027;Row " + QByteArray::number(i) + ";Open\n";
    return csv;
}

const QByteArray personMapping = R"({
  "type": "person",
  "key": "login",
  "columns": {"Login": "login", "Dept": "department"},
  "title": "Name"
})";

} // namespace

TEST_CASE("the CSV reader follows RFC 4180: quotes, doubled quotes, line breaks, CRLF")
{
    const ReadResult r = readCsv("a,b,c\r\n"
                                 "\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                 "plain,,last\r\n"
                                 "no,newline,at end");
    REQUIRE(r.error.isOk());
    CHECK(r.separator == u',');
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].fields == QStringList {u"a"_s, u"b"_s, u"c"_s});
    CHECK(r.rows[0].line == 1);
    CHECK(r.rows[1].fields == QStringList {u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s});
    CHECK(r.rows[1].line == 2);
    CHECK(r.rows[2].fields == QStringList {u"plain"_s, QString(), u"last"_s});
    CHECK(r.rows[2].line == 4);
    CHECK(r.rows[3].fields == QStringList {u"no"_s, u"newline"_s, u"at end"_s});
    CHECK(r.rows[3].line == 5);

    // LF only, a trailing separator, a quote inside an unquoted field is kept as it is.
    const ReadResult lf = readCsv("a,b,\n5\" disk,\"\"\n");
    REQUIRE(lf.rows.size() == 2);
    CHECK(lf.rows[0].fields == QStringList {u"a"_s, u"b"_s, QString()});
    CHECK(lf.rows[1].fields == QStringList {u"5\" disk"_s, QString()});
}

TEST_CASE("the CSV reader detects the separator and reports separator-only lines as blank")
{
    const ReadResult semi =
        readCsv("Name;City;Note\r\nAnn;\"Delft; NL\";x,y\r\n;;\r\n\r\nBob;Gouda;\r\n");
    REQUIRE(semi.error.isOk());
    CHECK(semi.separator == u';');
    REQUIRE(semi.rows.size() == 5);
    CHECK(semi.rows[1].fields == QStringList {u"Ann"_s, u"Delft; NL"_s, u"x,y"_s});
    CHECK(semi.rows[2].isBlank());
    CHECK(semi.rows[3].isBlank());
    CHECK_FALSE(semi.rows[4].isBlank());
    CHECK(semi.rows[4].line == 5);

    CHECK(readCsv("a\tb\tc\n1\t2\t3\n").separator == u'\t');
    CHECK(readCsv("\"a;b\",c\n").separator == u',');
    CsvOptions given;
    given.separator = u'|';
    const ReadResult pipe = readCsv("a|b;c\n", given);
    CHECK(pipe.rows[0].fields == QStringList {u"a"_s, u"b;c"_s});
}

TEST_CASE("byte-order marks are dropped at the start of the file and of any line")
{
    const ReadResult r = readCsv("\xEF\xBB\xBFid,name\n"
                                 "\xEF\xBB\xBF"
                                 "1,Ann\n"
                                 "2,Bob\r\n"
                                 "\xEF\xBB\xBF"
                                 "3,\xE5\xBC\xA0\xE4\xB8\x89\n");
    REQUIRE(r.error.isOk());
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].fields.first() == u"id"_s);
    CHECK(r.rows[1].fields.first() == u"1"_s);
    CHECK(r.rows[3].fields == QStringList {u"3"_s, u"张三"_s});

    // UTF-16 with its byte-order mark, whatever the mapping said.
    QByteArray utf16("\xFF\xFE");
    const QString text = u"名称,城市\r\n张三,北京\r\n"_s;
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    CsvOptions latin;
    latin.encoding = u"Latin-1"_s;
    const ReadResult wide = readCsv(utf16, latin);
    REQUIRE(wide.rows.size() == 2);
    CHECK(wide.rows[1].fields == QStringList {u"张三"_s, u"北京"_s});
}

TEST_CASE("Latin-1 and Windows-1252 are read when named; wrong bytes for UTF-8 are flagged")
{
    const QByteArray bytes("name;city;price\nJos\xE9;K\xF6ln;\x80 5\n");
    CsvOptions latin;
    latin.encoding = u"latin1"_s;
    ReadResult r = readCsv(bytes, latin);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[1].fields[0] == u"José"_s);
    CHECK(r.rows[1].fields[1] == u"Köln"_s);
    CHECK_FALSE(r.invalid[1]);

    CsvOptions cp;
    cp.encoding = u"Windows-1252"_s;
    r = readCsv(bytes, cp);
    CHECK(r.rows[1].fields[2] == u"€ 5"_s);

    r = readCsv(bytes);
    REQUIRE(r.rows.size() == 2);
    CHECK_FALSE(r.invalid[0]);
    CHECK(r.invalid[1]);

    CsvOptions unknown;
    unknown.encoding = u"EBCDIC"_s;
    r = readCsv(bytes, unknown);
    CHECK(r.rows.isEmpty());
    CHECK(r.error.message().contains(u"EBCDIC"_s));
}

TEST_CASE("a quote that is never closed is an error naming the line it opens on")
{
    const ReadResult r = readCsv("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    CHECK(r.rows.size() == 2);
    REQUIRE(r.error.isError());
    CHECK(r.error.code() == ErrorCode::InvalidInput);
    CHECK(r.error.message().contains(u"Line 3"_s));
    CHECK(r.error.message().contains(u"never closed"_s));
}

TEST_CASE("a row is read across chunk boundaries, however long its fields")
{
    // Three bytes a character, so chunks end inside characters too.
    QByteArray csv = "id,text\n";
    const QString longText(70001, u'张');
    for (int i = 0; i < 5; ++i)
        csv += QByteArray::number(i) + ",\"" + longText.toUtf8() + "\r\n" + longText.toUtf8()
            + "\"\r\n";
    const ReadResult r = readCsv(csv);
    REQUIRE(r.error.isOk());
    REQUIRE(r.rows.size() == 6);
    CHECK(r.rows[5].fields[1] == longText + u'\n' + longText);
    CHECK(r.rows[5].line == 10);
    CHECK_FALSE(r.invalid.contains(true));
}

TEST_CASE("values convert by field kind: day-first dates in a zone, decimal commas, choices")
{
    const ImportMapping m = mapping(R"({"type": "task", "columns": {"T": "title"},
        "dateFormats": ["dd/MM/yyyy HH:mm:ss", "d-M-yyyy H:mm", "yyyy-MM-dd"],
        "timeZone": "Europe/Amsterdam", "decimalComma": true,
        "missing": ["", "#N/B"]})");
    ImportColumn col;
    col.column = u"C"_s;
    col.missing = {u"#MULTIVALUE"_s};
    FieldDef moment;
    moment.name = u"at"_s;
    moment.kind = FieldKind::DateTime;
    auto at = [&](const char *text) {
        Result<QVariant> v =
            ImportConverter::convertValue(m, col, moment, QString::fromLatin1(text));
        return v.ok() ? v->toString() : u"error: "_s + v.error().message();
    };
    CHECK(at("05/02/2012 13:32:57") == u"2012-02-05T12:32:57.000Z"_s); // winter: UTC+1
    CHECK(at("04/11/2013 13:50:27") == u"2013-11-04T12:50:27.000Z"_s);
    CHECK(at("14/07/2013 13:50:27") == u"2013-07-14T11:50:27.000Z"_s); // summer: UTC+2
    CHECK(at("9-9-2011 9:23") == u"2011-09-09T07:23:00.000Z"_s);
    // An hour the clocks skip is read with the offset before it.
    CHECK(at("31/03/2013 02:30:00") == u"2013-03-31T01:30:00.000Z"_s);
    CHECK(at("2013-01-07") == u"2013-01-06T23:00:00.000Z"_s);
    CHECK(at("2013-01-07T10:00:00Z") == u"2013-01-07T10:00:00.000Z"_s); // ISO with its zone
    CHECK(at("#N/B") == QString());
    CHECK(at("#MULTIVALUE") == QString());
    CHECK(at("31/02/2013 10:00:00").contains(u"31/02/2013"_s));
    CHECK(at("5/2/2012 13:32:57").startsWith(u"error"_s));

    FieldDef date;
    date.name = u"day"_s;
    date.kind = FieldKind::Date;
    CHECK(ImportConverter::convertValue(m, col, date, u"05/02/2012 23:30:00"_s)->toString()
          == u"2012-02-05"_s);

    FieldDef real;
    real.name = u"hours"_s;
    real.kind = FieldKind::Real;
    auto number = [&](const char *text) {
        Result<QVariant> v = ImportConverter::convertValue(m, col, real, QString::fromLatin1(text));
        return v.ok() ? v->toDouble() : -1.0;
    };
    CHECK(number("3871,691111") == Approx(3871.691111));
    CHECK(number("0,862777778") == Approx(0.862777778));
    CHECK(number("1.234,5") == Approx(1234.5));
    CHECK(number("42") == Approx(42));
    CHECK(number("3.5") == -1.0); // a dot in a decimal-comma file is no decimal point
    CHECK(number("abc") == -1.0);

    FieldDef flag;
    flag.name = u"flag"_s;
    flag.kind = FieldKind::Bool;
    CHECK(ImportConverter::convertValue(m, col, flag, u"Y"_s)->toBool());
    CHECK_FALSE(ImportConverter::convertValue(m, col, flag, u"N"_s)->toBool());

    const FieldDef *crit = RecordTypes::find(u"service")->field(u"criticality");
    CHECK(ImportConverter::convertValue(m, col, *crit, u"High"_s)->toString() == u"high"_s);
    CHECK(ImportConverter::convertValue(m, col, *crit, u"critical"_s)->toString() == u"critical"_s);
    Result<QVariant> bad = ImportConverter::convertValue(m, col, *crit, u"extreme"_s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(u"extreme"_s));
}

TEST_CASE("an import converts rows, skips bad ones with their reason and imports the rest")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"import.sbw"_s));
    const ImportMapping m = mapping(taskMapping);
    const QByteArray csv = "Title;Prio;Due;Notes;Status\r\n"
                           "Renew certificate;2;31/12/2026;\"two lines\r\nand a ; inside\";"
                           "Finished\r\n"
                           "Order toner;5 - Very Low;?;#N/B;Open\r\n"
                           "Bad priority;high;01/01/2026;;Open\r\n"
                           "Bad date;3;31/02/2026;;Busy\r\n"
                           ";;;;\r\n"
                           "Unknown state;3;;;Sleeping\r\n"
                           "Last;1;2027-01-15;;\r\n";
    const ImportSummary s = importCsv(*wb, m, csv);
    INFO(s.describe().toStdString());
    CHECK(s.complete());
    CHECK(s.rows == 6);
    CHECK(s.created == 3);
    CHECK(s.skipped == 3);
    CHECK(s.blankLines == 1);
    CHECK(s.batches == 1);
    CHECK(s.savedThroughRow == 6);
    REQUIRE(s.issues.size() == 3);
    CHECK(s.issues[0].row == 3);
    CHECK(s.issues[0].line == 5);
    CHECK(s.issues[0].message.contains(u"Line 5, column \"Prio\""_s));
    CHECK(s.issues[0].message.contains(u"\"high\""_s));
    CHECK(s.issues[1].line == 6);
    CHECK(s.issues[1].message.contains(u"column \"Due\""_s));
    CHECK(s.issues[1].message.contains(u"31/02/2026"_s));
    CHECK(s.issues[2].line == 8);
    CHECK(s.issues[2].message.contains(u"Sleeping"_s));

    const Record renew = recordTitled(*wb, u"Renew certificate"_s);
    CHECK(renew.state == u"done"_s); // not the lifecycle's first state
    CHECK(renew.fields.value(u"priority"_s).toLongLong() == 2);
    CHECK(renew.fields.value(u"due_date"_s).toString() == u"2026-12-31"_s);
    CHECK(renew.fields.value(u"description"_s).toString() == u"two lines\nand a ; inside"_s);
    const Record toner = recordTitled(*wb, u"Order toner"_s);
    CHECK(toner.fields.value(u"priority"_s).toLongLong() == 5);
    CHECK_FALSE(toner.fields.contains(u"due_date"_s));
    CHECK_FALSE(toner.fields.contains(u"description"_s));
    CHECK(toner.state == u"open"_s);
    const Record last = recordTitled(*wb, u"Last"_s);
    CHECK(last.state == u"open"_s); // no state given: the initial one
    CHECK(last.fields.value(u"due_date"_s).toString() == u"2027-01-15"_s);

    // Audited as imports, and the integrity check replays them.
    RecordStore store(*wb);
    const auto history = store.history(renew.id);
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == u"import"_s);
    CHECK(history->first().newValue.contains(u"\"state\":\"done\""_s));
    Result<CheckReport> check = IntegrityCheck::run(*wb, {}, false);
    REQUIRE(check.ok());
    for (const CheckIssue &i : check->issues)
        FAIL_CHECK(i.message.toStdString());

    // The summary as JSON.
    const QJsonObject json = s.toJson();
    CHECK(json.value(u"created"_s).toInteger() == 3);
    CHECK(json.value(u"skipped"_s).toInteger() == 3);
    CHECK(json.value(u"issues"_s).toArray().at(0).toObject().value(u"line"_s).toInteger() == 5);
    CHECK(json.value(u"error"_s).isNull());
}

TEST_CASE("without a header line, columns are named by number")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"noheader.sbw"_s));
    const ImportSummary s = importCsv(*wb, mapping(R"({"type": "task", "header": false,
                      "columns": {"1": "title", "3": "priority"}})"),
                                      "Alpha,x,2\nBeta,y\n");
    INFO(s.describe().toStdString());
    CHECK(s.created == 2);
    CHECK(recordTitled(*wb, u"Alpha"_s).fields.value(u"priority"_s).toLongLong() == 2);
    CHECK_FALSE(recordTitled(*wb, u"Beta"_s).fields.contains(u"priority"_s)); // a short row
    const ImportSummary bad = importCsv(
        *wb, mapping(R"({"type": "task", "header": false, "columns": {"Title": "title"}})"),
        "Gamma\n");
    CHECK(bad.error.message().contains(u"named by number"_s));
}

TEST_CASE("a dry run checks every row and writes nothing")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"dry.sbw"_s));
    const qint64 auditBefore = count(*wb, "SELECT count(*) FROM audit");
    ImportOptions dry;
    dry.dryRun = true;
    dry.batchSize = 2;
    const ImportSummary s =
        importCsv(*wb, mapping(taskMapping), taskRows(5) + "Broken;9;;;Open\n", dry);
    CHECK(s.dryRun);
    CHECK(s.complete());
    CHECK(s.created == 5);
    CHECK(s.skipped == 1);
    CHECK(s.batches == 0);
    CHECK(s.savedThroughRow == 0);
    CHECK(s.issues.first().message.contains(u"between 1 and 5"_s));
    CHECK(s.describe().contains(u"nothing was saved"_s));
    CHECK(count(*wb, "SELECT count(*) FROM record WHERE type = 'task'") == 0);
    CHECK(count(*wb, "SELECT count(*) FROM audit") == auditBefore);
    CHECK(count(*wb, "SELECT next_number FROM record_type WHERE type = 'task'") == 1);

    // Upserts inside a dry run see what earlier rows would have made.
    ImportOptions dryPeople;
    dryPeople.dryRun = true;
    const ImportSummary p = importCsv(*wb, mapping(personMapping),
                                      "Login,Name,Dept\nzoe,Zoe,IT\nzoe,Zoe,HR\n", dryPeople);
    CHECK(p.created == 1);
    CHECK(p.updated == 1);
    CHECK(count(*wb, "SELECT count(*) FROM person WHERE login = 'zoe'") == 0);
}

TEST_CASE(
    "with a unique key, a re-import finds its records unchanged and changes only what differs")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"upsert.sbw"_s));
    const ImportMapping m = mapping(personMapping);
    const QByteArray people = "Login,Name,Dept\nann,Ann Archer,IT\nbob,Bob Baker,HR\n";
    ImportSummary first = importCsv(*wb, m, people);
    CHECK(first.created == 2);
    const qint64 auditAfterFirst = count(*wb, "SELECT count(*) FROM audit");

    ImportSummary again = importCsv(*wb, m, people);
    INFO(again.describe().toStdString());
    CHECK(again.created == 0);
    CHECK(again.unchanged == 2);
    CHECK(again.updated == 0);
    CHECK(count(*wb, "SELECT count(*) FROM audit") == auditAfterFirst);
    CHECK(person(*wb, "ann").version == 1);

    // Keys match without regard to case, as logins are unique.
    ImportSummary changed = importCsv(*wb, m, "Login,Name,Dept\nANN,Ann Archer,Finance\nbob,,HR\n");
    CHECK(changed.updated == 1);
    CHECK(changed.unchanged == 1);
    const Record ann = person(*wb, "ANN");
    CHECK(ann.fields.value(u"department"_s).toString() == u"Finance"_s);
    CHECK(ann.version == 2);
    CHECK(person(*wb, "bob").title == u"Bob Baker"_s); // a missing title leaves it as it was
    RecordStore store(*wb);
    const auto history = store.history(ann.id);
    REQUIRE(history->size() == 3); // the import that made her, then her department and login
    for (const AuditEntry &e : *history) {
        CHECK(e.action == u"import"_s);
        if (e.field == u"department"_s) {
            CHECK(e.oldValue == u"IT"_s);
            CHECK(e.newValue == u"Finance"_s);
            CHECK(e.version == 2);
        }
    }
    CHECK(count(*wb, "SELECT count(*) FROM person") == 3); // the administrator, Ann and Bob
}

TEST_CASE("an event log updates the same record row after row, in file order")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"events.sbw"_s));
    ImportMapping m = mapping(personMapping);
    m.clearMissing = false;
    const ImportSummary s = importCsv(*wb, m,
                                      "Login,Name,Dept\n"
                                      "carl,Carl,IT\n"
                                      "dana,Dana,IT\n"
                                      "carl,Carl,HR\n"
                                      "carl,Carl Cole,\n"
                                      "carl,,Finance\n"
                                      "carl,Carl Cole,Finance\n",
                                      {});
    INFO(s.describe().toStdString());
    CHECK(s.created == 2);
    CHECK(s.updated == 3);
    CHECK(s.unchanged == 1);
    const Record carl = person(*wb, "carl");
    CHECK(carl.title == u"Carl Cole"_s);
    CHECK(carl.fields.value(u"department"_s).toString() == u"Finance"_s);
    CHECK(carl.version == 4);
    CHECK(count(*wb, "SELECT count(*) FROM person WHERE login IN ('carl', 'dana')") == 2);
}

TEST_CASE("batches commit as they go; a failure inside a batch keeps what the summary says")
{
    TempDir t;
    const QString path = t.file(u"batches.sbw"_s);
    auto wb = newWorkbook(path);
    const ImportMapping m = mapping(taskMapping);

    SECTION("a refused row is skipped and the batch goes on")
    {
        ImportOptions o;
        o.batchSize = 2;
        const ImportSummary s =
            importCsv(*wb, m, taskRows(2) + "Broken;0;;;Open\n" + taskRows(3, 3).mid(28), o);
        INFO(s.describe().toStdString());
        CHECK(s.complete());
        CHECK(s.created == 5);
        CHECK(s.skipped == 1);
        CHECK(s.batches == 3);
        CHECK(count(*wb, "SELECT count(*) FROM task") == 5);
    }
    SECTION("a quote never closed stops the import; committed batches stay, the open one goes")
    {
        ImportOptions o;
        o.batchSize = 2;
        const ImportSummary s = importCsv(*wb, m, taskRows(3) + "Cut;1;;\"never closed;Open\n", o);
        INFO(s.describe().toStdString());
        CHECK_FALSE(s.complete());
        CHECK(s.error.message().contains(u"Line 5"_s));
        CHECK(s.created == 2);
        CHECK(s.notSaved == 1);
        CHECK(s.batches == 1);
        CHECK(s.savedThroughRow == 2);
        CHECK(s.savedThroughLine == 3);
        CHECK(s.describe().contains(u"up to row 2 (line 3)"_s));
        CHECK(count(*wb, "SELECT count(*) FROM task") == 2);
        CHECK(count(*wb, "SELECT live_count FROM record_type WHERE type = 'task'") == 2);
    }
    SECTION("a workbook that stays busy stops the import after the batches it saved")
    {
        wb->db().retryPolicy().budgetMs = 200;
        std::unique_ptr<RawSql> other;
        ImportOptions o;
        o.batchSize = 2;
        o.progress = [&](const ImportProgress &p) {
            if (p.savedRows == 2 && !other) {
                // Another program starts a long write right after the first batch.
                other = std::make_unique<RawSql>(path);
                REQUIRE(other->exec("BEGIN IMMEDIATE") == SQLITE_OK);
            }
        };
        const ImportSummary s = importCsv(*wb, m, taskRows(7), o);
        INFO(s.describe().toStdString());
        REQUIRE(other);
        other->exec("ROLLBACK");
        CHECK(s.error.code() == ErrorCode::Busy);
        CHECK(s.created == 2);
        CHECK(s.batches == 1);
        CHECK(s.savedThroughRow == 2);
        CHECK(s.toJson().value(u"error"_s).toObject().value(u"code"_s).toString() == u"busy"_s);
        CHECK(count(*wb, "SELECT count(*) FROM task") == 2);
    }
    Result<CheckReport> check = IntegrityCheck::run(*wb, {}, false);
    REQUIRE(check.ok());
    CHECK(check->issues.isEmpty());
}

TEST_CASE("a cancelled import rolls back the batch under way and keeps the ones committed")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"cancel.sbw"_s));
    std::atomic_bool cancel = false;
    ImportOptions o;
    o.batchSize = 3;
    o.progressInterval = 1;
    o.cancel = &cancel;
    QList<qint64> seen;
    o.progress = [&](const ImportProgress &p) {
        seen.append(p.rows);
        CHECK(p.totalBytes > 0);
        CHECK(p.bytesRead <= p.totalBytes);
        if (p.rows == 5)
            cancel = true;
    };
    const ImportSummary s = importCsv(*wb, mapping(taskMapping), taskRows(10), o);
    INFO(s.describe().toStdString());
    CHECK(s.cancelled);
    CHECK(s.error.code() == ErrorCode::Cancelled);
    CHECK(s.created == 3);
    CHECK(s.notSaved == 2);
    CHECK(s.savedThroughRow == 3);
    CHECK(s.rows == 5);
    CHECK(count(*wb, "SELECT count(*) FROM task") == 3);
    CHECK(seen.contains(5));
}

TEST_CASE("a malformed mapping is refused with a message that names what is wrong")
{
    CHECK(mappingError("{ not json").contains(u"not valid JSON"_s));
    CHECK(mappingError(R"({"type": "spaceship", "columns": {"A": "title"}})")
              .contains(u"spaceship"_s));
    CHECK(mappingError(R"({"type": "task", "columns": {"Colour": "colour", "T": "title"}})")
              .contains(u"\"Colour\" is mapped to \"colour\""_s));
    CHECK(mappingError(R"({"type": "task", "dateFormat": "dd/MM/yyyy", "columns": {"T": "title"}})")
              .contains(u"\"dateFormat\""_s));
    CHECK(mappingError(R"({"type": "task", "columns": {"T": "title", "S": "state"}})")
              .contains(u"\"state\" entry"_s));
    CHECK(mappingError(R"({"type": "task", "columns": {"A": "title", "B": "title"}})")
              .contains(u"\"A\" and \"B\""_s));
    CHECK(mappingError(R"({"type": "task", "columns": {"D": "description"}})")
              .contains(u"no title"_s));
    CHECK(mappingError(R"({"type": "task", "key": "description", "columns": {"T": "title",
              "D": "description"}})")
              .contains(u"refused"_s));
    CHECK(mappingError(R"({"type": "task", "timeZone": "Mars/Olympus", "columns": {"T": "title"}})")
              .contains(u"Mars/Olympus"_s));
    CHECK(mappingError(R"({"type": "task", "encoding": "EBCDIC", "columns": {"T": "title"}})")
              .contains(u"EBCDIC"_s));
    CHECK(mappingError(R"({"type": "task", "columns": {"T": "title"}, "title": "X"})")
              .contains(u"give it once"_s));

    // Columns and states are checked against the file and the workbook before any row.
    TempDir t;
    auto wb = newWorkbook(t.file(u"mapping.sbw"_s));
    const ImportSummary noColumn = importCsv(
        *wb, mapping(R"({"type": "task", "columns": {"Titel": "title"}})"), "Title,Prio\nx,1\n");
    CHECK(noColumn.error.code() == ErrorCode::InvalidInput);
    CHECK(noColumn.error.message().contains(u"\"Titel\""_s));
    CHECK(noColumn.error.message().contains(u"\"Title\", \"Prio\""_s));
    const ImportSummary noState =
        importCsv(*wb, mapping(R"({"type": "task", "columns": {"T": "title"},
                      "state": {"column": "S", "map": {"Closed": "closed"}}})"),
                  "T,S\nx,Closed\n");
    CHECK(noState.error.message().contains(u"\"closed\""_s));
    CHECK(noState.error.message().contains(u"open, in_progress, done, cancelled"_s));
    CHECK(count(*wb, "SELECT count(*) FROM task") == 0);
}

TEST_CASE("importing needs the import permission")
{
    TempDir t;
    const QString path = t.file(u"perm.sbw"_s);
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        REQUIRE(store.create(u"person"_s, {{u"title"_s, u"Ivy"_s}, {u"login"_s, u"ivy"_s}}).ok());
        REQUIRE(store.grantRole(u"ivy"_s, u"agent"_s).isOk());
    }
    auto ivys = openAs(path, u"ivy"_s);
    const ImportSummary s = importCsv(*ivys, mapping(taskMapping), taskRows(2));
    CHECK(s.error.code() == ErrorCode::PermissionDenied);
    CHECK(s.error.message().contains(u"import tasks"_s));
    CHECK(s.created == 0);
    RecordStore store(*ivys);
    CHECK(store.importCreate(u"task"_s, {{u"title"_s, u"x"_s}}, {}).error().code()
          == ErrorCode::PermissionDenied);
}

TEST_CASE("the write path's import entry points set states directly and refuse unknown ones")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"entry.sbw"_s));
    RecordStore store(*wb);
    auto done =
        store.importCreate(u"task"_s, {{u"title"_s, u"Old job"_s}, {u"priority"_s, 4}}, u"done"_s);
    REQUIRE(done.ok());
    CHECK(store.load(done->id)->state == u"done"_s);
    auto bad = store.importCreate(u"task"_s, {{u"title"_s, u"x"_s}}, u"frozen"_s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(u"frozen"_s));
    CHECK(store.importCreate(u"task"_s, {{u"title"_s, u"x"_s}, {u"state"_s, u"done"_s}}, {})
              .error()
              .code()
          == ErrorCode::InvalidInput);
    // Back from a final state, which no transition allows.
    auto v = store.importUpdate(done->id, {{u"priority"_s, 1}}, u"open"_s);
    REQUIRE(v.ok());
    CHECK(*v == 2);
    const Record r = *store.load(done->id);
    CHECK(r.state == u"open"_s);
    CHECK(r.fields.value(u"priority"_s).toLongLong() == 1);
    CHECK(*store.importUpdate(done->id, {{u"priority"_s, 1}}, u"open"_s) == 2);
}

// The first lines of Detail_Incident.csv of the BPI Challenge 2014 (see
// shared/data/bpi2014-rabobank/SOURCE.md), with its quirks: 50 empty fields after the 28 named
// ones, CRLF, day-first times, decimal commas, #N/B and #MULTIVALUE, an urgency written
// "5 - Very Low" and a trailing line of nothing but semicolons.
const QByteArray bpiHeader =
    "CI Name (aff);CI Type (aff);CI Subtype (aff);Service Component WBS (aff);Incident ID;Status;"
    "Impact;Urgency;Priority;Category;KM number;Alert Status;# Reassignments;Open Time;Reopen "
    "Time;Resolved Time;Close Time;Handle Time (Hours);Closure Code;# Related Interactions;Related "
    "Interaction;# Related Incidents;# Related Changes;Related Change;CI Name (CBy);CI Type "
    "(CBy);CI Subtype (CBy);ServiceComp WBS (CBy)";
const QByteArray bpiRows[] = {
    "SUB000508;subapplication;Web Based Application;WBS000162;IM0000004;Closed;4;4;4;incident;"
    "KM0000553;closed;26;05/02/2012 13:32:57;;04/11/2013 13:50:27;04/11/2013 13:51:17;"
    "3871,691111;Other;1;SD0000007;2;;;SUB000508;subapplication;Web Based Application;WBS000162",
    "WBA000124;application;Web Based Application;WBS000088;IM0000017;Closed;3;3;3;incident;"
    "KM0000611;closed;2;29/08/2012 15:59:14;;08/11/2013 14:02:06;08/11/2013 14:02:20;0,862777778;"
    "Other;1;SD0000036;;;;#N/B;#N/B;#N/B;#N/B",
    "WBA000082;application;Web Based Application;WBS000055;IM0000021;Closed;4;4;4;incident;"
    "KM0000401;closed;5;02/10/2012 12:12:39;28/01/2014 14:07:43;04/02/2014 09:38:28;04/02/2014 "
    "09:38:47;1132,428333;Software;2;#MULTIVALUE;;;;WBA000082;application;Web Based "
    "Application;WBS000055",
    "CBD000824;computer;Banking Device;WBS000146;IM0003614;Work in progress;4;5 - Very "
    "Low;4;incident;KM0000266;closed;3;08/10/2013 13:10:12;;09/10/2013 08:55:09;09/10/2013 "
    "08:55:21;6,2525;Hardware;1;SD0008234;;;;CBD000824;computer;Banking Device;WBS000146",
};

QByteArray bpiFile()
{
    const QByteArray tail(50, ';');
    QByteArray csv = bpiHeader + tail + "\r\n";
    for (const QByteArray &row : bpiRows)
        csv += row + tail + "\r\n";
    csv += QByteArray(77, ';') + "\r\n";
    return csv;
}

TEST_CASE("the first lines of the BPI 2014 incident file import, quirks and all")
{
    const ReadResult r = readCsv(bpiFile());
    REQUIRE(r.error.isOk());
    CHECK(r.separator == u';');
    REQUIRE(r.rows.size() == 6);
    CHECK(r.rows[0].fields.size() == 78);
    CHECK(r.rows[1].fields.size() == 78);
    CHECK(r.rows[5].isBlank());

    // Onto tasks, which every workbook has: the incident's number and category as title, its
    // priority, the day it opened as due date, the closure code as outcome.
    TempDir t;
    auto wb = newWorkbook(t.file(u"bpi.sbw"_s));
    const ImportMapping m = mapping(R"({
      "type": "task", "separator": ";", "missing": ["", "#N/B"],
      "dateFormats": ["dd/MM/yyyy HH:mm:ss"], "timeZone": "Europe/Amsterdam",
      "decimalComma": true,
      "columns": {"Priority": "priority", "Open Time": "due_date", "Closure Code": "outcome",
                  "Related Interaction": {"field": "description", "missing": ["#MULTIVALUE"]}},
      "title": {"template": "{Incident ID} {Category} on {CI Name (CBy)}"},
      "state": {"column": "Status", "map": {"Closed": "done", "Work in progress": "in_progress"}}
    })");
    const ImportSummary s = importCsv(*wb, m, bpiFile());
    INFO(s.describe().toStdString());
    CHECK(s.complete());
    CHECK(s.created == 4);
    CHECK(s.blankLines == 1);
    const Record first = recordTitled(*wb, u"IM0000004 incident on SUB000508"_s);
    CHECK(first.state == u"done"_s);
    CHECK(first.fields.value(u"priority"_s).toLongLong() == 4);
    CHECK(first.fields.value(u"due_date"_s).toString() == u"2012-02-05"_s);
    CHECK(first.fields.value(u"outcome"_s).toString() == u"Other"_s);
    CHECK(first.fields.value(u"description"_s).toString() == u"SD0000007"_s);
    CHECK(recordTitled(*wb, u"IM0000017 incident on"_s).id > 0); // #N/B leaves no name
    CHECK_FALSE(recordTitled(*wb, u"IM0000021 incident on WBA000082"_s)
                    .fields.contains(u"description"_s)); // #MULTIVALUE
    CHECK(recordTitled(*wb, u"IM0003614 incident on CBD000824"_s).state == u"in_progress"_s);

    // The shipped mapping for the whole file is read against the incident type, where there
    // is one, and converts these lines.
    if (RecordTypes::find(u"incident")) {
        Result<ImportMapping> shipped =
            ImportMapping::fromFile(u":/import/bpi2014_incidents.json"_s);
        REQUIRE(shipped.ok());
        CHECK(shipped->key == u"external_id"_s);
        Result<ImportConverter> conv = ImportConverter::create(*shipped, r.rows[0].fields);
        REQUIRE(conv.ok());
        Result<ImportRow> row = conv->convert(r.rows[1]);
        REQUIRE(row.ok());
        CHECK(row->key.toString() == u"IM0000004"_s);
        CHECK(row->state == u"closed"_s);
        CHECK(row->values.value(u"opened_at"_s).toString() == u"2012-02-05T12:32:57.000Z"_s);
        CHECK(row->values.value(u"handle_hours"_s).toDouble() == Approx(3871.691111));
        CHECK(row->values.value(u"reassignment_count"_s).toLongLong() == 26);
        CHECK(row->values.value(u"reopened_at"_s).isNull());
        Result<ImportRow> last = conv->convert(r.rows[4]);
        REQUIRE(last.ok());
        CHECK(last->values.value(u"urgency"_s).toLongLong() == 5);
        CHECK(last->state == u"in_progress"_s);
        Result<ImportRow> third = conv->convert(r.rows[3]);
        REQUIRE(third.ok());
        CHECK(third->values.value(u"related_interactions"_s).isNull());
    }
}
