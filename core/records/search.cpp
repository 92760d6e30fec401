#include "search.h"

#include "searchtext.h"
#include "storage/database.h"

#include <QCoreApplication>

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

namespace {

// Index entries wait in a temporary table and go into the full-text index together just
// before the transaction commits. Written one by one between the record's other rows, each
// statement that opens a statement journal makes FTS5 flush its pending terms: a tiny index
// segment per record, three times the cost of one batch.
Error flushPending(Database &db)
{
    if (!db.isMarkedInTransaction("search"))
        return {};
    if (Error e = db.exec("DELETE FROM search_index WHERE rowid IN "
                          "(SELECT id FROM temp.sb_pending_search WHERE existed)");
        e.isError())
        return e;
    if (Error e = db.exec("INSERT INTO search_index(rowid, title, body) SELECT id, title, body "
                          "FROM temp.sb_pending_search WHERE title IS NOT NULL ORDER BY id");
        e.isError())
        return e;
    return db.exec("DELETE FROM temp.sb_pending_search");
}

Error queue(Database &db, qint64 recordId, const QString &title, const QString &body, bool existed)
{
    if (db.transactionDepth() == 0)
        return Error(ErrorCode::Internal, u"index entries are written inside a transaction"_s);
    if (db.markInTransaction("search")) {
        // Created in the transaction so that it is there whatever an earlier one rolled back.
        if (Error e = db.exec("CREATE TEMP TABLE IF NOT EXISTS sb_pending_search(id INTEGER "
                              "PRIMARY KEY, title TEXT, body TEXT, existed INTEGER NOT NULL)");
            e.isError())
            return e;
        if (!db.hasCommitHook("search"))
            db.setCommitHook("search", flushPending);
    }
    Statement st = db.prepare(
        "INSERT INTO temp.sb_pending_search(id, title, body, existed) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, body = excluded.body, "
        "existed = existed OR excluded.existed");
    st.bind(1, recordId);
    if (title.isNull()) {
        st.bindNull(2).bindNull(3);
    } else {
        st.bind(2, SearchText::forIndex(title));
        st.bind(3, SearchText::forIndex(body));
    }
    st.bind(4, existed);
    return st.exec();
}

} // namespace

Error Search::index(Database &db, qint64 recordId, const QString &title, const QString &body,
                    bool replace)
{
    // A title is never empty, so a null one is free to mean "removed".
    return queue(db, recordId, title.isNull() ? u""_s : title, body, replace);
}

Error Search::remove(Database &db, qint64 recordId)
{
    return queue(db, recordId, QString(), QString(), true);
}

} // namespace sb
