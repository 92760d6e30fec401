// Undo and redo of saved changes (R-X-5) and the incident queue's bulk actions, driven through
// the real window under QT_QPA_PLATFORM=offscreen.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "core/fixtures.h"

#include "bulkticketdialog.h"
#include "i18n.h"
#include "incidentpanel.h"
#include "mainwindow.h"
#include "recordcommands.h"
#include "recordeditor.h"
#include "ticketlistmodel.h"
#include "workbookdocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;

namespace {

const QString Bob = QStringLiteral("bob");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Incidents in known states, two groups, and a second agent (bob) who changes things behind
// the acting user's back. Impact and urgency 3: no major-incident rules in the way.
QString undoWorkbook(TempDir &t)
{
    const QString path = t.file(s("undo.sbw"));
    auto wb = newWorkbook(path);
    RecordStore store(*wb);
    auto make = [&](const char *type, const QVariantMap &values) {
        auto r = store.create(s(type), values);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
        return r->id;
    };
    auto move = [&](qint64 id, const char *to, const QVariantMap &set = {}) {
        auto r = store.transition(id, s(to), set);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
    };
    make("work_group", {{s("title"), s("Desk")}});
    make("work_group", {{s("title"), s("Network")}});
    make("person", {{s("title"), s("Bob Agent")}, {s("login"), Bob}});
    REQUIRE(store.grantRole(Bob, s("agent")).isOk());
    auto incident = [&](const char *title, const char *group, const char *assignee) {
        QVariantMap v {{s("title"), s(title)}, {s("impact"), 3}, {s("urgency"), 3}};
        if (group)
            v.insert(s("assignment_group"), s(group));
        if (assignee)
            v.insert(s("assignee"), s(assignee));
        return make("incident", v);
    };
    const qint64 printer = incident("Printer jam", "Desk", "tester"); // INC-1
    move(printer, "assigned");
    move(printer, "in_progress");
    const qint64 laptop = incident("Laptop broken", "Desk", nullptr); // INC-2
    move(laptop, "assigned");
    move(laptop, "in_progress");
    const qint64 wifi = incident("Wi-Fi flaky", "Network", "x.other"); // INC-3
    move(wifi, "assigned");
    const qint64 old = incident("Old issue", "Desk", nullptr); // INC-4
    move(old, "resolved", {{s("resolution_code"), s("fixed")}});
    move(old, "closed");
    incident("Mail slow", nullptr, nullptr); // INC-5, new
    return path;
}

Record load(const QString &path, const QString &humanId)
{
    auto wb = openAs(path);
    RecordStore store(*wb);
    auto r = store.load(*store.resolve(humanId));
    REQUIRE(r.ok());
    return *r;
}

// What bob does in another copy of the program.
void bobUpdates(const QString &path, const QString &humanId, const QVariantMap &changes)
{
    auto wb = openAs(path, Bob);
    RecordStore store(*wb);
    auto v = store.update(*store.resolve(humanId), changes);
    INFO((v.ok() ? QString() : v.error().fullText()).toStdString());
    REQUIRE(v.ok());
}

struct Shell
{
    MainWindow window;
    explicit Shell(const QString &path)
    {
        window.setUser(Admin);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path));
        REQUIRE(window.showDock(s("incidents")));
        panel()->setView(IncidentPanel::View::All);
        TicketListModel *m = panel()->ticketModel();
        REQUIRE(waitFor([m] { return m->isIdle() && m->totalCount() == 5 && m->idAt(4) != 0; }));
    }
    IncidentPanel *panel() { return window.incidentsPanel(); }
    RecordEditor *editor() { return panel()->editor(); }
    QUndoStack *stack() { return window.document()->undoStack(); }
    QAction *undoAction() { return window.findChild<QAction *>(s("undoAction")); }
    QAction *redoAction() { return window.findChild<QAction *>(s("redoAction")); }
    int rowOf(const QString &humanId)
    {
        TicketListModel *m = panel()->ticketModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->data(m->index(r, 0)).toString() == humanId)
                return r;
        }
        return -1;
    }
    void open(const QString &humanId)
    {
        const int row = rowOf(humanId);
        REQUIRE(row >= 0);
        panel()->view()->selectRow(row);
        REQUIRE(waitFor([&] { return editor()->record().humanId == humanId; }));
    }
    void select(const QStringList &humanIds)
    {
        QItemSelection selection;
        TicketListModel *m = panel()->ticketModel();
        for (const QString &id : humanIds) {
            const int row = rowOf(id);
            REQUIRE(row >= 0);
            selection.select(m->index(row, 0), m->index(row, m->columnCount() - 1));
        }
        panel()->view()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        REQUIRE(panel()->selectedIds().size() == humanIds.size());
    }
    // Waits for the step under way (a save, an undo, a redo) to be written.
    bool settled()
    {
        return waitFor([this] { return !window.document()->isHistoryBusy(); });
    }
    QMessageBox *refusal(const char *name)
    {
        QMessageBox *box = nullptr;
        waitFor(
            [&] { return (box = window.findChild<QMessageBox *>(s(name))) && box->isVisible(); });
        return box;
    }
};

