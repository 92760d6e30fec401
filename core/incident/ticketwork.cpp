#include "ticketwork.h"

#include "clock.h"
#include "incident/ticketrules.h"
#include "records/audit.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};

constexpr int SweepBatch = 500;

// Problems escalate as incidents do (by group and up to a manager), without SLA rules.
bool isTicket(const QString &type)
{
    return TicketRules::appliesTo(type) || type == u"problem"_s;
}

qint64 nowOr(qint64 nowMs)
{
    return nowMs >= 0 ? nowMs : currentUtc().toMSecsSinceEpoch();
}

QString storedAt(qint64 ms)
{
    return toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QString triggerText(const QString &trigger)
{
    if (trigger == u"response_breach"_s)
        return Tr::tr("the response target was missed");
    if (trigger == u"resolution_warning"_s)
        return Tr::tr("the resolution clock passed its warning threshold");
    if (trigger == u"resolution_breach"_s)
        return Tr::tr("the resolution target was missed");
    return {};
}

QString escalationLine(const EscalationInfo &e)
{
    const QString to =
        e.functional ? e.toGroup : (e.toPerson.isEmpty() ? Tr::tr("nobody named") : e.toPerson);
    QString line = e.functional ? Tr::tr("Escalated to the group %1").arg(to)
                                : Tr::tr("Escalated to %1").arg(to);
    if (e.trigger != u"manual"_s)
        line += Tr::tr(" automatically: %1").arg(triggerText(e.trigger));
    return line;
}

EscalationInfo readEscalation(const Statement &st)
{
    EscalationInfo e;
    e.id = st.int64(0);
    e.recordId = st.int64(1);
    e.functional = st.text(2) == u"functional"_s;
    e.trigger = st.text(3);
    e.fromGroup = st.text(4);
    e.toGroup = st.text(5);
    e.toPerson = st.text(6);
    e.reason = st.text(7);
    e.at = st.text(8);
    e.by = st.text(9);
    e.acknowledgedAt = st.text(10);
    e.acknowledgedBy = st.text(11);
    return e;
}

constexpr const char *EscalationColumns =
    "id, record_id, kind, trigger_event, from_group, to_group, to_person, reason, escalated_at, "
    "escalated_by, acknowledged_at, acknowledged_by";

struct Rule
{
    qint64 id = 0;
    QString type;
    QString trigger;
    bool functional = false;
    QString target;
    QString toGroup;
    int priorityAtMost = 0; // 0: all
};

} // namespace

TicketWork::TicketWork(RecordStore &store)
    : m_store(store)
{ }

QString TicketWork::groupManager(Database &db, const QString &group)
{
    if (group.trimmed().isEmpty())
        return {};
    Statement st = db.prepare(
        "SELECT w.manager FROM work_group w JOIN record r ON r.id = w.id "
        "WHERE r.type = 'work_group' AND r.title = ?1 COLLATE NOCASE AND w.manager <> '' "
        "LIMIT 1");
    st.bind(1, group.trimmed());
    return st.next() ? st.text(0) : QString();
}

Result<qint64> TicketWork::insertEscalation(const Record &ticket, const EscalationInfo &e,
                                            qint64 ruleId, int cycle)
{
    Database &db = m_store.workbook().db();
    Statement ins = db.prepare(
        "INSERT INTO escalation(record_id, kind, trigger_event, rule_id, cycle, from_group, "
        "to_group, to_person, reason, escalated_at, escalated_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto orNull = [](const QString &s) {
        return s.isEmpty() ? QVariant() : QVariant(s);
    };
    ins.bind(1, ticket.id)
        .bind(2, e.functional ? u"functional"_s : u"hierarchical"_s)
        .bind(3, e.trigger)
        .bind(4, ruleId > 0 ? QVariant(ruleId) : QVariant())
        .bind(5, cycle)
        .bind(6, orNull(e.fromGroup))
        .bind(7, orNull(e.toGroup))
        .bind(8, orNull(e.toPerson))
        .bind(9, orNull(e.reason))
        .bind(10, e.at)
        .bind(11, e.by);
    if (Error err = ins.exec(); err.isError())
        return err;
    const qint64 id = db.lastInsertRowId();
    if (Error err = AuditLog(db).append(
            e.by, u"escalate"_s, e.functional ? u"functional"_s : u"hierarchical"_s, {},
            escalationLine(e) + (e.reason.isEmpty() ? QString() : u": "_s + e.reason), ticket.id,
            ticket.humanId, e.at);
        err.isError())
        return err;
    return id;
}

