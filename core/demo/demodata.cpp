#include "demodata.h"

#include "demostories.h"

#include "clock.h"
#include "incident/prioritymatrix.h"
#include "incident/ticketwork.h"

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

QString numbered(const QString &name, int round, bool chinese)
{
    if (round == 0)
        return name;
    return chinese ? name + u'（' + QString::number(round + 1) + u'）'
                   : name + u' ' + QString::number(round + 1);
}

} // namespace

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
    if (Error e = addCmdb(store, rnd, zh, scale, services, serviceNames, serviceIds, &sum);
        e.isError())
        return e;
    if (Error e = addCmdbBaseline(store.workbook(), zh, &sum); e.isError())
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
