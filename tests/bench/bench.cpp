// servicebench-bench: the figures that say whether Servicebench stays fast at a million
// records, each beside the same work done with the raw sqlite3 C API on the same schema.
// Prints one JSON object per line:
//   {"name": ..., "value": N, "unit": "ms"|"records/s"|"s", "baseline": N|null, "ratio": N|null}
// ratio is Servicebench's cost relative to raw SQLite: >1 means slower than raw.
#include "clock.h"
#include "cmdb/baseline.h"
#include "cmdb/graphlayout.h"
#include "cmdb/impact.h"
#include "io/csvimport.h"
#include "io/importmapping.h"
#include "problem/knowledge.h"
#include "problem/trends.h"
#include "records/audit.h"
#include "records/integritycheck.h"
#include "records/recordquery.h"
#include "records/recordstore.h"
#include "records/search.h"
#include "records/searchtext.h"
#include "report/ticketstats.h"
#include "sla/slastore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

// The fifty words every IT ticket uses, followed by generated ones: 2,000 in all, drawn with
// Zipf's law (the k-th most common word appears about 1/k as often as the first), as words
// are in real ticket text. Queries draw their words the same way, so they include the
// common words people actually search for.
const char *const itWords[] = {
    "printer",  "network",     "server",   "mailbox", "password", "laptop",   "vpn",     "database",
    "backup",   "firewall",    "license",  "upgrade", "switch",   "router",   "storage", "outage",
    "latency",  "certificate", "account",  "access",  "monitor",  "keyboard", "payroll", "invoice",
    "report",   "portal",      "timeout",  "memory",  "disk",     "cluster",  "replica", "schedule",
    "calendar", "telephony",   "wireless", "desktop", "driver",   "patch",    "kernel",  "cable",
    "error",    "scanner",     "badge",    "token",   "sync",     "queue",    "batch",   "export",
    "import",   "login"};

