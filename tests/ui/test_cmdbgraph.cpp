// The CMDB graph dock, driven through its real widgets under QT_QPA_PLATFORM=offscreen: a
// focused CI's neighbourhood laid out by Graphviz on the layout thread, the filters, impact
// analysis with its path and affected services, expanding and collapsing, the overview, the
// search field, and the pictures it exports.
#define CATCH_CONFIG_RUNNER
#include "testutil.h"
#include "ui/uitestutil.h"

#include "core/fixtures.h"

#include "cigraphitems.h"
#include "cigraphpanel.h"
#include "cigraphview.h"
#include "graphlayoutworker.h"
#include "i18n.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace sb;
using namespace sb::test;
using namespace sb::ui;
using namespace Qt::StringLiterals;

namespace {

// The CMDB of the core tests' impact case:
//
//   customer Acme --uses--> service Billing (SLA "Billing gold")
//   app Billing-web --part_of--> service Billing
//   app Billing-web --runs_on--> vm web-1 --runs_on--> host esx-1
//   db billing-db --runs_on--> host esx-1;   app Billing-web --depends_on--> db billing-db
//   host esx-1 --connected_to--> switch sw-1 --connected_to--> host esx-2 --connected_to--> esx-1
//   app Reports --depends_on--> db billing-db --depends_on--> app Reports
//   host spare (no relationships, retired)
struct Cmdb
{
    QString path;
    qint64 billing = 0, acme = 0, web = 0, vm = 0, esx1 = 0, esx2 = 0, sw = 0, db = 0, reports = 0,
           spare = 0;

    explicit Cmdb(TempDir &t)
        : path(t.file(u"cmdb.sbw"_s))
    {
        build();
        RawSql raw(path);
        REQUIRE(raw.exec("INSERT INTO sla_definition(name, record_type, service, calendar_id) "
                         "VALUES ('Billing gold', 'incident', 'billing', 1)")
                == SQLITE_OK);
    }
    // Written through the real write path, then let go of before the desktop opens it.
    void build()
    {
        auto wb = newWorkbook(path);
        RecordStore store(*wb);
        billing = make(store, u"service"_s, u"Billing"_s);
        acme = make(store, u"customer"_s, u"Acme"_s);
        relate(store, acme, u"uses"_s, billing);
        web = ci(store, u"Billing-web"_s, u"application"_s);
        vm = ci(store, u"web-1"_s, u"virtual_server"_s);
        esx1 = ci(store, u"esx-1"_s, u"physical_server"_s);
        esx2 = ci(store, u"esx-2"_s, u"physical_server"_s);
        sw = ci(store, u"sw-1"_s, u"network_device"_s);
        db = ci(store, u"billing-db"_s, u"database"_s);
        reports = ci(store, u"Reports"_s, u"application"_s);
        spare = ci(store, u"spare"_s, u"physical_server"_s);
        REQUIRE(store.transition(spare, u"retired"_s).ok());
        relate(store, web, u"part_of"_s, billing);
        relate(store, web, u"runs_on"_s, vm);
        relate(store, vm, u"runs_on"_s, esx1);
        relate(store, db, u"runs_on"_s, esx1);
        relate(store, web, u"depends_on"_s, db);
        relate(store, esx1, u"connected_to"_s, sw);
        relate(store, sw, u"connected_to"_s, esx2);
        relate(store, esx2, u"connected_to"_s, esx1);
        relate(store, reports, u"depends_on"_s, db);
        relate(store, db, u"depends_on"_s, reports);
    }
    static qint64 make(RecordStore &store, const QString &type, const QString &title)
    {
        Result<RecordRef> r = store.create(type, {{u"title"_s, title}});
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
        return r->id;
    }
    static qint64 ci(RecordStore &store, const QString &name, const QString &type)
    {
        Result<RecordRef> r = store.create(u"ci"_s, {{u"title"_s, name}, {u"ci_type"_s, type}});
        INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
        REQUIRE(r.ok());
        return r->id;
    }
    static void relate(RecordStore &store, qint64 from, const QString &kind, qint64 to)
    {
        const Error e = store.link(from, to, kind);
        INFO(e.fullText().toStdString());
        REQUIRE(e.isOk());
    }
};

struct Shell
{
    MainWindow window;
    CiGraphPanel *graph = nullptr;
    explicit Shell(const QString &path)
    {
        window.setUser(Admin);
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path));
        REQUIRE(window.showDock(u"cmdb-graph"_s));
        graph = window.cmdbGraphPanel();
        REQUIRE(graph);
        REQUIRE(graph->isVisible());
        // The dock opens on something; wait for it before asking for something else.
        settle();
    }
    // Until the graph is read, laid out and in its place.
    void settle()
    {
        REQUIRE(waitFor([this] { return !graph->isBusy() && graph->view()->isLaidOut(); }));
    }
    void show(qint64 id)
    {
        graph->focusRecord(id);
        REQUIRE(waitFor([this, id] { return graph->focusId() == id && !graph->isBusy(); }));
        settle();
    }
};

