#include "slastore.h"

#include "clock.h"
#include "records/audit.h"
#include "records/lifecycle.h"
#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla)
};

const QStringList TicketTypes {u"incident"_s, u"service_request"_s};

QString minuteText(int m)
{
    return u"%1:%2"_s.arg(m / 60, 2, 10, QChar(u'0')).arg(m % 60, 2, 10, QChar(u'0'));
}

bool parseMinute(const QString &s, int *out)
{
    const QStringList p = s.trimmed().split(u':');
    if (p.size() != 2)
        return false;
    bool okH = false, okM = false;
    const int h = p[0].toInt(&okH), m = p[1].toInt(&okM);
    if (!okH || !okM || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0))
        return false;
    *out = h * 60 + m;
    return true;
}

QStringList splitStates(const QString &s)
{
    QStringList out;
    for (const QString &p : s.split(u',', Qt::SkipEmptyParts))
        out << p.trimmed();
    return out;
}

qint64 storedMs(const QVariant &v)
{
    if (v.isNull())
        return -1;
    const QDateTime t =
        v.typeId() == QMetaType::QDateTime ? v.toDateTime() : fromStoredTime(v.toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QString msText(qint64 ms)
{
    return ms < 0 ? QString() : toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QString optionalText(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}
} // namespace

SlaStore::SlaStore(Workbook &workbook)
    : m_workbook(workbook)
    , m_db(workbook.db())
    , m_store(workbook)
{ }

namespace {
using TouchedTickets = QList<qint64>;
constexpr char touchedKey[] = "sla.touched";
} // namespace

void SlaStore::noteTicketWritten(Workbook &workbook, qint64 recordId)
{
    Database &db = workbook.db();
    if (db.transactionDepth() == 0 || recordId <= 0)
        return;
    if (db.markInTransaction("sla") && !db.hasCommitHook("sla")) {
        Workbook *wb = &workbook;
        db.setCommitHook("sla", [wb](Database &d) -> Error {
            if (!d.isMarkedInTransaction("sla"))
                return {};
            QVariant &slot = d.transactionValue(touchedKey);
            if (slot.metaType() != QMetaType::fromType<TouchedTickets>())
                return {};
            TouchedTickets ids = std::move(*static_cast<TouchedTickets *>(slot.data()));
            slot = QVariant();
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            SlaStore sla(*wb);
            return sla.refresh(ids, currentUtc().toMSecsSinceEpoch());
        });
    }
    QVariant &slot = db.transactionValue(touchedKey);
    if (slot.metaType() != QMetaType::fromType<TouchedTickets>())
        slot = QVariant::fromValue(TouchedTickets());
    static_cast<TouchedTickets *>(slot.data())->append(recordId);
}

Error SlaStore::refresh(const QList<qint64> &ids, qint64 nowMs)
{
    if (m_db.transactionDepth() == 0)
        return Error(ErrorCode::Internal, u"SLA states are stored inside a transaction"_s);
    const QString computedAt = msText(nowMs);
    for (qint64 id : ids) {
        Result<TicketSla> sla = compute(id, nowMs);
        if (!sla.ok()) {
            if (sla.error().code() == ErrorCode::NotFound) {
                continue; // deleted: its state went with it
            }
            return sla.error();
        }
        if (Error e = storeStatus(*sla, computedAt); e.isError())
            return e;
    }
    return {};
}

QString SlaStore::hoursToText(const BusinessCalendar &calendar)
{
    QStringList days;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        QStringList spans;
        for (const WorkingHours &h : calendar.hours(Qt::DayOfWeek(d)))
            spans << minuteText(h.fromMinute) + u'-' + minuteText(h.toMinute);
        days << spans.join(u',');
    }
    return days.join(u';');
}

Error SlaStore::hoursFromText(const QString &text, BusinessCalendar *calendar)
{
    const QStringList days = text.split(u';');
    if (days.size() != 7)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Working hours need seven days, Monday to Sunday, separated by "
                            "\";\": \"%1\".")
                         .arg(text));
    for (int d = 0; d < 7; ++d) {
        QList<WorkingHours> hours;
        for (const QString &span : days[d].split(u',', Qt::SkipEmptyParts)) {
            const QStringList ends = span.split(u'-');
            WorkingHours h;
            if (ends.size() != 2 || !parseMinute(ends[0], &h.fromMinute)
                || !parseMinute(ends[1], &h.toMinute))
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not a stretch of working hours; write it as "
                                    "09:00-17:00.")
                                 .arg(span.trimmed()));
            hours << h;
        }
        if (Error e = calendar->setHours(Qt::DayOfWeek(d + 1), hours); e.isError())
            return e;
    }
    return {};
}

