#include "fixtures.h"

#include "incident/prioritymatrix.h"
#include "records/integritycheck.h"
#include "storage/migrations.h"

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

QVariant field(RecordStore &store, qint64 id, const char *name)
{
    Result<Record> r = store.load(id);
    REQUIRE(r.ok());
    return r->value(QString::fromLatin1(name));
}

QString state(RecordStore &store, qint64 id)
{
    Result<Record> r = store.load(id);
    REQUIRE(r.ok());
    return r->state;
}

// The entries of a record's history that changed one field, oldest first.
QList<AuditEntry> changesOf(RecordStore &store, qint64 id, const char *name)
{
    QList<AuditEntry> out;
    Result<QList<AuditEntry>> h = store.history(id);
    REQUIRE(h.ok());
    for (const AuditEntry &e : *h) {
        if (e.field == QString::fromLatin1(name))
            out.append(e);
    }
    return out;
}

void requireHealthy(Workbook &wb)
{
    Result<CheckReport> report = IntegrityCheck::run(wb);
    REQUIRE(report.ok());
    for (const CheckIssue &i : report->issues)
        UNSCOPED_INFO((i.kind + QStringLiteral(": ") + i.message).toStdString());
    CHECK(report->healthy());
}

void move(RecordStore &store, qint64 id, const char *to, const QVariantMap &set = {})
{
    Result<int> r = store.transition(id, QString::fromLatin1(to), set);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
}
} // namespace

TEST_CASE("a new workbook has the standard priority matrix, categories and request types")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("seed.sbw")));
    Result<PriorityMatrix> m = PriorityMatrix::load(wb->db());
    REQUIRE(m.ok());
    CHECK(*m == PriorityMatrix::standard());
    CHECK(m->impactLevels() == 3);
    CHECK(m->urgencyLevels() == 3);
    CHECK(*m->priority(1, 1) == 1);
    CHECK(*m->priority(1, 3) == 3);
    CHECK(*m->priority(3, 1) == 3);
    CHECK(*m->priority(2, 3) == 4);
    CHECK(*m->priority(3, 3) == 5);
    // Levels beyond the matrix are read as its nearest row and column.
    CHECK(*m->priority(5, 5) == 5);
    CHECK(*m->priority(4, 1) == 3);
    CHECK_FALSE(PriorityMatrix().priority(1, 1).ok());

    CHECK(wb->db()
              .scalar("SELECT count(*) FROM incident_category WHERE parent_id IS NULL")
              ->toLongLong()
          == 5);
    CHECK(wb->db()
              .scalar("SELECT count(*) FROM incident_category c JOIN incident_category p ON "
                      "p.id = c.parent_id")
              ->toLongLong()
          >= 10);
    CHECK(wb->db().scalar("SELECT count(*) FROM request_type")->toLongLong() == 3);
    CHECK(wb->db()
              .scalar("SELECT needs_approval FROM request_type WHERE code = 'new_laptop'")
              ->toLongLong()
          == 1);
    for (const char *type : {"incident", "service_request"}) {
        INFO(type);
        const RecordTypeDef *def = RecordTypes::find(QString::fromLatin1(type));
        REQUIRE(def);
        // Every field of the registry is a column of the table.
        for (const FieldDef &f : def->fields) {
            INFO(f.name.toStdString());
            Statement st = wb->db().prepare(QByteArray("SELECT count(*) FROM pragma_table_info('")
                                            + type + "') WHERE name = ?1");
            st.bind(1, f.name);
            REQUIRE(st.next());
            CHECK(st.int64(0) == 1);
        }
    }
    CHECK(RecordTypes::find(QStringLiteral("incident"))->fields.size() == 39);
}

