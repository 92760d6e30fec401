#include "knowledge.h"

#include "records/recordstore.h"
#include "records/searchtext.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

// How much a shared field counts beside the text: a perfect text match counts 1. The CI is
// the most specific, the category the least.
constexpr double ServiceWeight = 0.3;
constexpr double CategoryWeight = 0.2;
constexpr double CiWeight = 0.45;
// How many full-text matches, and matches of each shared field, are ranked together.
constexpr int TextCandidates = 60;
constexpr int FieldCandidates = 40;
// A word in more than this share of the entries is left out of the query (see below), once
// there are enough entries for it to matter; if every word is that common, the rarest one
// stays if it is in fewer than a quarter of them.
constexpr int CommonShareDivisor = 33;
constexpr int VeryCommonShareDivisor = 4;
constexpr qint64 CheapToRank = 5000; // entries FTS5 ranks in a few milliseconds
constexpr qint64 PruneFrom = 500;
constexpr int MaxWords = 16; // of an incident's text, as Search::similar takes them

struct Candidate
{
    double text = 0; // 0..1, relative to the best full-text match
    bool textMatch = false;
};

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// How many entries hold a word, per workbook file. Reading it costs a pass over the word's
// entries in the index, a millisecond for a word most entries hold, so counts are kept until
// the number of entries has changed by a twentieth: a suggestion's query only needs to know
// which words are common.
class DocCounts
{
public:
    std::optional<qint64> find(const QString &file, qint64 entries, const QString &term)
    {
        QMutexLocker lock(&m_mutex);
        Counts &c = m_files[file];
        if (qAbs(c.entries - entries) * 20 > qMax<qint64>(entries, 1)) {
            c.entries = entries;
            c.docs.clear();
        }
        const auto it = c.docs.constFind(term);
        if (it == c.docs.constEnd())
            return std::nullopt;
        return *it;
    }
    void insert(const QString &file, const QString &term, qint64 docs)
    {
        QMutexLocker lock(&m_mutex);
        Counts &c = m_files[file];
        if (c.docs.size() > 100000)
            c.docs.clear();
        c.docs.insert(term, docs);
    }

private:
    struct Counts
    {
        qint64 entries = 0;
        QHash<QString, qint64> docs;
    };
    QMutex m_mutex;
    QHash<QString, Counts> m_files;
};

DocCounts &docCounts()
{
    static DocCounts counts;
    return counts;
}

// A word nearly every known error holds says little about which one matches, and bm25 gives
// it almost no weight, but it makes FTS5 rank nearly every entry. The query keeps the words
// in fewer than a thirty-third of the entries (or the rarest, if none is and it is in fewer
// than a quarter of them, or in few enough to rank quickly anyway).
Result<QString> distinctiveQuery(Database &db, const QString &text)
{
    const QStringList words = SearchText::distinctiveWords(text, MaxWords);
    if (words.isEmpty())
        return QString();
    Statement total = db.prepare(
        "SELECT coalesce(sum(live_count), 0), (SELECT file FROM pragma_database_list WHERE name "
        "= 'main') FROM record_type WHERE type IN ('known_error', 'kb_article')");
    if (!total.next())
        return total.error();
    const qint64 entries = total.int64(0);
    const QString file = total.text(1);
    total.reset();
    if (entries < PruneFrom)
        return SearchText::anyOf(words);
    Statement doc = db.prepare("SELECT doc FROM knowledge_vocab WHERE term = ?1");
    QList<std::pair<qint64, QString>> counted;
    for (const QString &word : words) {
        std::optional<qint64> n = docCounts().find(file, entries, word);
        if (!n) {
            doc.bind(1, word);
            const bool found = doc.next();
            if (doc.error().isError())
                return doc.error();
            // An English word the index does not hold matches nothing; other scripts may be
            // folded differently by the tokenizer, so they stay.
            n = found ? doc.int64(0) : (isAscii(word) ? -1 : 0);
            doc.reset();
            docCounts().insert(file, word, *n);
        }
        if (*n >= 0)
            counted.append({*n, word});
    }
    std::sort(counted.begin(), counted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList kept;
    for (const auto &[n, word] : std::as_const(counted)) {
        if (n <= entries / CommonShareDivisor)
            kept << word;
    }
    if (kept.isEmpty() && !counted.isEmpty()
        && counted.first().first <= qMax(entries / VeryCommonShareDivisor, CheapToRank))
        kept << counted.first().second;
    return SearchText::anyOf(kept);
}

} // namespace

