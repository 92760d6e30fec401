#include "fixtures.h"

#include "clock.h"
#include "incident/ticketwork.h"
#include "problem/effectiveness.h"
#include "problem/knowledge.h"
#include "problem/rca.h"
#include "problem/trends.h"
#include "records/integritycheck.h"
#include "records/recordquery.h"
#include "records/search.h"
#include "storage/transaction.h"

#include <QTimeZone>

using namespace sb;
using namespace sb::test;
using namespace Qt::StringLiterals;

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

qint64 make(RecordStore &store, const QString &type, const QVariantMap &values)
{
    Result<RecordRef> r = store.create(type, values);
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

void set(RecordStore &store, qint64 id, const QVariantMap &changes)
{
    Result<int> r = store.update(id, changes);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
}

QList<qint64> linkedFrom(Workbook &wb, qint64 to, const char *kind)
{
    Statement st = wb.db().prepare("SELECT from_id FROM link WHERE to_id = ?1 AND kind = ?2 "
                                   "ORDER BY from_id");
    st.bind(1, to).bind(2, QString::fromLatin1(kind));
    QList<qint64> out;
    while (st.next())
        out << st.int64(0);
    return out;
}

void requireHealthy(Workbook &wb)
{
    Result<CheckReport> report = IntegrityCheck::run(wb);
    REQUIRE(report.ok());
    for (const CheckIssue &i : report->issues)
        UNSCOPED_INFO((i.kind + u": "_s + i.message).toStdString());
    CHECK(report->healthy());
}

QString at(const QDateTime &t)
{
    return toStoredTime(t);
}

// A clock the test moves by hand; restored when the test ends.
struct TestClock
{
    QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc());
    TestClock()
    {
        setClockForTesting([this] { return now; });
    }
    ~TestClock() { setClockForTesting({}); }
    qint64 ms() const { return now.toMSecsSinceEpoch(); }
};

} // namespace

TEST_CASE("a chain of causes is checked and stored in one form")
{
    Result<QList<RcaEntry>> ok =
        RcaChain::parse(uR"([{"text":" Mail queue full ","category":"technology"},
             {"text":"Nobody watched the queue","root":true,"at":"2026-03-01T10:00:00Z"}])"_s);
    REQUIRE(ok.ok());
    REQUIRE(ok->size() == 2);
    CHECK(ok->at(0).text == u"Mail queue full"_s);
    CHECK(ok->at(1).root);
    CHECK(ok->at(1).at == u"2026-03-01T10:00:00.000Z"_s);
    CHECK(RcaChain::rootText(*ok) == u"Nobody watched the queue"_s);
    const QString canonical = RcaChain::serialize(*ok);
    Result<QList<RcaEntry>> again = RcaChain::parse(canonical);
    REQUIRE(again.ok());
    CHECK(*again == *ok);
    CHECK(RcaChain::parse(QString()).value().isEmpty());

    const auto refused = [](const QString &json) {
        Result<QList<RcaEntry>> r = RcaChain::parse(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::InvalidInput);
        return r.error().message();
    };
    CHECK(refused(u"{not json"_s).contains(u"not a list"_s));
    CHECK(refused(u"[{\"text\":\"\"}]"_s).contains(u"no text"_s));
    CHECK(refused(u"[{\"text\":\"a\",\"category\":\"weather\"}]"_s).contains(u"weather"_s));
    CHECK(refused(u"[{\"text\":\"a\",\"at\":\"yesterday\"}]"_s).contains(u"yesterday"_s));
    CHECK(refused(u"[{\"text\":\"a\",\"why\":1}]"_s).contains(u"why"_s));
    CHECK(refused(u"[{\"text\":\"a\",\"root\":true},{\"text\":\"b\",\"root\":true}]"_s)
              .contains(u"2 entries"_s));
}

