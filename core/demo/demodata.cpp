#include "demodata.h"

#include "clock.h"
#include "incident/prioritymatrix.h"
#include "incident/ticketwork.h"
#include "problem/effectiveness.h"
#include "problem/knowledge.h"
#include "problem/rca.h"
#include "problem/trends.h"

#include "records/recordstore.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

// splitmix64: small, fast, and the same sequence everywhere (std:: distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

using Seeds = QHash<QString, QList<QStringList>>;

Result<Seeds> loadSeeds(const QString &language)
{
    const QString file = language.startsWith(u"zh"_s) ? u":/servicebench/demo/names_zh.txt"_s
                                                      : u":/servicebench/demo/names_en.txt"_s;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(ErrorCode::Internal, Tr::tr("The demo data seeds are missing."));
    Seeds seeds;
    QString section;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        seeds[section].append(line.split(u'|'));
    }
    return seeds;
}

QString numbered(const QString &name, int round, bool chinese)
{
    if (round == 0)
        return name;
    return chinese ? name + u'（' + QString::number(round + 1) + u'）'
                   : name + u' ' + QString::number(round + 1);
}

} // namespace

// Incidents and service requests of the last six weeks, with the history a real desk would
// have: written as taken over from another system, so each keeps its own opened, resolved and
// closed times (and its SLA clocks are measured from them).
Error addTickets(RecordStore &store, const Seeds &s, bool zh, int scale, Random &rnd,
                 const QStringList &logins, const QStringList &groupNames,
                 const QStringList &serviceNames, const QStringList &serviceIds,
                 const QStringList &customerIds, DemoSummary *sum)
{
    Result<PriorityMatrix> matrix = PriorityMatrix::load(store.workbook().db());
    if (!matrix.ok())
        return matrix.error();
    const auto &titles = s.value(u"incident"_s);
    const auto &resolutions = s.value(u"resolution"_s);
    const auto &requests = s.value(u"request"_s);
    const QStringList channels {u"phone"_s,  u"phone"_s, u"email"_s,      u"portal"_s,
                                u"portal"_s, u"chat"_s,  u"monitoring"_s, u"walk_in"_s};
    const QStringList categories {u"Hardware"_s, u"Software"_s, u"Software"_s,
                                  u"Network"_s,  u"Access"_s,   u"Request for information"_s};
    const QStringList pendingReasons {u"customer"_s, u"customer"_s, u"supplier"_s, u"change"_s};
    const qint64 now = currentUtc().toMSecsSinceEpoch();
    constexpr qint64 Hour = 3600 * 1000;
    auto stamp = [](qint64 ms) {
        return toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
    };
    // Mostly medium and low impact and urgency, as desks see them.
    auto level = [&rnd] {
        const int r = rnd.below(100);
        return r < 10 ? 1 : (r < 40 ? 2 : 3);
    };

    const int incidentCount = 60 * scale;
    for (int i = 0; i < incidentCount; ++i) {
        const int svc = rnd.below(int(serviceNames.size()));
        const int impact = level();
        const int urgency = level();
        const Result<int> prio = matrix->priority(impact, urgency);
        const int priority = prio.ok() ? *prio : 3;
        // Opened in working hours over the last six weeks; older tickets are mostly done.
        // Recent days hold more tickets than older ones.
        const qint64 opened =
            now - qint64(rnd.below(42 * 24)) * rnd.below(100) / 100 * Hour - rnd.below(3600) * 1000;
        const qint64 age = now - opened;
        // Time to resolve grows with the priority number: hours for P1, days for P5.
        // A few take much longer: waiting for a supplier, a change, a part.
        const qint64 toResolve =
            Hour * (1 + rnd.below(6 * priority * priority)) * (rnd.chance(12) ? 8 : 1);
        QString state;
        QVariantMap v {{u"title"_s, rnd.pick(titles).value(0).arg(serviceNames[svc])},
                       {u"impact"_s, impact},
                       {u"urgency"_s, urgency},
                       {u"priority"_s, priority},
                       {u"channel"_s, rnd.pick(channels)},
                       {u"category"_s, rnd.pick(categories)},
                       {u"service"_s, serviceIds[svc]},
                       {u"caller"_s, rnd.pick(logins)},
                       {u"opened_at"_s, stamp(opened)},
                       {u"major"_s, priority == 1}};
        if (!customerIds.isEmpty())
            v.insert(u"customer"_s, rnd.pick(customerIds));
        const bool assigned = age > Hour || rnd.chance(50);
        if (assigned) {
            v.insert(u"assignment_group"_s, rnd.pick(groupNames));
            if (rnd.chance(80))
                v.insert(u"assignee"_s, rnd.pick(logins));
        }
        if (toResolve < age) {
            const QStringList &res = rnd.pick(resolutions);
            v.insert(u"resolution_code"_s, res.value(0));
            v.insert(u"resolution_notes"_s, res.value(1));
            v.insert(u"resolved_at"_s, stamp(opened + toResolve));
            state = u"resolved"_s;
            if (opened + toResolve + 72 * Hour < now && rnd.chance(90)) {
                v.insert(u"closed_at"_s, stamp(opened + toResolve + 72 * Hour));
                state = u"closed"_s;
            }
        } else if (!assigned) {
            state = u"new"_s;
        } else {
            const int r = rnd.below(100);
            state = r < 25 ? u"assigned"_s : (r < 80 ? u"in_progress"_s : u"pending"_s);
            if (state == u"pending"_s)
                v.insert(u"pending_reason"_s, rnd.pick(pendingReasons));
        }
        const bool working = state != u"new"_s && state != u"resolved"_s && state != u"closed"_s;
        // Most tickets being worked have told their caller something since they were opened.
        if (working && rnd.chance(70))
            v.insert(u"last_customer_update_at"_s, stamp(opened + (age * rnd.below(100)) / 100));
        if (state != u"new"_s)
            v.insert(u"closure"_s,
                     state == u"closed"_s ? QVariant(u"customer_confirmed"_s) : QVariant());
        if (priority == 1 && state != u"new"_s) {
            v.insert(u"major_incident_manager"_s, rnd.pick(logins));
            v.insert(u"management_informed_by"_s, rnd.pick(logins));
            v.insert(u"management_informed_at"_s, stamp(opened + Hour / 2));
            if (state == u"closed"_s) {
                v.insert(u"pir_summary"_s,
                         zh ? u"根本原因已确认，监控已补充，已向管理层汇报。"_s
                            : u"Root cause confirmed, monitoring added, reported to management."_s);
                v.insert(u"pir_by"_s, v.value(u"major_incident_manager"_s));
                v.insert(u"pir_completed_at"_s, stamp(opened + toResolve + 48 * Hour));
            }
        }
        Result<RecordRef> created = store.importCreate(u"incident"_s, v, state);
        if (!created.ok())
            return created.error();
        ++sum->incidents;
        // A few tickets carry the updates written while they were worked.
        if (working && rnd.chance(30)) {
            const QStringList &note = rnd.pick(s.value(u"note"_s));
            if (Result<qint64> n = store.addNote(created->id, note.value(0), false); !n.ok())
                return n.error();
            if (Result<qint64> n = store.addNote(created->id, note.value(1), true); !n.ok())
                return n.error();
        }
    }

    const Result<int> lowest = matrix->priority(3, 3);
    const int requestPriority = lowest.ok() ? *lowest : 5;
    const int requestCount = 20 * scale;
    for (int i = 0; i < requestCount; ++i) {
        const QStringList &req = rnd.pick(requests);
        const qint64 opened = now - qint64(rnd.below(30 * 24)) * Hour;
        const qint64 age = now - opened;
        QVariantMap v {{u"title"_s, req.value(0)},
                       {u"request_type"_s, req.value(1)},
                       {u"requester"_s, rnd.pick(logins)},
                       {u"channel"_s, u"portal"_s},
                       {u"impact"_s, 3},
                       {u"urgency"_s, 3},
                       {u"priority"_s, requestPriority},
                       {u"opened_at"_s, stamp(opened)}};
        if (!customerIds.isEmpty())
            v.insert(u"customer"_s, rnd.pick(customerIds));
        QString state = u"submitted"_s;
        const bool approval = req.value(1) != u"software_installation"_s;
        if (age > 8 * Hour) {
            v.insert(u"assignment_group"_s, rnd.pick(groupNames));
            if (approval) {
                v.insert(u"approval_by"_s, rnd.pick(logins));
                v.insert(u"approved_at"_s, stamp(opened + 4 * Hour));
            }
            state = u"in_fulfilment"_s;
            if (age > 5 * 24 * Hour) {
                v.insert(u"fulfilled_at"_s, stamp(opened + 3 * 24 * Hour));
                v.insert(u"fulfilment_notes"_s,
                         zh ? u"已完成并与申请人确认。"_s
                            : u"Done and confirmed with the requester."_s);
                state = rnd.chance(70) ? u"closed"_s : u"fulfilled"_s;
            }
        } else if (approval) {
            state = u"awaiting_approval"_s;
        }
        if (Result<RecordRef> r = store.importCreate(u"service_request"_s, v, state); !r.ok())
            return r.error();
        ++sum->requests;
    }
    return {};
}

