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

namespace {
// "YYYY-MM-DDTHH:MM:SS.mmmZ", as every time is stored, read directly (from UTF-16 or UTF-8):
// statistics read two for each of a million tickets, and QDateTime's parser costs more than
// all the rest. -2 when the text is not in that form or names no valid time.
template<typename Char>
qint64 parseStoredTime(const Char *c, qsizetype size)
{
    if (size != 24 || c[4] != '-' || c[7] != '-' || c[10] != 'T' || c[13] != ':' || c[16] != ':'
        || c[19] != '.' || c[23] != 'Z')
        return -2;
    auto digit = [c](int i) {
        return unsigned(c[i]) - unsigned('0');
    };
    const unsigned d[17] = {digit(0),  digit(1),  digit(2),  digit(3),  digit(5),  digit(6),
                            digit(8),  digit(9),  digit(11), digit(12), digit(14), digit(15),
                            digit(17), digit(18), digit(20), digit(21), digit(22)};
    if ((d[0] > 9) | (d[1] > 9) | (d[2] > 9) | (d[3] > 9) | (d[4] > 9) | (d[5] > 9) | (d[6] > 9)
        | (d[7] > 9) | (d[8] > 9) | (d[9] > 9) | (d[10] > 9) | (d[11] > 9) | (d[12] > 9)
        | (d[13] > 9) | (d[14] > 9) | (d[15] > 9) | (d[16] > 9))
        return -2;
    const int y = int(d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]);
    const int mo = int(d[4] * 10 + d[5]), day = int(d[6] * 10 + d[7]);
    const int h = int(d[8] * 10 + d[9]), mi = int(d[10] * 10 + d[11]);
    const int sec = int(d[12] * 10 + d[13]), ms = int(d[14] * 100 + d[15] * 10 + d[16]);
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1 || mo < 1 || mo > 12 || day < 1 || day > monthDays[mo - 1] + (mo == 2 && leap)
        || h > 23 || mi > 59 || sec > 59)
        return -2;
    // Days since 1970-01-01 in the proleptic Gregorian calendar, as QDate counts them.
    const int yy = mo <= 2 ? y - 1 : y;
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    return days * 86400000 + h * 3600000 + mi * 60000 + sec * 1000 + ms;
}

qint64 parsedStoredTime(const QString &text)
{
    if (text.isEmpty())
        return -1;
    const QDateTime t = fromStoredTime(text);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}
} // namespace

qint64 SlaStore::storedTimeMs(QStringView text)
{
    const qint64 ms = parseStoredTime(text.utf16(), text.size());
    return ms != -2 ? ms : parsedStoredTime(text.toString());
}

