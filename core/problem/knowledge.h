#pragma once

#include "core_global.h"
#include "records/record.h"
#include "result.h"

#include <QList>
#include <QString>

namespace sb {

class Database;
class RecordStore;

// What an incident being written says about itself: the text and the fields a known error or
// an article may share with it.
struct SuggestionQuery
{
    QString text; // title and description, as typed
    QString service;
    QString category;
    QString ci;
    qint64 excludeLinkedTo = 0; // an incident: leave out what is already linked to it
};

struct Suggestion
{
    qint64 id = 0;
    QString type; // known_error or kb_article
    QString humanId;
    QString title;
    QString state;
    QString workaround; // known errors: what to do now
    QString problem; // known errors: the problem it came from (human ID)
    double score = 0; // higher is better
    bool textMatch = false;
    bool sameService = false;
    bool sameCategory = false;
    bool sameCi = false;
};

// One saved version of a knowledge article.
struct ArticleVersion
{
    int number = 0;
    QString title;
    QString body; // Markdown
    QString writtenAt;
    QString writtenBy;
    QString approvedAt; // empty: not approved
    QString approvedBy;
};

// Known errors and knowledge articles as incident handling meets them (R-INC-3, 2018 7.6).
class SB_CORE_EXPORT Knowledge
{
public:
    // Active known errors and published articles that match an incident, best first: ranked
    // by full-text match (knowledge_index) and by a shared service, category and CI. Known
    // errors come before articles of the same score.
    static Result<QList<Suggestion>> suggest(Database &db, const SuggestionQuery &query,
                                             int limit = 10);

    // "Apply workaround": links the incident to the known error (applies_known_error) and
    // writes the workaround as a work note on the incident, in one transaction. Returns the
    // note's id. Applying a known error already linked is refused.
    static Result<qint64> applyWorkaround(RecordStore &store, qint64 incidentId,
                                          qint64 knownErrorId);
    // "Used this article": links the incident or problem to the article (uses_article).
    static Error useArticle(RecordStore &store, qint64 recordId, qint64 articleId);

    // Newest first.
    static Result<QList<ArticleVersion>> versions(Database &db, qint64 articleId);
    // How many incidents a known error was applied to.
    static Result<qint64> timesApplied(Database &db, qint64 knownErrorId);
    // Published articles whose review date has passed by `today` (YYYY-MM-DD).
    static Result<QList<qint64>> dueForReview(Database &db, const QString &today);
};

} // namespace sb
