// The administration dialog, driven through its widgets under QT_QPA_PLATFORM=offscreen.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "core/fixtures.h"

#include "admindialog.h"
#include "adminpage.h"
#include "calendarpage.h"
#include "categorypage.h"
#include "i18n.h"
#include "incident/catalogue.h"
#include "mainwindow.h"
#include "prioritymatrixpage.h"
#include "requestcataloguepage.h"
#include "sladefinitionpage.h"
#include "workbookdocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;

namespace {

// A workbook, the document the desktop would hold on it, and the dialog, shown and active.
struct Fixture
{
    std::unique_ptr<WorkbookDocument> document;
    std::unique_ptr<AdminDialog> dialog;
    explicit Fixture(const QString &path, const QString &user = sb::test::Admin,
                     bool readOnly = false)
    {
        OpenOptions o;
        o.readOnly = readOnly;
        document = std::make_unique<WorkbookDocument>(openAs(path, user, o));
        dialog = std::make_unique<AdminDialog>(document.get());
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    }
    template<typename T>
    T *find(const char *name) const
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            FAIL("no widget " << name);
        return w;
    }
    // Saves with Ctrl+S and waits for the write to end; true when it was written.
    bool save()
    {
        bool result = false;
        bool ended = false;
        QObject::connect(dialog.get(), &AdminDialog::saved, dialog.get(), [&](bool ok) {
            result = ok;
            ended = true;
        });
        QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
        if (!dialog->isSaving())
            return false; // refused before writing
        REQUIRE(waitFor([&] { return ended; }));
        return result;
    }
    int slaRow(const QString &name) const
    {
        QTableWidget *t = dialog->slaPage()->table();
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->item(r, 0)->text() == name)
                return r;
        }
        return -1;
    }
    QTreeWidgetItem *category(const QString &name) const
    {
        const auto found =
            dialog->categoryPage()->tree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }
};

void retype(QWidget *w, const QString &text)
{
    w->setFocus();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->selectAll();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Backspace);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(w, Qt::Key_Return);
        QTest::keyClicks(w, lines[i]);
    }
}

} // namespace