QStringList shownTitles(CiGraphView *view)
{
    QStringList out;
    for (const CiNodeItem *n : view->nodeItems())
        out << n->title();
    out.sort();
    return out;
}

QRectF box(const CiNodeItem *n)
{
    return QRectF(n->pos() - QPointF(n->size().width() / 2, n->size().height() / 2), n->size());
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ServicebenchGraphTests"_s);
    QApplication::setApplicationName(u"ServicebenchGraphTests"_s);
    Translations::install(u"en"_s);
    return Catch::Session().run(argc, argv);
}

TEST_CASE("the graph dock draws a focused CI's neighbourhood, laid out by Graphviz")
{
    TempDir t;
    Cmdb c(t);
    Shell s(c.path);
    CiGraphPanel *g = s.graph;
    g->setMode(CiGraphPanel::Mode::Neighbourhood);
    g->setHiddenCiTypes({});
    g->setHiddenKinds({});
    g->setHops(1);
    s.show(c.esx1);

    CiGraphView *view = g->view();
    CHECK(shownTitles(view)
          == QStringList {u"billing-db"_s, u"esx-1"_s, u"esx-2"_s, u"sw-1"_s, u"web-1"_s});
    CHECK(view->edgeCount() == 5);
    // Every node placed apart from the others, every edge routed along Graphviz's spline.
    const QList<CiNodeItem *> nodes = view->nodeItems();
    for (int i = 0; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size(); ++j) {
            INFO(nodes[i]->title().toStdString() << " / " << nodes[j]->title().toStdString());
            CHECK_FALSE(box(nodes[i]).intersects(box(nodes[j])));
        }
    }
    QStringList labels;
    for (const CiEdgeItem *e : view->edgeItems()) {
        CHECK(e->hasRoute());
        labels << e->label();
    }
    CHECK(labels.count(u"runs on"_s) == 2);
    CHECK(labels.count(u"connected to"_s) == 3);
    CHECK(view->nodeItem(c.esx1)->isFocusNode());
    CHECK(g->statusText().contains(u"5 record"_s));
    CHECK(g->busyIndicator()->isHidden());

    SECTION("more hops reach further")
    {
        g->setHops(2);
        REQUIRE(waitFor([&] { return view->nodeCount() == 7 && !g->isBusy(); }));
        s.settle();
        CHECK(shownTitles(view).contains(u"Billing-web"_s));
        CHECK(shownTitles(view).contains(u"Reports"_s));
    }
    SECTION("a relationship filter walks only the kinds ticked")
    {
        g->setHiddenKinds({u"connected_to"_s});
        REQUIRE(waitFor([&] { return view->nodeCount() == 3 && !g->isBusy(); }));
        s.settle();
        CHECK(shownTitles(view) == QStringList {u"billing-db"_s, u"esx-1"_s, u"web-1"_s});
        CHECK(view->edgeCount() == 2);
    }
    SECTION("a CI type filter leaves out that type")
    {
        g->setHiddenCiTypes({u"virtual_server"_s, u"database"_s});
        REQUIRE(waitFor([&] { return view->nodeCount() == 3 && !g->isBusy(); }));
        s.settle();
        CHECK(shownTitles(view) == QStringList {u"esx-1"_s, u"esx-2"_s, u"sw-1"_s});
    }
    SECTION("the layout runs off the UI thread, and a graph seen before comes from the cache")
    {
        GraphLayoutWorker *worker = g->layoutWorker();
        const int computed = worker->computedCount();
        g->setHops(2);
        REQUIRE(waitFor([&] { return view->nodeCount() == 7 && !g->isBusy(); }));
        s.settle();
        CHECK(worker->computedCount() == computed + 1);
        g->setHops(1);
        REQUIRE(waitFor([&] { return view->nodeCount() == 5 && !g->isBusy(); }));
        s.settle();
        CHECK(worker->computedCount() == computed + 1);
    }
}