namespace {

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

// Problem management told through the demo's services: a trend nobody has logged yet, a
// problem under investigation, known errors with workarounds that match the desk's incidents,
// problems fixed weeks ago (one of which came back) and the articles written on the way.
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

} // namespace

Result<DemoSummary> DemoData::generate(RecordStore &store, const DemoOptions &options,
                                       const std::function<void(int)> &progress)
{
    Result<Seeds> loaded = loadSeeds(options.language);
    if (!loaded.ok())
        return loaded.error();
    const Seeds &s = *loaded;
    const bool zh = options.language.startsWith(u"zh"_s);
    const int scale = qMax(1, options.scale);
    Random rnd(options.seed);
    DemoSummary sum;

    WriteTransaction tx(store.workbook().db());
    if (Error e = tx.begin(); e.isError())
        return e;

    auto create = [&](const QString &type, const QVariantMap &values) -> Result<RecordRef> {
        return store.create(type, values);
    };
    auto linkTo = [&](qint64 from, qint64 to, const QString &kind) -> Error {
        Error e = store.link(from, to, kind);
        if (e.isOk())
            ++sum.links;
        // The same pair drawn twice is fine: it is already linked.
        return e.code() == ErrorCode::InvalidInput ? Error() : e;
    };
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };

    // People, with unique logins.
    QStringList logins;
    QList<qint64> people;
    QHash<QString, int> usedLogins;
    const int peopleCount = 25 * scale;
    const auto &families = s.value(u"family"_s);
    const auto &givens = s.value(u"given"_s);
    for (int i = 0; i < peopleCount; ++i) {
        const QStringList &family = rnd.pick(families);
        const QStringList &given = rnd.pick(givens);
        QString name;
        QString login;
        if (zh) {
            name = family.value(0) + given.value(0);
            login = family.value(1) + u'.' + given.value(1);
        } else {
            name = given.value(0) + u' ' + family.value(0);
            login = given.value(0).left(1).toLower() + u'.' + family.value(0).toLower();
        }
        if (const int n = usedLogins[login]++; n > 0)
            login += QString::number(n + 1);
        const QString domain = zh ? u"example.cn"_s : u"example.com"_s;
        Result<RecordRef> p =
            create(u"person"_s,
                   {{u"title"_s, name},
                    {u"login"_s, login},
                    {u"email"_s, login + u'@' + domain},
                    {u"phone"_s,
                     zh ? u"+86 10 %1"_s.arg(60000000 + rnd.below(9999999))
                        : u"+1 555 %1"_s.arg(1000 + rnd.below(8999))},
                    {u"department"_s, rnd.pick(s.value(u"department"_s)).value(0)},
                    {u"job_title"_s, rnd.pick(s.value(u"job"_s)).value(0)}});
        if (!p.ok())
            return p.error();
        people << p->id;
        logins << login;
        ++sum.people;
    }
    report(25);

    // Roles for some of them, so the demo shows who may do what.
    const QStringList roles = {
        u"agent"_s,     u"agent"_s,           u"agent"_s,          u"service_owner"_s,
        u"sms_owner"_s, u"problem_manager"_s, u"change_manager"_s, u"configuration_manager"_s,
        u"auditor"_s};
    for (int i = 0; i < logins.size(); ++i) {
        if (Error e = store.grantRole(logins[i], roles[i % roles.size()]); e.isError())
            return e;
    }

    // Groups, each with a manager and members.
    QList<qint64> groups;
    QStringList groupNames;
    const auto &groupSeeds = s.value(u"group"_s);
    const int groupCount = qMin(int(groupSeeds.size()) * scale, 4 + 2 * scale);
    for (int i = 0; i < groupCount; ++i) {
        const QStringList &g = groupSeeds.at(i % groupSeeds.size());
        const QString slug = u"group"_s + QString::number(i + 1);
        Result<RecordRef> r =
            create(u"work_group"_s,
                   {{u"title"_s, numbered(g.value(0), i / int(groupSeeds.size()), zh)},
                    {u"description"_s, g.value(1)},
                    {u"manager"_s, rnd.pick(logins)},
                    {u"email"_s, slug + (zh ? u"@example.cn"_s : u"@example.com"_s)}});
        if (!r.ok())
            return r.error();
        groups << r->id;
        groupNames << numbered(g.value(0), i / int(groupSeeds.size()), zh);
        ++sum.groups;
    }
    for (int i = 0; i < people.size(); ++i) {
        if (Error e = linkTo(people[i], groups[i % groups.size()], u"member_of"_s); e.isError())
            return e;
        if (rnd.chance(20)) {
            if (Error e = linkTo(people[i], rnd.pick(groups), u"member_of"_s); e.isError())
                return e;
        }
    }
    report(45);

    // Services: most live, a few planned or on their way out.
    QList<qint64> services;
    QStringList serviceNames;
    QStringList serviceIds;
    const auto &serviceSeeds = s.value(u"service"_s);
    const int serviceCount = 8 * scale;
    const QStringList criticality = {u"low"_s, u"medium"_s, u"medium"_s, u"high"_s, u"critical"_s};
    for (int i = 0; i < serviceCount; ++i) {
        const QStringList &sv = serviceSeeds.at(i % serviceSeeds.size());
        const QString name = numbered(sv.value(0), i / int(serviceSeeds.size()), zh);
        Result<RecordRef> r =
            create(u"service"_s,
                   {{u"title"_s, name},
                    {u"category"_s, sv.value(1)},
                    {u"description"_s, sv.value(2)},
                    {u"service_owner"_s, rnd.pick(logins)},
                    {u"criticality"_s, rnd.pick(criticality)},
                    {u"service_hours"_s,
                     rnd.chance(40) ? (zh ? u"7×24"_s : u"24x7"_s)
                                    : (zh ? u"工作日 8:00–18:00"_s : u"Mon–Fri 08:00–18:00"_s)}});
        if (!r.ok())
            return r.error();
        const int roll = rnd.below(100);
        if (roll >= 10) {
            Result<int> v = store.transition(r->id, u"live"_s);
            if (!v.ok())
                return v.error();
            if (roll >= 94) {
                if (Result<int> w = store.transition(r->id, u"retiring"_s); !w.ok())
                    return w.error();
            }
        }
        services << r->id;
        serviceNames << name;
        serviceIds << r->humanId;
        ++sum.services;
        if (Error e = linkTo(rnd.pick(groups), r->id, u"supports"_s); e.isError())
            return e;
        if (i > 0 && rnd.chance(50)) {
            if (Error e = linkTo(r->id, services.at(rnd.below(i)), u"depends_on"_s); e.isError())
                return e;
        }
    }
    report(65);

    // Customers, each using a few services.
    QStringList customerIds;
    const auto &customerSeeds = s.value(u"customer"_s);
    const int customerCount = 6 * scale;
    for (int i = 0; i < customerCount; ++i) {
        const QStringList &c = customerSeeds.at(i % customerSeeds.size());
        Result<RecordRef> r =
            create(u"customer"_s,
                   {{u"title"_s, numbered(c.value(0), i / int(customerSeeds.size()), zh)},
                    {u"kind"_s, c.value(1)},
                    {u"contact_name"_s, rnd.pick(families).value(0)},
                    {u"relationship_owner"_s, rnd.pick(logins)}});
        if (!r.ok())
            return r.error();
        customerIds << r->humanId;
        if (rnd.chance(85)) {
            if (Result<int> v = store.transition(r->id, u"active"_s); !v.ok())
                return v.error();
        }
        const int uses = 2 + rnd.below(4);
        for (int u = 0; u < uses; ++u) {
            if (Error e = linkTo(r->id, rnd.pick(services), u"uses"_s); e.isError())
                return e;
        }
        ++sum.customers;
    }
    report(80);

    // Follow-up tasks about the services, in every state.
    const auto &taskSeeds = s.value(u"task"_s);
    const int taskCount = 20 * scale;
    const QDate base(2026, 11, 2);
    for (int i = 0; i < taskCount; ++i) {
        const int svc = rnd.below(int(services.size()));
        const QString title =
            taskSeeds.at(rnd.below(int(taskSeeds.size()))).value(0).arg(serviceNames[svc]);
        Result<RecordRef> r =
            create(u"task"_s,
                   {{u"title"_s, title},
                    {u"priority"_s, 1 + rnd.below(5)},
                    {u"due_date"_s, base.addDays(rnd.below(60)).toString(Qt::ISODate)},
                    {u"owner"_s, rnd.pick(logins)}});
        if (!r.ok())
            return r.error();
        const int roll = rnd.below(100);
        if (roll >= 35) {
            if (Result<int> v =
                    store.transition(r->id, u"in_progress"_s, {{u"assignee"_s, rnd.pick(logins)}});
                !v.ok())
                return v.error();
            if (roll >= 70) {
                if (Result<int> v = store.transition(
                        r->id, u"done"_s,
                        {{u"outcome"_s, zh ? u"已完成并核实。"_s : u"Done and verified."_s}});
                    !v.ok())
                    return v.error();
            }
        } else if (roll < 5) {
            if (Result<int> v = store.transition(r->id, u"cancelled"_s); !v.ok())
                return v.error();
        }
        if (Error e = linkTo(r->id, services[svc], u"follows_up"_s); e.isError())
            return e;
        ++sum.tasks;
    }
    report(90);
    if (Error e = addTickets(store, s, zh, scale, rnd, logins, groupNames, serviceNames, serviceIds,
                             customerIds, &sum);
        e.isError())
        return e;
    if (Error e = addProblems(store, s, rnd, logins, groupNames, serviceIds, &sum); e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    // With the tickets' SLA state stored, the escalation rules raise what is due by now.
    Result<qint64> escalated = TicketWork(store).autoEscalate();
    if (!escalated.ok())
        return escalated.error();
    report(100);
    return sum;
}

} // namespace sb