TEST_CASE("the administration dialog saves a matrix cell, an SLA definition and a category")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    newWorkbook(path);
    Fixture a(path);
    CHECK_FALSE(a.dialog->isModified());
    CHECK_FALSE(a.find<QPushButton>("adminSave")->isEnabled());

    // The matrix: one more impact level, and impact 1 x urgency 3 made more urgent.
    a.dialog->showPage(QStringLiteral("matrix"));
    PriorityMatrixPage *matrix = a.dialog->matrixPage();
    QSpinBox *impacts = matrix->impactLevels();
    impacts->setFocus();
    QTest::keyClick(impacts, Qt::Key_Up);
    CHECK(impacts->value() == 4);
    CHECK(matrix->cell(4, 3)->isVisible());
    CHECK(matrix->cell(4, 3)->value() == 5); // as the usual matrix would continue
    QSpinBox *cell = matrix->cell(1, 3);
    cell->setFocus();
    QTest::keyClick(cell, Qt::Key_Down);
    CHECK(cell->value() == 2);
    CHECK(a.dialog->isModified());
    CHECK(a.find<QPushButton>("adminSave")->isEnabled());

    // An SLA definition: a shorter response and a warning earlier.
    a.dialog->showPage(QStringLiteral("sla"));
    const int p2 = a.slaRow(QStringLiteral("P2 high"));
    REQUIRE(p2 >= 0);
    a.dialog->slaPage()->table()->selectRow(p2);
    auto *response = a.find<QLineEdit>("slaResponse");
    CHECK(response->text() == QStringLiteral("0:30"));
    CHECK(a.find<QLineEdit>("slaResolution")->text() == QStringLiteral("8:00"));
    retype(response, QStringLiteral("0:45"));
    auto *warning = a.find<QSpinBox>("slaWarning");
    retype(warning, QStringLiteral("60"));
    CHECK(a.dialog->slaPage()->table()->item(p2, 5)->text() == QStringLiteral("0:45"));

    // A category: a new subcategory under Hardware, named as it is made.
    a.dialog->showPage(QStringLiteral("categories"));
    QTreeWidgetItem *hardware = a.category(QStringLiteral("Hardware"));
    REQUIRE(hardware);
    a.dialog->categoryPage()->tree()->setCurrentItem(hardware);
    QTest::mouseClick(a.find<QPushButton>("addSubcategory"), Qt::LeftButton);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    CHECK(qobject_cast<QLineEdit *>(editor)->text() == QStringLiteral("New category"));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Scanner"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(waitFor([&] { return a.category(QStringLiteral("Scanner")) != nullptr; }));
    CHECK(a.category(QStringLiteral("Scanner"))->parent() == hardware);
    // And Printer renamed in place with F2.
    QTreeWidgetItem *printer = a.category(QStringLiteral("Printer"));
    REQUIRE(printer);
    a.dialog->categoryPage()->tree()->setCurrentItem(printer);
    a.dialog->categoryPage()->tree()->setFocus();
    QTest::keyClick(a.dialog->categoryPage()->tree(), Qt::Key_F2);
    editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Printer or copier"));
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(waitFor([&] { return a.category(QStringLiteral("Printer or copier")) != nullptr; }));

    CHECK(a.dialog->isModified());
    REQUIRE(a.save());
    CHECK(a.dialog->message() == QStringLiteral("Saved."));
    CHECK_FALSE(a.dialog->isModified());
    CHECK_FALSE(a.find<QPushButton>("adminSave")->isEnabled());

    RawSql raw(path);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM priority_matrix"))
          == QStringLiteral("12"));
    CHECK(raw.scalar(QStringLiteral(
              "SELECT priority FROM priority_matrix WHERE impact = 1 AND urgency = 3"))
          == QStringLiteral("2"));
    CHECK(raw.scalar(QStringLiteral("SELECT response_minutes || ' ' || warning_percent FROM "
                                    "sla_definition WHERE name = 'P2 high'"))
          == QStringLiteral("45 60"));
    CHECK(raw.scalar(QStringLiteral("SELECT p.name FROM incident_category c JOIN "
                                    "incident_category p ON p.id = c.parent_id WHERE c.name = "
                                    "'Scanner'"))
          == QStringLiteral("Hardware"));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM incident_category WHERE name = "
                                    "'Printer or copier'"))
          == QStringLiteral("1"));
    // The addition was audited with the name it was given, not the placeholder.
    CHECK(raw.scalar(QStringLiteral("SELECT group_concat(new_value, '|') FROM audit WHERE action "
                                    "= 'incident_category'"))
          == QStringLiteral("Hardware / Scanner|Hardware / Printer or copier"));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'setting' AND "
                                    "field LIKE 'priority_matrix%'"))
          == QStringLiteral("4")); // one cell changed, three new
}

TEST_CASE("a refused save writes nothing, keeps every edit and says why")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    newWorkbook(path);
    Fixture a(path);
    a.dialog->showPage(QStringLiteral("matrix"));
    a.dialog->matrixPage()->cell(2, 2)->setValue(1);
    a.dialog->showPage(QStringLiteral("categories"));
    QTreeWidgetItem *network = a.category(QStringLiteral("Network"));
    REQUIRE(a.dialog->categoryPage()->addCategory(network, true, QStringLiteral("Firewall")));
    // Meanwhile someone else adds the same category.
    {
        auto other = openAs(path);
        Catalogue c(*other);
        REQUIRE(
            c.addCategory(network->data(0, Qt::UserRole).toLongLong(), QStringLiteral("Firewall"))
                .ok());
    }
    a.dialog->showPage(QStringLiteral("matrix"));
    CHECK_FALSE(a.save());
    CHECK(a.dialog->messageIsError());
    CHECK(a.dialog->message().contains(QStringLiteral("Nothing was saved")));
    CHECK(a.dialog->message().contains(QStringLiteral("already has a subcategory")));
    CHECK(a.dialog->currentPage() == a.dialog->categoryPage());
    CHECK(a.dialog->isModified());
    CHECK(a.dialog->matrixPage()->cell(2, 2)->value() == 1);
    RawSql raw(path);
    CHECK(raw.scalar(QStringLiteral(
              "SELECT priority FROM priority_matrix WHERE impact = 2 AND urgency = 2"))
          == QStringLiteral("3"));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'setting'"))
          == QStringLiteral("0"));

    // Revert shows what the workbook holds; the edits are gone.
    a.dialog->revert();
    CHECK_FALSE(a.dialog->isModified());
    CHECK(a.dialog->matrixPage()->cell(2, 2)->value() == 3);
}

