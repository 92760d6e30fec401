// The desktop shell, driven through its real widgets under QT_QPA_PLATFORM=offscreen.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "core/fixtures.h"

#include "conflictdialog.h"
#include "demo/demodata.h"
#include "i18n.h"
#include "mainwindow.h"
#include "recordeditor.h"
#include "recordlistmodel.h"
#include "recordpanel.h"
#include "searchdock.h"
#include "storage/transaction.h"
#include "workbookdocument.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <ctime>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;

namespace {

QString demoWorkbook(TempDir &t)
{
    const QString path = t.file(QStringLiteral("ui.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    REQUIRE(DemoData::generate(store, DemoOptions {}).ok());
    return path;
}

struct Shell
{
    MainWindow window;
    explicit Shell(const QString &path, bool readOnly = false)
    {
        window.setUser(Admin);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path, readOnly));
        RecordListModel *m = window.masterDataPanel()->model();
        REQUIRE(waitFor([m] { return m->totalCount() > 0 && m->isIdle() && m->idAt(0) != 0; }));
    }
    RecordPanel *panel() { return window.masterDataPanel(); }
    RecordEditor *editor() { return panel()->editor(); }
};

QVariant fieldOf(const QString &path, const QString &humanId, const QString &field)
{
    auto wb = openAs(path);
    RecordStore store(*wb);
    auto r = store.load(*store.resolve(humanId));
    REQUIRE(r.ok());
    return field == QStringLiteral("version") ? QVariant(r->version) : r->value(field);
}

} // namespace

TEST_CASE("the shell opens a workbook, lists people lazily and edits one")
{
    TempDir t;
    const QString path = demoWorkbook(t);
    Shell s(path);
    RecordListModel *model = s.panel()->model();
    CHECK(model->totalCount() == 26); // 25 demo people and the administrator
    CHECK(model->data(model->index(0, 0)).toString() == QStringLiteral("PER-1"));
    CHECK(s.window.windowTitle().contains(QStringLiteral("ui")));
    // Local or Shared, as the file system of the test's folder makes it.
    const bool local = s.window.document()->workbook().storageMode() == StorageMode::Local;
    CHECK(s.window.findChild<QLabel *>(QStringLiteral("storageMode"))->text()
          == (local ? QStringLiteral("Local") : QStringLiteral("Shared")));

    s.panel()->view()->selectRow(1);
    REQUIRE(waitFor([&] { return s.editor()->recordId() == model->idAt(1); }));
    const QString humanId = s.editor()->record().humanId;
    CHECK(humanId == QStringLiteral("PER-2"));

    // Edit from the keyboard: type into the field, Ctrl+S saves.
    auto *department = s.editor()->findChild<QLineEdit *>(QStringLiteral("field_department"));
    REQUIRE(department);
    QApplication::setActiveWindow(&s.window);
    department->setFocus();
    department->selectAll();
    QTest::keyClicks(department, QStringLiteral("Night Operations"));
    CHECK(s.editor()->isModified());
    QTest::keyClick(department, Qt::Key_S, Qt::ControlModifier);
    INFO("focus: " << (QApplication::focusWidget()
                           ? QApplication::focusWidget()->objectName().toStdString()
                           : "none"));
    INFO("message: " << s.editor()->message().toStdString());
    REQUIRE(
        waitFor([&] { return fieldOf(path, humanId, QStringLiteral("version")).toInt() == 2; }));
    CHECK(fieldOf(path, humanId, QStringLiteral("department")).toString()
          == QStringLiteral("Night Operations"));
    REQUIRE(
        waitFor([&] { return !s.editor()->isModified() && s.editor()->record().version == 2; }));
    // The list shows the change without being asked.
    REQUIRE(waitFor([&] {
        return model->data(model->index(1, 4)).toString() == QStringLiteral("Night Operations");
    }));
}