qint64 SlaStore::storedTimeMs(QByteArrayView utf8)
{
    const qint64 ms = parseStoredTime(utf8.data(), utf8.size());
    return ms != -2 ? ms : parsedStoredTime(QString::fromUtf8(utf8));
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
    return AuditLog(m_db).append(m_workbook.user(), action, field, oldValue, newValue);
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

// ---- the computation --------------------------------------------------------------------

namespace {
// An audit entry that places a ticket in a state: its creation or import (with the state its
// snapshot names, null when it names none), or a change of its state.
struct Move
{
    enum Kind { Created, Imported, Changed };
    Kind kind = Changed;
    qint64 atMs = -1;
    QString state;
};
} // namespace

// What a ticket's SLA is computed from: the fields named in the class comment, as the record
// holds them (null or -1 when the type has no such field or it is empty), and its moves.
struct SlaStore::Ticket
{
    qint64 id = 0;
    QString type;
    QString state;
    qint64 createdMs = -1;
    std::optional<int> priority;
    QString service;
    QString customer;
    qint64 openedMs = -1;
    qint64 resolvedMs = -1;
    qint64 closedMs = -1;
    QString pendingReason;
    QList<Move> moves; // in the order of the audit trail
    // The state stored for it before, so that it can be updated in place: the columns the
    // queue's index holds are left alone when they stay the same.
    bool hasStatus = false;
    QString storedClock;
    QString storedResolutionDue;
};

namespace {
// What a type's lifecycle tells the history: where tickets start and which ends it has.
struct TypeFacts
{
    QString initial;
    bool hasResolved = false;
    bool hasClosed = false;
    QList<LifecycleState> states;
};

// The clocks of one definition, worked out once for every ticket it applies to.
struct Targets
{
    SlaTarget response;
    SlaTarget resolution;
};
} // namespace

struct SlaStore::Rules
{
    Lifecycles lifecycles;
    QList<SlaDefinition> definitions;
    QHash<QString, TypeFacts> types;
    QHash<qint64, Targets> targets; // by definition id

    const TypeFacts &typeFacts(const QString &type)
    {
        auto it = types.find(type);
        if (it == types.end()) {
            TypeFacts f;
            f.initial = lifecycles.initialState(type);
            f.hasResolved = lifecycles.hasState(type, u"resolved"_s);
            f.hasClosed = lifecycles.hasState(type, u"closed"_s);
            f.states = lifecycles.states(type);
            it = types.insert(type, f);
        }
        return *it;
    }

    const Targets &targetsFor(const SlaDefinition &d, const QString &type)
    {
        auto it = targets.find(d.id);
        if (it != targets.end())
            return *it;
        Targets t;
        if (d.responseMinutes) {
            t.response.targetMs = qint64(*d.responseMinutes) * 60000;
            t.response.warningPercent = d.warningPercent;
            t.response.stopIsFinal = true;
            for (const LifecycleState &s : typeFacts(type).states) {
                if (d.pauseStates.contains(s.state) && d.responseStates.contains(s.state))
                    t.response.pauseStates.insert(s.state);
                else if (!d.responseStates.contains(s.state))
                    t.response.stopStates.insert(s.state);
            }
        }
        if (d.resolutionMinutes) {
            t.resolution.targetMs = qint64(*d.resolutionMinutes) * 60000;
            t.resolution.warningPercent = d.warningPercent;
            t.resolution.pauseStates = QSet<QString>(d.pauseStates.cbegin(), d.pauseStates.cend());
            t.resolution.stopStates = QSet<QString>(d.stopStates.cbegin(), d.stopStates.cend());
        }
        return *targets.insert(d.id, t);
    }
};

namespace {
// A time column as the record's value reads: NULL is no time. Its bytes are read as they are
// stored (a text's UTF-8), not turned into a QString first.
qint64 columnMs(const Statement &st, int column)
{
    if (st.isNull(column))
        return -1;
    return SlaStore::storedTimeMs(QByteArrayView(st.blob(column)));
}

// The ids as a JSON array, bound as one value: a batch is read with one statement.
QString idArray(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QByteArray json;
    json.reserve(ids.size() * 8 + 2);
    json += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(ids[i]);
    }
    json += ']';
    return QString::fromLatin1(json);
}

// The fields a ticket's SLA reads, in the order loadTickets() expects them; a field the type
// does not have reads as NULL, as a record without the value would.
const QByteArray &ticketSql(const RecordTypeDef &def)
{
    static const QHash<QString, QByteArray> all = [] {
        QHash<QString, QByteArray> h;
        for (const RecordTypeDef &t : RecordTypes::all()) {
            QByteArray sql = "SELECT r.id, r.state, r.created_at";
            for (const char *f : {"priority", "service", "customer", "opened_at", "resolved_at",
                                  "closed_at", "pending_reason"}) {
                sql += ", ";
                sql += t.typedField(QString::fromLatin1(f)) ? "t." + QByteArray(f) : "NULL";
            }
            // The ids lead: each record is looked up by its id, never the type's index
            // scanned for them.
            sql += ", s.record_id IS NOT NULL, s.clock, s.resolution_due";
            sql += " FROM json_each(?1) j CROSS JOIN record r ON r.id = j.value JOIN "
                + t.table.toUtf8()
                + " t ON t.id = r.id LEFT JOIN sla_status s ON s.record_id = r.id "
                  "WHERE r.type = ?2";
            h.insert(t.type, sql);
        }
        return h;
    }();
    return *all.constFind(def.type);
}
} // namespace

QList<StateChange> SlaStore::historyOf(const Ticket &t, Rules &rules, bool *responseKnown)
{
    const TypeFacts &type = rules.typeFacts(t.type);
    const QString &initial = type.initial;
    QList<StateChange> history;
    bool imported = false;
    bool movedSinceImport = false;
    for (const Move &m : t.moves) {
        const qint64 at = m.atMs;
        if (m.kind != Move::Changed) {
            imported = m.kind == Move::Imported;
            const QString state = m.state.isNull() ? initial : m.state;
            if (imported) {
                // Imported tickets bring their own times: opened, resolved, closed.
                history.append({t.openedMs >= 0 ? t.openedMs : at, initial, {}});
                if (t.resolvedMs >= 0 && type.hasResolved)
                    history.append({t.resolvedMs, u"resolved"_s, {}});
                if (t.closedMs >= 0 && type.hasClosed)
                    history.append({qMax(t.closedMs, t.resolvedMs), u"closed"_s, {}});
                if (state != history.last().state && t.resolvedMs < 0 && t.closedMs < 0)
                    history.append({at, state, {}});
            } else {
                history.append({t.openedMs >= 0 && t.openedMs < at ? t.openedMs : at, state, {}});
            }
        } else if (!m.state.isEmpty()) {
            QString reason;
            if (m.state == u"pending"_s)
                reason = t.pendingReason;
            if (imported && !history.isEmpty() && history.last().state == m.state)
                continue;
            movedSinceImport = true;
            history.append({at, m.state, reason});
        }
    }
    if (history.isEmpty())
        history.append({t.createdMs, t.state, {}});
    if (responseKnown)
        *responseKnown = !imported || movedSinceImport;
    std::stable_sort(history.begin(), history.end(),
                     [](const StateChange &a, const StateChange &b) { return a.atMs < b.atMs; });
    return history;
}