TEST_CASE("edits that cannot be saved are caught before anything is written")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    newWorkbook(path);
    Fixture a(path);
    a.dialog->showPage(QStringLiteral("sla"));
    a.dialog->slaPage()->table()->selectRow(0);
    retype(a.find<QLineEdit>("slaResolution"), QStringLiteral("4:7x"));
    CHECK(a.find<QLabel>("slaProblem")->isVisible());
    CHECK(a.find<QLabel>("slaProblem")->text().contains(QStringLiteral("not hours and minutes")));
    a.dialog->showPage(QStringLiteral("categories"));
    CHECK_FALSE(a.save());
    CHECK(a.dialog->currentPage() == a.dialog->slaPage());
    CHECK(a.dialog->message().startsWith(QStringLiteral("Not saved. SLA definitions:")));

    // A category name taken by a sibling is refused as it is typed.
    a.dialog->showPage(QStringLiteral("categories"));
    QTreeWidgetItem *vpn = a.category(QStringLiteral("VPN"));
    REQUIRE(vpn);
    CHECK_FALSE(a.dialog->categoryPage()->renameCategory(vpn, QStringLiteral("wi-fi")));
    CHECK(a.dialog->message()
          == QStringLiteral("\"Network\" already has a subcategory named "
                            "\"Wi-Fi\"."));
    CHECK(vpn->text(0) == QStringLiteral("VPN"));
    CHECK_FALSE(a.dialog->categoryPage()->removeCategory(a.category(QStringLiteral("Network"))));
    CHECK(a.dialog->message().contains(QStringLiteral("still has subcategories")));
}

TEST_CASE("categories move through Move To and go with the Delete key")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    newWorkbook(path);
    Fixture a(path);
    a.dialog->showPage(QStringLiteral("categories"));
    QTreeWidget *tree = a.dialog->categoryPage()->tree();
    tree->setCurrentItem(a.category(QStringLiteral("VPN")));
    QStringList offered;
    QTimer::singleShot(0, a.dialog.get(), [&] {
        waitFor([] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); });
        auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!ask)
            return;
        offered = ask->comboBoxItems();
        ask->setTextValue(QStringLiteral("Access"));
        ask->accept();
    });
    QTest::mouseClick(a.find<QPushButton>("moveCategory"), Qt::LeftButton);
    CHECK(offered.first() == QStringLiteral("(top level)"));
    CHECK(offered.contains(QStringLiteral("Network / Wi-Fi")));
    CHECK_FALSE(offered.contains(QStringLiteral("Network / VPN"))); // not under itself
    CHECK(a.category(QStringLiteral("VPN"))->parent() == a.category(QStringLiteral("Access")));
    CHECK(a.dialog->message() == QStringLiteral("\"VPN\" is now Access / VPN."));

    // Back in the dialog once the question has gone.
    a.dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(a.dialog.get()));
    tree->setCurrentItem(a.category(QStringLiteral("Licence")));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    CHECK_FALSE(a.category(QStringLiteral("Licence")));
    CHECK(a.dialog->message() == QStringLiteral("\"Licence\" is removed when you save."));
    REQUIRE(a.save());
    RawSql raw(path);
    CHECK(raw.scalar(QStringLiteral("SELECT p.name FROM incident_category c JOIN "
                                    "incident_category p ON p.id = c.parent_id WHERE c.name = "
                                    "'VPN'"))
          == QStringLiteral("Access"));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM incident_category WHERE name = "
                                    "'Licence'"))
          == QStringLiteral("0"));
    CHECK(raw.scalar(QStringLiteral("SELECT group_concat(ifnull(old_value, '') || ' -> ' || "
                                    "ifnull(new_value, ''), '|') FROM audit WHERE action = "
                                    "'incident_category'"))
          == QStringLiteral("Network / VPN -> Access / VPN|Software / Licence -> "));
}

