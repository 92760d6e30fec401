#include "fixtures.h"

using namespace sb;
using namespace sb::test;

TEST_CASE("lifecycles are data: only declared transitions, with their required fields and roles")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("lc.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    REQUIRE(store
                .create(QStringLiteral("person"),
                        {{QStringLiteral("title"), QStringLiteral("Dan")},
                         {QStringLiteral("login"), QStringLiteral("dan")}})
                .ok());
    REQUIRE(store.grantRole(QStringLiteral("dan"), QStringLiteral("agent")).isOk());
    auto svc = store.create(QStringLiteral("service"),
                            {{QStringLiteral("title"), QStringLiteral("Payroll")}});
    REQUIRE(svc.ok());

    SECTION("an undeclared transition is refused and the message says where it can go")
    {
        auto r = store.transition(svc->id, QStringLiteral("retiring"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::LifecycleRefused);
        CHECK(r.error().message().contains(QStringLiteral("cannot go from Planned to Retiring")));
        CHECK(r.error().message().contains(QStringLiteral("Live")));
    }
    SECTION("an unknown state is refused")
    {
        auto r = store.transition(svc->id, QStringLiteral("exploded"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::LifecycleRefused);
    }
    SECTION("required fields must be filled to take the step, and may come with it")
    {
        auto refused = store.transition(svc->id, QStringLiteral("live"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code() == ErrorCode::LifecycleRefused);
        CHECK(refused.error().message().contains(QStringLiteral("Service owner")));
        CHECK(refused.error().message().contains(QStringLiteral("Description")));
        auto live =
            store.transition(svc->id, QStringLiteral("live"),
                             {{QStringLiteral("service_owner"), Admin},
                              {QStringLiteral("description"), QStringLiteral("Monthly pay")}},
                             1);
        REQUIRE(live.ok());
        CHECK(*live == 2);
        auto r = store.load(svc->id);
        CHECK(r->state == QStringLiteral("live"));
        CHECK(r->fields.value(QStringLiteral("service_owner")).toString() == Admin);
        // A required field cannot be emptied afterwards by a plain update either.
        auto history = store.history(svc->id);
        CHECK(history->at(history->size() - 3).action == QStringLiteral("transition"));
    }
    SECTION("a final state has no way out")
    {
        auto task =
            store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("t")}});
        REQUIRE(store.transition(task->id, QStringLiteral("cancelled")).ok());
        auto r = store.transition(task->id, QStringLiteral("open"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("final state")));
    }
    SECTION("a transition reserved for a role is refused to others")
    {
        auto cus = store.create(QStringLiteral("customer"),
                                {{QStringLiteral("title"), QStringLiteral("Acme")},
                                 {QStringLiteral("relationship_owner"), Admin}});
        REQUIRE(cus.ok());
        // Give agents the right to move customers, but the step itself wants a service owner.
        REQUIRE(wb->db()
                    .exec("INSERT INTO role_permission VALUES ('agent', 'customer', 'transition')")
                    .isOk());
        auto dans = openAs(path, QStringLiteral("dan"));
        RecordStore dan(*dans);
        auto r = dan.transition(cus->id, QStringLiteral("active"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::PermissionDenied);
        CHECK(r.error().message().contains(QStringLiteral("Service owner")));
        CHECK(store.transition(cus->id, QStringLiteral("active")).ok());
    }
    SECTION("a stale version is refused on transitions too")
    {
        REQUIRE(
            store.update(svc->id, {{QStringLiteral("category"), QStringLiteral("HR")}}, 1).ok());
        auto r = store.transition(svc->id, QStringLiteral("retired"), {}, 1);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::Conflict);
    }
}

TEST_CASE("what a state required stays required while the record is in it")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("keep.sbw")));
    RecordStore store(*wb);
    auto svc = store.create(QStringLiteral("service"),
                            {{QStringLiteral("title"), QStringLiteral("Mail")},
                             {QStringLiteral("service_owner"), Admin},
                             {QStringLiteral("description"), QStringLiteral("E-mail")}});
    REQUIRE(svc.ok());
    // Planned: the owner may still be cleared.
    REQUIRE(store.update(svc->id, {{QStringLiteral("service_owner"), QVariant()}}).ok());
    REQUIRE(store.update(svc->id, {{QStringLiteral("service_owner"), Admin}}).ok());
    REQUIRE(store.transition(svc->id, QStringLiteral("live")).ok());
    // Live: it keeps its owner.
    auto cleared = store.update(svc->id, {{QStringLiteral("service_owner"), QString()}});
    REQUIRE_FALSE(cleared.ok());
    CHECK(cleared.error().message().contains(QStringLiteral("Service owner")));
}

TEST_CASE("fields changed with a step need the right to change them")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("tonly.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    auto task =
        store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("t")}});
    REQUIRE(task.ok());
    // A role that may move tasks but not edit them.
    REQUIRE(wb->db()
                .exec("INSERT INTO role(name, description) VALUES ('mover', 'moves tasks'); "
                      "INSERT INTO role_permission VALUES ('mover', 'task', 'transition'); "
                      "INSERT INTO user_role VALUES ('mo', 'mover')")
                .isOk());
    auto mos = openAs(path, QStringLiteral("mo"));
    RecordStore mo(*mos);
    auto withEdit = mo.transition(task->id, QStringLiteral("in_progress"),
                                  {{QStringLiteral("assignee"), Admin}});
    REQUIRE_FALSE(withEdit.ok());
    CHECK(withEdit.error().code() == ErrorCode::PermissionDenied);
    REQUIRE(store.update(task->id, {{QStringLiteral("assignee"), Admin}}).ok());
    CHECK(mo.transition(task->id, QStringLiteral("in_progress")).ok());
}
