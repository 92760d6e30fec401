#include "fixtures.h"

#include "records/recordpager.h"
#include "records/recordquery.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

using namespace sb;
using namespace sb::test;

namespace {

QStringList titlesOf(const QList<ListRow> &rows, int column)
{
    QStringList out;
    for (const ListRow &r : rows)
        out << r.values.value(column).toString();
    return out;
}

struct Data
{
    TempDir t;
    std::unique_ptr<Workbook> wb;
    Data()
    {
        wb = newWorkbook(t.file(QStringLiteral("q.sbw")));
        RecordStore store(*wb);
        WriteTransaction tx(wb->db());
        REQUIRE(tx.begin().isOk());
        QRandomGenerator rnd(7);
        const QStringList words = {QStringLiteral("alpha"),   QStringLiteral("Bravo"),
                                   QStringLiteral("charlie"), QStringLiteral("delta"),
                                   QStringLiteral("Echo"),    QStringLiteral("printer")};
        for (int i = 0; i < 1000; ++i) {
            // Duplicated titles on purpose: the id breaks ties.
            const QString title = words[rnd.bounded(int(words.size()))] + QLatin1Char(' ')
                + QString::number(rnd.bounded(50));
            QVariantMap m {{QStringLiteral("title"), title}};
            if (i % 3 == 0)
                m.insert(QStringLiteral("priority"), 1 + i % 5);
            REQUIRE(store.create(QStringLiteral("task"), m).ok());
        }
        REQUIRE(tx.commit().isOk());
    }

    QStringList expected(const char *orderBy, const char *where = "")
    {
        QStringList out;
        Statement st =
            wb->db().prepare(QByteArray("SELECT r.title FROM record r JOIN task t ON t.id = r.id "
                                        "WHERE r.type = 'task' ")
                             + where + " ORDER BY " + orderBy);
        while (st.next())
            out << st.text(0);
        return out;
    }
};

} // namespace

TEST_CASE("keyset pages, read in order, give exactly the sorted list")
{
    Data d;
    for (const bool desc : {false, true}) {
        ListSpec spec;
        spec.type = QStringLiteral("task");
        spec.columns = {QStringLiteral("title"), QStringLiteral("priority")};
        spec.sortField = QStringLiteral("title");
        spec.descending = desc;
        auto q = RecordQuery::prepare(spec);
        REQUIRE(q.ok());
        CHECK(*q->count(d.wb->db()) == 1000);
        QStringList all;
        std::optional<SortKey> after;
        for (;;) {
            auto page = q->page(d.wb->db(), after, 64);
            REQUIRE(page.ok());
            all += titlesOf(*page, 0);
            if (page->size() < 64)
                break;
            after = page->last().key;
        }
        CHECK(all
              == d.expected(desc ? "r.title COLLATE NOCASE DESC, r.id DESC"
                                 : "r.title COLLATE NOCASE, r.id"));
    }
}

TEST_CASE("the pager serves any page in any order, jumping with one OFFSET walk")
{
    Data d;
    ListSpec spec;
    spec.type = QStringLiteral("task");
    spec.columns = {QStringLiteral("title")};
    spec.sortField = QStringLiteral("title");
    auto q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    const QStringList expected = d.expected("r.title COLLATE NOCASE, r.id");
    RecordPager pager(*q, 100);
    for (int page : {7, 3, 4, 9, 8, 0, 1, 2, 6, 5, 10}) {
        auto rows = pager.fetch(d.wb->db(), page);
        REQUIRE(rows.ok());
        CHECK(titlesOf(*rows, 0) == expected.mid(page * 100, 100));
    }
}