TEST_CASE("a record saved by someone else first opens the conflict dialog, never overwrites")
{
    TempDir t;
    const QString path = demoWorkbook(t);
    Shell s(path);
    s.panel()->view()->selectRow(2);
    REQUIRE(waitFor([&] { return s.editor()->recordId() != 0; }));
    const QString humanId = s.editor()->record().humanId;
    {
        auto other = openAs(path);
        RecordStore store(*other);
        REQUIRE(store
                    .update(*store.resolve(humanId),
                            {{QStringLiteral("phone"), QStringLiteral("+1 555 0000")}})
                    .ok());
    }
    REQUIRE(s.editor()->setFieldText(QStringLiteral("phone"), QStringLiteral("+1 555 9999")));
    s.editor()->save();
    ConflictDialog *dialog = nullptr;
    REQUIRE(waitFor([&] {
        return (dialog = s.editor()->findChild<ConflictDialog *>()) != nullptr
            && dialog->isVisible();
    }));
    CHECK(fieldOf(path, humanId, QStringLiteral("phone")).toString()
          == QStringLiteral("+1 555 0000"));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    REQUIRE(table);
    CHECK(table->item(0, 1)->text() == QStringLiteral("+1 555 9999"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("+1 555 0000"));

    SECTION("use theirs")
    {
        dialog->findChild<QPushButton *>(QStringLiteral("useTheirs"))->click();
        REQUIRE(waitFor([&] {
            return s.editor()->fieldText(QStringLiteral("phone")) == QStringLiteral("+1 555 0000");
        }));
        CHECK_FALSE(s.editor()->isModified());
    }
    SECTION("save mine, knowingly")
    {
        dialog->findChild<QPushButton *>(QStringLiteral("saveMine"))->click();
        REQUIRE(waitFor([&] {
            return fieldOf(path, humanId, QStringLiteral("phone")).toString()
                == QStringLiteral("+1 555 9999");
        }));
        CHECK(fieldOf(path, humanId, QStringLiteral("version")).toInt() == 3);
    }
}

TEST_CASE("a new record in two keystrokes, typed, and Ctrl+Enter")
{
    TempDir t;
    const QString path = demoWorkbook(t);
    Shell s(path);
    s.panel()->selectType(QStringLiteral("service"));
    REQUIRE(waitFor(
        [&] { return s.panel()->model()->totalCount() == 8 && s.panel()->model()->isIdle(); }));
    QApplication::setActiveWindow(&s.window);
    s.panel()->view()->setFocus();
    QTest::keyClick(&s.window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(waitFor([&] {
        return s.editor()->record().id == 0
            && s.editor()->record().type == QStringLiteral("service");
    }));
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(focus->objectName() == QStringLiteral("field_title"));
    QTest::keyClicks(focus, QStringLiteral("Smart Printing"));
    QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return s.editor()->record().humanId == QStringLiteral("SVC-9"); }));
    REQUIRE(waitFor([&] { return s.panel()->model()->totalCount() == 9; }));
    CHECK(fieldOf(path, QStringLiteral("SVC-9"), QStringLiteral("title")).toString()
          == QStringLiteral("Smart Printing"));
}

TEST_CASE(
    "a workbook held by someone else does not freeze the window, and the wait can be cancelled")
{
    TempDir t;
    const QString path = demoWorkbook(t);
    Shell s(path);
    s.panel()->view()->selectRow(0);
    REQUIRE(waitFor([&] { return s.editor()->recordId() != 0; }));
    auto holder = openAs(path);
    WriteTransaction held(holder->db());
    REQUIRE(held.begin().isOk());

    REQUIRE(s.editor()->setFieldText(QStringLiteral("phone"), QStringLiteral("+1 555 1234")));
    s.editor()->save();
    auto *busy = s.window.findChild<QLabel *>(QStringLiteral("busyLabel"));
    auto *cancel = s.window.findChild<QToolButton *>(QStringLiteral("cancelWait"));
    // The event loop keeps running (waitFor spins it) while the save waits on its own thread.
    REQUIRE(waitFor([&] { return busy->isVisible() && cancel->isVisible(); }));
    CHECK(busy->text().contains(QStringLiteral("Waiting")));
    cancel->click();
    REQUIRE(waitFor([&] { return s.editor()->message().contains(QStringLiteral("cancelled")); }));
    held.rollback();
    CHECK(s.editor()->isModified());
    s.editor()->save();
    REQUIRE(waitFor([&] { return !s.editor()->isModified(); }));
}