Result<QList<Suggestion>> Knowledge::suggest(Database &db, const SuggestionQuery &query, int limit)
{
    QHash<qint64, Candidate> candidates;
    Result<QString> fts = distinctiveQuery(db, query.text);
    if (!fts.ok())
        return fts.error();
    if (!fts->isEmpty()) {
        Statement st = db.prepare("SELECT rowid, rank FROM knowledge_index WHERE knowledge_index "
                                  "MATCH ?1 ORDER BY rank LIMIT ?2");
        st.bind(1, *fts).bind(2, qint64(TextCandidates));
        double best = 0;
        while (st.next()) {
            // bm25 is negative, the best the most.
            const double rank = st.real(1);
            if (best == 0)
                best = rank;
            Candidate &c = candidates[st.int64(0)];
            c.textMatch = true;
            c.text = best < 0 ? rank / best : 1.0;
        }
        if (st.error().isError())
            return st.error();
    }
    const QString service = query.service.trimmed();
    const QString category = query.category.trimmed();
    const QString ci = query.ci.trimmed();
    // The newest entries sharing each field, each read from its own index: the CI first (the
    // most specific), then service and category together, then each alone.
    auto byFields = [&](const char *sql, const QString &a, const QString &b) -> Error {
        if (a.isEmpty() || (b.isNull() ? false : b.isEmpty()))
            return {};
        Statement st = db.prepare(sql);
        st.bind(1, a);
        if (!b.isNull())
            st.bind(2, b);
        st.bind(3, qint64(FieldCandidates));
        while (st.next()) {
            if (!candidates.contains(st.int64(0)))
                candidates.insert(st.int64(0), Candidate());
        }
        return st.error();
    };
    const QString none;
    const std::pair<const char *, std::pair<QString, QString>> fieldQueries[] = {
        {"SELECT id FROM known_error WHERE affected_ci = ?1 ORDER BY id DESC LIMIT ?3", {ci, none}},
        {"SELECT id FROM known_error WHERE service = ?1 AND category = ?2 ORDER BY id DESC "
         "LIMIT ?3",
         {service, category}},
        {"SELECT id FROM known_error WHERE service = ?1 ORDER BY id DESC LIMIT ?3",
         {service, none}},
        {"SELECT id FROM known_error WHERE category = ?1 ORDER BY id DESC LIMIT ?3",
         {category, none}},
        {"SELECT id FROM kb_article WHERE service = ?1 ORDER BY id DESC LIMIT ?3", {service, none}},
        {"SELECT id FROM kb_article WHERE category = ?1 ORDER BY id DESC LIMIT ?3",
         {category, none}},
    };
    for (const auto &[sql, values] : fieldQueries) {
        if (Error e = byFields(sql, values.first, values.second); e.isError())
            return e;
    }
    if (candidates.isEmpty())
        return QList<Suggestion>();

    QSet<qint64> linked;
    if (query.excludeLinkedTo > 0) {
        Statement st = db.prepare("SELECT to_id FROM link WHERE from_id = ?1 UNION SELECT "
                                  "from_id FROM link WHERE to_id = ?1");
        st.bind(1, query.excludeLinkedTo);
        while (st.next())
            linked.insert(st.int64(0));
        if (st.error().isError())
            return st.error();
    }

    // One row per candidate: what it is and the fields it shares.
    Statement detail = db.prepare(
        "SELECT r.type, r.human_id, r.title, r.state, coalesce(k.workaround, ''), "
        "coalesce(k.problem, ''), coalesce(k.service, a.service, ''), "
        "coalesce(k.category, a.category, ''), coalesce(k.affected_ci, '') FROM record r "
        "LEFT JOIN known_error k ON k.id = r.id LEFT JOIN kb_article a ON a.id = r.id "
        "WHERE r.id = ?1");
    QList<Suggestion> out;
    for (auto it = candidates.constBegin(); it != candidates.constEnd(); ++it) {
        if (linked.contains(it.key()))
            continue;
        detail.bind(1, it.key());
        if (!detail.next()) {
            if (detail.error().isError())
                return detail.error();
            continue;
        }
        Suggestion s;
        s.id = it.key();
        s.type = detail.text(0);
        s.humanId = detail.text(1);
        s.title = detail.text(2);
        s.state = detail.text(3);
        s.workaround = detail.text(4);
        s.problem = detail.text(5);
        const bool usable = (s.type == u"known_error"_s && s.state == u"active"_s)
            || (s.type == u"kb_article"_s && s.state == u"published"_s);
        if (usable) {
            s.textMatch = it->textMatch;
            s.sameService =
                !service.isEmpty() && detail.text(6).compare(service, Qt::CaseInsensitive) == 0;
            s.sameCategory =
                !category.isEmpty() && detail.text(7).compare(category, Qt::CaseInsensitive) == 0;
            s.sameCi = !ci.isEmpty() && detail.text(8).compare(ci, Qt::CaseInsensitive) == 0;
            s.score = it->text + (s.sameService ? ServiceWeight : 0)
                + (s.sameCategory ? CategoryWeight : 0) + (s.sameCi ? CiWeight : 0);
            out.append(s);
        }
        detail.reset();
    }
    std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.type != b.type)
            return a.type == u"known_error"_s;
        return a.id > b.id;
    });
    if (out.size() > limit)
        out.resize(qMax(0, limit));
    return out;
}

