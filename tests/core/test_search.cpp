#include "fixtures.h"

#include "records/search.h"
#include "records/searchtext.h"
#include "storage/transaction.h"

using namespace sb;
using namespace sb::test;

namespace {
QStringList ids(const Result<QList<SearchHit>> &hits)
{
    QStringList out;
    if (hits.ok()) {
        for (const SearchHit &h : *hits)
            out << h.humanId;
    }
    return out;
}
} // namespace

TEST_CASE("search text: Chinese runs become overlapping pairs, other text passes through")
{
    CHECK(SearchText::forIndex(QStringLiteral("printer jam")) == QStringLiteral("printer jam"));
    CHECK(SearchText::forIndex(QStringLiteral("核心网络")) == QStringLiteral("核心 心网 网络 络"));
    CHECK(SearchText::forIndex(QStringLiteral("VPN连接失败"))
          == QStringLiteral("VPN 连接 接失 失败 败"));
    CHECK(SearchText::forIndex(QStringLiteral("网络，故障")) == QStringLiteral("网络 络 故障 障"));
    CHECK(SearchText::toQuery(QStringLiteral("网络")) == QStringLiteral("\"网络\""));
    CHECK(SearchText::toQuery(QStringLiteral("交换机")) == QStringLiteral("\"交换 换机\""));
    CHECK(SearchText::toQuery(QStringLiteral("网")) == QStringLiteral("\"网\"*"));
    CHECK(SearchText::toQuery(QStringLiteral("print*")) == QStringLiteral("\"print\"*"));
    CHECK(SearchText::toQuery(QStringLiteral("mail \"out of office\""))
          == QStringLiteral("\"mail\" AND \"out of office\""));
    CHECK(SearchText::toQuery(QStringLiteral("  \"  ")).isEmpty());
    // Characters FTS5 would read as syntax are only ever inside quotes.
    CHECK(SearchText::toQuery(QStringLiteral("a-b OR c:d"))
          == QStringLiteral("\"a b\" AND \"OR\" AND \"c d\""));
}

TEST_CASE("full-text search finds Chinese by two characters and English by prefix, ranked")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("fts.sbw")));
    RecordStore store(*wb);
    auto add = [&](const QString &type, const QString &title, const QString &description) {
        QVariantMap m {{QStringLiteral("title"), title}};
        if (!description.isEmpty())
            m.insert(QStringLiteral("description"), description);
        auto r = store.create(type, m);
        REQUIRE(r.ok());
        return r->humanId;
    };
    const QString zh = add(QStringLiteral("task"), QStringLiteral("核心网络交换机故障"),
                           QStringLiteral("机房二楼的核心交换机端口全部断开"));
    const QString printer =
        add(QStringLiteral("task"), QStringLiteral("Printer jam on floor 3"), {});
    const QString printing = add(QStringLiteral("service"), QStringLiteral("Office services"),
                                 QStringLiteral("Printing and scanning for all floors"));
    const QString other = add(QStringLiteral("task"), QStringLiteral("Renew certificate"),
                              QStringLiteral("The VPN certificate expires"));

    Database &db = wb->db();
    CHECK(ids(Search::query(db, QStringLiteral("网络"))) == QStringList {zh});
    CHECK(ids(Search::query(db, QStringLiteral("交换机"))) == QStringList {zh});
    CHECK(ids(Search::query(db, QStringLiteral("故障"))) == QStringList {zh});
    CHECK(ids(Search::query(db, QStringLiteral("网"))) == QStringList {zh});
    CHECK(ids(Search::query(db, QStringLiteral("机房"))) == QStringList {zh});
    CHECK(ids(Search::query(db, QStringLiteral("网络故障"))).isEmpty());

    // print* matches "Printer" and "Printing"; the title match ranks first.
    const QStringList prefix = ids(Search::query(db, QStringLiteral("print*")));
    CHECK(prefix == QStringList {printer, printing});
    CHECK(ids(Search::query(db, QStringLiteral("PRINTER"))) == QStringList {printer});
    CHECK(ids(Search::query(db, QStringLiteral("print*"), QStringLiteral("service")))
          == QStringList {printing});
    CHECK(ids(Search::query(db, QStringLiteral("vpn certificate"))) == QStringList {other});
    // Records are found by their human ID too.
    CHECK(ids(Search::query(db, other)).contains(other));

    // The index follows changes, in the same transaction.
    auto id = store.resolve(printer);
    REQUIRE(store.update(*id, {{QStringLiteral("title"), QStringLiteral("Scanner jam")}}).ok());
    CHECK(ids(Search::query(db, QStringLiteral("printer"))).isEmpty());
    CHECK(ids(Search::query(db, QStringLiteral("scanner"))) == QStringList {printer});
    REQUIRE(store.remove(*id).isOk());
    CHECK(ids(Search::query(db, QStringLiteral("scanner"))).isEmpty());

    auto empty = Search::query(db, QStringLiteral("\"\""));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code() == ErrorCode::InvalidInput);
}

TEST_CASE("index entries made inside one transaction: the last word counts, a rollback leaves none")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("fts-tx.sbw")));
    RecordStore store(*wb);
    Database &db = wb->db();
    auto count = [&](const char *sql) {
        return db.scalar(sql)->toLongLong();
    };
    const qint64 before = count("SELECT count(*) FROM search_index");

    {
        // Created, renamed and a second record created and deleted, all in one transaction.
        WriteTransaction tx(db);
        REQUIRE(tx.begin().isOk());
        auto a = store.create(QStringLiteral("task"),
                              {{QStringLiteral("title"), QStringLiteral("Quokka alpha")}});
        REQUIRE(a.ok());
        REQUIRE(
            store.update(a->id, {{QStringLiteral("title"), QStringLiteral("Wombat alpha")}}).ok());
        auto b = store.create(QStringLiteral("task"),
                              {{QStringLiteral("title"), QStringLiteral("Quokka beta")}});
        REQUIRE(b.ok());
        REQUIRE(store.remove(b->id).isOk());
        // Nothing reaches the index before the commit.
        CHECK(count("SELECT count(*) FROM search_index") == before);
        REQUIRE(tx.commit().isOk());
    }
    CHECK(count("SELECT count(*) FROM search_index") == before + 1);
    CHECK(ids(Search::query(db, QStringLiteral("quokka"))).isEmpty());
    CHECK(ids(Search::query(db, QStringLiteral("wombat"))).size() == 1);

    {
        // Rolled back: its entries are gone with it, and the next transaction starts clean.
        WriteTransaction tx(db);
        REQUIRE(tx.begin().isOk());
        REQUIRE(store
                    .create(QStringLiteral("task"),
                            {{QStringLiteral("title"), QStringLiteral("Numbat gamma")}})
                    .ok());
    }
    REQUIRE(store
                .create(QStringLiteral("task"),
                        {{QStringLiteral("title"), QStringLiteral("Bilby delta")}})
                .ok());
    CHECK(ids(Search::query(db, QStringLiteral("numbat"))).isEmpty());
    CHECK(ids(Search::query(db, QStringLiteral("bilby"))).size() == 1);
    CHECK(count("SELECT count(*) FROM search_index") == before + 2);
    // The index agrees with FTS5's own check.
    CHECK(db.exec("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
              .isOk());
}