TEST_CASE("read-only workbooks show it and offer no edits")
{
    TempDir t;
    const QString path = demoWorkbook(t);
    Shell s(path, true);
    CHECK(s.window.findChild<QLabel *>(QStringLiteral("storageMode"))->text()
          == QStringLiteral("Read-only"));
    CHECK(s.window.windowTitle().contains(QStringLiteral("read-only")));
    s.panel()->view()->selectRow(0);
    REQUIRE(waitFor([&] { return s.editor()->recordId() != 0; }));
    CHECK_FALSE(s.editor()->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    CHECK_FALSE(s.window.findChild<QAction *>(QStringLiteral("newRecordAction"))->isEnabled());
}

TEST_CASE("search finds records across types and opens them; the language switches at run time")
{
    TempDir t;
    const QString path = demoWorkbook(t);
    Shell s(path);
    SearchDock *search = s.window.searchDock();
    search->queryEdit()->setText(QStringLiteral("backup*"));
    REQUIRE(waitFor([&] { return search->results()->topLevelItemCount() > 0; }));
    QTreeWidgetItem *first = search->results()->topLevelItem(0);
    Q_EMIT search->results()->itemActivated(first, 0);
    REQUIRE(waitFor([&] {
        RecordPanel *p = s.window.tasksPanel()->handles(first->data(1, Qt::UserRole).toString())
            ? s.window.tasksPanel()
            : s.window.masterDataPanel();
        return p->editor()->record().humanId == first->text(0);
    }));

    const QString english = s.window.menuBar()->actions().first()->text();
    s.window.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QString chinese = s.window.menuBar()->actions().first()->text();
    CHECK(chinese != english);
    CHECK(chinese.contains(QStringLiteral("文件")));
    CHECK(s.panel()->windowTitle() == QStringLiteral("主数据"));
    s.window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(s.window.menuBar()->actions().first()->text() == english);
}

TEST_CASE("a locked workbook offers Retry, Open Read-Only and Cancel, and Retry gets in")
{
    TempDir t;
    CreateOptions shared;
    shared.shared = true;
    const QString path = t.file(QStringLiteral("locked.sbw"));
    newWorkbook(path, shared);
    RawSql holder(path);
    REQUIRE(holder.exec("BEGIN EXCLUSIVE") == SQLITE_OK);

    MainWindow window;
    window.setUser(Admin);
    window.show();
    bool sawDialog = false;
    QStringList buttons;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        watch.stop();
        sawDialog = box->text().contains(QStringLiteral("locked"));
        for (QAbstractButton *b : box->buttons())
            buttons << b->text();
        holder.exec("ROLLBACK"); // the other program finishes...
        box->button(QMessageBox::Retry)->click(); // ...and the user tries again
    });
    watch.start();
    CHECK(window.openWorkbook(path));
    CHECK(sawDialog);
    CHECK(buttons.contains(QStringLiteral("Open Read-Only")));
    CHECK(buttons.size() == 3);
    REQUIRE(window.document());
    CHECK_FALSE(window.document()->workbook().isReadOnly());
}

// The incident and service request queues: saved views, the SLA column, the clock log in the
// editor, and a new incident from the keyboard.

#include "incidentpanel.h"
#include "slaformat.h"
#include "ticketlistmodel.h"
#include "tickettimeline.h"

#include "clock.h"
#include "records/recordquery.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QIcon>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>