Result<BusinessCalendar> SlaStore::calendar(qint64 id)
{
    if (auto it = m_calendars.constFind(id); it != m_calendars.cend())
        return *it;
    Statement st =
        m_db.prepare("SELECT name, time_zone, hours FROM business_calendar WHERE id = ?1");
    st.bind(1, id);
    if (!st.next())
        return st.error().isError()
            ? st.error()
            : Error(ErrorCode::NotFound, Tr::tr("There is no business calendar %1.").arg(id));
    BusinessCalendar c;
    c.setName(st.text(0));
    const QTimeZone zone(st.text(1).toUtf8());
    if (!zone.isValid())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The calendar \"%1\" names an unknown time zone \"%2\".")
                         .arg(st.text(0), st.text(1)));
    c.setTimeZone(zone);
    if (Error e = hoursFromText(st.text(2), &c); e.isError())
        return e;
    Statement days =
        m_db.prepare("SELECT day, kind, name, as_weekday FROM calendar_day WHERE calendar_id = ?1");
    days.bind(1, id);
    while (days.next()) {
        const QDate d = QDate::fromString(days.text(0), Qt::ISODate);
        if (!d.isValid())
            continue;
        if (days.text(1) == u"working"_s)
            c.addWorkingDay(d, days.isNull(3) ? Qt::Monday : Qt::DayOfWeek(days.int64(3)));
        else
            c.addHoliday(d, days.text(2));
    }
    if (days.error().isError())
        return days.error();
    m_calendars.insert(id, c);
    return c;
}

Result<QList<std::pair<qint64, QString>>> SlaStore::calendarNames()
{
    Statement st = m_db.prepare("SELECT id, name FROM business_calendar ORDER BY name");
    QList<std::pair<qint64, QString>> out;
    while (st.next())
        out.append({st.int64(0), st.text(1)});
    if (st.error().isError())
        return st.error();
    return out;
}

Error SlaStore::writeAudit(const QString &action, const QString &field, const QString &oldValue,
                           const QString &newValue)
{
    AuditEntry e;
    e.at = nowStored();
    e.user = m_workbook.user();
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    AuditLog log(m_db);
    return log.append(e);
}

namespace {
// Calendars and SLA definitions are the service level manager's to change.
Error requireSlaRights(Workbook &workbook, const QString &what)
{
    RecordStore store(workbook);
    Result<Permissions> p = store.permissions();
    if (!p.ok())
        return p.error();
    if (p->isAdministrator()
        || p->hasAnyRole({u"service_owner"_s, u"sms_owner"_s, u"service_level_manager"_s}))
        return {};
    return p->requireAdministrator(what);
}
} // namespace

