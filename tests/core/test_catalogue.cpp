#include "fixtures.h"

#include "incident/catalogue.h"
#include "storage/database.h"
#include "storage/transaction.h"

using namespace sb;
using namespace sb::test;

namespace {

qint64 categoryId(Catalogue &c, const QString &path)
{
    auto all = c.categories();
    REQUIRE(all.ok());
    for (const IncidentCategory &cat : std::as_const(*all)) {
        if (*c.categoryPath(cat.id) == path)
            return cat.id;
    }
    return 0;
}

QString lastAudit(const QString &path, const char *what)
{
    RawSql raw(path);
    return raw.scalar(QStringLiteral("SELECT %1 FROM audit ORDER BY seq DESC LIMIT 1")
                          .arg(QString::fromLatin1(what)));
}

RequestType type(const char *code, const char *name)
{
    RequestType t;
    t.code = QString::fromLatin1(code);
    t.name = QString::fromLatin1(name);
    return t;
}

} // namespace

TEST_CASE("the category tree reads depth first and is changed with audit entries")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("cat.sbw")));
    Catalogue c(*wb);
    CHECK(c.checkWritable().isOk());

    auto all = c.categories();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 19);
    // Top level by name, each followed by its own.
    CHECK(all->at(0).name == QStringLiteral("Access"));
    CHECK(all->at(0).depth == 0);
    CHECK(all->at(1).name == QStringLiteral("Account locked"));
    CHECK(all->at(1).depth == 1);
    CHECK(all->at(1).parentId == all->at(0).id);

    const qint64 hardware = categoryId(c, QStringLiteral("Hardware"));
    REQUIRE(hardware != 0);
    auto scanner = c.addCategory(hardware, QStringLiteral("  Scanner "));
    REQUIRE(scanner.ok());
    CHECK(*c.categoryPath(*scanner) == QStringLiteral("Hardware / Scanner"));
    CHECK(lastAudit(wb->path(),
                    "action || '|' || field || '|' || ifnull(old_value, 'NULL') || "
                    "'|' || new_value")
          == QStringLiteral("incident_category|%1|NULL|Hardware / Scanner").arg(*scanner));

    REQUIRE(c.renameCategory(*scanner, QStringLiteral("Scanner or copier")).isOk());
    CHECK(lastAudit(wb->path(), "old_value || ' -> ' || new_value")
          == QStringLiteral("Hardware / Scanner -> Hardware / Scanner or copier"));

    const qint64 network = categoryId(c, QStringLiteral("Network"));
    REQUIRE(c.moveCategory(*scanner, network).isOk());
    CHECK(*c.categoryPath(*scanner) == QStringLiteral("Network / Scanner or copier"));
    REQUIRE(c.moveCategory(*scanner, 0).isOk());
    CHECK(*c.categoryPath(*scanner) == QStringLiteral("Scanner or copier"));

    auto top = c.addCategory(0, QStringLiteral("Security"));
    REQUIRE(top.ok());
    REQUIRE(c.removeCategory(*top).isOk());
    CHECK(lastAudit(wb->path(), "old_value || '|' || ifnull(new_value, 'NULL')")
          == QStringLiteral("Security|NULL"));
    CHECK(c.categories()->size() == 20);

    // Nothing changed, nothing audited.
    const QString seq = lastAudit(wb->path(), "seq");
    REQUIRE(c.renameCategory(*scanner, QStringLiteral("Scanner or copier")).isOk());
    REQUIRE(c.moveCategory(*scanner, 0).isOk());
    CHECK(lastAudit(wb->path(), "seq") == seq);
}

