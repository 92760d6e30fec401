// The command line is a public interface: every command and exit code, run as a process.
#include "testutil.h"

#include "core/fixtures.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;
using namespace sb::test;

namespace {

ProcessResult cli(const QStringList &args, const QStringList &env = {})
{
    QStringList e = {QStringLiteral("USER=tester"), QStringLiteral("LANG=C.UTF-8"),
                     QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=")};
    e += env;
    return runProcess(QStringLiteral(SB_CLI), args, e);
}

QJsonObject json(const ProcessResult &r)
{
    const QJsonDocument d = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(d.isObject());
    return d.object();
}

// A workbook made through the command line itself.
struct Book
{
    TempDir t;
    QString path = t.file(QStringLiteral("cli.sbw"));
    Book()
    {
        const ProcessResult r = cli(
            {QStringLiteral("init"), path, QStringLiteral("--name"), QStringLiteral("Test Admin")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    ProcessResult run(QStringList args, const QStringList &env = {}) const
    {
        // FILE follows the action for record, user and sla commands, the command for the rest.
        const bool twoWords = args.value(0) == QStringLiteral("record")
            || args.value(0) == QStringLiteral("user") || args.value(0) == QStringLiteral("sla")
            || args.value(0) == QStringLiteral("ticket")
            || args.value(0) == QStringLiteral("problem");
        args.insert(twoWords ? 2 : 1, path);
        return cli(args, env);
    }
};

} // namespace

TEST_CASE("cli: --version, --help and usage errors")
{
    auto v = cli({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("servicebench ")));
    auto h = cli({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    CHECK(h.out.contains(QStringLiteral("servicebench record create")));
    CHECK(h.out.contains(QStringLiteral("Exit codes")));
    auto unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    auto missing = cli({QStringLiteral("check")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("Usage:")));
    auto badOption =
        cli({QStringLiteral("check"), QStringLiteral("x.sbw"), QStringLiteral("--bogus")});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.contains(QStringLiteral("--bogus")));
}

TEST_CASE("cli: init, with and without demo data, and never over an existing file")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("demo.sbw"));
    auto r = cli({QStringLiteral("init"), path, QStringLiteral("--demo"), QStringLiteral("--scale"),
                  QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("5"),
                  QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("demo")).toObject().value(QStringLiteral("people")).toInt() == 50);
    CHECK(o.value(QStringLiteral("demo")).toObject().value(QStringLiteral("services")).toInt()
          == 16);

    auto again = cli({QStringLiteral("init"), path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    // The same seed gives the same workbook.
    const QString other = t.file(QStringLiteral("demo2.sbw"));
    REQUIRE(cli({QStringLiteral("init"), other, QStringLiteral("--demo"), QStringLiteral("--scale"),
                 QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("5")})
                .exitCode
            == 0);
    const QString q = QStringLiteral(
        "SELECT group_concat(human_id || title, ',') FROM (SELECT * FROM record ORDER BY id)");
    CHECK(RawSql(path).scalar(q) == RawSql(other).scalar(q));

    const QString zh = t.file(QStringLiteral("zh.sbw"));
    REQUIRE(cli({QStringLiteral("init"), zh, QStringLiteral("--demo"), QStringLiteral("--lang"),
                 QStringLiteral("zh_CN")})
                .exitCode
            == 0);
    auto found = cli({QStringLiteral("search"), zh, QStringLiteral("网络")});
    CHECK(found.exitCode == 0);
    CHECK(found.out.contains(QStringLiteral("核心网络")));
    CHECK(cli({QStringLiteral("init"), t.file(QStringLiteral("x.sbw")), QStringLiteral("--lang"),
               QStringLiteral("fr")})
              .exitCode
          == 2);
    CHECK(cli({QStringLiteral("init"), t.file(QStringLiteral("x.sbw")), QStringLiteral("--scale"),
               QStringLiteral("0")})
              .exitCode
          == 2);
}

TEST_CASE("cli: record create, show, update, transition, list, link, history")
{
    Book b;
    auto created =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("service"),
               QStringLiteral("--set"), QStringLiteral("title=Mail"), QStringLiteral("--set"),
               QStringLiteral("criticality=high")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.trimmed() == QStringLiteral("SVC-1"));

    auto shown = b.run({QStringLiteral("record"), QStringLiteral("show"), QStringLiteral("SVC-1"),
                        QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    QJsonObject o = json(shown);
    CHECK(o.value(QStringLiteral("id")).toString() == QStringLiteral("SVC-1"));
    CHECK(o.value(QStringLiteral("type")).toString() == QStringLiteral("service"));
    CHECK(o.value(QStringLiteral("version")).toInt() == 1);
    CHECK(o.value(QStringLiteral("state")).toString() == QStringLiteral("planned"));
    CHECK(
        o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("criticality")).toString()
        == QStringLiteral("high"));
    CHECK(o.value(QStringLiteral("fields")).toObject().value(QStringLiteral("title")).toString()
          == QStringLiteral("Mail"));
    CHECK(o.value(QStringLiteral("links")).toArray().isEmpty());

    auto updated =
        b.run({QStringLiteral("record"), QStringLiteral("update"), QStringLiteral("SVC-1"),
               QStringLiteral("--set"), QStringLiteral("description=E-mail"),
               QStringLiteral("--expect-version"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(updated.exitCode == 0);
    CHECK(json(updated).value(QStringLiteral("version")).toInt() == 2);

    auto stale = b.run({QStringLiteral("record"), QStringLiteral("update"), QStringLiteral("SVC-1"),
                        QStringLiteral("--set"), QStringLiteral("description=Mine"),
                        QStringLiteral("--expect-version"), QStringLiteral("1")});
    CHECK(stale.exitCode == 3);
    CHECK(stale.err.contains(QStringLiteral("was changed by tester")));
    CHECK(stale.err.count(QLatin1Char('\n')) == 1);

    auto refused = b.run({QStringLiteral("record"), QStringLiteral("transition"),
                          QStringLiteral("SVC-1"), QStringLiteral("retired2")});
    CHECK(refused.exitCode == 1);
    auto needs = b.run({QStringLiteral("record"), QStringLiteral("transition"),
                        QStringLiteral("SVC-1"), QStringLiteral("live")});
    CHECK(needs.exitCode == 1);
    CHECK(needs.err.contains(QStringLiteral("Service owner")));
    auto live = b.run({QStringLiteral("record"), QStringLiteral("transition"),
                       QStringLiteral("SVC-1"), QStringLiteral("live"), QStringLiteral("--set"),
                       QStringLiteral("service_owner=tester")});
    REQUIRE(live.exitCode == 0);

    auto cus =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("customer"),
               QStringLiteral("--set"), QStringLiteral("title=Finance")});
    REQUIRE(cus.exitCode == 0);
    auto linked =
        b.run({QStringLiteral("record"), QStringLiteral("link"), QStringLiteral("CUS-1"),
               QStringLiteral("SVC-1"), QStringLiteral("--kind"), QStringLiteral("uses")});
    REQUIRE(linked.exitCode == 0);
    o = json(b.run({QStringLiteral("record"), QStringLiteral("show"), QStringLiteral("SVC-1"),
                    QStringLiteral("--json")}));
    const QJsonArray links = o.value(QStringLiteral("links")).toArray();
    REQUIRE(links.size() == 1);
    CHECK(links[0].toObject().value(QStringLiteral("id")).toString() == QStringLiteral("CUS-1"));
    CHECK(links[0].toObject().value(QStringLiteral("direction")).toString()
          == QStringLiteral("in"));

    for (int i = 0; i < 5; ++i)
        REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
                       QStringLiteral("--set"), QStringLiteral("title=Task %1").arg(i),
                       QStringLiteral("--set"), QStringLiteral("priority=%1").arg(1 + i % 2)})
                    .exitCode
                == 0);
    auto listed =
        b.run({QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("task"),
               QStringLiteral("--where"), QStringLiteral("priority=2"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    CHECK(rows.size() == 2);
    auto limited = b.run({QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("task"),
                          QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--sort"),
                          QStringLiteral("title"), QStringLiteral("--desc")});
    REQUIRE(limited.exitCode == 0);
    CHECK(limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 4);
    CHECK(limited.out.split(QLatin1Char('\n'))[1].contains(QStringLiteral("Task 4")));

    auto history = b.run({QStringLiteral("record"), QStringLiteral("history"),
                          QStringLiteral("SVC-1"), QStringLiteral("--json")});
    REQUIRE(history.exitCode == 0);
    CHECK(QJsonDocument::fromJson(history.out.toUtf8()).array().size() >= 4);

    auto badValue =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
               QStringLiteral("--set"), QStringLiteral("title=x"), QStringLiteral("--set"),
               QStringLiteral("priority=urgent")});
    CHECK(badValue.exitCode == 1);
    CHECK(badValue.err.contains(QStringLiteral("Priority")));
    auto badPair =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
               QStringLiteral("--set"), QStringLiteral("title")});
    CHECK(badPair.exitCode == 2);
    auto noType = b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("ufo"),
                         QStringLiteral("--set"), QStringLiteral("title=x")});
    CHECK(noType.exitCode == 1);
    auto noRecord =
        b.run({QStringLiteral("record"), QStringLiteral("show"), QStringLiteral("SVC-99")});
    CHECK(noRecord.exitCode == 1);
}

