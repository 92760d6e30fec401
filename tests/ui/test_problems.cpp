// Problem management on the desktop, driven through its real widgets under
// QT_QPA_PLATFORM=offscreen: the problem dock's views, the root-cause analysis editor, the
// incidents behind a problem, and the known errors an incident's side pane offers.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "core/fixtures.h"

#include "clock.h"
#include "i18n.h"
#include "incidentpanel.h"
#include "mainwindow.h"
#include "problem/effectiveness.h"
#include "problem/rca.h"
#include "problemincidentsview.h"
#include "problempanel.h"
#include "rcaeditor.h"
#include "recordeditor.h"
#include "recordlistmodel.h"
#include "recordpanel.h"
#include "suggestionpane.h"
#include "tickettimeline.h"
#include "workbookdocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;

namespace {

const QString Title = QStringLiteral("title");

// A workbook written through the real write path, as scripts and the CLI write one.
struct Book
{
    QString path;
    std::unique_ptr<Workbook> wb;
    std::unique_ptr<RecordStore> store;

    explicit Book(TempDir &t)
        : path(t.file(QStringLiteral("problems.sbw")))
        , wb(newWorkbook(path))
        , store(std::make_unique<RecordStore>(*wb))
    { }
    qint64 make(const char *type, const QVariantMap &values)
    {
        auto r = store->create(QString::fromLatin1(type), values);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
        return r->id;
    }
    void move(qint64 id, const char *to, const QVariantMap &set = {})
    {
        auto r = store->transition(id, QString::fromLatin1(to), set);
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
    }
    void link(qint64 from, qint64 to, const char *kind)
    {
        const Error e = store->link(from, to, QString::fromLatin1(kind));
        INFO(e.fullText().toStdString());
        REQUIRE(e.isOk());
    }
    QString humanId(qint64 id) { return store->load(id)->humanId; }
    // Lets go of the file before the desktop opens it.
    void close()
    {
        store.reset();
        wb.reset();
    }
};

QVariant fieldOf(const QString &path, qint64 id, const QString &field)
{
    auto wb = openAs(path);
    RecordStore store(*wb);
    auto r = store.load(id);
    REQUIRE(r.ok());
    return field == QStringLiteral("version") ? QVariant(r->version) : r->value(field);
}

QList<LinkInfo> linksOf(const QString &path, qint64 id)
{
    auto wb = openAs(path);
    RecordStore store(*wb);
    auto r = store.links(id);
    REQUIRE(r.ok());
    return *r;
}

struct Shell
{
    MainWindow window;
    explicit Shell(const QString &path)
    {
        window.setUser(Admin);
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path));
    }
};

qint64 showView(ProblemPanel *panel, ProblemPanel::View view)
{
    QTabBar *bar = panel->viewBar();
    int tab = -1;
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabData(i).toInt() == int(view))
            tab = i;
    }
    REQUIRE(tab >= 0);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    REQUIRE(panel->currentView() == view);
    RecordListModel *m = panel->model();
    REQUIRE(waitFor([m] { return m->isIdle(); }));
    return m->totalCount();
}

QStringList titles(RecordListModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->data(m->index(r, 1)).toString();
    out.sort();
    return out;
}

QTreeWidgetItem *section(QTreeWidget *tree, const QString &startsWith)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(startsWith))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *childWithId(QTreeWidgetItem *parent, const QString &humanId)
{
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == humanId)
            return parent->child(i);
    }
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ServicebenchProblemTests"));
    QApplication::setApplicationName(QStringLiteral("ServicebenchProblemTests"));
    Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}