namespace {

// Tickets whose views and SLA states do not depend on the day or hour the test runs: the
// tickets that should be at risk are P1, measured around the clock; the others are P3 on
// office hours, opened now, far from their warning threshold.
QString queueWorkbook(TempDir &t)
{
    const QString path = t.file(QStringLiteral("queues.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    auto make = [&](const char *type, QVariantMap values) {
        auto r = store.create(QString::fromLatin1(type), values);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
        return r->id;
    };
    auto move = [&](qint64 id, const char *to, const QVariantMap &set = {}) {
        auto r = store.transition(id, QString::fromLatin1(to), set);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
    };
    const QString g = QStringLiteral("assignment_group");
    const QString a = QStringLiteral("assignee");
    const QString title = QStringLiteral("title");
    const QString impact = QStringLiteral("impact");
    const QString urgency = QStringLiteral("urgency");
    const QString opened = QStringLiteral("opened_at");
    const QString desk = QStringLiteral("Desk");
    const QString network = QStringLiteral("Network");
    auto ago = [](int minutes) {
        return toStoredTime(currentUtc().addSecs(-60 * qint64(minutes)));
    };

    // The acting user is a member of Desk.
    const qint64 deskId = make("work_group", {{title, desk}});
    make("work_group", {{title, network}});
    ListSpec me;
    me.type = QStringLiteral("person");
    me.columns = {QStringLiteral("login")};
    me.where = {{QStringLiteral("login"), Admin}};
    auto q = RecordQuery::prepare(me);
    REQUIRE(q.ok());
    auto rows = q->page(wb->db(), std::nullopt, 1);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    REQUIRE(store.link(rows->first().id, deskId, QStringLiteral("member_of")).isOk());

    make("incident",
         {{title, QStringLiteral("Mail down")},
          {impact, 1},
          {urgency, 1},
          {g, desk},
          {a, Admin},
          {opened, ago(5 * 60)}}); // breached
    make("incident",
         {{title, QStringLiteral("VPN slow")},
          {impact, 1},
          {urgency, 1},
          {g, network},
          {opened, ago(3 * 60 + 30)},
          {QStringLiteral("major"), 1}}); // warning
    make(
        "incident",
        {{title, QStringLiteral("Printer jam")}, {impact, 2}, {urgency, 2}, {g, desk}, {a, Admin}});
    make("incident",
         {{title, QStringLiteral("Laptop broken")}, {impact, 2}, {urgency, 2}, {g, desk}});
    make("incident",
         {{title, QStringLiteral("Wi-Fi flaky")},
          {impact, 2},
          {urgency, 2},
          {g, network},
          {a, QStringLiteral("x.other")}});
    const qint64 old = make(
        "incident",
        {{title, QStringLiteral("Old issue")}, {impact, 2}, {urgency, 2}, {g, desk}, {a, Admin}});
    move(old, "resolved", {{QStringLiteral("resolution_code"), QStringLiteral("fixed")}});
    move(old, "closed");
    const qint64 dropped =
        make("incident", {{title, QStringLiteral("Cancelled thing")}, {g, network}});
    move(dropped, "cancelled");
    make("incident",
         {{title, QStringLiteral("Big outage")},
          {impact, 2},
          {urgency, 2},
          {g, QStringLiteral("Apps")},
          {a, QStringLiteral("x.other")},
          {QStringLiteral("major"), 1}});

    const qint64 laptop = make("service_request", {{title, QStringLiteral("New laptop")}});
    move(laptop, "awaiting_approval");
    make("service_request", {{title, QStringLiteral("Install Visio")}});
    const qint64 done = make("service_request", {{title, QStringLiteral("Second monitor")}});
    move(done, "in_fulfilment");
    move(done, "fulfilled");
    move(done, "closed");
    return path;
}

// Shows a view by clicking its tab, as a person would, and waits for its rows.
qint64 showView(IncidentPanel *panel, IncidentPanel::View view)
{
    QTabBar *bar = panel->viewBar();
    int tab = -1;
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabData(i).toInt() == int(view))
            tab = i;
    }
    REQUIRE(tab >= 0);
    REQUIRE(bar->isTabVisible(tab));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    REQUIRE(panel->currentView() == view);
    TicketListModel *m = panel->ticketModel();
    REQUIRE(waitFor([m] { return m->isIdle(); }));
    return m->totalCount();
}

