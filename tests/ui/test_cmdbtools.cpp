// Baselines and CMDB audits on the desktop, driven through their real widgets under
// QT_QPA_PLATFORM=offscreen: a baseline taken from the dialog, a CI changed in the editor and
// the change found in the comparison; an audit run from the CI dock with an inventory and a
// mapping written here, its record and findings, and a finding followed up as a task.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "ui/cmdbuitest.h"

#include "baselinedialog.h"
#include "baselinediffview.h"
#include "cipanel.h"
#include "cmdbauditdialog.h"
#include "cmdbfindingsview.h"
#include "i18n.h"
#include "mainwindow.h"
#include "recordeditor.h"
#include "recordlistmodel.h"
#include "workbookdocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;
using namespace Qt::StringLiterals;

namespace {

// Its CIs are live, as an audit expects what it finds to be.
struct Book : CmdbBook
{
    explicit Book(TempDir &t)
        : CmdbBook(t, u"tools.sbw"_s)
    { }
    qint64 ci(const QString &name, const QString &type, const QVariantMap &more = {})
    {
        const qint64 id = CmdbBook::ci(name, type, more);
        move(id, u"live"_s);
        return id;
    }
};

using Shell = CmdbShell;

// Runs `fill` on the modal dialog `trigger` opens, once it is up; returns when the dialog has
// closed. The dialog is looked for by type, so that a wrong one fails the test.
template<typename Dialog>
bool withModal(const std::function<void()> &trigger, const std::function<void(Dialog *)> &fill)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *d = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        seen = true;
        fill(d);
    });
    trigger();
    return seen;
}

void click(QAbstractButton *button)
{
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QDialogButtonBox *buttonsOf(QDialog *d)
{
    auto *box = d->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    return box;
}

void doubleClick(QTreeWidget *tree, QTreeWidgetItem *item, int column = 0)
{
    // Current in that column: scrolled into view, also sideways.
    tree->setCurrentItem(item, column);
    const QRect r = tree->visualItemRect(item);
    const QPoint at(tree->header()->sectionViewportPosition(column)
                        + tree->header()->sectionSize(column) / 2,
                    r.center().y());
    QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
}

QStringList childTexts(QTreeWidgetItem *item, int column)
{
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i)
        out << item->child(i)->text(column);
    return out;
}

QTreeWidgetItem *childStartingWith(QTreeWidgetItem *item, const QString &text)
{
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->text(0).startsWith(text))
            return item->child(i);
    }
    return nullptr;
}

QString writeFile(TempDir &t, const QString &name, const QByteArray &content)
{
    const QString path = t.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ServicebenchCmdbToolsTests"_s);
    QApplication::setApplicationName(u"ServicebenchCmdbToolsTests"_s);
    QSettings().clear();
    Translations::install(u"en"_s);
    return Catch::Session().run(argc, argv);
}