TEST_CASE("problems follow their lifecycle, the priority matrix and their stamps")
{
    TempDir t;
    TestClock clock;
    auto wb = newWorkbook(t.file(u"problems.sbw"_s));
    RecordStore store(*wb);
    const qint64 p = make(store, u"problem"_s,
                          v({{"title", u"Mail delivery stalls every Monday"_s},
                             {"impact", 1},
                             {"urgency", 2},
                             {"problem_manager", Admin}}));
    Record r = load(store, p);
    CHECK(r.humanId == u"PRB-1"_s);
    CHECK(r.state == u"logged"_s);
    CHECK(r.fields.value(u"priority"_s).toInt() == 2);
    CHECK(r.fields.value(u"logged_at"_s).toString() == at(clock.now));

    // A priority against the matrix needs its reason, as for incidents.
    CHECK_FALSE(store.update(p, v({{"priority", 4}})).ok());

    // Known error only with a root cause or a workaround.
    Result<int> early = store.transition(p, u"known_error"_s);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code() == ErrorCode::LifecycleRefused);
    move(store, p, "under_investigation");

    // A malformed chain is refused and changes nothing.
    Result<int> bad = store.update(p, v({{"rca_chain", u"[{\"text\":1}]"_s}}));
    REQUIRE_FALSE(bad.ok());
    CHECK(load(store, p).version == 2);

    clock.now = clock.now.addSecs(5 * 3600);
    set(store, p,
        v({{"rca_method", u"five_whys"_s},
           {"rca_chain",
            u"[{\"text\":\"Queue fills\"},{\"text\":\"Weekly archive job holds the store lock\","
            "\"root\":true}]"_s}}));
    r = load(store, p);
    CHECK(r.fields.value(u"root_cause"_s).toString()
          == u"Weekly archive job holds the store lock"_s);
    CHECK(r.fields.value(u"root_cause_at"_s).toString() == at(clock.now));
    CHECK(r.fields.value(u"rca_chain"_s).toString().startsWith(u"[{\"text\":\"Queue fills\"}"_s));
    move(store, p, "known_error");

    // Resolving needs the resolution; a fix that changes CIs needs its change.
    CHECK_FALSE(store.transition(p, u"resolved"_s).ok());
    Result<int> noChange = store.transition(
        p, u"resolved"_s,
        v({{"resolution", u"Archive job moved to Sunday night"_s}, {"needs_change", true}}));
    REQUIRE_FALSE(noChange.ok());
    CHECK(noChange.error().message().contains(u"resolved by change"_s));
    clock.now = clock.now.addDays(2);
    move(store, p, "resolved", v({{"resolution", u"Archive job moved to Sunday night"_s}}));
    r = load(store, p);
    CHECK(r.fields.value(u"resolved_at"_s).toString() == at(clock.now));

    move(store, p, "under_investigation");
    r = load(store, p);
    CHECK(r.fields.value(u"reopen_count"_s).toInt() == 1);
    CHECK(r.fields.value(u"resolved_at"_s).isNull());

    // Escalated like an incident: to another group, counted.
    TicketWork work(store);
    EscalationRequest req;
    req.functional = true;
    req.toGroup = u"Messaging"_s;
    req.reason = u"Needs the mail platform team"_s;
    REQUIRE(work.escalate(p, req).ok());
    r = load(store, p);
    CHECK(r.fields.value(u"assignment_group"_s).toString() == u"Messaging"_s);
    CHECK(r.fields.value(u"escalation_count"_s).toInt() == 1);
    requireHealthy(*wb);
}

