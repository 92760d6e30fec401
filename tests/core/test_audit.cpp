#include "fixtures.h"

#include "records/audit.h"
#include "records/integritycheck.h"
#include "util/sha256.h"

#include <QCryptographicHash>

using namespace sb;
using namespace sb::test;

namespace {

struct Fixture
{
    TempDir t;
    QString path = t.file(QStringLiteral("audit.sbw"));
    qint64 svc = 0;
    qint64 person = 0;

    Fixture()
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        auto p = store.create(QStringLiteral("person"),
                              {{QStringLiteral("title"), QStringLiteral("Eve")},
                               {QStringLiteral("login"), QStringLiteral("eve")}});
        auto s = store.create(QStringLiteral("service"),
                              {{QStringLiteral("title"), QStringLiteral("Mail")}});
        auto g = store.create(QStringLiteral("work_group"),
                              {{QStringLiteral("title"), QStringLiteral("Desk")}});
        REQUIRE(p.ok());
        REQUIRE(s.ok());
        REQUIRE(g.ok());
        person = p->id;
        svc = s->id;
        REQUIRE(
            store
                .update(svc, {{QStringLiteral("description"), QStringLiteral("E-mail for all")}}, 1)
                .ok());
        REQUIRE(store
                    .transition(svc, QStringLiteral("live"),
                                {{QStringLiteral("service_owner"), Admin}}, 2)
                    .ok());
        REQUIRE(store.link(person, g->id, QStringLiteral("member_of")).isOk());
        REQUIRE(store.attach(svc, QStringLiteral("sla.pdf"), QByteArray("signed")).ok());
        REQUIRE(store.grantRole(QStringLiteral("eve"), QStringLiteral("agent")).isOk());
    }

    CheckReport check()
    {
        auto wb = openAs(path);
        auto r = IntegrityCheck::run(*wb);
        REQUIRE(r.ok());
        return *r;
    }
};