Result<qint64> TicketWork::escalate(qint64 recordId, const EscalationRequest &request,
                                    int expectedVersion)
{
    Database &db = m_store.workbook().db();
    if (Error e = m_store.workbook().requireWritable(); e.isError())
        return e;
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    Result<Record> ticket = m_store.load(recordId);
    if (!ticket.ok())
        return ticket.error();
    if (!isTicket(ticket->type))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 is no incident, service request or problem: only those escalate.")
                         .arg(ticket->humanId));
    Result<Lifecycles> lc = m_store.lifecycles();
    if (!lc.ok())
        return lc.error();
    if (lc->isFinal(ticket->type, ticket->state))
        return Error(ErrorCode::LifecycleRefused,
                     Tr::tr("%1 is %2: there is nothing left to escalate.")
                         .arg(ticket->humanId, lc->stateLabel(ticket->type, ticket->state)));
    Result<Permissions> perms = m_store.permissions();
    if (!perms.ok())
        return perms.error();
    if (Error e = perms->require(*RecordTypes::find(ticket->type), u"update"_s); e.isError())
        return e;

    EscalationInfo e;
    e.functional = request.functional;
    e.trigger = u"manual"_s;
    e.fromGroup = ticket->fields.value(u"assignment_group"_s).toString();
    e.reason = request.reason.trimmed();
    e.at = nowStored();
    e.by = m_store.user();
    if (e.reason.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Say why %1 is escalated.").arg(ticket->humanId));
    if (request.functional) {
        e.toGroup = request.toGroup.trimmed();
        e.toPerson = request.toPerson.trimmed();
        if (e.toGroup.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Name the group that takes %1 over.").arg(ticket->humanId));
        if (e.toGroup.compare(e.fromGroup, Qt::CaseInsensitive) == 0)
            return Error(
                ErrorCode::InvalidInput,
                Tr::tr("%1 is already with the group %2.").arg(ticket->humanId, e.toGroup));
        QVariantMap changes {
            {u"assignment_group"_s, e.toGroup},
            {u"assignee"_s, e.toPerson.isEmpty() ? QVariant() : QVariant(e.toPerson)},
            {u"escalation_count"_s, ticket->fields.value(u"escalation_count"_s).toLongLong() + 1}};
        Result<int> v = m_store.update(recordId, changes, expectedVersion);
        if (!v.ok())
            return v.error();
    } else {
        e.toPerson = request.toPerson.trimmed();
        if (e.toPerson.isEmpty() && request.toMajorIncidentManager) {
            e.toPerson = ticket->fields.value(u"major_incident_manager"_s).toString().trimmed();
            if (e.toPerson.isEmpty())
                e.toPerson = TicketRules::setting(db, u"major_incident.manager"_s, {});
            if (e.toPerson.isEmpty())
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("Nobody is named major incident manager, for %1 or for the "
                                    "workbook: name who to escalate to.")
                                 .arg(ticket->humanId));
        } else if (e.toPerson.isEmpty()) {
            e.toPerson = groupManager(db, e.fromGroup);
            if (e.toPerson.isEmpty())
                return Error(ErrorCode::InvalidInput,
                             e.fromGroup.isEmpty()
                                 ? Tr::tr("%1 has no assignment group, so it has no group manager "
                                          "to escalate to: name who to escalate to.")
                                       .arg(ticket->humanId)
                                 : Tr::tr("The group %1 has no manager recorded: name who to "
                                          "escalate to, or record the group's manager.")
                                       .arg(e.fromGroup));
        }
    }
    Result<qint64> id =
        insertEscalation(*ticket, e, 0, int(ticket->fields.value(u"reopen_count"_s).toLongLong()));
    if (!id.ok())
        return id.error();
    if (Error err = tx.commit(); err.isError())
        return err;
    return *id;
}