TEST_CASE("a known error is recorded as soon as a root cause or workaround is known")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"ke.sbw"_s));
    RecordStore store(*wb);
    const qint64 p = make(store, u"problem"_s,
                          v({{"title", u"VPN drops after sleep"_s},
                             {"description", u"Laptops lose the VPN tunnel on wake"_s},
                             {"service", u"Remote access"_s},
                             {"category", u"Network"_s},
                             {"affected_ci", u"vpn-gw-01"_s}}));
    CHECK(linkedFrom(*wb, p, "known_error_of").isEmpty());

    set(store, p, v({{"workaround", u"Reconnect the VPN client by hand"_s}}));
    QList<qint64> kes = linkedFrom(*wb, p, "known_error_of");
    REQUIRE(kes.size() == 1);
    Record ke = load(store, kes.first());
    CHECK(ke.type == u"known_error"_s);
    CHECK(ke.state == u"active"_s);
    CHECK(ke.title == u"VPN drops after sleep"_s);
    CHECK(ke.fields.value(u"symptom"_s).toString() == u"Laptops lose the VPN tunnel on wake"_s);
    CHECK(ke.fields.value(u"workaround"_s).toString() == u"Reconnect the VPN client by hand"_s);
    CHECK(ke.fields.value(u"service"_s).toString() == u"Remote access"_s);
    CHECK(ke.fields.value(u"affected_ci"_s).toString() == u"vpn-gw-01"_s);
    CHECK(ke.fields.value(u"problem"_s).toString() == u"PRB-1"_s);
    CHECK_FALSE(ke.fields.value(u"identified_at"_s).toString().isEmpty());
    // The problem stays open: a known error does not wait for the fix.
    CHECK(load(store, p).state == u"logged"_s);

    // While it says what the problem said, it follows the problem.
    set(store, p, v({{"root_cause", u"Power saving turns the NIC off"_s}}));
    CHECK(linkedFrom(*wb, p, "known_error_of").size() == 1);
    ke = load(store, kes.first());
    CHECK(ke.fields.value(u"root_cause"_s).toString() == u"Power saving turns the NIC off"_s);

    // Once edited on its own, it keeps what was written there.
    set(store, kes.first(), v({{"workaround", u"Disable NIC power saving in the BIOS"_s}}));
    set(store, p, v({{"workaround", u"Restart the laptop"_s}}));
    ke = load(store, kes.first());
    CHECK(ke.fields.value(u"workaround"_s).toString() == u"Disable NIC power saving in the BIOS"_s);

    move(store, kes.first(), "retired");
    CHECK_FALSE(load(store, kes.first()).fields.value(u"retired_at"_s).toString().isEmpty());
    move(store, kes.first(), "active");
    CHECK(load(store, kes.first()).fields.value(u"retired_at"_s).isNull());
    requireHealthy(*wb);
}

