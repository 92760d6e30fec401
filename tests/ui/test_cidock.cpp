// The CMDB on the desktop, driven through its real widgets under QT_QPA_PLATFORM=offscreen:
// the CI dock's views and type columns, the CI editor's type-dependent attributes, its
// relationships and impact tabs, the per-attribute history, and the CI types admin page.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "ui/cmdbuitest.h"

#include "admindialog.h"
#include "ciattributeseditor.h"
#include "ciimpactview.h"
#include "cilistmodel.h"
#include "cipanel.h"
#include "cirelationsview.h"
#include "citypespage.h"
#include "cmdb/citypes.h"
#include "i18n.h"
#include "mainwindow.h"
#include "recordeditor.h"
#include "relationtypespage.h"
#include "workbookdocument.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;
using namespace Qt::StringLiterals;

namespace {

using Book = CmdbBook;
using Shell = CmdbShell;

Record load(const QString &path, qint64 id)
{
    auto wb = openAs(path);
    RecordStore store(*wb);
    auto r = store.load(id);
    REQUIRE(r.ok());
    return *r;
}

void showView(CiPanel *panel, CiPanel::View view)
{
    QTabBar *bar = panel->viewBar();
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabData(i).toInt() == int(view))
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
    }
    REQUIRE(panel->currentView() == view);
    RecordListModel *m = panel->model();
    REQUIRE(waitFor([m] { return m->isIdle(); }));
}

QStringList column(RecordListModel *m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->data(m->index(r, c)).toString();
    out.sort();
    return out;
}

QStringList headers(RecordListModel *m)
{
    QStringList out;
    for (int c = 0; c < m->columnCount(); ++c)
        out << m->headerData(c, Qt::Horizontal).toString();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ServicebenchCmdbTests"_s);
    QApplication::setApplicationName(u"ServicebenchCmdbTests"_s);
    Translations::install(u"en"_s);
    return Catch::Session().run(argc, argv);
}

TEST_CASE("the CI dock's views and a type's attribute columns")
{
    TempDir t;
    Book b(t);
    const qint64 srv =
        b.ci(u"srv-01"_s, u"physical_server"_s,
             {{u"attributes"_s, u"{\"operating_system\":\"Debian 12\",\"cpu_cores\":16}"_s}});
    b.move(srv, u"live"_s);
    b.ci(u"srv-02"_s, u"physical_server"_s);
    const qint64 old = b.ci(u"srv-old"_s, u"physical_server"_s);
    b.move(old, u"retired"_s);
    const qint64 lic = b.ci(u"Office seats"_s, u"licence"_s, {{u"licence_entitlements"_s, 1}});
    const qint64 pc1 =
        b.ci(u"pc-1"_s, u"end_user_device"_s, {{u"warranty_end"_s, u"2000-01-31"_s}});
    const qint64 pc2 =
        b.ci(u"pc-2"_s, u"end_user_device"_s, {{u"warranty_end"_s, u"2999-01-31"_s}});
    b.link(pc1, lic, u"licensed_by"_s);
    b.link(pc2, lic, u"licensed_by"_s);
    b.close();

    Shell s(b.path);
    CiPanel *panel = s.window.ciPanel();
    showView(panel, CiPanel::View::InUse);
    CHECK(column(panel->model(), 1) == QStringList {u"srv-01"_s});
    showView(panel, CiPanel::View::Retired);
    CHECK(column(panel->model(), 1) == QStringList {u"srv-old"_s});
    showView(panel, CiPanel::View::All);
    CHECK(panel->model()->totalCount() == 6);
    // The type column shows the type's name.
    CHECK(column(panel->model(), 2).contains(u"Physical server"_s));

    // One type: its attributes become columns.
    panel->setCiType(u"physical_server"_s);
    REQUIRE(waitFor([&] { return panel->model()->isIdle(); }));
    CHECK(panel->model()->totalCount() == 3);
    const QStringList h = headers(panel->model());
    CHECK(h.contains(u"Operating system"_s));
    CHECK(h.contains(u"CPU cores"_s));
    const int os = int(h.indexOf(u"Operating system"_s));
    CHECK(column(panel->model(), os).contains(u"Debian 12"_s));

    // Licences: installations against entitlements, over-use marked.
    panel->setCiType({});
    showView(panel, CiPanel::View::Licences);
    REQUIRE(panel->model()->totalCount() == 1);
    const int installs = int(headers(panel->model()).indexOf(u"Installations"_s));
    REQUIRE(installs > 0);
    REQUIRE(waitFor([&] {
        return panel->model()->data(panel->model()->index(0, installs)).toString() == u"2"_s;
    }));
    CHECK(panel->model()->data(panel->model()->index(0, installs), Qt::ForegroundRole).isValid());

    // Warranties ending: the ended one, not the far one.
    showView(panel, CiPanel::View::Warranties);
    CHECK(column(panel->model(), 1) == QStringList {u"pc-1"_s});
}

