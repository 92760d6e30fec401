#include "search.h"

#include "searchtext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QVariant>

#include <map>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};
} // namespace

Result<QList<SearchHit>> Search::query(Database &db, const QString &text, const QString &type,
                                       int limit)
{
    const QString fts = SearchText::toQuery(text);
    if (fts.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Nothing to search for in \"%1\".").arg(text));
    // Ranked inside FTS5 first (its ORDER BY rank is the fast path), then joined to the
    // records; a type filter reads on through the ranked list until it has enough.
    Statement st = type.isEmpty()
        ? db.prepare("SELECT r.id, r.type, r.human_id, r.title, r.state, s.rank FROM "
                     "(SELECT rowid, rank FROM search_index WHERE search_index MATCH ?1 "
                     "ORDER BY rank LIMIT ?3) s JOIN record r ON r.id = s.rowid ORDER BY s.rank")
        : db.prepare("SELECT r.id, r.type, r.human_id, r.title, r.state, s.rank FROM "
                     "(SELECT rowid, rank FROM search_index WHERE search_index MATCH ?1 "
                     "ORDER BY rank) s JOIN record r ON r.id = s.rowid WHERE r.type = ?2 "
                     "ORDER BY s.rank LIMIT ?3");
    st.bind(1, fts);
    if (!type.isEmpty())
        st.bind(2, type);
    st.bind(3, qint64(qMax(1, limit)));
    QList<SearchHit> out;
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.real(5)});
    if (st.error().isError()) {
        if (st.error().code() == ErrorCode::Internal)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The search \"%1\" could not be understood.").arg(text),
                         st.error().detail());
        return st.error();
    }
    return out;
}

Result<QList<SearchHit>> Search::similar(Database &db, const QString &text, qint64 excludeId,
                                         const QString &type, int limit)
{
    const QString fts = SearchText::toSimilarQuery(text);
    if (fts.isEmpty())
        return QList<SearchHit>();
    // The best matches in FTS5's own ranked order, read on until enough of the type remain.
    Statement st = db.prepare(
        "SELECT r.id, r.type, r.human_id, r.title, r.state, s.rank FROM (SELECT rowid, rank "
        "FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?4) s JOIN record r "
        "ON r.id = s.rowid WHERE r.id <> ?2 AND (ifnull(?3, '') = '' OR r.type = ?3) ORDER BY "
        "s.rank "
        "LIMIT ?5");
    st.bind(1, fts).bind(2, excludeId).bind(3, type);
    st.bind(4, qint64(qMax(1, limit) * 20)).bind(5, qint64(qMax(1, limit)));
    QList<SearchHit> out;
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.real(5)});
    if (st.error().isError())
        return st.error();
    return out;
}

namespace {

// Index entries wait in memory and go into the full-text index together just before the
// transaction commits. Written one by one between the record's other rows, each statement
// that opens a statement journal makes FTS5 flush its pending terms: a tiny index segment per
// record, three times the cost of one batch. The list belongs to the transaction: one that
// rolls back leaves it behind, and the next starts empty.
struct PendingEntry
{
    QString title; // null: the record is gone
    QString body;
    bool existed = false; // the index may hold an older entry to replace
    bool knowledge = false; // also offered to incident handling (knowledge_index)
};
using PendingSearch = std::map<qint64, PendingEntry>;

constexpr char pendingKey[] = "search.pending";

PendingSearch *pendingIn(QVariant &slot)
{
    if (slot.metaType() != QMetaType::fromType<PendingSearch>())
        slot = QVariant::fromValue(PendingSearch());
    return static_cast<PendingSearch *>(slot.data());
}

Error flushPending(Database &db)
{
    if (!db.isMarkedInTransaction("search"))
        return {};
    PendingSearch *pending = pendingIn(db.transactionValue(pendingKey));
    Statement del = db.prepare("DELETE FROM search_index WHERE rowid = ?1");
    for (const auto &[id, entry] : *pending) {
        if (!entry.existed)
            continue;
        del.bind(1, id);
        if (Error e = del.exec(); e.isError())
            return e;
        // A removed record may have been offered to incident handling; its type is gone.
        if (entry.knowledge || entry.title.isNull()) {
            Statement delKnowledge = db.prepare("DELETE FROM knowledge_index WHERE rowid = ?1");
            delKnowledge.bind(1, id);
            if (Error e = delKnowledge.exec(); e.isError())
                return e;
        }
    }
    Statement ins = db.prepare("INSERT INTO search_index(rowid, title, body) VALUES (?1, ?2, ?3)");
    for (const auto &[id, entry] : *pending) {
        if (entry.title.isNull())
            continue;
        ins.bind(1, id).bind(2, entry.title).bind(3, entry.body);
        if (Error e = ins.exec(); e.isError())
            return e;
        if (entry.knowledge) {
            Statement insKnowledge =
                db.prepare("INSERT INTO knowledge_index(rowid, title, body) VALUES (?1, ?2, ?3)");
            insKnowledge.bind(1, id).bind(2, entry.title).bind(3, entry.body);
            if (Error e = insKnowledge.exec(); e.isError())
                return e;
        }
    }
    pending->clear();
    return {};
}

Error queue(Database &db, qint64 recordId, const QString &title, const QString &body, bool existed,
            bool knowledge)
{
    if (db.transactionDepth() == 0)
        return Error(ErrorCode::Internal, u"index entries are written inside a transaction"_s);
    if (db.markInTransaction("search") && !db.hasCommitHook("search"))
        db.setCommitHook("search", flushPending);
    PendingSearch *pending = pendingIn(db.transactionValue(pendingKey));
    auto [it, added] = pending->try_emplace(recordId);
    PendingEntry &entry = it->second;
    entry.existed = entry.existed || existed;
    entry.knowledge = entry.knowledge || knowledge;
    if (title.isNull()) {
        entry.title = QString();
        entry.body = QString();
    } else {
        entry.title = SearchText::forIndex(title);
        entry.body = SearchText::forIndex(body);
    }
    return {};
}

} // namespace

Error Search::index(Database &db, qint64 recordId, const QString &title, const QString &body,
                    bool replace, bool knowledge)
{
    // A title is never empty, so a null one is free to mean "removed".
    return queue(db, recordId, title.isNull() ? u""_s : title, body, replace, knowledge);
}

Error Search::remove(Database &db, qint64 recordId)
{
    return queue(db, recordId, QString(), QString(), true, false);
}

} // namespace sb
