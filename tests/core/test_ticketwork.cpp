#include "fixtures.h"

#include "clock.h"
#include "incident/ticketwork.h"
#include "records/integritycheck.h"
#include "records/recordquery.h"
#include "records/search.h"
#include "records/searchtext.h"
#include "sla/slastore.h"
#include <QTimeZone>

using namespace sb;
using namespace sb::test;

namespace {
QVariantMap v(std::initializer_list<std::pair<const char *, QVariant>> pairs)
{
    QVariantMap m;
    for (const auto &[k, val] : pairs)
        m.insert(QString::fromLatin1(k), val);
    return m;
}

Record load(RecordStore &store, qint64 id)
{
    Result<Record> r = store.load(id);
    REQUIRE(r.ok());
    return *r;
}

qint64 incident(RecordStore &store, int impact, int urgency, const char *group = "Service desk")
{
    Result<RecordRef> r = store.create(QStringLiteral("incident"),
                                       v({{"title", QStringLiteral("Mail is down")},
                                          {"impact", impact},
                                          {"urgency", urgency},
                                          {"assignment_group", QString::fromLatin1(group)}}));
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    return r->id;
}

void move(RecordStore &store, qint64 id, const char *to, const QVariantMap &set = {})
{
    Result<int> r = store.transition(id, QString::fromLatin1(to), set);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
}

Error refusal(RecordStore &store, qint64 id, const char *to, const QVariantMap &set = {})
{
    Result<int> r = store.transition(id, QString::fromLatin1(to), set);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

void requireHealthy(Workbook &wb)
{
    Result<CheckReport> report = IntegrityCheck::run(wb);
    REQUIRE(report.ok());
    for (const CheckIssue &i : report->issues)
        UNSCOPED_INFO((i.kind + QStringLiteral(": ") + i.message).toStdString());
    CHECK(report->healthy());
}

qint64 group(RecordStore &store, const char *name, const char *manager)
{
    REQUIRE(store
                .create(QStringLiteral("person"),
                        v({{"title", QString::fromLatin1(manager).toUpper()},
                           {"login", QString::fromLatin1(manager)}}))
                .ok());
    Result<RecordRef> r = store.create(
        QStringLiteral("work_group"),
        v({{"title", QString::fromLatin1(name)}, {"manager", QString::fromLatin1(manager)}}));
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    return r->id;
}

} // namespace

TEST_CASE("work notes and customer updates are kept, searchable and audited")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("notes.sbw")));
    RecordStore store(*wb);
    const qint64 id = incident(store, 2, 2);
    const int before = load(store, id).version;

    Result<qint64> note =
        store.addNote(id, QStringLiteral("Checked the relay: quokka queue"), false);
    REQUIRE(note.ok());
    Record r = load(store, id);
    CHECK(r.version == before); // a work note is no change of the ticket
    CHECK(r.value(QStringLiteral("last_customer_update_at")).isNull());

    REQUIRE(store.addNote(id, QStringLiteral("We are on it; next update at noon."), true).ok());
    r = load(store, id);
    CHECK(r.version == before + 1);
    CHECK_FALSE(r.value(QStringLiteral("last_customer_update_at")).isNull());

    Result<QList<NoteInfo>> notes = store.notes(id);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 2);
    CHECK_FALSE(notes->at(0).customerVisible);
    CHECK(notes->at(1).customerVisible);
    CHECK(notes->at(0).addedBy == Admin);

    // The note's words find the ticket.
    ListSpec spec;
    spec.type = QStringLiteral("incident");
    spec.text = QStringLiteral("quokka");
    Result<RecordQuery> q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    Result<qint64> n = q->count(wb->db());
    REQUIRE(n.ok());
    CHECK(*n == 1);

    CHECK(store.addNote(id, QStringLiteral("   "), false).error().code()
          == ErrorCode::InvalidInput);
    CHECK(store.addNote(id, QString(100001, QLatin1Char('x')), false).error().code()
          == ErrorCode::InvalidInput);
    requireHealthy(*wb);
}

