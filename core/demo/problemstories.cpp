#include "demostories.h"

#include "clock.h"
#include "incident/prioritymatrix.h"
#include "problem/effectiveness.h"
#include "problem/knowledge.h"
#include "problem/rca.h"
#include "problem/trends.h"
#include "records/recordstore.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

QString storedAt(qint64 ms)
{
    return toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

// The value of a field|value line in a [problem_*] or [article_*] seed section.
QString seedField(const Seeds &s, const QString &section, const QString &field)
{
    for (const QStringList &line : s.value(section)) {
        if (line.value(0) == field)
            return line.mid(1).join(u'|');
    }
    return {};
}

// The Markdown lines of an article (body|) or of its second version (more|).
QString seedBody(const Seeds &s, const QString &section, const QString &field)
{
    QStringList lines;
    for (const QStringList &line : s.value(section)) {
        if (line.value(0) == field)
            lines << line.mid(1).join(u'|');
    }
    return lines.join(u'\n');
}

// The chain of causes written in a [problem_*] section, timeline events at their time of day
// on the day of `originMs` (the story's first incident).
QString seedChain(const Seeds &s, const QString &section, qint64 originMs)
{
    QList<RcaEntry> entries;
    for (const QStringList &line : s.value(section)) {
        const QString kind = line.value(0);
        RcaEntry e;
        if (kind == u"why"_s) {
            e.text = line.value(1);
            e.root = line.value(2) == u"root"_s;
        } else if (kind == u"cause"_s) {
            e.category = line.value(1);
            e.text = line.value(2);
            e.root = line.value(3) == u"root"_s;
        } else if (kind == u"event"_s) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(originMs, QTimeZone::utc()).date();
            e.at = toStoredTime(
                QDateTime(day, QTime::fromString(line.value(1), u"HH:mm"_s), QTimeZone::utc()));
            e.text = line.value(2);
            e.root = line.value(3) == u"root"_s;
        } else {
            continue;
        }
        entries << e;
    }
    return RcaChain::serialize(entries);
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// What the problem stories share: the store, the people, the services, and the time they
// are told from.
struct Stories
{
    RecordStore &store;
    const Seeds &s;
    Random &rnd;
    const PriorityMatrix &matrix;
    const QStringList &logins;
    const QStringList &groupNames;
    const QStringList &serviceIds;
    DemoSummary *sum;
    qint64 now = 0;

    int priority(int impact, int urgency) const
    {
        const Result<int> p = matrix.priority(impact, urgency);
        return p.ok() ? *p : 3;
    }
    QString group(int i) const { return groupNames.value(i % int(groupNames.size())); }
    // A problem manager of the demo (every ninth person holds the role, from the sixth on).
    QString problemManager() const { return logins.value(5, logins.value(0)); }

    enum class Outcome { Open, Resolved, Closed };
    // An incident of a story, taken over with its own times as the desk's tickets are.
    Result<qint64> incident(const QStringList &text, int service, const QString &category,
                            const QString &ci, qint64 opened, Outcome outcome,
                            const QString &caller = {}, bool reopened = false)
    {
        QVariantMap v {{u"title"_s, text.value(0)},
                       {u"description"_s, text.value(1)},
                       {u"impact"_s, 2},
                       {u"urgency"_s, 3},
                       {u"priority"_s, priority(2, 3)},
                       {u"channel"_s, rnd.chance(50) ? u"phone"_s : u"portal"_s},
                       {u"category"_s, category},
                       {u"service"_s, serviceIds.value(service % int(serviceIds.size()))},
                       {u"caller"_s, caller.isEmpty() ? rnd.pick(logins) : caller},
                       {u"opened_at"_s, storedAt(opened)},
                       {u"assignment_group"_s, group(service % 3 + 1)},
                       {u"assignee"_s, rnd.pick(logins)}};
        if (!ci.isEmpty())
            v.insert(u"affected_ci"_s, ci);
        if (reopened) {
            v.insert(u"reopen_count"_s, 1);
            v.insert(u"reopened_at"_s, storedAt(opened + 26 * HourMs));
        }
        QString state = u"in_progress"_s;
        if (outcome != Outcome::Open) {
            const qint64 resolved = opened + (3 + rnd.below(20)) * HourMs;
            v.insert(u"resolution_code"_s, u"workaround"_s);
            v.insert(u"resolution_notes"_s, rnd.pick(s.value(u"resolution"_s)).value(1));
            v.insert(u"resolved_at"_s, storedAt(resolved));
            state = u"resolved"_s;
            if (outcome == Outcome::Closed) {
                v.insert(u"closed_at"_s, storedAt(resolved + 72 * HourMs));
                v.insert(u"closure"_s, u"customer_confirmed"_s);
                state = u"closed"_s;
            }
        }
        Result<RecordRef> r = store.importCreate(u"incident"_s, v, state);
        if (!r.ok())
            return r.error();
        ++sum->incidents;
        return r->id;
    }

    // The known error the write path recorded for a problem.
    Result<qint64> knownErrorOf(qint64 problemId)
    {
        Result<QList<LinkInfo>> links = store.links(problemId);
        if (!links.ok())
            return links.error();
        for (const LinkInfo &l : *links) {
            if (l.kind == u"known_error_of"_s)
                return l.otherId;
        }
        return Error(ErrorCode::Internal,
                     Tr::tr("No known error was recorded for the demo's problem."));
    }

    Error link(qint64 from, qint64 to, const QString &kind)
    {
        Error e = store.link(from, to, kind);
        if (e.isOk())
            ++sum->links;
        return e;
    }

    Error unloggedTrend();
    Error underInvestigation();
    Result<qint64> knownErrorVpn();
    Result<qint64> knownErrorPortal();
    Result<qint64> resolvedPast(const QString &section, const QString &storyBefore,
                                const QString &storyAfter, int service, const QString &category,
                                const QString &ci, int daysBefore, int resolvedDaysAgo,
                                bool closed);
    Error articles(qint64 vpnKnownError, qint64 portalKnownError, qint64 payrollProblem);
};

// Wi-Fi on the fourth floor: enough incidents on one access controller to be a candidate,
// and nobody has logged a problem yet. One caller rings three times.
Error Stories::unloggedTrend()
{
    const auto &texts = s.value(u"story_wifi"_s);
    const QString caller = logins.value(7, logins.value(0));
    const int daysAgo[] = {17, 12, 9, 6, 3, 1};
    for (int i = 0; i < texts.size() && i < 6; ++i) {
        const Outcome o = i < 4 ? Outcome::Resolved : Outcome::Open;
        Result<qint64> r = incident(texts[i], 3, u"Network"_s, u"wlc-hq-02"_s,
                                    now - daysAgo[i] * DayMs - (2 + i) * HourMs, o,
                                    i % 2 == 0 ? caller : QString());
        if (!r.ok())
            return r.error();
    }
    return {};
}

// External mail: a problem logged from the trend, the analysis half way through five whys.
Error Stories::underInvestigation()
{
    const auto &texts = s.value(u"story_mail"_s);
    const int daysAgo[] = {24, 19, 14, 8, 4, 2};
    QList<qint64> ids;
    for (int i = 0; i < texts.size() && i < 6; ++i) {
        Result<qint64> r = incident(texts[i], 0, u"Software"_s, u"mail-relay-01"_s,
                                    now - daysAgo[i] * DayMs - 3 * HourMs,
                                    i < 5 ? Outcome::Resolved : Outcome::Open);
        if (!r.ok())
            return r.error();
        ids << *r;
    }
    const QString sec = u"problem_mail"_s;
    Result<qint64> p =
        Trends::createProblem(store,
                              {{u"title"_s, seedField(s, sec, u"title"_s)},
                               {u"description"_s, seedField(s, sec, u"description"_s)},
                               {u"service"_s, serviceIds.value(0)},
                               {u"category"_s, u"Software"_s},
                               {u"affected_ci"_s, u"mail-relay-01"_s},
                               {u"impact"_s, 2},
                               {u"urgency"_s, 2},
                               {u"problem_manager"_s, problemManager()},
                               {u"assignment_group"_s, group(2)}},
                              ids);
    if (!p.ok())
        return p.error();
    ++sum->problems;
    sum->links += int(ids.size());
    Result<int> v = store.transition(*p, u"under_investigation"_s,
                                     {{u"rca_method"_s, u"five_whys"_s},
                                      {u"rca_chain"_s, seedChain(s, sec, now)},
                                      {u"contributing_factors"_s, seedField(s, sec, u"factors"_s)},
                                      {u"assignee"_s, logins.value(11, logins.value(0))}});
    return v.ok() ? Error() : v.error();
}

// The VPN: cause and effect found the root cause and a workaround, so the problem is a known
// error; agents applied the workaround to the incidents still open.
Result<qint64> Stories::knownErrorVpn()
{
    const auto &texts = s.value(u"story_vpn"_s);
    const int daysAgo[] = {27, 20, 13, 5, 1};
    QList<qint64> ids;
    for (int i = 0; i < texts.size() && i < 5; ++i) {
        Result<qint64> r = incident(texts[i], 1, u"Network"_s, u"vpn-gw-01"_s,
                                    now - daysAgo[i] * DayMs - 5 * HourMs,
                                    i < 3 ? Outcome::Closed : Outcome::Open, {}, i == 1 || i == 2);
        if (!r.ok())
            return r.error();
        ids << *r;
    }
    const QString sec = u"problem_vpn"_s;
    Result<qint64> p =
        Trends::createProblem(store,
                              {{u"title"_s, seedField(s, sec, u"title"_s)},
                               {u"description"_s, seedField(s, sec, u"description"_s)},
                               {u"service"_s, serviceIds.value(1)},
                               {u"category"_s, u"Network"_s},
                               {u"affected_ci"_s, u"vpn-gw-01"_s},
                               {u"impact"_s, 2},
                               {u"urgency"_s, 2},
                               {u"problem_manager"_s, problemManager()},
                               {u"assignment_group"_s, group(1)},
                               {u"detected_by"_s, u"incident"_s},
                               {u"needs_change"_s, true}},
                              ids);
    if (!p.ok())
        return p.error();
    ++sum->problems;
    sum->links += int(ids.size());
    if (Result<int> v = store.transition(*p, u"under_investigation"_s); !v.ok())
        return v.error();
    // The entry marked as the root names the root cause; with the workaround the write path
    // records the known error.
    if (Result<int> v = store.update(*p,
                                     {{u"rca_method"_s, u"cause_effect"_s},
                                      {u"rca_chain"_s, seedChain(s, sec, now)},
                                      {u"contributing_factors"_s, seedField(s, sec, u"factors"_s)},
                                      {u"workaround"_s, seedField(s, sec, u"workaround"_s)}});
        !v.ok())
        return v.error();
    if (Result<int> v = store.transition(*p, u"known_error"_s); !v.ok())
        return v.error();
    Result<qint64> ke = knownErrorOf(*p);
    if (!ke.ok())
        return ke.error();
    ++sum->knownErrors;
    for (qsizetype i = 3; i < ids.size(); ++i) {
        if (Result<qint64> n = Knowledge::applyWorkaround(store, ids[i], *ke); !n.ok())
            return n.error();
        ++sum->links;
    }
    return ke;
}

// The portal: the cause was clear from the first report; recorded as a known error at once.
Result<qint64> Stories::knownErrorPortal()
{
    const QString sec = u"problem_portal"_s;
    Result<RecordRef> p = store.create(u"problem"_s,
                                       {{u"title"_s, seedField(s, sec, u"title"_s)},
                                        {u"description"_s, seedField(s, sec, u"description"_s)},
                                        {u"service"_s, serviceIds.value(6)},
                                        {u"category"_s, u"Access"_s},
                                        {u"affected_ci"_s, u"portal-web-01"_s},
                                        {u"impact"_s, 3},
                                        {u"urgency"_s, 2},
                                        {u"problem_manager"_s, problemManager()},
                                        {u"assignment_group"_s, group(4)},
                                        {u"detected_by"_s, u"incident"_s}});
    if (!p.ok())
        return p.error();
    ++sum->problems;
    if (Result<int> v = store.transition(p->id, u"known_error"_s,
                                         {{u"root_cause"_s, seedField(s, sec, u"root"_s)},
                                          {u"workaround"_s, seedField(s, sec, u"workaround"_s)}});
        !v.ok())
        return v.error();
    Result<qint64> ke = knownErrorOf(p->id);
    if (ke.ok())
        ++sum->knownErrors;
    return ke;
}

// A problem fixed weeks ago, told as taken over with its own times: its incidents, the
// problem with its analysis and fix, and its known error, retired with the fix. When
// `storyAfter` names incidents, they came back after the fix.
Result<qint64> Stories::resolvedPast(const QString &sec, const QString &storyBefore,
                                     const QString &storyAfter, int service,
                                     const QString &category, const QString &ci, int daysBefore,
                                     int resolvedDaysAgo, bool closed)
{
    const auto &before = s.value(storyBefore);
    QList<qint64> ids;
    // The first report comes in when the desk opens, 07:45 (UTC, as the times are stored).
    const QDate firstDay =
        QDateTime::fromMSecsSinceEpoch(now - daysBefore * DayMs, QTimeZone::utc()).date();
    const qint64 first = QDateTime(firstDay, QTime(7, 45), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < before.size(); ++i) {
        Result<qint64> r =
            incident(before[i], service, category.isEmpty() ? u"Software"_s : category, ci,
                     first + i * (DayMs + 2 * HourMs), Outcome::Closed);
        if (!r.ok())
            return r.error();
        ids << *r;
    }
    const qint64 logged = first + 20 * HourMs;
    const qint64 rootAt = logged + 3 * DayMs;
    const qint64 resolvedAt = now - resolvedDaysAgo * DayMs - 6 * HourMs;
    const QString root = seedField(s, sec, u"root"_s);
    const QString workaround = seedField(s, sec, u"workaround"_s);
    const QList<QStringList> lines = s.value(sec);
    const bool timeline = std::any_of(lines.cbegin(), lines.cend(), [](const QStringList &l) {
        return l.value(0) == u"event"_s;
    });
    QVariantMap v {{u"title"_s, seedField(s, sec, u"title"_s)},
                   {u"description"_s, seedField(s, sec, u"description"_s)},
                   {u"service"_s, serviceIds.value(service % int(serviceIds.size()))},
                   {u"category"_s, orNull(category)},
                   {u"affected_ci"_s, ci},
                   {u"impact"_s, 2},
                   {u"urgency"_s, 2},
                   {u"priority"_s, priority(2, 2)},
                   {u"problem_manager"_s, problemManager()},
                   {u"assignment_group"_s, group(service % 3 + 2)},
                   {u"detected_by"_s, u"incident"_s},
                   {u"rca_method"_s, timeline ? u"timeline"_s : u"five_whys"_s},
                   {u"rca_chain"_s, seedChain(s, sec, first)},
                   {u"contributing_factors"_s, seedField(s, sec, u"factors"_s)},
                   {u"root_cause"_s, orNull(root)},
                   {u"workaround"_s, workaround},
                   {u"resolution"_s, seedField(s, sec, u"resolution"_s)},
                   {u"logged_at"_s, storedAt(logged)},
                   {u"root_cause_at"_s, storedAt(rootAt)},
                   {u"resolved_at"_s, storedAt(resolvedAt)}};
    if (closed)
        v.insert(u"closed_at"_s, storedAt(resolvedAt + 7 * DayMs));
    Result<RecordRef> p = store.importCreate(u"problem"_s, v, closed ? u"closed"_s : u"resolved"_s);
    if (!p.ok())
        return p.error();
    ++sum->problems;
    for (qint64 id : std::as_const(ids)) {
        if (Error e = link(id, p->id, u"related_problem"_s); e.isError())
            return e;
    }
    // Taken over, so the write path records no known error by itself: it is taken over too.
    Result<Record> problem = store.load(p->id);
    if (!problem.ok())
        return problem.error();
    Result<RecordRef> ke =
        store.importCreate(u"known_error"_s,
                           {{u"title"_s, problem->title},
                            {u"symptom"_s, problem->fields.value(u"description"_s)},
                            {u"root_cause"_s, problem->fields.value(u"root_cause"_s)},
                            {u"workaround"_s, workaround},
                            {u"service"_s, problem->fields.value(u"service"_s)},
                            {u"category"_s, problem->fields.value(u"category"_s)},
                            {u"affected_ci"_s, ci},
                            {u"problem"_s, problem->humanId},
                            {u"identified_at"_s, storedAt(rootAt)},
                            {u"retired_at"_s, storedAt(resolvedAt)}},
                           u"retired"_s);
    if (!ke.ok())
        return ke.error();
    ++sum->knownErrors;
    if (Error e = link(ke->id, p->id, u"known_error_of"_s); e.isError())
        return e;
    const auto &after = s.value(storyAfter);
    const int afterDays[] = {9, 2};
    for (int i = 0; i < after.size() && i < 2; ++i) {
        Result<qint64> r = incident(
            after[i], service, category.isEmpty() ? u"Software"_s : category, ci,
            now - afterDays[i] * DayMs - 4 * HourMs, i == 0 ? Outcome::Closed : Outcome::Open);
        if (!r.ok())
            return r.error();
    }
    return p->id;
}

// Articles the desk writes down: published after review (one revised once), one due for its
// review, one still in review.
Error Stories::articles(qint64 vpnKnownError, qint64 portalKnownError, qint64 payrollProblem)
{
    struct Article
    {
        const char *section;
        int service;
        const char *category;
        const char *audience;
        int reviewInDays; // from today; negative: overdue
        const char *state;
        qint64 documents;
    };
    const Article list[] = {
        {"article_vpn", 1, "Network", "agents", 180, "published", vpnKnownError},
        {"article_portal", 6, "Access", "customers", 365, "published", portalKnownError},
        {"article_payroll", 5, "Software", "agents", -5, "published", payrollProblem},
        {"article_mail", 0, "Software", "customers", 270, "published", 0},
        {"article_wifi", 3, "Network", "agents", 90, "in_review", 0},
    };
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    for (const Article &a : list) {
        const QString sec = QString::fromLatin1(a.section);
        const QString service = serviceIds.value(a.service % int(serviceIds.size()));
        Result<RecordRef> r =
            store.create(u"kb_article"_s,
                         {{u"title"_s, seedField(s, sec, u"title"_s)},
                          {u"body"_s, seedBody(s, sec, u"body"_s)},
                          {u"audience"_s, QString::fromLatin1(a.audience)},
                          {u"service"_s, service},
                          {u"category"_s, QString::fromLatin1(a.category)},
                          {u"keywords"_s, seedField(s, sec, u"keywords"_s)},
                          {u"review_date"_s, today.addDays(a.reviewInDays).toString(Qt::ISODate)}});
        if (!r.ok())
            return r.error();
        ++sum->articles;
        if (const QString more = seedBody(s, sec, u"more"_s); !more.isEmpty()) {
            const QString body = seedBody(s, sec, u"body"_s) + u'\n' + more;
            if (Result<int> v = store.update(r->id, {{u"body"_s, body}}); !v.ok())
                return v.error();
        }
        if (Result<int> v = store.transition(r->id, u"in_review"_s); !v.ok())
            return v.error();
        if (QLatin1String(a.state) == QLatin1String("published")) {
            if (Result<int> v = store.transition(r->id, u"published"_s); !v.ok())
                return v.error();
        }
        if (a.documents > 0) {
            if (Error e = link(r->id, a.documents, u"documents"_s); e.isError())
                return e;
        }
        Result<qint64> serviceRecord = store.resolve(service);
        if (serviceRecord.ok()) {
            if (Error e = link(r->id, *serviceRecord, u"documents"_s); e.isError())
                return e;
        }
    }
    return {};
}

} // namespace

