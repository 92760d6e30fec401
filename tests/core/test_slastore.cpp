#include "fixtures.h"

#include "clock.h"
#include "report/ticketstats.h"
#include "sla/slastore.h"
#include "storage/database.h"

#include <algorithm>
#include <map>
#include <random>

using namespace sb;
using namespace sb::test;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

QDateTime utcTime(const char *text)
{
    QDateTime t =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// Moves the program's clock: audit entries and "now" follow it.
struct TestClock
{
    QDateTime now;
    explicit TestClock(const char *start)
        : now(utcTime(start))
    {
        setClockForTesting([this] { return now; });
    }
    ~TestClock() { setClockForTesting({}); }
    void set(const char *t) { now = utcTime(t); }
    qint64 ms() const { return now.toMSecsSinceEpoch(); }
};

QString stored(const char *t)
{
    return toStoredTime(utcTime(t));
}

} // namespace

// 2026-03-02 is a Monday; the shipped P3 SLA is 4 working hours to respond and 24 to resolve,
// on office hours (Monday to Friday 09:00-17:00, UTC).

TEST_CASE("an incident's SLA follows its transitions, pauses while pending, and is stored")
{
    TempDir t;
    TestClock clock("2026-03-02 09:00");
    auto wb = newWorkbook(t.file(QStringLiteral("sla.sbw")));
    RecordStore store(*wb);
    auto inc = store.create(QStringLiteral("incident"),
                            {{QStringLiteral("title"), QStringLiteral("Mail is slow")},
                             {QStringLiteral("impact"), 2},
                             {QStringLiteral("urgency"), 2}});
    REQUIRE(inc.ok());
    auto move = [&](const char *when, const char *state, QVariantMap set = {}) {
        clock.set(when);
        auto r = store.transition(inc->id, QString::fromLatin1(state), set);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
    };
    move("2026-03-02 10:00", "assigned",
         {{QStringLiteral("assignment_group"), QStringLiteral("Desk")}});
    move("2026-03-02 11:00", "in_progress");
    move("2026-03-02 12:00", "pending",
         {{QStringLiteral("pending_reason"), QStringLiteral("customer")}});
    move("2026-03-03 10:00", "in_progress");
    clock.set("2026-03-03 12:00");
    // Every write brought the stored state up to date.
    RawSql raw(wb->path());
    CHECK(raw.scalar(QStringLiteral("SELECT clock || ' ' || resolution_due FROM sla_status"))
          == QStringLiteral("running ") + stored("2026-03-05 15:00"));

    SlaStore sla(*wb);
    auto s = sla.compute(inc->id, clock.ms());
    REQUIRE(s.ok());
    REQUIRE(s->definition);
    CHECK(s->definition->name == QStringLiteral("P3 medium"));
    REQUIRE(s->response);
    CHECK(s->response->stopped);
    CHECK(s->response->elapsedMs == Hour);
    CHECK_FALSE(s->response->breached);
    REQUIRE(s->resolution);
    CHECK(s->resolution->running);
    CHECK(s->resolution->elapsedMs == 5 * Hour); // Monday 09-12, Tuesday 10-12
    CHECK(s->resolution->dueMs == utcTime("2026-03-05 15:00").toMSecsSinceEpoch());
    bool pausedForCustomer = false;
    for (const ClockSegment &seg : s->resolution->log)
        pausedForCustomer |=
            seg.kind == ClockSegment::Paused && seg.reason == QStringLiteral("customer");
    CHECK(pausedForCustomer);

    auto n = sla.recompute();
    REQUIRE(n.ok());
    CHECK(*n == 1);
    CHECK(raw.scalar(QStringLiteral("SELECT clock || ' ' || resolution_due FROM sla_status"))
          == QStringLiteral("running ") + stored("2026-03-05 15:00"));

    // A tighter target for P3: the open ticket is recomputed at once, and it is audited.
    auto defs = sla.definitions();
    REQUIRE(defs.ok());
    SlaDefinition p3;
    for (const SlaDefinition &d : *defs)
        if (d.name == QStringLiteral("P3 medium"))
            p3 = d;
    p3.resolutionMinutes = 4 * 60;
    REQUIRE(sla.saveDefinition(p3).ok());
    CHECK(raw.scalar(QStringLiteral("SELECT resolution_breached_at FROM sla_status"))
          == stored("2026-03-03 11:00"));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action IN "
                                    "('sla_definition', 'sla_recompute')"))
          == QStringLiteral("3"));

    // Resolved, reopened: the resolution clock runs on from where it stood.
    move("2026-03-03 13:00", "resolved",
         {{QStringLiteral("resolution_code"), QStringLiteral("fixed")}});
    move("2026-03-04 09:00", "in_progress");
    clock.set("2026-03-04 10:00");
    s = sla.compute(inc->id, clock.ms());
    REQUIRE(s.ok());
    CHECK(s->resolution->elapsedMs == 7 * Hour);
    CHECK(s->resolution->breached);
}

