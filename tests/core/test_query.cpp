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