TEST_CASE("an incident's priority comes from the matrix and follows impact and urgency")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("prio.sbw")));
    RecordStore store(*wb);
    auto inc = store.create(QStringLiteral("incident"),
                            v({{"title", QStringLiteral("Mail is down")},
                               {"impact", 1},
                               {"urgency", QStringLiteral("2")},
                               {"channel", QStringLiteral("phone")},
                               {"caller", QStringLiteral("Someone Not In The Workbook")},
                               {"assignment_group", QStringLiteral("Messaging (external)")}}));
    REQUIRE(inc.ok());
    CHECK(inc->humanId == QStringLiteral("INC-1"));
    CHECK(state(store, inc->id) == QStringLiteral("new"));
    CHECK(field(store, inc->id, "priority").toLongLong() == 2);
    CHECK_FALSE(field(store, inc->id, "opened_at").toString().isEmpty());

    SECTION("without both impact and urgency there is no priority")
    {
        auto only = store.create(QStringLiteral("incident"),
                                 v({{"title", QStringLiteral("Slow")}, {"impact", 2}}));
        REQUIRE(only.ok());
        CHECK(field(store, only->id, "priority").isNull());
        REQUIRE(store.update(only->id, v({{"urgency", 3}})).ok());
        CHECK(field(store, only->id, "priority").toLongLong() == 4);
    }
    SECTION("a change of urgency decides the priority again, audited")
    {
        auto v2 = store.update(inc->id, v({{"urgency", 3}}), 1);
        REQUIRE(v2.ok());
        CHECK(*v2 == 2);
        CHECK(field(store, inc->id, "priority").toLongLong() == 3);
        const QList<AuditEntry> prio = changesOf(store, inc->id, "priority");
        REQUIRE(prio.size() == 1);
        CHECK(prio.first().oldValue == QStringLiteral("2"));
        CHECK(prio.first().newValue == QStringLiteral("3"));
        CHECK(prio.first().version == 2);
        // A form that sends back every field, with the priority it showed, still gets the
        // matrix's answer.
        REQUIRE(store.update(inc->id, v({{"impact", 3}, {"urgency", 3}, {"priority", 3}})).ok());
        CHECK(field(store, inc->id, "priority").toLongLong() == 5);
        // Changing something else leaves the priority alone.
        REQUIRE(store.update(inc->id, v({{"description", QStringLiteral("All users")}})).ok());
        CHECK(field(store, inc->id, "priority").toLongLong() == 5);
    }
    SECTION("an override needs a reason; with one it is accepted, audited and kept")
    {
        auto refused = store.update(inc->id, v({{"priority", 1}}));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code() == ErrorCode::InvalidInput);
        CHECK(refused.error().message().contains(QStringLiteral("Priority 1 differs from "
                                                                "priority 2")));
        CHECK(refused.error().message().contains(QStringLiteral("Priority override reason")));
        CHECK(field(store, inc->id, "priority").toLongLong() == 2);
        CHECK(store.load(inc->id)->version == 1);

        auto created = store.create(QStringLiteral("incident"),
                                    v({{"title", QStringLiteral("VIP laptop")},
                                       {"impact", 3},
                                       {"urgency", 3},
                                       {"priority", 2}}));
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code() == ErrorCode::InvalidInput);

        auto accepted = store.update(
            inc->id,
            v({{"priority", 1}, {"priority_override_reason", QStringLiteral("Board meeting")}}));
        REQUIRE(accepted.ok());
        CHECK(field(store, inc->id, "priority").toLongLong() == 1);
        const QList<AuditEntry> prio = changesOf(store, inc->id, "priority");
        REQUIRE(prio.size() == 1);
        CHECK(prio.first().oldValue == QStringLiteral("2"));
        CHECK(prio.first().newValue == QStringLiteral("1"));
        CHECK(prio.first().user == Admin);
        const QList<AuditEntry> reason = changesOf(store, inc->id, "priority_override_reason");
        REQUIRE(reason.size() == 1);
        CHECK(reason.first().newValue == QStringLiteral("Board meeting"));
        CHECK(reason.first().version == prio.first().version);

        // The override outlives a change of urgency.
        REQUIRE(store.update(inc->id, v({{"urgency", 3}})).ok());
        CHECK(field(store, inc->id, "priority").toLongLong() == 1);
        // Its reason cannot go while it stands.
        auto noReason = store.update(inc->id, v({{"priority_override_reason", QVariant()}}));
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().code() == ErrorCode::InvalidInput);
        // Clearing the priority hands it back to the matrix.
        REQUIRE(store.update(inc->id, v({{"priority", QVariant()}})).ok());
        CHECK(field(store, inc->id, "priority").toLongLong() == 3);

        auto withReason = store.create(QStringLiteral("incident"),
                                       v({{"title", QStringLiteral("VIP laptop")},
                                          {"impact", 3},
                                          {"urgency", 3},
                                          {"priority", 2},
                                          {"priority_override_reason", QStringLiteral("VIP")}}));
        REQUIRE(withReason.ok());
        CHECK(field(store, withReason->id, "priority").toLongLong() == 2);
    }
    SECTION("an imported priority is kept as it came, and nothing is stamped")
    {
        QVariantMap values = v({{"title", QStringLiteral("From the old tool")},
                                {"impact", 3},
                                {"urgency", 3},
                                {"priority", 1},
                                {"external_id", QStringLiteral("OLD-77")}});
        values.insert(RecordStore::ImportedKey, true);
        auto imported = store.create(QStringLiteral("incident"), values);
        REQUIRE(imported.ok());
        CHECK(field(store, imported->id, "priority").toLongLong() == 1);
        CHECK(field(store, imported->id, "priority_override_reason").isNull());
        CHECK(field(store, imported->id, "opened_at").isNull());
        // An import that updates it brings its priority again with the new impact: it stands.
        QVariantMap again = v({{"impact", 1}, {"priority", 1}});
        again.insert(RecordStore::ImportedKey, true);
        REQUIRE(store.update(imported->id, again).ok());
        CHECK(field(store, imported->id, "priority").toLongLong() == 1);
        CHECK(field(store, imported->id, "impact").toLongLong() == 1);
        // A person who changes the urgency later gets the matrix's answer.
        REQUIRE(store.update(imported->id, v({{"urgency", 2}})).ok());
        CHECK(field(store, imported->id, "priority").toLongLong() == 2);
        QVariantMap resolve = v({{"resolution_code", QStringLiteral("fixed")}});
        resolve.insert(RecordStore::ImportedKey, true);
        move(store, imported->id, "resolved", resolve);
        CHECK(field(store, imported->id, "resolved_at").isNull());
        // The marker is no field of anything, and it means nothing for other types.
        QVariantMap task = v({{"title", QStringLiteral("t")}});
        task.insert(RecordStore::ImportedKey, true);
        CHECK(store.create(QStringLiteral("task"), task).ok());
        // The external ID is an import's key: unique, whatever the case.
        auto twice = store.create(
            QStringLiteral("incident"),
            v({{"title", QStringLiteral("Again")}, {"external_id", QStringLiteral("old-77")}}));
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().message().contains(QStringLiteral("already used by INC-")));
    }
    SECTION("service requests take their priority from the same matrix")
    {
        auto req = store.create(QStringLiteral("service_request"),
                                v({{"title", QStringLiteral("New laptop for Ann")},
                                   {"request_type", QStringLiteral("new_laptop")},
                                   {"impact", 2},
                                   {"urgency", 2}}));
        REQUIRE(req.ok());
        CHECK(req->humanId == QStringLiteral("REQ-1"));
        CHECK(field(store, req->id, "priority").toLongLong() == 3);
        REQUIRE(store.update(req->id, v({{"impact", 1}})).ok());
        CHECK(field(store, req->id, "priority").toLongLong() == 2);
        CHECK_FALSE(store.update(req->id, v({{"priority", 5}})).ok());
    }
    requireHealthy(*wb);
}

