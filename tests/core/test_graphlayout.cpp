#include "testutil.h"

#include "cmdb/graphlayout.h"

#include <QRectF>

using namespace sb;
using namespace Qt::StringLiterals;

namespace {

QRectF box(const GraphLayoutResult &r, const GraphLayoutNode &n)
{
    const QPointF c = r.centres.value(n.id);
    return QRectF(c.x() - n.width / 2, c.y() - n.height / 2, n.width, n.height);
}

// A service over two applications, each on a server, both servers on one switch.
GraphLayoutInput smallTree()
{
    GraphLayoutInput in;
    for (qint64 id = 1; id <= 6; ++id)
        in.nodes.append({id, 140, 44});
    in.edges = {{2, 1, u"part_of"_s}, {3, 1, u"part_of"_s},      {2, 4, u"runs_on"_s},
                {3, 5, u"runs_on"_s}, {4, 6, u"connected_to"_s}, {5, 6, u"connected_to"_s}};
    return in;
}

// A layered CMDB of about `count` nodes: services, applications under them, servers under
// those, switches under the servers, with cross links.
GraphLayoutInput layered(int count)
{
    GraphLayoutInput in;
    const int services = std::max(1, count / 20);
    qint64 next = 1;
    QList<qint64> layer;
    for (int i = 0; i < services; ++i) {
        in.nodes.append({next, 150, 44});
        layer << next++;
    }
    QList<qint64> above = layer;
    int layerIndex = 0;
    while (next <= count) {
        QList<qint64> below;
        for (int i = 0; i < above.size() * 2 && next <= count; ++i) {
            in.nodes.append({next, 150, 44});
            in.edges.append({next, above[i % above.size()], u"depends_on"_s});
            if (i % 5 == 0 && above.size() > 1)
                in.edges.append({next, above[(i + 1) % above.size()], u"depends_on"_s});
            below << next++;
        }
        above = below;
        ++layerIndex;
    }
    return in;
}

} // namespace

TEST_CASE("dot places every node of a small tree without overlap", "[graphlayout]")
{
    const GraphLayoutInput in = smallTree();
    Result<GraphLayoutResult> r = GraphLayout::run(in);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    REQUIRE(r->centres.size() == in.nodes.size());
    for (const GraphLayoutNode &n : in.nodes) {
        REQUIRE(r->centres.contains(n.id));
        CHECK(r->bounds.contains(box(*r, n)));
    }
    for (int i = 0; i < in.nodes.size(); ++i) {
        for (int j = i + 1; j < in.nodes.size(); ++j) {
            INFO("nodes " << in.nodes[i].id << " and " << in.nodes[j].id);
            CHECK_FALSE(box(*r, in.nodes[i]).intersects(box(*r, in.nodes[j])));
        }
    }
    // Top to bottom with Y pointing down: a relationship's tail sits above its head's rank
    // in dot's order (the source is ranked first), so the service is below its applications.
    CHECK(r->centres.value(2).y() < r->centres.value(1).y());
    CHECK(r->centres.value(2).y() < r->centres.value(4).y());

    REQUIRE(r->routes.size() == in.edges.size());
    for (int i = 0; i < r->routes.size(); ++i) {
        const GraphLayoutRoute &route = r->routes[i];
        CHECK(route.fromId == in.edges[i].fromId);
        CHECK(route.toId == in.edges[i].toId);
        CHECK(route.kind == in.edges[i].kind);
        CHECK(route.points.size() >= 4);
        CHECK((route.points.size() - 1) % 3 == 0);
        CHECK(route.hasArrow);
        // The route starts at the tail's border and the arrow ends at the head's.
        const GraphLayoutNode &from = in.nodes[int(route.fromId - 1)];
        const GraphLayoutNode &to = in.nodes[int(route.toId - 1)];
        CHECK(box(*r, from).adjusted(-2, -2, 2, 2).contains(route.points.first()));
        CHECK(box(*r, to).adjusted(-2, -2, 2, 2).contains(route.arrowTip));
    }
}

TEST_CASE("edge labels get room of their own, clear of the nodes", "[graphlayout]")
{
    GraphLayoutInput in = smallTree();
    // Two more ways from the applications to the switch, past the servers' rank.
    in.edges.append({2, 6, u"depends_on"_s});
    in.edges.append({3, 6, u"depends_on"_s});
    for (GraphLayoutEdge &e : in.edges)
        e.labelSize = QSizeF(70, 14);
    Result<GraphLayoutResult> r = GraphLayout::run(in);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    QList<QRectF> labels;
    for (const GraphLayoutRoute &route : std::as_const(r->routes)) {
        REQUIRE(route.hasLabel);
        const QRectF label(route.labelCentre - QPointF(35, 7), QSizeF(70, 14));
        CHECK(r->bounds.contains(label));
        for (const GraphLayoutNode &n : in.nodes) {
            INFO("label of " << route.fromId << ">" << route.toId << " and node " << n.id);
            CHECK_FALSE(label.intersects(box(*r, n)));
        }
        for (const QRectF &other : std::as_const(labels))
            CHECK_FALSE(label.intersects(other));
        labels << label;
    }
    // Without a size, no place is kept.
    CHECK_FALSE(GraphLayout::run(smallTree())->routes.first().hasLabel);
}