Error SlaStore::loadTickets(const QList<qint64> &ids, const QStringList &types,
                            QList<Ticket> *tickets)
{
    tickets->clear();
    if (ids.isEmpty())
        return {};
    const QString idJson = idArray(ids);
    QHash<qint64, qsizetype> at; // where each ticket is in *tickets
    QList<Ticket> found;
    for (const QString &type : types) {
        const RecordTypeDef *def = RecordTypes::find(type);
        if (!def)
            continue;
        Statement st = m_db.prepare(ticketSql(*def));
        st.bind(1, idJson).bind(2, type);
        while (st.next()) {
            Ticket t;
            t.id = st.int64(0);
            t.type = def->type;
            t.state = st.text(1);
            t.createdMs = columnMs(st, 2);
            if (!st.isNull(3))
                t.priority = st.value(3).toInt();
            t.service = st.text(4);
            t.customer = st.text(5);
            t.openedMs = columnMs(st, 6);
            t.resolvedMs = columnMs(st, 7);
            t.closedMs = columnMs(st, 8);
            t.pendingReason = st.text(9);
            t.hasStatus = st.int64(10) != 0;
            t.storedClock = st.text(11);
            t.storedResolutionDue = st.text(12);
            at.insert(t.id, found.size());
            found.append(std::move(t));
        }
        if (st.error().isError())
            return st.error();
    }
    if (found.isEmpty())
        return {};
    // The entries that place a ticket in a state, as historyOf() reads them. The state a
    // creation or import names is taken out of its snapshot by SQLite's JSON functions: a
    // snapshot that is no JSON object, or has no "state", names none (the lifecycle's first
    // state applies); a "state" that is not text names the empty state.
    Statement trail = m_db.prepare(
        "SELECT a.record_id, a.at, "
        "CASE WHEN a.action = 'create' THEN 0 "
        "WHEN a.action = 'import' AND ifnull(a.field, '') = '' THEN 1 ELSE 2 END, "
        "CASE WHEN a.action = 'create' OR (a.action = 'import' AND ifnull(a.field, '') = '') "
        "THEN CASE WHEN NOT json_valid(a.new_value) THEN NULL "
        "WHEN json_type(a.new_value, '$.state') IS NULL THEN NULL "
        "WHEN json_type(a.new_value, '$.state') = 'text' THEN "
        "json_extract(a.new_value, '$.state') ELSE '' END "
        "ELSE a.new_value END "
        "FROM audit a WHERE a.record_id IN (SELECT value FROM json_each(?1)) "
        "AND (a.action = 'create' OR (a.action = 'import' AND ifnull(a.field, '') = '') "
        "OR a.field = 'state') "
        "ORDER BY a.record_id, a.seq");
    trail.bind(1, idJson);
    while (trail.next()) {
        const auto it = at.constFind(trail.int64(0));
        if (it == at.cend())
            continue; // not one of the tickets
        Move m;
        m.kind = Move::Kind(trail.int64(2));
        m.atMs = columnMs(trail, 1);
        m.state = trail.text(3);
        found[*it].moves.append(std::move(m));
    }
    if (trail.error().isError())
        return trail.error();
    // In the order asked for, as the records were computed one by one before.
    tickets->reserve(found.size());
    for (qint64 id : ids) {
        if (const auto it = at.constFind(id); it != at.cend())
            tickets->append(found[*it]);
    }
    return {};
}

Error SlaStore::loadRules(Rules *rules)
{
    Result<Lifecycles> lc = m_store.lifecycles();
    if (!lc.ok())
        return lc.error();
    Result<QList<SlaDefinition>> defs = definitions();
    if (!defs.ok())
        return defs.error();
    rules->lifecycles = std::move(lc).value();
    rules->definitions = std::move(defs).value();
    return {};
}