TEST_CASE("category names are unique among siblings, and parents and loops are refused")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("cat.sbw")));
    Catalogue c(*wb);
    const qint64 hardware = categoryId(c, QStringLiteral("Hardware"));
    const qint64 software = categoryId(c, QStringLiteral("Software"));
    const qint64 printer = categoryId(c, QStringLiteral("Hardware / Printer"));
    REQUIRE(printer != 0);
    const QString seq = lastAudit(wb->path(), "seq");

    auto dup = c.addCategory(hardware, QStringLiteral("printer"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().code() == ErrorCode::InvalidInput);
    CHECK(dup.error().message()
          == QStringLiteral("\"Hardware\" already has a subcategory named \"Printer\"."));
    auto dupTop = c.addCategory(0, QStringLiteral("NETWORK"));
    REQUIRE_FALSE(dupTop.ok());
    CHECK(dupTop.error().message().contains(QStringLiteral("top-level category named")));
    // The same name under another parent is fine.
    CHECK(c.addCategory(software, QStringLiteral("Printer")).ok());

    CHECK(c.renameCategory(printer, QStringLiteral("Mobile device")).code()
          == ErrorCode::InvalidInput);
    CHECK(c.renameCategory(printer, QStringLiteral("   ")).code() == ErrorCode::InvalidInput);
    CHECK(c.renameCategory(printer, QStringLiteral("Two\nlines")).code()
          == ErrorCode::InvalidInput);
    CHECK(c.renameCategory(printer, QString(200, u'x')).code() == ErrorCode::InvalidInput);
    // A change of case alone is a rename of the same category, not a clash with itself.
    CHECK(c.renameCategory(printer, QStringLiteral("PRINTER")).isOk());
    CHECK(c.moveCategory(printer, software).code() == ErrorCode::InvalidInput); // name taken
    CHECK(c.moveCategory(hardware, printer).code() == ErrorCode::InvalidInput); // a loop
    CHECK(c.moveCategory(hardware, hardware).code() == ErrorCode::InvalidInput);
    CHECK(c.moveCategory(printer, 9999).code() == ErrorCode::NotFound);
    CHECK(c.addCategory(9999, QStringLiteral("Orphan")).error().code() == ErrorCode::NotFound);

    const Error parent = c.removeCategory(hardware);
    CHECK(parent.code() == ErrorCode::InvalidInput);
    CHECK(parent.message()
          == QStringLiteral(
              "\"Hardware\" still has subcategories: remove them or move them elsewhere first."));
    CHECK(c.removeCategory(9999).code() == ErrorCode::NotFound);
    CHECK(categoryId(c, QStringLiteral("Hardware")) == hardware);
    CHECK(lastAudit(wb->path(), "seq").toInt() == seq.toInt() + 2); // the add and the case
}

TEST_CASE("a category's use by incidents is counted by level")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("cat.sbw")));
    RecordStore store(*wb);
    for (const char *sub : {"Printer", "Printer", "VPN"}) {
        auto r = store.create(QStringLiteral("incident"),
                              {{QStringLiteral("title"), QStringLiteral("Broken")},
                               {QStringLiteral("impact"), 3},
                               {QStringLiteral("urgency"), 3},
                               {QStringLiteral("category"), QStringLiteral("Hardware")},
                               {QStringLiteral("subcategory"), QString::fromLatin1(sub)}});
        REQUIRE(r.ok());
    }
    Catalogue c(*wb);
    CHECK(*c.categoryUsage(categoryId(c, QStringLiteral("Hardware"))) == 3);
    CHECK(*c.categoryUsage(categoryId(c, QStringLiteral("Hardware / Printer"))) == 2);
    CHECK(*c.categoryUsage(categoryId(c, QStringLiteral("Network / VPN"))) == 0);
    // Removing one in use is allowed: the incidents keep the name they recorded.
    const qint64 printer = categoryId(c, QStringLiteral("Hardware / Printer"));
    REQUIRE(c.removeCategory(printer).isOk());
    RawSql raw(wb->path());
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM incident WHERE subcategory = 'Printer'"))
          == QStringLiteral("2"));
}

