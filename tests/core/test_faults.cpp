#include "fixtures.h"

#include "records/integritycheck.h"
#include "records/recordquery.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace sb;
using namespace sb::test;

namespace {

QProcessEnvironment helperEnv()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("USER"), Admin);
    return e;
}

QStringList acknowledged(const QByteArray &out)
{
    QStringList ids;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("ACK "))
            ids << QString::fromLatin1(line.mid(4).trimmed());
    }
    return ids;
}

} // namespace

#ifdef Q_OS_UNIX
TEST_CASE("a writer killed with SIGKILL mid-write loses nothing it acknowledged")
{
    for (const bool shared : {false, true}) {
        INFO((shared ? "rollback journal" : "WAL"));
        TempDir t;
        const QString path = t.file(QStringLiteral("kill.sbw"));
        CreateOptions options;
        options.shared = shared;
        newWorkbook(path, options);
        QStringList acked;
        QRandomGenerator rnd(shared ? 11 : 12);
        for (int round = 0; round < 20; ++round) {
            QProcess p;
            p.setProcessEnvironment(helperEnv());
            p.start(QStringLiteral(SB_TESTHELPER), {QStringLiteral("writer-loop"), path});
            REQUIRE(p.waitForStarted());
            // Let it write a varying number of records, then kill it wherever it is.
            const int target = 5 + int(rnd.bounded(40));
            QByteArray out;
            QElapsedTimer timer;
            timer.start();
            while (acknowledged(out).size() < target && timer.elapsed() < 30000) {
                p.waitForReadyRead(100);
                out += p.readAllStandardOutput();
            }
            QThread::usleep(rnd.bounded(3000));
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            out += p.readAllStandardOutput();
            INFO(p.readAllStandardError().constData());
            const QStringList ids = acknowledged(out);
            REQUIRE(ids.size() >= target);
            acked += ids;
        }
        auto wb = openAs(path);
        CHECK(wb->db().scalar("PRAGMA integrity_check")->toString() == QStringLiteral("ok"));
        QSet<QString> present;
        Statement st = wb->db().prepare("SELECT human_id FROM record WHERE type = 'task'");
        while (st.next())
            present.insert(st.text(0));
        st.reset();
        for (const QString &id : std::as_const(acked)) {
            INFO(id.toStdString());
            CHECK(present.contains(id));
        }
        auto report = IntegrityCheck::run(*wb);
        REQUIRE(report.ok());
        for (const CheckIssue &i : report->issues)
            UNSCOPED_INFO(i.message.toStdString());
        CHECK(report->healthy());
    }
}
#endif

TEST_CASE("two processes creating at once never get the same human ID")
{
    for (const bool shared : {false, true}) {
        INFO((shared ? "rollback journal" : "WAL"));
        TempDir t;
        const QString path = t.file(QStringLiteral("ids.sbw"));
        CreateOptions options;
        options.shared = shared;
        newWorkbook(path, options);
        const int each = 150;
        QProcess a;
        QProcess b;
        for (QProcess *p : {&a, &b})
            p->setProcessEnvironment(helperEnv());
        a.start(QStringLiteral(SB_TESTHELPER),
                {QStringLiteral("create"), path, QString::number(each), QStringLiteral("a")});
        b.start(QStringLiteral(SB_TESTHELPER),
                {QStringLiteral("create"), path, QString::number(each), QStringLiteral("b")});
        REQUIRE(a.waitForFinished(120000));
        REQUIRE(b.waitForFinished(120000));
        INFO(a.readAllStandardError().constData() << b.readAllStandardError().constData());
        REQUIRE(a.exitCode() == 0);
        REQUIRE(b.exitCode() == 0);

        auto wb = openAs(path);
        CHECK(wb->db().scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong()
              == 2 * each);
        CHECK(wb->db()
                  .scalar("SELECT count(DISTINCT human_id) FROM record WHERE type = 'task'")
                  ->toLongLong()
              == 2 * each);
        CHECK(wb->db()
                  .scalar("SELECT max(CAST(substr(human_id, 5) AS INTEGER)) FROM record WHERE type "
                          "= 'task'")
                  ->toLongLong()
              == 2 * each);
        // Each process wrote exactly its own share.
        CHECK(wb->db()
                  .scalar("SELECT count(*) FROM record WHERE type = 'task' AND title LIKE 'a%'")
                  ->toLongLong()
              == each);
        auto report = IntegrityCheck::run(*wb);
        REQUIRE(report.ok());
        CHECK(report->healthy());
    }
}

TEST_CASE("a reader holding a page never blocks a writer in rollback-journal mode")
{
    TempDir t;
    CreateOptions options;
    options.shared = true;
    const QString path = t.file(QStringLiteral("rw.sbw"));
    {
        auto wb = newWorkbook(path, options);
        RecordStore store(*wb);
        for (int i = 0; i < 500; ++i)
            REQUIRE(store
                        .create(QStringLiteral("task"),
                                {{QStringLiteral("title"), QStringLiteral("t%1").arg(i)}})
                        .ok());
    }
    auto reader = openAs(path);
    auto writer = openAs(path);
    REQUIRE(reader->storageMode() == StorageMode::Shared);
    // The writer does not wait at all: any lock held by the reader would fail it at once.
    writer->db().retryPolicy().budgetMs = 0;
    writer->db().retryPolicy().sliceMs = 0;
    RecordStore store(*writer);

    ListSpec spec;
    spec.type = QStringLiteral("task");
    spec.sortField = QStringLiteral("title");
    auto q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    auto page = q->page(reader->db(), std::nullopt, 200);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 200);
    // The page is in hand, the reader's connection still open: the writer goes straight through.
    CHECK(store
              .create(QStringLiteral("task"),
                      {{QStringLiteral("title"), QStringLiteral("written while a page is shown")}})
              .ok());
    auto next = q->page(reader->db(), page->last().key, 200);
    REQUIRE(next.ok());
    CHECK(store
              .create(QStringLiteral("task"),
                      {{QStringLiteral("title"), QStringLiteral("and again")}})
              .ok());

    // For contrast: a statement left half-read does hold the lock, which is why pages never do.
    Statement halfRead = reader->db().prepare("SELECT id FROM record");
    REQUIRE(halfRead.next());
    auto blocked = store.create(QStringLiteral("task"),
                                {{QStringLiteral("title"), QStringLiteral("blocked")}});
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().code() == ErrorCode::Busy);
    halfRead.reset();
    CHECK(store
              .create(QStringLiteral("task"),
                      {{QStringLiteral("title"), QStringLiteral("free again")}})
              .ok());
}