class Random
{
public:
    explicit Random(quint64 seed)
        : m_s(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    QString word();

private:
    quint64 m_s;
};

struct Vocabulary
{
    QStringList words;
    QList<double> cumulative;
    Vocabulary()
    {
        for (const char *w : itWords)
            words << QString::fromLatin1(w);
        static const char *const syllables[] = {"ka",  "lo",  "mi",  "ren", "to",  "sa",
                                                "vel", "no",  "dri", "pa",  "quo", "ex",
                                                "ti",  "mar", "sen", "ul"};
        Random r(99);
        while (words.size() < 2000) {
            QString w;
            const int n = 2 + r.below(2);
            for (int i = 0; i < n; ++i)
                w += QString::fromLatin1(syllables[r.below(16)]);
            if (!words.contains(w))
                words << w;
        }
        double sum = 0;
        for (int k = 1; k <= words.size(); ++k)
            cumulative << (sum += 1.0 / k);
        for (double &c : cumulative)
            c /= sum;
    }
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

QString Random::word()
{
    const Vocabulary &v = vocabulary();
    const double u = unit();
    const auto it = std::lower_bound(v.cumulative.cbegin(), v.cumulative.cend(), u);
    return v.words.at(qMin(qsizetype(it - v.cumulative.cbegin()), v.words.size() - 1));
}

QString title(Random &r, qint64 n)
{
    return r.word() + u' ' + r.word() + u' ' + r.word() + u" #"_s + QString::number(n);
}

QString description(Random &r)
{
    QString s;
    for (int i = 0; i < 14; ++i)
        s += r.word() + u' ';
    return s.trimmed();
}

// What incidents and known errors are grouped and matched by: categories as a desk uses them,
// 2,000 configuration items and 20,000 callers. A few CIs and callers are much busier than the
// rest (a square of a uniform draw), as in real queues.
const char *const categories[] = {"Hardware", "Software", "Network",     "Access",    "E-mail",
                                  "Printing", "Database", "Security",    "Storage",   "Telephony",
                                  "Backup",   "Identity", "Application", "Workplace", "Mobile",
                                  "Web",      "Payroll",  "Finance",     "Reporting", "Monitoring"};
const char *const ciKinds[] = {"srv-app", "srv-db", "sw-core", "sw-acc", "fw",  "wlc",
                               "prn",     "nas",    "vpn-gw",  "lb",     "pbx", "mail"};

QString category(Random &r)
{
    return QString::fromLatin1(categories[r.below(int(std::size(categories)))]);
}

QString configurationItem(Random &r)
{
    const double u = r.unit();
    const int n = int(u * u * 2000);
    return QString::fromLatin1(ciKinds[n % int(std::size(ciKinds))]) + u'-'
        + QString::number(n).rightJustified(4, u'0');
}

QString caller(Random &r)
{
    const double u = r.unit();
    return u"user"_s + QString::number(int(u * u * 20000)).rightJustified(5, u'0');
}

QString service(Random &r)
{
    return u"SVC-"_s + QString::number(1 + r.below(40));
}

QString sentence(Random &r, int words)
{
    QString s;
    for (int i = 0; i < words; ++i)
        s += r.word() + u' ';
    return s.trimmed();
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[qMin(v.size() - 1, qsizetype(p * double(v.size())))];
}

// One record's input for bulk_create.
struct Input
{
    QString title;
    QString description;
    int priority;
};

void makeBatch(Random &r, qint64 first, qint64 count, QList<Input> *out)
{
    out->clear();
    out->reserve(count);
    for (qint64 i = first; i < first + count; ++i) {
        QString ti = title(r, i);
        out->append({std::move(ti), description(r), 1 + r.below(5)});
    }
}

void printFigure(const QString &name, double value, const QString &unit,
                 std::optional<double> baseline, bool higherIsBetter = false)
{
    QJsonObject o {
        {u"name"_s, name}, {u"value"_s, qRound64(value * 1000) / 1000.0}, {u"unit"_s, unit}};
    if (baseline && *baseline > 0) {
        o.insert(u"baseline"_s, qRound64(*baseline * 1000) / 1000.0);
        const double ratio = higherIsBetter ? *baseline / value : value / *baseline;
        o.insert(u"ratio"_s, qRound64(ratio * 100) / 100.0);
    } else {
        o.insert(u"baseline"_s, QJsonValue::Null);
        o.insert(u"ratio"_s, QJsonValue::Null);
    }
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The processor time spent since `start`, beside the elapsed time: on a machine busy with other
// work the elapsed time grows, the processor time much less.
QByteArray cpuText(std::clock_t start, double elapsedSecs)
{
    const double cpu = double(std::clock() - start) / CLOCKS_PER_SEC;
    return QByteArray("processor ") + QByteArray::number(cpu, 'f', 3) + " s of "
        + QByteArray::number(elapsedSecs, 'f', 3) + " s";
}

void progress(const char *what, qint64 done, qint64 total)
{
    std::fprintf(stderr, "\r%s: %lld / %lld", what, qint64(done), qint64(total));
    if (done == total)
        std::fprintf(stderr, "\n");
}

// ---- raw sqlite3 baseline -------------------------------------------------------------

struct Raw
{
    sqlite3 *db = nullptr;
    explicit Raw(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        // The same settings a workbook connection has.
        sqlite3_exec(
            db,
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
            "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY",
            nullptr, nullptr, nullptr);
        sqlite3_busy_timeout(db, 5000);
    }
    ~Raw() { sqlite3_close_v2(db); }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "raw prepare failed: %s\n", sqlite3_errmsg(db));
        return st;
    }
    void exec(const char *sql) { sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
};

void bindText(sqlite3_stmt *st, int i, const QString &s)
{
    const QByteArray u = s.toUtf8();
    sqlite3_bind_text(st, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
}

// The same rows the write path writes for a new task: number, record, task, hash-chained
// audit entry and search index.
double rawBulkCreate(const QString &path, qint64 n, quint64 seed, int batchSize)
{
    Raw raw(path);
    sqlite3_stmt *num = raw.prepare(
        "UPDATE record_type SET next_number = next_number + 1, live_count = live_count + 1 "
        "WHERE type = 'task' RETURNING next_number - 1");
    sqlite3_stmt *rec = raw.prepare(
        "INSERT INTO record(type, human_no, human_id, title, state, created_at, created_by, "
        "updated_at, updated_by, version) VALUES ('task', ?4, ?1, ?2, 'open', ?3, 'bench', ?3, "
        "'bench', 1)");
    sqlite3_stmt *task =
        raw.prepare("INSERT INTO task(id, description, priority) VALUES (?1, ?2, ?3)");
    sqlite3_stmt *audit =
        raw.prepare("INSERT INTO audit(seq, at, user_name, record_id, human_id, action, new_value, "
                    "version, hash) VALUES (?1, ?2, 'bench', ?3, ?4, 'create', ?5, 1, ?6)");
    sqlite3_stmt *fts =
        raw.prepare("INSERT INTO search_index(rowid, title, body) VALUES (?1, ?2, ?3)");
    Random r(seed);
    QString previous = AuditLog::genesisHash();
    qint64 seq = 0;
    qint64 nsecs = 0;
    struct Pending
    {
        qint64 id;
        QString title;
        QString body;
    };
    QList<Pending> pending;
    QList<Input> batch;
    for (qint64 i = 0; i < n;) {
        makeBatch(r, i, qMin<qint64>(batchSize, n - i), &batch);
        QElapsedTimer t;
        t.start();
        raw.exec("BEGIN IMMEDIATE");
        pending.clear();
        for (const Input &in : std::as_const(batch)) {
            const QString &ti = in.title;
            const QString &de = in.description;
            const int prio = in.priority;
            const QString at = nowStored();
            sqlite3_step(num);
            const qint64 number = sqlite3_column_int64(num, 0);
            sqlite3_reset(num);
            const QString human = u"TSK-"_s + QString::number(number);
            bindText(rec, 1, human);
            bindText(rec, 2, ti);
            bindText(rec, 3, at);
            sqlite3_bind_int64(rec, 4, number);
            sqlite3_step(rec);
            sqlite3_reset(rec);
            const qint64 id = sqlite3_last_insert_rowid(raw.db);
            sqlite3_bind_int64(task, 1, id);
            bindText(task, 2, de);
            sqlite3_bind_int64(task, 3, prio);
            sqlite3_step(task);
            sqlite3_reset(task);
            const QString snapshot = u"{\"description\":\""_s + de + u"\",\"priority\":\""_s
                + QString::number(prio) + u"\",\"state\":\"open\",\"title\":\""_s + ti + u"\"}"_s;
            AuditEntry e;
            e.seq = ++seq;
            e.at = at;
            e.user = u"bench"_s;
            e.recordId = id;
            e.humanId = human;
            e.action = u"create"_s;
            e.newValue = snapshot;
            e.version = 1;
            previous = AuditLog::chainHash(previous, e);
            sqlite3_bind_int64(audit, 1, e.seq);
            bindText(audit, 2, at);
            sqlite3_bind_int64(audit, 3, id);
            bindText(audit, 4, human);
            bindText(audit, 5, snapshot);
            bindText(audit, 6, previous);
            sqlite3_step(audit);
            sqlite3_reset(audit);
            pending.append(
                {id, SearchText::forIndex(ti), SearchText::forIndex(human + u'\n' + de)});
        }
        // The index rows go in together before the commit, as the write path does it.
        for (const Pending &p : std::as_const(pending)) {
            sqlite3_bind_int64(fts, 1, p.id);
            bindText(fts, 2, p.title);
            bindText(fts, 3, p.body);
            sqlite3_step(fts);
            sqlite3_reset(fts);
        }
        raw.exec("COMMIT");
        nsecs += t.nsecsElapsed();
        i += batch.size();
        progress("raw bulk create", i, n);
    }
    const double secs = nsecs / 1e9;
    for (sqlite3_stmt *s : {num, rec, task, audit, fts})
        sqlite3_finalize(s);
    return n / secs;
}

struct Options
{
    qint64 records = 1000000;
    QString only;
    QString dir;
    bool baseline = true;
    int batch = 50000; // records per transaction, as a bulk import commits them
    QString keep; // where the incident workbook is kept between runs (empty: made afresh)
};

bool wanted(const Options &o, const char *name)
{
    return o.only.isEmpty() || o.only.split(u',').contains(QString::fromLatin1(name));
}

// ---- known errors: what an agent writing an incident is offered -------------------------
// One known error for every twenty incidents (50,000 beside a million), written through the
// write path as a problem manager records them; the same words, services, categories and CIs
// as the incidents, so suggestions have real competition.
int knownErrorFigures(const Options &opt, Workbook &wb, RecordStore &store)
{
    const qint64 wantedCount = qMax<qint64>(1000, opt.records / 20);
    auto have = wb.db().scalar("SELECT count(*) FROM known_error");
    if (!have.ok())
        return std::fprintf(stderr, "known errors: %s\n", qPrintable(have.error().fullText())), 1;
    Random r(21 + have->toLongLong());
    QElapsedTimer gen;
    gen.start();
    for (qint64 i = have->toLongLong(); i < wantedCount;) {
        WriteTransaction tx(wb.db());
        tx.begin();
        for (int b = 0; b < 5000 && i < wantedCount; ++b, ++i) {
            QVariantMap v {{u"title"_s, sentence(r, 3 + r.below(3))},
                           {u"symptom"_s, sentence(r, 12)},
                           {u"root_cause"_s, sentence(r, 10)},
                           {u"workaround"_s, sentence(r, 10)},
                           {u"service"_s, service(r)},
                           {u"category"_s, category(r)},
                           {u"affected_ci"_s, configurationItem(r)}};
            auto made = store.create(u"known_error"_s, v);
            if (!made.ok())
                return std::fprintf(stderr, "\nknown error failed: %s\n",
                                    qPrintable(made.error().fullText())),
                       1;
        }
        if (Error e = tx.commit(); e.isError())
            return std::fprintf(stderr, "\ncommit failed: %s\n", qPrintable(e.fullText())), 1;
        progress("known errors", i, wantedCount);
    }
    if (gen.elapsed() > 100)
        std::fprintf(stderr, "  %lld known errors made in %.1f s\n", qint64(wantedCount),
                     gen.elapsed() / 1000.0);

    // An incident as an agent types it: a title and a description, the service, category and
    // CI picked in the form. Two hundred of them, after ten that only warm the caches.
    struct Query
    {
        SuggestionQuery q;
        QString fts;
    };
    QList<Query> queries;
    Random qr(31);
    for (int i = 0; i < 210; ++i) {
        Query q;
        q.q.text = title(qr, i) + u'\n' + description(qr);
        q.q.service = service(qr);
        q.q.category = category(qr);
        q.q.ci = configurationItem(qr);
        q.fts = SearchText::toSimilarQuery(q.q.text);
        queries << q;
    }
    QList<double> times;
    qint64 found = 0;
    for (int i = 0; i < queries.size(); ++i) {
        QElapsedTimer t;
        t.start();
        auto hits = Knowledge::suggest(wb.db(), queries[i].q, 10);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!hits.ok())
            return std::fprintf(stderr, "suggest failed: %s\n",
                                qPrintable(hits.error().fullText())),
                   1;
        if (i >= 10) {
            times << ms;
            found += hits->size();
        }
    }
    std::fprintf(stderr, "  ke_suggest: %lld suggestions for 200 incidents\n", found);
    // Raw: the same full-text match alone, best ten by rank, with their records.
    std::optional<double> baseline, baselineP95;
    if (opt.baseline) {
        Raw raw(wb.path());
        sqlite3_stmt *st = raw.prepare(
            "SELECT r.id, r.type, r.human_id, r.title, r.state, s.rank FROM (SELECT rowid, rank "
            "FROM knowledge_index WHERE knowledge_index MATCH ?1 ORDER BY rank LIMIT 10) s JOIN "
            "record r ON r.id = s.rowid ORDER BY s.rank");
        QList<double> rawTimes;
        for (int i = 0; i < queries.size(); ++i) {
            QElapsedTimer t;
            t.start();
            bindText(st, 1, queries[i].fts);
            while (sqlite3_step(st) == SQLITE_ROW) { }
            sqlite3_reset(st);
            if (i >= 10)
                rawTimes << t.nsecsElapsed() / 1e6;
        }
        sqlite3_finalize(st);
        baseline = median(rawTimes);
        baselineP95 = percentile(rawTimes, 0.95);
    }
    printFigure(u"ke_suggest"_s, median(times), u"ms"_s, baseline);
    printFigure(u"ke_suggest_p95"_s, percentile(times, 0.95), u"ms"_s, baselineP95);
    return 0;
}

// ---- problem candidates: every incident, and the last thirty days ------------------------
int candidateFigures(const Options &opt, Workbook &wb, const QString &path, qint64 endMs)
{
    struct Case
    {
        const char *name;
        TrendDimension by;
        int days;
    };
    // The whole generated year (and a little more), and the default window at its end.
    const Case cases[] = {{"problem_candidates", TrendDimension::Service, 400},
                          {"problem_candidates_ci", TrendDimension::Ci, 400},
                          {"problem_candidates_30d", TrendDimension::Service, 30}};
    for (const Case &c : cases) {
        CandidateOptions o;
        o.by = c.by;
        o.windowDays = c.days;
        o.nowMs = endMs;
        QList<double> times;
        qint64 count = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            const std::clock_t cpu = std::clock();
            auto found = Trends::candidates(wb.db(), o);
            times << t.nsecsElapsed() / 1e6;
            if (!found.ok())
                return std::fprintf(stderr, "candidates failed: %s\n",
                                    qPrintable(found.error().fullText())),
                       1;
            count = found->size();
            if (i == 0)
                std::fprintf(stderr, "  %s: %lld candidates (%s)\n", c.name, count,
                             cpuText(cpu, times.last() / 1000).constData());
        }
        // Raw: the same three questions as GROUP BY queries over the same window, read from
        // the same covering index - the groups that reach the threshold, the callers who
        // called often, the groups with reopened incidents - without the open counts and the
        // linked problems, which need more than the index holds: the least SQLite can do.
        std::optional<double> baseline;
        if (opt.baseline) {
            Raw raw(path);
            const QByteArray column = c.by == TrendDimension::Service
                ? "service"
                : (c.by == TrendDimension::Ci ? "affected_ci" : "category");
            const QByteArray groupSql = "SELECT " + column
                + ", count(*), min(opened_at), max(opened_at) FROM incident INDEXED BY "
                  "incident_trend WHERE opened_at >= ?1 AND opened_at <= ?2 AND "
                + column + " IS NOT NULL GROUP BY " + column + " HAVING count(*) >= 5";
            sqlite3_stmt *group = raw.prepare(groupSql.constData());
            sqlite3_stmt *callers = raw.prepare(
                "SELECT caller, count(*), min(opened_at), max(opened_at) FROM incident INDEXED BY "
                "incident_trend WHERE opened_at >= ?1 AND opened_at <= ?2 AND caller IS NOT NULL "
                "GROUP BY caller HAVING count(*) >= 3");
            const QByteArray reopenedSql = "SELECT " + column
                + ", count(*) FROM incident INDEXED BY incident_trend WHERE opened_at >= ?1 AND "
                  "opened_at <= ?2 AND reopen_count > 0 GROUP BY "
                + column + " HAVING count(*) >= 2";
            sqlite3_stmt *reopened = raw.prepare(reopenedSql.constData());
            const QString from = toStoredTime(QDateTime::fromMSecsSinceEpoch(
                endMs - qint64(c.days) * 24 * 3600 * 1000, QTimeZone::utc()));
            const QString to =
                toStoredTime(QDateTime::fromMSecsSinceEpoch(endMs, QTimeZone::utc()));
            QList<double> rawTimes;
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer t;
                t.start();
                for (sqlite3_stmt *st : {group, callers, reopened}) {
                    bindText(st, 1, from);
                    bindText(st, 2, to);
                    while (sqlite3_step(st) == SQLITE_ROW) { }
                    sqlite3_reset(st);
                }
                rawTimes << t.nsecsElapsed() / 1e6;
            }
            for (sqlite3_stmt *st : {group, callers, reopened})
                sqlite3_finalize(st);
            baseline = median(rawTimes);
        }
        printFigure(QString::fromLatin1(c.name), median(times), u"ms"_s, baseline);
    }
    return 0;
}