Result<qint64> Knowledge::applyWorkaround(RecordStore &store, qint64 incidentId,
                                          qint64 knownErrorId)
{
    if (Error e = store.workbook().requireWritable(); e.isError())
        return e;
    Database &db = store.workbook().db();
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    Result<Record> incident = store.load(incidentId);
    if (!incident.ok())
        return incident.error();
    Result<Record> ke = store.load(knownErrorId);
    if (!ke.ok())
        return ke.error();
    if (ke->type != u"known_error"_s)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 is no known error: only a known error has a workaround to apply.")
                         .arg(ke->humanId));
    if (ke->state != u"active"_s)
        return Error(
            ErrorCode::LifecycleRefused,
            Tr::tr("%1 is retired: its workaround is no longer offered.").arg(ke->humanId));
    const QString workaround = ke->fields.value(u"workaround"_s).toString().trimmed();
    if (workaround.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 has no workaround written yet.").arg(ke->humanId));
    {
        Statement st = db.prepare("SELECT 1 FROM link WHERE from_id = ?1 AND to_id = ?2 AND kind "
                                  "= 'applies_known_error'");
        st.bind(1, incidentId).bind(2, knownErrorId);
        if (st.next())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The workaround of %1 was already applied to %2.")
                             .arg(ke->humanId, incident->humanId));
        if (st.error().isError())
            return st.error();
    }
    if (Error e = store.link(incidentId, knownErrorId, u"applies_known_error"_s); e.isError())
        return e;
    const QString note = Tr::tr("Workaround from known error %1 (%2):").arg(ke->humanId, ke->title)
        + u"\n"_s + workaround;
    Result<qint64> noteId = store.addNote(incidentId, note, false);
    if (!noteId.ok())
        return noteId.error();
    if (Error e = tx.commit(); e.isError())
        return e;
    return *noteId;
}

Error Knowledge::useArticle(RecordStore &store, qint64 recordId, qint64 articleId)
{
    return store.link(recordId, articleId, u"uses_article"_s);
}

Result<QList<ArticleVersion>> Knowledge::versions(Database &db, qint64 articleId)
{
    Statement st = db.prepare(
        "SELECT version_no, title, coalesce(body, ''), written_at, written_by, "
        "coalesce(approved_at, ''), coalesce(approved_by, '') FROM kb_article_version WHERE "
        "article_id = ?1 ORDER BY version_no DESC");
    st.bind(1, articleId);
    QList<ArticleVersion> out;
    while (st.next())
        out.append({int(st.int64(0)), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                    st.text(6)});
    if (st.error().isError())
        return st.error();
    return out;
}

Result<qint64> Knowledge::timesApplied(Database &db, qint64 knownErrorId)
{
    Statement st =
        db.prepare("SELECT count(*) FROM link WHERE to_id = ?1 AND kind = 'applies_known_error'");
    st.bind(1, knownErrorId);
    if (!st.next())
        return st.error();
    return st.int64(0);
}

Result<QList<qint64>> Knowledge::dueForReview(Database &db, const QString &today)
{
    Statement st = db.prepare(
        "SELECT a.id FROM kb_article a JOIN record r ON r.id = a.id WHERE r.state = 'published' "
        "AND a.review_date IS NOT NULL AND a.review_date <= ?1 ORDER BY a.review_date, a.id");
    st.bind(1, today);
    QList<qint64> out;
    while (st.next())
        out << st.int64(0);
    if (st.error().isError())
        return st.error();
    return out;
}

} // namespace sb