TEST_CASE("the problem dock's views narrow the list to what each is for")
{
    TempDir t;
    Book b(t);
    const QString manager = QStringLiteral("problem_manager");
    const QString other = QStringLiteral("x.other");
    b.make("person", {{Title, QStringLiteral("Xavier Other")}, {QStringLiteral("login"), other}});
    b.make("problem", {{Title, QStringLiteral("Mail queue stalls")}, {manager, Admin}});
    const qint64 vpn = b.make("problem",
                              {{Title, QStringLiteral("VPN drops")},
                               {manager, other},
                               {QStringLiteral("assignee"), Admin}});
    b.move(vpn, "under_investigation");
    const qint64 printer =
        b.make("problem",
               {{Title, QStringLiteral("Printer driver crash")},
                {manager, other},
                {QStringLiteral("workaround"), QStringLiteral("Use the older driver")}});
    b.move(printer, "known_error");
    // Resolved, then an incident linked to it after the fix: it recurred.
    const qint64 disk = b.make(
        "problem", {{Title, QStringLiteral("Build server disk fills up")}, {manager, other}});
    b.move(disk, "under_investigation");
    b.move(disk, "resolved", {{QStringLiteral("resolution"), QStringLiteral("Log rotation")}});
    QTest::qSleep(20); // opened after the fix, not in the same millisecond
    const qint64 again = b.make("incident", {{Title, QStringLiteral("Build server disk full")}});
    b.link(again, disk, "related_problem");
    auto marked = ProblemEffectiveness::markRecurrences(*b.store);
    INFO((marked.ok() ? QString() : marked.error().fullText()).toStdString());
    REQUIRE(marked.ok());
    const qint64 dropped =
        b.make("problem", {{Title, QStringLiteral("Duplicate of VPN drops")}, {manager, Admin}});
    b.move(dropped, "cancelled");
    const QString diskId = b.humanId(disk);
    b.close();

    Shell s(b.path);
    ProblemPanel *panel = s.window.problemsPanel();
    REQUIRE(panel);
    REQUIRE(s.window.showDock(QStringLiteral("problems")));
    CHECK(panel->objectName() == QStringLiteral("problemsDock"));
    RecordListModel *m = panel->model();
    using V = ProblemPanel::View;

    CHECK(showView(panel, V::All) == 5);
    CHECK(showView(panel, V::Open) == 4);
    CHECK_FALSE(titles(m).contains(QStringLiteral("Duplicate of VPN drops")));
    // Managed by the acting user, or assigned to them; open only.
    CHECK(showView(panel, V::Mine) == 2);
    CHECK(titles(m)
          == QStringList {QStringLiteral("Mail queue stalls"), QStringLiteral("VPN drops")});
    CHECK(showView(panel, V::KnownErrors) == 1);
    CHECK(titles(m) == QStringList {QStringLiteral("Printer driver crash")});
    CHECK(showView(panel, V::Recurred) == 1);
    CHECK(titles(m) == QStringList {QStringLiteral("Build server disk fills up")});

    // The problem opens in the dock beside the incidents.
    REQUIRE(s.window.showRecord(diskId));
    CHECK(panel->editor()->record().title == QStringLiteral("Build server disk fills up"));

    // A problem the user takes over shows up in "My problems" without a reload.
    CHECK(showView(panel, V::Mine) == 2);
    {
        auto wb = openAs(b.path);
        RecordStore store(*wb);
        REQUIRE(store.update(printer, {{manager, Admin}}).ok());
    }
    s.window.document()->refreshNow();
    REQUIRE(waitFor([&] { return m->isIdle() && m->totalCount() == 3; }));
}