TEST_CASE("filters: field equality, empty values, full text, and sorting by a typed field")
{
    Data d;
    ListSpec spec;
    spec.type = QStringLiteral("task");
    spec.columns = {QStringLiteral("title"), QStringLiteral("priority")};
    spec.where = {{QStringLiteral("priority"), QStringLiteral("3")}};
    auto q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    CHECK(*q->count(d.wb->db()) == d.expected("r.id", "AND t.priority = 3").size());

    spec.where = {{QStringLiteral("priority"), QString()}};
    q = RecordQuery::prepare(spec);
    CHECK(*q->count(d.wb->db()) == d.expected("r.id", "AND t.priority IS NULL").size());

    spec.where.clear();
    spec.text = QStringLiteral("print*");
    q = RecordQuery::prepare(spec);
    CHECK(*q->count(d.wb->db()) == d.expected("r.id", "AND r.title LIKE 'printer%'").size());

    spec.text.clear();
    spec.sortField = QStringLiteral("priority");
    q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    RecordPager pager(*q, 128);
    QStringList all;
    for (int p = 0; p < 8; ++p)
        all += titlesOf(*pager.fetch(d.wb->db(), p), 0);
    CHECK(all == d.expected("ifnull(t.priority, ''), r.id"));

    spec.sortField = QStringLiteral("no_such_field");
    auto bad = RecordQuery::prepare(spec);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(QStringLiteral("no_such_field")));
}

TEST_CASE("keyset pages with filters and full text give the filtered list, in order")
{
    Data d;
    ListSpec spec;
    spec.type = QStringLiteral("task");
    spec.columns = {QStringLiteral("title")};
    spec.sortField = QStringLiteral("title");
    spec.where = {{QStringLiteral("state"), QStringLiteral("open")},
                  {QStringLiteral("priority"), QStringLiteral("2")}};
    spec.text = QStringLiteral("printer OR alpha"); // both words must match: none has both
    auto none = RecordQuery::prepare(spec);
    REQUIRE(none.ok());
    CHECK(*none->count(d.wb->db()) == 0);

    spec.text = QStringLiteral("print*");
    auto q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    const QStringList expected =
        d.expected("r.title COLLATE NOCASE, r.id",
                   "AND r.state = 'open' AND t.priority = 2 AND r.title LIKE 'printer%'");
    CHECK(*q->count(d.wb->db()) == expected.size());
    QStringList all;
    std::optional<SortKey> after;
    for (;;) {
        auto page = q->page(d.wb->db(), after, 7);
        REQUIRE(page.ok());
        all += titlesOf(*page, 0);
        if (page->size() < 7)
            break;
        after = page->last().key;
    }
    CHECK(all == expected);
    REQUIRE_FALSE(expected.isEmpty());

    // A value of spaces is no value: the same as asking for an empty field.
    spec.text.clear();
    spec.where = {{QStringLiteral("assignee"), QStringLiteral("   ")}};
    auto blank = RecordQuery::prepare(spec);
    REQUIRE(blank.ok());
    CHECK(*blank->count(d.wb->db()) == 1000);
    auto firstPage = blank->page(d.wb->db(), std::nullopt, 10);
    REQUIRE(firstPage.ok());
    CHECK(firstPage->size() == 10);
}

// Ticket queues: empty and set filters, open records only, and the stored SLA state as
// columns, a sort and a "needs attention" filter.

#include "clock.h"
#include "storage/database.h"

#include <QTimeZone>

#include <algorithm>