Result<qint64> SlaStore::saveCalendar(qint64 id, const BusinessCalendar &calendar)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    if (calendar.name().trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("A business calendar needs a name."));
    WriteTransaction tx(m_db);
    if (Error e = tx.begin(); e.isError())
        return e;
    if (Error e = requireSlaRights(m_workbook, Tr::tr("change business calendars")); e.isError())
        return e;
    const QString hours = hoursToText(calendar);
    const QString zone = QString::fromUtf8(calendar.timeZone().id());
    QString before;
    if (id > 0) {
        Statement old =
            m_db.prepare("SELECT name || ' ' || time_zone || ' ' || hours FROM business_calendar "
                         "WHERE id = ?1");
        old.bind(1, id);
        if (!old.next())
            return Error(ErrorCode::NotFound, Tr::tr("There is no business calendar %1.").arg(id));
        before = old.text(0);
        old.reset();
        Statement up = m_db.prepare(
            "UPDATE business_calendar SET name = ?1, time_zone = ?2, hours = ?3 WHERE id = ?4");
        up.bind(1, calendar.name().trimmed()).bind(2, zone).bind(3, hours).bind(4, id);
        if (Error e = up.exec(); e.isError())
            return e;
    } else {
        Statement ins = m_db.prepare(
            "INSERT INTO business_calendar(name, time_zone, hours) VALUES (?1, ?2, ?3)");
        ins.bind(1, calendar.name().trimmed()).bind(2, zone).bind(3, hours);
        if (Error e = ins.exec(); e.isError()) {
            if (e.code() == ErrorCode::InvalidInput || e.detail().contains(u"UNIQUE"_s))
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("There is already a business calendar named \"%1\".")
                                 .arg(calendar.name().trimmed()));
            return e;
        }
        id = m_db.lastInsertRowId();
    }
    Statement del = m_db.prepare("DELETE FROM calendar_day WHERE calendar_id = ?1");
    if (Error e = del.bind(1, id).exec(); e.isError())
        return e;
    Statement day = m_db.prepare("INSERT INTO calendar_day(calendar_id, day, kind, name, "
                                 "as_weekday) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (auto it = calendar.holidays().cbegin(); it != calendar.holidays().cend(); ++it) {
        day.bind(1, id).bind(2, it.key().toString(Qt::ISODate)).bind(3, u"holiday"_s);
        day.bind(4, it.value()).bindNull(5);
        if (Error e = day.exec(); e.isError())
            return e;
    }
    for (auto it = calendar.workingDays().cbegin(); it != calendar.workingDays().cend(); ++it) {
        day.bind(1, id).bind(2, it.key().toString(Qt::ISODate)).bind(3, u"working"_s);
        day.bindNull(4).bind(5, int(it.value()));
        if (Error e = day.exec(); e.isError())
            return e;
    }
    const QString after = calendar.name().trimmed() + u' ' + zone + u' ' + hours + u" ("_s
        + Tr::tr("%n holiday(s)", nullptr, int(calendar.holidays().size())) + u", "_s
        + Tr::tr("%n extra working day(s)", nullptr, int(calendar.workingDays().size())) + u')';
    if (Error e = writeAudit(u"calendar"_s, QString::number(id), before, after); e.isError())
        return e;
    m_calendars.remove(id);
    if (Error e = tx.commit(); e.isError())
        return e;
    // Tickets measured against this calendar follow it.
    Result<QList<SlaDefinition>> defs = definitions();
    if (defs.ok()) {
        for (const SlaDefinition &d : *defs) {
            if (d.calendarId == id) {
                auto r = recompute();
                if (!r.ok())
                    return r.error();
                break;
            }
        }
    }
    return id;
}

Result<QList<SlaDefinition>> SlaStore::definitions()
{
    if (m_definitions)
        return *m_definitions;
    Statement st = m_db.prepare(
        "SELECT id, name, record_type, service, customer, priority, response_minutes, "
        "resolution_minutes, calendar_id, response_states, pause_states, stop_states, "
        "warning_percent, active FROM sla_definition ORDER BY record_type, priority, id");
    QList<SlaDefinition> out;
    while (st.next()) {
        SlaDefinition d;
        d.id = st.int64(0);
        d.name = st.text(1);
        d.recordType = st.text(2);
        d.service = st.text(3);
        d.customer = st.text(4);
        if (!st.isNull(5))
            d.priority = int(st.int64(5));
        if (!st.isNull(6))
            d.responseMinutes = int(st.int64(6));
        if (!st.isNull(7))
            d.resolutionMinutes = int(st.int64(7));
        d.calendarId = st.int64(8);
        d.responseStates = splitStates(st.text(9));
        d.pauseStates = splitStates(st.text(10));
        d.stopStates = splitStates(st.text(11));
        d.warningPercent = int(st.int64(12));
        d.active = st.int64(13) != 0;
        out.append(d);
    }
    if (st.error().isError())
        return st.error();
    m_definitions = out;
    return out;
}