TEST_CASE("known errors and articles are offered to the incident being written")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"suggest.sbw"_s));
    RecordStore store(*wb);
    const qint64 outlook =
        make(store, u"known_error"_s,
             v({{"title", u"Outlook freezes when opening shared calendars"_s},
                {"symptom", u"Outlook stops responding while a shared calendar loads"_s},
                {"workaround", u"Open the calendar in the web client"_s},
                {"service", u"E-mail"_s},
                {"category", u"Software"_s}}));
    const qint64 printer = make(store, u"known_error"_s,
                                v({{"title", u"Third floor printer jams"_s},
                                   {"workaround", u"Use the second tray"_s},
                                   {"service", u"Printing"_s},
                                   {"affected_ci", u"prn-3f"_s}}));
    const qint64 retired = make(store, u"known_error"_s,
                                v({{"title", u"Outlook freezes on start with old profile"_s},
                                   {"workaround", u"Recreate the profile"_s}}));
    move(store, retired, "retired");
    const qint64 article = make(store, u"kb_article"_s,
                                v({{"title", u"Sharing calendars in Outlook"_s},
                                   {"body", u"# Sharing\n\nUse **Share calendar**."_s},
                                   {"service", u"E-mail"_s}}));
    const qint64 draft = make(store, u"kb_article"_s,
                              v({{"title", u"Outlook calendar tips (draft)"_s},
                                 {"body", u"Draft text about Outlook calendars"_s}}));
    move(store, article, "in_review");
    move(store, article, "published");

    SuggestionQuery q;
    q.text = u"Outlook freezes when I open my manager's shared calendar"_s;
    q.service = u"e-mail"_s; // any case
    Result<QList<Suggestion>> s = Knowledge::suggest(wb->db(), q);
    REQUIRE(s.ok());
    REQUIRE(s->size() >= 2);
    CHECK(s->at(0).id == outlook);
    CHECK(s->at(0).textMatch);
    CHECK(s->at(0).sameService);
    CHECK(s->at(0).workaround == u"Open the calendar in the web client"_s);
    QList<qint64> ids;
    for (const Suggestion &x : *s)
        ids << x.id;
    CHECK(ids.contains(article));
    CHECK_FALSE(ids.contains(retired));
    CHECK_FALSE(ids.contains(draft));
    CHECK_FALSE(ids.contains(printer));

    // A shared CI alone is enough to be offered.
    SuggestionQuery byCi;
    byCi.ci = u"PRN-3F"_s;
    s = Knowledge::suggest(wb->db(), byCi);
    REQUIRE(s.ok());
    REQUIRE(s->size() == 1);
    CHECK(s->at(0).id == printer);
    CHECK(s->at(0).sameCi);
    CHECK_FALSE(s->at(0).textMatch);

    // Chinese text finds Chinese known errors.
    const qint64 zh = make(store, u"known_error"_s,
                           v({{"title", u"打印机卡纸"_s}, {"workaround", u"使用第二个纸盒"_s}}));
    SuggestionQuery zq;
    zq.text = u"三楼打印机又卡纸了"_s;
    s = Knowledge::suggest(wb->db(), zq);
    REQUIRE(s.ok());
    REQUIRE_FALSE(s->isEmpty());
    CHECK(s->at(0).id == zh);

    // Apply the workaround: linked, a work note, and no longer offered to that incident.
    const qint64 inc = make(store, u"incident"_s, v({{"title", q.text}, {"service", u"E-mail"_s}}));
    Result<qint64> note = Knowledge::applyWorkaround(store, inc, outlook);
    REQUIRE(note.ok());
    CHECK(linkedFrom(*wb, outlook, "applies_known_error") == QList<qint64> {inc});
    Result<QList<NoteInfo>> notes = store.notes(inc);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->at(0).body.contains(u"Open the calendar in the web client"_s));
    CHECK(notes->at(0).body.contains(u"KE-1"_s));
    CHECK(Knowledge::timesApplied(wb->db(), outlook).value() == 1);
    q.excludeLinkedTo = inc;
    s = Knowledge::suggest(wb->db(), q);
    REQUIRE(s.ok());
    for (const Suggestion &x : *s)
        CHECK(x.id != outlook);

    // Twice, retired, or without a workaround: refused, nothing written.
    CHECK_FALSE(Knowledge::applyWorkaround(store, inc, outlook).ok());
    CHECK_FALSE(Knowledge::applyWorkaround(store, inc, retired).ok());
    const qint64 bare = make(store, u"known_error"_s, v({{"title", u"Bare"_s}}));
    Result<qint64> none = Knowledge::applyWorkaround(store, inc, bare);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message().contains(u"no workaround"_s));
    CHECK(store.notes(inc)->size() == 1);

    // Removing a known error takes it out of the suggestions too.
    REQUIRE(store.remove(printer).isOk());
    s = Knowledge::suggest(wb->db(), byCi);
    REQUIRE(s.ok());
    CHECK(s->isEmpty());
    requireHealthy(*wb);
}

