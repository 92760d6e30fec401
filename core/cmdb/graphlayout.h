#pragma once

#include "core_global.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace sb {

// A box to place: its size in points (the drawing's scene units).
struct GraphLayoutNode
{
    qint64 id = 0;
    double width = 0;
    double height = 0;
};

// A relationship to route. Several edges may join the same two nodes (one per kind).
struct GraphLayoutEdge
{
    qint64 fromId = 0;
    qint64 toId = 0;
    QString kind;
    // dot ranks an edge's tail above its head; set, the head goes above (a part below the
    // whole it is part of). The route still runs from fromId to toId.
    bool headFirst = false;
    // The size of the edge's label, in points; dot keeps that much room free beside the
    // route (GraphLayoutRoute::labelCentre). Empty: no label, or sfdp, which places none.
    QSizeF labelSize;
};

struct GraphLayoutInput
{
    QList<GraphLayoutNode> nodes;
    QList<GraphLayoutEdge> edges;
};

struct GraphLayoutOptions
{
    enum class Engine {
        Dot, // layered: a focused tree of what needs what
        Sfdp, // force-directed, for overviews of hundreds or thousands of records
    };
    enum class RankDir { TopToBottom, LeftToRight, BottomToTop, RightToLeft };

    Engine engine = Engine::Dot;
    RankDir rankDir = RankDir::TopToBottom; // dot only
    double nodeSeparation = 24; // points between neighbours in a rank (dot) or apart (sfdp)
    double rankSeparation = 56; // points between ranks (dot), room for the edge labels
    int maxNodes = 10000;
    int maxEdges = 50000;
};

// Where an edge runs: Graphviz's cubic Bezier control points (1 + 3n of them, from the tail's
// border to where the arrowhead starts), and the arrowhead's tip.
struct GraphLayoutRoute
{
    qint64 fromId = 0;
    qint64 toId = 0;
    QString kind;
    QList<QPointF> points;
    bool hasArrow = false;
    QPointF arrowTip;
    bool hasLabel = false; // a place was kept for the label
    QPointF labelCentre;
};

// Coordinates in points with Y pointing down, as Qt draws; bounds hold every node and route.
struct GraphLayoutResult
{
    QHash<qint64, QPointF> centres;
    QList<GraphLayoutRoute> routes; // in the order of the input's edges
    QRectF bounds;
};

// Places the CMDB graph view's nodes and routes its edges with Graphviz's library (dot or
// sfdp), without the Graphviz programs or their plugin configuration file: the two layout
// plugins the program needs are linked in.
//
// Graphviz keeps global state and is not thread-safe: layouts run one at a time, whichever
// thread asks (a process-wide lock serialises them), so a long one on a worker thread makes
// another caller wait. Graphviz's warnings never reach stderr; a failure comes back as an
// Error with Graphviz's last message as the detail.
class SB_CORE_EXPORT GraphLayout
{
public:
    static Result<GraphLayoutResult> run(const GraphLayoutInput &input,
                                         const GraphLayoutOptions &options = {});
    // "dot" or "sfdp".
    static QString engineName(GraphLayoutOptions::Engine engine);
};

} // namespace sb