Result<const BusinessCalendar *> SlaStore::keptCalendar(qint64 id)
{
    if (!m_calendars.contains(id)) {
        Result<BusinessCalendar> c = calendar(id); // reads it and keeps it
        if (!c.ok())
            return c.error();
    }
    return &*m_calendars.find(id);
}

Result<TicketSla> SlaStore::computeTicket(const Ticket &ticket, Rules &rules, qint64 nowMs)
{
    TicketSla out;
    out.recordId = ticket.id;
    if (!TicketTypes.contains(ticket.type))
        return out;
    out.definition =
        match(rules.definitions, ticket.type, ticket.service, ticket.customer, ticket.priority);
    if (!out.definition)
        return out;
    Result<const BusinessCalendar *> cal = keptCalendar(out.definition->calendarId);
    if (!cal.ok())
        return cal.error();
    bool responseKnown = true;
    const QList<StateChange> history = historyOf(ticket, rules, &responseKnown);

    const SlaDefinition &d = *out.definition;
    const Targets &targets = rules.targetsFor(d, ticket.type);
    // A ticket taken over from another system does not say when it was first answered: its
    // response clock is unknown rather than guessed, until it moves on here.
    if (d.responseMinutes && responseKnown)
        out.response = evaluateClock(**cal, targets.response, history, nowMs);
    if (d.resolutionMinutes)
        out.resolution = evaluateClock(**cal, targets.resolution, history, nowMs);
    return out;
}

Result<TicketSla> SlaStore::computeOther(qint64 recordId)
{
    Result<Record> rec = m_store.load(recordId);
    if (!rec.ok())
        return rec.error();
    if (TicketTypes.contains(rec->type))
        return Error(ErrorCode::Internal,
                     u"%1 could be loaded but not measured"_s.arg(rec->humanId));
    TicketSla out;
    out.recordId = recordId;
    return out;
}

Result<QList<StateChange>> SlaStore::stateHistory(qint64 recordId)
{
    Statement st = m_db.prepare("SELECT type FROM record WHERE id = ?1");
    st.bind(1, recordId);
    const QString type = st.next() ? st.text(0) : QString();
    if (st.error().isError())
        return st.error();
    st.reset();
    QList<Ticket> tickets;
    if (Error e = loadTickets({recordId}, {type}, &tickets); e.isError())
        return e;
    if (tickets.isEmpty()) {
        Result<Record> rec = m_store.load(recordId); // says why it cannot be read
        return rec.ok() ? Error(ErrorCode::Internal, u"no history for %1"_s.arg(rec->humanId))
                        : rec.error();
    }
    Result<Lifecycles> lc = m_store.lifecycles();
    if (!lc.ok())
        return lc.error();
    Rules rules;
    rules.lifecycles = std::move(lc).value();
    return historyOf(tickets.first(), rules, nullptr);
}

Result<TicketSla> SlaStore::compute(qint64 recordId, qint64 nowMs)
{
    QList<Ticket> tickets;
    if (Error e = loadTickets({recordId}, TicketTypes, &tickets); e.isError())
        return e;
    if (tickets.isEmpty())
        return computeOther(recordId);
    Rules rules;
    if (Error e = loadRules(&rules); e.isError())
        return e;
    return computeTicket(tickets.first(), rules, nowMs);
}

// Writes computed states with statements prepared once for the batch. A state that is there
// already is updated in place, and the queue's index (clock, resolution_due) only touched when
// those change: a recomputation otherwise rewrites every open ticket's index entry, which costs
// more than all the rest of it. All three statements number their values alike.
struct SlaStore::StatusWriter
{
    Statement insert;
    Statement update;
    Statement updateKeepingQueue;
    Statement remove;
    Database &db;
    QString computedAt;

    StatusWriter(Database &database, qint64 nowMs)
        : insert(database.prepare(
            "INSERT OR REPLACE INTO sla_status(record_id, sla_id, clock, response_elapsed_ms, "
            "response_due, response_breached_at, resolution_elapsed_ms, resolution_target_ms, "
            "resolution_due, resolution_warning_at, resolution_breached_at, computed_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"))
        , update(database.prepare(
              "UPDATE sla_status SET sla_id = ?2, clock = ?3, response_elapsed_ms = ?4, "
              "response_due = ?5, response_breached_at = ?6, resolution_elapsed_ms = ?7, "
              "resolution_target_ms = ?8, resolution_due = ?9, resolution_warning_at = ?10, "
              "resolution_breached_at = ?11, computed_at = ?12 WHERE record_id = ?1"))
        , updateKeepingQueue(database.prepare(
              "UPDATE sla_status SET sla_id = ?2, response_elapsed_ms = ?4, response_due = ?5, "
              "response_breached_at = ?6, resolution_elapsed_ms = ?7, resolution_target_ms = ?8, "
              "resolution_warning_at = ?10, resolution_breached_at = ?11, computed_at = ?12 "
              "WHERE record_id = ?1"))
        , remove(database.prepare("DELETE FROM sla_status WHERE record_id = ?1"))
        , db(database)
        , computedAt(msText(nowMs))
    { }

