#include "cli.h"
#include "output.h"

#include "problem/effectiveness.h"
#include "problem/knowledge.h"
#include "problem/trends.h"
#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr const char problemUsage[] =
    "servicebench problem candidates FILE [--window DAYS] [--min N] [--by service|ci|category] "
    "[--min-repeat N] [--json]\n"
    "servicebench problem effectiveness FILE [--json]\n"
    "servicebench problem recurrences FILE [--json]\n"
    "servicebench problem suggest FILE TEXT [--service S] [--category C] [--ci CI] [--limit N] "
    "[--json]\n"
    "servicebench problem apply-workaround FILE INCIDENT KNOWN_ERROR [--json]\n"
    "servicebench problem from-incidents FILE --title TEXT [--set FIELD=VALUE ...] INCIDENT... "
    "[--json]";

int usage(const QString &message)
{
    return usageError(message, QString::fromUtf8(problemUsage));
}

// A whole number option within bounds; the fallback when it is not given.
bool boundedInt(const Args &a, const QString &name, int low, int high, int fallback, int *out,
                QString *error)
{
    *out = fallback;
    if (!a.has(name))
        return true;
    bool ok = false;
    const int v = a.value(name).trimmed().toInt(&ok);
    if (!ok || v < low || v > high) {
        *error = Tr::tr("--%1 expects a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(low)
                     .arg(high)
                     .arg(a.value(name));
        return false;
    }
    *out = v;
    return true;
}

QString dimensionCode(TrendDimension by)
{
    switch (by) {
    case TrendDimension::Service: return u"service"_s;
    case TrendDimension::Ci: return u"ci"_s;
    case TrendDimension::Category: return u"category"_s;
    }
    return {};
}

QString kindCode(ProblemCandidate::Kind k)
{
    switch (k) {
    case ProblemCandidate::Kind::Group: return u"group"_s;
    case ProblemCandidate::Kind::RepeatCaller: return u"repeat_caller"_s;
    case ProblemCandidate::Kind::Reopened: return u"reopened"_s;
    }
    return {};
}

QString kindText(const ProblemCandidate &c)
{
    switch (c.kind) {
    case ProblemCandidate::Kind::Group: return Trends::dimensionLabel(c.by);
    case ProblemCandidate::Kind::RepeatCaller: return Tr::tr("Repeat caller");
    case ProblemCandidate::Kind::Reopened: return Tr::tr("Reopened");
    }
    return {};
}

// A stored UTC time as a person reads it in a table: minutes, no zone letter.
QString shownTime(const QString &stored)
{
    return stored.isEmpty() ? u"-"_s : stored.left(16).replace(u'T', u' ');
}

// A padded table cell that keeps one space before the next column even when it overflows.
QString cell(const QString &text, int width)
{
    return displayWidth(text) >= width ? text + u' ' : padded(text, width);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue hoursOrNull(qint64 h)
{
    return h < 0 ? QJsonValue() : QJsonValue(h);
}

// Incidents name their service by its ID ("SVC-3"): the table also says which service it is.
QString serviceTitle(RecordStore &store, const QString &key)
{
    if (!key.contains(u'-'))
        return {};
    Result<qint64> id = store.resolve(key);
    if (!id.ok())
        return {};
    Result<Record> r = store.load(*id);
    return r.ok() && r->type == u"service"_s ? r->title : QString();
}

int candidates(const Args &a, Workbook &wb, RecordStore &store, const CandidateOptions &o)
{
    Result<QList<ProblemCandidate>> found = Trends::candidates(wb.db(), o);
    if (!found.ok())
        return fail(found.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const ProblemCandidate &c : *found) {
            QJsonObject obj {{u"kind"_s, kindCode(c.kind)},
                             {u"key"_s, textOrNull(c.key)},
                             {u"count"_s, c.count},
                             {u"open"_s, c.open},
                             {u"first"_s, textOrNull(c.firstAt)},
                             {u"last"_s, textOrNull(c.lastAt)},
                             {u"problem"_s, textOrNull(c.problem)}};
            if (c.kind == ProblemCandidate::Kind::Group) {
                obj.insert(u"by"_s, dimensionCode(c.by));
                if (c.by == TrendDimension::Service) {
                    if (const QString t = serviceTitle(store, c.key); !t.isEmpty())
                        obj.insert(u"key_title"_s, t);
                }
            }
            arr.append(obj);
        }
        printJson(QJsonObject {{u"by"_s, dimensionCode(o.by)},
                               {u"window_days"_s, o.windowDays},
                               {u"min"_s, o.minCount},
                               {u"candidates"_s, arr}});
        return ExitOk;
    }
    QTextStream &t = out();
    if (found->isEmpty()) {
        t << Tr::tr("No candidates: no group reaches %1 incidents in the last %n day(s), no "
                    "caller called %2 times, nothing was reopened.",
                    nullptr, o.windowDays)
                 .arg(o.minCount)
                 .arg(o.minRepeat)
          << Qt::endl;
        return ExitOk;
    }
    const QStringList heads {Tr::tr("Kind"),  Tr::tr("Key"),  Tr::tr("Count"),  Tr::tr("Open"),
                             Tr::tr("First"), Tr::tr("Last"), Tr::tr("Problem")};
    const int widths[] = {20, 32, 7, 6, 18, 18, 10};
    for (int i = 0; i < heads.size(); ++i)
        t << padded(heads[i], widths[i]);
    t << "\n";
    for (const ProblemCandidate &c : *found) {
        QString key = c.key.isEmpty() ? u"-"_s : c.key;
        if (c.kind == ProblemCandidate::Kind::Group && c.by == TrendDimension::Service) {
            if (const QString title = serviceTitle(store, c.key); !title.isEmpty())
                key += u' ' + title;
        }
        const QString cells[] = {kindText(c),
                                 key,
                                 QLocale().toString(c.count),
                                 QLocale().toString(c.open),
                                 shownTime(c.firstAt),
                                 shownTime(c.lastAt),
                                 c.problem.isEmpty() ? u"-"_s : c.problem};
        for (int i = 0; i < 7; ++i)
            t << cell(cells[i], widths[i]);
        t << "\n";
    }
    t.flush();
    return ExitOk;
}

int effectiveness(const Args &a, Workbook &wb)
{
    Result<QList<ProblemOutcome>> review = ProblemEffectiveness::review(wb.db());
    if (!review.ok())
        return fail(review.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const ProblemOutcome &p : *review)
            arr.append(
                QJsonObject {{u"id"_s, p.humanId},
                             {u"title"_s, p.title},
                             {u"state"_s, p.state},
                             {u"logged_at"_s, textOrNull(p.loggedAt)},
                             {u"root_cause_at"_s, textOrNull(p.rootCauseAt)},
                             {u"resolved_at"_s, textOrNull(p.resolvedAt)},
                             {u"hours_to_root_cause"_s, hoursOrNull(p.hoursToRootCause)},
                             {u"hours_to_resolution"_s, hoursOrNull(p.hoursToResolution)},
                             {u"linked_incidents"_s, p.linkedIncidents},
                             {u"recurred"_s, p.recurred()},
                             {u"recurrences"_s, QJsonArray::fromStringList(p.recurrenceIds)}});
        printJson(QJsonObject {{u"problems"_s, arr}});
        return ExitOk;
    }
    QTextStream &t = out();
    if (review->isEmpty()) {
        t << Tr::tr("No problem has been resolved yet.") << Qt::endl;
        return ExitOk;
    }
    const QStringList heads {Tr::tr("Problem"),    Tr::tr("State"),    Tr::tr("Resolved"),
                             Tr::tr("h to cause"), Tr::tr("h to fix"), Tr::tr("Recurred")};
    const int widths[] = {10, 14, 18, 12, 10, 0};
    for (int i = 0; i < heads.size(); ++i)
        t << padded(heads[i], widths[i]);
    t << "\n";
    int recurred = 0;
    for (const ProblemOutcome &p : *review) {
        const QString cells[] = {
            p.humanId,
            RecordTypes::stateLabel(p.state),
            shownTime(p.resolvedAt),
            p.hoursToRootCause < 0 ? u"-"_s : QLocale().toString(p.hoursToRootCause),
            p.hoursToResolution < 0 ? u"-"_s : QLocale().toString(p.hoursToResolution),
            p.recurred() ? Tr::tr("yes: %1").arg(p.recurrenceIds.join(u", "_s)) : Tr::tr("no")};
        for (int i = 0; i < 6; ++i)
            t << cell(cells[i], widths[i]);
        t << "\n" << u"          "_s << p.title << "\n";
        if (p.recurred())
            ++recurred;
    }
    t << Tr::tr("%n resolved problem(s), ", nullptr, int(review->size()))
      << Tr::tr("%n recurred after the fix.", nullptr, recurred) << "\n";
    t.flush();
    return ExitOk;
}