TEST_CASE("the CI editor: type-dependent attributes, saved in one step, history per attribute")
{
    TempDir t;
    Book b(t);
    b.close();
    Shell s(b.path);
    CiPanel *panel = s.window.ciPanel();
    RecordEditor *editor = panel->editor();
    panel->setCiType(u"physical_server"_s);
    panel->newRecord();
    REQUIRE(editor->ciDetails());
    CHECK(editor->fieldText(u"ci_type"_s) == u"physical_server"_s);
    REQUIRE(editor->setFieldText(u"title"_s, u"db-host-7"_s));
    REQUIRE(editor->setFieldText(u"attributes.operating_system"_s, u"Debian 12"_s));
    REQUIRE(editor->setFieldText(u"attributes.cpu_cores"_s, u"32"_s));
    // Changing the type keeps what both types share and drops the others' fields.
    REQUIRE(editor->setFieldText(u"ci_type"_s, u"virtual_server"_s));
    CHECK(editor->fieldText(u"attributes.operating_system"_s) == u"Debian 12"_s);
    REQUIRE(editor->setFieldText(u"ci_type"_s, u"physical_server"_s));
    CHECK(editor->fieldText(u"attributes.cpu_cores"_s) == u"32"_s);
    editor->save();
    REQUIRE(waitFor([&] { return editor->recordId() != 0 && !editor->isSaving(); }));
    const qint64 id = editor->recordId();
    const Record saved = load(b.path, id);
    CHECK(saved.fields.value(u"attributes"_s).toString()
          == u"{\"cpu_cores\":32,\"operating_system\":\"Debian 12\"}"_s);

    // A bad number is refused by the write path with its message; nothing is lost.
    REQUIRE(editor->setFieldText(u"attributes.cpu_cores"_s, u"lots"_s));
    editor->save();
    REQUIRE(waitFor([&] { return !editor->isSaving() && !editor->message().isEmpty(); }));
    CHECK(editor->message().contains(u"number"_s));
    CHECK(editor->fieldText(u"attributes.cpu_cores"_s) == u"lots"_s);
    REQUIRE(editor->setFieldText(u"attributes.cpu_cores"_s, u"48"_s));
    editor->save();
    REQUIRE(waitFor([&] {
        return load(b.path, id).fields.value(u"attributes"_s).toString().contains(u"48"_s);
    }));
    // The history tells the attribute, not the JSON.
    REQUIRE(waitFor([&] { return editor->recordId() == id && !editor->isSaving(); }));
    auto *history = editor->findChild<QTreeWidget *>(u"history"_s);
    REQUIRE(history);
    REQUIRE(waitFor([&] {
        for (int i = 0; i < history->topLevelItemCount(); ++i) {
            if (history->topLevelItem(i)->text(2) == u"CPU cores"_s
                && history->topLevelItem(i)->text(3) == u"32 → 48"_s)
                return true;
        }
        return false;
    }));
}