TEST_CASE("impact mode tints by distance, highlights the path and lists what is affected")
{
    TempDir t;
    Cmdb c(t);
    Shell s(c.path);
    CiGraphPanel *g = s.graph;
    g->setHiddenCiTypes({});
    g->setHiddenKinds({});
    g->setHops(6);
    g->setMode(CiGraphPanel::Mode::ImpactDownstream);
    s.show(c.sw);
    CiGraphView *view = g->view();
    REQUIRE(view->nodeCount() == 9);
    CHECK(view->nodeItem(c.sw)->distanceTint() == 0);
    CHECK(view->nodeItem(c.esx1)->distanceTint() == 1);
    CHECK(view->nodeItem(c.acme)->distanceTint() == 5);
    CHECK_FALSE(view->nodeItem(c.spare));

    // Affected services, customers and SLAs beside the drawing.
    QTreeWidget *affected = g->affectedList();
    CHECK(affected->isVisible());
    REQUIRE(affected->topLevelItemCount() == 3);
    CHECK(affected->topLevelItem(0)->childCount() == 1);
    CHECK(affected->topLevelItem(0)->child(0)->text(1) == u"Billing"_s);
    CHECK(affected->topLevelItem(1)->child(0)->text(1) == u"Acme"_s);
    CHECK(affected->topLevelItem(2)->child(0)->text(1) == u"Billing gold"_s);
    CHECK(g->statusText().contains(u"reaches 8 record"_s));

    // The customer selected: the way the failure reaches it lights up.
    g->selectNode(c.acme);
    const QList<qint64> path = g->highlightedPath();
    REQUIRE(path.size() == 6);
    CHECK(path.first() == c.sw);
    CHECK(path.last() == c.acme);
    int lit = 0;
    for (const CiEdgeItem *e : view->edgeItems())
        lit += e->isHighlighted() ? 1 : 0;
    CHECK(lit == 5);
    for (qint64 id : path)
        CHECK(view->nodeItem(id)->isOnPath());
    CHECK_FALSE(view->nodeItem(c.esx2)->isOnPath());

    SECTION("a hidden CI type keeps what was reached through it, joined by a dashed line")
    {
        g->setHiddenCiTypes({u"virtual_server"_s, u"database"_s});
        REQUIRE(waitFor([&] { return view->nodeCount() == 7 && !g->isBusy(); }));
        s.settle();
        CHECK_FALSE(view->nodeItem(c.vm));
        CHECK_FALSE(view->nodeItem(c.db));
        REQUIRE(view->nodeItem(c.web));
        // Billing-web is still joined to the drawing.
        bool joined = false;
        for (const CiEdgeItem *e : view->nodeItem(c.web)->edges())
            joined = joined || (e->isIndirect() && e->fromNode()->id() == c.esx1);
        CHECK(joined);
        CHECK(affected->topLevelItem(1)->child(0)->text(1) == u"Acme"_s);
    }
    SECTION("upstream: what the application needs, without customers")
    {
        g->setMode(CiGraphPanel::Mode::ImpactUpstream);
        g->focusRecord(c.web);
        REQUIRE(waitFor([&] { return g->focusId() == c.web && !g->isBusy(); }));
        s.settle();
        CHECK(view->nodeCount() == 7);
        CHECK(g->affectedCustomers().isEmpty());
        CHECK_FALSE(view->nodeItem(c.acme));
    }
}