TEST_CASE("baselines: taken from the dialog, compared with now and with each other")
{
    TempDir t;
    Book b(t);
    auto svc = b.store->create(u"service"_s, {{u"title"_s, u"Payroll"_s}});
    REQUIRE(svc.ok());
    const qint64 app = b.ci(u"payroll-app"_s, u"application"_s);
    const qint64 host = b.ci(u"esx-9"_s, u"physical_server"_s,
                             {{u"attributes"_s, u"{\"operating_system\":\"Debian 12\"}"_s}});
    b.ci(u"printer-4"_s, u"end_user_device"_s);
    b.link(app, svc->id, u"part_of"_s);
    b.link(app, host, u"runs_on"_s);
    b.close();

    Shell s(b.path);
    CiPanel *panel = s.window.ciPanel();
    REQUIRE(panel->baselineDialog() == nullptr);
    click(panel->findChild<QToolButton *>(u"ciBaselines"_s));
    BaselineDialog *dialog = panel->baselineDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    CHECK(dialog->list()->topLevelItemCount() == 0);
    CHECK(dialog->message().contains(u"No baseline"_s));

    // Take one of everything through the form.
    auto *take = dialog->findChild<QPushButton *>(u"takeBaseline"_s);
    const bool took =
        withModal<QDialog>([&] { click(take); },
                           [&](QDialog *form) {
                               auto *name = form->findChild<QLineEdit *>(u"baselineName"_s);
                               REQUIRE(name);
                               QTest::keyClicks(name, u"Before release 7"_s);
                               auto *scope = form->findChild<QComboBox *>(u"baselineScope"_s);
                               REQUIRE(scope);
                               CHECK(scope->count() == 2); // everything, and the one service
                               CHECK(scope->currentIndex() == 0);
                               click(buttonsOf(form)->button(QDialogButtonBox::Ok));
                           });
    REQUIRE(took);
    REQUIRE(waitFor([&] { return !dialog->isBusy() && dialog->list()->topLevelItemCount() == 1; }));
    QTreeWidgetItem *first = dialog->list()->topLevelItem(0);
    CHECK(first->text(0) == u"Before release 7"_s);
    CHECK(first->text(1) == u"Everything"_s);
    CHECK(first->text(3) == Admin);
    CHECK(first->text(4) == u"3"_s);
    CHECK(first->text(5) == u"2"_s);
    CHECK(dialog->message().contains(u"taken"_s));

    // The same name again is refused; the form stays open with the reason.
    QString refusal;
    withModal<QDialog>([&] { click(take); },
                       [&](QDialog *form) {
                           QTest::keyClicks(form->findChild<QLineEdit *>(u"baselineName"_s),
                                            u"before RELEASE 7"_s);
                           click(buttonsOf(form)->button(QDialogButtonBox::Ok));
                           auto *message = form->findChild<QLabel *>(u"takeBaselineMessage"_s);
                           REQUIRE(message);
                           REQUIRE(waitFor([&] { return message->isVisible(); }));
                           refusal = message->text();
                           CHECK(form->isVisible());
                           click(buttonsOf(form)->button(QDialogButtonBox::Cancel));
                       });
    CHECK(refusal.contains(u"already a baseline"_s));
    CHECK(dialog->list()->topLevelItemCount() == 1);

    // Change the host in the CI editor: its operating system and location.
    panel->showRecord(host, u"ci"_s);
    RecordEditor *editor = panel->editor();
    REQUIRE(editor->recordId() == host);
    REQUIRE(editor->setFieldText(u"attributes.operating_system"_s, u"Debian 13"_s));
    REQUIRE(editor->setFieldText(u"location"_s, u"DC2"_s));
    editor->save();
    REQUIRE(waitFor([&] { return !editor->isSaving() && !editor->isModified(); }));
    editor->clear();

    // Compare with now through the form (now is the default).
    auto *compare = dialog->findChild<QPushButton *>(u"compareBaselines"_s);
    const bool compared = withModal<QDialog>(
        [&] { click(compare); },
        [&](QDialog *form) {
            auto *now = form->findChild<QRadioButton *>(u"compareWithNow"_s);
            REQUIRE(now);
            CHECK(now->isChecked());
            // One baseline only: nothing else to compare with.
            CHECK_FALSE(form->findChild<QRadioButton *>(u"compareWithBaseline"_s)->isEnabled());
            click(buttonsOf(form)->button(QDialogButtonBox::Ok));
        });
    REQUIRE(compared);
    BaselineDiffView *diff = dialog->diffView();
    REQUIRE(waitFor([&] { return !dialog->isBusy() && diff->hasDiff(); }));
    CHECK(dialog->message().isEmpty());
    CHECK(diff->summary().contains(u"compared with the CMDB as it is now"_s));
    QTreeWidgetItem *changed = diff->groupItem(BaselineDiffView::Changed);
    REQUIRE(changed);
    CHECK(changed->text(0) == u"CIs changed (1)"_s);
    CHECK(diff->groupItem(BaselineDiffView::Added)->text(0) == u"CIs added (0)"_s);
    REQUIRE(changed->childCount() == 1);
    QTreeWidgetItem *esx = changed->child(0);
    CHECK(esx->text(0).endsWith(u"esx-9"_s));
    CHECK(esx->text(1) == u"Physical server"_s);
    // Attributes as the CI type labels them; fields by their labels.
    QTreeWidgetItem *os = childStartingWith(esx, u"Operating system"_s);
    REQUIRE(os);
    CHECK(os->text(2) == u"Debian 12"_s);
    CHECK(os->text(3) == u"Debian 13"_s);
    QTreeWidgetItem *location = childStartingWith(esx, u"Location"_s);
    REQUIRE(location);
    CHECK(location->text(2).isEmpty());
    CHECK(location->text(3) == u"DC2"_s);

    // A double-click opens the CI in the dock.
    diff->tree()->expandAll();
    doubleClick(diff->tree(), os);
    REQUIRE(waitFor([&] { return editor->recordId() == host; }));
    CHECK(panel->currentType() == u"ci"_s);

    // The difference as CSV.
    const QString csvPath = t.file(u"diff.csv"_s);
    REQUIRE(diff->exportCsv(csvPath).isOk());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(
        u"Change,ID,Name,CI type,Field,Before,After,Relationship,To ID,To name\r\n"_s));
    CHECK(text.contains(u"CI changed,CI-2,esx-9,Physical server,Operating system,Debian 12,"
                        "Debian 13"_s));

    // A second baseline of the service's tree only, after the host was retired and a CI was
    // added; then the two baselines compared.
    {
        auto wb = openAs(b.path);
        RecordStore store(*wb);
        auto added =
            store.create(u"ci"_s, {{u"title"_s, u"payroll-db"_s}, {u"ci_type"_s, u"database"_s}});
        REQUIRE(added.ok());
        REQUIRE(store.link(app, added->id, u"depends_on"_s).isOk());
    }
    dialog->takeBaseline(u"Payroll after"_s, u"The database is in"_s, svc->id);
    REQUIRE(waitFor([&] { return !dialog->isBusy() && dialog->list()->topLevelItemCount() == 2; }));
    QTreeWidgetItem *scoped = dialog->list()->topLevelItem(0);
    CHECK(scoped->text(0) == u"Payroll after"_s);
    CHECK(scoped->text(1).contains(u"Payroll"_s));
    CHECK(scoped->text(4) == u"3"_s); // the app, its host and the database
    withModal<QDialog>(
        [&] { click(compare); },
        [&](QDialog *form) {
            // From the older one to the newer one.
            auto *from = form->findChild<QComboBox *>(u"compareFrom"_s);
            from->setCurrentIndex(from->findText(u"Before release 7"_s, Qt::MatchStartsWith));
            form->findChild<QRadioButton *>(u"compareWithBaseline"_s)->setChecked(true);
            auto *to = form->findChild<QComboBox *>(u"compareTo"_s);
            to->setCurrentIndex(to->findText(u"Payroll after"_s, Qt::MatchStartsWith));
            click(buttonsOf(form)->button(QDialogButtonBox::Ok));
        });
    REQUIRE(waitFor([&] { return !dialog->isBusy() && diff->diff().to.has_value(); }));
    CHECK(diff->summary().contains(u"compared with baseline \"Payroll after\""_s));
    CHECK(childTexts(diff->groupItem(BaselineDiffView::Added), 0)
          == QStringList {u"CI-4  payroll-db"_s});
    // The service's tree leaves the printer out.
    CHECK(childTexts(diff->groupItem(BaselineDiffView::Removed), 0)
          == QStringList {u"CI-3  printer-4"_s});
    CHECK(childTexts(diff->groupItem(BaselineDiffView::RelationsAdded), 0)
          == QStringList {u"CI-1 payroll-app depends on CI-4 payroll-db"_s});
    dialog->close();
    REQUIRE(waitFor([&] { return panel->baselineDialog() == nullptr; }));
}