TEST_CASE("cli: permission denied is exit 4, and users can be granted roles")
{
    Book b;
    auto denied =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("service"),
               QStringLiteral("--set"), QStringLiteral("title=x"), QStringLiteral("--user"),
               QStringLiteral("bob")});
    CHECK(denied.exitCode == 4);
    CHECK(denied.err.contains(QStringLiteral("bob may not create services")));
    REQUIRE(b.run({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("bob"),
                   QStringLiteral("service_owner")})
                .exitCode
            == 0);
    auto allowed =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("service"),
               QStringLiteral("--set"), QStringLiteral("title=x"), QStringLiteral("--user"),
               QStringLiteral("bob")});
    CHECK(allowed.exitCode == 0);
    auto users = b.run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(users.exitCode == 0);
    CHECK(users.out.contains(QStringLiteral("service_owner")));
    auto notAdmin =
        b.run({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("bob"),
               QStringLiteral("administrator"), QStringLiteral("--user"), QStringLiteral("bob")});
    CHECK(notAdmin.exitCode == 4);
}

TEST_CASE("cli: search, check, backup")
{
    Book b;
    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
                   QStringLiteral("--set"), QStringLiteral("title=Printer jam on floor 3")})
                .exitCode
            == 0);
    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
                   QStringLiteral("--set"), QStringLiteral("title=核心网络交换机故障")})
                .exitCode
            == 0);
    auto s = b.run({QStringLiteral("search"), QStringLiteral("print*"), QStringLiteral("--json")});
    REQUIRE(s.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(s.out.toUtf8()).array();
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].toObject().value(QStringLiteral("id")).toString() == QStringLiteral("TSK-1"));
    CHECK(b.run({QStringLiteral("search"), QStringLiteral("网络")})
              .out.contains(QStringLiteral("TSK-2")));

    CHECK(b.run({QStringLiteral("check"), QStringLiteral("--deep")}).exitCode == 0);
    auto healthy = b.run({QStringLiteral("check"), QStringLiteral("--anchor")});
    CHECK(healthy.exitCode == 0);
    CHECK(healthy.out.contains(QStringLiteral("No problems found")));
    const QString anchor = healthy.out.section(QStringLiteral("compares): "), 1).trimmed();
    CHECK(anchor.size() > 64);
    CHECK(b.run({QStringLiteral("check"), QStringLiteral("--verify-anchor"), anchor}).exitCode
          == 0);

    const QString dest = b.t.file(QStringLiteral("backup.sbw"));
    auto backup = cli({QStringLiteral("backup"), b.path, dest});
    CHECK(backup.exitCode == 0);
    CHECK(cli({QStringLiteral("check"), dest}).exitCode == 0);
    CHECK(cli({QStringLiteral("backup"), b.path, dest}).exitCode == 1);

    RawSql(b.path).exec("UPDATE record SET title = 'Tampered' WHERE human_id = 'TSK-1'");
    auto broken = b.run({QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(broken.exitCode == 1);
    const QJsonObject o = json(broken);
    CHECK_FALSE(o.value(QStringLiteral("healthy")).toBool());
    CHECK(o.value(QStringLiteral("issues"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("subject"))
              .toString()
          == QStringLiteral("TSK-1"));
}

TEST_CASE("cli: files that cannot be opened exit 2, a busy workbook exits 5")
{
    TempDir t;
    CHECK(cli({QStringLiteral("check"), t.file(QStringLiteral("nope.sbw"))}).exitCode == 2);
    QFile text(t.file(QStringLiteral("text.sbw")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("hello, this is not a workbook at all, just some text in a "
               "file.........................................");
    text.close();
    auto notSqlite = cli({QStringLiteral("record"), QStringLiteral("list"),
                          t.file(QStringLiteral("text.sbw")), QStringLiteral("task")});
    CHECK(notSqlite.exitCode == 2);
    CHECK(notSqlite.err.contains(QStringLiteral("not a SQLite database")));
    CHECK(notSqlite.err.count(QLatin1Char('\n')) == 1);

    Book b;
    {
        // Mark it shared so every program uses the rollback journal, then hold it exclusively.
        auto wb = openAs(b.path);
        RecordStore store(*wb);
        REQUIRE(store.setSetting(QStringLiteral("shared"), QStringLiteral("1")).isOk());
    }
    RawSql holder(b.path);
    REQUIRE(holder.exec("BEGIN EXCLUSIVE") == SQLITE_OK);
    auto busy = b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
                       QStringLiteral("--set"), QStringLiteral("title=x"), QStringLiteral("--wait"),
                       QStringLiteral("0.3")});
    CHECK(busy.exitCode == 5);
    holder.exec("ROLLBACK");
}

TEST_CASE("cli: messages follow the system language")
{
    TempDir t;
    auto r = cli({QStringLiteral("check"), t.file(QStringLiteral("nope.sbw"))},
                 {QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=zh_CN.UTF-8"),
                  QStringLiteral("LANGUAGE=zh_CN")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("不存在")));
}

TEST_CASE("cli: settings are shown and set, and a shared workbook uses the rollback journal")
{
    Book b;
    auto shown = b.run({QStringLiteral("setting"), QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(json(shown).value(QStringLiteral("shared")).toString() == QStringLiteral("0"));
    CHECK(b.run({QStringLiteral("setting"), QStringLiteral("shared"), QStringLiteral("maybe")})
              .exitCode
          == 1);
    CHECK(b.run({QStringLiteral("setting"), QStringLiteral("shared"), QStringLiteral("1"),
                 QStringLiteral("--user"), QStringLiteral("bob")})
              .exitCode
          == 4);
    REQUIRE(
        b.run({QStringLiteral("setting"), QStringLiteral("shared"), QStringLiteral("1")}).exitCode
        == 0);
    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
                   QStringLiteral("--set"), QStringLiteral("title=x")})
                .exitCode
            == 0);
    CHECK(RawSql(b.path).scalar(QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("delete"));
    CHECK(b.run({QStringLiteral("setting"), QStringLiteral("no_such")}).exitCode == 1);
}

TEST_CASE("cli: sla show explains a ticket's clocks, sla recompute and stats summarise")
{
    Book b;
    auto created =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("incident"),
               QStringLiteral("--set"), QStringLiteral("title=Mail down"), QStringLiteral("--set"),
               QStringLiteral("impact=1"), QStringLiteral("--set"), QStringLiteral("urgency=1"),
               QStringLiteral("--set"), QStringLiteral("opened_at=2026-03-02T09:00:00Z")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();

    auto show =
        b.run({QStringLiteral("sla"), QStringLiteral("show"), id, QStringLiteral("--json")});
    INFO(show.err.toStdString());
    REQUIRE(show.exitCode == 0);
    const QJsonObject s = json(show);
    CHECK(s.value(QStringLiteral("sla")).toString() == QStringLiteral("P1 critical"));
    const QJsonObject response = s.value(QStringLiteral("response")).toObject();
    CHECK(response.value(QStringLiteral("breached")).toBool()); // opened long ago
    CHECK(response.value(QStringLiteral("breached_at")).toString()
          == QStringLiteral("2026-03-02T09:15:00.000Z"));
    CHECK(s.value(QStringLiteral("resolution"))
              .toObject()
              .value(QStringLiteral("log"))
              .toArray()
              .size()
          == 1);
    auto text = b.run({QStringLiteral("sla"), QStringLiteral("show"), id});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("P1 critical")));

    auto recompute =
        b.run({QStringLiteral("sla"), QStringLiteral("recompute"), QStringLiteral("--json")});
    REQUIRE(recompute.exitCode == 0);
    CHECK(json(recompute).value(QStringLiteral("recomputed")).toInt() == 1);
    CHECK(b.run({QStringLiteral("sla"), QStringLiteral("explain")}).exitCode == 2);

    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("transition"), id,
                   QStringLiteral("resolved"), QStringLiteral("--set"),
                   QStringLiteral("resolution_code=fixed"), QStringLiteral("--set"),
                   QStringLiteral("resolved_at=2026-03-02T15:00:00Z"), QStringLiteral("--set"),
                   QStringLiteral("major_incident_manager=Mia"), QStringLiteral("--set"),
                   QStringLiteral("management_informed_by=Mia")})
                .exitCode
            == 0);
    auto stats =
        b.run({QStringLiteral("stats"), QStringLiteral("incident"), QStringLiteral("--json")});
    INFO(stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    const QJsonArray groups = json(stats).value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 1);
    const QJsonObject g = groups.first().toObject();
    CHECK(g.value(QStringLiteral("key")).toString() == QStringLiteral("1"));
    CHECK(g.value(QStringLiteral("count")).toInt() == 1);
    CHECK(g.value(QStringLiteral("open")).toInt() == 0);
    CHECK(g.value(QStringLiteral("resolved")).toInt() == 1);
    CHECK(g.value(QStringLiteral("median_hours_to_resolve")).toDouble() == 6.0);
    CHECK(g.value(QStringLiteral("median_business_hours_to_resolve")).toDouble() == 6.0);
    CHECK(g.value(QStringLiteral("sla_met_share")).toDouble() == 0.0); // 4 hours allowed
    auto byGroup = b.run({QStringLiteral("stats"), QStringLiteral("incident"),
                          QStringLiteral("--by"), QStringLiteral("group"), QStringLiteral("--from"),
                          QStringLiteral("2026-04-01"), QStringLiteral("--json")});
    REQUIRE(byGroup.exitCode == 0);
    CHECK(json(byGroup).value(QStringLiteral("groups")).toArray().isEmpty());
    CHECK(b.run({QStringLiteral("stats"), QStringLiteral("incident"), QStringLiteral("--by"),
                 QStringLiteral("colour")})
              .exitCode
          == 2);
    CHECK(b.run({QStringLiteral("stats"), QStringLiteral("task")}).exitCode == 1);
}