TEST_CASE("a ticket logged after the call starts its clock when it was opened")
{
    TempDir t;
    TestClock clock("2026-03-02 15:00");
    auto wb = newWorkbook(t.file(QStringLiteral("opened.sbw")));
    RecordStore store(*wb);
    auto inc = store.create(QStringLiteral("incident"),
                            {{QStringLiteral("title"), QStringLiteral("Printer down")},
                             {QStringLiteral("impact"), 1},
                             {QStringLiteral("urgency"), 1},
                             {QStringLiteral("opened_at"), stored("2026-03-02 14:00")}});
    REQUIRE(inc.ok());
    SlaStore sla(*wb);
    auto h = sla.stateHistory(inc->id);
    REQUIRE(h.ok());
    REQUIRE(h->size() == 1);
    CHECK(h->first().atMs == utcTime("2026-03-02 14:00").toMSecsSinceEpoch());
    // P1 runs around the clock: 15 minutes to respond, long gone.
    auto s = sla.compute(inc->id, clock.ms());
    REQUIRE(s.ok());
    CHECK(s->definition->name == QStringLiteral("P1 critical"));
    CHECK(s->response->breached);
    CHECK(s->response->breachedAtMs == utcTime("2026-03-02 14:15").toMSecsSinceEpoch());
}

TEST_CASE("calendars are kept in the workbook, and only SLA owners change them")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("cal.sbw"));
    qint64 id = 0;
    {
        auto wb = newWorkbook(path);
        SlaStore sla(*wb);
        BusinessCalendar c;
        c.setName(QStringLiteral("上海服务台"));
        c.setTimeZone(QTimeZone("Asia/Shanghai"));
        REQUIRE(c.setHours(Qt::Saturday, {{9 * 60, 12 * 60}}).isOk());
        c.addHoliday(QDate(2026, 10, 1), QStringLiteral("国庆节"));
        c.addWorkingDay(QDate(2026, 10, 11), Qt::Friday);
        auto saved = sla.saveCalendar(0, c);
        REQUIRE(saved.ok());
        id = *saved;
        RecordStore store(*wb);
        REQUIRE(store.grantRole(QStringLiteral("ann"), QStringLiteral("agent")).isOk());
    }
    {
        auto wb = openAs(path);
        SlaStore sla(*wb);
        auto c = sla.calendar(id);
        REQUIRE(c.ok());
        CHECK(c->name() == QStringLiteral("上海服务台"));
        CHECK(c->timeZone().id() == QByteArray("Asia/Shanghai"));
        CHECK(c->hours(Qt::Saturday) == QList<WorkingHours> {{9 * 60, 12 * 60}});
        CHECK(c->hours(Qt::Sunday).isEmpty());
        CHECK(c->holidays().value(QDate(2026, 10, 1)) == QStringLiteral("国庆节"));
        CHECK(c->workingDays().value(QDate(2026, 10, 11)) == Qt::Friday);
    }
    {
        auto wb = openAs(path, QStringLiteral("ann"));
        SlaStore sla(*wb);
        auto c = sla.calendar(id);
        REQUIRE(c.ok());
        auto refused = sla.saveCalendar(id, *c);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code() == ErrorCode::PermissionDenied);
        auto defs = sla.definitions();
        REQUIRE(defs.ok());
        auto refusedDef = sla.saveDefinition(defs->first());
        REQUIRE_FALSE(refusedDef.ok());
        CHECK(refusedDef.error().code() == ErrorCode::PermissionDenied);
    }
}

TEST_CASE("the most specific SLA definition wins")
{
    SlaDefinition any;
    any.id = 1;
    any.recordType = QStringLiteral("incident");
    SlaDefinition p2 = any;
    p2.id = 2;
    p2.priority = 2;
    SlaDefinition mailP2 = p2;
    mailP2.id = 3;
    mailP2.service = QStringLiteral("SVC-1");
    SlaDefinition gold = any;
    gold.id = 4;
    gold.customer = QStringLiteral("CUS-9");
    const QList<SlaDefinition> defs {any, p2, mailP2, gold};
    auto pick = [&](const char *service, const char *customer, std::optional<int> prio) {
        auto d = SlaStore::match(defs, QStringLiteral("incident"), QString::fromLatin1(service),
                                 QString::fromLatin1(customer), prio);
        return d ? d->id : 0;
    };
    CHECK(pick("", "", 3) == 1);
    CHECK(pick("", "", 2) == 2);
    CHECK(pick("SVC-1", "", 2) == 3);
    CHECK(pick("SVC-1", "CUS-9", 2) == 3);
    CHECK(pick("SVC-2", "CUS-9", 2) == 4);
    CHECK(SlaStore::match(defs, QStringLiteral("service_request"), {}, {}, 2) == std::nullopt);
}

TEST_CASE("an imported ticket is measured from its own times; its response time is not guessed")
{
    TempDir t;
    TestClock clock("2026-03-10 12:00");
    auto wb = newWorkbook(t.file(QStringLiteral("imported.sbw")));
    RecordStore store(*wb);
    auto inc = store.importCreate(QStringLiteral("incident"),
                                  {{QStringLiteral("title"), QStringLiteral("Old ticket")},
                                   {QStringLiteral("priority"), 3},
                                   {QStringLiteral("resolution_code"), QStringLiteral("fixed")},
                                   {QStringLiteral("opened_at"), stored("2026-03-02 09:00")},
                                   {QStringLiteral("resolved_at"), stored("2026-03-02 15:00")},
                                   {QStringLiteral("closed_at"), stored("2026-03-05 09:00")}},
                                  QStringLiteral("closed"));
    INFO((inc.ok() ? QString() : inc.error().fullText()).toStdString());
    REQUIRE(inc.ok());
    SlaStore sla(*wb);
    auto s = sla.compute(inc->id, clock.ms());
    REQUIRE(s.ok());
    REQUIRE(s->definition);
    CHECK_FALSE(s->response);
    REQUIRE(s->resolution);
    CHECK(s->resolution->stopped);
    CHECK(s->resolution->elapsedMs == 6 * Hour);
    CHECK_FALSE(s->resolution->breached);
}