TEST_CASE("calendars take holidays from CSV, and a new definition can use a new calendar")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    newWorkbook(path);
    Fixture a(path);
    a.dialog->showPage(QStringLiteral("calendars"));
    CalendarPage *cal = a.dialog->calendarPage();
    CHECK(cal->calendarChooser()->currentText() == QStringLiteral("Around the clock"));
    cal->calendarChooser()->setCurrentIndex(
        cal->calendarChooser()->findText(QStringLiteral("Office hours")));
    CHECK(a.find<QLineEdit>("hours_1")->text() == QStringLiteral("09:00-17:00"));

    const QString csv = t.file(QStringLiteral("holidays.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("2026-10-01,National Day\n+2026-09-27,Make-up day\n");
    f.close();
    REQUIRE(cal->importHolidays(csv));
    CHECK(cal->daysTable()->rowCount() == 2);
    CHECK(cal->daysTable()->item(1, 2)->text() == QStringLiteral("National Day"));
    const QString bad = t.file(QStringLiteral("bad.csv"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("2026-12-25,Christmas\nlater,Whenever\n");
    b.close();
    CHECK_FALSE(cal->importHolidays(bad));
    CHECK(a.dialog->message().contains(QStringLiteral("Line 2")));
    CHECK(cal->daysTable()->rowCount() == 2); // nothing from the bad list

    // Friday afternoons off in the office.
    retype(a.find<QLineEdit>("hours_5"), QStringLiteral("09:00-12:00"));
    // A new calendar, and a definition for service requests that uses it.
    QTest::mouseClick(a.find<QPushButton>("newCalendar"), Qt::LeftButton);
    retype(a.find<QLineEdit>("calendarName"), QStringLiteral("Shanghai office"));
    a.find<QComboBox>("calendarZone")->setCurrentText(QStringLiteral("Asia/Shanghai"));
    a.dialog->showPage(QStringLiteral("sla"));
    QTest::mouseClick(a.find<QPushButton>("addSla"), Qt::LeftButton);
    retype(a.find<QLineEdit>("slaName"), QStringLiteral("Requests in Shanghai"));
    auto *type = a.find<QComboBox>("slaType");
    type->setCurrentIndex(type->findData(QStringLiteral("service_request")));
    auto *calendar = a.find<QComboBox>("slaCalendar");
    const int shanghai = calendar->findText(QStringLiteral("Shanghai office"));
    REQUIRE(shanghai >= 0);
    CHECK(calendar->itemData(shanghai).toLongLong() < 0); // not saved yet
    calendar->setCurrentIndex(shanghai);
    retype(a.find<QLineEdit>("slaCustomer"), QStringLiteral("CUS-1"));
    auto *stops = a.find<QListWidget>("slaStopStates");
    CHECK(stops->count() == 8); // the service request lifecycle's states
    REQUIRE(a.save());

    RawSql raw(path);
    CHECK(raw.scalar(QStringLiteral("SELECT hours FROM business_calendar WHERE name = "
                                    "'Office hours'"))
          == QStringLiteral("09:00-17:00;09:00-17:00;09:00-17:00;09:00-17:00;09:00-12:00;;"));
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM calendar_day")) == QStringLiteral("2"));
    CHECK(raw.scalar(QStringLiteral("SELECT c.name || ' ' || c.time_zone || ' ' || d.record_type "
                                    "|| ' ' || d.customer || ' ' || d.stop_states FROM "
                                    "sla_definition d JOIN business_calendar c ON c.id = "
                                    "d.calendar_id WHERE d.name = 'Requests in Shanghai'"))
          == QStringLiteral("Shanghai office Asia/Shanghai service_request CUS-1 "
                            "fulfilled,closed,rejected,cancelled"));
    // The saved calendar is offered under its own id now.
    CHECK(a.find<QComboBox>("slaCalendar")->findText(QStringLiteral("Shanghai office")) >= 0);
    CHECK(a.find<QComboBox>("slaCalendar")
              ->itemData(
                  a.find<QComboBox>("slaCalendar")->findText(QStringLiteral("Shanghai office")))
              .toLongLong()
          > 0);
}

TEST_CASE("the request catalogue is edited in its table and form")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    newWorkbook(path);
    Fixture a(path);
    a.dialog->showPage(QStringLiteral("requests"));
    QTableWidget *table = a.dialog->requestPage()->table();
    CHECK(table->rowCount() == 3);
    QTest::mouseClick(a.find<QPushButton>("addRequestType"), Qt::LeftButton);
    CHECK(table->rowCount() == 4);
    QWidget *code = QApplication::focusWidget();
    CHECK(code == a.find<QLineEdit>("requestCode"));
    QTest::keyClicks(code, QStringLiteral("Bad Code"));
    CHECK(a.find<QLabel>("requestProblem")->isVisible());
    CHECK_FALSE(a.save());
    CHECK(a.dialog->message().contains(QStringLiteral("is not a request type code")));
    retype(a.find<QLineEdit>("requestCode"), QStringLiteral("desk_move"));
    CHECK_FALSE(a.find<QLabel>("requestProblem")->isVisible());
    retype(a.find<QLineEdit>("requestName"), QStringLiteral("Desk move"));
    retype(a.find<QLineEdit>("requestService"), QStringLiteral("Workplace"));
    a.find<QCheckBox>("requestApproval")->setChecked(true);
    retype(a.find<QPlainTextEdit>("requestTasks"),
           QStringLiteral("Book the movers\nMove the desk"));
    retype(a.find<QDoubleSpinBox>("requestHours"), QStringLiteral("16"));
    // And the shared folder type goes.
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("shared_folder_access"))
            table->selectRow(r);
    }
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(table->rowCount() == 3);
    REQUIRE(a.save());
    RawSql raw(path);
    CHECK(raw.scalar(QStringLiteral("SELECT group_concat(code, ',') FROM (SELECT code FROM "
                                    "request_type ORDER BY code)"))
          == QStringLiteral("desk_move,new_laptop,software_installation"));
    CHECK(raw.scalar(QStringLiteral("SELECT name || '|' || service || '|' || needs_approval || "
                                    "'|' || fulfilment_tasks || '|' || sla_hours FROM "
                                    "request_type WHERE code = 'desk_move'"))
          == QStringLiteral("Desk move|Workplace|1|Book the movers\nMove the desk|16.0"));
}