int rowOfTitle(TicketListModel *m, const QString &title)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->data(m->index(r, 1)).toString() == title)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("the incident queue's views filter, its SLA column tells the time left, and Ctrl+N "
          "opens a new incident")
{
    TempDir t;
    const QString path = queueWorkbook(t);
    Shell s(path);
    IncidentPanel *panel = s.window.incidentsPanel();
    REQUIRE(s.window.showDock(QStringLiteral("incidents")));
    CHECK(panel->userGroups() == QStringList {QStringLiteral("Desk")});
    CHECK(panel->availableViews().contains(IncidentPanel::View::MyGroup));

    using V = IncidentPanel::View;
    CHECK(showView(panel, V::All) == 8);
    CHECK(showView(panel, V::MyWork) == 2);
    CHECK(showView(panel, V::MyGroup) == 3);
    CHECK(showView(panel, V::Unassigned) == 2);
    // The flagged one, and the P1s the workbook's rule makes major.
    CHECK(showView(panel, V::Major) == 3);
    CHECK(showView(panel, V::BreachingSoon) == 2);
    CHECK(showView(panel, V::AllOpen) == 6);
    // The quick filter narrows the view it is in.
    panel->filter()->setText(QStringLiteral("printer"));
    TicketListModel *m = panel->ticketModel();
    REQUIRE(waitFor([m] { return m->isIdle() && m->totalCount() == 1; }));
    panel->filter()->clear();
    REQUIRE(waitFor([m] { return m->isIdle() && m->totalCount() == 6; }));

    // The SLA column: time left, coloured by state; sorting by it puts the breach first.
    const int sla = m->slaColumn();
    REQUIRE(sla > 0);
    CHECK(m->headerData(sla, Qt::Horizontal).toString() == QStringLiteral("SLA"));
    panel->view()->sortByColumn(sla, Qt::AscendingOrder);
    REQUIRE(waitFor([m] { return m->isIdle() && m->idAt(0) != 0 && m->idAt(5) != 0; }));
    CHECK(m->spec().sortField == QStringLiteral("sla_due"));
    CHECK(m->data(m->index(0, 1)).toString() == QStringLiteral("Mail down"));
    CHECK(m->data(m->index(1, 1)).toString() == QStringLiteral("VPN slow"));
    const QString breached = m->data(m->index(0, sla)).toString();
    CHECK(breached.startsWith(QStringLiteral("-")));
    CHECK(breached.contains(QStringLiteral("h")));
    CHECK(m->data(m->index(0, sla), Qt::ForegroundRole).value<QBrush>().color()
          == SlaFormat::color(SlaFormat::Breached));
    const QString warning = m->data(m->index(1, sla)).toString();
    CHECK(warning.endsWith(QStringLiteral("min")));
    CHECK_FALSE(warning.startsWith(QStringLiteral("-")));
    CHECK(m->data(m->index(1, sla), Qt::ForegroundRole).value<QBrush>().color()
          == SlaFormat::color(SlaFormat::Warning));
    const int printer = rowOfTitle(m, QStringLiteral("Printer jam"));
    REQUIRE(printer >= 0);
    CHECK(m->data(m->index(printer, sla), Qt::ForegroundRole).value<QBrush>().color()
          == SlaFormat::color(SlaFormat::Ok));
    CHECK_FALSE(m->data(m->index(printer, sla), Qt::DecorationRole).value<QIcon>().isNull());

    // Selecting a ticket opens it with its clock log.
    panel->view()->selectRow(0);
    REQUIRE(waitFor([&] { return panel->editor()->recordId() == m->idAt(0); }));
    auto *log = panel->editor()->findChild<QTreeWidget *>(QStringLiteral("slaLog"));
    REQUIRE(log);
    REQUIRE(log->topLevelItemCount() == 2); // response and resolution
    QTreeWidgetItem *resolution = log->topLevelItem(1);
    REQUIRE(resolution->childCount() >= 1);
    CHECK(resolution->child(0)->text(3) == QStringLiteral("New"));
    CHECK(resolution->child(0)->toolTip(0).contains(QStringLiteral("ran out")));
    CHECK(panel->editor()
              ->findChild<QLabel *>(QStringLiteral("slaSummary"))
              ->text()
              .contains(QStringLiteral("breached")));

    // Ctrl+N in the queue: the title first, Ctrl+Enter saves, and the priority the matrix
    // gives shows once saved.
    QApplication::setActiveWindow(&s.window);
    panel->view()->setFocus();
    QTest::keyClick(&s.window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(waitFor([&] {
        return panel->editor()->record().id == 0
            && panel->editor()->record().type == QStringLiteral("incident");
    }));
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(focus->objectName() == QStringLiteral("field_title"));
    QTest::keyClicks(focus, QStringLiteral("Badge reader offline"));
    REQUIRE(panel->editor()->setFieldText(QStringLiteral("impact"), QStringLiteral("1")));
    REQUIRE(panel->editor()->setFieldText(QStringLiteral("urgency"), QStringLiteral("2")));
    QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return panel->editor()->record().humanId == QStringLiteral("INC-9"); }));
    CHECK(panel->editor()->fieldText(QStringLiteral("priority")) == QStringLiteral("2"));
    REQUIRE(waitFor([m] { return m->isIdle() && m->totalCount() == 7; }));
}