Error TicketWork::acknowledge(qint64 escalationId)
{
    Database &db = m_store.workbook().db();
    if (Error e = m_store.workbook().requireWritable(); e.isError())
        return e;
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    Statement st =
        db.prepare(QByteArray("SELECT ") + EscalationColumns + " FROM escalation WHERE id = ?1");
    st.bind(1, escalationId);
    if (!st.next())
        return st.error().isError()
            ? st.error()
            : Error(ErrorCode::NotFound, Tr::tr("There is no escalation %1.").arg(escalationId));
    const EscalationInfo e = readEscalation(st);
    st.reset();
    if (!e.acknowledgedAt.isEmpty())
        return Error(ErrorCode::Conflict,
                     Tr::tr("%1 took this escalation up at %2 already.")
                         .arg(e.acknowledgedBy, e.acknowledgedAt));
    Result<Record> ticket = m_store.load(e.recordId);
    if (!ticket.ok())
        return ticket.error();
    Result<Permissions> perms = m_store.permissions();
    if (!perms.ok())
        return perms.error();
    if (Error err = perms->require(*RecordTypes::find(ticket->type), u"update"_s); err.isError())
        return err;
    const QString at = nowStored();
    Statement upd = db.prepare(
        "UPDATE escalation SET acknowledged_at = ?1, acknowledged_by = ?2 WHERE id = ?3");
    upd.bind(1, at).bind(2, m_store.user()).bind(3, escalationId);
    if (Error err = upd.exec(); err.isError())
        return err;
    if (Error err =
            AuditLog(db).append(m_store.user(), u"acknowledge"_s, u"escalation"_s, {},
                                QString::number(escalationId), ticket->id, ticket->humanId, at);
        err.isError())
        return err;
    return tx.commit();
}

Result<QList<EscalationInfo>> TicketWork::escalations(qint64 recordId)
{
    Statement st = m_store.workbook().db().prepare(
        QByteArray("SELECT ") + EscalationColumns
        + " FROM escalation WHERE record_id = ?1 ORDER BY escalated_at, id");
    st.bind(1, recordId);
    QList<EscalationInfo> out;
    while (st.next())
        out << readEscalation(st);
    if (st.error().isError())
        return st.error();
    return out;
}