TEST_CASE("a knowledge article keeps its versions and who approved them")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"kb.sbw"_s));
    RecordStore store(*wb);
    const qint64 a = make(store, u"kb_article"_s,
                          v({{"title", u"Reset your password"_s},
                             {"body", u"1. Open the portal\n2. Choose *Forgot password*"_s},
                             {"review_date", u"2026-01-31"_s}}));
    CHECK(load(store, a).fields.value(u"version_no"_s).toInt() == 1);
    set(store, a, v({{"keywords", u"password, portal"_s}}));
    CHECK(load(store, a).fields.value(u"version_no"_s).toInt() == 1);
    set(store, a,
        v({{"body", u"1. Open the portal\n2. Choose *Forgot password*\n3. Check mail"_s}}));
    CHECK(load(store, a).fields.value(u"version_no"_s).toInt() == 2);

    // Submitting needs a body; publishing needs the knowledge or problem manager role.
    move(store, a, "in_review");
    move(store, a, "published");
    Record r = load(store, a);
    CHECK(r.fields.value(u"approved_by"_s).toString() == Admin);
    CHECK_FALSE(r.fields.value(u"published_at"_s).toString().isEmpty());

    Result<QList<ArticleVersion>> versions = Knowledge::versions(wb->db(), a);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).number == 2);
    CHECK(versions->at(0).approvedBy == Admin);
    CHECK(versions->at(0).body.endsWith(u"3. Check mail"_s));
    CHECK(versions->at(1).number == 1);
    CHECK(versions->at(1).approvedBy.isEmpty());
    CHECK(versions->at(1).writtenBy == Admin);

    CHECK(Knowledge::dueForReview(wb->db(), u"2026-02-01"_s).value() == QList<qint64> {a});
    CHECK(Knowledge::dueForReview(wb->db(), u"2026-01-30"_s).value().isEmpty());

    // A revision waits for its own approval.
    move(store, a, "draft");
    r = load(store, a);
    CHECK(r.fields.value(u"approved_by"_s).isNull());
    set(store, a, v({{"title", u"Reset a forgotten password"_s}}));
    versions = Knowledge::versions(wb->db(), a);
    REQUIRE(versions->size() == 3);
    CHECK(versions->at(0).title == u"Reset a forgotten password"_s);
    CHECK(versions->at(0).approvedAt.isEmpty());
    // Articles are found by the search like everything else.
    Result<QList<SearchHit>> hits = Search::query(wb->db(), u"forgotten"_s);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).id == a);

    // Agents write articles but do not approve them.
    REQUIRE(store.grantRole(u"amy"_s, u"agent"_s).isOk());
    auto asAgent = openAs(t.file(u"kb.sbw"_s), u"amy"_s);
    RecordStore agent(*asAgent);
    const qint64 b = make(agent, u"kb_article"_s,
                          v({{"title", u"Map a network drive"_s}, {"body", u"Use Explorer."_s}}));
    move(agent, b, "in_review");
    Result<int> approve = agent.transition(b, u"published"_s);
    REQUIRE_FALSE(approve.ok());
    CHECK(approve.error().code() == ErrorCode::PermissionDenied);
    // Nor may an agent change a problem someone else logged.
    const qint64 p = make(store, u"problem"_s, v({{"title", u"Slow logons"_s}}));
    CHECK_FALSE(agent.update(p, v({{"root_cause", u"GPO"_s}})).ok());
}