TEST_CASE("a requester may not write notes on tickets")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("rights.sbw"));
    qint64 id = 0;
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        id = incident(store, 3, 3);
        REQUIRE(store.grantRole(QStringLiteral("rita"), QStringLiteral("requester")).isOk());
    }
    auto wb = openAs(path, QStringLiteral("rita"));
    RecordStore store(*wb);
    CHECK(store.addNote(id, QStringLiteral("hello"), true).error().code()
          == ErrorCode::PermissionDenied);
}

TEST_CASE("major incidents follow the workbook's rule")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("major.sbw")));
    RecordStore store(*wb);

    SECTION("a P1 is major by the rule, and needs its manager, management told and a review")
    {
        const qint64 id = incident(store, 1, 1);
        CHECK(load(store, id).value(QStringLiteral("major")).toBool());
        Error e = refusal(store, id, "assigned");
        CHECK(e.code() == ErrorCode::LifecycleRefused);
        CHECK(e.message().contains(QStringLiteral("Major incident manager")));
        move(store, id, "assigned", v({{"major_incident_manager", QStringLiteral("Mia")}}));
        move(store, id, "in_progress");
        e = refusal(store, id, "resolved", v({{"resolution_code", QStringLiteral("fixed")}}));
        CHECK(e.message().contains(QStringLiteral("top management")));
        REQUIRE(store.update(id, v({{"management_informed_by", QStringLiteral("Mia")}})).ok());
        Record r = load(store, id);
        CHECK_FALSE(r.value(QStringLiteral("management_informed_at")).isNull());
        move(store, id, "resolved", v({{"resolution_code", QStringLiteral("fixed")}}));
        e = refusal(store, id, "closed");
        CHECK(e.message().contains(QStringLiteral("Post-incident review")));
        move(store, id, "closed",
             v({{"pir_summary", QStringLiteral("Relay disk full; alert added.")}}));
        r = load(store, id);
        CHECK(r.value(QStringLiteral("pir_by")).toString() == Admin);
        CHECK_FALSE(r.value(QStringLiteral("pir_completed_at")).isNull());
        CHECK(r.value(QStringLiteral("closure")).toString()
              == QStringLiteral("customer_confirmed"));
        // The rule may not be talked out of: lowering the priority is the way.
        const qint64 other = incident(store, 1, 1);
        CHECK(store.update(other, v({{"major", false}})).error().code() == ErrorCode::InvalidInput);
    }
    SECTION("the workbook's default manager is filled in")
    {
        REQUIRE(store.setSetting(QStringLiteral("major_incident.manager"), QStringLiteral("Max"))
                    .isOk());
        const qint64 id = incident(store, 1, 1);
        move(store, id, "assigned");
        CHECK(load(store, id).value(QStringLiteral("major_incident_manager")).toString()
              == QStringLiteral("Max"));
    }
    SECTION("with the rule off only flagged incidents are major, and cancelling needs nothing")
    {
        REQUIRE(
            store.setSetting(QStringLiteral("major_incident.priority_at_most"), QStringLiteral("0"))
                .isOk());
        const qint64 p1 = incident(store, 1, 1);
        CHECK_FALSE(load(store, p1).value(QStringLiteral("major")).toBool());
        move(store, p1, "assigned");
        const qint64 flagged = incident(store, 3, 3);
        REQUIRE(store.update(flagged, v({{"major", true}})).ok());
        CHECK(refusal(store, flagged, "assigned").code() == ErrorCode::LifecycleRefused);
        move(store, flagged, "cancelled");
    }
    SECTION("settings are checked")
    {
        CHECK(
            store.setSetting(QStringLiteral("major_incident.priority_at_most"), QStringLiteral("9"))
                .code()
            == ErrorCode::InvalidInput);
        CHECK(store.setSetting(QStringLiteral("auto_close.days"), QStringLiteral("-1")).code()
              == ErrorCode::InvalidInput);
        CHECK(store
                  .setSetting(QStringLiteral("attention.customer_update_minutes"),
                              QStringLiteral("x"))
                  .code()
              == ErrorCode::InvalidInput);
    }
    requireHealthy(*wb);
}