TEST_CASE("the CI editor's relationships and impact tabs")
{
    TempDir t;
    Book b(t);
    auto svc = b.store->create(u"service"_s, {{u"title"_s, u"Payroll"_s}});
    REQUIRE(svc.ok());
    const qint64 app = b.ci(u"payroll-app"_s, u"application"_s);
    const qint64 host = b.ci(u"esx-9"_s, u"physical_server"_s);
    const qint64 vm = b.ci(u"vm-payroll"_s, u"virtual_server"_s);
    b.link(app, svc->id, u"part_of"_s);
    b.link(app, vm, u"runs_on"_s);
    b.close();

    Shell s(b.path);
    CiPanel *panel = s.window.ciPanel();
    showView(panel, CiPanel::View::All);
    panel->showRecord(vm, u"ci"_s);
    RecordEditor *editor = panel->editor();
    REQUIRE(waitFor([&] { return editor->recordId() == vm; }));
    CiRelationsView *relations = editor->ciRelations();
    CHECK(relations->relationCount() == 1);

    // The VM runs on the host: added from the VM's side.
    relations->addRelation(u"runs_on"_s, true, host);
    REQUIRE(waitFor([&] { return relations->relationCount() == 2; }));
    // A kind that does not join these types is refused with the write path's message.
    QString failure;
    QObject::connect(relations, &CiRelationsView::failed,
                     [&failure](const QString &m) { failure = m; });
    relations->addRelation(u"licensed_by"_s, true, host);
    REQUIRE(waitFor([&] { return !failure.isEmpty(); }));
    CHECK(relations->relationCount() == 2);

    // Impact of the host: the VM, the application, the service.
    panel->showRecord(host, u"ci"_s);
    REQUIRE(waitFor([&] { return editor->recordId() == host; }));
    CiImpactView *impact = editor->ciImpact();
    REQUIRE(waitFor([&] { return !impact->isBusy() && impact->result().walk.nodes.size() == 4; }));
    CHECK(impact->result().services.size() == 1);
    impact->setDirection(ImpactDirection::Upstream);
    REQUIRE(waitFor([&] { return !impact->isBusy() && impact->result().walk.nodes.size() == 1; }));
}

TEST_CASE("CI types are added and given attributes in the administration dialog")
{
    TempDir t;
    Book b(t);
    b.close();
    Shell s(b.path);
    WorkbookDocument *doc = s.window.document();
    REQUIRE(doc);
    AdminDialog dialog(doc, &s.window);
    REQUIRE(dialog.showPage(u"ci-types"_s));
    CiTypesPage *page = dialog.ciTypesPage();
    page->addType();
    QTest::keyClicks(page->findChild<QLineEdit *>(u"ciTypeCode"_s), u"printer"_s);
    QTest::keyClicks(page->findChild<QLineEdit *>(u"ciTypeName"_s), u"Printer"_s);
    page->addAttribute();
    QTableWidget *table = page->attributeTable();
    REQUIRE(table->rowCount() == 1);
    table->item(0, 0)->setText(u"pages_per_minute"_s);
    table->item(0, 1)->setText(u"Pages per minute"_s);
    qobject_cast<QComboBox *>(table->cellWidget(0, 2))->setCurrentIndex(1); // number
    CHECK(page->isModified());
    REQUIRE(page->validate().isOk());
    auto *save = dialog.findChild<QPushButton *>(u"adminSave"_s);
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto *message = dialog.findChild<QLabel *>(u"adminMessage"_s);
    REQUIRE(message);
    const bool saved = waitFor([&] { return !page->isModified(); });
    INFO(message->text().toStdString());
    REQUIRE(saved);
    auto wb = openAs(b.path);
    CiTypes types(*wb);
    auto printer = types.type(u"printer"_s);
    REQUIRE(printer.ok());
    REQUIRE(printer->attribute(u"pages_per_minute"_s));
    CHECK(printer->attribute(u"pages_per_minute"_s)->kind == CiAttributeDef::Kind::Number);
}

