#include "effectiveness.h"

#include "clock.h"
#include "records/recordstore.h"
#include "records/searchtext.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

// How long after its fix an incident still counts against a problem: later ones are a new
// problem's business, and the review stays quick on a long history.
constexpr int RecurrenceWindowDays = 180;
// Incidents of the same CI or category read per problem to compare texts with.
constexpr int SimilarCandidates = 5000;

// The distinctive words of a text (SearchText::distinctiveWords), English ones cut to their
// first four letters: "drops", "dropped" and "dropping" say the same thing, and no dictionary
// is at hand. A lone Chinese character says too little.
QSet<QString> termsOf(const QString &text)
{
    QSet<QString> out;
    for (const QString &w : SearchText::distinctiveWords(text)) {
        if (SearchText::isCjk(w.at(0).unicode())) {
            if (w.size() > 1)
                out.insert(w);
        } else {
            out.insert(w.left(4));
        }
    }
    return out;
}

bool similar(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    qsizetype shared = 0;
    const QSet<QString> &small = a.size() <= b.size() ? a : b;
    const QSet<QString> &large = a.size() <= b.size() ? b : a;
    for (const QString &t : small)
        shared += large.contains(t) ? 1 : 0;
    const qsizetype needed = qMax<qsizetype>(2, (small.size() * 2 + 4) / 5);
    return shared >= needed;
}

qint64 hoursBetween(const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty())
        return -1;
    const QDateTime a = fromStoredTime(from);
    const QDateTime b = fromStoredTime(to);
    if (!a.isValid() || !b.isValid())
        return -1;
    return qMax<qint64>(0, a.msecsTo(b) / 3600000);
}

struct ProblemRow
{
    ProblemOutcome o;
    QString service;
    QString category;
    QString ci;
    QString text;
};

const char *const problemSelect =
    "SELECT r.id, r.human_id, r.title, r.state, coalesce(p.logged_at, r.created_at), "
    "coalesce(p.root_cause_at, ''), coalesce(p.resolved_at, ''), coalesce(p.service, ''), "
    "coalesce(p.category, ''), coalesce(p.affected_ci, ''), coalesce(p.description, '') FROM "
    "problem p JOIN record r ON r.id = p.id ";

ProblemRow readProblem(Statement &st)
{
    ProblemRow row;
    row.o.id = st.int64(0);
    row.o.humanId = st.text(1);
    row.o.title = st.text(2);
    row.o.state = st.text(3);
    row.o.loggedAt = st.text(4);
    row.o.rootCauseAt = st.text(5);
    row.o.resolvedAt = st.text(6);
    row.service = st.text(7);
    row.category = st.text(8);
    row.ci = st.text(9);
    row.text = row.o.title + u'\n' + st.text(10);
    row.o.hoursToRootCause = hoursBetween(row.o.loggedAt, row.o.rootCauseAt);
    row.o.hoursToResolution = hoursBetween(row.o.loggedAt, row.o.resolvedAt);
    return row;
}