TEST_CASE("requests of a type that needs approval wait for it")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("approval.sbw")));
    RecordStore store(*wb);
    Result<RecordRef> laptop = store.create(QStringLiteral("service_request"),
                                            v({{"title", QStringLiteral("Laptop for Ada")},
                                               {"request_type", QStringLiteral("new_laptop")}}));
    REQUIRE(laptop.ok());
    Error e = refusal(store, laptop->id, "in_fulfilment");
    CHECK(e.code() == ErrorCode::LifecycleRefused);
    CHECK(e.message().contains(QStringLiteral("New laptop")));
    move(store, laptop->id, "awaiting_approval");
    move(store, laptop->id, "approved");
    CHECK(load(store, laptop->id).value(QStringLiteral("approval_by")).toString() == Admin);
    move(store, laptop->id, "in_fulfilment");

    Result<RecordRef> software =
        store.create(QStringLiteral("service_request"),
                     v({{"title", QStringLiteral("Install a viewer")},
                        {"request_type", QStringLiteral("software_installation")}}));
    REQUIRE(software.ok());
    move(store, software->id, "in_fulfilment");
}

TEST_CASE("escalations: functional moves the ticket and counts, hierarchical goes up")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("escalate.sbw")));
    RecordStore store(*wb);
    TicketWork work(store);
    group(store, "Service desk", "grace");
    const qint64 id = incident(store, 2, 2);
    const int version = load(store, id).version;

    EscalationRequest up;
    up.reason = QStringLiteral("Customer is the CFO");
    Result<qint64> h = work.escalate(id, up);
    INFO((h.ok() ? QString() : h.error().fullText()).toStdString());
    REQUIRE(h.ok());
    CHECK(load(store, id).version == version); // the ticket itself did not change

    EscalationRequest across;
    across.functional = true;
    across.toGroup = QStringLiteral("Network");
    across.reason = QStringLiteral("Router fault");
    CHECK(work.escalate(id, across, version - 1).error().code() == ErrorCode::Conflict);
    REQUIRE(work.escalate(id, across, version).ok());
    Record r = load(store, id);
    CHECK(r.value(QStringLiteral("assignment_group")).toString() == QStringLiteral("Network"));
    CHECK(r.value(QStringLiteral("escalation_count")).toLongLong() == 1);
    CHECK(r.value(QStringLiteral("reassignment_count")).toLongLong() == 1);

    Result<QList<EscalationInfo>> list = work.escalations(id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).toPerson == QStringLiteral("grace"));
    CHECK_FALSE(list->at(0).functional);
    CHECK(list->at(1).functional);
    CHECK(list->at(1).fromGroup == QStringLiteral("Service desk"));

    // The Network group has no manager: an escalation up needs a name.
    Error e = work.escalate(id, up).error();
    CHECK(e.code() == ErrorCode::InvalidInput);
    CHECK(e.message().contains(QStringLiteral("Network")));
    CHECK(work.escalate(id, EscalationRequest {}).error().code() == ErrorCode::InvalidInput);
    across.toGroup = QStringLiteral("network");
    CHECK(work.escalate(id, across).error().code() == ErrorCode::InvalidInput);

    // Waiting escalations make the ticket need attention until taken up.
    Result<QList<AttentionReason>> why = work.attention(id);
    REQUIRE(why.ok());
    CHECK(std::count_if(
              why->begin(), why->end(),
              [](const AttentionReason &a) { return a.kind == AttentionReason::Kind::Escalation; })
          == 2);
    ListSpec spec;
    spec.type = QStringLiteral("incident");
    spec.needsAttention = true;
    Result<RecordQuery> q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    CHECK(*q->count(wb->db()) == 1);
    for (const EscalationInfo &x : *list)
        REQUIRE(work.acknowledge(x.id).isOk());
    CHECK(work.acknowledge(list->at(0).id).code() == ErrorCode::Conflict);
    q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    CHECK(*q->count(wb->db()) == 0);

    // The timeline tells the story in order.
    REQUIRE(store.addNote(id, QStringLiteral("Router replaced"), false).ok());
    Result<QList<TimelineEvent>> tl = work.timeline(id);
    REQUIRE(tl.ok());
    QList<TimelineEvent::Kind> kinds;
    for (const TimelineEvent &ev : *tl)
        kinds << ev.kind;
    CHECK(kinds.first() == TimelineEvent::Kind::Created);
    CHECK(kinds.count(TimelineEvent::Kind::Escalation) == 2);
    CHECK(kinds.contains(TimelineEvent::Kind::Assignment));
    CHECK(kinds.last() == TimelineEvent::Kind::WorkNote);
    for (const TimelineEvent &ev : *tl) {
        if (ev.kind == TimelineEvent::Kind::Escalation)
            CHECK_FALSE(ev.waiting);
    }
    requireHealthy(*wb);
}