int suggest(const Args &a, Workbook &wb)
{
    SuggestionQuery q;
    q.text = a.positional(2);
    q.service = a.value(u"service"_s);
    q.category = a.value(u"category"_s);
    q.ci = a.value(u"ci"_s);
    if (q.text.trimmed().isEmpty() && q.service.isEmpty() && q.category.isEmpty() && q.ci.isEmpty())
        return usage(Tr::tr("Say what the incident is about: a text, --service, --category or "
                            "--ci."));
    int limit = 10;
    QString error;
    if (!boundedInt(a, u"limit"_s, 1, 200, 10, &limit, &error))
        return usage(error);
    Result<QList<Suggestion>> found = Knowledge::suggest(wb.db(), q, limit);
    if (!found.ok())
        return fail(found.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const Suggestion &s : *found) {
            QJsonArray matched;
            if (s.textMatch)
                matched.append(u"text"_s);
            if (s.sameService)
                matched.append(u"service"_s);
            if (s.sameCategory)
                matched.append(u"category"_s);
            if (s.sameCi)
                matched.append(u"ci"_s);
            arr.append(QJsonObject {{u"id"_s, s.humanId},
                                    {u"type"_s, s.type},
                                    {u"title"_s, s.title},
                                    {u"state"_s, s.state},
                                    {u"score"_s, qRound64(s.score * 1000) / 1000.0},
                                    {u"matched"_s, matched},
                                    {u"workaround"_s, textOrNull(s.workaround)},
                                    {u"problem"_s, textOrNull(s.problem)}});
        }
        printJson(arr);
        return ExitOk;
    }
    QTextStream &t = out();
    if (found->isEmpty()) {
        t << Tr::tr("No known error or article matches.") << Qt::endl;
        return ExitOk;
    }
    for (const Suggestion &s : *found) {
        QStringList why;
        if (s.textMatch)
            why << Tr::tr("text");
        if (s.sameService)
            why << Tr::tr("service");
        if (s.sameCategory)
            why << Tr::tr("category");
        if (s.sameCi)
            why << Tr::tr("CI");
        const QString kind = s.type == u"known_error"_s ? Tr::tr("Known error") : Tr::tr("Article");
        t << padded(s.humanId, 10) << padded(kind, 13) << s.title << "\n"
          << u"          "_s
          << Tr::tr("matches on %1; score %2")
                 .arg(why.join(u", "_s), QLocale().toString(s.score, 'f', 2));
        if (!s.problem.isEmpty())
            t << u"; "_s << Tr::tr("from %1").arg(s.problem);
        t << "\n";
        if (!s.workaround.isEmpty())
            t << u"          "_s << Tr::tr("Workaround: %1").arg(s.workaround.simplified()) << "\n";
    }
    t.flush();
    return ExitOk;
}

