#include "fixtures.h"

#include "records/audit.h"

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
} // namespace

TEST_CASE("records get human IDs per type, never reused")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("ids.sbw")));
    RecordStore store(*wb);
    auto a = store.create(QStringLiteral("service"), v({{"title", QStringLiteral("Mail")}}));
    auto b = store.create(QStringLiteral("service"), v({{"title", QStringLiteral("VPN")}}));
    auto c = store.create(QStringLiteral("customer"), v({{"title", QStringLiteral("Finance")}}));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(a->humanId == QStringLiteral("SVC-1"));
    CHECK(b->humanId == QStringLiteral("SVC-2"));
    CHECK(c->humanId == QStringLiteral("CUS-1"));
    CHECK(a->version == 1);
    REQUIRE(store.remove(b->id).isOk());
    auto d = store.create(QStringLiteral("service"), v({{"title", QStringLiteral("Wi-Fi")}}));
    REQUIRE(d.ok());
    CHECK(d->humanId == QStringLiteral("SVC-3"));
    CHECK(*store.resolve(QStringLiteral("svc-3")) == d->id);
    CHECK_FALSE(store.resolve(QStringLiteral("SVC-2")).ok());
}

TEST_CASE("values are validated against the field's kind, with messages that name the field")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("v.sbw")));
    RecordStore store(*wb);
    auto unknownType =
        store.create(QStringLiteral("spaceship"), v({{"title", QStringLiteral("x")}}));
    REQUIRE_FALSE(unknownType.ok());
    CHECK(unknownType.error().code() == ErrorCode::InvalidInput);

    auto noTitle = store.create(QStringLiteral("task"), v({{"description", QStringLiteral("x")}}));
    REQUIRE_FALSE(noTitle.ok());
    CHECK(noTitle.error().message().contains(QStringLiteral("Title")));

    auto badField =
        store.create(QStringLiteral("task"),
                     v({{"title", QStringLiteral("x")}, {"colour", QStringLiteral("red")}}));
    REQUIRE_FALSE(badField.ok());
    CHECK(badField.error().message().contains(QStringLiteral("colour")));

    auto badNumber =
        store.create(QStringLiteral("task"),
                     v({{"title", QStringLiteral("x")}, {"priority", QStringLiteral("high")}}));
    REQUIRE_FALSE(badNumber.ok());
    CHECK(badNumber.error().message().contains(QStringLiteral("whole number")));

    auto outOfRange =
        store.create(QStringLiteral("task"), v({{"title", QStringLiteral("x")}, {"priority", 7}}));
    REQUIRE_FALSE(outOfRange.ok());
    CHECK(outOfRange.error().message().contains(QStringLiteral("between 1 and 5")));

    auto badDate = store.create(
        QStringLiteral("task"),
        v({{"title", QStringLiteral("x")}, {"due_date", QStringLiteral("31/12/2026")}}));
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().message().contains(QStringLiteral("YYYY-MM-DD")));

    auto badChoice = store.create(
        QStringLiteral("service"),
        v({{"title", QStringLiteral("x")}, {"criticality", QStringLiteral("extreme")}}));
    REQUIRE_FALSE(badChoice.ok());
    CHECK(badChoice.error().message().contains(QStringLiteral("critical")));

    auto unknownLogin =
        store.create(QStringLiteral("task"),
                     v({{"title", QStringLiteral("x")}, {"assignee", QStringLiteral("nobody")}}));
    REQUIRE_FALSE(unknownLogin.ok());
    CHECK(unknownLogin.error().message().contains(QStringLiteral("not the login of any person")));

    auto state =
        store.create(QStringLiteral("task"),
                     v({{"title", QStringLiteral("x")}, {"state", QStringLiteral("done")}}));
    REQUIRE_FALSE(state.ok());

    REQUIRE(store
                .create(QStringLiteral("person"),
                        v({{"title", QStringLiteral("Ann")}, {"login", QStringLiteral("ann")}}))
                .ok());
    auto dupLogin =
        store.create(QStringLiteral("person"),
                     v({{"title", QStringLiteral("Ann B")}, {"login", QStringLiteral("ANN")}}));
    REQUIRE_FALSE(dupLogin.ok());
    CHECK(dupLogin.error().message().contains(QStringLiteral("already used by PER-")));

    auto ok = store.create(QStringLiteral("task"),
                           v({{"title", QStringLiteral("  Renew certificate  ")},
                              {"priority", QStringLiteral("2")},
                              {"due_date", QStringLiteral("2026-12-01")},
                              {"assignee", QStringLiteral("ann")}}));
    REQUIRE(ok.ok());
    auto r = store.load(ok->id);
    REQUIRE(r.ok());
    CHECK(r->title == QStringLiteral("Renew certificate"));
    CHECK(r->fields.value(QStringLiteral("priority")).toLongLong() == 2);
    CHECK(r->fields.value(QStringLiteral("due_date")).toString() == QStringLiteral("2026-12-01"));
    CHECK(r->state == QStringLiteral("open"));
    // Nothing of the refused attempts was written.
    CHECK(wb->db().scalar("SELECT count(*) FROM record WHERE type = 'task'")->toLongLong() == 1);
}