namespace {

// The sla_status row a computation stands for, written the way the table holds it.
QString expectedRow(const TicketSla &sla)
{
    if (!sla.definition)
        return QStringLiteral("none");
    auto ms = [](qint64 v) {
        return v < 0 ? QStringLiteral("-")
                     : toStoredTime(QDateTime::fromMSecsSinceEpoch(v, QTimeZone::utc()));
    };
    const ClockStatus *main =
        sla.resolution ? &*sla.resolution : (sla.response ? &*sla.response : nullptr);
    QStringList row {QString::number(sla.definition->id),
                     !main               ? QStringLiteral("stopped")
                         : main->running ? QStringLiteral("running")
                         : main->paused  ? QStringLiteral("paused")
                                         : QStringLiteral("stopped")};
    if (sla.response)
        row << QString::number(sla.response->elapsedMs) << ms(sla.response->dueMs)
            << ms(sla.response->breached ? sla.response->breachedAtMs : -1);
    else
        row << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("-");
    if (sla.resolution)
        row << QString::number(sla.resolution->elapsedMs)
            << QString::number(sla.resolution->targetMs) << ms(sla.resolution->dueMs)
            << ms(sla.resolution->warningAtMs)
            << ms(sla.resolution->breached ? sla.resolution->breachedAtMs : -1);
    else
        row << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("-")
            << QStringLiteral("-") << QStringLiteral("-");
    return row.join(u'|');
}

QString storedRow(RawSql &raw, qint64 id)
{
    const QString row = raw.scalar(
        QStringLiteral("SELECT sla_id || '|' || clock || '|' || ifnull(response_elapsed_ms, '-') "
                       "|| '|' || ifnull(response_due, '-') || '|' || "
                       "ifnull(response_breached_at, '-') || '|' || "
                       "ifnull(resolution_elapsed_ms, '-') || '|' || "
                       "ifnull(resolution_target_ms, '-') || '|' || ifnull(resolution_due, '-') "
                       "|| '|' || ifnull(resolution_warning_at, '-') || '|' || "
                       "ifnull(resolution_breached_at, '-') FROM sla_status WHERE record_id = %1")
            .arg(id));
    return row.isEmpty() ? QStringLiteral("none") : row;
}

// A small deterministic generator for the fixture's choices.
struct Dice
{
    quint64 s;
    int below(int n)
    {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return int((s >> 33) % quint64(n));
    }
};

// Tickets of every kind the SLA reads: worked here through their lifecycle (paused, resolved,
// reopened, closed, cancelled), taken over from another system in any state and moved on
// after, service requests waiting for approval, tickets on a calendar with clock changes and
// holidays, ones no SLA applies to, and a record that is no ticket. Returns the ids.
QList<qint64> ticketFixture(Workbook &wb, TestClock &clock)
{
    RecordStore store(wb);
    // Priority 1 tickets move on like any other here, without a major incident's duties.
    REQUIRE(store.setSetting(QStringLiteral("major_incident.priority_at_most"), QStringLiteral("0"))
                .isOk());
    SlaStore sla(wb);
    BusinessCalendar berlin;
    berlin.setName(QStringLiteral("Berlin desk"));
    berlin.setTimeZone(QTimeZone("Europe/Berlin"));
    berlin.addHoliday(QDate(2026, 4, 3), QStringLiteral("Good Friday"));
    berlin.addHoliday(QDate(2026, 4, 6), QStringLiteral("Easter Monday"));
    REQUIRE(berlin.setHours(Qt::Saturday, {{10 * 60, 14 * 60}}).isOk());
    auto cal = sla.saveCalendar(0, berlin);
    REQUIRE(cal.ok());
    SlaDefinition payroll;
    payroll.name = QStringLiteral("Payroll");
    payroll.recordType = QStringLiteral("incident");
    payroll.service = QStringLiteral("Payroll");
    payroll.responseMinutes = 60;
    payroll.resolutionMinutes = 16 * 60;
    payroll.calendarId = *cal;
    payroll.pauseStates = {QStringLiteral("pending")};
    payroll.responseStates = {QStringLiteral("new")};
    payroll.stopStates = {QStringLiteral("resolved"), QStringLiteral("closed"),
                          QStringLiteral("cancelled")};
    payroll.warningPercent = 50;
    REQUIRE(sla.saveDefinition(payroll).ok());

    QList<qint64> ids;
    Dice dice {42};
    auto when = [&](int day, int minute) {
        return QDateTime(QDate(2026, 3, 2).addDays(day), QTime(0, 0), QTimeZone::utc())
            .addSecs(qint64(minute) * 60);
    };
    const QStringList services {QStringLiteral("Mail"), QStringLiteral("Payroll"), QString()};
    for (int i = 0; i < 40; ++i) {
        const int day = dice.below(30);
        const int minute = dice.below(24 * 60);
        clock.now = when(day, minute);
        QVariantMap v {{QStringLiteral("title"), QStringLiteral("Ticket %1").arg(i)},
                       {QStringLiteral("impact"), 1 + dice.below(3)},
                       {QStringLiteral("urgency"), 1 + dice.below(3)}};
        const QString service = services[dice.below(3)];
        if (!service.isEmpty())
            v.insert(QStringLiteral("service"), service);
        if (dice.below(3) == 0)
            v.insert(QStringLiteral("opened_at"),
                     toStoredTime(clock.now.addSecs(-60 * (1 + dice.below(600)))));
        auto inc = store.create(QStringLiteral("incident"), v);
        INFO((inc.ok() ? QString() : inc.error().fullText()).toStdString());
        REQUIRE(inc.ok());
        ids << inc->id;
        // A walk through the lifecycle, each step some minutes to days after the last.
        QString state = QStringLiteral("new");
        const int steps = dice.below(8);
        for (int s = 0; s < steps; ++s) {
            clock.now = clock.now.addSecs(60 * (5 + dice.below(3 * 24 * 60)));
            QString to;
            QVariantMap set;
            if (state == QStringLiteral("new")) {
                to = QStringLiteral("assigned");
                set.insert(QStringLiteral("assignment_group"), QStringLiteral("Desk"));
            } else if (state == QStringLiteral("assigned")) {
                to = QStringLiteral("in_progress");
            } else if (state == QStringLiteral("in_progress")) {
                const int c = dice.below(3);
                to = c == 0  ? QStringLiteral("pending")
                    : c == 1 ? QStringLiteral("resolved")
                             : QStringLiteral("cancelled");
            } else if (state == QStringLiteral("pending")) {
                to = dice.below(2) ? QStringLiteral("in_progress") : QStringLiteral("resolved");
            } else if (state == QStringLiteral("resolved")) {
                to = dice.below(2) ? QStringLiteral("in_progress") : QStringLiteral("closed");
            } else {
                break;
            }
            if (to == QStringLiteral("pending"))
                set.insert(QStringLiteral("pending_reason"),
                           dice.below(2) ? QStringLiteral("customer") : QStringLiteral("supplier"));
            if (to == QStringLiteral("resolved"))
                set.insert(QStringLiteral("resolution_code"), QStringLiteral("fixed"));
            auto r = store.transition(inc->id, to, set);
            INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
            REQUIRE(r.ok());
            state = to;
        }
    }
    // Taken over from another system, some moved on here afterwards.
    const QStringList importedStates {QStringLiteral("new"), QStringLiteral("in_progress"),
                                      QStringLiteral("pending"), QStringLiteral("resolved"),
                                      QStringLiteral("closed")};
    for (int i = 0; i < 25; ++i) {
        clock.now = when(31 + dice.below(3), dice.below(24 * 60));
        const QDateTime opened = when(dice.below(30), dice.below(24 * 60));
        const QString state = importedStates[dice.below(int(importedStates.size()))];
        QVariantMap v {{QStringLiteral("title"), QStringLiteral("Imported %1").arg(i)},
                       {QStringLiteral("priority"), 1 + dice.below(5)}};
        if (dice.below(5) != 0)
            v.insert(QStringLiteral("opened_at"), toStoredTime(opened));
        if (dice.below(2))
            v.insert(QStringLiteral("service"), QStringLiteral("Payroll"));
        if (state == QStringLiteral("resolved") || state == QStringLiteral("closed")) {
            v.insert(QStringLiteral("resolution_code"), QStringLiteral("fixed"));
            if (dice.below(4) != 0)
                v.insert(QStringLiteral("resolved_at"),
                         toStoredTime(opened.addSecs(60 * (10 + dice.below(5000)))));
        }
        if (state == QStringLiteral("closed") && dice.below(2))
            v.insert(QStringLiteral("closed_at"),
                     toStoredTime(opened.addSecs(60 * (10 + dice.below(9000)))));
        if (state == QStringLiteral("pending"))
            v.insert(QStringLiteral("pending_reason"), QStringLiteral("change"));
        auto inc = store.importCreate(QStringLiteral("incident"), v, state);
        INFO((inc.ok() ? QString() : inc.error().fullText()).toStdString());
        REQUIRE(inc.ok());
        ids << inc->id;
        const int after = dice.below(4);
        clock.now = clock.now.addSecs(60 * (30 + dice.below(2000)));
        if (after == 1 && state == QStringLiteral("in_progress")) {
            REQUIRE(store
                        .transition(inc->id, QStringLiteral("resolved"),
                                    {{QStringLiteral("resolution_code"), QStringLiteral("fixed")}})
                        .ok());
        } else if (after == 2) {
            // The other system says it moved on: imported again in a new state, or the same.
            REQUIRE(store.importUpdate(inc->id, {}, QStringLiteral("in_progress")).ok());
        } else if (after == 3 && state == QStringLiteral("resolved")) {
            REQUIRE(store.transition(inc->id, QStringLiteral("in_progress")).ok());
        }
    }
    // Service requests: waiting for approval pauses their clock.
    for (int i = 0; i < 6; ++i) {
        clock.now = when(dice.below(30), dice.below(24 * 60));
        auto req = store.create(QStringLiteral("service_request"),
                                {{QStringLiteral("title"), QStringLiteral("Request %1").arg(i)},
                                 {QStringLiteral("request_type"), QStringLiteral("new_laptop")},
                                 {QStringLiteral("impact"), 2},
                                 {QStringLiteral("urgency"), 2}});
        REQUIRE(req.ok());
        ids << req->id;
        for (const char *to : {"awaiting_approval", "approved", "in_fulfilment", "fulfilled"}) {
            if (dice.below(3) == 0)
                break;
            clock.now = clock.now.addSecs(60 * (5 + dice.below(2000)));
            auto r = store.transition(req->id, QString::fromLatin1(to));
            INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
            REQUIRE(r.ok());
        }
    }
    // No SLA applies to priority 5 once its definition is switched off; a task is no ticket.
    auto defs = sla.definitions();
    REQUIRE(defs.ok());
    for (SlaDefinition d : *defs) {
        if (d.name == QStringLiteral("P5 planning")) {
            d.active = false;
            REQUIRE(sla.saveDefinition(d).ok());
        }
    }
    auto task = store.create(QStringLiteral("task"),
                             {{QStringLiteral("title"), QStringLiteral("Tidy up")}});
    REQUIRE(task.ok());
    ids << task->id;
    return ids;
}

} // namespace