int applyWorkaround(const Args &a, RecordStore &store)
{
    Result<qint64> incident = store.resolve(a.positional(2));
    if (!incident.ok())
        return fail(incident.error());
    Result<qint64> knownError = store.resolve(a.positional(3));
    if (!knownError.ok())
        return fail(knownError.error());
    Result<qint64> note = Knowledge::applyWorkaround(store, *incident, *knownError);
    if (!note.ok())
        return fail(note.error());
    Result<Record> inc = store.load(*incident);
    Result<Record> ke = store.load(*knownError);
    const QString incId = inc.ok() ? inc->humanId : a.positional(2);
    const QString keId = ke.ok() ? ke->humanId : a.positional(3);
    if (a.flag(u"json"_s)) {
        printJson(
            QJsonObject {{u"incident"_s, incId}, {u"known_error"_s, keId}, {u"note"_s, *note}});
        return ExitOk;
    }
    out() << Tr::tr("%1 is worked around with %2; the workaround is written as a work note.")
                 .arg(incId, keId)
          << Qt::endl;
    return ExitOk;
}

int fromIncidents(const Args &a, RecordStore &store)
{
    QVariantMap values;
    for (const QString &item : a.values(u"set"_s)) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return usage(Tr::tr("\"%1\" is not FIELD=VALUE.").arg(item));
        values.insert(item.left(eq).trimmed(), item.mid(eq + 1));
    }
    if (a.has(u"title"_s))
        values.insert(u"title"_s, a.value(u"title"_s));
    if (values.value(u"title"_s).toString().trimmed().isEmpty())
        return usage(Tr::tr("A problem needs a title: --title TEXT."));
    QList<qint64> incidents;
    for (qsizetype i = 2; i < a.positional().size(); ++i) {
        Result<qint64> id = store.resolve(a.positional(int(i)));
        if (!id.ok())
            return fail(id.error());
        Result<Record> r = store.load(*id);
        if (!r.ok())
            return fail(r.error());
        if (r->type != u"incident"_s)
            return fail(Error(
                ErrorCode::InvalidInput,
                Tr::tr("%1 is no incident: a problem is created from incidents.").arg(r->humanId)));
        if (!incidents.contains(*id))
            incidents << *id;
    }
    Result<qint64> problem = Trends::createProblem(store, values, incidents);
    if (!problem.ok())
        return fail(problem.error());
    Result<Record> r = store.load(*problem);
    if (!r.ok())
        return fail(r.error());
    if (a.flag(u"json"_s))
        printJson(QJsonObject {{u"id"_s, r->humanId}, {u"incidents"_s, incidents.size()}});
    else
        out() << r->humanId << Qt::endl;
    return ExitOk;
}