TEST_CASE(
    "an update names the version it read; a stale version is a conflict that says who and when")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("c.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    REQUIRE(store
                .create(QStringLiteral("person"),
                        v({{"title", QStringLiteral("Bob")}, {"login", QStringLiteral("bob")}}))
                .ok());
    REQUIRE(store.grantRole(QStringLiteral("bob"), QStringLiteral("service_owner")).isOk());
    auto svc = store.create(QStringLiteral("service"), v({{"title", QStringLiteral("Mail")}}));
    REQUIRE(svc.ok());

    // Bob, in another program, saves first.
    auto bobs = openAs(path, QStringLiteral("bob"));
    RecordStore bob(*bobs);
    auto v2 = bob.update(svc->id, v({{"description", QStringLiteral("Bob's text")}}), 1);
    REQUIRE(v2.ok());
    CHECK(*v2 == 2);

    // Our update still names version 1.
    auto mine = store.update(svc->id, v({{"description", QStringLiteral("My text")}}), 1);
    REQUIRE_FALSE(mine.ok());
    CHECK(mine.error().code() == ErrorCode::Conflict);
    CHECK(mine.error().message().contains(QStringLiteral("SVC-1 was changed by bob")));
    auto r = store.load(svc->id);
    CHECK(r->fields.value(QStringLiteral("description")).toString()
          == QStringLiteral("Bob's text"));
    CHECK(r->version == 2);

    // Naming the version we now see works.
    auto v3 = store.update(svc->id, v({{"description", QStringLiteral("My text")}}), 2);
    REQUIRE(v3.ok());
    CHECK(*v3 == 3);
    // An update that changes nothing is not a new version.
    CHECK(*store.update(svc->id, v({{"description", QStringLiteral("My text")}}), 3) == 3);
}

TEST_CASE("links are visible from both ends and respect their kinds")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("l.sbw")));
    RecordStore store(*wb);
    auto p = store.create(QStringLiteral("person"),
                          v({{"title", QStringLiteral("Ann")}, {"login", QStringLiteral("ann")}}));
    auto g =
        store.create(QStringLiteral("work_group"), v({{"title", QStringLiteral("Service Desk")}}));
    auto s = store.create(QStringLiteral("service"), v({{"title", QStringLiteral("Mail")}}));
    REQUIRE(store.link(p->id, g->id, QStringLiteral("member_of")).isOk());
    auto fromPerson = store.links(p->id);
    REQUIRE(fromPerson->size() == 1);
    CHECK(fromPerson->first().label == QStringLiteral("member of"));
    CHECK(fromPerson->first().otherHumanId == QStringLiteral("GRP-1"));
    auto fromGroup = store.links(g->id);
    REQUIRE(fromGroup->size() == 1);
    CHECK(fromGroup->first().label == QStringLiteral("has member"));
    CHECK_FALSE(fromGroup->first().outgoing);

    CHECK(store.link(p->id, g->id, QStringLiteral("member_of")).code() == ErrorCode::InvalidInput);
    CHECK(store.link(p->id, s->id, QStringLiteral("member_of")).code() == ErrorCode::InvalidInput);
    CHECK(store.link(p->id, p->id, QStringLiteral("relates_to")).code() == ErrorCode::InvalidInput);
    CHECK(store.link(p->id, s->id, QStringLiteral("teleports")).code() == ErrorCode::InvalidInput);
    REQUIRE(store.unlink(p->id, g->id, QStringLiteral("member_of")).isOk());
    CHECK(store.links(g->id)->isEmpty());
    auto history = store.history(g->id);
    REQUIRE(history.ok());
    CHECK(history->last().action == QStringLiteral("unlink_in"));
}

TEST_CASE("attachments are stored once per content, with a size limit")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("a.sbw")));
    RecordStore store(*wb);
    auto a = store.create(QStringLiteral("task"), v({{"title", QStringLiteral("A")}}));
    auto b = store.create(QStringLiteral("task"), v({{"title", QStringLiteral("B")}}));
    const QByteArray pdf("%PDF-1.4 signed evidence");
    auto x = store.attach(a->id, QStringLiteral("/home/u/evidence.pdf"), pdf,
                          QStringLiteral("application/pdf"));
    auto y = store.attach(b->id, QStringLiteral("copy.pdf"), pdf);
    REQUIRE(x.ok());
    REQUIRE(y.ok());
    CHECK(wb->db().scalar("SELECT count(*) FROM attachment_blob")->toLongLong() == 1);
    auto list = store.attachments(a->id);
    REQUIRE(list->size() == 1);
    CHECK(list->first().fileName == QStringLiteral("evidence.pdf"));
    CHECK(list->first().size == pdf.size());
    CHECK(*store.attachmentData(*x) == pdf);

    REQUIRE(store.setSetting(QStringLiteral("attachment_max_bytes"), QStringLiteral("10")).isOk());
    auto tooBig = store.attach(a->id, QStringLiteral("big.bin"), QByteArray(11, 'z'));
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().message().contains(QStringLiteral("at most")));

    REQUIRE(store.detach(*x).isOk());
    CHECK(wb->db().scalar("SELECT count(*) FROM attachment_blob")->toLongLong() == 1);
    REQUIRE(store.detach(*y).isOk());
    CHECK(wb->db().scalar("SELECT count(*) FROM attachment_blob")->toLongLong() == 0);
}