TEST_CASE("the request catalogue is listed, saved, renamed and removed with audit entries")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("req.sbw")));
    Catalogue c(*wb);
    auto types = c.requestTypes();
    REQUIRE(types.ok());
    REQUIRE(types->size() == 3);
    const RequestType laptop = types->at(0);
    CHECK(laptop.code == QStringLiteral("new_laptop"));
    CHECK(laptop.needsApproval);
    CHECK(laptop.fulfilmentTasks.size() == 3);
    CHECK(laptop.slaHours == 40.0);

    RequestType phone = type("mobile_phone", "Mobile phone");
    phone.service = QStringLiteral(" Workplace ");
    phone.needsApproval = true;
    phone.fulfilmentTasks = {QStringLiteral("Order the phone"), QStringLiteral("  "),
                             QStringLiteral("Hand it over")};
    phone.slaHours = 24.5;
    REQUIRE(c.saveRequestType({}, phone).isOk());
    CHECK(lastAudit(wb->path(), "action || '|' || field || '|' || ifnull(old_value, 'NULL')")
          == QStringLiteral("request_type|mobile_phone|NULL"));
    RawSql raw(wb->path());
    CHECK(raw.scalar(QStringLiteral("SELECT service || '|' || fulfilment_tasks || '|' || sla_hours "
                                    "FROM request_type WHERE code = 'mobile_phone'"))
          == QStringLiteral("Workplace|Order the phone\nHand it over|24.5"));

    // A new code for the same type, the time allowed taken away.
    RequestType renamed = phone;
    renamed.code = QStringLiteral("smartphone");
    renamed.slaHours.reset();
    REQUIRE(c.saveRequestType(QStringLiteral("mobile_phone"), renamed).isOk());
    types = c.requestTypes();
    REQUIRE(types->size() == 4);
    CHECK(types->at(2).code == QStringLiteral("smartphone"));
    CHECK_FALSE(types->at(2).slaHours.has_value());
    CHECK(lastAudit(wb->path(), "new_value").contains(QStringLiteral("\"sla_hours\":null")));
    CHECK(lastAudit(wb->path(), "old_value").contains(QStringLiteral("\"code\":\"mobile_phone\"")));

    const QString seq = lastAudit(wb->path(), "seq");
    REQUIRE(c.saveRequestType(QStringLiteral("smartphone"), renamed).isOk()); // unchanged
    CHECK(lastAudit(wb->path(), "seq") == seq);

    REQUIRE(c.removeRequestType(QStringLiteral("smartphone")).isOk());
    CHECK(lastAudit(wb->path(), "ifnull(new_value, 'NULL')") == QStringLiteral("NULL"));
    CHECK(c.requestTypes()->size() == 3);
    CHECK(c.removeRequestType(QStringLiteral("smartphone")).code() == ErrorCode::NotFound);
    CHECK(*c.requestTypeUsage(QStringLiteral("new_laptop")) == 0);
}

TEST_CASE("request types with bad codes, no name or no time are refused")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("req.sbw")));
    Catalogue c(*wb);
    const QString seq = lastAudit(wb->path(), "seq");
    for (const char *bad : {"", "New_Laptop", "1st", "with space", "ü", "a.b"}) {
        INFO(bad);
        const Error e = c.saveRequestType({}, type(bad, "Something"));
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.message().contains(QStringLiteral("is not a request type code")));
    }
    CHECK(c.saveRequestType({}, type(QString(65, u'a').toLatin1().constData(), "Long")).code()
          == ErrorCode::InvalidInput);
    CHECK(c.saveRequestType({}, type("ok-code_2", "  ")).message()
          == QStringLiteral("The request type ok-code_2 needs a name."));
    RequestType zero = type("zero", "Zero");
    zero.slaHours = 0;
    CHECK(c.saveRequestType({}, zero).code() == ErrorCode::InvalidInput);
    zero.slaHours = -4;
    CHECK(c.saveRequestType({}, zero).code() == ErrorCode::InvalidInput);
    const Error taken = c.saveRequestType({}, type("new_laptop", "Another laptop"));
    CHECK(taken.code() == ErrorCode::InvalidInput);
    CHECK(taken.message().contains(QStringLiteral("already a request type")));
    RequestType clash = type("new_laptop", "Clash");
    CHECK(c.saveRequestType(QStringLiteral("software_installation"), clash).code()
          == ErrorCode::InvalidInput);
    CHECK(c.saveRequestType(QStringLiteral("missing"), type("missing", "Missing")).code()
          == ErrorCode::NotFound);
    CHECK(lastAudit(wb->path(), "seq") == seq);
    CHECK(c.requestTypes()->size() == 3);
}