Error fillOutcome(Database &db, ProblemRow &row)
{
    ProblemOutcome &o = row.o;
    {
        Statement st = db.prepare("SELECT count(*) FROM link WHERE to_id = ?1 AND kind = "
                                  "'related_problem'");
        st.bind(1, o.id);
        if (!st.next())
            return st.error();
        o.linkedIncidents = st.int64(0);
    }
    if (o.resolvedAt.isEmpty() || (o.state != u"resolved"_s && o.state != u"closed"_s))
        return {};
    const QString fix = o.resolvedAt;
    const QString until = toStoredTime(fromStoredTime(fix).addDays(RecurrenceWindowDays));
    QSet<qint64> found;
    // Incidents after the fix worked around with the problem's known error, or linked to the
    // problem itself.
    {
        Statement st = db.prepare(
            "SELECT i.id FROM link k JOIN link a ON a.to_id = k.from_id AND a.kind = "
            "'applies_known_error' JOIN incident i ON i.id = a.from_id WHERE k.to_id = ?1 AND "
            "k.kind = 'known_error_of' AND i.opened_at > ?2 AND i.opened_at <= ?3 "
            "UNION SELECT i.id FROM link l JOIN incident i ON i.id = l.from_id WHERE l.to_id = ?1 "
            "AND l.kind IN ('related_problem', 'recurrence_of') AND i.opened_at > ?2 AND "
            "i.opened_at <= ?3");
        st.bind(1, o.id).bind(2, fix).bind(3, until);
        while (st.next())
            found.insert(st.int64(0));
        if (st.error().isError())
            return st.error();
    }
    // Incidents after the fix on the same CI, or of the same category and not of another
    // service, that say much the same as the problem, its known errors or the incidents
    // that led to it.
    if (!row.ci.isEmpty() || !row.category.isEmpty()) {
        QString text = row.text;
        Statement kes = db.prepare("SELECT k.title, coalesce(e.symptom, '') FROM link l JOIN "
                                   "record k ON k.id = l.from_id JOIN known_error e ON e.id = k.id "
                                   "WHERE l.to_id = ?1 AND l.kind = 'known_error_of'");
        kes.bind(1, o.id);
        while (kes.next())
            text += u'\n' + kes.text(0) + u'\n' + kes.text(1);
        // The incidents behind the problem say in users' words what the failure looks like.
        Statement before = db.prepare(
            "SELECT r.title FROM link l JOIN record r ON r.id = l.from_id JOIN incident i ON i.id "
            "= r.id WHERE l.to_id = ?1 AND l.kind = 'related_problem' AND i.opened_at <= ?2 "
            "ORDER BY i.opened_at DESC LIMIT 50");
        before.bind(1, o.id).bind(2, fix);
        while (before.next())
            text += u'\n' + before.text(0);
        if (before.error().isError())
            return before.error();
        const QSet<QString> terms = termsOf(text);
        Statement st = db.prepare(
            "SELECT i.id, r.title, substr(coalesce(i.description, ''), 1, 600) FROM incident i "
            "INDEXED BY incident_trend JOIN record r ON r.id = i.id WHERE i.opened_at > ?1 AND "
            "i.opened_at <= ?2 AND r.state <> 'cancelled' AND ((?3 <> '' AND i.affected_ci = ?3 "
            "COLLATE NOCASE) OR (?4 <> '' AND i.category = ?4 COLLATE NOCASE AND (?6 = '' OR "
            "coalesce(i.service, '') = '' OR i.service = ?6 COLLATE NOCASE))) ORDER BY "
            "i.opened_at LIMIT ?5");
        st.bind(1, fix).bind(2, until).bind(3, row.ci).bind(4, row.category);
        st.bind(5, qint64(SimilarCandidates)).bind(6, row.service);
        while (st.next()) {
            const qint64 id = st.int64(0);
            if (!found.contains(id) && similar(terms, termsOf(st.text(1) + u'\n' + st.text(2))))
                found.insert(id);
        }
        if (st.error().isError())
            return st.error();
    }
    if (found.isEmpty())
        return {};
    Statement st = db.prepare("SELECT r.human_id, i.opened_at FROM record r JOIN incident i ON "
                              "i.id = r.id WHERE r.id = ?1");
    QList<std::pair<QString, qint64>> ordered;
    QHash<qint64, QString> human;
    for (qint64 id : std::as_const(found)) {
        st.bind(1, id);
        if (st.next()) {
            ordered.append({st.text(1), id});
            human.insert(id, st.text(0));
        }
        st.reset();
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    for (const auto &[at, id] : std::as_const(ordered)) {
        o.recurrences << id;
        o.recurrenceIds << human.value(id);
    }
    return {};
}

// The opened_at of an incident, for the first recurrence's time.
QString openedAt(Database &db, qint64 incidentId)
{
    Statement st = db.prepare("SELECT opened_at FROM incident WHERE id = ?1");
    st.bind(1, incidentId);
    return st.next() ? st.text(0) : QString();
}

} // namespace