TEST_CASE("the sweep escalates by the rules once and closes old resolved tickets")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("sweep.sbw")));
    RecordStore store(*wb);
    TicketWork work(store);
    group(store, "Service desk", "grace");
    const qint64 p3 = incident(store, 2, 2);
    const qint64 p2 = incident(store, 1, 2);
    const qint64 now = currentUtc().toMSecsSinceEpoch();

    // Nothing is due yet.
    Result<qint64> none = work.autoEscalate(now);
    INFO((none.ok() ? QString() : none.error().fullText()).toStdString());
    REQUIRE(none.ok());
    CHECK(*none == 0);

    // A month on every target has run out: each rule fires once per ticket.
    const qint64 later = now + 30LL * 86400000;
    REQUIRE(SlaStore(*wb).recompute({}, later).ok());
    Result<qint64> raised = work.autoEscalate(later);
    REQUIRE(raised.ok());
    // P3: response and resolution breach; P2 also the resolution warning.
    CHECK(*raised == 5);
    Result<qint64> again = work.autoEscalate(later);
    REQUIRE(again.ok());
    CHECK(*again == 0);
    Result<QList<EscalationInfo>> list = work.escalations(p2);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    for (const EscalationInfo &e : *list) {
        CHECK(e.toPerson == QStringLiteral("grace"));
        CHECK(e.trigger != QStringLiteral("manual"));
    }
    CHECK(work.escalations(p3)->size() == 2);

    // Resolved a week ago: closed by the period; a major incident waits for its review.
    move(store, p3, "resolved", v({{"resolution_code", QStringLiteral("fixed")}}));
    const qint64 p1 = incident(store, 1, 1);
    move(store, p1, "assigned",
         v({{"major_incident_manager", QStringLiteral("Mia")},
            {"management_informed_by", QStringLiteral("Mia")}}));
    move(store, p1, "resolved", v({{"resolution_code", QStringLiteral("fixed")}}));
    Result<SweepResult> early = work.autoClose(now);
    REQUIRE(early.ok());
    CHECK(early->closed == 0);
    Result<SweepResult> swept = work.autoClose(now + 6LL * 86400000);
    REQUIRE(swept.ok());
    CHECK(swept->closed == 1);
    REQUIRE(swept->skipped.size() == 1);
    CHECK(swept->skipped.first().startsWith(load(store, p1).humanId));
    Record closed = load(store, p3);
    CHECK(closed.state == QStringLiteral("closed"));
    CHECK(closed.value(QStringLiteral("closure")).toString() == QStringLiteral("auto_close"));

    REQUIRE(store.setSetting(QStringLiteral("auto_close.days"), QStringLiteral("0")).isOk());
    move(store, p2, "resolved",
         v({{"resolution_code", QStringLiteral("fixed")},
            {"major_incident_manager", QStringLiteral("Mia")}}));
    CHECK(work.autoClose(now + 365LL * 86400000)->closed == 0);
    requireHealthy(*wb);
}