TEST_CASE("an edited priority matrix of any size is saved audited and used at once")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("matrix.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);

    PriorityMatrix four;
    for (int impact = 1; impact <= 4; ++impact) {
        for (int urgency = 1; urgency <= 4; ++urgency)
            four.set(impact, urgency, qMin(5, (impact + urgency) / 2 + (impact == 4 ? 1 : 0)));
    }
    REQUIRE(four.validate().isOk());

    SECTION("only an administrator may change it")
    {
        REQUIRE(store
                    .create(QStringLiteral("person"),
                            v({{"title", QStringLiteral("Dan")}, {"login", QStringLiteral("dan")}}))
                    .ok());
        REQUIRE(store.grantRole(QStringLiteral("dan"), QStringLiteral("agent")).isOk());
        auto dans = openAs(path, QStringLiteral("dan"));
        RecordStore dan(*dans);
        const Error e = dan.setPriorityMatrix(four);
        CHECK(e.code() == ErrorCode::PermissionDenied);
        CHECK(*PriorityMatrix::load(wb->db()) == PriorityMatrix::standard());
    }
    SECTION("a matrix with a hole or a level out of range is refused, naming what is wrong")
    {
        PriorityMatrix holed = four;
        PriorityMatrix rebuilt;
        for (const PriorityMatrix::Cell &c : holed.cells()) {
            if (c.impact != 2 || c.urgency != 3)
                rebuilt.set(c.impact, c.urgency, c.priority);
        }
        Error e = store.setPriorityMatrix(rebuilt);
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("impact 2 and urgency 3")));
        PriorityMatrix tooLow = four;
        tooLow.set(1, 1, 6);
        CHECK(store.setPriorityMatrix(tooLow).code() == ErrorCode::InvalidInput);
        PriorityMatrix tooBig = PriorityMatrix::standard();
        tooBig.set(6, 1, 5);
        CHECK(store.setPriorityMatrix(tooBig).code() == ErrorCode::InvalidInput);
        CHECK(store.setPriorityMatrix(PriorityMatrix()).code() == ErrorCode::InvalidInput);
        CHECK(*PriorityMatrix::load(wb->db()) == PriorityMatrix::standard());
    }
    SECTION("a 4 x 4 matrix")
    {
        const qint64 auditBefore = wb->db().scalar("SELECT count(*) FROM audit")->toLongLong();
        REQUIRE(store.setPriorityMatrix(four).isOk());
        Result<PriorityMatrix> saved = PriorityMatrix::load(wb->db());
        REQUIRE(saved.ok());
        CHECK(*saved == four);
        CHECK(saved->impactLevels() == 4);
        CHECK(saved->urgencyLevels() == 4);

        // One audit entry per cell that changed or appeared.
        int changed = 0;
        const PriorityMatrix standard = PriorityMatrix::standard();
        for (const PriorityMatrix::Cell &c : four.cells()) {
            if (standard.cell(c.impact, c.urgency) != c.priority)
                ++changed;
        }
        CHECK(wb->db().scalar("SELECT count(*) FROM audit")->toLongLong() - auditBefore == changed);
        Statement st = wb->db().prepare(
            "SELECT action, old_value, new_value, user_name, record_id FROM audit WHERE field = "
            "'priority_matrix[4,4]'");
        REQUIRE(st.next());
        CHECK(st.text(0) == QStringLiteral("setting"));
        CHECK(st.isNull(1));
        CHECK(st.text(2) == QString::number(*four.cell(4, 4)));
        CHECK(st.text(3) == Admin);
        CHECK(st.isNull(4));
        st.reset();
        // Saving the same matrix again changes nothing and says nothing.
        REQUIRE(store.setPriorityMatrix(four).isOk());
        CHECK(wb->db().scalar("SELECT count(*) FROM audit")->toLongLong() - auditBefore == changed);

        auto inc =
            store.create(QStringLiteral("incident"),
                         v({{"title", QStringLiteral("Printer")}, {"impact", 4}, {"urgency", 4}}));
        REQUIRE(inc.ok());
        CHECK(field(store, inc->id, "priority").toLongLong() == *four.cell(4, 4));
        REQUIRE(store.update(inc->id, v({{"urgency", 1}})).ok());
        CHECK(field(store, inc->id, "priority").toLongLong() == *four.cell(4, 1));

        // And back to 3 x 3: the cells of the fourth row and column go, audited.
        REQUIRE(store.setPriorityMatrix(PriorityMatrix::standard()).isOk());
        CHECK(wb->db()
                  .scalar("SELECT count(*) FROM audit WHERE field = 'priority_matrix[4,4]' AND "
                          "new_value IS NULL")
                  ->toLongLong()
              == 1);
        CHECK(wb->db().scalar("SELECT count(*) FROM priority_matrix")->toLongLong() == 9);
    }
    requireHealthy(*wb);
}