Result<QList<TimelineEvent>> TicketWork::timeline(qint64 recordId)
{
    Result<Record> ticket = m_store.load(recordId);
    if (!ticket.ok())
        return ticket.error();
    Result<QList<AuditEntry>> history = m_store.history(recordId);
    if (!history.ok())
        return history.error();
    Result<Lifecycles> lc = m_store.lifecycles();
    if (!lc.ok())
        return lc.error();
    const RecordTypeDef *def = RecordTypes::find(ticket->type);
    auto fieldLabel = [&](const QString &name) {
        const FieldDef *f = def ? def->field(name) : nullptr;
        return f ? f->displayLabel() : name;
    };
    auto none = [](const QString &v) {
        return v.isEmpty() ? Tr::tr("nobody") : v;
    };

    QList<TimelineEvent> out;
    for (const AuditEntry &a : *history) {
        TimelineEvent ev;
        ev.at = a.at;
        ev.who = a.user;
        if (a.action == u"create"_s) {
            ev.kind = TimelineEvent::Kind::Created;
            ev.text = Tr::tr("Opened");
        } else if (a.action == u"import"_s && a.field.isEmpty()) {
            // Placed when the other system says the ticket was opened.
            ev.kind = TimelineEvent::Kind::Imported;
            const QString opened = ticket->fields.value(u"opened_at"_s).toString();
            ev.text = Tr::tr("Opened (imported on %1)").arg(a.at.left(10));
            if (!opened.isEmpty())
                ev.at = opened;
        } else if (a.action == u"transition"_s
                   || (a.action == u"import"_s && a.field == u"state"_s)) {
            ev.kind = TimelineEvent::Kind::State;
            ev.text = Tr::tr("%1 → %2").arg(lc->stateLabel(ticket->type, a.oldValue),
                                            lc->stateLabel(ticket->type, a.newValue));
        } else if (a.action == u"update"_s
                   && (a.field == u"assignment_group"_s || a.field == u"assignee"_s)) {
            ev.kind = TimelineEvent::Kind::Assignment;
            ev.text =
                Tr::tr("%1: %2 → %3").arg(fieldLabel(a.field), none(a.oldValue), none(a.newValue));
        } else if (a.action == u"update"_s && a.field == u"priority"_s) {
            ev.kind = TimelineEvent::Kind::Priority;
            ev.text = a.oldValue.isEmpty()
                ? Tr::tr("Priority P%1").arg(a.newValue)
                : Tr::tr("Priority P%1 → P%2").arg(a.oldValue, a.newValue);
        } else if (a.action == u"update"_s && a.field == u"major"_s) {
            ev.kind = TimelineEvent::Kind::Major;
            ev.text = a.newValue == u"1"_s ? Tr::tr("Declared a major incident")
                                           : Tr::tr("No longer a major incident");
        } else if (a.action == u"update"_s && a.field == u"management_informed_by"_s
                   && !a.newValue.isEmpty()) {
            ev.kind = TimelineEvent::Kind::Major;
            ev.text = Tr::tr("Top management informed by %1").arg(a.newValue);
        } else if (a.action == u"note"_s) {
            const bool customer = a.field == u"customer"_s;
            ev.kind =
                customer ? TimelineEvent::Kind::CustomerUpdate : TimelineEvent::Kind::WorkNote;
            ev.text = customer ? Tr::tr("Update to the customer") : Tr::tr("Work note");
            ev.detail = a.newValue;
        } else if (a.action == u"link"_s || a.action == u"link_in"_s) {
            ev.kind = TimelineEvent::Kind::Link;
            ev.text = Tr::tr("Linked with %1").arg(a.newValue);
        } else if (a.action == u"unlink"_s || a.action == u"unlink_in"_s) {
            ev.kind = TimelineEvent::Kind::Link;
            ev.text = Tr::tr("Unlinked from %1").arg(a.oldValue);
        } else if (a.action == u"attach"_s) {
            ev.kind = TimelineEvent::Kind::Attachment;
            ev.text = Tr::tr("Attached %1").arg(a.field);
        } else if (a.action == u"detach"_s) {
            ev.kind = TimelineEvent::Kind::Attachment;
            ev.text = Tr::tr("Removed the attachment %1").arg(a.field);
        } else {
            continue;
        }
        out << ev;
    }
    Result<QList<EscalationInfo>> escs = escalations(recordId);
    if (!escs.ok())
        return escs.error();
    for (const EscalationInfo &e : *escs) {
        TimelineEvent ev;
        ev.kind = TimelineEvent::Kind::Escalation;
        ev.at = e.at;
        ev.who = e.by;
        ev.text = escalationLine(e);
        ev.detail = e.reason;
        ev.escalationId = e.id;
        ev.waiting = e.acknowledgedAt.isEmpty();
        if (!ev.waiting)
            ev.detail += (ev.detail.isEmpty() ? QString() : u"\n"_s)
                + Tr::tr("Taken up by %1 at %2.")
                      .arg(e.acknowledgedBy,
                           QLocale().toString(fromStoredTime(e.acknowledgedAt).toLocalTime(),
                                              QLocale::ShortFormat));
        out << ev;
    }
    // Stored times sort as text; the audit order keeps ties as they happened.
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    return out;
}