TEST_CASE("recomputing many tickets in batches stores what computing each one says")
{
    TempDir t;
    TestClock clock("2026-03-02 09:00");
    auto wb = newWorkbook(t.file(QStringLiteral("many.sbw")));
    QList<qint64> ids = ticketFixture(*wb, clock);
    clock.set("2026-04-08 10:30");
    const qint64 now = clock.ms();
    RawSql raw(wb->path());
    // A state row for the task, as if left over: it goes, as it always did.
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO sla_status(record_id, clock, computed_at) "
                                    "VALUES (%1, 'running', 'x')")
                         .arg(ids.last()))
            == SQLITE_OK);

    // Every ticket one by one, as the desktop and the command line ask for one.
    std::map<qint64, QString> one;
    {
        SlaStore sla(*wb);
        for (qint64 id : std::as_const(ids)) {
            auto s = sla.compute(id, now);
            INFO((s.ok() ? QString() : s.error().fullText()).toStdString());
            REQUIRE(s.ok());
            one[id] = expectedRow(*s);
        }
    }
    // The fixture covers what it says it does.
    int running = 0, paused = 0, stopped = 0, none = 0, unknownResponse = 0;
    for (const auto &[id, row] : one) {
        running += row.contains(QStringLiteral("|running|"));
        paused += row.contains(QStringLiteral("|paused|"));
        stopped += row.contains(QStringLiteral("|stopped|"));
        none += row == QStringLiteral("none");
        unknownResponse += row.section(u'|', 2, 2) == QStringLiteral("-");
    }
    CHECK(running > 5);
    CHECK(paused > 1);
    CHECK(stopped > 5);
    CHECK(none >= 2);
    CHECK(unknownResponse > 3);

    // All of them in batches of three, with an id named twice and one that no longer exists.
    ids.insert(5, ids[3]);
    ids << 999999;
    std::shuffle(ids.begin(), ids.end(), std::mt19937(7));
    SlaStore sla(*wb);
    QList<qint64> seen;
    auto done = sla.recompute(
        ids, now, [&](qint64 n, qint64 total) { seen << n << total; }, nullptr, 3);
    INFO((done.ok() ? QString() : done.error().fullText()).toStdString());
    REQUIRE(done.ok());
    CHECK(*done == ids.size());
    CHECK(seen.size() == 2 * ((ids.size() + 2) / 3));
    for (const auto &[id, row] : one) {
        INFO("record " << id);
        CHECK(storedRow(raw, id) == row);
    }
    // One audit entry for the whole recomputation.
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'sla_recompute' "
                                    "AND new_value = '%1'")
                         .arg(ids.size()))
          == QStringLiteral("1"));

    // The open tickets alone, as the desktop recomputes them: the same rows again, and none
    // for the tickets that are done with.
    REQUIRE(raw.exec("DELETE FROM sla_status") == SQLITE_OK);
    auto open = sla.recompute({}, now, {}, nullptr, 4);
    REQUIRE(open.ok());
    CHECK(*open > 10);
    int openTickets = 0;
    for (const auto &[id, row] : one) {
        const bool isOpen =
            raw.scalar(QStringLiteral("SELECT count(*) FROM record r JOIN lifecycle_state s ON "
                                      "s.type = r.type AND s.state = r.state WHERE r.id = %1 AND "
                                      "s.is_final = 0 AND r.type <> 'task'")
                           .arg(id))
            == QStringLiteral("1");
        openTickets += isOpen;
        INFO("record " << id);
        CHECK(storedRow(raw, id) == (isOpen ? row : QStringLiteral("none")));
    }
    CHECK(openTickets == *open);
}