TEST_CASE("the incident lifecycle: assign, work, wait, resolve, reopen, close")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("life.sbw"));
    auto wb = newWorkbook(path);
    RecordStore admin(*wb);
    REQUIRE(admin
                .create(QStringLiteral("person"),
                        v({{"title", QStringLiteral("Dan")}, {"login", QStringLiteral("dan")}}))
                .ok());
    REQUIRE(admin.grantRole(QStringLiteral("dan"), QStringLiteral("agent")).isOk());
    // An agent works incidents from start to end.
    auto dans = openAs(path, QStringLiteral("dan"));
    RecordStore store(*dans);
    auto inc =
        store.create(QStringLiteral("incident"),
                     v({{"title", QStringLiteral("VPN drops")}, {"impact", 2}, {"urgency", 2}}));
    REQUIRE(inc.ok());

    SECTION("through every state, each with what it needs")
    {
        auto unassigned = store.transition(inc->id, QStringLiteral("assigned"));
        REQUIRE_FALSE(unassigned.ok());
        CHECK(unassigned.error().code() == ErrorCode::LifecycleRefused);
        CHECK(unassigned.error().message().contains(QStringLiteral("Assignment group")));
        // Straight to work is not a step: it is assigned first.
        CHECK(store.transition(inc->id, QStringLiteral("in_progress")).error().code()
              == ErrorCode::LifecycleRefused);
        move(store, inc->id, "assigned", v({{"assignment_group", QStringLiteral("Network")}}));
        // While assigned, it keeps its group.
        CHECK_FALSE(store.update(inc->id, v({{"assignment_group", QVariant()}})).ok());
        // Handing it to another group counts as a reassignment.
        REQUIRE(
            store.update(inc->id, v({{"assignment_group", QStringLiteral("Remote access")}})).ok());
        CHECK(field(store, inc->id, "reassignment_count").toLongLong() == 1);
        move(store, inc->id, "in_progress", v({{"assignee", QStringLiteral("Contractor Joe")}}));

        auto noReason = store.transition(inc->id, QStringLiteral("pending"));
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().message().contains(QStringLiteral("Pending reason")));
        CHECK_FALSE(store
                        .transition(inc->id, QStringLiteral("pending"),
                                    v({{"pending_reason", QStringLiteral("weather")}}))
                        .ok());
        move(store, inc->id, "pending", v({{"pending_reason", QStringLiteral("supplier")}}));
        move(store, inc->id, "in_progress");

        auto noCode = store.transition(inc->id, QStringLiteral("resolved"));
        REQUIRE_FALSE(noCode.ok());
        CHECK(noCode.error().message().contains(QStringLiteral("Resolution code")));
        move(store, inc->id, "resolved",
             v({{"resolution_code", QStringLiteral("workaround")},
                {"resolution_notes", QStringLiteral("Router restarted")}}));
        CHECK_FALSE(field(store, inc->id, "resolved_at").toString().isEmpty());
        CHECK(field(store, inc->id, "reopen_count").isNull());

        // The caller says it is not fixed.
        move(store, inc->id, "in_progress");
        CHECK(field(store, inc->id, "reopen_count").toLongLong() == 1);
        CHECK_FALSE(field(store, inc->id, "reopened_at").toString().isEmpty());
        CHECK(field(store, inc->id, "resolved_at").isNull());
        const QList<AuditEntry> reopen = changesOf(store, inc->id, "state");
        CHECK(reopen.last().oldValue == QStringLiteral("resolved"));
        CHECK(reopen.last().newValue == QStringLiteral("in_progress"));

        move(store, inc->id, "resolved");
        move(store, inc->id, "closed");
        CHECK(state(store, inc->id) == QStringLiteral("closed"));
        CHECK_FALSE(field(store, inc->id, "closed_at").toString().isEmpty());
        CHECK_FALSE(field(store, inc->id, "resolved_at").toString().isEmpty());
        auto after = store.transition(inc->id, QStringLiteral("in_progress"));
        REQUIRE_FALSE(after.ok());
        CHECK(after.error().message().contains(QStringLiteral("final state")));
    }
    SECTION("resolved at once from the desk, with a time given by the caller")
    {
        move(store, inc->id, "resolved",
             v({{"resolution_code", QStringLiteral("advice")},
                {"resolved_at", QStringLiteral("2026-03-02T10:15:00Z")}}));
        CHECK(field(store, inc->id, "resolved_at").toString()
              == QStringLiteral("2026-03-02T10:15:00.000Z"));
        // What resolving needed stays while it is resolved.
        CHECK_FALSE(store.update(inc->id, v({{"resolution_code", QVariant()}})).ok());
    }
    SECTION("cancelled from any open state, and final")
    {
        move(store, inc->id, "assigned", v({{"assignment_group", QStringLiteral("Desk")}}));
        move(store, inc->id, "cancelled");
        CHECK(state(store, inc->id) == QStringLiteral("cancelled"));
        CHECK_FALSE(store.transition(inc->id, QStringLiteral("new")).ok());
        auto other = store.create(QStringLiteral("incident"), v({{"title", QStringLiteral("x")}}));
        REQUIRE(other.ok());
        move(store, other->id, "cancelled");
        auto waiting =
            store.create(QStringLiteral("incident"), v({{"title", QStringLiteral("y")}}));
        move(store, waiting->id, "assigned", v({{"assignment_group", QStringLiteral("Desk")}}));
        move(store, waiting->id, "pending", v({{"pending_reason", QStringLiteral("customer")}}));
        move(store, waiting->id, "cancelled");
    }
    SECTION("a requester raises incidents but does not work them")
    {
        auto anns = openAs(path, QStringLiteral("ann"));
        RecordStore ann(*anns);
        auto raised = ann.create(QStringLiteral("incident"),
                                 v({{"title", QStringLiteral("Cannot print")}, {"impact", 3}}));
        REQUIRE(raised.ok());
        CHECK(ann.update(raised->id, v({{"urgency", 1}})).error().code()
              == ErrorCode::PermissionDenied);
        CHECK(ann.transition(raised->id, QStringLiteral("cancelled")).error().code()
              == ErrorCode::PermissionDenied);
    }
    SECTION("incidents link to what they affect")
    {
        auto svc = admin.create(QStringLiteral("service"), v({{"title", QStringLiteral("VPN")}}));
        REQUIRE(svc.ok());
        REQUIRE(store.link(inc->id, svc->id, QStringLiteral("affects_ci")).isOk());
        auto links = admin.links(svc->id);
        REQUIRE(links.ok());
        REQUIRE(links->size() == 1);
        CHECK(links->first().label == QStringLiteral("affected by"));
        CHECK(store.link(inc->id, svc->id, QStringLiteral("caused_by_change")).code()
              == ErrorCode::InvalidInput);
    }
    requireHealthy(*wb);
}

