#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;

struct SearchHit
{
    qint64 id = 0;
    QString type;
    QString humanId;
    QString title;
    QString state;
    double score = 0; // lower is better (SQLite's bm25)
};

// Full-text search over every record at once, ranked; titles weigh more than other text.
class SB_CORE_EXPORT Search
{
public:
    static Result<QList<SearchHit>> query(Database &db, const QString &text,
                                          const QString &type = {}, int limit = 50);

    // Keep the index of one record up to date, inside the caller's write transaction: the
    // entries land in the index when that transaction commits (searches made inside it do
    // not see them yet).
    // Records like a text (see SearchText::toSimilarQuery), best first, leaving out one record
    // (the one the text comes from); `type` empty: any. Empty when the text has nothing
    // distinctive.
    static Result<QList<SearchHit>> similar(Database &db, const QString &text, qint64 excludeId,
                                            const QString &type = {}, int limit = 10);
    // `knowledge`: the record is also offered to incident handling (known errors and
    // articles: knowledge_index, see problem/knowledge.h).
    static Error index(Database &db, qint64 recordId, const QString &title, const QString &body,
                       bool replace, bool knowledge = false);
    static Error remove(Database &db, qint64 recordId);
};

} // namespace sb