TEST_CASE("the root-cause analysis is edited in its own tab, saved as one undoable change, and "
          "a known error follows")
{
    TempDir t;
    Book b(t);
    const qint64 id = b.make("problem",
                             {{Title, QStringLiteral("Mail relay stalls every Monday")},
                              {QStringLiteral("service"), QStringLiteral("Email")},
                              {QStringLiteral("category"), QStringLiteral("Email")},
                              {QStringLiteral("problem_manager"), Admin}});
    const QString humanId = b.humanId(id);
    b.close();

    Shell s(b.path);
    ProblemPanel *panel = s.window.problemsPanel();
    REQUIRE(s.window.showRecord(humanId));
    RecordEditor *editor = panel->editor();
    REQUIRE(editor->recordId() == id);
    RcaEditor *rca = editor->rcaEditor();
    auto *tabs = editor->findChild<QTabWidget *>();
    REQUIRE(tabs);
    // A problem opens on its analysis; the analysis is not in the main form.
    CHECK(tabs->currentWidget() == rca);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Root cause analysis"));
    for (const char *field :
         {"rca_method", "rca_chain", "contributing_factors", "root_cause", "workaround"})
        CHECK_FALSE(editor->findChild<QWidget *>(QStringLiteral("field_") + QLatin1String(field)));
    CHECK(editor->findChild<QWidget *>(QStringLiteral("field_service")));

    // The table's columns follow the method.
    QTableWidget *table = rca->table();
    auto *method = rca->findChild<QComboBox *>(QStringLiteral("rcaMethod"));
    REQUIRE(method);
    method->setCurrentIndex(method->findData(QStringLiteral("cause_effect")));
    CHECK_FALSE(table->isColumnHidden(0)); // category
    CHECK(table->isColumnHidden(1)); // when
    method->setCurrentIndex(method->findData(QStringLiteral("timeline")));
    CHECK(table->isColumnHidden(0));
    CHECK_FALSE(table->isColumnHidden(1));
    method->setCurrentIndex(method->findData(QStringLiteral("five_whys")));
    CHECK(table->isColumnHidden(0));
    CHECK(table->isColumnHidden(1));

    // Three answers to "why?", typed into the table; the second is the root cause.
    auto *add = rca->findChild<QPushButton *>(QStringLiteral("rcaAdd"));
    REQUIRE(add);
    const QStringList answers {QStringLiteral("The relay's queue is full on Monday mornings"),
                               QStringLiteral("The weekly report job mails every team at once"),
                               QStringLiteral("Nobody spread the job over the day")};
    for (const QString &a : answers) {
        // Adding opens the new entry for typing.
        QTest::mouseClick(add, Qt::LeftButton);
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(cell);
        QTest::keyClicks(cell, a);
        QTest::keyClick(cell, Qt::Key_Return);
        QTest::qWait(20); // the table takes the text in once the key is handled
    }
    REQUIRE(table->rowCount() == 3);
    CHECK(table->verticalHeaderItem(0)->text() == QStringLiteral("1. Why?"));
    table->item(1, 3)->setCheckState(Qt::Checked);
    table->item(2, 3)->setCheckState(Qt::Checked); // marking another moves the mark
    CHECK(table->item(1, 3)->checkState() == Qt::Unchecked);
    table->item(1, 3)->setCheckState(Qt::Checked);
    // Move the last answer up and back again.
    table->setCurrentCell(2, 2);
    QTest::mouseClick(rca->findChild<QPushButton *>(QStringLiteral("rcaUp")), Qt::LeftButton);
    CHECK(rca->entries().at(1).text == answers[2]);
    CHECK(rca->entries().at(2).root);
    QTest::mouseClick(rca->findChild<QPushButton *>(QStringLiteral("rcaDown")), Qt::LeftButton);
    CHECK(rca->entries().at(2).text == answers[2]);
    CHECK(rca->entries().at(1).root);

    auto *workaround = rca->findChild<QPlainTextEdit *>(QStringLiteral("rca_workaround"));
    REQUIRE(workaround);
    workaround->setFocus();
    QTest::keyClicks(workaround, QStringLiteral("Restart the mail relay after the report run"));
    CHECK(editor->isModified());
    const int steps = s.window.document()->undoStack()->count();
    QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveButton")),
                      Qt::LeftButton);
    REQUIRE(waitFor([&] { return !editor->isSaving() && !editor->isModified(); }));
    INFO(editor->message().toStdString());
    REQUIRE(editor->record().version == 2);

    // Stored as the core keeps it; the root cause taken from the marked entry.
    QList<RcaEntry> expected;
    for (const QString &a : answers)
        expected.append(RcaEntry {QString(), a, QString(), false});
    expected[1].root = true;
    CHECK(fieldOf(b.path, id, QStringLiteral("rca_chain")).toString()
          == RcaChain::serialize(expected));
    CHECK(fieldOf(b.path, id, QStringLiteral("rca_method")).toString()
          == QStringLiteral("five_whys"));
    CHECK(fieldOf(b.path, id, QStringLiteral("root_cause")).toString() == answers[1]);
    CHECK(fieldOf(b.path, id, QStringLiteral("workaround")).toString()
          == QStringLiteral("Restart the mail relay after the report run"));
    CHECK(s.window.document()->undoStack()->count() == steps + 1);
    // The form shows what was saved, the root cause the core filled in too.
    CHECK(rca->fieldText(QStringLiteral("root_cause")) == answers[1]);
    CHECK(rca->entries().size() == 3);

    // The core recorded a known error from it; the links tab shows it.
    qint64 knownError = 0;
    for (const LinkInfo &l : linksOf(b.path, id)) {
        if (l.kind == QStringLiteral("known_error_of"))
            knownError = l.otherId;
    }
    REQUIRE(knownError != 0);
    CHECK(fieldOf(b.path, knownError, QStringLiteral("workaround")).toString()
          == QStringLiteral("Restart the mail relay after the report run"));
    auto *links = editor->findChild<QTreeWidget *>(QStringLiteral("links"));
    REQUIRE(links);
    bool shown = false;
    for (int i = 0; i < links->topLevelItemCount(); ++i)
        shown = shown || links->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == knownError;
    CHECK(shown);

    // A chain the core refuses says why, and nothing is written.
    rca->addEntry(); // an entry without text
    CHECK(editor->isModified());
    editor->save();
    REQUIRE(waitFor([&] { return !editor->isSaving(); }));
    CHECK(editor->message().contains(QStringLiteral("Entry 4")));
    CHECK(fieldOf(b.path, id, QStringLiteral("version")).toInt() == 2);
    editor->revert();
    CHECK_FALSE(editor->isModified());
    CHECK(rca->entries().size() == 3);

    // Undo takes the whole analysis back.
    s.window.document()->undo();
    REQUIRE(waitFor([&] {
        return fieldOf(b.path, id, QStringLiteral("rca_chain")).isNull()
            || fieldOf(b.path, id, QStringLiteral("rca_chain")).toString().isEmpty();
    }));
    REQUIRE(waitFor([&] { return rca->entries().isEmpty(); }));
}