int recurrences(const Args &a, RecordStore &store)
{
    Result<qint64> changed = ProblemEffectiveness::markRecurrences(store);
    if (!changed.ok())
        return fail(changed.error());
    if (a.flag(u"json"_s))
        printJson(QJsonObject {{u"recurred"_s, *changed}});
    else
        out() << Tr::tr("%n problem(s) newly marked as recurred after their fix.", nullptr,
                        int(*changed))
              << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdProblem(const Args &a)
{
    const QString action = a.positional(0);
    QString problem;
    const std::optional<ActionShape> shape =
        findAction(a,
                   {{"candidates", 2, 2, false},
                    {"effectiveness", 2, 2, false},
                    {"recurrences", 2, 2, true},
                    {"suggest", 2, 3, false},
                    {"apply-workaround", 4, 4, true},
                    {"from-incidents", 3, 10000, true}},
                   Tr::tr("Unknown problem action \"%1\".").arg(action), &problem);
    if (!shape)
        return usage(problem);

    // Options are checked before the workbook is opened: a typo costs nothing.
    CandidateOptions options;
    if (action == u"candidates"_s) {
        QString error;
        if (!boundedInt(a, u"window"_s, 1, 3650, options.windowDays, &options.windowDays, &error)
            || !boundedInt(a, u"min"_s, 2, 1000000, options.minCount, &options.minCount, &error)
            || !boundedInt(a, u"min-repeat"_s, 2, 1000000, options.minRepeat, &options.minRepeat,
                           &error))
            return usage(error);
        const QString by = a.value(u"by"_s, u"service"_s);
        if (by == u"service"_s)
            options.by = TrendDimension::Service;
        else if (by == u"ci"_s)
            options.by = TrendDimension::Ci;
        else if (by == u"category"_s)
            options.by = TrendDimension::Category;
        else
            return usage(Tr::tr("--by expects one of: service, ci, category, not \"%1\".").arg(by));
    }

    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), shape->writes);
    if (!wb.ok())
        return fail(wb.error(), true);
    RecordStore store(**wb);
    if (action == u"candidates"_s)
        return candidates(a, **wb, store, options);
    if (action == u"effectiveness"_s)
        return effectiveness(a, **wb);
    if (action == u"suggest"_s)
        return suggest(a, **wb);
    if (action == u"apply-workaround"_s)
        return applyWorkaround(a, store);
    if (action == u"from-incidents"_s)
        return fromIncidents(a, store);
    return recurrences(a, store);
}

} // namespace sb::cli