TEST_CASE("recomputing stops when cancelled and is audited for what it did")
{
    TempDir t;
    TestClock clock("2026-03-02 09:00");
    auto wb = newWorkbook(t.file(QStringLiteral("cancel.sbw")));
    RecordStore store(*wb);
    for (int i = 0; i < 7; ++i)
        REQUIRE(store
                    .create(QStringLiteral("incident"),
                            {{QStringLiteral("title"), QStringLiteral("T%1").arg(i)},
                             {QStringLiteral("impact"), 2},
                             {QStringLiteral("urgency"), 2}})
                    .ok());
    SlaStore sla(*wb);
    std::atomic_bool cancel = false;
    auto done = sla.recompute(
        {}, clock.ms(), [&](qint64 n, qint64) { cancel = n >= 3; }, &cancel, 3);
    REQUIRE(done.ok());
    CHECK(*done == 3);
    RawSql raw(wb->path());
    CHECK(raw.scalar(QStringLiteral("SELECT new_value FROM audit WHERE action = 'sla_recompute'"))
          == QStringLiteral("3"));
}

TEST_CASE("an imported ticket's history: its own times, then what happened here")
{
    TempDir t;
    TestClock clock("2026-03-10 12:00");
    auto wb = newWorkbook(t.file(QStringLiteral("history.sbw")));
    RecordStore store(*wb);
    auto inc = store.importCreate(QStringLiteral("incident"),
                                  {{QStringLiteral("title"), QStringLiteral("Old ticket")},
                                   {QStringLiteral("priority"), 3},
                                   {QStringLiteral("resolution_code"), QStringLiteral("fixed")},
                                   {QStringLiteral("opened_at"), stored("2026-03-02 09:00")},
                                   {QStringLiteral("resolved_at"), stored("2026-03-02 15:00")}},
                                  QStringLiteral("resolved"));
    REQUIRE(inc.ok());
    clock.set("2026-03-11 09:00");
    REQUIRE(store.transition(inc->id, QStringLiteral("in_progress")).ok());
    clock.set("2026-03-11 10:00");
    REQUIRE(store
                .transition(inc->id, QStringLiteral("pending"),
                            {{QStringLiteral("pending_reason"), QStringLiteral("customer")}})
                .ok());
    SlaStore sla(*wb);
    auto h = sla.stateHistory(inc->id);
    REQUIRE(h.ok());
    QStringList seen;
    for (const StateChange &c : *h)
        seen << QDateTime::fromMSecsSinceEpoch(c.atMs, QTimeZone::utc())
                    .toString(QStringLiteral("dd HH:mm "))
                + c.state + u' ' + c.reason;
    // Reopening cleared resolved_at: the import's resolution is dated by the import itself.
    CHECK(seen
          == QStringList {QStringLiteral("02 09:00 new "), QStringLiteral("10 12:00 resolved "),
                          QStringLiteral("11 09:00 in_progress "),
                          QStringLiteral("11 10:00 pending customer")});
    auto s = sla.compute(inc->id, utcTime("2026-03-11 12:00").toMSecsSinceEpoch());
    REQUIRE(s.ok());
    REQUIRE(s->response); // moved on here: answered
    REQUIRE(s->resolution);
    CHECK(s->resolution->paused);
    CHECK(s->resolution->elapsedMs == (6 * 8 + 3 + 1) * Hour); // 2nd to 10th, 09:00 to 10:00

    // Closed with its times and never moved here: measured from them alone.
    auto closed = store.importCreate(QStringLiteral("incident"),
                                     {{QStringLiteral("title"), QStringLiteral("Closed elsewhere")},
                                      {QStringLiteral("priority"), 3},
                                      {QStringLiteral("resolution_code"), QStringLiteral("fixed")},
                                      {QStringLiteral("opened_at"), stored("2026-03-02 09:00")},
                                      {QStringLiteral("resolved_at"), stored("2026-03-02 15:00")},
                                      {QStringLiteral("closed_at"), stored("2026-03-01 15:00")}},
                                     QStringLiteral("closed"));
    REQUIRE(closed.ok());
    h = sla.stateHistory(closed->id);
    REQUIRE(h.ok());
    seen.clear();
    for (const StateChange &c : *h)
        seen << QDateTime::fromMSecsSinceEpoch(c.atMs, QTimeZone::utc())
                    .toString(QStringLiteral("dd HH:mm "))
                + c.state;
    CHECK(seen
          == QStringList {QStringLiteral("02 09:00 new"), QStringLiteral("02 15:00 resolved"),
                          QStringLiteral("02 15:00 closed")});

    // A task has a history too, from its own trail; a record that does not exist has none.
    auto task =
        store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("Job")}});
    REQUIRE(task.ok());
    auto th = sla.stateHistory(task->id);
    REQUIRE(th.ok());
    REQUIRE(th->size() == 1);
    CHECK(th->first().state == QStringLiteral("open"));
    CHECK(sla.stateHistory(999999).error().code() == ErrorCode::NotFound);
    CHECK(sla.compute(999999, clock.ms()).error().code() == ErrorCode::NotFound);
    auto none = sla.compute(task->id, clock.ms());
    REQUIRE(none.ok());
    CHECK_FALSE(none->definition);
}