QString plain(const QAction *a)
{
    return QString(a->text()).remove(QLatin1Char('&'));
}

} // namespace

TEST_CASE("a saved edit is undone and redone from the Edit menu, values and versions with it")
{
    TempDir t;
    const QString path = undoWorkbook(t);
    Shell sh(path);
    const Record original = load(path, s("INC-1"));
    CHECK_FALSE(sh.undoAction()->isEnabled());
    CHECK(plain(sh.undoAction()) == s("Undo"));
    // The Edit menu holds them, first.
    QMenu *edit = sh.window.menuBar()->actions().at(1)->menu();
    REQUIRE(edit);
    CHECK(edit->actions().at(0) == sh.undoAction());
    CHECK(edit->actions().at(1) == sh.redoAction());

    sh.open(s("INC-1"));
    REQUIRE(sh.editor()->setFieldText(s("assignment_group"), s("Network")));
    sh.editor()->save();
    REQUIRE(sh.settled());
    const Record edited = load(path, s("INC-1"));
    CHECK(edited.version == original.version + 1);
    CHECK(edited.fields.value(s("assignment_group")).toString() == s("Network"));
    // Derived with it, and taken back with it.
    CHECK(edited.fields.value(s("reassignment_count")).toInt() == 1);
    REQUIRE(sh.stack()->count() == 1);
    CHECK(plain(sh.undoAction()) == s("Undo Edit INC-1"));
    CHECK(sh.undoAction()->isEnabled());
    CHECK_FALSE(sh.redoAction()->isEnabled());
    auto *command = dynamic_cast<const RecordCommand *>(sh.stack()->command(0));
    REQUIRE(command);
    CHECK(command->versionBefore() == original.version);
    CHECK(command->versionAfter() == edited.version);
    CHECK(command->valuesBefore().value(s("assignment_group")).toString() == s("Desk"));

    sh.undoAction()->trigger();
    REQUIRE(sh.settled());
    REQUIRE(sh.stack()->index() == 0);
    const Record undone = load(path, s("INC-1"));
    CHECK(undone.fields.value(s("assignment_group")).toString() == s("Desk"));
    CHECK(undone.fields.value(s("reassignment_count")).isNull());
    CHECK(undone.fields.value(s("assignee")).toString() == s("tester"));
    // An audited write of its own: a new version, which the step now names as its start.
    CHECK(undone.version == edited.version + 1);
    CHECK(command->versionBefore() == undone.version);
    CHECK(plain(sh.redoAction()) == s("Redo Edit INC-1"));
    CHECK(sh.redoAction()->isEnabled());
    // The form shows the record as it is now, ready for the next save.
    REQUIRE(waitFor([&] { return sh.editor()->record().version == undone.version; }));
    CHECK(sh.editor()->fieldText(s("assignment_group")) == s("Desk"));

    sh.redoAction()->trigger();
    REQUIRE(sh.settled());
    REQUIRE(sh.stack()->index() == 1);
    const Record redone = load(path, s("INC-1"));
    CHECK(redone.fields.value(s("assignment_group")).toString() == s("Network"));
    CHECK(redone.fields.value(s("reassignment_count")).toInt() == 1);
    CHECK(redone.version == undone.version + 1);
    CHECK(command->versionAfter() == redone.version);
    REQUIRE(waitFor([&] { return sh.editor()->record().version == redone.version; }));

    // Every step is in the audit trail, by the acting user.
    auto wb = openAs(path);
    RecordStore store(*wb);
    auto history = store.history(original.id);
    REQUIRE(history.ok());
    int groupChanges = 0;
    for (const AuditEntry &e : *history) {
        if (e.field == s("assignment_group") && e.version > original.version) {
            ++groupChanges;
            CHECK(e.user == Admin);
        }
    }
    CHECK(groupChanges == 3);

    // And again: the steps keep naming the right versions.
    sh.undoAction()->trigger();
    REQUIRE(sh.settled());
    CHECK(load(path, s("INC-1")).fields.value(s("assignment_group")).toString() == s("Desk"));
}