namespace {

QDateTime queueTime(const char *text)
{
    QDateTime t =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString queueStored(const char *text)
{
    return toStoredTime(queueTime(text));
}

qint64 queueMs(const char *text)
{
    return queueTime(text).toMSecsSinceEpoch();
}

// 2026-03-02 is a Monday. P1 incidents get 4 hours around the clock (warning at 75 %, after
// 3 hours); P3 incidents 24 working hours on office hours.
struct Tickets
{
    TempDir t;
    QDateTime now = queueTime("2026-03-02 09:00");
    std::unique_ptr<Workbook> wb;
    QHash<QString, qint64> ids; // by title

    Tickets()
    {
        setClockForTesting([this] { return now; });
        wb = newWorkbook(t.file(QStringLiteral("queues.sbw")));
        RecordStore store(*wb);
        auto make = [&](const char *title, int impact, int urgency, const char *group,
                        const char *assignee) {
            QVariantMap m {{QStringLiteral("title"), QString::fromLatin1(title)}};
            if (impact > 0) {
                m.insert(QStringLiteral("impact"), impact);
                m.insert(QStringLiteral("urgency"), urgency);
            }
            if (impact == 1) {
                // P1s are major incidents: they move on with a manager and management told.
                m.insert(QStringLiteral("major_incident_manager"), QStringLiteral("Mia"));
                m.insert(QStringLiteral("management_informed_by"), QStringLiteral("Mia"));
            }
            if (group)
                m.insert(QStringLiteral("assignment_group"), QString::fromLatin1(group));
            if (assignee)
                m.insert(QStringLiteral("assignee"), QString::fromLatin1(assignee));
            auto r = store.create(QStringLiteral("incident"), m);
            INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
            REQUIRE(r.ok());
            ids.insert(QString::fromLatin1(title), r->id);
        };
        auto move = [&](const char *title, const char *to, const QVariantMap &set = {}) {
            auto r = store.transition(ids.value(QString::fromLatin1(title)),
                                      QString::fromLatin1(to), set);
            INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
            REQUIRE(r.ok());
        };
        make("p1 running", 1, 1, "Desk", "alice");
        make("p1 paused", 1, 1, "Network", nullptr);
        make("p1 resolved late", 1, 1, "Desk", "bob");
        make("p3 running", 2, 2, "Apps", "alice");
        make("p3 cancelled", 2, 2, "Desk", nullptr);
        make("no sla", 0, 0, nullptr, nullptr);
        make("closed", 2, 2, "Desk", "bob");
        make("blank assignee", 2, 2, "Apps", "carol");
        now = queueTime("2026-03-02 09:30");
        move("p3 cancelled", "cancelled");
        move("closed", "resolved", {{QStringLiteral("resolution_code"), QStringLiteral("fixed")}});
        move("closed", "closed");
        now = queueTime("2026-03-02 13:00");
        make("p1 later", 1, 1, "Network", "dave");
        now = queueTime("2026-03-02 14:00");
        move("p1 paused", "assigned");
        move("p1 paused", "pending",
             {{QStringLiteral("pending_reason"), QStringLiteral("customer")}});
        move("p1 resolved late", "resolved",
             {{QStringLiteral("resolution_code"), QStringLiteral("fixed")}});
        // Other tools write empty text where the write path writes NULL.
        Statement blank = wb->db().prepare("UPDATE incident SET assignee = '' WHERE id = ?1");
        blank.bind(1, ids.value(QStringLiteral("blank assignee")));
        REQUIRE(blank.exec().isOk());
    }
    ~Tickets() { setClockForTesting({}); }

    qint64 count(const ListSpec &spec)
    {
        auto q = RecordQuery::prepare(spec);
        INFO((q.ok() ? QString() : q.error().fullText()).toStdString());
        REQUIRE(q.ok());
        auto n = q->count(wb->db());
        REQUIRE(n.ok());
        return *n;
    }

    // Every row of the list, read in keyset pages of `pageSize`.
    QList<ListRow> rows(const ListSpec &spec, int pageSize = 2)
    {
        auto q = RecordQuery::prepare(spec);
        INFO((q.ok() ? QString() : q.error().fullText()).toStdString());
        REQUIRE(q.ok());
        QList<ListRow> all;
        std::optional<SortKey> after;
        for (;;) {
            auto page = q->page(wb->db(), after, pageSize);
            REQUIRE(page.ok());
            all += *page;
            if (page->size() < pageSize)
                break;
            after = page->last().key;
        }
        CHECK(all.size() == *q->count(wb->db()));
        return all;
    }

    QStringList titles(const ListSpec &spec, int pageSize = 2)
    {
        QStringList out;
        for (const ListRow &r : rows(spec, pageSize))
            out << r.values.value(0).toString();
        return out;
    }
};

ListSpec incidents(QStringList columns = {QStringLiteral("title")})
{
    ListSpec spec;
    spec.type = QStringLiteral("incident");
    spec.columns = columns;
    return spec;
}

} // namespace

TEST_CASE("a list filters on fields without a value, NULL or empty, and on a set of values")
{
    Tickets d;
    ListSpec spec = incidents();
    spec.where = {{QStringLiteral("assignee"), QString()}};
    QStringList unassigned = d.titles(spec);
    unassigned.sort();
    CHECK(unassigned
          == QStringList {QStringLiteral("blank assignee"), QStringLiteral("no sla"),
                          QStringLiteral("p1 paused"), QStringLiteral("p3 cancelled")});
    spec.where = {{QStringLiteral("assignee"), QStringLiteral("  ")}};
    CHECK(d.count(spec) == 4);

    spec.where.clear();
    spec.whereIn = {
        {QStringLiteral("assignment_group"), {QStringLiteral("Network"), QStringLiteral("Apps")}}};
    QStringList grouped = d.titles(spec);
    grouped.sort();
    CHECK(grouped
          == QStringList {QStringLiteral("blank assignee"), QStringLiteral("p1 later"),
                          QStringLiteral("p1 paused"), QStringLiteral("p3 running")});
    // Combined with an equality filter, and an empty set that matches nothing.
    spec.where = {{QStringLiteral("assignee"), QStringLiteral("alice")}};
    CHECK(d.titles(spec) == QStringList {QStringLiteral("p3 running")});
    spec.whereIn = {{QStringLiteral("assignment_group"), {}}};
    CHECK(d.count(spec) == 0);

    spec.whereIn = {{QStringLiteral("no_such_field"), {QStringLiteral("x")}}};
    CHECK_FALSE(RecordQuery::prepare(spec).ok());
}

TEST_CASE("a list shows only records not in a final state when asked")
{
    Tickets d;
    ListSpec spec = incidents();
    CHECK(d.count(spec) == 9);
    spec.openOnly = true;
    QStringList open = d.titles(spec);
    // Resolved is not final (it can be reopened); closed and cancelled are.
    CHECK(open
          == QStringList {QStringLiteral("p1 running"), QStringLiteral("p1 paused"),
                          QStringLiteral("p1 resolved late"), QStringLiteral("p3 running"),
                          QStringLiteral("no sla"), QStringLiteral("blank assignee"),
                          QStringLiteral("p1 later")});
    // The same with other filters and full text.
    spec.where = {{QStringLiteral("assignment_group"), QStringLiteral("Desk")}};
    CHECK(d.titles(spec)
          == QStringList {QStringLiteral("p1 running"), QStringLiteral("p1 resolved late")});
    spec.text = QStringLiteral("resolved");
    CHECK(d.titles(spec) == QStringList {QStringLiteral("p1 resolved late")});
}

TEST_CASE("tickets list their stored SLA state and sort by when it is due")
{
    Tickets d;
    ListSpec spec = incidents({QStringLiteral("title"), QStringLiteral("sla_clock"),
                               QStringLiteral("sla_due"), QStringLiteral("sla_warning_at"),
                               QStringLiteral("sla_breached_at"), QStringLiteral("sla_target_ms")});
    QHash<QString, QVariantList> byTitle;
    for (const ListRow &r : d.rows(spec))
        byTitle.insert(r.values.value(0).toString(), r.values.mid(1));
    REQUIRE(byTitle.size() == 9);
    const QVariantList running = byTitle.value(QStringLiteral("p1 running"));
    CHECK(running.value(0).toString() == QStringLiteral("running"));
    CHECK(running.value(1).toString() == queueStored("2026-03-02 13:00"));
    CHECK(running.value(2).toString() == queueStored("2026-03-02 12:00"));
    CHECK(running.value(3).isNull());
    CHECK(running.value(4).toLongLong() == 4 * 60 * 60 * 1000);
    const QVariantList paused = byTitle.value(QStringLiteral("p1 paused"));
    CHECK(paused.value(0).toString() == QStringLiteral("paused"));
    CHECK(paused.value(1).isNull());
    CHECK(paused.value(3).toString() == queueStored("2026-03-02 13:00"));
    const QVariantList late = byTitle.value(QStringLiteral("p1 resolved late"));
    CHECK(late.value(0).toString() == QStringLiteral("stopped"));
    CHECK(late.value(3).toString() == queueStored("2026-03-02 13:00"));
    CHECK(byTitle.value(QStringLiteral("closed")).value(0).toString() == QStringLiteral("stopped"));
    CHECK(byTitle.value(QStringLiteral("closed")).value(3).isNull());
    CHECK(byTitle.value(QStringLiteral("no sla")).value(0).isNull());
    // 24 working hours from Monday 09:00 on office hours.
    CHECK(byTitle.value(QStringLiteral("p3 running")).value(1).toString()
          == queueStored("2026-03-04 17:00"));

    // Running clocks soonest due first, then paused, stopped, and tickets without an SLA;
    // ties in creation order. Read in keyset pages of one, two and five, both ways.
    spec.columns = {QStringLiteral("title")};
    spec.sortField = QStringLiteral("sla_due");
    const QStringList expected {QStringLiteral("p1 running"),   QStringLiteral("p1 later"),
                                QStringLiteral("p3 running"),   QStringLiteral("blank assignee"),
                                QStringLiteral("p1 paused"),    QStringLiteral("p1 resolved late"),
                                QStringLiteral("p3 cancelled"), QStringLiteral("closed"),
                                QStringLiteral("no sla")};
    for (int pageSize : {1, 2, 5})
        CHECK(d.titles(spec, pageSize) == expected);
    spec.descending = true;
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(d.titles(spec, 2) == reversed);

    // The pager's jumps and upward pages agree with reading straight through.
    spec.descending = false;
    auto q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    RecordPager pager(*q, 2);
    for (int page : {3, 1, 2, 0, 4}) {
        auto rows = pager.fetch(d.wb->db(), page);
        REQUIRE(rows.ok());
        CHECK(titlesOf(*rows, 0) == expected.mid(page * 2, 2));
    }

    // Only tickets have an SLA.
    ListSpec tasks;
    tasks.type = QStringLiteral("task");
    tasks.columns = {QStringLiteral("title"), QStringLiteral("sla_due")};
    CHECK_FALSE(RecordQuery::prepare(tasks).ok());
    tasks.columns = {QStringLiteral("title")};
    tasks.sortField = QStringLiteral("sla_due");
    CHECK_FALSE(RecordQuery::prepare(tasks).ok());
    tasks.sortField = QStringLiteral("id");
    tasks.slaAtRisk = true;
    CHECK_FALSE(RecordQuery::prepare(tasks).ok());
}

TEST_CASE("breaching soon: running past the warning threshold, or breached and not stopped")
{
    Tickets d;
    ListSpec spec = incidents();
    spec.slaAtRisk = true;
    spec.sortField = QStringLiteral("sla_due");
    // 11:00: nothing has reached its warning yet; the paused ticket has breached already.
    spec.nowMs = queueMs("2026-03-02 11:00");
    CHECK(d.titles(spec) == QStringList {QStringLiteral("p1 paused")});
    // 14:30: the first P1 is past its warning (12:00) and its due time (13:00); the one
    // opened at 13:00 warns at 16:00. A ticket resolved late is stopped: no longer at risk.
    spec.nowMs = queueMs("2026-03-02 14:30");
    CHECK(d.titles(spec)
          == QStringList {QStringLiteral("p1 running"), QStringLiteral("p1 paused")});
    spec.nowMs = queueMs("2026-03-02 16:00");
    CHECK(d.titles(spec)
          == QStringList {QStringLiteral("p1 running"), QStringLiteral("p1 later"),
                          QStringLiteral("p1 paused")});
    // With other filters, and "now" taken from the clock when none is given.
    spec.where = {{QStringLiteral("assignment_group"), QStringLiteral("Network")}};
    CHECK(d.count(spec) == 2);
    spec.where.clear();
    spec.nowMs = -1;
    d.now = queueTime("2026-03-02 12:30");
    CHECK(d.titles(spec)
          == QStringList {QStringLiteral("p1 running"), QStringLiteral("p1 paused")});
    // "Breaching soon" and "open" together, as the incident queue asks.
    spec.openOnly = true;
    CHECK(d.count(spec) == 2);
}