// ---- incidents: a million of them, most closed, a fifth open -----------------------------
int incidentFigures(const Options &opt, const QString &dir)
{
    // Making a million incidents takes minutes: with --keep the workbook stays in that folder
    // and a later run with the same --records measures it again (the recompute rewrites the
    // same states, so the figures do not drift).
    const QString path = (opt.keep.isEmpty() ? dir : opt.keep) + u"/incidents.sbw"_s;
    const qint64 n = opt.records;
    bool reuse = false;
    if (!opt.keep.isEmpty() && QFileInfo::exists(path)) {
        auto kept = Workbook::open(path, OpenOptions {u"bench"_s});
        if (kept.ok()) {
            auto count = (*kept)->db().scalar("SELECT count(*) FROM incident");
            // Workbooks kept by an older bench have incidents without what trends group by.
            auto grouped = (*kept)->db().scalar(
                "SELECT category IS NOT NULL AND affected_ci IS NOT NULL AND caller IS NOT NULL "
                "FROM incident ORDER BY id DESC LIMIT 1");
            reuse = count.ok() && count->toLongLong() == n && grouped.ok()
                && grouped->toLongLong() == 1;
        }
        if (!reuse) {
            std::fprintf(stderr, "%s does not hold %lld incidents: made again\n", qPrintable(path),
                         qint64(n));
            QFile::remove(path);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
        }
    }
    if (!reuse) {
        CreateOptions c;
        c.user = u"bench"_s;
        auto wb = Workbook::create(path, c);
        if (!wb.ok())
            return std::fprintf(stderr, "%s\n", qPrintable(wb.error().fullText())), 1;
        RecordStore(**wb).bootstrap(u"Bench"_s);
    }
    auto wb = Workbook::open(path, OpenOptions {u"bench"_s});
    RecordStore store(**wb);
    Random r(7);
    const qint64 start =
        QDateTime(QDate(2025, 1, 6), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 span = qint64(365) * 24 * 3600 * 1000;
    auto stamp = [](qint64 ms) {
        return toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
    };
    const QStringList groups {u"Service Desk"_s, u"Network"_s,   u"Servers"_s,
                              u"Applications"_s, u"Workplace"_s, u"Security"_s};
    QElapsedTimer gen;
    gen.start();
    for (qint64 i = reuse ? n : 0; i < n;) {
        WriteTransaction tx((*wb)->db());
        tx.begin();
        for (int b = 0; b < opt.batch && i < n; ++b, ++i) {
            const int impact = 1 + r.below(3), urgency = 1 + r.below(3);
            const int priority = qMin(5, impact + urgency - 1);
            const qint64 opened = start + qint64(r.unit() * double(span));
            QVariantMap v {{u"title"_s, title(r, i)},
                           {u"description"_s, description(r)},
                           {u"impact"_s, impact},
                           {u"urgency"_s, urgency},
                           {u"priority"_s, priority},
                           {u"assignment_group"_s, groups[r.below(int(groups.size()))]},
                           {u"service"_s, service(r)},
                           {u"category"_s, category(r)},
                           {u"affected_ci"_s, configurationItem(r)},
                           {u"caller"_s, caller(r)},
                           {u"opened_at"_s, stamp(opened)}};
            QString state = u"in_progress"_s;
            if (r.below(100) < 80) {
                const qint64 resolved = opened + qint64(1 + r.below(24 * 5 * priority)) * 3600000;
                v.insert(u"resolution_code"_s, u"fixed"_s);
                v.insert(u"resolved_at"_s, stamp(resolved));
                v.insert(u"closed_at"_s, stamp(resolved + 3 * 24 * 3600000));
                state = u"closed"_s;
            } else if (r.below(100) < 10) {
                // Came back after it was thought fixed.
                v.insert(u"reopen_count"_s, 1);
                v.insert(u"reopened_at"_s, stamp(opened + qint64(1 + r.below(72)) * 3600000));
            }
            auto rr = store.importCreate(u"incident"_s, v, state);
            if (!rr.ok())
                return std::fprintf(stderr, "\nincident failed: %s\n",
                                    qPrintable(rr.error().fullText())),
                       1;
        }
        if (Error e = tx.commit(); e.isError())
            return std::fprintf(stderr, "\ncommit failed: %s\n", qPrintable(e.fullText())), 1;
        progress("incidents", i, n);
    }
    if (reuse)
        std::fprintf(stderr, "  %lld incidents kept in %s\n", qint64(n), qPrintable(path));
    else
        std::fprintf(stderr, "  %lld incidents made in %.1f s\n", qint64(n),
                     gen.elapsed() / 1000.0);
    const qint64 nowMs = start + span + qint64(30) * 24 * 3600 * 1000;

    if (wanted(opt, "incident_queue_page")) {
        // The "All open" queue as the dock shows it: open tickets, the SLA column, pages of
        // 200 in ID order; the median of a first page and pages anywhere in the list.
        ListSpec spec;
        spec.type = u"incident"_s;
        spec.openOnly = true;
        spec.sortField = u"id"_s;
        spec.columns = {u"title"_s,    u"state"_s,     u"priority"_s, u"assignment_group"_s,
                        u"assignee"_s, u"sla_clock"_s, u"sla_due"_s,  u"sla_breached_at"_s};
        auto q = RecordQuery::prepare(spec);
        if (!q.ok())
            return std::fprintf(stderr, "queue: %s\n", qPrintable(q.error().fullText())), 1;
        Database &db = (*wb)->db();
        QList<double> times;
        qint64 rows = 0;
        Random pr(11);
        for (int i = 0; i < 100; ++i) {
            std::optional<SortKey> after;
            if (i > 0) {
                const qint64 number = 1 + pr.below(int(n)); // ID order is human-number order
                after = SortKey {QVariant(number), 0};
            }
            QElapsedTimer t;
            t.start();
            auto page = q->page(db, after, 200);
            times << t.nsecsElapsed() / 1e6;
            if (!page.ok())
                return std::fprintf(stderr, "queue page failed\n"), 1;
            rows += page->size();
        }
        std::fprintf(stderr, "  queue pages: %lld rows in 100 pages\n", rows);
        std::optional<double> baseline;
        if (opt.baseline) {
            Raw raw(path);
            sqlite3_stmt *st = raw.prepare(
                "SELECT r.id, r.human_id, r.version, r.title, r.state, t.priority, "
                "t.assignment_group, t.assignee, s.clock, s.resolution_due, "
                "s.resolution_breached_at FROM record r JOIN incident t ON t.id = r.id LEFT JOIN "
                "sla_status s ON s.record_id = r.id WHERE r.type = 'incident' AND r.state IN "
                "(SELECT state FROM lifecycle_state WHERE type = 'incident' AND is_final = 0) "
                "AND r.human_no > ?1 ORDER BY r.human_no LIMIT 200");
            QList<double> rawTimes;
            Random rr(11);
            for (int i = 0; i < 100; ++i) {
                sqlite3_bind_int64(st, 1, i == 0 ? 0 : 1 + rr.below(int(n)));
                QElapsedTimer t;
                t.start();
                while (sqlite3_step(st) == SQLITE_ROW) { }
                rawTimes << t.nsecsElapsed() / 1e6;
                sqlite3_reset(st);
            }
            sqlite3_finalize(st);
            baseline = median(rawTimes);
        }
        printFigure(u"incident_queue_page"_s, median(times), u"ms"_s, baseline);
    }

    if (wanted(opt, "sla_recompute")) {
        SlaStore sla(**wb);
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu = std::clock();
        auto done = sla.recompute({}, nowMs);
        const double secs = t.elapsed() / 1000.0;
        if (!done.ok())
            return std::fprintf(stderr, "recompute failed: %s\n",
                                qPrintable(done.error().fullText())),
                   1;
        std::fprintf(stderr, "  %lld open tickets recomputed (%s)\n", qint64(*done),
                     cpuText(cpu, secs).constData());
        // Raw: read what a clock needs for each open ticket and write its state row - in
        // place, as the write path does for a ticket that has one, the queue's columns (clock,
        // resolution_due) left as they are.
        std::optional<double> baseline;
        if (opt.baseline) {
            Raw raw(path);
            QElapsedTimer rt;
            rt.start();
            raw.exec("BEGIN IMMEDIATE");
            sqlite3_stmt *sel = raw.prepare(
                "SELECT r.id, t.opened_at, t.priority, (SELECT group_concat(at || new_value) FROM "
                "audit a WHERE a.record_id = r.id) FROM record r JOIN incident t ON t.id = r.id "
                "WHERE r.type = 'incident' AND r.state NOT IN ('closed', 'cancelled')");
            sqlite3_stmt *up =
                raw.prepare("UPDATE sla_status SET sla_id = 1, resolution_elapsed_ms = 0, "
                            "resolution_breached_at = ?2, computed_at = ?2 WHERE record_id = ?1");
            while (sqlite3_step(sel) == SQLITE_ROW) {
                sqlite3_bind_int64(up, 1, sqlite3_column_int64(sel, 0));
                sqlite3_bind_text(up, 2,
                                  reinterpret_cast<const char *>(sqlite3_column_text(sel, 1)), -1,
                                  SQLITE_TRANSIENT);
                sqlite3_step(up);
                sqlite3_reset(up);
            }
            raw.exec("ROLLBACK");
            sqlite3_finalize(sel);
            sqlite3_finalize(up);
            baseline = rt.elapsed() / 1000.0;
        }
        printFigure(u"sla_recompute"_s, secs, u"s"_s, baseline);
    }

    if (wanted(opt, "incident_stats")) {
        TicketStatsOptions o;
        o.by = u"priority"_s;
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu = std::clock();
        auto groupsOut = TicketStats::compute(**wb, o);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!groupsOut.ok())
            return std::fprintf(stderr, "stats failed\n"), 1;
        std::fprintf(stderr, "  incident stats (%s)\n", cpuText(cpu, ms / 1000).constData());
        std::optional<double> baseline;
        if (opt.baseline) {
            Raw raw(path);
            QElapsedTimer rt;
            rt.start();
            // The same way in as the statistics: the tickets and their SLA states from the
            // statistics indexes (0007_stats_speed.sql), not from the whole rows.
            sqlite3_stmt *st = raw.prepare(
                "SELECT t.priority, count(*), sum(t.resolved_at IS NULL), "
                "avg((julianday(t.resolved_at) - julianday(t.opened_at)) * 24), "
                "avg(s.resolution_breached_at IS NULL) FROM incident t INDEXED BY incident_stats "
                "LEFT JOIN sla_status s INDEXED BY sla_status_stats ON s.record_id = t.id "
                "GROUP BY t.priority");
            while (sqlite3_step(st) == SQLITE_ROW) { }
            sqlite3_finalize(st);
            baseline = rt.nsecsElapsed() / 1e6;
        }
        printFigure(u"incident_stats"_s, ms, u"ms"_s, baseline);
    }

    if (wanted(opt, "import_bpi")) {
        const QString xz = QStringLiteral(SB_DATA_DIR "/bpi2014-rabobank/Detail_Incident.csv.xz");
        const QString csv = dir + u"/Detail_Incident.csv"_s;
        QProcess unpack;
        unpack.setStandardOutputFile(csv);
        unpack.start(u"xz"_s, {u"-dc"_s, xz});
        if (!QFileInfo::exists(xz) || !unpack.waitForFinished(120000) || unpack.exitCode() != 0) {
            std::fprintf(stderr, "import_bpi: %s cannot be unpacked (xz-utils)\n", qPrintable(xz));
        } else {
            const QString target = dir + u"/bpi.sbw"_s;
            CreateOptions c;
            c.user = u"bench"_s;
            auto bw = Workbook::create(target, c);
            RecordStore(**bw).bootstrap(u"Bench"_s);
            auto mapping = ImportMapping::fromFile(u":/import/bpi2014_incidents.json"_s);
            QElapsedTimer t;
            t.start();
            const ImportSummary sum = CsvImport::run(**bw, *mapping, csv);
            const double secs = t.elapsed() / 1000.0;
            if (!sum.complete() || sum.created != 46606)
                return std::fprintf(stderr, "import_bpi: %s\n", qPrintable(sum.describe())), 1;
            printFigure(u"import_bpi"_s, secs, u"s"_s, std::nullopt);
        }
    }

    if (wanted(opt, "ke_suggest")) {
        if (int rc = knownErrorFigures(opt, **wb, store); rc != 0)
            return rc;
    }
    if (wanted(opt, "problem_candidates")) {
        if (int rc = candidateFigures(opt, **wb, path, start + span); rc != 0)
            return rc;
    }
    return 0;
}