bool mentions(const CheckReport &r, const QString &kind, const QString &text)
{
    for (const CheckIssue &i : r.issues) {
        if (i.kind == kind && (i.subject.contains(text) || i.message.contains(text)))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("every change writes a hash-chained audit entry in the same transaction")
{
    Fixture f;
    auto wb = openAs(f.path);
    auto entries = AuditLog::forRecord(wb->db(), f.svc);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() >= 4);
    CHECK(entries->at(0).action == QStringLiteral("create"));
    CHECK(entries->at(0).newValue.contains(QStringLiteral("\"title\":\"Mail\"")));
    CHECK(entries->at(1).action == QStringLiteral("update"));
    CHECK(entries->at(1).field == QStringLiteral("description"));
    CHECK(entries->at(1).oldValue.isNull());
    CHECK(entries->at(1).newValue == QStringLiteral("E-mail for all"));
    CHECK(entries->at(1).user == Admin);
    CHECK(entries->at(1).at.endsWith(QLatin1Char('Z')));
    CHECK(entries->at(2).action == QStringLiteral("transition"));
    CHECK(entries->at(2).version == 3);

    const CheckReport r = f.check();
    CHECK(r.healthy());
    CHECK(r.records == 4);
    CHECK(r.lastSeq == wb->db().scalar("SELECT max(seq) FROM audit")->toLongLong());
}

TEST_CASE("check finds a record edited with plain SQL and names it")
{
    Fixture f;
    SECTION("a field of the typed table")
    {
        RawSql(f.path).exec("UPDATE service SET description = 'quietly changed' WHERE id = (SELECT "
                            "id FROM record WHERE human_id = 'SVC-1')");
        const CheckReport r = f.check();
        CHECK_FALSE(r.healthy());
        CHECK(mentions(r, QStringLiteral("record"), QStringLiteral("SVC-1")));
        CHECK(mentions(r, QStringLiteral("record"), QStringLiteral("quietly changed")));
    }
    SECTION("the shared record row, hiding the editor")
    {
        RawSql(f.path).exec(
            "UPDATE record SET state = 'retired', updated_by = 'tester' WHERE human_id = 'SVC-1'");
        CHECK(mentions(f.check(), QStringLiteral("record"), QStringLiteral("SVC-1")));
    }
    SECTION("a record added outside Servicebench")
    {
        RawSql raw(f.path);
        REQUIRE(raw.exec("INSERT INTO record(type, human_no, human_id, title, state, created_at, "
                         "created_by, updated_at, updated_by) "
                         "VALUES ('service', 99, 'SVC-99', 'Ghost', 'live', 'x', 'x', 'x', 'x')")
                == SQLITE_OK);
        raw.exec("INSERT INTO service(id) SELECT id FROM record WHERE human_id = 'SVC-99'");
        CHECK(mentions(f.check(), QStringLiteral("record"), QStringLiteral("SVC-99")));
    }
    SECTION("a record deleted outside Servicebench")
    {
        RawSql(f.path).exec(
            "PRAGMA foreign_keys = ON; DELETE FROM record WHERE human_id = 'GRP-1'");
        const CheckReport r = f.check();
        CHECK(mentions(r, QStringLiteral("record"), QStringLiteral("GRP-1")));
    }
    SECTION("a role given with plain SQL")
    {
        RawSql(f.path).exec("INSERT INTO user_role VALUES ('mallory', 'administrator')");
        CHECK(mentions(f.check(), QStringLiteral("role"), QStringLiteral("mallory")));
    }
    SECTION("a link added with plain SQL")
    {
        RawSql(f.path).exec("INSERT INTO link(from_id, to_id, kind, created_at, created_by) "
                            "SELECT p.id, s.id, 'relates_to', 'x', 'x' FROM record p, record s "
                            "WHERE p.human_id = 'PER-2' AND s.human_id = 'SVC-1'");
        CHECK(mentions(f.check(), QStringLiteral("link"), QStringLiteral("PER-2")));
    }
    SECTION("an attachment's content altered")
    {
        RawSql(f.path).exec("UPDATE attachment_blob SET data = X'00'");
        CHECK(mentions(f.check(), QStringLiteral("attachment"), QString()));
    }
}

TEST_CASE("check names the first broken audit entry")
{
    Fixture f;
    SECTION("an entry's value rewritten")
    {
        RawSql(f.path).exec("UPDATE audit SET new_value = 'Other text' WHERE action = 'update' AND "
                            "field = 'description'");
        const CheckReport r = f.check();
        const QString seq = RawSql(f.path).scalar(
            QStringLiteral("SELECT seq FROM audit WHERE new_value = 'Other text'"));
        REQUIRE_FALSE(r.healthy());
        CHECK(mentions(r, QStringLiteral("chain"), QStringLiteral("audit entry %1").arg(seq)));
    }
    SECTION("an entry removed")
    {
        RawSql(f.path).exec("DELETE FROM audit WHERE seq = 3");
        CHECK(mentions(f.check(), QStringLiteral("chain"), QStringLiteral("audit entry 4")));
    }
}

TEST_CASE("an anchor kept outside the file detects a rebuilt chain")
{
    Fixture f;
    QString anchor;
    {
        auto wb = openAs(f.path);
        anchor = *IntegrityCheck::anchor(wb->db());
        CHECK(IntegrityCheck::verifyAnchor(wb->db(), anchor)->isEmpty());
    }
    // Someone who can write the file rewrites history and recomputes every hash after it.
    {
        auto wb = openAs(f.path);
        Database &db = wb->db();
        REQUIRE(db.exec("UPDATE audit SET new_value = 'Rewritten' WHERE action = 'update' AND "
                        "field = 'description'")
                    .isOk());
        REQUIRE(db.exec("UPDATE service SET description = 'Rewritten'").isOk());
        Statement st =
            db.prepare(QByteArray("SELECT ") + AuditLog::Columns + " FROM audit ORDER BY seq");
        QString previous = AuditLog::genesisHash();
        QList<std::pair<qint64, QString>> hashes;
        while (st.next()) {
            const AuditEntry e = AuditLog::fromRow(st);
            previous = AuditLog::chainHash(previous, e);
            hashes.append({e.seq, previous});
        }
        st.reset();
        for (const auto &[seq, hash] : hashes) {
            Statement up = db.prepare("UPDATE audit SET hash = ?1 WHERE seq = ?2");
            up.bind(1, hash).bind(2, seq);
            REQUIRE(up.exec().isOk());
        }
    }
    // The chain alone cannot tell...
    CHECK(f.check().healthy());
    // ...the anchor can.
    auto wb = openAs(f.path);
    auto issues = IntegrityCheck::verifyAnchor(wb->db(), anchor);
    REQUIRE(issues.ok());
    REQUIRE(issues->size() == 1);
    CHECK(issues->first().kind == QStringLiteral("anchor"));
    CHECK_FALSE(IntegrityCheck::verifyAnchor(wb->db(), QStringLiteral("nonsense")).ok());
}

TEST_CASE("SHA-256 agrees with Qt's for every length and every way of feeding it", "[audit][sha]")
{
    // Known answers first (FIPS 180-2 examples), then every length across the block and
    // padding boundaries, fed whole and in two pieces.
    CHECK(sb::Sha256::hash("abc").toHex()
          == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sb::Sha256::hash("").toHex()
          == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sb::Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex()
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QByteArray data;
    for (int i = 0; i < 300; ++i)
        data.append(char((i * 131 + 7) & 0xff));
    for (qsizetype len = 0; len <= data.size(); ++len) {
        const QByteArrayView v(data.constData(), len);
        const QByteArray expected = QCryptographicHash::hash(v, QCryptographicHash::Sha256);
        INFO("length " << len);
        REQUIRE(sb::Sha256::hash(v) == expected);
        sb::Sha256 split;
        split.addData(v.first(len / 3));
        split.addData(v.sliced(len / 3));
        REQUIRE(split.result() == expected);
    }
    QByteArray big(1 << 20, 'x');
    CHECK(sb::Sha256::hash(big) == QCryptographicHash::hash(big, QCryptographicHash::Sha256));
}

TEST_CASE("values that need escaping survive the trail: check reads back what create wrote")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("escape.sbw"));
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        const QString nasty = QStringLiteral("quote \" backslash \\ tab\tnewline\nbell\x07 ")
            + QString(QChar(0x1f)) + QStringLiteral(" 中文 end");
        const QString title = QStringLiteral("quote \" backslash \\ 中文");
        auto r = store.create(
            QStringLiteral("task"),
            {{QStringLiteral("title"), title}, {QStringLiteral("description"), nasty}});
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
        auto loaded = store.load(r->id);
        REQUIRE(loaded.ok());
        CHECK(loaded->title == title);
        CHECK(loaded->value(QStringLiteral("description")).toString() == nasty);
    }
    auto wb = openAs(path);
    auto report = IntegrityCheck::run(*wb);
    REQUIRE(report.ok());
    for (const CheckIssue &i : report->issues)
        UNSCOPED_INFO(i.subject.toStdString() << ": " << i.message.toStdString());
    CHECK(report->healthy());
}