Error addProblems(RecordStore &store, const Seeds &s, Random &rnd, const QStringList &logins,
                  const QStringList &groupNames, const QStringList &serviceIds, DemoSummary *sum)
{
    Result<PriorityMatrix> matrix = PriorityMatrix::load(store.workbook().db());
    if (!matrix.ok())
        return matrix.error();
    Stories st {store, s, rnd, *matrix, logins, groupNames, serviceIds, sum};
    st.now = currentUtc().toMSecsSinceEpoch();
    if (Error e = st.unloggedTrend(); e.isError())
        return e;
    if (Error e = st.underInvestigation(); e.isError())
        return e;
    Result<qint64> vpn = st.knownErrorVpn();
    if (!vpn.ok())
        return vpn.error();
    Result<qint64> portal = st.knownErrorPortal();
    if (!portal.ok())
        return portal.error();
    Result<qint64> payroll =
        st.resolvedPast(u"problem_payroll"_s, u"story_payroll_before"_s, u"story_payroll_after"_s,
                        5, u"Software"_s, u"batch-sched-01"_s, 38, 28, false);
    if (!payroll.ok())
        return payroll.error();
    Result<qint64> erp =
        st.resolvedPast(u"problem_erp"_s, u"story_erp"_s, {}, 4, {}, u"erp-db-02"_s, 41, 37, true);
    if (!erp.ok())
        return erp.error();
    if (Error e = st.articles(*vpn, *portal, *payroll); e.isError())
        return e;
    // What came back after a fix is marked as a problem manager's review would mark it.
    Result<qint64> recurred = ProblemEffectiveness::markRecurrences(store);
    return recurred.ok() ? Error() : recurred.error();
}

} // namespace sb