TEST_CASE("the service request queue has its own views")
{
    TempDir t;
    const QString path = queueWorkbook(t);
    Shell s(path);
    IncidentPanel *panel = s.window.requestsPanel();
    REQUIRE(s.window.showDock(QStringLiteral("requests")));
    using V = IncidentPanel::View;
    CHECK(panel->availableViews()
          == QList<V> {V::AllOpen, V::NeedsAttention, V::AwaitingApproval, V::All});
    CHECK(showView(panel, V::All) == 3);
    CHECK(showView(panel, V::AwaitingApproval) == 1);
    CHECK(panel->ticketModel()->data(panel->ticketModel()->index(0, 1)).toString()
          == QStringLiteral("New laptop"));
    CHECK(showView(panel, V::AllOpen) == 2);
    // The View menu reaches both queues.
    QStringList viewMenu;
    for (QAction *a : s.window.menuBar()->actions()[2]->menu()->actions())
        viewMenu << a->text();
    CHECK(viewMenu.contains(QStringLiteral("Incidents")));
    CHECK(viewMenu.contains(QStringLiteral("Service requests")));
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

TEST_CASE("the timeline takes updates, escalates, and the attention queue follows")
{
    TempDir t;
    const QString path = queueWorkbook(t);
    Shell s(path);
    IncidentPanel *panel = s.window.incidentsPanel();
    REQUIRE(s.window.showDock(QStringLiteral("incidents")));
    using V = IncidentPanel::View;
    REQUIRE(panel->availableViews().contains(V::NeedsAttention));
    const qint64 before = showView(panel, V::NeedsAttention);

    showView(panel, V::AllOpen);
    TicketListModel *m = panel->ticketModel();
    const int printer = rowOfTitle(m, QStringLiteral("Printer jam"));
    REQUIRE(printer >= 0);
    panel->view()->selectRow(printer);
    REQUIRE(waitFor([&] { return panel->editor()->recordId() == m->idAt(printer); }));
    RecordEditor *editor = panel->editor();
    const QString humanId = editor->record().humanId;
    auto *tabs = editor->findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->tabText(tabs->currentIndex()).startsWith(QStringLiteral("Timeline")));
    auto *timeline = editor->findChild<TicketTimeline *>();
    REQUIRE(timeline);
    auto *events = timeline->findChild<QTextBrowser *>(QStringLiteral("timeline"));
    REQUIRE(events);
    const int count = timeline->eventCount();
    CHECK(count >= 1);

    // The priority follows the matrix while impact and urgency change in the form.
    REQUIRE(editor->setFieldText(QStringLiteral("impact"), QStringLiteral("1")));
    REQUIRE(editor->setFieldText(QStringLiteral("urgency"), QStringLiteral("2")));
    CHECK(editor->fieldText(QStringLiteral("priority")) == QStringLiteral("2"));
    REQUIRE(editor->setFieldText(QStringLiteral("urgency"), QStringLiteral("1")));
    CHECK(editor->fieldText(QStringLiteral("priority")) == QStringLiteral("1"));
    editor->revert();
    CHECK_FALSE(editor->isModified());
    auto *similar = editor->findChild<QTreeWidget *>(QStringLiteral("similar"));
    REQUIRE(similar);
    CHECK(tabs->isTabVisible(tabs->indexOf(similar)));

    // A work note with Ctrl+Enter in the update box: the form is not saved, the note shows.
    auto *compose = editor->findChild<QPlainTextEdit *>(QStringLiteral("composeUpdate"));
    REQUIRE(compose);
    compose->setFocus();
    QTest::keyClicks(compose, QStringLiteral("Toner replaced, testing"));
    QTest::keyClick(compose, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return timeline->eventCount() == count + 1; }));
    CHECK(events->toPlainText().contains(QStringLiteral("Work note")));
    CHECK(events->toPlainText().contains(QStringLiteral("Toner replaced, testing")));
    CHECK(compose->toPlainText().isEmpty());
    const int version = fieldOf(path, humanId, QStringLiteral("version")).toInt();

    // A customer-visible update stamps the ticket; the editor shows its new version.
    QTest::keyClicks(compose, QStringLiteral("A technician is on the way."));
    editor->findChild<QCheckBox *>(QStringLiteral("customerVisible"))->setChecked(true);
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("addUpdate")),
                      Qt::LeftButton);
    REQUIRE(waitFor([&] { return editor->record().version == version + 1; }));
    CHECK_FALSE(fieldOf(path, humanId, QStringLiteral("last_customer_update_at")).isNull());

    // Escalate to another group through the dialog.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *group = dialog->findChild<QComboBox *>(QStringLiteral("escalateGroup"));
        group->setEditText(QStringLiteral("Hardware"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("escalateReason")),
                         QStringLiteral("Needs a field engineer"));
        dialog->accept();
    });
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("escalate")), Qt::LeftButton);
    REQUIRE(waitFor([&] {
        return fieldOf(path, humanId, QStringLiteral("assignment_group")).toString()
            == QStringLiteral("Hardware");
    }));
    CHECK(fieldOf(path, humanId, QStringLiteral("escalation_count")).toInt() == 1);
    REQUIRE(waitFor([&] {
        return tabs->tabText(tabs->indexOf(timeline)).contains(QStringLiteral("attention"));
    }));
    auto *banner = editor->findChild<QLabel *>(QStringLiteral("attentionBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(showView(panel, V::NeedsAttention) == before + 1);

    // Its "Take up" link clears it from the queue.
    CHECK(events->toPlainText().contains(QStringLiteral("Escalated to the group Hardware")));
    REQUIRE(timeline->waitingEscalations().size() == 1);
    Q_EMIT events->anchorClicked(
        QUrl(QStringLiteral("takeup:%1").arg(timeline->waitingEscalations().first())));
    REQUIRE(waitFor([&] { return !banner->isVisible(); }));
    CHECK(tabs->tabText(tabs->indexOf(timeline)) == QStringLiteral("Timeline"));
    CHECK(showView(panel, V::NeedsAttention) == before);
}

TEST_CASE("date-time fields are shown and typed in local time, and stored in UTC")
{
    // Eight hours east of UTC all year (a POSIX rule: no time zone files needed).
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "CST-8");
    tzset();
    struct Restore
    {
        QByteArray zone;
        ~Restore()
        {
            if (zone.isEmpty())
                qunsetenv("TZ");
            else
                qputenv("TZ", zone);
            tzset();
        }
    } restore {zone};

    TempDir t;
    const QString path = t.file(QStringLiteral("times.sbw"));
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        REQUIRE(
            store
                .create(QStringLiteral("incident"),
                        {{QStringLiteral("title"), QStringLiteral("Clock check")},
                         {QStringLiteral("opened_at"), QStringLiteral("2026-03-01T14:30:15.250Z")}})
                .ok());
    }
    Shell s(path);
    REQUIRE(s.window.showRecord(QStringLiteral("INC-1")));
    RecordEditor *editor = s.window.incidentsPanel()->editor();
    REQUIRE(waitFor([&] { return editor->record().humanId == QStringLiteral("INC-1"); }));
    CHECK(editor->fieldText(QStringLiteral("opened_at")) == QStringLiteral("2026-03-01 22:30"));
    // Shown to the minute, but untouched it is no change: the seconds stay.
    CHECK_FALSE(editor->isModified());

    REQUIRE(editor->setFieldText(QStringLiteral("opened_at"), QStringLiteral("2026-03-02 08:05")));
    CHECK(editor->isModified());
    editor->save();
    REQUIRE(waitFor([&] { return !editor->isModified() && editor->record().version == 2; }));
    CHECK(fieldOf(path, QStringLiteral("INC-1"), QStringLiteral("opened_at")).toString()
          == QStringLiteral("2026-03-02T00:05:00.000Z"));
    CHECK(editor->fieldText(QStringLiteral("opened_at")) == QStringLiteral("2026-03-02 08:05"));

    // A time with its zone is taken as written; text that is no time is refused by name.
    REQUIRE(
        editor->setFieldText(QStringLiteral("opened_at"), QStringLiteral("2026-03-03T10:00:00Z")));
    editor->save();
    REQUIRE(waitFor([&] { return !editor->isModified() && editor->record().version == 3; }));
    CHECK(fieldOf(path, QStringLiteral("INC-1"), QStringLiteral("opened_at")).toString()
          == QStringLiteral("2026-03-03T10:00:00.000Z"));
    REQUIRE(editor->setFieldText(QStringLiteral("opened_at"), QStringLiteral("next Tuesday")));
    editor->save();
    REQUIRE(waitFor([&] { return editor->message().contains(QStringLiteral("Opened at")); }));
    CHECK(editor->isModified());
    CHECK(fieldOf(path, QStringLiteral("INC-1"), QStringLiteral("version")).toInt() == 3);
}