TEST_CASE("stored times are read as fromStoredTime reads them")
{
    const QStringList samples {QStringLiteral("2026-03-02T09:00:00.000Z"),
                               QStringLiteral("1970-01-01T00:00:00.000Z"),
                               QStringLiteral("1969-12-31T23:59:59.999Z"),
                               QStringLiteral("2024-02-29T12:34:56.789Z"),
                               QStringLiteral("0001-01-01T00:00:00.000Z"),
                               QStringLiteral("9999-12-31T23:59:59.999Z"),
                               QStringLiteral("2025-02-29T12:00:00.000Z"),
                               QStringLiteral("2025-13-01T12:00:00.000Z"),
                               QStringLiteral("2025-01-01T24:00:00.000Z"),
                               QStringLiteral("2025-01-01T23:60:00.000Z"),
                               QStringLiteral("2025-01-01T23:00:60.000Z"),
                               QStringLiteral("2025-01-01T23:00:00.00xZ"),
                               QStringLiteral("0000-01-01T00:00:00.000Z"),
                               QStringLiteral("2026-03-02T09:00:00Z"),
                               QStringLiteral("2026-03-02T09:00:00.000+01:00"),
                               QStringLiteral("2026-03-02 09:00:00.000Z"),
                               QStringLiteral("2026-03-02"),
                               QStringLiteral("2026-03-02T09:00"),
                               QStringLiteral("２０２６-03-02T09:00:00.000Z"),
                               QStringLiteral("garbage"),
                               QString(),
                               QStringLiteral("")};
    for (const QString &s : samples) {
        INFO(s.toStdString());
        const QDateTime t = fromStoredTime(s);
        const qint64 expected = t.isValid() ? t.toMSecsSinceEpoch() : -1;
        CHECK(SlaStore::storedTimeMs(s) == expected);
        CHECK(SlaStore::storedTimeMs(s.toUtf8()) == expected); // as the bytes stored
    }
    CHECK(SlaStore::storedTimeMs(QByteArray("2026-03-02T09:00:00.000\xff")) == -1);
    for (qint64 ms = -86400000LL * 400; ms < 86400000LL * 20000; ms += 86400000LL * 37 + 3723457) {
        const QString s = toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
        INFO(s.toStdString());
        CHECK(SlaStore::storedTimeMs(s) == ms);
        CHECK(SlaStore::storedTimeMs(s.toUtf8()) == ms);
    }
}