TEST_CASE("Ctrl+Z takes back typing in a field first, then the last saved change")
{
    TempDir t;
    const QString path = undoWorkbook(t);
    Shell sh(path);
    sh.open(s("INC-2"));
    auto *service = sh.editor()->findChild<QLineEdit *>(s("field_service"));
    auto *caller = sh.editor()->findChild<QLineEdit *>(s("field_caller"));
    REQUIRE(service);
    REQUIRE(caller);
    QApplication::setActiveWindow(&sh.window);
    service->setFocus();
    QTest::keyClicks(service, s("Mail"));
    QTest::keyClick(service, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitFor(
        [&] { return load(path, s("INC-2")).fields.value(s("service")).toString() == s("Mail"); }));
    REQUIRE(waitFor([&] { return !sh.editor()->isModified() && sh.undoAction()->isEnabled(); }));
    const int saved = load(path, s("INC-2")).version;

    // Typing in the form: Ctrl+Z is the field's.
    caller->setFocus();
    QTest::keyClicks(caller, s("x"));
    CHECK(sh.editor()->isModified());
    QTest::keyClick(caller, Qt::Key_Z, Qt::ControlModifier);
    CHECK(caller->text().isEmpty());
    QTest::qWait(50);
    CHECK(sh.stack()->index() == 1);
    CHECK(load(path, s("INC-2")).version == saved);

    // Typing elsewhere in the form: Ctrl+Z in a field with nothing of its own to take back
    // does not reach for the saved change either.
    QTest::keyClicks(caller, s("y"));
    service->setFocus();
    QTest::keyClick(service, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(50);
    CHECK(sh.stack()->index() == 1);
    CHECK(caller->text() == s("y"));
    caller->setFocus();
    QTest::keyClick(caller, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE_FALSE(sh.editor()->isModified());

    // Nothing typed: the same key undoes the last save, and Ctrl+Shift+Z redoes it.
    QTest::keyClick(caller, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return sh.stack()->index() == 0; }));
    REQUIRE(sh.settled());
    CHECK(load(path, s("INC-2")).fields.value(s("service")).isNull());
    REQUIRE(waitFor([&] { return sh.editor()->fieldText(s("service")).isEmpty(); }));
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitFor([&] { return sh.stack()->index() == 1; }));
    REQUIRE(sh.settled());
    CHECK(load(path, s("INC-2")).fields.value(s("service")).toString() == s("Mail"));
    // Ctrl+Y too, from the list.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(waitFor(
        [&] { return sh.stack()->index() == 0 && !sh.window.document()->isHistoryBusy(); }));
    sh.panel()->view()->setFocus();
    QTest::keyClick(sh.panel()->view(), Qt::Key_Y, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return sh.stack()->index() == 1; }));
    REQUIRE(sh.settled());
}

TEST_CASE("undo after someone else changed the record is refused, names them, and loses nothing")
{
    TempDir t;
    const QString path = undoWorkbook(t);
    Shell sh(path);
    sh.open(s("INC-1"));
    REQUIRE(sh.editor()->setFieldText(s("service"), s("Printing")));
    sh.editor()->save();
    REQUIRE(sh.settled());
    REQUIRE(sh.stack()->count() == 1);
    bobUpdates(path, s("INC-1"), {{s("service"), s("Print server")}});
    const Record bobs = load(path, s("INC-1"));

    sh.undoAction()->trigger();
    QMessageBox *box = sh.refusal("undoRefused");
    REQUIRE(box);
    INFO(box->text().toStdString());
    CHECK(box->text().contains(s("Cannot undo \"Edit INC-1\"")));
    CHECK(box->text().contains(Bob));
    CHECK(box->text().contains(s("Nothing was changed")));
    box->close();
    REQUIRE(sh.settled());
    // Bob's change stands; the step stays, to be tried again or left.
    const Record after = load(path, s("INC-1"));
    CHECK(after.version == bobs.version);
    CHECK(after.fields.value(s("service")).toString() == s("Print server"));
    CHECK(sh.stack()->index() == 1);
    CHECK(sh.undoAction()->isEnabled());
    CHECK(plain(sh.undoAction()) == s("Undo Edit INC-1"));

    // Bob puts it back as it was; his version is still newer than the step's, so it stays
    // refused rather than guessing.
    bobUpdates(path, s("INC-1"), {{s("service"), s("Printing")}});
    sh.undoAction()->trigger();
    box = sh.refusal("undoRefused");
    REQUIRE(box);
    box->close();
    CHECK(load(path, s("INC-1")).fields.value(s("service")).toString() == s("Printing"));
}