TEST_CASE("service requests: fulfilled directly, or after approval, or rejected")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("req.sbw"));
    auto wb = newWorkbook(path);
    RecordStore admin(*wb);
    for (const char *login : {"dan", "sue"}) {
        REQUIRE(admin
                    .create(QStringLiteral("person"),
                            v({{"title", QString::fromLatin1(login)},
                               {"login", QString::fromLatin1(login)}}))
                    .ok());
    }
    REQUIRE(admin.grantRole(QStringLiteral("dan"), QStringLiteral("agent")).isOk());
    REQUIRE(admin.grantRole(QStringLiteral("sue"), QStringLiteral("service_owner")).isOk());
    auto dans = openAs(path, QStringLiteral("dan"));
    RecordStore dan(*dans);
    auto sues = openAs(path, QStringLiteral("sue"));
    RecordStore sue(*sues);

    auto req = dan.create(QStringLiteral("service_request"),
                          v({{"title", QStringLiteral("Install a PDF editor")},
                             {"request_type", QStringLiteral("software_installation")},
                             {"requester", QStringLiteral("Ann Example")},
                             {"channel", QStringLiteral("portal")}}));
    REQUIRE(req.ok());
    CHECK(state(dan, req->id) == QStringLiteral("submitted"));
    CHECK_FALSE(field(dan, req->id, "opened_at").toString().isEmpty());

    SECTION("no approval needed")
    {
        move(dan, req->id, "in_fulfilment", v({{"assignee", QStringLiteral("dan")}}));
        move(dan, req->id, "fulfilled", v({{"fulfilment_notes", QStringLiteral("Installed")}}));
        CHECK_FALSE(field(dan, req->id, "fulfilled_at").toString().isEmpty());
        move(dan, req->id, "closed");
        CHECK_FALSE(field(dan, req->id, "closed_at").toString().isEmpty());
        CHECK_FALSE(dan.transition(req->id, QStringLiteral("in_fulfilment")).ok());
    }
    SECTION("approved by a service owner, then fulfilled")
    {
        move(dan, req->id, "awaiting_approval");
        auto byAgent = dan.transition(req->id, QStringLiteral("approved"));
        REQUIRE_FALSE(byAgent.ok());
        CHECK(byAgent.error().code() == ErrorCode::PermissionDenied);
        CHECK(byAgent.error().message().contains(QStringLiteral("Service owner")));
        move(sue, req->id, "approved", v({{"approval_by", QStringLiteral("sue")}}));
        CHECK_FALSE(field(dan, req->id, "approved_at").toString().isEmpty());
        move(dan, req->id, "in_fulfilment");
        move(dan, req->id, "fulfilled");
        move(dan, req->id, "closed");
        CHECK(state(dan, req->id) == QStringLiteral("closed"));
    }
    SECTION("rejected, with a reason")
    {
        move(dan, req->id, "awaiting_approval");
        auto noReason = sue.transition(req->id, QStringLiteral("rejected"));
        REQUIRE_FALSE(noReason.ok());
        CHECK(noReason.error().code() == ErrorCode::LifecycleRefused);
        CHECK(noReason.error().message().contains(QStringLiteral("Rejection reason")));
        move(sue, req->id, "rejected",
             v({{"rejection_reason", QStringLiteral("No licence budget left this year")}}));
        CHECK(state(dan, req->id) == QStringLiteral("rejected"));
        CHECK_FALSE(dan.transition(req->id, QStringLiteral("in_fulfilment")).ok());
    }
    SECTION("an approval is not skipped once asked for")
    {
        move(dan, req->id, "awaiting_approval");
        CHECK(dan.transition(req->id, QStringLiteral("in_fulfilment")).error().code()
              == ErrorCode::LifecycleRefused);
    }
    requireHealthy(*wb);
}