// ---- CMDB graph layout: what the graph dock waits for -----------------------------------
// A CMDB as it is layered: services, applications part of them, databases and servers they
// run on, the network and storage under those; a few applications depend on others (one
// cycle among them) and servers share switches. Node sizes as the dock measures names.
GraphLayoutInput layeredCmdb(int count, quint64 seed)
{
    Random r(seed);
    GraphLayoutInput in;
    const double shares[] = {0.04, 0.24, 0.14, 0.34, 0.12, 0.12}; // services .. storage
    QList<QList<qint64>> layers(std::size(shares));
    qint64 next = 1;
    for (int l = 0; l < int(std::size(shares)); ++l) {
        const int n = l + 1 == int(std::size(shares)) ? int(count - in.nodes.size())
                                                      : std::max(1, int(count * shares[l]));
        for (int i = 0; i < n; ++i) {
            in.nodes.append({next, 120.0 + r.below(100), 44});
            layers[l] << next++;
        }
    }
    auto pick = [&r](const QList<qint64> &layer) {
        return layer[r.below(int(layer.size()))];
    };
    const auto &[svc, app, db, server, net, storage] =
        std::tie(layers[0], layers[1], layers[2], layers[3], layers[4], layers[5]);
    for (qint64 a : app) {
        in.edges.append({a, pick(svc), u"part_of"_s, true});
        in.edges.append({a, pick(server), u"runs_on"_s});
        in.edges.append({a, pick(db), u"depends_on"_s});
        if (r.below(8) == 0)
            in.edges.append({a, pick(app), u"depends_on"_s});
    }
    for (qint64 d : db)
        in.edges.append({d, pick(server), u"runs_on"_s});
    for (qint64 s : server) {
        in.edges.append({s, pick(net), u"connected_to"_s});
        if (r.below(2) == 0)
            in.edges.append({s, pick(storage), u"connected_to"_s});
    }
    for (qint64 n : net) {
        if (r.below(4) == 0)
            in.edges.append({n, pick(net), u"connected_to"_s});
    }
    if (app.size() >= 3) {
        in.edges.append({app[0], app[1], u"depends_on"_s});
        in.edges.append({app[1], app[2], u"depends_on"_s});
        in.edges.append({app[2], app[0], u"depends_on"_s});
    }
    // Room for the relationship's name on each edge, as the dock asks.
    for (GraphLayoutEdge &e : in.edges)
        e.labelSize = QSizeF(e.kind.size() * 6.5 + 8, 16);
    return in;
}

// "baseline": null - raw SQLite has no layout to compare with; the goals are 300 ms (dot,
// 500 nodes around a focus) and 1.5 s (sfdp, a 2,000-node overview).
int layoutFigures(const Options &opt)
{
    struct Case
    {
        const char *name;
        int nodes;
        GraphLayoutOptions::Engine engine;
        int rounds;
    };
    const Case cases[] = {{"layout_dot_500", 500, GraphLayoutOptions::Engine::Dot, 7},
                          {"layout_sfdp_2000", 2000, GraphLayoutOptions::Engine::Sfdp, 5}};
    for (const Case &c : cases) {
        if (!wanted(opt, c.name))
            continue;
        const GraphLayoutInput in = layeredCmdb(c.nodes, 2024);
        GraphLayoutOptions o;
        o.engine = c.engine;
        QList<double> times;
        for (int i = 0; i < c.rounds; ++i) {
            QElapsedTimer t;
            t.start();
            Result<GraphLayoutResult> laid = GraphLayout::run(in, o);
            times << t.nsecsElapsed() / 1e6;
            if (!laid.ok() || laid->centres.size() != in.nodes.size())
                return std::fprintf(
                           stderr, "%s: %s\n", c.name,
                           qPrintable(laid.ok() ? u"nodes missing"_s : laid.error().fullText())),
                       1;
        }
        // How clean the picture is: boxes drawn on top of each other.
        Result<GraphLayoutResult> last = GraphLayout::run(in, o);
        int overlaps = 0;
        QList<QRectF> boxes;
        for (const GraphLayoutNode &n : in.nodes)
            boxes << QRectF(last->centres.value(n.id) - QPointF(n.width / 2, n.height / 2),
                            QSizeF(n.width, n.height));
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                overlaps += boxes[i].intersects(boxes[j]) ? 1 : 0;
        }
        std::fprintf(stderr, "  %s: %lld nodes, %lld edges, %d overlapping pairs\n", c.name,
                     qint64(in.nodes.size()), qint64(in.edges.size()), overlaps);
        printFigure(QString::fromLatin1(c.name), median(times), u"ms"_s, std::nullopt);
    }
    return 0;
}

// ---- CMDB: impact analysis and baselines at 100,000 CIs ----------------------------------
// A CMDB shaped like a real one, in 100 pods (a data-centre hall, its services and their
// users): business services part of catalogue services that customers use; applications part
// of services, running on virtual servers and depending on databases, on other applications of
// their pod (a few on other pods' and on shared database clusters; some pairs need each other)
// and on the load balancers; virtual servers on hosts and storage; hosts, storage and devices
// on access switches under distribution and shared core switches; software installed on
// servers; licences, locations and end-user devices. Written with raw inserts (the write path's
// speed is measured elsewhere): about 100,000 CIs and 300,000 relationships.
struct CmdbFixture
{
    qint64 cis = 0;
    qint64 relations = 0;
    QList<qint64> bottoms; // a storage array of each pod: the bottom of its services' trees
    QList<qint64> ciIds; // every CI, in creation order
};