Result<QList<AttentionReason>> TicketWork::attention(qint64 recordId, qint64 nowMs)
{
    Database &db = m_store.workbook().db();
    Result<Record> ticket = m_store.load(recordId);
    if (!ticket.ok())
        return ticket.error();
    QList<AttentionReason> out;
    if (!isTicket(ticket->type))
        return out;
    Result<QList<EscalationInfo>> escs = escalations(recordId);
    if (!escs.ok())
        return escs.error();
    for (const EscalationInfo &e : *escs) {
        if (e.acknowledgedAt.isEmpty())
            out << AttentionReason {AttentionReason::Kind::Escalation,
                                    Tr::tr("%1, not taken up yet.").arg(escalationLine(e))};
    }
    Result<Lifecycles> lc = m_store.lifecycles();
    if (!lc.ok())
        return lc.error();
    const QString &state = ticket->state;
    const bool working =
        !lc->isFinal(ticket->type, state) && state != u"resolved"_s && state != u"fulfilled"_s;
    if (!working)
        return out;
    const QVariant priority = ticket->fields.value(u"priority"_s);
    if (!priority.isNull() && priority.toLongLong() <= 2) {
        const int minutes =
            TicketRules::setting(db, u"attention.customer_update_minutes"_s, u"60"_s).toInt();
        QString last = ticket->fields.value(u"last_customer_update_at"_s).toString();
        if (last.isEmpty())
            last = ticket->fields.value(u"opened_at"_s).toString();
        const QDateTime lastAt = fromStoredTime(last);
        const qint64 now = nowOr(nowMs);
        if (lastAt.isValid() && minutes > 0
            && now - lastAt.toMSecsSinceEpoch() > qint64(minutes) * 60000) {
            const qint64 since = (now - lastAt.toMSecsSinceEpoch()) / 60000;
            out << AttentionReason {
                AttentionReason::Kind::CustomerUpdateDue,
                Tr::tr("P%1 without an update to the customer for %2 h %3 min (due every %n "
                       "minute(s)).",
                       nullptr, minutes)
                    .arg(priority.toLongLong())
                    .arg(since / 60)
                    .arg(since % 60, 2, 10, QLatin1Char('0'))};
        }
    }
    const QVariant major = ticket->fields.value(u"major"_s);
    if (!major.isNull() && (major.toBool() || major.toLongLong() != 0)) {
        if (ticket->fields.value(u"major_incident_manager"_s).toString().trimmed().isEmpty())
            out << AttentionReason {AttentionReason::Kind::MajorWithoutManager,
                                    Tr::tr("Major incident without a major incident manager.")};
        if (ticket->fields.value(u"management_informed_by"_s).toString().trimmed().isEmpty())
            out << AttentionReason {AttentionReason::Kind::MajorManagementNotTold,
                                    Tr::tr("Major incident: top management has not been told.")};
    }
    return out;
}