TEST_CASE("a schema 2 workbook is upgraded to incidents and service requests")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("v2.sbw"));
    {
        CreateOptions v2;
        v2.user = Admin;
        v2.schemaVersion = 2;
        auto wb = Workbook::create(path, v2);
        REQUIRE(wb.ok());
        CHECK((*wb)->schemaVersion() == 2);
        RecordStore store(**wb);
        REQUIRE(store.bootstrap(QStringLiteral("Admin")).isOk());
        REQUIRE(
            store.create(QStringLiteral("service"), v({{"title", QStringLiteral("Mail")}})).ok());
        CHECK(RawSql(path).scalar(
                  QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'incident'"))
              == QStringLiteral("0"));
    }

    auto wb = openAs(path);
    CHECK(wb->schemaVersion() == latestSchemaVersion());
    CHECK(wb->schemaVersion() >= 3);
    REQUIRE_FALSE(wb->migrationBackupPath().isEmpty());
    CHECK(RawSql(wb->migrationBackupPath()).scalar(QStringLiteral("PRAGMA user_version"))
          == QStringLiteral("2"));
    CHECK(wb->setting(QStringLiteral("read_compatible_from")) == QStringLiteral("2"));
    CHECK(wb->db().scalar("SELECT count(*) FROM priority_matrix")->toLongLong() == 9);
    CHECK(
        wb->db().scalar("SELECT prefix FROM record_type WHERE type = 'service_request'")->toString()
        == QStringLiteral("REQ"));

    RecordStore store(*wb);
    auto svc = store.resolve(QStringLiteral("SVC-1"));
    REQUIRE(svc.ok());
    auto inc = store.create(QStringLiteral("incident"),
                            v({{"title", QStringLiteral("Mail down")},
                               {"service", QStringLiteral("Mail")},
                               {"impact", 1},
                               {"urgency", 1}}));
    REQUIRE(inc.ok());
    CHECK(inc->humanId == QStringLiteral("INC-1"));
    CHECK(field(store, inc->id, "priority").toLongLong() == 1);
    REQUIRE(store.link(inc->id, *svc, QStringLiteral("affects_ci")).isOk());
    requireHealthy(*wb);
}