Result<QList<ProblemOutcome>> ProblemEffectiveness::review(Database &db,
                                                           const std::atomic_bool *cancel)
{
    QList<ProblemRow> rows;
    {
        Statement st = db.prepare(QByteArray(problemSelect)
                                  + "WHERE r.type = 'problem' AND r.state IN ('resolved', "
                                    "'closed') ORDER BY p.resolved_at DESC, r.id DESC");
        while (st.next())
            rows.append(readProblem(st));
        if (st.error().isError())
            return st.error();
    }
    QList<ProblemOutcome> out;
    for (ProblemRow &row : rows) {
        if (cancel && cancel->load())
            return Error(ErrorCode::Cancelled,
                         Tr::tr("The review of problem resolutions was cancelled."));
        if (Error e = fillOutcome(db, row); e.isError())
            return e;
        out.append(row.o);
    }
    return out;
}

Result<ProblemOutcome> ProblemEffectiveness::outcome(Database &db, qint64 problemId)
{
    Statement st = db.prepare(QByteArray(problemSelect) + "WHERE r.id = ?1");
    st.bind(1, problemId);
    if (!st.next()) {
        if (st.error().isError())
            return st.error();
        return Error(ErrorCode::NotFound,
                     Tr::tr("There is no problem with the id %1.").arg(problemId));
    }
    ProblemRow row = readProblem(st);
    st.reset();
    if (Error e = fillOutcome(db, row); e.isError())
        return e;
    return row.o;
}

Result<qint64> ProblemEffectiveness::markRecurrences(RecordStore &store,
                                                     const std::atomic_bool *cancel)
{
    if (Error e = store.workbook().requireWritable(); e.isError())
        return e;
    Database &db = store.workbook().db();
    Result<QList<ProblemOutcome>> outcomes = review(db, cancel);
    if (!outcomes.ok())
        return outcomes.error();
    qint64 changed = 0;
    for (const ProblemOutcome &o : std::as_const(*outcomes)) {
        if (!o.recurred())
            continue;
        if (cancel && cancel->load())
            break;
        WriteTransaction tx(db);
        if (Error e = tx.begin(); e.isError())
            return e;
        Result<Record> p = store.load(o.id);
        if (!p.ok())
            return p.error();
        QSet<qint64> linked;
        {
            Statement st =
                db.prepare("SELECT from_id FROM link WHERE to_id = ?1 AND kind = 'recurrence_of'");
            st.bind(1, o.id);
            while (st.next())
                linked.insert(st.int64(0));
            if (st.error().isError())
                return st.error();
        }
        bool any = false;
        for (qint64 id : o.recurrences) {
            if (linked.contains(id))
                continue;
            if (Error e = store.link(id, o.id, u"recurrence_of"_s); e.isError())
                return e;
            any = true;
        }
        const QString first = openedAt(db, o.recurrences.last());
        QVariantMap changes;
        if (!p->fields.value(u"recurred"_s).toBool())
            changes.insert(u"recurred"_s, true);
        if (p->fields.value(u"recurrence_count"_s).toLongLong() != o.recurrences.size())
            changes.insert(u"recurrence_count"_s, qint64(o.recurrences.size()));
        if (p->fields.value(u"recurred_at"_s).toString().isEmpty() && !first.isEmpty())
            changes.insert(u"recurred_at"_s, first);
        if (!changes.isEmpty()) {
            Result<int> v = store.update(o.id, changes, p->version);
            if (!v.ok())
                return v.error();
            any = true;
        }
        if (Error e = tx.commit(); e.isError())
            return e;
        changed += any ? 1 : 0;
    }
    return changed;
}

} // namespace sb