namespace {

struct Row
{
    QString key;
    qint64 opened = -1;
    qint64 resolved = -1;
    bool final = false;
    bool withSla = false;
    bool breached = false;
    qint64 calendarId = -1; // -1: office hours
};

std::optional<double> sortedMedian(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

qint64 parsed(const char *text)
{
    if (!text)
        return -1;
    const QDateTime t = fromStoredTime(QString::fromUtf8(text));
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

// The figures worked out the plain way: every ticket read, every median from a sorted list,
// working time by walking the calendar's days.
QList<TicketStatsGroup> plainStats(Workbook &wb, RawSql &raw, const QString &type,
                                   const char *keyColumn, const QString &from, const QString &to)
{
    const QString table = type;
    const QString resolvedColumn = type == QStringLiteral("incident")
        ? QStringLiteral("resolved_at")
        : QStringLiteral("fulfilled_at");
    const QString sql =
        QStringLiteral(
            "SELECT %1, coalesce(t.opened_at, r.created_at), t.%2, ls.is_final, s.sla_id, "
            "s.resolution_breached_at, d.calendar_id FROM record r JOIN %3 t ON t.id = "
            "r.id LEFT JOIN lifecycle_state ls ON ls.type = r.type AND ls.state = r.state "
            "LEFT JOIN sla_status s ON s.record_id = r.id LEFT JOIN sla_definition d ON "
            "d.id = s.sla_id WHERE r.type = '%4' AND coalesce(t.opened_at, r.created_at) "
            ">= '%5' AND coalesce(t.opened_at, r.created_at) < '%6'")
            .arg(QString::fromLatin1(keyColumn), resolvedColumn, table, type, from, to);
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw.handle(), sql.toUtf8().constData(), -1, &st, nullptr)
            == SQLITE_OK);
    QList<Row> rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
        Row r;
        const auto *k = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        r.key = k ? QString::fromUtf8(k) : QString();
        r.opened = parsed(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        r.resolved = parsed(reinterpret_cast<const char *>(sqlite3_column_text(st, 2)));
        r.final = sqlite3_column_int(st, 3) != 0;
        r.withSla = sqlite3_column_type(st, 4) != SQLITE_NULL;
        r.breached = sqlite3_column_type(st, 5) != SQLITE_NULL;
        if (sqlite3_column_type(st, 6) != SQLITE_NULL)
            r.calendarId = sqlite3_column_int64(st, 6);
        rows << r;
    }
    sqlite3_finalize(st);

    SlaStore sla(wb);
    std::map<QString, QList<Row>> groups;
    for (const Row &r : std::as_const(rows))
        groups[r.key] << r;
    QList<TicketStatsGroup> out;
    for (const auto &[key, members] : groups) {
        TicketStatsGroup g;
        g.key = key;
        QList<double> hours, business;
        qint64 withSla = 0, met = 0;
        for (const Row &r : members) {
            ++g.count;
            if (!r.final && r.resolved < 0)
                ++g.open;
            if (r.resolved < 0 || r.opened < 0)
                continue;
            ++g.resolved;
            hours << qMax<qint64>(0, r.resolved - r.opened) / 3600000.0;
            const BusinessCalendar cal =
                r.calendarId < 0 ? BusinessCalendar() : *sla.calendar(r.calendarId);
            qint64 ms = 0;
            for (QDate d = cal.localDate(r.opened).addDays(-1);
                 d <= cal.localDate(r.resolved).addDays(1); d = d.addDays(1)) {
                for (const TimeSpan &s : cal.spansOn(d))
                    ms += qMax<qint64>(0, qMin(s.to, r.resolved) - qMax(s.from, r.opened));
            }
            business << ms / 3600000.0;
            if (r.withSla) {
                ++withSla;
                met += !r.breached;
            }
        }
        g.medianHoursToResolve = sortedMedian(hours);
        if (!hours.isEmpty()) {
            double sum = 0;
            for (double h : std::as_const(hours))
                sum += h;
            g.meanHoursToResolve = sum / double(hours.size());
        }
        g.medianBusinessHoursToResolve = sortedMedian(business);
        if (withSla)
            g.slaMetShare = double(met) / double(withSla);
        out << g;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TicketStatsGroup &x, const TicketStatsGroup &y) {
                         if (x.key.isNull() != y.key.isNull())
                             return y.key.isNull();
                         bool okX = false, okY = false;
                         const double nx = x.key.toDouble(&okX), ny = y.key.toDouble(&okY);
                         return okX && okY ? nx < ny : x.key < y.key;
                     });
    return out;
}