TEST_CASE("without the right, or on a read-only workbook, the pages are read-only and say why")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        REQUIRE(store.grantRole(QStringLiteral("dan"), QStringLiteral("agent")).isOk());
        REQUIRE(store.grantRole(QStringLiteral("sue"), QStringLiteral("service_owner")).isOk());
    }
    SECTION("an agent")
    {
        Fixture a(path, QStringLiteral("dan"));
        for (AdminPage *p : std::initializer_list<AdminPage *> {
                 a.dialog->calendarPage(), a.dialog->slaPage(), a.dialog->matrixPage(),
                 a.dialog->categoryPage(), a.dialog->requestPage()}) {
            CHECK_FALSE(p->isEditable());
            CHECK(p->readOnlyReason().contains(QStringLiteral("dan")));
        }
        a.dialog->showPage(QStringLiteral("matrix"));
        auto *notice =
            a.dialog->matrixPage()->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        REQUIRE(notice);
        CHECK(notice->isVisible());
        CHECK(notice->text().contains(QStringLiteral("only an administrator")));
        QSpinBox *cell = a.dialog->matrixPage()->cell(1, 1);
        cell->setFocus();
        QTest::keyClick(cell, Qt::Key_Up);
        CHECK(cell->value() == 1);
        CHECK_FALSE(a.dialog->isModified());
        CHECK_FALSE(a.find<QPushButton>("adminSave")->isEnabled());
        CHECK_FALSE(a.find<QPushButton>("addCategory")->isEnabled());
    }
    SECTION("a service owner changes all but the matrix")
    {
        Fixture a(path, QStringLiteral("sue"));
        CHECK(a.dialog->calendarPage()->isEditable());
        CHECK(a.dialog->slaPage()->isEditable());
        CHECK(a.dialog->categoryPage()->isEditable());
        CHECK(a.dialog->requestPage()->isEditable());
        CHECK_FALSE(a.dialog->matrixPage()->isEditable());
    }
    SECTION("a read-only workbook")
    {
        Fixture a(path, sb::test::Admin, true);
        CHECK_FALSE(a.dialog->categoryPage()->isEditable());
        CHECK(a.dialog->categoryPage()->readOnlyReason().contains(QStringLiteral("read-only")));
        CHECK_FALSE(a.dialog->categoryPage()->addCategory(nullptr, false, QStringLiteral("X")));
        CHECK_FALSE(a.find<QPushButton>("adminSave")->isEnabled());
    }
}

TEST_CASE("File > Administration opens the dialog on the open workbook")
{
    TempDir t;
    const QString path = t.file(QStringLiteral("admin.sbw"));
    newWorkbook(path);
    MainWindow window;
    window.setUser(sb::test::Admin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("adminAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    REQUIRE(window.openWorkbook(path));
    CHECK(action->isEnabled());
    CHECK(action->text() == QStringLiteral("&Administration…"));
    QString title;
    QTimer::singleShot(0, &window, [&] {
        // No REQUIRE here: nothing may throw through the dialog's event loop.
        waitFor([&] {
            return qobject_cast<AdminDialog *>(QApplication::activeModalWidget()) != nullptr;
        });
        auto *dialog = qobject_cast<AdminDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        QTest::keyClick(dialog, Qt::Key_Escape); // nothing changed: closes at once
    });
    action->trigger();
    CHECK(title == QStringLiteral("Administration — admin"));
}

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServicebenchTests"));
    QApplication::setApplicationName(QStringLiteral("ServicebenchTests"));
    Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
