#include "fixtures.h"

#include "clock.h"
#include "sla/slastore.h"
#include "storage/database.h"

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