bool buildCmdb(const QString &path, CmdbFixture *f)
{
    {
        CreateOptions c;
        c.user = u"bench"_s;
        auto wb = Workbook::create(path, c);
        if (!wb.ok())
            return std::fprintf(stderr, "%s\n", qPrintable(wb.error().fullText())), false;
        RecordStore(**wb).bootstrap(u"Bench"_s);
    }
    Raw raw(path);
    QElapsedTimer t;
    t.start();
    raw.exec("BEGIN IMMEDIATE");
    sqlite3_stmt *rec = raw.prepare(
        "INSERT INTO record(type, human_no, human_id, title, state, created_at, created_by, "
        "updated_at, updated_by, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'bench', ?6, 'bench', "
        "1)");
    sqlite3_stmt *ci = raw.prepare(
        "INSERT INTO ci(id, ci_type, subtype, location, serial_number, cost, attributes) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    sqlite3_stmt *svc = raw.prepare("INSERT INTO service(id, criticality) VALUES (?1, 'high')");
    sqlite3_stmt *cust = raw.prepare("INSERT INTO customer(id, kind) VALUES (?1, 'internal')");
    sqlite3_stmt *link =
        raw.prepare("INSERT OR IGNORE INTO link(from_id, to_id, kind, created_at, created_by) "
                    "VALUES (?1, ?2, ?3, ?4, 'bench')");
    const QByteArray at = nowStored().toUtf8();
    Random r(314);
    QHash<QString, qint64> numbers;
    auto record = [&](const char *type, const char *prefix, const QString &title,
                      const char *state) {
        const qint64 no = ++numbers[QString::fromLatin1(type)];
        sqlite3_bind_text(rec, 1, type, -1, SQLITE_STATIC);
        sqlite3_bind_int64(rec, 2, no);
        bindText(rec, 3, QString::fromLatin1(prefix) + u'-' + QString::number(no));
        bindText(rec, 4, title);
        sqlite3_bind_text(rec, 5, state, -1, SQLITE_STATIC);
        sqlite3_bind_text(rec, 6, at.constData(), int(at.size()), SQLITE_STATIC);
        sqlite3_step(rec);
        sqlite3_reset(rec);
        return qint64(sqlite3_last_insert_rowid(raw.db));
    };
    auto makeCi = [&](const char *type, const QString &name, const char *subtype) {
        const qint64 id = record("ci", "CI", name, r.below(50) == 0 ? "retired" : "live");
        sqlite3_bind_int64(ci, 1, id);
        sqlite3_bind_text(ci, 2, type, -1, SQLITE_STATIC);
        sqlite3_bind_text(ci, 3, subtype, -1, SQLITE_STATIC);
        bindText(ci, 4, u"Hall "_s + QString::number(r.below(20)));
        bindText(ci, 5, u"SN"_s + QString::number(r.next() % 100000000));
        sqlite3_bind_double(ci, 6, 100.0 * (1 + r.below(500)));
        bindText(ci, 7,
                 u"{\"ip_address\":\"10.%1.%2.%3\"}"_s.arg(r.below(250))
                     .arg(r.below(250))
                     .arg(r.below(250)));
        sqlite3_step(ci);
        sqlite3_reset(ci);
        f->ciIds << id;
        ++f->cis;
        return id;
    };
    auto relate = [&](qint64 from, const char *kind, qint64 to) {
        if (from == to)
            return;
        sqlite3_bind_int64(link, 1, from);
        sqlite3_bind_int64(link, 2, to);
        sqlite3_bind_text(link, 3, kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(link, 4, at.constData(), int(at.size()), SQLITE_STATIC);
        sqlite3_step(link);
        sqlite3_reset(link);
        f->relations += sqlite3_changes(raw.db);
    };
    auto pick = [&r](const QList<qint64> &l) {
        return l[r.below(int(l.size()))];
    };

    // Shared: core switches, database clusters every pod may use, catalogue services and
    // the customers using them, licences.
    QList<qint64> core, sharedDbs, services, licences, apps;
    for (int i = 0; i < 8; ++i)
        core << makeCi("network_device", u"core-sw-%1"_s.arg(i + 1), "Switch");
    for (int i = 0; i < 4; ++i)
        relate(core[i], "connected_to", core[i + 4]);
    for (int i = 0; i < 20; ++i)
        sharedDbs << makeCi("database", u"db-shared-%1"_s.arg(i + 1), "PostgreSQL");
    for (int i = 0; i < 200; ++i) {
        const qint64 id = record("service", "SVC", u"Service %1"_s.arg(i + 1), "live");
        sqlite3_bind_int64(svc, 1, id);
        sqlite3_step(svc);
        sqlite3_reset(svc);
        services << id;
    }
    for (int i = 0; i < 400; ++i) {
        const qint64 id = record("customer", "CUS", u"Customer %1"_s.arg(i + 1), "active");
        sqlite3_bind_int64(cust, 1, id);
        sqlite3_step(cust);
        sqlite3_reset(cust);
        for (int k = 0; k < 3; ++k)
            relate(id, "uses", pick(services));
    }
    for (int i = 0; i < 500; ++i)
        licences << makeCi("licence", u"licence-%1"_s.arg(i + 1), "Per core");
    for (qint64 d : std::as_const(sharedDbs))
        relate(d, "depends_on", pick(core));

    for (int pod = 0; pod < 100; ++pod) {
        const QString p = u"p%1-"_s.arg(pod + 1, 3, 10, QChar(u'0'));
        auto named = [&p](const char *stem, int i) {
            return p + QString::fromLatin1(stem) + u'-' + QString::number(i + 1);
        };
        QList<qint64> locs, dist, access, storage, hosts, vms, dbs, podApps, bss;
        for (int i = 0; i < 15; ++i)
            locs << makeCi("location", named("rack", i), "Rack");
        for (int i = 1; i < 15; ++i)
            relate(locs[i], "located_in", locs[0]);
        for (int i = 0; i < 3; ++i) {
            dist << makeCi("network_device", named("dist-sw", i), "Switch");
            relate(dist[i], "depends_on", core[pod % 4]);
            relate(dist[i], "depends_on", core[pod % 4 + 4]);
            relate(dist[i], "located_in", pick(locs));
        }
        for (int i = 0; i < 27; ++i) {
            access << makeCi("network_device", named("acc-sw", i), "Switch");
            relate(access[i], "depends_on", pick(dist));
            relate(access[i], "located_in", pick(locs));
        }
        for (int i = 0; i < 10; ++i) {
            storage << makeCi("storage", named("san", i), "SAN");
            relate(storage[i], "depends_on", pick(access));
            relate(storage[i], "depends_on", pick(access));
            relate(storage[i], "located_in", pick(locs));
        }
        f->bottoms << storage[0];
        for (int i = 0; i < 60; ++i) {
            hosts << makeCi("physical_server", named("esx", i), "Rack");
            relate(hosts[i], "depends_on", pick(access));
            relate(hosts[i], "depends_on", pick(access));
            relate(hosts[i], "depends_on", pick(storage));
            relate(hosts[i], "located_in", pick(locs));
        }
        for (int i = 0; i < 400; ++i) {
            vms << makeCi("virtual_server", named("vm", i), "VMware");
            relate(vms[i], "runs_on", pick(hosts));
            if (r.below(100) < 80)
                relate(vms[i], "depends_on", pick(storage));
            relate(vms[i], "licensed_by", pick(licences));
        }
        for (int i = 0; i < 80; ++i) {
            dbs << makeCi("database", named("db", i), "PostgreSQL");
            relate(dbs[i], "runs_on", r.below(4) == 0 ? pick(hosts) : pick(vms));
        }
        for (int i = 0; i < 20; ++i) {
            const qint64 sw = makeCi("software", named("sw", i), "");
            relate(sw, "licensed_by", pick(licences));
            for (int k = 0; k < 9; ++k)
                relate(sw, "installed_on", r.below(3) == 0 ? pick(hosts) : pick(vms));
        }
        for (int i = 0; i < 10; ++i) {
            bss << makeCi("business_service", named("bs", i), "");
            relate(bss[i], "part_of", services[(pod * 10 + i) % services.size()]);
        }
        for (int i = 0; i < 120; ++i) {
            const qint64 a = makeCi("application", named("app", i), "Web");
            podApps << a;
            relate(a, "part_of", bss[i % 10]);
            if (r.below(12) == 0)
                relate(a, "part_of", pick(bss)); // shared by two services
            relate(a, "runs_on", pick(vms));
            relate(a, "runs_on", pick(vms));
            relate(a, "depends_on", pick(dbs));
            if (r.below(2) == 0)
                relate(a, "depends_on", r.below(10) == 0 ? pick(sharedDbs) : pick(dbs));
            // Integrations: mostly an earlier application of the pod, a few elsewhere.
            if (i > 0 && r.below(3) == 0)
                relate(a, "depends_on", podApps[r.below(i)]);
            if (!apps.isEmpty() && r.below(25) == 0)
                relate(a, "depends_on", pick(apps));
        }
        // Some applications need each other.
        for (int k = 0; k < 2; ++k) {
            const qint64 x = pick(podApps);
            const qint64 y = pick(podApps);
            relate(x, "depends_on", y);
            relate(y, "depends_on", x);
        }
        apps += podApps;
        for (int i = 0; i < 250; ++i) {
            const qint64 d = makeCi("end_user_device", named("lt", i), "Laptop");
            relate(d, "depends_on", pick(access));
            relate(d, "located_in", pick(locs));
            if (r.below(3) != 0)
                relate(d, "licensed_by", pick(licences));
        }
        progress("cmdb fixture", pod + 1, 100);
    }
    raw.exec("UPDATE record_type SET next_number = (SELECT count(*) + 1 FROM record WHERE type "
             "= 'ci'), live_count = (SELECT count(*) FROM record WHERE type = 'ci') WHERE type = "
             "'ci'");
    raw.exec("COMMIT");
    for (sqlite3_stmt *s : {rec, ci, svc, cust, link})
        sqlite3_finalize(s);
    std::fprintf(stderr, "  cmdb fixture: %lld CIs, %lld relationships in %.1f s\n", f->cis,
                 f->relations, t.elapsed() / 1000.0);
    return true;
}

// The same walk Impact::analyse makes downstream, as one recursive query: against the links
// that carry a failure back to their source (reverse, both, and customers' "uses"), along those
// that carry it to their target (forward, both); every record once.
const char *const rawDownstreamSql =
    "WITH RECURSIVE down(id) AS (SELECT ?1 "
    "UNION SELECT l.from_id FROM down d JOIN link l ON l.to_id = d.id WHERE l.kind IN "
    "(SELECT kind FROM ci_relation_type WHERE impact IN ('reverse', 'both') UNION SELECT 'uses') "
    "UNION SELECT l.to_id FROM down d JOIN link l ON l.from_id = d.id WHERE l.kind IN "
    "(SELECT kind FROM ci_relation_type WHERE impact IN ('forward', 'both'))) "
    "SELECT d.id, r.human_id, r.title, r.type, r.state, c.ci_type FROM down d "
    "JOIN record r ON r.id = d.id LEFT JOIN ci c ON c.id = d.id";

// A baseline of everything as the raw library would take it: header, then INSERT ... SELECT of
// the CIs (their fields as one JSON object) and of the CI relationships.
void rawBaseline(Raw &raw, const QString &name, qint64 cis, qint64 relations)
{
    raw.exec("BEGIN IMMEDIATE");
    sqlite3_stmt *head =
        raw.prepare("INSERT INTO ci_baseline(name, taken_at, taken_by, ci_count, relation_count) "
                    "VALUES (?1, ?2, 'bench', ?3, ?4)");
    bindText(head, 1, name);
    bindText(head, 2, nowStored());
    sqlite3_bind_int64(head, 3, cis);
    sqlite3_bind_int64(head, 4, relations);
    sqlite3_step(head);
    sqlite3_finalize(head);
    const qint64 id = sqlite3_last_insert_rowid(raw.db);
    sqlite3_stmt *items = raw.prepare(
        "INSERT INTO ci_baseline_item(baseline_id, ci_id, human_id, name, ci_type, state, data) "
        "SELECT ?1, c.id, r.human_id, r.title, c.ci_type, r.state, json_object('title', "
        "r.title, 'state', r.state, 'owner', r.owner, 'ci_type', c.ci_type, 'subtype', "
        "c.subtype, 'description', c.description, 'ci_version', c.ci_version, 'location', "
        "c.location, 'serial_number', c.serial_number, 'asset_tag', c.asset_tag, "
        "'purchase_date', c.purchase_date, 'cost', c.cost, 'cost_centre', c.cost_centre, "
        "'supplier', c.supplier, 'warranty_end', c.warranty_end, 'licence_entitlements', "
        "c.licence_entitlements, 'licence_expires', c.licence_expires, 'attributes', "
        "json(c.attributes)) FROM ci c JOIN record r ON r.id = c.id ORDER BY c.id");
    sqlite3_bind_int64(items, 1, id);
    sqlite3_step(items);
    sqlite3_finalize(items);
    sqlite3_stmt *rels = raw.prepare(
        "INSERT INTO ci_baseline_relation(baseline_id, from_id, kind, to_id) SELECT ?1, "
        "l.from_id, l.kind, l.to_id FROM link l WHERE l.kind IN (SELECT kind FROM "
        "ci_relation_type) AND (EXISTS (SELECT 1 FROM ci WHERE ci.id = l.from_id) OR EXISTS "
        "(SELECT 1 FROM ci WHERE ci.id = l.to_id)) ORDER BY l.from_id, l.kind, l.to_id");
    sqlite3_bind_int64(rels, 1, id);
    sqlite3_step(rels);
    sqlite3_finalize(rels);
    raw.exec("COMMIT");
}

// Two baselines compared with EXCEPT: CIs added, removed and changed, relationships added and
// removed. Returns the number of differences found.
qint64 rawBaselineDiff(Raw &raw, qint64 a, qint64 b)
{
    static const char *const queries[] = {
        "SELECT ci_id FROM ci_baseline_item WHERE baseline_id = ?2 EXCEPT "
        "SELECT ci_id FROM ci_baseline_item WHERE baseline_id = ?1",
        "SELECT ci_id FROM ci_baseline_item WHERE baseline_id = ?1 EXCEPT "
        "SELECT ci_id FROM ci_baseline_item WHERE baseline_id = ?2",
        "SELECT n.ci_id, n.human_id, n.data, o.data FROM (SELECT ci_id, human_id, data FROM "
        "ci_baseline_item WHERE baseline_id = ?2 EXCEPT SELECT ci_id, human_id, data FROM "
        "ci_baseline_item WHERE baseline_id = ?1) n JOIN ci_baseline_item o ON o.baseline_id = "
        "?1 AND o.ci_id = n.ci_id",
        "SELECT from_id, kind, to_id FROM ci_baseline_relation WHERE baseline_id = ?2 EXCEPT "
        "SELECT from_id, kind, to_id FROM ci_baseline_relation WHERE baseline_id = ?1",
        "SELECT from_id, kind, to_id FROM ci_baseline_relation WHERE baseline_id = ?1 EXCEPT "
        "SELECT from_id, kind, to_id FROM ci_baseline_relation WHERE baseline_id = ?2"};
    qint64 rows = 0;
    for (const char *sql : queries) {
        sqlite3_stmt *st = raw.prepare(sql);
        sqlite3_bind_int64(st, 1, a);
        sqlite3_bind_int64(st, 2, b);
        while (sqlite3_step(st) == SQLITE_ROW)
            ++rows;
        sqlite3_finalize(st);
    }
    return rows;
}

// What changes between two baselines before a release: some hundreds of CIs changed, added
// and removed, and relationships made and dropped.
void changeCmdb(const QString &path, CmdbFixture &f)
{
    Raw raw(path);
    Random r(2718);
    raw.exec("BEGIN IMMEDIATE");
    sqlite3_stmt *attr = raw.prepare("UPDATE ci SET attributes = ?2, location = ?3 WHERE id = ?1");
    sqlite3_stmt *state =
        raw.prepare("UPDATE record SET state = 'retired', version = version + 1 WHERE id = ?1");
    sqlite3_stmt *del = raw.prepare("DELETE FROM record WHERE id = ?1");
    sqlite3_stmt *link = raw.prepare(
        "INSERT OR IGNORE INTO link(from_id, to_id, kind, created_at, created_by) VALUES "
        "(?1, ?2, 'depends_on', ?3, 'bench')");
    sqlite3_stmt *unlink =
        raw.prepare("DELETE FROM link WHERE id IN (SELECT id FROM link WHERE from_id = ?1 "
                    "AND kind = 'depends_on' LIMIT 1)");
    const QString at = nowStored();
    auto any = [&] {
        return f.ciIds[r.below(int(f.ciIds.size()))];
    };
    for (int i = 0; i < 300; ++i) {
        sqlite3_bind_int64(attr, 1, any());
        bindText(attr, 2, u"{\"ip_address\":\"192.168.%1.%2\"}"_s.arg(i / 250).arg(i % 250));
        bindText(attr, 3, u"Hall 99"_s);
        sqlite3_step(attr);
        sqlite3_reset(attr);
    }
    for (int i = 0; i < 100; ++i) {
        sqlite3_bind_int64(state, 1, any());
        sqlite3_step(state);
        sqlite3_reset(state);
    }
    for (int i = 0; i < 50; ++i) {
        const int at_ = r.below(int(f.ciIds.size()));
        sqlite3_bind_int64(del, 1, f.ciIds[at_]);
        sqlite3_step(del);
        sqlite3_reset(del);
        f.ciIds.removeAt(at_);
    }
    for (int i = 0; i < 200; ++i) {
        sqlite3_bind_int64(link, 1, any());
        sqlite3_bind_int64(link, 2, any());
        bindText(link, 3, at);
        sqlite3_step(link);
        sqlite3_reset(link);
        sqlite3_bind_int64(unlink, 1, any());
        sqlite3_step(unlink);
        sqlite3_reset(unlink);
    }
    raw.exec("COMMIT");
    for (sqlite3_stmt *s : {attr, state, del, link, unlink})
        sqlite3_finalize(s);
    // New CIs, through the write path as a configuration manager adds them.
    auto wb = Workbook::open(path, OpenOptions {u"bench"_s});
    RecordStore store(**wb);
    WriteTransaction tx((*wb)->db());
    tx.begin();
    for (int i = 0; i < 100; ++i) {
        auto c = store.create(
            u"ci"_s,
            {{u"title"_s, u"new-vm-%1"_s.arg(i + 1)}, {u"ci_type"_s, u"virtual_server"_s}});
        if (c.ok())
            store.link(c->id, f.ciIds[r.below(int(f.ciIds.size()))], u"depends_on"_s);
    }
    tx.commit();
}

int cmdbFigures(const Options &opt, const QString &dir)
{
    const bool impact = wanted(opt, "impact_downstream");
    const bool create = wanted(opt, "baseline_create");
    const bool diff = wanted(opt, "baseline_diff");
    if (!impact && !create && !diff)
        return 0;
    const QString path = dir + u"/cmdb.sbw"_s;
    CmdbFixture f;
    if (!buildCmdb(path, &f))
        return 1;
    auto wb = Workbook::open(path, OpenOptions {u"bench"_s});
    if (!wb.ok())
        return std::fprintf(stderr, "%s\n", qPrintable(wb.error().fullText())), 1;
    Database &db = (*wb)->db();
    Raw raw(path);

    if (impact) {
        // Twenty pods' storage arrays, five times each after a round that warms the caches.
        QList<double> times;
        QList<double> rawTimes;
        qint64 reached = 0;
        sqlite3_stmt *st = raw.prepare(rawDownstreamSql);
        for (int round = -1; round < 5; ++round) {
            for (int p = 0; p < 20; ++p) {
                const qint64 start = f.bottoms[p * 5];
                QElapsedTimer t;
                t.start();
                Result<ImpactResult> res = Impact::analyse(db, start, ImpactDirection::Downstream);
                const double ms = t.nsecsElapsed() / 1e6;
                if (!res.ok())
                    return std::fprintf(stderr, "impact: %s\n", qPrintable(res.error().fullText())),
                           1;
                QElapsedTimer rt;
                rt.start();
                sqlite3_bind_int64(st, 1, start);
                qint64 rows = 0;
                while (sqlite3_step(st) == SQLITE_ROW)
                    ++rows;
                sqlite3_reset(st);
                const double rawMs = rt.nsecsElapsed() / 1e6;
                if (round < 0)
                    continue;
                times << ms;
                rawTimes << rawMs;
                reached += res->walk.nodes.size();
                if (rows != res->walk.nodes.size())
                    std::fprintf(stderr, "  impact: %lld records reached, raw %lld\n",
                                 qint64(res->walk.nodes.size()), rows);
            }
        }
        sqlite3_finalize(st);
        std::fprintf(stderr,
                     "  impact_downstream: %.0f records reached on average; p95 %.1f ms "
                     "(raw %.1f ms)\n",
                     double(reached) / times.size(), percentile(times, 0.95),
                     percentile(rawTimes, 0.95));
        printFigure(u"impact_downstream"_s, median(times), u"ms"_s, median(rawTimes));
    }

    Baselines baselines(**wb);
    qint64 before = 0;
    if (create || diff) {
        QList<double> times;
        QList<double> rawTimes;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            Result<BaselineInfo> b = baselines.create(u"Before release %1"_s.arg(i + 1));
            times << t.elapsed() / 1000.0;
            if (!b.ok())
                return std::fprintf(stderr, "baseline: %s\n", qPrintable(b.error().fullText())), 1;
            if (i == 0) {
                before = b->id;
                std::fprintf(stderr, "  baseline: %lld CIs, %lld relationships\n", b->ciCount,
                             b->relationCount);
            }
            QElapsedTimer rt;
            rt.start();
            rawBaseline(raw, u"raw %1"_s.arg(i + 1), b->ciCount, b->relationCount);
            rawTimes << rt.elapsed() / 1000.0;
        }
        if (create)
            printFigure(u"baseline_create"_s, median(times), u"s"_s, median(rawTimes));
    }

    if (diff) {
        changeCmdb(path, f);
        Result<BaselineInfo> after = baselines.create(u"After release"_s);
        if (!after.ok())
            return std::fprintf(stderr, "baseline: %s\n", qPrintable(after.error().fullText())), 1;
        Result<BaselineInfo> first = baselines.find(u"raw 1"_s);
        rawBaseline(raw, u"raw after"_s, after->ciCount, after->relationCount);
        Result<BaselineInfo> rawAfter = baselines.find(u"raw after"_s);
        if (!first.ok() || !rawAfter.ok())
            return std::fprintf(stderr, "raw baselines missing\n"), 1;
        QList<double> times;
        QList<double> rawTimes;
        qint64 changes = 0;
        qint64 rawRows = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            Result<BaselineDiff> d = baselines.diff(before, after->id);
            times << t.elapsed() / 1000.0;
            if (!d.ok())
                return std::fprintf(stderr, "diff: %s\n", qPrintable(d.error().fullText())), 1;
            changes = d->added.size() + d->removed.size() + d->changed.size()
                + d->relationsAdded.size() + d->relationsRemoved.size();
            QElapsedTimer rt;
            rt.start();
            rawRows = rawBaselineDiff(raw, first->id, rawAfter->id);
            rawTimes << rt.elapsed() / 1000.0;
        }
        std::fprintf(stderr, "  baseline_diff: %lld differences (raw: %lld rows)\n", changes,
                     rawRows);
        printFigure(u"baseline_diff"_s, median(times), u"s"_s, median(rawTimes));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options opt;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--scale"_s && i + 1 < args.size())
            opt.records = qint64(args[++i].toDouble() * 1000000);
        else if (args[i] == u"--records"_s && i + 1 < args.size())
            opt.records = args[++i].toLongLong();
        else if (args[i] == u"--only"_s && i + 1 < args.size())
            opt.only = args[++i];
        else if (args[i] == u"--dir"_s && i + 1 < args.size())
            opt.dir = args[++i];
        else if (args[i] == u"--batch"_s && i + 1 < args.size())
            opt.batch = qMax(1, args[++i].toInt());
        else if (args[i] == u"--no-baseline"_s)
            opt.baseline = false;
        else if (args[i] == u"--keep"_s && i + 1 < args.size())
            opt.keep = args[++i];
        else {
            std::fprintf(
                stderr,
                "usage: servicebench-bench [--scale N (millions of records, default 1)] "
                "[--records N] [--batch N (records per transaction, default 50000)] "
                "[--only NAME[,NAME]] "
                "[--dir DIR] [--no-baseline] [--keep DIR (keep the incident workbook there)]\n"
                "names: bulk_create interactive_update open_first_page keyset_page "
                "fts_query check incident_queue_page sla_recompute incident_stats import_bpi "
                "ke_suggest problem_candidates layout_dot_500 layout_sfdp_2000 impact_downstream "
                "baseline_create baseline_diff\n");
            return 2;
        }
    }
    opt.records = qMax<qint64>(1000, opt.records);
    if (int rc = layoutFigures(opt); rc != 0)
        return rc;
    QTemporaryDir tmp(opt.dir.isEmpty() ? QDir::tempPath() + u"/servicebench-bench-XXXXXX"_s
                                        : opt.dir + u"/servicebench-bench-XXXXXX"_s);
    const QString ours = tmp.filePath(u"bench.sbw"_s);
    const QString rawPath = tmp.filePath(u"raw.sbw"_s);
    std::fprintf(stderr, "servicebench-bench: %lld records in %s\n", qint64(opt.records),
                 qPrintable(tmp.path()));

    // Both workbooks get the same schema; the raw one is then written without Servicebench.
    for (const QString &p : {ours, rawPath}) {
        CreateOptions c;
        c.user = u"bench"_s;
        auto wb = Workbook::create(p, c);
        if (!wb.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(wb.error().fullText()));
            return 1;
        }
        RecordStore store(**wb);
        store.bootstrap(u"Bench"_s);
    }

    const bool taskFigures = wanted(opt, "bulk_create") || wanted(opt, "interactive_update")
        || wanted(opt, "open_first_page") || wanted(opt, "keyset_page") || wanted(opt, "fts_query")
        || wanted(opt, "check");

    // ---- bulk_create (the other task figures need the data) ----
    if (taskFigures) {
        auto wb = Workbook::open(ours, OpenOptions {u"bench"_s});
        RecordStore store(**wb);
        Random r(1);
        // Each batch's input is made before its clock starts: the figure is the write path's,
        // not the text generator's. The raw baseline is measured the same way.
        QList<Input> batch;
        qint64 nsecs = 0;
        for (qint64 i = 0; i < opt.records;) {
            makeBatch(r, i, qMin<qint64>(opt.batch, opt.records - i), &batch);
            QElapsedTimer t;
            t.start();
            WriteTransaction tx((*wb)->db());
            tx.begin();
            for (const Input &in : std::as_const(batch)) {
                auto rr = store.create(u"task"_s,
                                       {{u"title"_s, in.title},
                                        {u"description"_s, in.description},
                                        {u"priority"_s, in.priority}});
                if (!rr.ok()) {
                    std::fprintf(stderr, "\ncreate failed: %s\n",
                                 qPrintable(rr.error().fullText()));
                    return 1;
                }
            }
            if (Error e = tx.commit(); e.isError()) {
                std::fprintf(stderr, "\ncommit failed: %s\n", qPrintable(e.fullText()));
                return 1;
            }
            nsecs += t.nsecsElapsed();
            i += batch.size();
            progress("bulk create", i, opt.records);
        }
        const double rate = opt.records / (nsecs / 1e9);
        std::optional<double> baseline;
        if (opt.baseline
            && (wanted(opt, "bulk_create") || wanted(opt, "interactive_update")
                || wanted(opt, "open_first_page") || wanted(opt, "keyset_page")
                || wanted(opt, "fts_query")))
            baseline = rawBulkCreate(rawPath, opt.records, 1, opt.batch);
        if (wanted(opt, "bulk_create"))
            printFigure(u"bulk_create"_s, rate, u"records/s"_s, baseline, true);
    }

    // ---- interactive_update: one record, its own transaction, audit included ----
    if (wanted(opt, "interactive_update")) {
        auto wb = Workbook::open(ours, OpenOptions {u"bench"_s});
        RecordStore store(**wb);
        Random r(2);
        const qint64 first =
            (*wb)->db().scalar("SELECT min(id) FROM record WHERE type = 'task'")->toLongLong();
        QList<double> times;
        for (int i = 0; i < 1000; ++i) {
            const qint64 id = first + r.below(int(opt.records));
            Result<Record> cur = store.load(id);
            QElapsedTimer t;
            t.start();
            auto v = store.update(
                id, {{u"description"_s, description(r)}, {u"priority"_s, 1 + r.below(5)}},
                cur->version);
            times << t.nsecsElapsed() / 1e6;
            if (!v.ok()) {
                std::fprintf(stderr, "update failed: %s\n", qPrintable(v.error().fullText()));
                return 1;
            }
        }
        // Raw: the same statements, its own transaction each.
        Raw raw(rawPath);
        sqlite3_stmt *tail = raw.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        sqlite3_stmt *ver = raw.prepare("SELECT version FROM record WHERE id = ?1");
        sqlite3_stmt *up = raw.prepare(
            "UPDATE record SET updated_at = ?1, updated_by = 'bench', version = version + 1 "
            "WHERE id = ?2 AND version = ?3");
        sqlite3_stmt *upt =
            raw.prepare("UPDATE task SET description = ?1, priority = ?2 WHERE id = ?3");
        sqlite3_stmt *aud =
            raw.prepare("INSERT INTO audit(seq, at, user_name, record_id, human_id, action, field, "
                        "old_value, new_value, version, hash) VALUES (?1, ?2, 'bench', ?3, 'TSK', "
                        "'update', 'description', NULL, ?4, ?5, ?6)");
        sqlite3_stmt *del = raw.prepare("DELETE FROM search_index WHERE rowid = ?1");
        sqlite3_stmt *ins =
            raw.prepare("INSERT INTO search_index(rowid, title, body) VALUES (?1, 'x', ?2)");
        const qint64 rawFirst = 2;
        QList<double> rawTimes;
        for (int i = 0; i < 1000; ++i) {
            const qint64 id = rawFirst + r.below(int(opt.records));
            const QString de = description(r);
            QElapsedTimer t;
            t.start();
            raw.exec("BEGIN IMMEDIATE");
            sqlite3_step(tail);
            const qint64 seq = sqlite3_column_int64(tail, 0) + 1;
            const QString prev =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(tail, 1)));
            sqlite3_reset(tail);
            sqlite3_bind_int64(ver, 1, id);
            sqlite3_step(ver);
            const int version = sqlite3_column_int(ver, 0);
            sqlite3_reset(ver);
            const QString at = nowStored();
            bindText(up, 1, at);
            sqlite3_bind_int64(up, 2, id);
            sqlite3_bind_int64(up, 3, version);
            sqlite3_step(up);
            sqlite3_reset(up);
            bindText(upt, 1, de);
            sqlite3_bind_int64(upt, 2, 1 + r.below(5));
            sqlite3_bind_int64(upt, 3, id);
            sqlite3_step(upt);
            sqlite3_reset(upt);
            AuditEntry e;
            e.seq = seq;
            e.at = at;
            e.newValue = de;
            const QString hash = AuditLog::chainHash(prev, e);
            sqlite3_bind_int64(aud, 1, seq);
            bindText(aud, 2, at);
            sqlite3_bind_int64(aud, 3, id);
            bindText(aud, 4, de);
            sqlite3_bind_int64(aud, 5, version + 1);
            bindText(aud, 6, hash);
            sqlite3_step(aud);
            sqlite3_reset(aud);
            sqlite3_bind_int64(del, 1, id);
            sqlite3_step(del);
            sqlite3_reset(del);
            sqlite3_bind_int64(ins, 1, id);
            bindText(ins, 2, de);
            sqlite3_step(ins);
            sqlite3_reset(ins);
            raw.exec("COMMIT");
            rawTimes << t.nsecsElapsed() / 1e6;
        }
        for (sqlite3_stmt *s : {tail, ver, up, upt, aud, del, ins})
            sqlite3_finalize(s);
        printFigure(u"interactive_update"_s, median(times), u"ms"_s, median(rawTimes));
    }

    ListSpec spec;
    spec.type = u"task"_s;
    spec.sortField = u"title"_s;
    spec.columns = {u"title"_s, u"state"_s, u"owner"_s, u"priority"_s, u"updated_at"_s};
    const QByteArray rawPageSql =
        "SELECT r.id, r.human_id, r.version, r.title COLLATE NOCASE, r.title, r.state, r.owner, "
        "t.priority, "
        "r.updated_at FROM record r JOIN task t ON t.id = r.id WHERE r.type = 'task' "
        "ORDER BY r.title COLLATE NOCASE, r.id LIMIT 200";

    // ---- open_first_page: open the workbook, first sorted page of 200 ----
    if (wanted(opt, "open_first_page")) {
        QList<double> times;
        QList<double> rawTimes;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            auto wb = Workbook::open(ours, OpenOptions {u"bench"_s});
            auto q = RecordQuery::prepare(spec);
            auto page = q->page((*wb)->db(), std::nullopt, 200);
            times << t.nsecsElapsed() / 1e6;
            if (!page.ok() || page->size() != 200)
                return 1;

            QElapsedTimer rt;
            rt.start();
            sqlite3 *db = nullptr;
            sqlite3_open_v2(rawPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, rawPageSql.constData(), -1, &st, nullptr);
            int rows = 0;
            while (sqlite3_step(st) == SQLITE_ROW)
                ++rows;
            sqlite3_finalize(st);
            rawTimes << rt.nsecsElapsed() / 1e6;
            sqlite3_close_v2(db);
        }
        printFigure(u"open_first_page"_s, median(times), u"ms"_s, median(rawTimes));
    }

    // ---- keyset_page: a page of 200 anywhere in the list ----
    if (wanted(opt, "keyset_page")) {
        auto wb = Workbook::open(ours, OpenOptions {u"bench"_s});
        auto q = RecordQuery::prepare(spec);
        Random r(3);
        QList<double> times;
        QList<double> rawTimes;
        const QByteArray keysetSql =
            "SELECT r.id, r.human_id, r.version, r.title COLLATE NOCASE, r.title, r.state, "
            "r.owner, t.priority, "
            "r.updated_at FROM record r JOIN task t ON t.id = r.id WHERE r.type = 'task' AND "
            "r.title COLLATE NOCASE >= ?1 AND (r.title COLLATE NOCASE > ?1 OR r.id > ?2) ORDER BY "
            "r.title COLLATE NOCASE, r.id LIMIT 200";
        Raw raw(rawPath);
        sqlite3_stmt *rst = raw.prepare(keysetSql.constData());
        // The first rounds only warm the caches of both files; the next fifty are timed.
        for (int i = -10; i < 50; ++i) {
            const qint64 offset = r.below(int(opt.records - 200));
            auto key = q->keyAt((*wb)->db(), offset);
            QElapsedTimer t;
            t.start();
            auto page = q->page((*wb)->db(), **key, 200);
            if (i >= 0)
                times << t.nsecsElapsed() / 1e6;
            if (!page.ok() || page->size() != 200)
                return 1;
            QElapsedTimer rt;
            rt.start();
            bindText(rst, 1, (*key)->value.toString());
            sqlite3_bind_int64(rst, 2, (*key)->id);
            while (sqlite3_step(rst) == SQLITE_ROW) { }
            sqlite3_reset(rst);
            if (i >= 0)
                rawTimes << rt.nsecsElapsed() / 1e6;
        }
        sqlite3_finalize(rst);
        printFigure(u"keyset_page"_s, median(times), u"ms"_s, median(rawTimes));
    }

    // ---- fts_query: two words, top 50 ----
    if (wanted(opt, "fts_query")) {
        auto wb = Workbook::open(ours, OpenOptions {u"bench"_s});
        Random r(4);
        QList<double> times;
        QList<double> rawTimes;
        Raw raw(rawPath);
        sqlite3_stmt *rst = raw.prepare("SELECT r.id, r.type, r.human_id, r.title, r.state, s.rank "
                                        "FROM (SELECT rowid, rank FROM "
                                        "search_index WHERE search_index MATCH ?1 ORDER BY rank "
                                        "LIMIT 50) s JOIN record r ON r.id = s.rowid "
                                        "ORDER BY s.rank");
        // A hundred queries: common words make slow ones, so the median needs many.
        for (int i = -10; i < 100; ++i) {
            const QString q = r.word() + u' ' + r.word();
            QElapsedTimer t;
            t.start();
            auto hits = Search::query((*wb)->db(), q, {}, 50);
            if (i >= 0)
                times << t.nsecsElapsed() / 1e6;
            if (!hits.ok())
                return 1;
            QElapsedTimer rt;
            rt.start();
            bindText(rst, 1, SearchText::toQuery(q));
            while (sqlite3_step(rst) == SQLITE_ROW) { }
            sqlite3_reset(rst);
            if (i >= 0)
                rawTimes << rt.nsecsElapsed() / 1e6;
        }
        sqlite3_finalize(rst);
        printFigure(u"fts_query"_s, median(times), u"ms"_s, median(rawTimes));
    }

    // ---- check: the whole workbook; baseline is SQLite's own integrity_check ----
    if (wanted(opt, "check")) {
        auto wb = Workbook::open(ours, OpenOptions {u"bench"_s});
        QElapsedTimer t;
        t.start();
        QString lastStage;
        qint64 lastAt = 0;
        auto report = IntegrityCheck::run(**wb, [&](const QString &stage) {
            if (stage != lastStage) {
                if (!lastStage.isEmpty())
                    std::fprintf(stderr, "  check stage %-40s %6lld ms\n", qPrintable(lastStage),
                                 t.elapsed() - lastAt);
                lastStage = stage;
                lastAt = t.elapsed();
            }
            return true;
        });
        std::fprintf(stderr, "  check stage %-40s %6lld ms\n", qPrintable(lastStage),
                     t.elapsed() - lastAt);
        const double secs = t.elapsed() / 1000.0;
        if (!report.ok() || !report->healthy()) {
            std::fprintf(stderr, "check failed or found problems\n");
            return 1;
        }
        QElapsedTimer rt;
        rt.start();
        (*wb)->db().scalar("PRAGMA integrity_check");
        printFigure(u"check"_s, secs, u"s"_s, rt.elapsed() / 1000.0);
    }

    if (int rc = cmdbFigures(opt, tmp.path()); rc != 0)
        return rc;
    if (wanted(opt, "incident_queue_page") || wanted(opt, "sla_recompute")
        || wanted(opt, "incident_stats") || wanted(opt, "import_bpi") || wanted(opt, "ke_suggest")
        || wanted(opt, "problem_candidates"))
        return incidentFigures(opt, tmp.path());
    return 0;
}