Result<qint64> TicketWork::autoEscalate(qint64 nowMs, const std::atomic_bool *cancel)
{
    Database &db = m_store.workbook().db();
    if (Error e = m_store.workbook().requireWritable(); e.isError())
        return e;
    const QString now = storedAt(nowOr(nowMs));
    QList<Rule> rules;
    {
        Statement st = db.prepare(
            "SELECT id, record_type, trigger_event, kind, target, to_group, "
            "ifnull(priority_at_most, 0) FROM escalation_rule WHERE active = 1 ORDER BY id");
        while (st.next()) {
            Rule r;
            r.id = st.int64(0);
            r.type = st.text(1);
            r.trigger = st.text(2);
            r.functional = st.text(3) == u"functional"_s;
            r.target = st.text(4);
            r.toGroup = st.text(5);
            r.priorityAtMost = int(st.int64(6));
            if (isTicket(r.type))
                rules << r;
        }
        if (st.error().isError())
            return st.error();
    }
    const QString workbookManager = TicketRules::setting(db, u"major_incident.manager"_s, {});
    QHash<QString, QString> managers;
    qint64 raised = 0;
    for (const Rule &rule : std::as_const(rules)) {
        const RecordTypeDef *def = RecordTypes::find(rule.type);
        // Times the stored SLA state holds: due times are where a running clock will run out,
        // breached_at where one already did; a warning time is when it was or will be crossed.
        const QString reached = rule.trigger == u"response_breach"_s
            ? u"(s.response_due <= ?2 OR s.response_breached_at <= ?2)"_s
            : rule.trigger == u"resolution_warning"_s
            ? u"(s.resolution_warning_at <= ?2 OR s.resolution_breached_at IS NOT NULL "
              "OR (s.clock = 'running' AND s.resolution_due <= ?2))"_s
            : u"(s.resolution_breached_at <= ?2 OR (s.clock = 'running' AND "
              "s.resolution_due <= ?2))"_s;
        // Requests are not reopened: their working life is one.
        const QString cycleExpr =
            def->typedField(u"reopen_count"_s) ? u"ifnull(t.reopen_count, 0)"_s : u"0"_s;
        const QString sql = u"SELECT r.id, "_s + cycleExpr + u" FROM sla_status s "_s
            + u"JOIN record r ON r.id = s.record_id JOIN "_s + def->table
            + u" t ON t.id = r.id WHERE r.type = ?1 AND s.clock <> 'stopped' AND "_s + reached
            + u" AND (?3 = 0 OR t.priority <= ?3) "_s
            + u"AND NOT EXISTS (SELECT 1 FROM escalation e WHERE e.record_id = r.id AND "_s
            + u"e.rule_id = ?4 AND e.cycle = "_s + cycleExpr + u") ORDER BY r.id LIMIT ?5"_s;
        for (;;) {
            if (cancel && cancel->load())
                return raised;
            QList<std::pair<qint64, int>> due;
            {
                Statement st = db.prepare(sql.toUtf8());
                st.bind(1, rule.type).bind(2, now).bind(3, rule.priorityAtMost).bind(4, rule.id);
                st.bind(5, SweepBatch);
                while (st.next())
                    due.append({st.int64(0), int(st.int64(1))});
                if (st.error().isError())
                    return st.error();
            }
            if (due.isEmpty())
                break;
            WriteTransaction tx(db);
            if (Error e = tx.begin(); e.isError())
                return e;
            for (const auto &[id, cycle] : std::as_const(due)) {
                Result<Record> ticket = m_store.load(id);
                if (!ticket.ok())
                    return ticket.error();
                EscalationInfo e;
                e.functional = rule.functional;
                e.trigger = rule.trigger;
                e.fromGroup = ticket->fields.value(u"assignment_group"_s).toString();
                e.at = nowStored();
                e.by = m_store.user();
                if (rule.target == u"group"_s) {
                    e.toGroup = rule.toGroup;
                    if (e.toGroup.compare(e.fromGroup, Qt::CaseInsensitive) != 0) {
                        QVariantMap changes {
                            {u"assignment_group"_s, e.toGroup},
                            {u"assignee"_s, QVariant()},
                            {u"escalation_count"_s,
                             ticket->fields.value(u"escalation_count"_s).toLongLong() + 1}};
                        Result<int> v = m_store.update(id, changes);
                        if (!v.ok())
                            return v.error();
                    }
                } else if (rule.target == u"major_incident_manager"_s) {
                    e.toPerson =
                        ticket->fields.value(u"major_incident_manager"_s).toString().trimmed();
                    if (e.toPerson.isEmpty())
                        e.toPerson = workbookManager;
                } else {
                    auto it = managers.constFind(e.fromGroup);
                    if (it == managers.constEnd())
                        it = managers.insert(e.fromGroup, groupManager(db, e.fromGroup));
                    e.toPerson = *it;
                }
                if (!e.functional && e.toPerson.isEmpty())
                    e.reason = e.fromGroup.isEmpty()
                        ? Tr::tr("The ticket has no assignment group, so nobody was named.")
                        : Tr::tr("The group %1 has no manager recorded, so nobody was named.")
                              .arg(e.fromGroup);
                Result<qint64> r = insertEscalation(*ticket, e, rule.id, cycle);
                if (!r.ok())
                    return r.error();
                ++raised;
            }
            if (Error e = tx.commit(); e.isError())
                return e;
            if (due.size() < SweepBatch)
                break;
        }
    }
    return raised;
}