TEST_CASE("a P1 or P2 without a customer update needs attention")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("attention.sbw")));
    RecordStore store(*wb);
    TicketWork work(store);
    REQUIRE(store.setSetting(QStringLiteral("major_incident.priority_at_most"), QStringLiteral("0"))
                .isOk());
    const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    QDateTime clock = start;
    setClockForTesting([&clock] { return clock; });
    const qint64 p2 = incident(store, 1, 2);
    const qint64 p4 = incident(store, 2, 3);
    auto reasons = [&](qint64 id, const QDateTime &at) {
        Result<QList<AttentionReason>> r = work.attention(id, at.toMSecsSinceEpoch());
        REQUIRE(r.ok());
        return *r;
    };
    auto waiting = [&](const QDateTime &at) {
        ListSpec spec;
        spec.type = QStringLiteral("incident");
        spec.needsAttention = true;
        spec.nowMs = at.toMSecsSinceEpoch();
        Result<RecordQuery> q = RecordQuery::prepare(spec);
        REQUIRE(q.ok());
        Result<qint64> n = q->count(wb->db());
        REQUIRE(n.ok());
        return *n;
    };
    CHECK(reasons(p2, start.addSecs(59 * 60)).isEmpty());
    CHECK(waiting(start.addSecs(59 * 60)) == 0);
    const QDateTime late = start.addSecs(61 * 60);
    REQUIRE(reasons(p2, late).size() == 1);
    CHECK(reasons(p2, late).first().kind == AttentionReason::Kind::CustomerUpdateDue);
    CHECK(reasons(p4, late).isEmpty());
    CHECK(waiting(late) == 1);

    // Told at 10:30: due again at 11:30; a longer period from the workbook moves that.
    clock = start.addSecs(90 * 60);
    REQUIRE(store.addNote(p2, QStringLiteral("Engineer on site."), true).ok());
    CHECK(reasons(p2, start.addSecs(140 * 60)).isEmpty());
    CHECK(waiting(start.addSecs(140 * 60)) == 0);
    CHECK(waiting(start.addSecs(151 * 60)) == 1);
    REQUIRE(
        store.setSetting(QStringLiteral("attention.customer_update_minutes"), QStringLiteral("120"))
            .isOk());
    CHECK(waiting(start.addSecs(151 * 60)) == 0);
    CHECK(reasons(p2, start.addSecs(151 * 60)).isEmpty());
    // Once resolved nobody waits for an update.
    REQUIRE(store
                .transition(p2, QStringLiteral("resolved"),
                            v({{"resolution_code", QStringLiteral("fixed")}}))
                .ok());
    CHECK(waiting(start.addDays(2)) == 0);
    setClockForTesting({});
}

TEST_CASE("records like a ticket are found by its distinctive words")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("similar.sbw")));
    RecordStore store(*wb);
    auto make = [&](const char *title, const char *description) {
        Result<RecordRef> r = store.create(QStringLiteral("incident"),
                                           v({{"title", QString::fromUtf8(title)},
                                              {"description", QString::fromUtf8(description)}}));
        REQUIRE(r.ok());
        return r->id;
    };
    const qint64 vpn = make("VPN tunnel drops every hour", "The tunnel to Frankfurt resets");
    const qint64 vpn2 = make("Frankfurt tunnel keeps resetting", "Users lose the VPN");
    make("Printer jam on floor 3", "Paper stuck in tray 2");
    const qint64 zh = make("核心网络交换机故障", "机房断网");
    const qint64 zh2 = make("网络交换机端口闪断", "");

    Result<QList<SearchHit>> hits = Search::similar(
        wb->db(), QStringLiteral("VPN tunnel drops every hour The tunnel to Frankfurt resets"),
        vpn);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().id == vpn2);

    hits = Search::similar(wb->db(), QStringLiteral("核心网络交换机故障"), zh);
    REQUIRE(hits.ok());

    REQUIRE(hits->size() == 1);
    CHECK(hits->first().id == zh2);

    // Only common or short words: nothing to go on, and no error.
    hits = Search::similar(wb->db(), QStringLiteral("the and for it is"), vpn);
    REQUIRE(hits.ok());
    CHECK(hits->isEmpty());
    CHECK(SearchText::toSimilarQuery(QStringLiteral("Mail server: mail, MAIL!"))
              .count(QStringLiteral(" OR "))
          == 1);
}