TEST_CASE("a step the lifecycle cannot take back says so in the Edit menu")
{
    TempDir t;
    const QString path = undoWorkbook(t);
    Shell sh(path);
    // Resolve from In progress: Reopen takes it back, without counting a reopening.
    sh.open(s("INC-2"));
    REQUIRE(sh.editor()->setFieldText(s("resolution_code"), s("fixed")));
    auto *resolve = sh.editor()->findChild<QPushButton *>(s("transition_resolved"));
    REQUIRE(resolve);
    resolve->click();
    REQUIRE(sh.settled());
    REQUIRE(load(path, s("INC-2")).state == s("resolved"));
    CHECK(plain(sh.undoAction()) == s("Undo Resolve INC-2"));
    sh.undoAction()->trigger();
    REQUIRE(sh.settled());
    const Record back = load(path, s("INC-2"));
    CHECK(back.state == s("in_progress"));
    CHECK(back.fields.value(s("resolution_code")).isNull());
    CHECK(back.fields.value(s("resolved_at")).isNull());
    CHECK(back.fields.value(s("reopen_count")).isNull());

    // Cancel has no way back.
    REQUIRE(sh.stack()->index() == 0);
    sh.open(s("INC-5"));
    auto *cancel = sh.editor()->findChild<QPushButton *>(s("transition_cancelled"));
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(sh.settled());
    REQUIRE(load(path, s("INC-5")).state == s("cancelled"));
    CHECK(plain(sh.undoAction()) == s("Can't Undo Cancel INC-5"));
    CHECK_FALSE(sh.undoAction()->isEnabled());
    CHECK(sh.undoAction()->statusTip().contains(s("no such step")));
}

TEST_CASE("bulk assign of several incidents is one step, and one undo restores them all")
{
    TempDir t;
    const QString path = undoWorkbook(t);
    Shell sh(path);
    const QStringList ids {s("INC-1"), s("INC-2"), s("INC-3")};
    QList<Record> before;
    for (const QString &id : ids)
        before << load(path, id);

    sh.select(ids);
    REQUIRE(sh.panel()->assignAction()->isEnabled());
    sh.panel()->assignAction()->trigger();
    BulkTicketDialog *dialog = nullptr;
    REQUIRE(waitFor([&] {
        return (dialog = sh.panel()->findChild<BulkTicketDialog *>()) && dialog->isVisible();
    }));
    auto *group = dialog->findChild<QComboBox *>(s("bulkGroup"));
    REQUIRE(group);
    CHECK(group->findText(s("Desk")) >= 0);
    CHECK(group->findText(s("Network")) >= 0);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // a group first
    group->setCurrentText(s("Network"));
    REQUIRE(ok->isEnabled());
    bool finished = false;
    QObject::connect(sh.panel(), &IncidentPanel::bulkFinished,
                     [&](bool good, const QString &) { finished = good; });
    ok->click();
    REQUIRE(waitFor([&] { return finished; }));

    REQUIRE(sh.stack()->count() == 1);
    CHECK(sh.stack()->text(0).startsWith(s("Assign 3 Incident")));
    CHECK(plain(sh.undoAction()).startsWith(s("Undo Assign 3 Incident")));
    for (const QString &id : ids)
        CHECK(load(path, id).fields.value(s("assignment_group")).toString() == s("Network"));
    // Moved to another group: the assignee goes with the old one. Already there: kept.
    CHECK(load(path, s("INC-1")).fields.value(s("assignee")).isNull());
    CHECK(load(path, s("INC-3")).fields.value(s("assignee")).toString() == s("x.other"));

    sh.undoAction()->trigger();
    REQUIRE(sh.settled());
    REQUIRE(sh.stack()->index() == 0);
    for (const Record &b : before) {
        const Record now = load(path, b.humanId);
        INFO(b.humanId.toStdString());
        CHECK(now.fields.value(s("assignment_group")) == b.fields.value(s("assignment_group")));
        CHECK(now.fields.value(s("assignee")) == b.fields.value(s("assignee")));
        CHECK(now.fields.value(s("reassignment_count")) == b.fields.value(s("reassignment_count")));
        CHECK(now.state == b.state);
    }
    sh.redoAction()->trigger();
    REQUIRE(sh.settled());
    for (const QString &id : ids)
        CHECK(load(path, id).fields.value(s("assignment_group")).toString() == s("Network"));
}