TEST_CASE("expanding adds neighbours in place; collapsing hides what came through a node")
{
    TempDir t;
    Cmdb c(t);
    Shell s(c.path);
    CiGraphPanel *g = s.graph;
    g->setHiddenCiTypes({});
    g->setHiddenKinds({});
    g->setMode(CiGraphPanel::Mode::Neighbourhood);
    g->setHops(1);
    s.show(c.db);
    CiGraphView *view = g->view();
    CHECK(shownTitles(view)
          == QStringList {u"Billing-web"_s, u"Reports"_s, u"billing-db"_s, u"esx-1"_s});
    const int computed = g->layoutWorker()->computedCount();
    const QPointF before = view->nodeItem(c.esx1)->pos();

    QSignalSpy shown(g, &CiGraphPanel::graphShown);
    g->expand(c.esx1);
    REQUIRE(waitFor([&] { return view->nodeCount() == 7 && !g->isBusy(); }));
    s.settle();
    CHECK(shownTitles(view)
          == QStringList {u"Billing-web"_s, u"Reports"_s, u"billing-db"_s, u"esx-1"_s, u"esx-2"_s,
                          u"sw-1"_s, u"web-1"_s});
    // The relationship between the new vm and the application already drawn is there too.
    bool vmToWeb = false;
    for (const CiEdgeItem *e : view->edgeItems())
        vmToWeb = vmToWeb || (e->fromNode()->id() == c.web && e->toNode()->id() == c.vm);
    CHECK(vmToWeb);
    // Everything around esx-1 is drawn: nothing to say about a cut.
    CHECK_FALSE(g->statusText().contains(u"more neighbours"_s));
    CHECK_FALSE(g->statusText().contains(u"nothing more"_s));
    // The expanded node stayed where it was: the rest moved around it.
    const QPointF after = view->nodeItem(c.esx1)->pos();
    CHECK(std::abs(after.x() - before.x()) < 1);
    CHECK(std::abs(after.y() - before.y()) < 1);
    CHECK(shown.count() >= 1);

    // Collapsing esx-1 hides what only it led to: esx-2 and sw-1 (web-1 also hangs off
    // Billing-web, so it stays).
    g->collapse(c.esx1);
    REQUIRE(waitFor([&] { return view->nodeCount() == 5 && !g->isBusy(); }));
    s.settle();
    CHECK(shownTitles(view)
          == QStringList {u"Billing-web"_s, u"Reports"_s, u"billing-db"_s, u"esx-1"_s, u"web-1"_s});
    CHECK(g->statusText().contains(u"2 record"_s));
    CHECK(g->layoutWorker()->computedCount() == computed + 2);
    // Expanded again: the drawing of before, its layout from the cache.
    g->expand(c.esx1);
    REQUIRE(waitFor([&] { return view->nodeCount() == 7 && !g->isBusy(); }));
    s.settle();
    CHECK(g->layoutWorker()->computedCount() == computed + 2);
    // Nothing hangs off a leaf.
    g->collapse(c.reports);
    CHECK(g->statusText().contains(u"Nothing was reached only through"_s));
    CHECK(view->nodeCount() == 7);
}