TEST_CASE("cli: import from CSV by field names, dry run, skipped rows, re-import by key")
{
    Book b;
    const QString csv = b.t.file(QStringLiteral("in.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("external_id;title;impact;urgency;priority;state\n"
            "EXT-1;Printer jam;3;3;5;new\n"
            "EXT-2;\"VPN; drops\";1;1;1;resolved\n"
            "EXT-3;Bad impact;nine;1;1;new\n");
    f.close();
    auto dry = b.run({QStringLiteral("import"), QStringLiteral("incident"), csv,
                      QStringLiteral("--dry-run"), QStringLiteral("--json")});
    INFO(dry.err.toStdString() + dry.out.toStdString());
    CHECK(dry.exitCode == 1); // a row was skipped
    CHECK(json(dry).value(QStringLiteral("created")).toInt() == 2);
    auto list = b.run({QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("incident"),
                       QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    // The dry run wrote nothing.
    CHECK(QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());

    auto real = b.run({QStringLiteral("import"), QStringLiteral("incident"), csv});
    CHECK(real.exitCode == 1);
    CHECK(real.out.contains(QStringLiteral("nine")));
    auto again = b.run(
        {QStringLiteral("import"), QStringLiteral("incident"), csv, QStringLiteral("--json")});
    CHECK(json(again).value(QStringLiteral("unchanged")).toInt() == 2);
    auto shown = b.run({QStringLiteral("record"), QStringLiteral("show"), QStringLiteral("INC-2"),
                        QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("VPN; drops")));
    CHECK(shown.out.contains(QStringLiteral("\"resolved\"")));

    CHECK(b.run({QStringLiteral("import"), QStringLiteral("incident"),
                 b.t.file(QStringLiteral("missing.csv"))})
              .exitCode
          == 2);
    CHECK(b.run({QStringLiteral("import"), QStringLiteral("incident"), csv,
                 QStringLiteral("--mapping"), QStringLiteral("bpi2014-incidents")})
              .exitCode
          == 1); // the file's columns are not the BPI export's
}

TEST_CASE("cli: sla holidays adds a CSV list to a calendar, by id or name, or says what is wrong")
{
    Book b;
    const QString csv = b.t.file(QStringLiteral("holidays.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("date,name\n"
            "2026-10-01,National Day\n"
            "02/10/2026,\"Golden Week\"\n"
            "+2026-09-27,Make-up day\n");
    f.close();
    auto r = b.run({QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("1"), csv,
                    QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("Office hours"));
    CHECK(o.value(QStringLiteral("read")).toInt() == 3);
    CHECK(o.value(QStringLiteral("holidays")).toInt() == 2);
    CHECK(o.value(QStringLiteral("working_days")).toInt() == 1);
    {
        RawSql raw(b.path);
        CHECK(raw.scalar(QStringLiteral("SELECT group_concat(day || ' ' || kind, ', ') FROM "
                                        "(SELECT * FROM calendar_day ORDER BY day)"))
              == QStringLiteral("2026-09-27 working, 2026-10-01 holiday, 2026-10-02 holiday"));
        CHECK(raw.scalar(QStringLiteral(
                  "SELECT count(*) FROM audit WHERE action = 'calendar' AND field = '1'"))
              == QStringLiteral("1"));
    }
    // By name, any case; the text output says what happened.
    auto byName = b.run(
        {QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("office HOURS"), csv});
    CHECK(byName.exitCode == 0);
    CHECK(byName.out.contains(QStringLiteral("Office hours")));

    auto noCalendar =
        b.run({QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("99"), csv});
    CHECK(noCalendar.exitCode == 1);
    CHECK(noCalendar.err.contains(QStringLiteral("Around the clock")));
    auto noFile = b.run({QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("1"),
                         b.t.file(QStringLiteral("missing.csv"))});
    CHECK(noFile.exitCode == 2);
    QFile bad(b.t.file(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("2026-12-25,Christmas\nsoon,Whenever\n");
    bad.close();
    auto badLine = b.run(
        {QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("1"), bad.fileName()});
    CHECK(badLine.exitCode == 1);
    CHECK(badLine.err.contains(QStringLiteral("Line 2")));
    RawSql raw(b.path);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM calendar_day WHERE day = '2026-12-25'"))
          == QStringLiteral("0"));
    auto missingArg =
        b.run({QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("1")});
    CHECK(missingArg.exitCode == 2);

    // Only those who look after SLAs change calendars.
    REQUIRE(b.run({QStringLiteral("user"), QStringLiteral("grant"), QStringLiteral("dan"),
                   QStringLiteral("agent")})
                .exitCode
            == 0);
    CHECK(b.run({QStringLiteral("sla"), QStringLiteral("holidays"), QStringLiteral("1"), csv,
                 QStringLiteral("--user"), QStringLiteral("dan")})
              .exitCode
          == 4);
}

TEST_CASE("cli: categories lists the incident category tree, as text and as JSON")
{
    Book b;
    auto text = b.run({QStringLiteral("categories")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Access\n  Account locked\n")));
    CHECK(text.out.contains(QStringLiteral("\nHardware\n  Desktop or laptop\n")));
    auto j = b.run({QStringLiteral("categories"), QStringLiteral("--json")});
    REQUIRE(j.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(j.out.toUtf8()).array();
    REQUIRE(list.size() == 19);
    const QJsonObject first = list.at(0).toObject();
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("Access"));
    CHECK(first.value(QStringLiteral("parent_id")).isNull());
    const QJsonObject second = list.at(1).toObject();
    CHECK(second.value(QStringLiteral("path")).toString()
          == QStringLiteral("Access / Account locked"));
    CHECK(second.value(QStringLiteral("parent_id")).toInteger()
          == first.value(QStringLiteral("id")).toInteger());
    CHECK(second.value(QStringLiteral("depth")).toInt() == 1);
    CHECK(b.run({QStringLiteral("categories"), QStringLiteral("extra")}).exitCode == 2);
    CHECK(cli({QStringLiteral("categories"), b.t.file(QStringLiteral("none.sbw"))}).exitCode == 2);
}

TEST_CASE("cli: ticket notes, escalations, timeline, attention and the sweep")
{
    Book b;
    auto created =
        b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("incident"),
               QStringLiteral("--set"), QStringLiteral("title=VPN drops"), QStringLiteral("--set"),
               QStringLiteral("impact=2"), QStringLiteral("--set"), QStringLiteral("urgency=2"),
               QStringLiteral("--set"), QStringLiteral("assignment_group=Desk")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();

    auto note =
        b.run({QStringLiteral("ticket"), QStringLiteral("note"), id,
               QStringLiteral("We are looking at the tunnel."), QStringLiteral("--customer")});
    INFO(note.err.toStdString());
    CHECK(note.exitCode == 0);
    CHECK(
        b.run({QStringLiteral("ticket"), QStringLiteral("note"), id, QStringLiteral("  ")}).exitCode
        == 1);

    // Up to the group's manager: the group has none, so a name is needed.
    auto up = b.run({QStringLiteral("ticket"), QStringLiteral("escalate"), id,
                     QStringLiteral("--reason"), QStringLiteral("VIP caller")});
    CHECK(up.exitCode == 1);
    CHECK(up.err.contains(QStringLiteral("no manager")));
    auto across =
        b.run({QStringLiteral("ticket"), QStringLiteral("escalate"), id, QStringLiteral("--reason"),
               QStringLiteral("Tunnel config"), QStringLiteral("--to-group"),
               QStringLiteral("Network"), QStringLiteral("--json")});
    INFO(across.err.toStdString());
    REQUIRE(across.exitCode == 0);
    const qint64 escalation = json(across).value(QStringLiteral("escalation")).toInteger();
    CHECK(escalation > 0);

    auto attention =
        b.run({QStringLiteral("ticket"), QStringLiteral("attention"), QStringLiteral("--json")});
    REQUIRE(attention.exitCode == 0);
    const QJsonArray waiting = QJsonDocument::fromJson(attention.out.toUtf8()).array();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.at(0).toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(waiting.at(0).toObject().value(QStringLiteral("group")).toString()
          == QStringLiteral("Network"));

    CHECK(b.run({QStringLiteral("ticket"), QStringLiteral("ack"), QString::number(escalation)})
              .exitCode
          == 0);
    CHECK(b.run({QStringLiteral("ticket"), QStringLiteral("ack"), QString::number(escalation)})
              .exitCode
          != 0);
    attention =
        b.run({QStringLiteral("ticket"), QStringLiteral("attention"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(attention.out.toUtf8()).array().isEmpty());

    auto timeline =
        b.run({QStringLiteral("ticket"), QStringLiteral("timeline"), id, QStringLiteral("--json")});
    REQUIRE(timeline.exitCode == 0);
    QStringList kinds;
    for (const QJsonValue &e : QJsonDocument::fromJson(timeline.out.toUtf8()).array())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    CHECK(kinds.first() == QStringLiteral("created"));
    CHECK(kinds.contains(QStringLiteral("customer_update")));
    CHECK(kinds.contains(QStringLiteral("assignment")));
    CHECK(kinds.contains(QStringLiteral("escalation")));

    auto sweep =
        b.run({QStringLiteral("ticket"), QStringLiteral("sweep"), QStringLiteral("--json")});
    INFO(sweep.err.toStdString());
    REQUIRE(sweep.exitCode == 0);
    CHECK(json(sweep).value(QStringLiteral("closed")).toInt() == 0);
    CHECK(b.run({QStringLiteral("ticket"), QStringLiteral("shout"), id}).exitCode == 2);
    CHECK(b.run({QStringLiteral("ticket"), QStringLiteral("timeline")}).exitCode == 2);
}

namespace {

QString daysAgo(double days)
{
    return QDateTime::currentDateTimeUtc()
        .addMSecs(-qint64(days * 24 * 3600 * 1000))
        .toString(Qt::ISODateWithMs);
}

// An incident made through the command line; returns its ID.
QString incident(const Book &b, const QString &title, const QStringList &sets)
{
    QStringList args {QStringLiteral("record"), QStringLiteral("create"),
                      QStringLiteral("incident"), QStringLiteral("--set"),
                      QStringLiteral("title=") + title};
    for (const QString &set : sets)
        args << QStringLiteral("--set") << set;
    const ProcessResult r = b.run(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

QJsonObject findCandidate(const QJsonArray &list, const QString &kind, const QString &key)
{
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("kind")).toString() == kind
            && o.value(QStringLiteral("key")).toString() == key)
            return o;
    }
    return {};
}

} // namespace

TEST_CASE("cli: problem candidates group incidents by service, CI and category over a window")
{
    Book b;
    // Five on the mail relay within a fortnight, three of them from one caller; two on the VPN;
    // one mail incident long before the window.
    const double mailDays[] = {12, 9, 6, 3, 1};
    // The first opening time is kept as written: computing it again later could fall in the
    // next minute.
    const QString firstOpened = daysAgo(mailDays[0]);
    QStringList mail;
    for (int i = 0; i < 5; ++i)
        mail << incident(
            b, QStringLiteral("External mail delayed %1").arg(i),
            {QStringLiteral("service=Mail"), QStringLiteral("affected_ci=mx-01"),
             QStringLiteral("category=Software"),
             QStringLiteral("caller=%1")
                 .arg(i % 2 == 0 ? QStringLiteral("ann") : QStringLiteral("bob")),
             QStringLiteral("opened_at=") + (i == 0 ? firstOpened : daysAgo(mailDays[i]))});
    for (int i = 0; i < 2; ++i)
        incident(b, QStringLiteral("VPN drops %1").arg(i),
                 {QStringLiteral("service=VPN"), QStringLiteral("affected_ci=vpn-gw"),
                  QStringLiteral("category=Network"), QStringLiteral("caller=cat"),
                  QStringLiteral("opened_at=") + daysAgo(2 + i)});
    incident(b, QStringLiteral("Old mail trouble"),
             {QStringLiteral("service=Mail"), QStringLiteral("category=Software"),
              QStringLiteral("opened_at=") + daysAgo(60)});

    auto r =
        b.run({QStringLiteral("problem"), QStringLiteral("candidates"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("by")).toString() == QStringLiteral("service"));
    CHECK(o.value(QStringLiteral("window_days")).toInt() == 30);
    CHECK(o.value(QStringLiteral("min")).toInt() == 5);
    QJsonArray list = o.value(QStringLiteral("candidates")).toArray();
    const QJsonObject mailGroup =
        findCandidate(list, QStringLiteral("group"), QStringLiteral("Mail"));
    REQUIRE(!mailGroup.isEmpty());
    CHECK(mailGroup.value(QStringLiteral("by")).toString() == QStringLiteral("service"));
    CHECK(mailGroup.value(QStringLiteral("count")).toInt() == 5); // the old one is outside
    CHECK(mailGroup.value(QStringLiteral("open")).toInt() == 5);
    CHECK(mailGroup.value(QStringLiteral("first")).toString().left(16) == firstOpened.left(16));
    CHECK(mailGroup.value(QStringLiteral("problem")).isNull());
    CHECK(findCandidate(list, QStringLiteral("group"), QStringLiteral("VPN")).isEmpty());
    const QJsonObject ann =
        findCandidate(list, QStringLiteral("repeat_caller"), QStringLiteral("ann"));
    REQUIRE(!ann.isEmpty());
    CHECK(ann.value(QStringLiteral("count")).toInt() == 3);
    CHECK(findCandidate(list, QStringLiteral("repeat_caller"), QStringLiteral("bob")).isEmpty());

    // A lower threshold, a shorter window, another dimension.
    o = json(b.run({QStringLiteral("problem"), QStringLiteral("candidates"),
                    QStringLiteral("--min"), QStringLiteral("2"), QStringLiteral("--json")}));
    list = o.value(QStringLiteral("candidates")).toArray();
    CHECK(findCandidate(list, QStringLiteral("group"), QStringLiteral("VPN"))
              .value(QStringLiteral("count"))
              .toInt()
          == 2);
    o = json(
        b.run({QStringLiteral("problem"), QStringLiteral("candidates"), QStringLiteral("--window"),
               QStringLiteral("7"), QStringLiteral("--min"), QStringLiteral("2"),
               QStringLiteral("--by"), QStringLiteral("ci"), QStringLiteral("--json")}));
    list = o.value(QStringLiteral("candidates")).toArray();
    CHECK(findCandidate(list, QStringLiteral("group"), QStringLiteral("mx-01"))
              .value(QStringLiteral("count"))
              .toInt()
          == 3);
    CHECK(findCandidate(list, QStringLiteral("group"), QStringLiteral("Mail")).isEmpty());
    o = json(b.run({QStringLiteral("problem"), QStringLiteral("candidates"), QStringLiteral("--by"),
                    QStringLiteral("category"), QStringLiteral("--json")}));
    CHECK(findCandidate(o.value(QStringLiteral("candidates")).toArray(), QStringLiteral("group"),
                        QStringLiteral("Software"))
              .value(QStringLiteral("count"))
              .toInt()
          == 5);

    // "Create problem from these incidents": the group then names its problem.
    auto made = b.run({QStringLiteral("problem"), QStringLiteral("from-incidents"),
                       QStringLiteral("--title"), QStringLiteral("External mail delayed"),
                       QStringLiteral("--set"), QStringLiteral("service=Mail"), mail.value(0),
                       mail.value(1), mail.value(2), mail.value(3), mail.value(4),
                       QStringLiteral("--json")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(json(made).value(QStringLiteral("id")).toString() == QStringLiteral("PRB-1"));
    CHECK(json(made).value(QStringLiteral("incidents")).toInt() == 5);
    o = json(
        b.run({QStringLiteral("problem"), QStringLiteral("candidates"), QStringLiteral("--json")}));
    CHECK(findCandidate(o.value(QStringLiteral("candidates")).toArray(), QStringLiteral("group"),
                        QStringLiteral("Mail"))
              .value(QStringLiteral("problem"))
              .toString()
          == QStringLiteral("PRB-1"));
    auto shown = b.run({QStringLiteral("record"), QStringLiteral("show"), QStringLiteral("PRB-1"),
                        QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(json(shown).value(QStringLiteral("links")).toArray().size() == 5);
    CHECK(json(shown)
              .value(QStringLiteral("fields"))
              .toObject()
              .value(QStringLiteral("detected_by"))
              .toString()
          == QStringLiteral("trend"));

    auto text = b.run({QStringLiteral("problem"), QStringLiteral("candidates")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Mail")));
    CHECK(text.out.contains(QStringLiteral("PRB-1")));
    CHECK(text.out.contains(QStringLiteral("Repeat caller")));

    // Bad input: a clear line on stderr and the usage exit code, before the file is touched.
    auto badBy = b.run({QStringLiteral("problem"), QStringLiteral("candidates"),
                        QStringLiteral("--by"), QStringLiteral("colour")});
    CHECK(badBy.exitCode == 2);
    CHECK(badBy.err.contains(QStringLiteral("--by expects one of: service, ci, category")));
    auto badWindow = b.run({QStringLiteral("problem"), QStringLiteral("candidates"),
                            QStringLiteral("--window"), QStringLiteral("a month")});
    CHECK(badWindow.exitCode == 2);
    CHECK(badWindow.err.contains(QStringLiteral("--window expects a whole number")));
    CHECK(b.run({QStringLiteral("problem"), QStringLiteral("candidates"), QStringLiteral("--min"),
                 QStringLiteral("0")})
              .exitCode
          == 2);
    auto missing = cli({QStringLiteral("problem"), QStringLiteral("candidates"),
                        b.t.file(QStringLiteral("none.sbw"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.count(QLatin1Char('\n')) == 1);
    CHECK(b.run({QStringLiteral("problem"), QStringLiteral("guess")}).exitCode == 2);
    CHECK(b.run({QStringLiteral("problem"), QStringLiteral("candidates"), QStringLiteral("extra")})
              .exitCode
          == 2);
    auto noTitle =
        b.run({QStringLiteral("problem"), QStringLiteral("from-incidents"), mail.value(0)});
    CHECK(noTitle.exitCode == 2);
    CHECK(noTitle.err.contains(QStringLiteral("--title")));
    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("create"), QStringLiteral("task"),
                   QStringLiteral("--set"), QStringLiteral("title=Not an incident")})
                .exitCode
            == 0);
    auto notIncident =
        b.run({QStringLiteral("problem"), QStringLiteral("from-incidents"),
               QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("TSK-1")});
    CHECK(notIncident.exitCode == 1);
    CHECK(notIncident.err.contains(QStringLiteral("TSK-1")));
    CHECK(b.run({QStringLiteral("problem"), QStringLiteral("from-incidents"),
                 QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("INC-99")})
              .exitCode
          == 1);
}

TEST_CASE("cli: known errors are suggested and applied; a resolved problem that comes back is "
          "reported and marked")
{
    Book b;
    const QString first =
        incident(b, QStringLiteral("Payroll data missing after the nightly run"),
                 {QStringLiteral("category=Software"), QStringLiteral("affected_ci=batch-01"),
                  QStringLiteral("service=Payroll"), QStringLiteral("opened_at=") + daysAgo(20)});
    auto made = b.run({QStringLiteral("problem"), QStringLiteral("from-incidents"),
                       QStringLiteral("--title"),
                       QStringLiteral("Payroll data missing after the nightly run"),
                       QStringLiteral("--set"), QStringLiteral("category=Software"),
                       QStringLiteral("--set"), QStringLiteral("affected_ci=batch-01"),
                       QStringLiteral("--set"), QStringLiteral("service=Payroll"),
                       QStringLiteral("--set"), QStringLiteral("problem_manager=tester"),
                       QStringLiteral("--set"), QStringLiteral("detected_by=incident"), first});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString problem = made.out.trimmed();
    CHECK(problem == QStringLiteral("PRB-1"));
    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("transition"), problem,
                   QStringLiteral("under_investigation")})
                .exitCode
            == 0);
    // A root cause and a workaround make the known error by themselves.
    auto analysed =
        b.run({QStringLiteral("record"), QStringLiteral("update"), problem, QStringLiteral("--set"),
               QStringLiteral("root_cause=The import starts before the HR extract has finished."),
               QStringLiteral("--set"),
               QStringLiteral("workaround=Run the payroll import again by hand after 06:00.")});
    INFO(analysed.err.toStdString());
    REQUIRE(analysed.exitCode == 0);

    auto suggested =
        b.run({QStringLiteral("problem"), QStringLiteral("suggest"),
               QStringLiteral("Payroll is missing hours after the nightly run"),
               QStringLiteral("--ci"), QStringLiteral("batch-01"), QStringLiteral("--json")});
    INFO(suggested.err.toStdString());
    REQUIRE(suggested.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(suggested.out.toUtf8()).array();
    REQUIRE(hits.size() == 1);
    const QJsonObject ke = hits.at(0).toObject();
    CHECK(ke.value(QStringLiteral("id")).toString() == QStringLiteral("KE-1"));
    CHECK(ke.value(QStringLiteral("type")).toString() == QStringLiteral("known_error"));
    CHECK(ke.value(QStringLiteral("problem")).toString() == problem);
    CHECK(ke.value(QStringLiteral("workaround")).toString().contains(QStringLiteral("06:00")));
    CHECK(ke.value(QStringLiteral("matched")).toArray().contains(QStringLiteral("text")));
    CHECK(ke.value(QStringLiteral("matched")).toArray().contains(QStringLiteral("ci")));
    auto suggestedText = b.run({QStringLiteral("problem"), QStringLiteral("suggest"),
                                QStringLiteral("payroll nightly run")});
    CHECK(suggestedText.out.contains(QStringLiteral("Workaround: Run the payroll import")));
    auto nothing = b.run({QStringLiteral("problem"), QStringLiteral("suggest"),
                          QStringLiteral("printer toner empty")});
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out.contains(QStringLiteral("No known error")));
    CHECK(b.run({QStringLiteral("problem"), QStringLiteral("suggest"), QStringLiteral("payroll"),
                 QStringLiteral("--limit"), QStringLiteral("0")})
              .exitCode
          == 2);
    CHECK(b.run({QStringLiteral("problem"), QStringLiteral("suggest")}).exitCode == 2);

    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("transition"), problem,
                   QStringLiteral("resolved"), QStringLiteral("--set"),
                   QStringLiteral("resolution=The import now waits for the extract's flag.")})
                .exitCode
            == 0);
    auto none = b.run(
        {QStringLiteral("problem"), QStringLiteral("effectiveness"), QStringLiteral("--json")});
    REQUIRE(none.exitCode == 0);
    QJsonArray problems = json(none).value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK_FALSE(problems.at(0).toObject().value(QStringLiteral("recurred")).toBool());

    // After the fix: the same trouble on the same CI, and something unrelated.
    const QString again =
        incident(b, QStringLiteral("Payroll data missing after the nightly run again"),
                 {QStringLiteral("category=Software"), QStringLiteral("affected_ci=batch-01")});
    incident(b, QStringLiteral("Printer jam on floor 2"), {QStringLiteral("category=Hardware")});
    auto applied = b.run({QStringLiteral("problem"), QStringLiteral("apply-workaround"), again,
                          QStringLiteral("KE-1"), QStringLiteral("--json")});
    INFO(applied.err.toStdString());
    REQUIRE(applied.exitCode == 0);
    CHECK(json(applied).value(QStringLiteral("known_error")).toString() == QStringLiteral("KE-1"));
    auto twice = b.run({QStringLiteral("problem"), QStringLiteral("apply-workaround"), again,
                        QStringLiteral("KE-1")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already applied")));
    CHECK(b.run({QStringLiteral("problem"), QStringLiteral("apply-workaround"), again, problem})
              .exitCode
          == 1); // a problem is no known error
    auto timeline = b.run({QStringLiteral("ticket"), QStringLiteral("timeline"), again});
    CHECK(timeline.out.contains(QStringLiteral("Run the payroll import again by hand")));

    auto review = b.run(
        {QStringLiteral("problem"), QStringLiteral("effectiveness"), QStringLiteral("--json")});
    INFO(review.err.toStdString());
    REQUIRE(review.exitCode == 0);
    problems = json(review).value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    const QJsonObject p = problems.at(0).toObject();
    CHECK(p.value(QStringLiteral("id")).toString() == problem);
    CHECK(p.value(QStringLiteral("state")).toString() == QStringLiteral("resolved"));
    CHECK(p.value(QStringLiteral("recurred")).toBool());
    CHECK(p.value(QStringLiteral("recurrences")).toArray() == QJsonArray {again});
    CHECK(p.value(QStringLiteral("linked_incidents")).toInt() == 1);
    CHECK(p.value(QStringLiteral("hours_to_root_cause")).toInt() == 0);
    CHECK(p.value(QStringLiteral("hours_to_resolution")).toInt() == 0);
    auto reviewText = b.run({QStringLiteral("problem"), QStringLiteral("effectiveness")});
    CHECK(reviewText.out.contains(QStringLiteral("yes: ") + again));

    // The sweep marks it; a second look finds nothing new.
    auto sweep =
        b.run({QStringLiteral("ticket"), QStringLiteral("sweep"), QStringLiteral("--json")});
    INFO(sweep.err.toStdString());
    REQUIRE(sweep.exitCode == 0);
    CHECK(json(sweep).value(QStringLiteral("recurred")).toInt() == 1);
    auto marked = b.run(
        {QStringLiteral("record"), QStringLiteral("show"), problem, QStringLiteral("--json")});
    const QJsonObject fields = json(marked).value(QStringLiteral("fields")).toObject();
    CHECK(fields.value(QStringLiteral("recurred")).toVariant().toBool());
    CHECK(fields.value(QStringLiteral("recurrence_count")).toVariant().toInt() == 1);
    auto recurrences =
        b.run({QStringLiteral("problem"), QStringLiteral("recurrences"), QStringLiteral("--json")});
    REQUIRE(recurrences.exitCode == 0);
    CHECK(json(recurrences).value(QStringLiteral("recurred")).toInt() == 0);
    CHECK(
        b.run({QStringLiteral("problem"), QStringLiteral("effectiveness"), QStringLiteral("extra")})
            .exitCode
        == 2);
}

// ---- CMDB: impact, baselines, audits ---------------------------------------------------------

namespace {

// A record made through the command line; its human ID.
QString made(const Book &b, const QString &type, const QStringList &sets)
{
    QStringList args {QStringLiteral("record"), QStringLiteral("create"), type};
    for (const QString &s : sets)
        args << QStringLiteral("--set") << s;
    auto r = b.run(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

void linked(const Book &b, const QString &from, const QString &kind, const QString &to)
{
    auto r = b.run({QStringLiteral("record"), QStringLiteral("link"), from, to,
                    QStringLiteral("--kind"), kind});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("cli: impact lists each record a failure reaches once, with its path, through a cycle")
{
    Book b;
    const QString sw =
        made(b, QStringLiteral("ci"),
             {QStringLiteral("title=core-switch"), QStringLiteral("ci_type=network_device")});
    const QString srv =
        made(b, QStringLiteral("ci"),
             {QStringLiteral("title=srv-1"), QStringLiteral("ci_type=physical_server")});
    const QString app =
        made(b, QStringLiteral("ci"),
             {QStringLiteral("title=shop-web"), QStringLiteral("ci_type=application")});
    const QString api =
        made(b, QStringLiteral("ci"),
             {QStringLiteral("title=shop-api"), QStringLiteral("ci_type=application")});
    const QString svc = made(b, QStringLiteral("service"), {QStringLiteral("title=Shop")});
    const QString cus = made(b, QStringLiteral("customer"), {QStringLiteral("title=Acme")});
    linked(b, srv, QStringLiteral("connected_to"), sw);
    linked(b, app, QStringLiteral("runs_on"), srv);
    linked(b, app, QStringLiteral("depends_on"), api);
    linked(b, api, QStringLiteral("depends_on"), app); // a cycle
    linked(b, app, QStringLiteral("part_of"), svc);
    linked(b, cus, QStringLiteral("uses"), svc);

    auto r = b.run({QStringLiteral("impact"), sw, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("start")).toObject().value(QStringLiteral("id")).toString() == sw);
    CHECK(o.value(QStringLiteral("direction")).toString() == QStringLiteral("down"));
    QStringList ids;
    auto reachedAs = [&](const QString &id) {
        for (const QJsonValue &v : o.value(QStringLiteral("reached")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return QJsonObject();
    };
    for (const QJsonValue &v : o.value(QStringLiteral("reached")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    QStringList expected {srv, app, api, svc, cus};
    expected.sort();
    CHECK(ids == expected); // each once
    CHECK(reachedAs(app).value(QStringLiteral("distance")).toInt() == 2);
    CHECK(reachedAs(cus).value(QStringLiteral("distance")).toInt() == 4);
    const QJsonArray path = reachedAs(api).value(QStringLiteral("path")).toArray();
    REQUIRE(path.size() == 3);
    CHECK(path[0].toObject().value(QStringLiteral("from")).toString() == sw);
    CHECK(path[0].toObject().value(QStringLiteral("kind")).toString()
          == QStringLiteral("connected_to"));
    CHECK(path[1].toObject().value(QStringLiteral("to")).toString() == app);
    CHECK(path[1].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("runs_on"));
    CHECK(!path[1].toObject().value(QStringLiteral("along_link")).toBool());
    CHECK(path[2].toObject().value(QStringLiteral("to")).toString() == api);
    const QJsonArray services = o.value(QStringLiteral("services")).toArray();
    REQUIRE(services.size() == 1);
    CHECK(services[0].toObject().value(QStringLiteral("id")).toString() == svc);
    CHECK(o.value(QStringLiteral("customers")).toArray().size() == 1);

    // As text: an indented tree read from each parent's side.
    auto text = b.run({QStringLiteral("impact"), sw});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("  connected to ") + srv));
    CHECK(text.out.contains(QStringLiteral("    hosts ") + app));
    CHECK(text.out.contains(QStringLiteral("Customers:")));

    // Upstream, limited: what the web application needs, one step away.
    auto up =
        b.run({QStringLiteral("impact"), app, QStringLiteral("--direction"), QStringLiteral("up"),
               QStringLiteral("--depth"), QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(up.exitCode == 0);
    const QJsonObject u = json(up);
    CHECK(u.value(QStringLiteral("reached")).toArray().size() == 2); // srv-1 and shop-api
    CHECK(u.value(QStringLiteral("truncated")).toBool());

    CHECK(b.run({QStringLiteral("impact"), sw, QStringLiteral("--direction"),
                 QStringLiteral("sideways")})
              .exitCode
          == 2);
    CHECK(b.run({QStringLiteral("impact"), sw, QStringLiteral("--depth"), QStringLiteral("0")})
              .exitCode
          == 2);
    CHECK(b.run({QStringLiteral("impact")}).exitCode == 2);
    CHECK(b.run({QStringLiteral("impact"), QStringLiteral("CI-99")}).exitCode == 1);
}

TEST_CASE("cli: baselines are taken, listed and compared, as text and JSON")
{
    Book b;
    auto run = [&](QStringList args) {
        args.insert(2, b.path);
        return cli(args);
    };
    const QString srv =
        made(b, QStringLiteral("ci"),
             {QStringLiteral("title=srv-1"), QStringLiteral("ci_type=physical_server"),
              QStringLiteral("location=DC1")});
    const QString app =
        made(b, QStringLiteral("ci"),
             {QStringLiteral("title=shop-web"), QStringLiteral("ci_type=application")});
    linked(b, app, QStringLiteral("runs_on"), srv);

    auto created = run({QStringLiteral("baseline"), QStringLiteral("create"),
                        QStringLiteral("Before 1.0"), QStringLiteral("--description"),
                        QStringLiteral("For RFC-7"), QStringLiteral("--json")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(json(created).value(QStringLiteral("cis")).toInt() == 2);
    CHECK(json(created).value(QStringLiteral("relations")).toInt() == 1);

    REQUIRE(b.run({QStringLiteral("record"), QStringLiteral("update"), srv, QStringLiteral("--set"),
                   QStringLiteral("location=DC2")})
                .exitCode
            == 0);
    const QString db = made(b, QStringLiteral("ci"),
                            {QStringLiteral("title=shop-db"), QStringLiteral("ci_type=database")});

    auto diff = run({QStringLiteral("baseline"), QStringLiteral("diff"),
                     QStringLiteral("before 1.0"), QStringLiteral("--json")});
    INFO(diff.err.toStdString());
    REQUIRE(diff.exitCode == 0);
    const QJsonObject d = json(diff);
    CHECK(d.value(QStringLiteral("to")).toString() == QStringLiteral("now"));
    const QJsonArray added = d.value(QStringLiteral("added")).toArray();
    REQUIRE(added.size() == 1);
    CHECK(added[0].toObject().value(QStringLiteral("id")).toString() == db);
    const QJsonArray changed = d.value(QStringLiteral("changed")).toArray();
    REQUIRE(changed.size() == 1);
    const QJsonArray fields = changed[0].toObject().value(QStringLiteral("fields")).toArray();
    REQUIRE(fields.size() == 1);
    CHECK(fields[0].toObject().value(QStringLiteral("field")).toString()
          == QStringLiteral("location"));
    CHECK(fields[0].toObject().value(QStringLiteral("before")).toString() == QStringLiteral("DC1"));
    CHECK(fields[0].toObject().value(QStringLiteral("after")).toString() == QStringLiteral("DC2"));

    auto text = run({QStringLiteral("baseline"), QStringLiteral("diff"),
                     QStringLiteral("Before 1.0"), QStringLiteral("now")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("CIs added (1):")));
    CHECK(text.out.contains(QStringLiteral("location: \"DC1\" -> \"DC2\"")));

    REQUIRE(run({QStringLiteral("baseline"), QStringLiteral("create"), QStringLiteral("After 1.0")})
                .exitCode
            == 0);
    auto between = run({QStringLiteral("baseline"), QStringLiteral("diff"),
                        QStringLiteral("Before 1.0"), QStringLiteral("After 1.0")});
    REQUIRE(between.exitCode == 0);
    CHECK(between.out.contains(QStringLiteral("compared with baseline \"After 1.0\"")));
    CHECK(between.out.contains(QStringLiteral("+ ") + db));
    auto same =
        run({QStringLiteral("baseline"), QStringLiteral("diff"), QStringLiteral("After 1.0")});
    CHECK(same.out.contains(QStringLiteral("No differences.")));

    auto list =
        cli({QStringLiteral("baseline"), QStringLiteral("list"), b.path, QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(all.size() == 2);
    CHECK(all[0].toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("After 1.0"));
    CHECK(all[1].toObject().value(QStringLiteral("description")).toString()
          == QStringLiteral("For RFC-7"));
    auto listText = cli({QStringLiteral("baseline"), QStringLiteral("list"), b.path});
    CHECK(listText.out.contains(QStringLiteral("Before 1.0")));

    // Refused: a name taken, a baseline that is not there, a scope that is no service, usage.
    CHECK(run({QStringLiteral("baseline"), QStringLiteral("create"), QStringLiteral("BEFORE 1.0")})
              .exitCode
          == 1);
    CHECK(run({QStringLiteral("baseline"), QStringLiteral("diff"), QStringLiteral("Nope")}).exitCode
          == 1);
    CHECK(run({QStringLiteral("baseline"), QStringLiteral("create"), QStringLiteral("Scoped"),
               QStringLiteral("--service"), srv})
              .exitCode
          == 1);
    CHECK(run({QStringLiteral("baseline"), QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(run({QStringLiteral("baseline"), QStringLiteral("diff"), QStringLiteral("a"),
               QStringLiteral("b"), QStringLiteral("c")})
              .exitCode
          == 2);
    CHECK(
        run({QStringLiteral("baseline"), QStringLiteral("list"), QStringLiteral("--service"), srv})
            .exitCode
        == 2);
}

TEST_CASE("cli: a CMDB audit of a CSV inventory, its findings and a follow-up task")
{
    Book b;
    auto run = [&](QStringList args) {
        args.insert(2, b.path);
        return cli(args);
    };
    made(b, QStringLiteral("ci"),
         {QStringLiteral("title=srv-a"), QStringLiteral("ci_type=physical_server"),
          QStringLiteral("attributes={\"operating_system\": \"Debian 12\"}")});
    const QString srvB =
        made(b, QStringLiteral("ci"),
             {QStringLiteral("title=srv-b"), QStringLiteral("ci_type=physical_server")});
    auto write = [&](const QString &name, const QByteArray &content) {
        const QString path = b.t.file(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    };
    const QString mapping = write(QStringLiteral("map.json"),
                                  R"({"name": "host", "type": "physical_server",
                                      "compare": {"os": "attributes.operating_system"}})");
    const QString inventory =
        write(QStringLiteral("scan.csv"), "host,os\nSRV-A,Debian 11\nnew-box,Windows\n");

    auto audit = run({QStringLiteral("cmdb"), QStringLiteral("audit"), inventory,
                      QStringLiteral("--mapping"), mapping, QStringLiteral("--json")});
    INFO(audit.err.toStdString());
    REQUIRE(audit.exitCode == 0);
    const QJsonObject a = json(audit);
    const QString auditId = a.value(QStringLiteral("id")).toString();
    CHECK(auditId == QStringLiteral("CIA-1"));
    CHECK(a.value(QStringLiteral("rows_read")).toInt() == 2);
    CHECK(a.value(QStringLiteral("matched")).toInt() == 1);
    CHECK(a.value(QStringLiteral("missing")).toInt() == 1);
    CHECK(a.value(QStringLiteral("unregistered")).toInt() == 1);
    CHECK(a.value(QStringLiteral("mismatched")).toInt() == 1);

    auto findings = run(
        {QStringLiteral("cmdb"), QStringLiteral("findings"), auditId, QStringLiteral("--json")});
    REQUIRE(findings.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(findings.out.toUtf8()).array();
    REQUIRE(list.size() == 3);
    const QJsonObject missing = list[0].toObject();
    CHECK(missing.value(QStringLiteral("kind")).toString() == QStringLiteral("missing"));
    CHECK(missing.value(QStringLiteral("ci")).toString() == srvB);
    const QJsonObject differs = list[2].toObject();
    CHECK(differs.value(QStringLiteral("field")).toString()
          == QStringLiteral("attributes.operating_system"));
    CHECK(differs.value(QStringLiteral("cmdb_value")).toString() == QStringLiteral("Debian 12"));
    CHECK(differs.value(QStringLiteral("found_value")).toString() == QStringLiteral("Debian 11"));
    CHECK(differs.value(QStringLiteral("line")).toInt() == 2);

    const QString findingId = QString::number(missing.value(QStringLiteral("id")).toInteger());
    auto follow = run({QStringLiteral("cmdb"), QStringLiteral("follow-up"), auditId, findingId});
    INFO(follow.err.toStdString());
    REQUIRE(follow.exitCode == 0);
    CHECK(follow.out.trimmed().startsWith(QStringLiteral("TSK-")));
    auto text = run({QStringLiteral("cmdb"), QStringLiteral("findings"), auditId});
    CHECK(text.out.contains(QStringLiteral("followed up by ") + follow.out.trimmed()));
    CHECK(run({QStringLiteral("cmdb"), QStringLiteral("follow-up"), auditId, findingId}).exitCode
          == 1);

    // A bad row names its line and writes nothing; usage errors exit 2.
    const QString bad = write(QStringLiteral("bad.csv"), "host,os\nsrv-a,x\n,y\n");
    auto refused = run({QStringLiteral("cmdb"), QStringLiteral("audit"), bad,
                        QStringLiteral("--mapping"), mapping});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Line 3")));
    CHECK(
        run({QStringLiteral("cmdb"), QStringLiteral("findings"), QStringLiteral("CIA-2")}).exitCode
        == 1);
    CHECK(run({QStringLiteral("cmdb"), QStringLiteral("findings"), srvB}).exitCode == 1);
    CHECK(run({QStringLiteral("cmdb"), QStringLiteral("audit"), inventory}).exitCode == 2);
    CHECK(
        run({QStringLiteral("cmdb"), QStringLiteral("follow-up"), auditId, QStringLiteral("first")})
            .exitCode
        == 2);
    CHECK(run({QStringLiteral("cmdb"), QStringLiteral("reconcile"), auditId}).exitCode == 2);
}

TEST_CASE("cli: cmdb types lists the CI types, their attributes and the relationship types")
{
    Book b;
    auto r =
        cli({QStringLiteral("cmdb"), QStringLiteral("types"), b.path, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r);
    QJsonObject server;
    for (const QJsonValue &v : o.value(QStringLiteral("ci_types")).toArray()) {
        if (v.toObject().value(QStringLiteral("code")).toString()
            == QStringLiteral("physical_server"))
            server = v.toObject();
    }
    REQUIRE(!server.isEmpty());
    bool cores = false;
    for (const QJsonValue &v : server.value(QStringLiteral("attributes")).toArray())
        cores = cores
            || (v.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("cpu_cores")
                && v.toObject().value(QStringLiteral("kind")).toString()
                    == QStringLiteral("number"));
    CHECK(cores);
    bool runsOn = false;
    for (const QJsonValue &v : o.value(QStringLiteral("relationship_types")).toArray())
        runsOn = runsOn
            || (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("runs_on")
                && v.toObject().value(QStringLiteral("reverse_label")).toString()
                    == QStringLiteral("hosts"));
    CHECK(runsOn);
    auto text = cli({QStringLiteral("cmdb"), QStringLiteral("types"), b.path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Physical server")));
    CHECK(cli({QStringLiteral("cmdb"), QStringLiteral("types"), b.path, QStringLiteral("extra")})
              .exitCode
          == 2);
}