TEST_CASE("permissions are enforced by the core, whatever program asks")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("p.sbw"));
    {
        auto wb = newWorkbook(path);
        RecordStore admin(*wb);
        REQUIRE(
            admin
                .create(QStringLiteral("person"),
                        v({{"title", QStringLiteral("Carol")}, {"login", QStringLiteral("carol")}}))
                .ok());
        REQUIRE(admin.grantRole(QStringLiteral("carol"), QStringLiteral("agent")).isOk());
    }
    SECTION("someone without a role has the default role and may not change master data")
    {
        auto wb = openAs(path, QStringLiteral("stranger"));
        RecordStore store(*wb);
        auto r = store.create(QStringLiteral("service"), v({{"title", QStringLiteral("x")}}));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::PermissionDenied);
        CHECK(r.error().message().contains(QStringLiteral("stranger may not create services")));
        CHECK(r.error().message().contains(QStringLiteral("Service owner")));
        CHECK(store.permissions()->rolesAreDefault());
    }
    SECTION("an agent may work tasks but not services, nor grant roles")
    {
        auto wb = openAs(path, QStringLiteral("carol"));
        RecordStore store(*wb);
        CHECK(store.create(QStringLiteral("task"), v({{"title", QStringLiteral("ok")}})).ok());
        CHECK(store.create(QStringLiteral("service"), v({{"title", QStringLiteral("no")}}))
                  .error()
                  .code()
              == ErrorCode::PermissionDenied);
        CHECK(store.grantRole(QStringLiteral("carol"), QStringLiteral("administrator")).code()
              == ErrorCode::PermissionDenied);
        CHECK(
            store.setSetting(QStringLiteral("default_role"), QStringLiteral("administrator")).code()
            == ErrorCode::PermissionDenied);
    }
    SECTION("only an administrator deletes, and the last one stays")
    {
        auto carolWb = openAs(path, QStringLiteral("carol"));
        RecordStore carol(*carolWb);
        auto task = carol.create(QStringLiteral("task"), v({{"title", QStringLiteral("t")}}));
        CHECK(carol.remove(task->id).code() == ErrorCode::PermissionDenied);
        auto adminWb = openAs(path);
        RecordStore admin(*adminWb);
        CHECK(admin.revokeRole(Admin, QStringLiteral("administrator")).code()
              == ErrorCode::InvalidInput);
        CHECK(admin.remove(task->id).isOk());
    }
}

TEST_CASE("a deleted record's id and trail are never given to a new one")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("ids2.sbw")));
    RecordStore store(*wb);
    auto last = store.create(QStringLiteral("task"), v({{"title", QStringLiteral("newest")}}));
    REQUIRE(last.ok());
    REQUIRE(store.remove(last->id).isOk());
    auto next = store.create(QStringLiteral("task"), v({{"title", QStringLiteral("after")}}));
    REQUIRE(next.ok());
    CHECK(next->id != last->id);
    auto history = store.history(next->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("create"));
}

TEST_CASE("settings are checked before they are kept")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("set.sbw")));
    RecordStore store(*wb);
    CHECK(store.setSetting(QStringLiteral("shared"), QStringLiteral("1")).isOk());
    CHECK(store.setSetting(QStringLiteral("shared"), QStringLiteral("yes")).code()
          == ErrorCode::InvalidInput);
    CHECK(store.setSetting(QStringLiteral("attachment_max_bytes"), QStringLiteral("abc")).code()
          == ErrorCode::InvalidInput);
    CHECK(store.setSetting(QStringLiteral("default_role"), QStringLiteral("administrator")).code()
          == ErrorCode::InvalidInput);
    CHECK(store.setSetting(QStringLiteral("default_role"), QStringLiteral("agent")).isOk());
    CHECK(store.setSetting(QStringLiteral("colour"), QStringLiteral("blue")).code()
          == ErrorCode::InvalidInput);
    CHECK(wb->setting(QStringLiteral("shared")) == QStringLiteral("1"));
    CHECK(wb->setting(QStringLiteral("default_role")) == QStringLiteral("agent"));
}
