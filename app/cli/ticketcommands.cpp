#include "cli.h"
#include "output.h"

#include "clock.h"
#include "incident/ticketwork.h"
#include "problem/effectiveness.h"
#include "records/recordquery.h"
#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr const char ticketUsage[] =
    "servicebench ticket note FILE ID TEXT [--customer]\n"
    "servicebench ticket escalate FILE ID --reason TEXT [--to-group GROUP] [--to PERSON] [--mim]\n"
    "servicebench ticket ack FILE ESCALATION_ID\n"
    "servicebench ticket timeline FILE ID [--json]\n"
    "servicebench ticket attention FILE [--type incident|service_request] [--json]\n"
    "servicebench ticket sweep FILE [--json]";

QString kindName(TimelineEvent::Kind k)
{
    switch (k) {
    case TimelineEvent::Kind::Created: return u"created"_s;
    case TimelineEvent::Kind::Imported: return u"imported"_s;
    case TimelineEvent::Kind::State: return u"state"_s;
    case TimelineEvent::Kind::Assignment: return u"assignment"_s;
    case TimelineEvent::Kind::Priority: return u"priority"_s;
    case TimelineEvent::Kind::Major: return u"major"_s;
    case TimelineEvent::Kind::CustomerUpdate: return u"customer_update"_s;
    case TimelineEvent::Kind::WorkNote: return u"work_note"_s;
    case TimelineEvent::Kind::Escalation: return u"escalation"_s;
    case TimelineEvent::Kind::Link: return u"link"_s;
    case TimelineEvent::Kind::Attachment: return u"attachment"_s;
    }
    return {};
}

int timeline(const Args &a, RecordStore &store, qint64 id)
{
    TicketWork work(store);
    Result<QList<TimelineEvent>> events = work.timeline(id);
    if (!events.ok())
        return fail(events.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const TimelineEvent &e : *events) {
            QJsonObject o {{u"at"_s, e.at},
                           {u"who"_s, e.who},
                           {u"kind"_s, kindName(e.kind)},
                           {u"text"_s, e.text}};
            if (!e.detail.isEmpty())
                o.insert(u"detail"_s, e.detail);
            if (e.escalationId > 0) {
                o.insert(u"escalation"_s, e.escalationId);
                o.insert(u"waiting"_s, e.waiting);
            }
            arr.append(o);
        }
        printJson(arr);
        return ExitOk;
    }
    for (const TimelineEvent &e : *events) {
        QString line =
            e.at.left(16).replace(u'T', u' ') + u"  "_s + padded(e.who, 12) + u"  "_s + e.text;
        if (e.escalationId > 0)
            line +=
                u" [#%1%2]"_s.arg(e.escalationId).arg(e.waiting ? Tr::tr(", waiting") : QString());
        out() << line << "\n";
        if (!e.detail.isEmpty()) {
            for (const QString &l : e.detail.split(u'\n'))
                out() << u"                                  "_s << l << "\n";
        }
    }
    out().flush();
    return ExitOk;
}

int attention(const Args &a, Workbook &wb, RecordStore &store)
{
    const QString type = a.value(u"type"_s, u"incident"_s);
    ListSpec spec;
    spec.type = type;
    spec.needsAttention = true;
    spec.columns = {u"title"_s, u"priority"_s, u"state"_s, u"assignment_group"_s};
    Result<RecordQuery> q = RecordQuery::prepare(spec);
    if (!q.ok())
        return fail(q.error());
    TicketWork work(store);
    QJsonArray arr;
    std::optional<SortKey> after;
    for (;;) {
        Result<QList<ListRow>> page = q->page(wb.db(), after, 500);
        if (!page.ok())
            return fail(page.error());
        for (const ListRow &row : *page) {
            Result<QList<AttentionReason>> why = work.attention(row.id);
            if (!why.ok())
                return fail(why.error());
            QStringList reasons;
            for (const AttentionReason &r : *why)
                reasons << r.text;
            if (a.flag(u"json"_s)) {
                arr.append(
                    QJsonObject {{u"id"_s, row.humanId},
                                 {u"title"_s, row.values.value(0).toString()},
                                 {u"priority"_s, QJsonValue::fromVariant(row.values.value(1))},
                                 {u"state"_s, row.values.value(2).toString()},
                                 {u"group"_s, row.values.value(3).toString()},
                                 {u"reasons"_s, QJsonArray::fromStringList(reasons)}});
            } else {
                out() << padded(row.humanId, 12) << "  " << row.values.value(0).toString() << "\n";
                for (const QString &r : std::as_const(reasons))
                    out() << "              - " << r << "\n";
            }
        }
        if (page->size() < 500)
            break;
        after = page->last().key;
    }
    if (a.flag(u"json"_s))
        printJson(arr);
    out().flush();
    return ExitOk;
}

} // namespace