    // `ticket` says what was stored before (none for a record that is no ticket).
    Error store(const TicketSla &sla, const Ticket *ticket)
    {
        if (!sla.definition)
            return remove.bind(1, sla.recordId).exec();
        const ClockStatus *main =
            sla.resolution ? &*sla.resolution : (sla.response ? &*sla.response : nullptr);
        static const QString running = u"running"_s, paused = u"paused"_s, stopped = u"stopped"_s;
        const QString &clock =
            !main ? stopped : (main->running ? running : (main->paused ? paused : stopped));
        const QString resolutionDue = sla.resolution && sla.resolution->dueMs >= 0
            ? msText(sla.resolution->dueMs)
            : QString();
        Statement *st = &insert;
        if (ticket && ticket->hasStatus) {
            const bool sameQueue = clock == ticket->storedClock
                && resolutionDue.isNull() == ticket->storedResolutionDue.isNull()
                && resolutionDue == ticket->storedResolutionDue;
            st = sameQueue ? &updateKeepingQueue : &update;
        }
        if (Error e = bind(*st, sla, clock, resolutionDue).exec(); e.isError())
            return e;
        // Not there after all (removed since it was read): written afresh.
        if (st != &insert && db.changes() == 0)
            return bind(insert, sla, clock, resolutionDue).exec();
        return {};
    }

    Statement &bind(Statement &st, const TicketSla &sla, const QString &clock,
                    const QString &resolutionDue)
    {
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
            st.bind(9, resolutionDue); // null when there is none
            bindMs(10, sla.resolution->warningAtMs);
            bindMs(11, sla.resolution->breached ? sla.resolution->breachedAtMs : -1);
        } else {
            st.bindNull(7).bindNull(8).bindNull(9).bindNull(10).bindNull(11);
        }
        st.bind(12, computedAt);
        return st;
    }
};

Error SlaStore::refresh(const QList<qint64> &ids, qint64 nowMs)
{
    if (m_db.transactionDepth() == 0)
        return Error(ErrorCode::Internal, u"SLA states are stored inside a transaction"_s);
    if (ids.isEmpty())
        return {};
    QList<Ticket> tickets;
    if (Error e = loadTickets(ids, TicketTypes, &tickets); e.isError())
        return e;
    Rules rules;
    if (Error e = loadRules(&rules); e.isError())
        return e;
    StatusWriter writer(m_db, nowMs);
    qsizetype next = 0; // tickets come in the order of ids, an id named twice twice
    for (qint64 id : ids) {
        const Ticket *t =
            next < tickets.size() && tickets[next].id == id ? &tickets[next++] : nullptr;
        Result<TicketSla> sla = t ? computeTicket(*t, rules, nowMs) : computeOther(id);
        if (!sla.ok()) {
            if (sla.error().code() == ErrorCode::NotFound) {
                continue; // deleted: its state went with it
            }
            return sla.error();
        }
        if (Error e = writer.store(*sla, t); e.isError())
            return e;
    }
    return {};
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
            break; // before anything was done
        WriteTransaction tx(m_db);
        if (Error e = tx.begin(); e.isError())
            return e;
        const qsizetype end = qMin(todo.size(), i + qMax(1, batch));
        if (Error e = refresh(todo.mid(i, end - i), nowMs); e.isError())
            return e;
        done += end - i;
        i = end;
        const bool last = i >= todo.size() || (cancel && cancel->load());
        if (last) {
            if (Error e = writeAudit(u"sla_recompute"_s, u"tickets"_s, {}, QString::number(done));
                e.isError())
                return e;
        }
        if (Error e = tx.commit(); e.isError())
            return e;
        if (progress)
            progress(i, todo.size());
        if (last)
            break;
        if (cancel && cancel->load()) {
            // Cancelled between batches: what was stored is audited all the same.
            WriteTransaction audit(m_db);
            if (Error e = audit.begin(); e.isError())
                return e;
            if (Error e = writeAudit(u"sla_recompute"_s, u"tickets"_s, {}, QString::number(done));
                e.isError())
                return e;
            if (Error e = audit.commit(); e.isError())
                return e;
            break;
        }
    }
    return done;
}

} // namespace sb