TEST_CASE("a resolved problem lists its incidents and says whether they came back after the fix")
{
    TempDir t;
    Book b(t);
    const qint64 problem = b.make("problem",
                                  {{Title, QStringLiteral("Badge readers reboot at night")},
                                   {QStringLiteral("category"), QStringLiteral("Access control")},
                                   {QStringLiteral("problem_manager"), Admin}});
    const qint64 first =
        b.make("incident", {{Title, QStringLiteral("Badge reader dead at door 3")}});
    const qint64 second =
        b.make("incident", {{Title, QStringLiteral("Badge reader reboots, door 5")}});
    b.link(first, problem, "related_problem");
    b.link(second, problem, "related_problem");
    b.move(problem, "under_investigation");
    b.move(problem, "resolved",
           {{QStringLiteral("resolution"), QStringLiteral("Firmware 2.4 on every reader")}});
    const QString problemId = b.humanId(problem);
    const QString firstId = b.humanId(first);
    b.close();

    Shell s(b.path);
    REQUIRE(s.window.showRecord(problemId));
    RecordEditor *editor = s.window.problemsPanel()->editor();
    QTreeWidget *incidents = editor->problemIncidents()->list();
    REQUIRE(incidents->topLevelItemCount() == 2);
    CHECK(incidents->topLevelItem(0)->text(0) == firstId);
    REQUIRE(waitFor([&] {
        return editor->problemIncidents()->outcomeText().startsWith(
            QStringLiteral("No recurrence"));
    }));

    // An incident linked after the fix is a recurrence.
    QString thirdId;
    {
        auto wb = openAs(b.path);
        RecordStore store(*wb);
        auto r = store.create(QStringLiteral("incident"),
                              {{Title, QStringLiteral("Badge reader at door 3 rebooted again")}});
        REQUIRE(r.ok());
        thirdId = r->humanId;
        REQUIRE(store.link(r->id, problem, QStringLiteral("related_problem")).isOk());
    }
    editor->revert(); // shows the problem afresh
    REQUIRE(waitFor([&] {
        return editor->problemIncidents()->outcomeText().startsWith(QStringLiteral("Recurred:"));
    }));
    CHECK(incidents->topLevelItemCount() == 3);
    CHECK(editor->problemIncidents()->outcomeText().contains(thirdId));

    // Double-click opens an incident.
    QSignalSpy opened(editor, &RecordEditor::openRequested);
    Q_EMIT incidents->itemActivated(incidents->topLevelItem(0), 0);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toLongLong() == first);
}