TEST_CASE("incident trends name the groups that may hide a problem")
{
    TempDir t;
    TestClock clock;
    auto wb = newWorkbook(t.file(u"trends.sbw"_s));
    RecordStore store(*wb);
    auto incident = [&](const char *title, const char *service, const char *caller, int daysAgo,
                        const char *ci = "") {
        return make(store, u"incident"_s,
                    v({{"title", QString::fromUtf8(title)},
                       {"service", QString::fromUtf8(service)},
                       {"caller", QString::fromUtf8(caller)},
                       {"affected_ci", QString::fromUtf8(ci)},
                       {"category", u"Software"_s},
                       {"opened_at", at(clock.now.addDays(-daysAgo))}}));
    };
    QList<qint64> mail;
    for (int i = 0; i < 6; ++i)
        mail << incident("Mail bounces", i % 2 ? "E-mail" : "e-mail", i < 4 ? "ann" : "bob", i * 4,
                         "mx-01");
    incident("Mail bounces long ago", "E-mail", "carl", 90);
    incident("Printer offline", "Printing", "dora", 2);
    incident("Printer offline again", "Printing", "dora", 1);
    const qint64 cancelled = incident("Mail test ticket", "E-mail", "erin", 1);
    move(store, cancelled, "cancelled");
    // One mail incident went back to work twice over.
    move(store, mail[0], "resolved", v({{"resolution_code", u"fixed"_s}}));
    move(store, mail[0], "in_progress");
    move(store, mail[1], "resolved", v({{"resolution_code", u"fixed"_s}}));
    move(store, mail[1], "in_progress");

    CandidateOptions o;
    o.nowMs = clock.ms();
    o.windowDays = 30;
    o.minCount = 5;
    o.minRepeat = 3;
    Result<QList<ProblemCandidate>> c = Trends::candidates(wb->db(), o);
    REQUIRE(c.ok());
    REQUIRE(c->size() == 3);
    CHECK(c->at(0).kind == ProblemCandidate::Kind::Group);
    CHECK(c->at(0).key.compare(u"e-mail"_s, Qt::CaseInsensitive) == 0);
    CHECK(c->at(0).count == 6); // not the old one, not the cancelled one
    CHECK(c->at(0).open == 6);
    CHECK(c->at(0).problem.isEmpty());
    CHECK(c->at(1).kind == ProblemCandidate::Kind::RepeatCaller);
    CHECK(c->at(1).count == 4);
    CHECK(c->at(1).key == u"ann"_s);
    CHECK(c->at(2).kind == ProblemCandidate::Kind::Reopened);
    CHECK(c->at(2).count == 2);

    o.by = TrendDimension::Ci;
    c = Trends::candidates(wb->db(), o);
    REQUIRE(c.ok());
    REQUIRE_FALSE(c->isEmpty());
    CHECK(c->at(0).key == u"mx-01"_s);

    o.by = TrendDimension::Service;
    Result<QList<qint64>> ids = Trends::incidents(wb->db(), c->at(0), o);
    REQUIRE(ids.ok());
    CHECK(ids->size() == 6);

    // Create the problem from them: all linked, and the group now names it.
    Result<qint64> p = Trends::createProblem(
        store, v({{"title", u"Mail bounces"_s}, {"service", u"E-mail"_s}}), *ids);
    REQUIRE(p.ok());
    CHECK(load(store, *p).fields.value(u"detected_by"_s).toString() == u"trend"_s);
    CHECK(linkedFrom(*wb, *p, "related_problem").size() == 6);
    c = Trends::candidates(wb->db(), o);
    REQUIRE(c.ok());
    CHECK(c->at(0).problem == u"PRB-1"_s);

    // A bad incident id makes the whole creation fail: no half-linked problem.
    CHECK_FALSE(Trends::createProblem(store, v({{"title", u"Half"_s}}), {mail[2], 999999}).ok());
    Statement count = wb->db().prepare("SELECT count(*) FROM record WHERE type = 'problem'");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 1);

    Result<TrendChart> chart = Trends::weekly(wb->db(), TrendDimension::Service, 8, 5, o);
    REQUIRE(chart.ok());
    CHECK(chart->weeks == 8);
    REQUIRE(chart->series.size() == 2);
    CHECK(chart->series.at(0).candidate);
    CHECK(chart->series.at(0).total == 6);
    qint64 sum = 0;
    for (qint64 n : chart->series.at(0).counts)
        sum += n;
    CHECK(sum == 6);
    CHECK_FALSE(chart->series.at(1).candidate);
}