TEST_CASE("the rank direction turns the drawing", "[graphlayout]")
{
    const GraphLayoutInput in = smallTree();
    GraphLayoutOptions o;
    o.rankDir = GraphLayoutOptions::RankDir::LeftToRight;
    Result<GraphLayoutResult> r = GraphLayout::run(in, o);
    REQUIRE(r.ok());
    CHECK(r->centres.value(2).x() < r->centres.value(1).x());
    CHECK(r->centres.value(2).x() < r->centres.value(4).x());
}

TEST_CASE("an edge laid out head first ranks its head above and still points at it",
          "[graphlayout]")
{
    GraphLayoutInput in;
    in.nodes = {{1, 120, 40}, {2, 120, 40}};
    in.edges = {{2, 1, u"part_of"_s, true}};
    Result<GraphLayoutResult> r = GraphLayout::run(in);
    REQUIRE(r.ok());
    CHECK(r->centres.value(1).y() < r->centres.value(2).y());
    REQUIRE(r->routes.size() == 1);
    const GraphLayoutRoute &route = r->routes.first();
    REQUIRE(route.hasArrow);
    CHECK(route.points.first().y() < r->centres.value(2).y());
    CHECK(route.points.first().y() > r->centres.value(1).y());
    // The arrow's tip touches the whole (node 1), the line leaves the part (node 2).
    CHECK(std::abs(route.arrowTip.y() - (r->centres.value(1).y() + 20)) < 2);
    CHECK(std::abs(route.points.first().y() - (r->centres.value(2).y() - 20)) < 2);
}

TEST_CASE("two relationships between the same nodes are two routes", "[graphlayout]")
{
    GraphLayoutInput in;
    in.nodes = {{1, 100, 40}, {2, 100, 40}};
    in.edges = {{1, 2, u"depends_on"_s}, {1, 2, u"runs_on"_s}, {2, 1, u"connected_to"_s}};
    Result<GraphLayoutResult> r = GraphLayout::run(in);
    REQUIRE(r.ok());
    REQUIRE(r->routes.size() == 3);
    CHECK(r->routes[0].kind == u"depends_on"_s);
    CHECK(r->routes[1].kind == u"runs_on"_s);
    CHECK(r->routes[0].points != r->routes[1].points);
}

TEST_CASE("sfdp lays out a few hundred nodes", "[graphlayout]")
{
    const GraphLayoutInput in = layered(400);
    REQUIRE(in.nodes.size() == 400);
    GraphLayoutOptions o;
    o.engine = GraphLayoutOptions::Engine::Sfdp;
    Result<GraphLayoutResult> r = GraphLayout::run(in, o);
    INFO((r.ok() ? QString() : r.error().fullText()).toStdString());
    REQUIRE(r.ok());
    REQUIRE(r->centres.size() == 400);
    REQUIRE(r->routes.size() == in.edges.size());
    // Spread out, not piled on one point; overlap removal keeps nodes apart.
    CHECK(r->bounds.width() > 1000);
    CHECK(r->bounds.height() > 400);
    int overlaps = 0;
    for (int i = 0; i < in.nodes.size(); ++i) {
        for (int j = i + 1; j < in.nodes.size(); ++j) {
            if (box(*r, in.nodes[i]).intersects(box(*r, in.nodes[j])))
                ++overlaps;
        }
    }
    CHECK(overlaps == 0);
    for (const GraphLayoutRoute &route : std::as_const(r->routes))
        CHECK(route.points.size() >= 2);
}

TEST_CASE("an empty graph is laid out as nothing", "[graphlayout]")
{
    for (auto engine : {GraphLayoutOptions::Engine::Dot, GraphLayoutOptions::Engine::Sfdp}) {
        GraphLayoutOptions o;
        o.engine = engine;
        Result<GraphLayoutResult> r = GraphLayout::run({}, o);
        REQUIRE(r.ok());
        CHECK(r->centres.isEmpty());
        CHECK(r->routes.isEmpty());
        CHECK(r->bounds.isEmpty());
    }
}

TEST_CASE("bad input is refused with a clear error", "[graphlayout]")
{
    GraphLayoutInput in = smallTree();
    SECTION("an edge to a node not in the graph")
    {
        in.edges.append({3, 99, u"runs_on"_s});
        Result<GraphLayoutResult> r = GraphLayout::run(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::InvalidInput);
        CHECK(r.error().message().contains(u"99"_s));
    }
    SECTION("a node twice")
    {
        in.nodes.append({2, 80, 30});
        Result<GraphLayoutResult> r = GraphLayout::run(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::InvalidInput);
    }
    SECTION("a node without a size")
    {
        in.nodes[0].width = 0;
        CHECK_FALSE(GraphLayout::run(in).ok());
    }
    SECTION("more nodes than allowed")
    {
        GraphLayoutOptions o;
        o.maxNodes = 5;
        Result<GraphLayoutResult> r = GraphLayout::run(in, o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(u"at most 5"_s));
    }
    // A refusal leaves Graphviz usable.
    CHECK(GraphLayout::run(smallTree()).ok());
}