TEST_CASE("only administrators, service owners and SMS owners change the catalogue")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("rights.sbw"));
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        REQUIRE(store.grantRole(QStringLiteral("dan"), QStringLiteral("agent")).isOk());
        REQUIRE(store.grantRole(QStringLiteral("sue"), QStringLiteral("service_owner")).isOk());
    }
    {
        auto dans = openAs(path, QStringLiteral("dan"));
        Catalogue c(*dans);
        const Error why = c.checkWritable();
        CHECK(why.code() == ErrorCode::PermissionDenied);
        CHECK(why.message().contains(QStringLiteral("dan may not change")));
        CHECK(why.message().contains(QStringLiteral("Service owner")));
        CHECK(c.addCategory(0, QStringLiteral("Mine")).error().code()
              == ErrorCode::PermissionDenied);
        CHECK(c.removeCategory(1).code() == ErrorCode::PermissionDenied);
        CHECK(c.saveRequestType({}, type("mine", "Mine")).code() == ErrorCode::PermissionDenied);
        CHECK(c.removeRequestType(QStringLiteral("new_laptop")).code()
              == ErrorCode::PermissionDenied);
        // Reading needs no right.
        CHECK(c.categories().ok());
        CHECK(c.requestTypes()->size() == 3);
    }
    {
        auto sues = openAs(path, QStringLiteral("sue"));
        Catalogue c(*sues);
        CHECK(c.checkWritable().isOk());
        CHECK(c.addCategory(0, QStringLiteral("Facilities")).ok());
        CHECK(c.saveRequestType({}, type("desk_move", "Desk move")).isOk());
    }
}

TEST_CASE("a read-only workbook refuses catalogue changes and says why")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("ro.sbw"));
    newWorkbook(path);
    OpenOptions ro;
    ro.readOnly = true;
    auto wb = openAs(path, Admin, ro);
    Catalogue c(*wb);
    CHECK(c.checkWritable().code() == ErrorCode::ReadOnly);
    CHECK(c.addCategory(0, QStringLiteral("Facilities")).error().code() == ErrorCode::ReadOnly);
    CHECK(c.renameCategory(1, QStringLiteral("Kit")).code() == ErrorCode::ReadOnly);
    CHECK(c.saveRequestType({}, type("desk_move", "Desk move")).code() == ErrorCode::ReadOnly);
    CHECK(c.categories()->size() == 19);
}

TEST_CASE("catalogue changes inside a caller's transaction roll back with it")
{
    TempDir t;
    auto wb = newWorkbook(t.file(QStringLiteral("tx.sbw")));
    Catalogue c(*wb);
    {
        WriteTransaction outer(wb->db());
        REQUIRE(outer.begin().isOk());
        REQUIRE(c.addCategory(0, QStringLiteral("Facilities")).ok());
        REQUIRE(c.removeRequestType(QStringLiteral("new_laptop")).isOk());
        // A later step fails: the caller gives up without committing.
        CHECK(c.addCategory(0, QStringLiteral("facilities")).error().code()
              == ErrorCode::InvalidInput);
    }
    CHECK(c.categories()->size() == 19);
    CHECK(c.requestTypes()->size() == 3);
}