TEST_CASE("a fix that does not hold is found and marked")
{
    TempDir t;
    TestClock clock;
    auto wb = newWorkbook(t.file(u"recur.sbw"_s));
    RecordStore store(*wb);
    clock.now = clock.now.addDays(-60);
    const qint64 p = make(store, u"problem"_s,
                          v({{"title", u"Payroll export times out"_s},
                             {"description", u"The monthly payroll export times out at night"_s},
                             {"category", u"Application error"_s},
                             {"affected_ci", u"payroll-db"_s},
                             {"problem_manager", Admin}}));
    const qint64 before =
        make(store, u"incident"_s,
             v({{"title", u"Payroll export timed out"_s}, {"category", u"Application error"_s}}));
    REQUIRE(store.link(before, p, u"related_problem"_s).isOk());
    clock.now = clock.now.addDays(1);
    set(store, p, v({{"workaround", u"Run the export by hand in the morning"_s}}));
    const qint64 ke = linkedFrom(*wb, p, "known_error_of").value(0);
    REQUIRE(ke > 0);
    move(store, p, "under_investigation");
    clock.now = clock.now.addDays(2);
    move(store, p, "resolved", v({{"resolution", u"Index added to the export query"_s}}));
    const QString fixedAt = load(store, p).fields.value(u"resolved_at"_s).toString();

    Result<QList<ProblemOutcome>> review = ProblemEffectiveness::review(wb->db());
    REQUIRE(review.ok());
    REQUIRE(review->size() == 1);
    CHECK_FALSE(review->at(0).recurred());
    CHECK(review->at(0).hoursToRootCause == 24);
    CHECK(review->at(0).hoursToResolution == 72);
    CHECK(review->at(0).linkedIncidents == 1);

    // After the fix: one with the same text and category, one that applied the known error,
    // one of the same category about something else, and one cancelled.
    clock.now = clock.now.addDays(10);
    const qint64 again = make(
        store, u"incident"_s,
        v({{"title", u"Payroll export times out again"_s}, {"category", u"application error"_s}}));
    clock.now = clock.now.addDays(1);
    const qint64 applied = make(store, u"incident"_s, v({{"title", u"Salary file missing"_s}}));
    REQUIRE(Knowledge::applyWorkaround(store, applied, ke).ok());
    make(store, u"incident"_s,
         v({{"title", u"Spreadsheet crashes on save"_s}, {"category", u"Application error"_s}}));
    const qint64 cancelled =
        make(store, u"incident"_s,
             v({{"title", u"Payroll export times out"_s}, {"category", u"Application error"_s}}));
    move(store, cancelled, "cancelled");

    review = ProblemEffectiveness::review(wb->db());
    REQUIRE(review.ok());
    REQUIRE(review->size() == 1);
    const ProblemOutcome &o = review->at(0);
    CHECK(o.resolvedAt == fixedAt);
    CHECK(o.recurrences == QList<qint64> {applied, again}); // newest first

    Result<qint64> marked = ProblemEffectiveness::markRecurrences(store);
    REQUIRE(marked.ok());
    CHECK(*marked == 1);
    Record r = load(store, p);
    CHECK(r.fields.value(u"recurred"_s).toBool());
    CHECK(r.fields.value(u"recurrence_count"_s).toInt() == 2);
    CHECK(r.fields.value(u"recurred_at"_s).toString()
          == load(store, again).fields.value(u"opened_at"_s).toString());
    CHECK(linkedFrom(*wb, p, "recurrence_of") == (QList<qint64> {again, applied}));
    // Nothing new: nothing changes.
    marked = ProblemEffectiveness::markRecurrences(store);
    REQUIRE(marked.ok());
    CHECK(*marked == 0);

    Result<ProblemOutcome> one = ProblemEffectiveness::outcome(wb->db(), p);
    REQUIRE(one.ok());
    CHECK(one->recurrenceIds.size() == 2);
    CHECK_FALSE(ProblemEffectiveness::outcome(wb->db(), 999999).ok());
    requireHealthy(*wb);
}

TEST_CASE("problems and knowledge respect a read-only workbook")
{
    TempDir t;
    const QString path = t.file(u"ro.sbw"_s);
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        make(store, u"incident"_s, v({{"title", u"Disk full"_s}}));
        make(store, u"known_error"_s,
             v({{"title", u"Disk fills with logs"_s}, {"workaround", u"Rotate logs"_s}}));
    }
    OpenOptions ro;
    ro.readOnly = true;
    auto wb = openAs(path, Admin, ro);
    RecordStore store(*wb);
    CHECK_FALSE(Knowledge::applyWorkaround(store, 1, 2).ok());
    CHECK_FALSE(Trends::createProblem(store, v({{"title", u"x"_s}}), {}).ok());
    CHECK_FALSE(ProblemEffectiveness::markRecurrences(store).ok());
    SuggestionQuery q;
    q.text = u"disk full of logs"_s;
    Result<QList<Suggestion>> s = Knowledge::suggest(wb->db(), q);
    REQUIRE(s.ok());
    CHECK(s->size() == 1);
}