TEST_CASE("a bulk action where one ticket cannot take it writes nothing and says which and why")
{
    TempDir t;
    const QString path = undoWorkbook(t);
    Shell sh(path);
    QString message;
    bool finished = false;
    QObject::connect(sh.panel(), &IncidentPanel::bulkFinished, [&](bool, const QString &m) {
        finished = true;
        message = m;
    });
    auto versions = [&](const QStringList &ids) {
        QList<int> out;
        for (const QString &id : ids)
            out << load(path, id).version;
        return out;
    };

    SECTION("a closed incident in a bulk resolve")
    {
        const QStringList ids {s("INC-1"), s("INC-4"), s("INC-2")};
        const QList<int> was = versions(ids);
        sh.select(ids);
        auto tickets = sh.panel()->loadTickets(sh.panel()->selectedIds());
        REQUIRE(tickets.ok());
        // The dialog says so before anything is tried...
        BulkTicketDialog dialog(BulkTicketDialog::Action::Resolve, sh.window.document(), *tickets);
        CHECK(dialog.refusal().contains(s("INC-4")));
        CHECK_FALSE(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // ...and the write refuses it whole.
        sh.panel()->resolveTickets(*tickets, s("fixed"), s("Cleared the queue"));
        REQUIRE(waitFor([&] { return finished; }));
        INFO(message.toStdString());
        CHECK(message.startsWith(s("Nothing was resolved")));
        CHECK(message.contains(s("INC-4")));
        CHECK(message.contains(s("Closed")));
        QMessageBox *box = sh.refusal("bulkRefused");
        REQUIRE(box);
        CHECK(box->text() == message);
        box->close();
        CHECK(versions(ids) == was);
        CHECK(load(path, s("INC-1")).state == s("in_progress"));
        CHECK(load(path, s("INC-2")).state == s("in_progress"));
        CHECK(load(path, s("INC-1")).fields.value(s("resolution_code")).isNull());
        CHECK(sh.stack()->count() == 0);
    }
    SECTION("a ticket someone changed after it was chosen")
    {
        const QStringList ids {s("INC-1"), s("INC-2"), s("INC-3")};
        sh.select(ids);
        auto tickets = sh.panel()->loadTickets(sh.panel()->selectedIds());
        REQUIRE(tickets.ok());
        bobUpdates(path, s("INC-2"), {{s("service"), s("Laptops")}});
        const QList<int> was = versions(ids);
        sh.panel()->assignTickets(*tickets, s("Network"), s("bob"));
        REQUIRE(waitFor([&] { return finished; }));
        INFO(message.toStdString());
        CHECK(message.contains(s("INC-2")));
        CHECK(message.contains(Bob));
        CHECK(versions(ids) == was);
        CHECK(load(path, s("INC-1")).fields.value(s("assignment_group")).toString() == s("Desk"));
        CHECK(sh.stack()->count() == 0);
    }
    SECTION("incidents in progress resolve together and reopen together")
    {
        const QStringList ids {s("INC-1"), s("INC-2")};
        sh.select(ids);
        auto tickets = sh.panel()->loadTickets(sh.panel()->selectedIds());
        REQUIRE(tickets.ok());
        sh.panel()->resolveTickets(*tickets, s("fixed"), s("Restarted the spooler"));
        REQUIRE(waitFor([&] { return finished; }));
        REQUIRE(message.isEmpty());
        for (const QString &id : ids) {
            const Record r = load(path, id);
            CHECK(r.state == s("resolved"));
            CHECK(r.fields.value(s("resolution_notes")).toString() == s("Restarted the spooler"));
        }
        CHECK(plain(sh.undoAction()).startsWith(s("Undo Resolve 2 Incident")));
        sh.undoAction()->trigger();
        REQUIRE(sh.settled());
        for (const QString &id : ids) {
            const Record r = load(path, id);
            CHECK(r.state == s("in_progress"));
            CHECK(r.fields.value(s("resolution_code")).isNull());
            CHECK(r.fields.value(s("reopen_count")).isNull());
        }
    }
}

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServicebenchTests"));
    QApplication::setApplicationName(QStringLiteral("ServicebenchUndoTests"));
    Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