TEST_CASE("an incident's side pane offers the matching known error first, and applying its "
          "workaround links it and writes the work note")
{
    TempDir t;
    Book b(t);
    const qint64 knownError = b.make(
        "known_error",
        {{Title, QStringLiteral("Outlook hangs when the mailbox is over quota")},
         {QStringLiteral("symptom"), QStringLiteral("Outlook freezes while sending; mailbox full")},
         {QStringLiteral("root_cause"), QStringLiteral("Quota check blocks the send queue")},
         {QStringLiteral("workaround"), QStringLiteral("Archive old mail, then restart Outlook")},
         {QStringLiteral("service"), QStringLiteral("Email")},
         {QStringLiteral("category"), QStringLiteral("Email")}});
    b.make("known_error",
           {{Title, QStringLiteral("Printer queue stuck after driver update")},
            {QStringLiteral("workaround"), QStringLiteral("Roll the driver back")},
            {QStringLiteral("service"), QStringLiteral("Printing")}});
    const qint64 incident =
        b.make("incident",
               {{Title, QStringLiteral("Outlook hangs when sending")},
                {QStringLiteral("description"),
                 QStringLiteral("The mailbox is over quota and Outlook freezes")},
                {QStringLiteral("service"), QStringLiteral("Email")}});
    const QString keId = b.humanId(knownError);
    const QString incidentId = b.humanId(incident);
    b.close();

    Shell s(b.path);
    REQUIRE(s.window.showRecord(incidentId));
    IncidentPanel *panel = s.window.incidentsPanel();
    RecordEditor *editor = panel->editor();
    REQUIRE(editor->recordId() == incident);
    auto *tabs = editor->findChild<QTabWidget *>();
    QTreeWidget *pane = editor->suggestionPane();
    CHECK(tabs->isTabVisible(tabs->indexOf(pane)));
    tabs->setCurrentWidget(pane);
    REQUIRE(waitFor(
        [&] { return !editor->suggestionPane()->isBusy() && pane->topLevelItemCount() > 0; }));

    // Known errors and articles come first, the matching one in them, its workaround visible.
    QTreeWidgetItem *known = pane->topLevelItem(0);
    CHECK(known->text(0).startsWith(QStringLiteral("Known errors and articles")));
    QTreeWidgetItem *offered = childWithId(known, keId);
    REQUIRE(offered);
    CHECK(known->indexOfChild(offered) == 0);
    CHECK(offered->text(2) == QStringLiteral("Known error"));
    CHECK(tabs->tabText(tabs->indexOf(pane)).startsWith(QStringLiteral("Known errors (")));
    REQUIRE(offered->childCount() == 1);
    QWidget *row = pane->itemWidget(offered->child(0), 0);
    REQUIRE(row);
    auto *text = row->findChild<QLabel *>(QStringLiteral("workaroundText"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("Archive old mail, then restart Outlook")));
    CHECK(section(pane, QStringLiteral("Similar records")));

    auto *apply = row->findChild<QPushButton *>(QStringLiteral("applyWorkaround"));
    REQUIRE(apply);
    REQUIRE(apply->isEnabled());
    auto *timeline = editor->findChild<TicketTimeline *>();
    const int events = timeline->eventCount();
    QTest::mouseClick(apply, Qt::LeftButton);
    REQUIRE(waitFor([&] {
        for (const LinkInfo &l : linksOf(b.path, incident)) {
            if (l.kind == QStringLiteral("applies_known_error") && l.otherId == knownError)
                return true;
        }
        return false;
    }));
    {
        auto wb = openAs(b.path);
        RecordStore store(*wb);
        auto notes = store.notes(incident);
        REQUIRE(notes.ok());
        REQUIRE_FALSE(notes->isEmpty());
        CHECK(
            notes->last().body.contains(QStringLiteral("Archive old mail, then restart Outlook")));
        CHECK_FALSE(notes->last().customerVisible);
    }
    // The editor shows it: the link, the note on the timeline, and the known error no longer
    // offered to an incident it is applied to.
    REQUIRE(waitFor([&] { return editor->message().startsWith(QStringLiteral("Applied")); }));
    REQUIRE(waitFor([&] { return timeline->eventCount() > events; }));
    auto *shownEvents = timeline->findChild<QTextBrowser *>(QStringLiteral("timeline"));
    CHECK(shownEvents->toPlainText().contains(QStringLiteral("Archive old mail")));
    auto *links = editor->findChild<QTreeWidget *>(QStringLiteral("links"));
    bool linked = false;
    for (int i = 0; i < links->topLevelItemCount(); ++i)
        linked = linked || links->topLevelItem(i)->text(1) == keId;
    CHECK(linked);
    REQUIRE(waitFor([&] { return !editor->suggestionPane()->isBusy(); }));
    CHECK_FALSE(childWithId(pane->topLevelItem(0), keId));

    // An incident being typed meets the known error before it is saved; applying waits for
    // the save.
    panel->newRecord();
    REQUIRE(editor->recordId() == 0);
    CHECK(tabs->currentWidget() == pane);
    REQUIRE(editor->setFieldText(Title, QStringLiteral("Outlook freezes, mailbox over quota")));
    REQUIRE(waitFor([&] {
        return !editor->suggestionPane()->isBusy() && childWithId(pane->topLevelItem(0), keId);
    }));
    QTreeWidgetItem *early = childWithId(pane->topLevelItem(0), keId);
    QWidget *earlyRow = pane->itemWidget(early->child(0), 0);
    REQUIRE(earlyRow);
    CHECK_FALSE(earlyRow->findChild<QPushButton *>(QStringLiteral("applyWorkaround"))->isEnabled());
    editor->revert();
}