Result<SweepResult> TicketWork::autoClose(qint64 nowMs, const std::atomic_bool *cancel)
{
    Database &db = m_store.workbook().db();
    SweepResult result;
    if (Error e = m_store.workbook().requireWritable(); e.isError())
        return e;
    const int days = TicketRules::setting(db, u"auto_close.days"_s, u"5"_s).toInt();
    if (days <= 0)
        return result;
    const QString cutoff = storedAt(nowOr(nowMs) - qint64(days) * 86400000);
    // Tickets the rules would refuse (a major incident without its review) are reported, not
    // tried again and again inside the batch.
    const char *const sources[] = {
        "SELECT r.id, r.human_id, (t.major = 1 AND ifnull(trim(t.pir_summary), '') = '') "
        "FROM record r JOIN incident t ON t.id = r.id WHERE r.type = 'incident' AND r.state = "
        "'resolved' AND t.resolved_at <= ?1 AND r.id > ?2 ORDER BY r.id LIMIT ?3",
        "SELECT r.id, r.human_id, 0 FROM record r JOIN service_request t ON t.id = r.id "
        "WHERE r.type = 'service_request' AND r.state = 'fulfilled' AND t.fulfilled_at <= ?1 "
        "AND r.id > ?2 ORDER BY r.id LIMIT ?3",
    };
    for (const char *source : sources) {
        qint64 after = 0;
        for (;;) {
            if (cancel && cancel->load())
                return result;
            struct Due
            {
                qint64 id;
                QString humanId;
                bool needsReview;
            };
            QList<Due> due;
            {
                Statement st = db.prepare(source);
                st.bind(1, cutoff).bind(2, after).bind(3, SweepBatch);
                while (st.next())
                    due.append({st.int64(0), st.text(1), st.int64(2) != 0});
                if (st.error().isError())
                    return st.error();
            }
            if (due.isEmpty())
                break;
            WriteTransaction tx(db);
            if (Error e = tx.begin(); e.isError())
                return e;
            for (const Due &d : std::as_const(due)) {
                after = d.id;
                if (d.needsReview) {
                    result.skipped << Tr::tr("%1: a major incident closes after its "
                                             "post-incident review.")
                                          .arg(d.humanId);
                    continue;
                }
                Result<int> v =
                    m_store.transition(d.id, u"closed"_s, {{u"closure"_s, u"auto_close"_s}});
                if (!v.ok()) {
                    // Refused before anything was written: the others still close.
                    result.skipped << d.humanId + u": "_s + v.error().message();
                    continue;
                }
                ++result.closed;
            }
            if (Error e = tx.commit(); e.isError())
                return e;
            if (due.size() < SweepBatch)
                break;
        }
    }
    return result;
}

Result<SweepResult> TicketWork::sweep(qint64 nowMs, const std::atomic_bool *cancel)
{
    const qint64 now = nowOr(nowMs);
    Result<qint64> escalated = autoEscalate(now, cancel);
    if (!escalated.ok())
        return escalated.error();
    Result<SweepResult> closed = autoClose(now, cancel);
    if (!closed.ok())
        return closed.error();
    SweepResult out = *closed;
    out.escalated = *escalated;
    return out;
}

} // namespace sb