TEST_CASE("baselines: a read-only workbook refuses a new one and says why")
{
    TempDir t;
    Book b(t);
    b.ci(u"esx-1"_s, u"physical_server"_s);
    b.close();
    Shell s(b.path);
    s.window.closeWorkbook();
    REQUIRE(s.window.openWorkbook(b.path, true));
    QAction *action = s.window.findChild<QAction *>(u"baselinesAction"_s);
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    CHECK_FALSE(s.window.findChild<QAction *>(u"cmdbAuditAction"_s)->isEnabled());
    action->trigger();
    BaselineDialog *dialog = s.window.ciPanel()->baselineDialog();
    REQUIRE(dialog);
    QString failure;
    QObject::connect(dialog, &BaselineDialog::takeFailed, dialog,
                     [&](const QString &m) { failure = m; });
    dialog->takeBaseline(u"Not allowed"_s, {}, 0);
    REQUIRE(waitFor([&] { return !failure.isEmpty(); }));
    CHECK(failure.contains(u"read-only"_s));
    CHECK(dialog->message().contains(u"read-only"_s));
    CHECK(dialog->list()->topLevelItemCount() == 0);
}

TEST_CASE("CMDB audits: run from the dock, findings shown, one followed up as a task")
{
    TempDir t;
    Book b(t);
    const qint64 web =
        b.ci(u"web-01"_s, u"virtual_server"_s,
             {{u"attributes"_s, u"{\"operating_system\":\"Debian 12\",\"memory_gb\":8}"_s}});
    const qint64 sw = b.ci(u"sw-core"_s, u"network_device"_s, {{u"location"_s, u"DC1"_s}});
    const qint64 db = b.ci(u"db-01"_s, u"physical_server"_s);
    b.close();
    Q_UNUSED(web);
    Q_UNUSED(sw);

    const QString inventory = writeFile(t, u"scan.csv"_s,
                                        "Host name;Class;Operating system;Memory GB;Site\n"
                                        "web-01;VM;Debian 11;8.0;n/a\n"
                                        "SW-CORE;Switch;;;DC2\n"
                                        "new-07;Server;Debian 12;64;DC1\n");
    const QString mapping = writeFile(t, u"mapping.json"_s, R"({
        "separator": "auto",
        "name": "Host name",
        "typeColumn": "Class",
        "typeMap": {"Server": "physical_server", "VM": "virtual_server",
                    "Switch": "network_device"},
        "types": ["physical_server", "virtual_server", "network_device"],
        "compare": {"Operating system": "attributes.operating_system",
                    "Memory GB": "attributes.memory_gb", "Site": "location"},
        "missing": ["n/a"]
    })");
    const QString badMapping =
        writeFile(t, u"bad.json"_s, R"({"name": "Hostname", "type": "physical_server"})");

    Shell s(b.path);
    CiPanel *panel = s.window.ciPanel();
    {
        // The example the dialog offers is a mapping this workbook accepts.
        auto wb = openAs(b.path);
        Result<CmdbInventoryMapping> example =
            CmdbInventoryMapping::fromFile(*wb, CmdbAuditDialog::exampleMappingPath());
        INFO((example.ok() ? QString() : example.error().fullText()).toStdString());
        CHECK(example.ok());
    }

    // A mapping naming a column the inventory lacks: refused, the dialog stays, nothing written.
    QString refusal;
    const bool ran = withModal<CmdbAuditDialog>(
        [&] { s.window.findChild<QAction *>(u"cmdbAuditAction"_s)->trigger(); },
        [&](CmdbAuditDialog *d) {
            d->setInventoryPath(inventory);
            d->setMappingPath(badMapping);
            click(d->findChild<QPushButton *>(u"runAudit"_s));
            REQUIRE(waitFor([&] { return !d->isBusy(); }));
            refusal = d->message();
            CHECK(d->isVisible());
            click(buttonsOf(d)->button(QDialogButtonBox::Cancel));
        });
    REQUIRE(ran);
    CHECK(refusal.contains(u"no column \"Hostname\""_s));
    CHECK(RawSql(b.path).scalar(u"SELECT count(*) FROM record WHERE type = 'ci_audit'"_s)
          == u"0"_s);

    // The real run, from the button in the dock's header.
    withModal<CmdbAuditDialog>([&] { click(panel->findChild<QToolButton *>(u"runCmdbAudit"_s)); },
                               [&](CmdbAuditDialog *d) {
                                   d->setInventoryPath(inventory);
                                   d->setMappingPath(mapping);
                                   click(d->findChild<QPushButton *>(u"runAudit"_s));
                               });
    // The dock shows the new record on its audits tab, opened on its findings.
    REQUIRE(panel->currentType() == u"ci_audit"_s);
    RecordEditor *editor = panel->editor();
    REQUIRE(editor->record().type == u"ci_audit"_s);
    CHECK(editor->record().humanId == u"CIA-1"_s);
    const qint64 audit = editor->recordId();
    CHECK(editor->fieldText(u"rows_read"_s) == u"3"_s);
    CHECK(editor->fieldText(u"matched"_s) == u"2"_s);
    CHECK_FALSE(panel->viewBar()->isVisible());
    CHECK_FALSE(panel->typeFilter()->isVisible());
    REQUIRE(waitFor([&] { return panel->model()->isIdle() && panel->model()->rowCount() == 1; }));

    CmdbFindingsView *findings = editor->cmdbFindings();
    REQUIRE(findings);
    REQUIRE(waitFor([&] { return !findings->isBusy() && findings->findings().size() == 4; }));
    CHECK(findings->isVisible());
    QTreeWidget *tree = findings->tree();
    REQUIRE(tree->topLevelItemCount() == 3);
    CHECK(tree->topLevelItem(0)->text(0) == u"Missing (1)"_s);
    CHECK(tree->topLevelItem(1)->text(0) == u"Not registered (1)"_s);
    CHECK(tree->topLevelItem(2)->text(0) == u"Values that differ (2)"_s);
    CHECK(childTexts(tree->topLevelItem(0), 0) == QStringList {u"CI-3  db-01"_s});
    QTreeWidgetItem *unregistered = tree->topLevelItem(1)->child(0);
    CHECK(unregistered->text(CmdbFindingsView::CiColumn) == u"new-07"_s);
    CHECK(unregistered->text(CmdbFindingsView::TypeColumn) == u"Physical server"_s);
    CHECK(unregistered->text(CmdbFindingsView::LineColumn) == u"4"_s);
    QTreeWidgetItem *os = tree->topLevelItem(2)->child(0);
    CHECK(os->text(CmdbFindingsView::CiColumn) == u"CI-1  web-01"_s);
    CHECK(os->text(CmdbFindingsView::FieldColumn) == u"Operating system"_s);
    CHECK(os->text(CmdbFindingsView::CmdbColumn) == u"Debian 12"_s);
    CHECK(os->text(CmdbFindingsView::FoundColumn) == u"Debian 11"_s);
    CHECK(os->text(CmdbFindingsView::LineColumn) == u"2"_s);
    QTreeWidgetItem *site = tree->topLevelItem(2)->child(1);
    CHECK(site->text(CmdbFindingsView::CiColumn) == u"CI-2  sw-core"_s);
    CHECK(site->text(CmdbFindingsView::FieldColumn) == u"Location"_s);
    CHECK(site->text(CmdbFindingsView::FoundColumn) == u"DC2"_s);

    // Follow up the missing server as a task: its ID shows in the row.
    qint64 missing = 0;
    for (const CmdbAuditFinding &f : findings->findings()) {
        if (f.kind == CmdbAuditFinding::Kind::Missing)
            missing = f.id;
    }
    REQUIRE(missing != 0);
    CHECK_FALSE(findings->followUpButton()->isEnabled());
    REQUIRE(findings->selectFinding(missing));
    click(findings->followUpButton());
    REQUIRE(waitFor([&] {
        QTreeWidgetItem *item = findings->itemFor(missing);
        return !findings->isBusy() && item
            && item->text(CmdbFindingsView::FollowUpColumn).startsWith(u"TSK-"_s);
    }));
    CHECK(findings->message().contains(u"follows up"_s));
    // Followed up once only: the button is off for it now.
    CHECK(findings->selectedFinding() == missing);
    CHECK_FALSE(findings->followUpButton()->isEnabled());
    const QString taskId = findings->itemFor(missing)->text(CmdbFindingsView::FollowUpColumn);
    {
        auto wb = openAs(b.path);
        RecordStore store(*wb);
        Result<qint64> task = store.resolve(taskId);
        REQUIRE(task.ok());
        Result<Record> rec = store.load(*task);
        REQUIRE(rec.ok());
        CHECK(rec->type == u"task"_s);
        CHECK(rec->title.contains(u"db-01"_s));
        Result<QList<LinkInfo>> links = store.links(*task);
        REQUIRE(links.ok());
        QStringList ends;
        for (const LinkInfo &l : *links)
            ends << l.otherHumanId;
        ends.sort();
        CHECK(ends == QStringList {u"CI-3"_s, u"CIA-1"_s});
    }

    // A double-click on the follow-up opens the task; elsewhere in the row, the CI.
    doubleClick(tree, findings->itemFor(missing), CmdbFindingsView::FollowUpColumn);
    REQUIRE(waitFor([&] { return editor->record().humanId == taskId; }));
    panel->showRecord(audit, u"ci_audit"_s);
    REQUIRE(waitFor([&] { return !findings->isBusy() && findings->findings().size() == 4; }));
    doubleClick(tree, findings->itemFor(missing), CmdbFindingsView::CiColumn);
    REQUIRE(waitFor([&] { return editor->recordId() == db; }));
    CHECK(panel->currentType() == u"ci"_s);
    CHECK(panel->viewBar()->isVisible());
}