TEST_CASE("suggestions leave out the words every known error has")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"many.sbw"_s));
    RecordStore store(*wb);
    {
        WriteTransaction tx(wb->db());
        REQUIRE(tx.begin().isOk());
        for (int i = 0; i < 600; ++i)
            make(store, u"known_error"_s,
                 v({{"title", u"Printer network error %1"_s.arg(i)},
                    {"workaround", u"Restart the printer"_s}}));
        REQUIRE(tx.commit().isOk());
    }
    const qint64 toner = make(store, u"known_error"_s,
                              v({{"title", u"Printer network error with toner smear"_s},
                                 {"workaround", u"Replace the fuser"_s}}));
    SuggestionQuery q;
    q.text = u"printer network error, toner smear on every page"_s;
    Result<QList<Suggestion>> s = Knowledge::suggest(wb->db(), q, 5);
    REQUIRE(s.ok());
    REQUIRE_FALSE(s->isEmpty());
    CHECK(s->at(0).id == toner);
    // Only common words: the rarest still find something.
    q.text = u"printer network error"_s;
    s = Knowledge::suggest(wb->db(), q, 5);
    REQUIRE(s.ok());
    CHECK(s->size() == 5);
}

TEST_CASE("an incident of another service is no recurrence by its words alone")
{
    TempDir t;
    TestClock clock;
    auto wb = newWorkbook(t.file(u"service.sbw"_s));
    RecordStore store(*wb);
    const qint64 p = make(store, u"problem"_s,
                          v({{"title", u"Data missing after the night run"_s},
                             {"service", u"Payroll"_s},
                             {"category", u"Batch"_s},
                             {"problem_manager", Admin}}));
    move(store, p, "under_investigation");
    move(store, p, "resolved", v({{"resolution", u"Run order fixed"_s}}));
    clock.now = clock.now.addDays(3);
    make(store, u"incident"_s,
         v({{"title", u"Data missing in ERP after the night run"_s},
            {"service", u"ERP"_s},
            {"category", u"Batch"_s}}));
    const qint64 same = make(store, u"incident"_s,
                             v({{"title", u"Night run data missing again"_s},
                                {"service", u"payroll"_s},
                                {"category", u"Batch"_s}}));
    Result<ProblemOutcome> o = ProblemEffectiveness::outcome(wb->db(), p);
    REQUIRE(o.ok());
    CHECK(o->recurrences == QList<qint64> {same});
}

TEST_CASE("a list narrows to records where any of some fields names someone")
{
    TempDir t;
    auto wb = newWorkbook(t.file(u"mine.sbw"_s));
    RecordStore store(*wb);
    const qint64 managed =
        make(store, u"problem"_s, v({{"title", u"Managed"_s}, {"problem_manager", Admin}}));
    const qint64 assigned =
        make(store, u"problem"_s, v({{"title", u"Assigned"_s}, {"assignee", Admin}}));
    make(store, u"problem"_s, v({{"title", u"Someone else's"_s}, {"assignee", u"zoe"_s}}));
    ListSpec spec;
    spec.type = u"problem"_s;
    spec.whereAny.append({{u"problem_manager"_s, u"assignee"_s}, Admin});
    Result<RecordQuery> q = RecordQuery::prepare(spec);
    REQUIRE(q.ok());
    Result<QList<ListRow>> rows = q->page(wb->db(), std::nullopt, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).id == managed);
    CHECK(rows->at(1).id == assigned);
    CHECK(q->count(wb->db()).value() == 2);

    spec.whereAny = {{{u"problem_manager"_s, u"colour"_s}, Admin}};
    CHECK_FALSE(RecordQuery::prepare(spec).ok());
    spec.whereAny = {{{u"assignee"_s}, QString()}};
    CHECK_FALSE(RecordQuery::prepare(spec).ok());
}