Result<qint64> SlaStore::saveDefinition(const SlaDefinition &d)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    if (d.name.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("An SLA definition needs a name."));
    if (!TicketTypes.contains(d.recordType))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("SLAs apply to incidents and service requests, not to \"%1\".")
                         .arg(d.recordType));
    if (!d.responseMinutes && !d.resolutionMinutes)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("An SLA definition needs a response or a resolution target."));
    if ((d.responseMinutes && *d.responseMinutes <= 0)
        || (d.resolutionMinutes && *d.resolutionMinutes <= 0))
        return Error(ErrorCode::InvalidInput, Tr::tr("SLA targets must be longer than zero."));
    if (d.warningPercent < 1 || d.warningPercent > 100)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The warning threshold is a share of the target between 1 and "
                            "100 %."));
    WriteTransaction tx(m_db);
    if (Error e = tx.begin(); e.isError())
        return e;
    if (Error e = requireSlaRights(m_workbook, Tr::tr("change SLA definitions")); e.isError())
        return e;
    if (auto c = calendar(d.calendarId); !c.ok())
        return c.error();
    const QJsonObject describedJson {
        {u"name"_s, d.name.trimmed()},
        {u"record_type"_s, d.recordType},
        {u"service"_s, d.service},
        {u"customer"_s, d.customer},
        {u"priority"_s, optionalText(d.priority)},
        {u"response_minutes"_s, optionalText(d.responseMinutes)},
        {u"resolution_minutes"_s, optionalText(d.resolutionMinutes)},
        {u"calendar_id"_s, QString::number(d.calendarId)},
        {u"response_states"_s, d.responseStates.join(u',')},
        {u"pause_states"_s, d.pauseStates.join(u',')},
        {u"stop_states"_s, d.stopStates.join(u',')},
        {u"warning_percent"_s, d.warningPercent},
        {u"active"_s, d.active},
    };
    const QString described =
        QString::fromUtf8(QJsonDocument(describedJson).toJson(QJsonDocument::Compact));
    QString before;
    qint64 id = d.id;
    Statement st = id > 0
        ? m_db.prepare("UPDATE sla_definition SET name = ?1, record_type = ?2, service = ?3, "
                       "customer = ?4, priority = ?5, response_minutes = ?6, resolution_minutes "
                       "= ?7, calendar_id = ?8, response_states = ?9, pause_states = ?10, "
                       "stop_states = ?11, warning_percent = ?12, active = ?13 WHERE id = ?14")
        : m_db.prepare("INSERT INTO sla_definition(name, record_type, service, customer, "
                       "priority, response_minutes, resolution_minutes, calendar_id, "
                       "response_states, pause_states, stop_states, warning_percent, active) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    st.bind(1, d.name.trimmed()).bind(2, d.recordType);
    d.service.isEmpty() ? st.bindNull(3) : st.bind(3, d.service);
    d.customer.isEmpty() ? st.bindNull(4) : st.bind(4, d.customer);
    d.priority ? st.bind(5, *d.priority) : st.bindNull(5);
    d.responseMinutes ? st.bind(6, *d.responseMinutes) : st.bindNull(6);
    d.resolutionMinutes ? st.bind(7, *d.resolutionMinutes) : st.bindNull(7);
    st.bind(8, d.calendarId)
        .bind(9, d.responseStates.join(u','))
        .bind(10, d.pauseStates.join(u','))
        .bind(11, d.stopStates.join(u','))
        .bind(12, d.warningPercent)
        .bind(13, d.active);
    if (id > 0) {
        st.bind(14, id);
        Statement old = m_db.prepare("SELECT name FROM sla_definition WHERE id = ?1");
        old.bind(1, id);
        if (!old.next())
            return Error(ErrorCode::NotFound, Tr::tr("There is no SLA definition %1.").arg(id));
        before = old.text(0);
    }
    if (Error e = st.exec(); e.isError())
        return e;
    if (id <= 0)
        id = m_db.lastInsertRowId();
    m_definitions.reset();
    if (Error e = writeAudit(u"sla_definition"_s, QString::number(id), before, described);
        e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    // The open tickets it may apply to are measured again at once.
    auto r = recompute();
    if (!r.ok())
        return r.error();
    return id;
}

std::optional<SlaDefinition> SlaStore::match(const QList<SlaDefinition> &definitions,
                                             const QString &type, const QString &service,
                                             const QString &customer, std::optional<int> priority)
{
    const SlaDefinition *best = nullptr;
    int bestScore = -1;
    for (const SlaDefinition &d : definitions) {
        if (!d.active || d.recordType != type)
            continue;
        if (d.priority && d.priority != priority)
            continue;
        if (!d.service.isEmpty() && d.service != service)
            continue;
        if (!d.customer.isEmpty() && d.customer != customer)
            continue;
        const int score =
            (d.service.isEmpty() ? 0 : 4) + (d.customer.isEmpty() ? 0 : 2) + (d.priority ? 1 : 0);
        if (score > bestScore) {
            best = &d;
            bestScore = score;
        }
    }
    return best ? std::optional<SlaDefinition>(*best) : std::nullopt;
}

Result<QList<StateChange>> SlaStore::stateHistory(qint64 recordId)
{
    Result<Record> rec = m_store.load(recordId);
    if (!rec.ok())
        return rec.error();
    return historyOf(*rec, nullptr);
}

Result<QList<StateChange>> SlaStore::historyOf(const Record &record, bool *responseKnown)
{
    const Record *rec = &record;
    Result<QList<AuditEntry>> trail = AuditLog::forRecord(m_db, record.id);
    if (!trail.ok())
        return trail.error();
    Result<Lifecycles> lc = m_store.lifecycles();
    if (!lc.ok())
        return lc.error();
    const QString initial = lc->initialState(rec->type);

    QList<StateChange> history;
    bool imported = false;
    bool movedSinceImport = false;
    for (const AuditEntry &e : std::as_const(*trail)) {
        const qint64 at = storedMs(e.at);
        if (e.action == u"create"_s || (e.action == u"import"_s && e.field.isEmpty())) {
            imported = e.action == u"import"_s;
            QString state = initial;
            const QJsonObject snap = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
            if (snap.contains(u"state"_s))
                state = snap.value(u"state"_s).toString();
            if (imported) {
                // Imported tickets bring their own times: opened, resolved, closed.
                const qint64 opened = storedMs(rec->value(u"opened_at"_s));
                const qint64 resolved = storedMs(rec->value(u"resolved_at"_s));
                const qint64 closed = storedMs(rec->value(u"closed_at"_s));
                history.append({opened >= 0 ? opened : at, initial, {}});
                if (resolved >= 0 && lc->hasState(rec->type, u"resolved"_s))
                    history.append({resolved, u"resolved"_s, {}});
                if (closed >= 0 && lc->hasState(rec->type, u"closed"_s))
                    history.append({qMax(closed, resolved), u"closed"_s, {}});
                if (state != history.last().state && resolved < 0 && closed < 0)
                    history.append({at, state, {}});
            } else {
                const qint64 opened = storedMs(rec->value(u"opened_at"_s));
                history.append({opened >= 0 && opened < at ? opened : at, state, {}});
            }
        } else if (e.field == u"state"_s && !e.newValue.isEmpty()) {
            QString reason;
            if (e.newValue == u"pending"_s)
                reason = rec->value(u"pending_reason"_s).toString();
            if (imported && !history.isEmpty() && history.last().state == e.newValue)
                continue;
            movedSinceImport = true;
            history.append({at, e.newValue, reason});
        }
    }
    if (history.isEmpty())
        history.append({storedMs(rec->createdAt), rec->state, {}});
    if (responseKnown)
        *responseKnown = !imported || movedSinceImport;
    std::stable_sort(history.begin(), history.end(),
                     [](const StateChange &a, const StateChange &b) { return a.atMs < b.atMs; });
    return history;
}

Result<TicketSla> SlaStore::compute(qint64 recordId, qint64 nowMs)
{
    RecordStore &store = m_store;
    Result<Record> rec = store.load(recordId);
    if (!rec.ok())
        return rec.error();
    TicketSla out;
    out.recordId = recordId;
    if (!TicketTypes.contains(rec->type))
        return out;
    Result<QList<SlaDefinition>> defs = definitions();
    if (!defs.ok())
        return defs.error();
    const QVariant p = rec->value(u"priority"_s);
    const std::optional<int> priority = p.isNull() ? std::nullopt : std::optional<int>(p.toInt());
    out.definition = match(*defs, rec->type, rec->value(u"service"_s).toString(),
                           rec->value(u"customer"_s).toString(), priority);
    if (!out.definition)
        return out;
    Result<BusinessCalendar> cal = calendar(out.definition->calendarId);
    if (!cal.ok())
        return cal.error();
    bool responseKnown = true;
    Result<QList<StateChange>> history = historyOf(*rec, &responseKnown);
    if (!history.ok())
        return history.error();
    Result<Lifecycles> lc = store.lifecycles();
    if (!lc.ok())
        return lc.error();

    const SlaDefinition &d = *out.definition;
    // A ticket taken over from another system does not say when it was first answered: its
    // response clock is unknown rather than guessed, until it moves on here.
    if (d.responseMinutes && responseKnown) {
        SlaTarget t;
        t.targetMs = qint64(*d.responseMinutes) * 60000;
        t.warningPercent = d.warningPercent;
        t.stopIsFinal = true;
        for (const LifecycleState &s : lc->states(rec->type)) {
            if (d.pauseStates.contains(s.state) && d.responseStates.contains(s.state))
                t.pauseStates.insert(s.state);
            else if (!d.responseStates.contains(s.state))
                t.stopStates.insert(s.state);
        }
        out.response = evaluateClock(*cal, t, *history, nowMs);
    }
    if (d.resolutionMinutes) {
        SlaTarget t;
        t.targetMs = qint64(*d.resolutionMinutes) * 60000;
        t.warningPercent = d.warningPercent;
        t.pauseStates = QSet<QString>(d.pauseStates.cbegin(), d.pauseStates.cend());
        t.stopStates = QSet<QString>(d.stopStates.cbegin(), d.stopStates.cend());
        out.resolution = evaluateClock(*cal, t, *history, nowMs);
    }
    return out;
}

Error SlaStore::storeStatus(const TicketSla &sla, const QString &computedAt)
{
    if (!sla.definition) {
        Statement del = m_db.prepare("DELETE FROM sla_status WHERE record_id = ?1");
        return del.bind(1, sla.recordId).exec();
    }
    Statement st = m_db.prepare(
        "INSERT OR REPLACE INTO sla_status(record_id, sla_id, clock, response_elapsed_ms, "
        "response_due, response_breached_at, resolution_elapsed_ms, resolution_target_ms, "
        "resolution_due, resolution_warning_at, resolution_breached_at, computed_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    const ClockStatus *main =
        sla.resolution ? &*sla.resolution : (sla.response ? &*sla.response : nullptr);
    QString clock = u"stopped"_s;
    if (main)
        clock = main->running ? u"running"_s : (main->paused ? u"paused"_s : u"stopped"_s);
    st.bind(1, sla.recordId).bind(2, sla.definition->id).bind(3, clock);
    auto bindMs = [&](int i, qint64 ms) {
        ms < 0 ? st.bindNull(i) : st.bind(i, msText(ms));
    };
    if (sla.response) {
        st.bind(4, sla.response->elapsedMs);
        bindMs(5, sla.response->dueMs);
        bindMs(6, sla.response->breached ? sla.response->breachedAtMs : -1);
    } else {
        st.bindNull(4).bindNull(5).bindNull(6);
    }
    if (sla.resolution) {
        st.bind(7, sla.resolution->elapsedMs).bind(8, sla.resolution->targetMs);
        bindMs(9, sla.resolution->dueMs);
        bindMs(10, sla.resolution->warningAtMs);
        bindMs(11, sla.resolution->breached ? sla.resolution->breachedAtMs : -1);
    } else {
        st.bindNull(7).bindNull(8).bindNull(9).bindNull(10).bindNull(11);
    }
    st.bind(12, computedAt);
    return st.exec();
}

Result<qint64> SlaStore::recompute(const QList<qint64> &ids, qint64 nowMs,
                                   const std::function<void(qint64, qint64)> &progress,
                                   const std::atomic_bool *cancel, int batch)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    if (nowMs < 0)
        nowMs = currentUtc().toMSecsSinceEpoch();
    QList<qint64> todo = ids;
    if (todo.isEmpty()) {
        Statement st = m_db.prepare(
            "SELECT r.id FROM record r JOIN lifecycle_state s ON s.type = r.type AND s.state = "
            "r.state WHERE r.type IN ('incident', 'service_request') AND s.is_final = 0 "
            "ORDER BY r.id");
        while (st.next())
            todo << st.int64(0);
        if (st.error().isError())
            return st.error();
    }
    m_calendars.clear();
    m_definitions.reset();
    qint64 done = 0;
    for (qsizetype i = 0; i < todo.size();) {
        if (cancel && cancel->load())
            break;
        WriteTransaction tx(m_db);
        if (Error e = tx.begin(); e.isError())
            return e;
        const qsizetype end = qMin(todo.size(), i + qMax(1, batch));
        if (Error e = refresh(todo.mid(i, end - i), nowMs); e.isError())
            return e;
        done += end - i;
        i = end;
        if (i >= todo.size() || (cancel && cancel->load())) {
            if (Error e = writeAudit(u"sla_recompute"_s, u"tickets"_s, {}, QString::number(done));
                e.isError())
                return e;
        }
        if (Error e = tx.commit(); e.isError())
            return e;
        if (progress)
            progress(i, todo.size());
    }
    return done;
}

} // namespace sb