TEST_CASE("relationship types: a kind of one's own, and a shipped kind joining a new CI type")
{
    TempDir t;
    Book b(t);
    CiTypes types(*b.wb);
    CiTypeDef cluster;
    cluster.code = u"cluster"_s;
    cluster.label = u"Container cluster"_s;
    REQUIRE(types.saveType(cluster).isOk());
    const qint64 app = b.ci(u"shop"_s, u"application"_s);
    const qint64 k8s = b.ci(u"k8s-1"_s, u"cluster"_s);
    const qint64 vm = b.ci(u"vm-1"_s, u"virtual_server"_s);
    b.link(app, vm, u"runs_on"_s);
    b.close();
    Shell s(b.path);
    WorkbookDocument *doc = s.window.document();
    REQUIRE(doc);
    AdminDialog dialog(doc, &s.window);
    REQUIRE(dialog.showPage(u"relation-types"_s));
    RelationTypesPage *page = dialog.relationTypesPage();
    QListWidget *kinds = page->kindList();
    REQUIRE(kinds->count() == 7);

    // "runs on" is shipped: its labels stay, and it says it is in use and cannot go.
    int runsOn = -1;
    for (int i = 0; i < kinds->count(); ++i) {
        if (kinds->item(i)->toolTip() == u"runs_on"_s)
            runsOn = i;
    }
    REQUIRE(runsOn >= 0);
    kinds->setCurrentRow(runsOn);
    CHECK(page->forwardField()->isReadOnly());
    CHECK(page->codeField()->isReadOnly());
    CHECK(page->findChild<QLabel *>(u"relationTypeUsage"_s)->text() == u"1 relationship"_s);
    CHECK_FALSE(page->findChild<QPushButton *>(u"removeRelationType"_s)->isEnabled());
    // Tick the new CI type as a target.
    QListWidget *to = page->toList();
    QListWidgetItem *clusterItem = nullptr;
    for (int i = 0; i < to->count(); ++i) {
        if (to->item(i)->data(Qt::UserRole).toString() == u"cluster"_s)
            clusterItem = to->item(i);
    }
    REQUIRE(clusterItem);
    CHECK(clusterItem->text() == u"Container cluster"_s);
    clusterItem->setCheckState(Qt::Checked);
    CHECK(page->isModified());
    CHECK(kinds->item(runsOn)->text().endsWith(u" *"_s));

    // A kind of one's own.
    page->addKind();
    QTest::keyClicks(page->codeField(), u"backs_up"_s);
    QTest::keyClicks(page->forwardField(), u"backs up"_s);
    CHECK(page->validate().message().contains(u"a label each way"_s));
    QTest::keyClicks(page->reverseField(), u"backed up by"_s);
    page->impactField()->setCurrentIndex(
        page->impactField()->findData(CiRelationType::impactCode(CiRelationType::Impact::Forward)));
    REQUIRE(page->validate().isOk());

    auto *save = dialog.findChild<QPushButton *>(u"adminSave"_s);
    REQUIRE(save);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto *message = dialog.findChild<QLabel *>(u"adminMessage"_s);
    const bool saved = waitFor([&] { return !page->isModified(); });
    INFO(message->text().toStdString());
    REQUIRE(saved);

    auto wb = openAs(b.path);
    RecordStore store(*wb);
    CHECK(store.link(app, k8s, u"runs_on"_s).isOk());
    CHECK(store.link(vm, app, u"backs_up"_s).isOk());
    Result<QList<CiRelationType>> mine = CiTypes::loadRelationTypes(wb->db(), u"backs_up"_s);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().reverseLabel == u"backed up by"_s);
    CHECK(mine->first().impact == CiRelationType::Impact::Forward);
    CHECK(mine->first().fromCiTypes.isEmpty()); // nothing ticked: any CI

    // The CMDB menu opens the same page.
    QAction *menuEntry = s.window.findChild<QAction *>(u"relationTypesAction"_s);
    REQUIRE(menuEntry);
    CHECK(menuEntry->isEnabled());
}