TEST_CASE("a hub is drawn without its neighbours until it is expanded")
{
    TempDir t;
    Cmdb c(t);
    // Every host in a data centre with forty machines in it.
    qint64 site = 0;
    {
        Result<std::unique_ptr<Workbook>> wb = Workbook::open(c.path, {.user = Admin});
        REQUIRE(wb.ok());
        RecordStore store(**wb);
        site = Cmdb::ci(store, u"DC-1"_s, u"location"_s);
        Cmdb::relate(store, c.esx1, u"located_in"_s, site);
        Cmdb::relate(store, c.esx2, u"located_in"_s, site);
        for (int i = 0; i < 40; ++i)
            Cmdb::relate(store, Cmdb::ci(store, u"rack-%1"_s.arg(i), u"physical_server"_s),
                         u"located_in"_s, site);
    }
    Shell s(c.path);
    CiGraphPanel *g = s.graph;
    g->setHiddenCiTypes({});
    g->setHiddenKinds({});
    g->setMode(CiGraphPanel::Mode::Neighbourhood);
    g->setHops(3);
    s.show(c.sw);
    CiGraphView *view = g->view();
    // Three hops from the switch reach the site, but not the forty racks through it.
    REQUIRE(view->nodeItem(site));
    CHECK_FALSE(view->nodeItem(c.spare));
    // sw-1, esx-1, esx-2, DC-1, web-1, billing-db, Billing-web, Reports
    CHECK(view->nodeCount() == 8);
    CHECK(view->nodeItem(site)->moreRelations() == 40); // 42, of which two are drawn
    CHECK(view->nodeItem(site)->toolTip().contains(u"40 more relationships"_s));
    CHECK(view->nodeItem(c.esx1)->moreRelations() == 0);
    CHECK(g->statusText().contains(u"1 record with many relationships not expanded"_s));

    g->expand(site);
    REQUIRE(waitFor([&] { return view->nodeCount() == 48 && !g->isBusy(); }));
    s.settle();
    CHECK(view->nodeItem(site)->moreRelations() == 0);
    CHECK_FALSE(g->statusText().contains(u"many relationships"_s));
    REQUIRE(waitFor([&] { return g->statusText().startsWith(u"48 records"_s); }));
    CHECK_FALSE(g->statusText().contains(u"more neighbours"_s));
    // Collapsed again, it is marked again, and the status says so again.
    g->collapse(site);
    REQUIRE(waitFor([&] { return view->nodeCount() == 8 && !g->isBusy(); }));
    s.settle();
    CHECK(view->nodeItem(site)->moreRelations() == 40);
    // The status follows once the (cached) layout is applied.
    REQUIRE(waitFor([&] { return g->statusText().startsWith(u"8 records"_s); }));
    CHECK(g->statusText().contains(u"1 record with many relationships not expanded"_s));

    // Focused on the hub itself, all of it is drawn.
    g->setHops(1);
    s.show(site);
    CHECK(view->nodeCount() == 43);
    CHECK(view->nodeItem(site)->moreRelations() == 0);
}

TEST_CASE("the overview draws many CIs with sfdp; the search field finds CIs")
{
    TempDir t;
    Cmdb c(t);
    Shell s(c.path);
    CiGraphPanel *g = s.graph;
    g->setHiddenCiTypes({});
    g->setHiddenKinds({});

    g->showOverview();
    waitFor([&] { return g->isOverview() && g->view()->nodeCount() == 9 && !g->isBusy(); });
    INFO(g->statusText().toStdString());
    REQUIRE(g->view()->nodeCount() == 9);
    s.settle();
    CHECK(g->view()->edgeCount() == 10);
    CHECK(g->view()->nodeItem(c.spare));
    CHECK_FALSE(g->view()->nodeItem(c.acme)); // customers are not CIs
    CHECK(g->statusText().contains(u"Overview: 9 record"_s));

    g->showOverview(u"physical_server"_s);
    REQUIRE(waitFor([&] { return g->view()->nodeCount() == 6 && !g->isBusy(); }));
    s.settle();
    // The servers and their direct neighbours.
    CHECK(shownTitles(g->view())
          == QStringList {u"billing-db"_s, u"esx-1"_s, u"esx-2"_s, u"spare"_s, u"sw-1"_s,
                          u"web-1"_s});

    QLineEdit *search = g->searchField();
    QSignalSpy suggested(g, &CiGraphPanel::suggestionsReady);
    search->setFocus();
    QTest::keyClicks(search, u"esx"_s);
    QAbstractItemModel *model = g->completer()->model();
    REQUIRE(waitFor([&] { return suggested.count() > 0 && model->rowCount() == 2; }));
    QStringList offered;
    for (int r = 0; r < model->rowCount(); ++r)
        offered << model->index(r, 0).data().toString();
    CHECK(offered.size() == 2);
    CHECK(offered.join(u'|').contains(u"esx-2"_s));
    // A name typed in full and Enter: drawn around that CI.
    // (The suggestions' list takes Enter for itself while it is open.)
    g->completer()->popup()->hide();
    search->clear();
    QTest::keyClicks(search, u"sw-1"_s);
    g->completer()->popup()->hide();
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitFor([&] { return g->focusId() == c.sw && !g->isBusy(); }));
    s.settle();
    CHECK_FALSE(g->isOverview());
    // An ID too.
    search->clear();
    QTest::keyClicks(search, u"CI-2"_s);
    g->completer()->popup()->hide();
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitFor([&] { return g->focusId() == c.vm && !g->isBusy(); }));
    // Nothing by that name: said so, nothing changed.
    search->clear();
    QTest::keyClicks(search, u"no such thing"_s);
    g->completer()->popup()->hide();
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(waitFor([&] { return g->statusText().contains(u"Nothing in the CMDB"_s); }));
    CHECK(g->focusId() == c.vm);
}