int cmdTicket(const Args &a)
{
    const QString action = a.positional(0);
    static const QStringList actions {u"note"_s,     u"escalate"_s,  u"ack"_s,
                                      u"timeline"_s, u"attention"_s, u"sweep"_s};
    if (!actions.contains(action))
        return usageError(Tr::tr("Unknown ticket action \"%1\".").arg(action),
                          QString::fromUtf8(ticketUsage));
    const qsizetype n = a.positional().size();
    const qsizetype needed =
        action == u"note"_s ? 4 : (action == u"attention"_s || action == u"sweep"_s ? 2 : 3);
    if (n != needed)
        return usageError(n < needed ? Tr::tr("Missing arguments.") : Tr::tr("Too many arguments."),
                          QString::fromUtf8(ticketUsage));
    const bool writes = action != u"timeline"_s && action != u"attention"_s;
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), writes);
    if (!wb.ok())
        return fail(wb.error(), true);
    RecordStore store(**wb);
    TicketWork work(store);

    if (action == u"sweep"_s) {
        Result<SweepResult> r = work.sweep();
        if (!r.ok())
            return fail(r.error());
        // Incidents that came back after a problem's fix are part of the routine too. Someone
        // who may work tickets but not problems still gets the rest of the sweep.
        Result<qint64> recurred = ProblemEffectiveness::markRecurrences(store);
        if (!recurred.ok() && recurred.error().code() != ErrorCode::PermissionDenied)
            return fail(recurred.error());
        const QString notChecked = recurred.ok() ? QString() : recurred.error().message();
        if (a.flag(u"json"_s)) {
            QJsonObject o {{u"escalated"_s, r->escalated},
                           {u"closed"_s, r->closed},
                           {u"skipped"_s, QJsonArray::fromStringList(r->skipped)},
                           {u"recurred"_s, recurred.ok() ? QJsonValue(*recurred) : QJsonValue()}};
            if (!notChecked.isEmpty())
                o.insert(u"recurrences_not_checked"_s, notChecked);
            printJson(o);
        } else {
            out() << Tr::tr("Escalated %n ticket(s) by the escalation rules.", nullptr,
                            int(r->escalated))
                  << "\n"
                  << Tr::tr("Closed %n ticket(s) after the auto-close period.", nullptr,
                            int(r->closed))
                  << "\n";
            for (const QString &s : std::as_const(r->skipped))
                out() << Tr::tr("Not closed: %1").arg(s) << "\n";
            if (recurred.ok())
                out() << Tr::tr("Marked %n problem(s) as recurred after their fix.", nullptr,
                                int(*recurred))
                      << "\n";
            else
                out() << Tr::tr("Recurrences not checked: %1").arg(notChecked) << "\n";
            out().flush();
        }
        return ExitOk;
    }
    if (action == u"attention"_s)
        return attention(a, **wb, store);
    if (action == u"ack"_s) {
        bool ok = false;
        const qint64 escalationId = a.positional(2).toLongLong(&ok);
        if (!ok)
            return usageError(Tr::tr("\"%1\" is no escalation number.").arg(a.positional(2)),
                              QString::fromUtf8(ticketUsage));
        if (Error e = work.acknowledge(escalationId); e.isError())
            return fail(e);
        return ExitOk;
    }

    Result<qint64> id = store.resolve(a.positional(2));
    if (!id.ok())
        return fail(id.error());
    if (action == u"timeline"_s)
        return timeline(a, store, *id);
    if (action == u"note"_s) {
        Result<qint64> note = store.addNote(*id, a.positional(3), a.flag(u"customer"_s));
        if (!note.ok())
            return fail(note.error());
        return ExitOk;
    }
    EscalationRequest request;
    request.reason = a.value(u"reason"_s);
    request.toGroup = a.value(u"to-group"_s);
    request.functional = !request.toGroup.isEmpty();
    request.toPerson = a.value(u"to"_s);
    request.toMajorIncidentManager = a.flag(u"mim"_s);
    Result<qint64> esc = work.escalate(*id, request);
    if (!esc.ok())
        return fail(esc.error());
    if (a.flag(u"json"_s))
        printJson(QJsonObject {{u"escalation"_s, *esc}});
    else
        out() << *esc << Qt::endl;
    return ExitOk;
}

} // namespace sb::cli