// Medians and shares are the same numbers; a mean may differ in its last bits when the
// tickets are added in another order.
void checkSame(const std::optional<double> &a, const std::optional<double> &b, bool exact = true)
{
    REQUIRE(a.has_value() == b.has_value());
    if (a && exact)
        CHECK(*a == *b);
    else if (a)
        CHECK(*a == Approx(*b).epsilon(1e-12));
}

} // namespace

TEST_CASE("ticket statistics are what the plain computation over every ticket gives")
{
    TempDir t;
    TestClock clock("2026-03-02 09:00");
    auto wb = newWorkbook(t.file(QStringLiteral("stats.sbw")));
    ticketFixture(*wb, clock);
    clock.set("2026-04-08 10:30");
    SlaStore sla(*wb);
    REQUIRE(sla.recompute().ok());
    RawSql raw(wb->path());
    // What another tool may have left behind: a state the lifecycle does not know, an empty
    // service beside none, a ticket without its opening time, times that are no times, and a
    // ticket row whose record is of another type.
    auto firstId = [&](const char *where) {
        return raw.scalar(
            QStringLiteral("SELECT min(id) FROM record WHERE %1").arg(QString::fromLatin1(where)));
    };
    const QString inc = firstId("type = 'incident'");
    REQUIRE(raw.exec(QStringLiteral("UPDATE record SET state = 'limbo' WHERE id = %1").arg(inc))
            == SQLITE_OK);
    REQUIRE(raw.exec(QStringLiteral("UPDATE record SET state = 'aaa' WHERE id = %1 + 1").arg(inc))
            == SQLITE_OK);
    REQUIRE(raw.exec(QStringLiteral("UPDATE record SET state = 'zzz' WHERE id = %1 + 2").arg(inc))
            == SQLITE_OK);
    REQUIRE(raw.exec(QStringLiteral("UPDATE incident SET service = '' WHERE id = %1 + 3").arg(inc))
            == SQLITE_OK);
    REQUIRE(
        raw.exec(QStringLiteral("UPDATE incident SET opened_at = NULL WHERE id = %1 + 4").arg(inc))
        == SQLITE_OK);
    REQUIRE(
        raw.exec(
            QStringLiteral("UPDATE incident SET resolved_at = 'soon' WHERE id = %1 + 5").arg(inc))
        == SQLITE_OK);
    REQUIRE(raw.exec(QStringLiteral("UPDATE incident SET opened_at = '2026-03-10' WHERE id = %1 "
                                    "+ 6")
                         .arg(inc))
            == SQLITE_OK);
    REQUIRE(
        raw.exec(
            QStringLiteral("UPDATE incident SET opened_at = 'garbage' WHERE id = %1 + 7").arg(inc))
        == SQLITE_OK);
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO incident(id, priority, opened_at, resolved_at) "
                                    "VALUES (%1, 2, '2026-03-03T10:00:00.000Z', "
                                    "'2026-03-04T10:00:00.000Z')")
                         .arg(firstId("type = 'task'")))
            == SQLITE_OK);
    // Grouped by a number, by text and by a field some tickets leave empty; over everything and
    // over a period.
    const std::pair<const char *, const char *> groupings[] {{"priority", "t.priority"},
                                                             {"state", "r.state"},
                                                             {"service", "t.service"},
                                                             {"group", "t.assignment_group"}};
    for (const QString &type : {QStringLiteral("incident"), QStringLiteral("service_request")}) {
        for (const auto &[by, column] : groupings) {
            for (int period = 0; period < 2; ++period) {
                TicketStatsOptions o;
                o.type = type;
                o.by = QString::fromLatin1(by);
                if (period) {
                    o.from = utcTime("2026-03-09 00:00");
                    o.to = utcTime("2026-03-23 00:00");
                }
                INFO(type.toStdString() << " by " << by << " period " << period);
                auto stats = TicketStats::compute(*wb, o);
                REQUIRE(stats.ok());
                const QList<TicketStatsGroup> plain =
                    plainStats(*wb, raw, type, column, period ? toStoredTime(o.from) : QString(),
                               period ? toStoredTime(o.to) : QStringLiteral("9999"));
                REQUIRE(stats->size() == plain.size());
                if (type == QStringLiteral("incident"))
                    CHECK(stats->size() > 1);
                for (qsizetype i = 0; i < plain.size(); ++i) {
                    const TicketStatsGroup &a = stats->at(i), &b = plain[i];
                    INFO("group " << b.key.toStdString());
                    CHECK(a.key == b.key);
                    CHECK(a.key.isNull() == b.key.isNull());
                    CHECK(a.count == b.count);
                    CHECK(a.open == b.open);
                    CHECK(a.resolved == b.resolved);
                    checkSame(a.medianHoursToResolve, b.medianHoursToResolve);
                    checkSame(a.meanHoursToResolve, b.meanHoursToResolve, false);
                    checkSame(a.medianBusinessHoursToResolve, b.medianBusinessHoursToResolve);
                    checkSame(a.slaMetShare, b.slaMetShare);
                }
            }
        }
    }
}