TEST_CASE("the graph exports as PNG and SVG")
{
    TempDir t;
    Cmdb c(t);
    Shell s(c.path);
    CiGraphPanel *g = s.graph;
    g->setMode(CiGraphPanel::Mode::Neighbourhood);
    g->setHops(2);
    s.show(c.esx1);
    REQUIRE(g->view()->nodeCount() >= 5);

    const QString png = t.file(u"graph.png"_s);
    REQUIRE(g->exportPng(png).isOk());
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 200);
    CHECK(image.height() > 100);
    // Not a blank page: the nodes' outlines and text darken some pixels.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    CHECK(dark > 100);

    const QString svg = t.file(u"graph.svg"_s);
    REQUIRE(g->exportSvg(svg).isOk());
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QXmlStreamReader xml(text);
    QString root;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty())
                root = xml.name().toString();
            ++elements;
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(root == u"svg"_s);
    CHECK(elements > 20);
    CHECK(text.contains("esx-1"));
    CHECK(text.contains("runs on"));

    // Nothing drawn, nothing saved, and said why.
    g->view()->clearGraph();
    const Error e = g->exportPng(t.file(u"empty.png"_s));
    CHECK(e.isError());
    CHECK_FALSE(QFile::exists(t.file(u"empty.png"_s)));
}

TEST_CASE("the layout worker answers only the newest request")
{
    GraphLayoutWorker worker;
    QSignalSpy laid(&worker, &GraphLayoutWorker::laidOut);
    GraphLayoutInput small;
    small.nodes = {{1, 100, 40}, {2, 100, 40}};
    small.edges = {{1, 2, u"runs_on"_s}};
    GraphLayoutInput bigger = small;
    bigger.nodes.append({3, 100, 40});
    bigger.edges.append({3, 2, u"runs_on"_s});
    worker.request(small, {});
    const quint64 newest = worker.request(bigger, {});
    CHECK(worker.isBusy());
    REQUIRE(waitFor([&] { return !worker.isBusy(); }));
    QTest::qWait(50);
    REQUIRE(laid.count() == 1);
    CHECK(laid.first().at(0).toULongLong() == newest);
    CHECK(laid.first().at(2).toBool() == false);
    // The same graph again: from the cache, still through the event loop.
    worker.request(bigger, {});
    CHECK_FALSE(worker.isBusy());
    REQUIRE(waitFor([&] { return laid.count() == 2; }));
    CHECK(laid.last().at(2).toBool() == true);
    CHECK(worker.cacheCount() >= 1);

    // A failure is reported, not thrown: an edge to a node not drawn.
    QSignalSpy failed(&worker, &GraphLayoutWorker::failed);
    GraphLayoutInput bad = small;
    bad.edges.append({1, 9, u"runs_on"_s});
    worker.request(bad, {});
    REQUIRE(waitFor([&] { return failed.count() == 1; }));
    CHECK(failed.first().at(1).toString().contains(u"not in the graph"_s));
}
