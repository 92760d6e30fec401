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
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Nothing to search for in \"%1\".").arg(text));
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

Error Search::index(Database &db, qint64 recordId, const QString &title, const QString &body,
                    bool replace)
{
    if (replace) {
        if (Error e = remove(db, recordId); e.isError())
            return e;
    }
    Statement st = db.prepare("INSERT INTO search_index(rowid, title, body) VALUES (?1, ?2, ?3)");
    st.bind(1, recordId).bind(2, SearchText::forIndex(title)).bind(3, SearchText::forIndex(body));
    return st.exec();
}

Error Search::remove(Database &db, qint64 recordId)
{
    Statement st = db.prepare("DELETE FROM search_index WHERE rowid = ?1");
    st.bind(1, recordId);
    return st.exec();
}

} // namespace sb