TEST_CASE("a problem escalates from its editor, to another group")
{
    TempDir t;
    Book b(t);
    b.make("work_group", {{Title, QStringLiteral("Network Operations")}});
    b.make("work_group", {{Title, QStringLiteral("Vendor Management")}});
    const qint64 id =
        b.make("problem",
               {{Title, QStringLiteral("Firewall drops long-lived sessions")},
                {QStringLiteral("assignment_group"), QStringLiteral("Network Operations")},
                {QStringLiteral("problem_manager"), Admin}});
    const QString humanId = b.humanId(id);
    b.close();

    Shell s(b.path);
    REQUIRE(s.window.showRecord(humanId));
    RecordEditor *editor = s.window.problemsPanel()->editor();
    auto *escalate = editor->findChild<QPushButton *>(QStringLiteral("escalateProblem"));
    REQUIRE(escalate);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // A problem has no major incident manager to go up to.
        bool majorOffered = false;
        for (QRadioButton *r : dialog->findChildren<QRadioButton *>())
            majorOffered =
                majorOffered || (r->isVisible() && r->text().contains(QStringLiteral("major")));
        CHECK_FALSE(majorOffered);
        dialog->findChild<QComboBox *>(QStringLiteral("escalateGroup"))
            ->setEditText(QStringLiteral("Vendor Management"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("escalateReason")),
                         QStringLiteral("The fix needs the firewall vendor"));
        dialog->accept();
    });
    QTest::mouseClick(escalate, Qt::LeftButton);
    REQUIRE(waitFor([&] {
        return fieldOf(b.path, id, QStringLiteral("assignment_group")).toString()
            == QStringLiteral("Vendor Management");
    }));
    CHECK(fieldOf(b.path, id, QStringLiteral("escalation_count")).toInt() == 1);
    REQUIRE(waitFor([&] {
        return editor->fieldText(QStringLiteral("assignment_group"))
            == QStringLiteral("Vendor Management");
    }));
    CHECK(editor->message().contains(QStringLiteral("Vendor Management")));
}
