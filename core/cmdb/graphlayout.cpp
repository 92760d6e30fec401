#include "graphlayout.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

// The layout plugins, linked in (core/CMakeLists.txt) and handed to Graphviz as preloaded
// symbols: a fresh machine has no plugin configuration file until `dot -c` runs, and a
// context that reads one would find no layout engine at all.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
}

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GraphLayout)
};

std::mutex &graphvizLock()
{
    static std::mutex lock;
    return lock;
}

// What Graphviz said during the current run; only touched with graphvizLock() held.
QString *g_messages = nullptr;

int collectMessage(char *text)
{
    if (g_messages && text)
        g_messages->append(QString::fromUtf8(text));
    return 0;
}

// The last error among the messages ("Error: ..." lines), else the last line said.
QString lastError(const QString &messages)
{
    const QStringList lines = messages.split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith(QLatin1String("Error")))
            return it->trimmed();
    }
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

// One context for the life of the process: creating it is not free, and Graphviz's own
// globals outlive any context anyway. Deliberately never freed, so that nothing depends on
// the order static objects are destroyed in at exit.
GVC_t *context()
{
    static GVC_t *gvc = [] {
        static const lt_symlist_t builtins[] = {
            {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
            {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
            {nullptr, nullptr},
        };
        // demand_loading 0: the builtins only, no configuration file looked for.
        return gvContextPlugins(builtins, 0);
    }();
    return gvc;
}

// Graphviz 2.43's API takes char * for names and values it never changes.
char *cs(const char *text)
{
    return const_cast<char *>(text);
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

const char *rankDirCode(GraphLayoutOptions::RankDir dir)
{
    switch (dir) {
    case GraphLayoutOptions::RankDir::TopToBottom: return "TB";
    case GraphLayoutOptions::RankDir::LeftToRight: return "LR";
    case GraphLayoutOptions::RankDir::BottomToTop: return "BT";
    case GraphLayoutOptions::RankDir::RightToLeft: return "RL";
    }
    return "TB";
}

// Closes the graph and frees its layout on every way out.
struct GraphGuard
{
    GVC_t *gvc = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    ~GraphGuard()
    {
        if (laidOut)
            gvFreeLayout(gvc, graph);
        if (graph)
            agclose(graph);
    }
};

// Routes Graphviz messages to g_messages for the duration of a run, and back after.
struct MessageCapture
{
    QString text;
    agusererrf previousHandler = nullptr;
    agerrlevel_t previousLevel = AGWARN;
    MessageCapture()
    {
        g_messages = &text;
        previousHandler = agseterrf(collectMessage);
        // Warnings too go to the handler (and so never to stderr).
        previousLevel = agseterr(AGWARN);
    }
    ~MessageCapture()
    {
        agseterr(previousLevel);
        agseterrf(previousHandler);
        g_messages = nullptr;
    }
};

} // namespace

QString GraphLayout::engineName(GraphLayoutOptions::Engine engine)
{
    return engine == GraphLayoutOptions::Engine::Sfdp ? QStringLiteral("sfdp")
                                                      : QStringLiteral("dot");
}

Result<GraphLayoutResult> GraphLayout::run(const GraphLayoutInput &input,
                                           const GraphLayoutOptions &options)
{
    if (input.nodes.size() > options.maxNodes)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The graph has %1 nodes; at most %2 can be laid out at once.")
                         .arg(input.nodes.size())
                         .arg(options.maxNodes));
    if (input.edges.size() > options.maxEdges)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The graph has %1 relationships; at most %2 can be laid out at once.")
                         .arg(input.edges.size())
                         .arg(options.maxEdges));
    QSet<qint64> ids;
    ids.reserve(input.nodes.size());
    for (const GraphLayoutNode &n : input.nodes) {
        if (ids.contains(n.id))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The node %1 is in the graph twice.").arg(n.id));
        if (!(n.width > 0) || !(n.height > 0) || !std::isfinite(n.width)
            || !std::isfinite(n.height))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The node %1 has no size to lay out.").arg(n.id));
        ids.insert(n.id);
    }
    for (const GraphLayoutEdge &e : input.edges) {
        if (!ids.contains(e.fromId) || !ids.contains(e.toId))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("A relationship from %1 to %2 names a node not in the graph.")
                             .arg(e.fromId)
                             .arg(e.toId));
    }
    GraphLayoutResult out;
    if (input.nodes.isEmpty())
        return out;

    const std::lock_guard<std::mutex> locked(graphvizLock());
    MessageCapture capture;
    GraphGuard guard;
    guard.gvc = context();
    if (!guard.gvc)
        return Error(ErrorCode::Internal, Tr::tr("The graph layout library could not start."),
                     lastError(capture.text));

    const bool dot = options.engine == GraphLayoutOptions::Engine::Dot;
    guard.graph = agopen(cs("servicebench"), Agdirected, nullptr);
    Agraph_t *g = guard.graph;
    agattr(g, AGRAPH, cs("nodesep"), inches(std::max(2.0, options.nodeSeparation)).data());
    if (dot) {
        agattr(g, AGRAPH, cs("rankdir"), cs(rankDirCode(options.rankDir)));
        agattr(g, AGRAPH, cs("ranksep"), inches(std::max(2.0, options.rankSeparation)).data());
        // Crossing minimisation and the network simplex placing nodes across are most of
        // dot's time on hundreds of nodes (with labels, twice the ranks): a big graph gets
        // fewer rounds of both, which costs a crossing or a kink, not readability. A small
        // one gets dot's best.
        if (input.nodes.size() > 150) {
            agattr(g, AGRAPH, cs("mclimit"), cs("0.2"));
            agattr(g, AGRAPH, cs("nslimit"), cs("1"));
        }
    } else {
        // Straight, clipped edges: routing splines around 2,000 nodes would take seconds and
        // make an overview no clearer. Overlaps are removed keeping the drawing's shape
        // (prism; vpsc stacks wide boxes into a column, scaling blows the drawing up). Past a
        // thousand nodes prism's rounds are capped: a few boxes may still touch, in half the
        // time (see the benchmark layout_sfdp_2000).
        agattr(g, AGRAPH, cs("splines"), cs("line"));
        agattr(g, AGRAPH, cs("overlap"), cs(input.nodes.size() > 1000 ? "prism20" : "prism"));
        // "+n": at least n points of margin kept around every node.
        QByteArray margin =
            '+' + QByteArray::number(std::max(1.0, options.nodeSeparation / 2), 'f', 1);
        agattr(g, AGRAPH, cs("sep"), margin.data());
    }
    agattr(g, AGNODE, cs("shape"), cs("box"));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    agattr(g, AGNODE, cs("label"), cs(""));
    Agsym_t *width = agattr(g, AGNODE, cs("width"), cs("1"));
    Agsym_t *height = agattr(g, AGNODE, cs("height"), cs("0.5"));

    Agsym_t *direction = agattr(g, AGEDGE, cs("dir"), cs("forward"));
    Agsym_t *label = agattr(g, AGEDGE, cs("label"), cs(""));

    QHash<qint64, Agnode_t *> nodes;
    nodes.reserve(input.nodes.size());
    for (const GraphLayoutNode &n : input.nodes) {
        QByteArray name = QByteArray::number(n.id);
        Agnode_t *node = agnode(g, name.data(), 1);
        agxset(node, width, inches(n.width).data());
        agxset(node, height, inches(n.height).data());
        nodes.insert(n.id, node);
    }
    std::vector<Agedge_t *> edges;
    edges.reserve(size_t(input.edges.size()));
    for (int i = 0; i < input.edges.size(); ++i) {
        const GraphLayoutEdge &e = input.edges[i];
        // Named by position: two relationships between the same nodes stay two edges.
        QByteArray name = QByteArray::number(i);
        Agnode_t *tail = nodes.value(e.headFirst ? e.toId : e.fromId);
        Agnode_t *head = nodes.value(e.headFirst ? e.fromId : e.toId);
        Agedge_t *edge = agedge(g, tail, head, name.data(), 1);
        if (e.headFirst)
            agxset(edge, direction, cs("back"));
        if (dot && e.labelSize.width() > 0 && e.labelSize.height() > 0) {
            // An empty table of the label's size: the room is kept without Graphviz measuring
            // text in fonts it may not have.
            QByteArray html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"0\" "
                              "CELLSPACING=\"0\" FIXEDSIZE=\"TRUE\" WIDTH=\""
                + QByteArray::number(std::ceil(e.labelSize.width())) + "\" HEIGHT=\""
                + QByteArray::number(std::ceil(e.labelSize.height()))
                + "\"><TR><TD></TD></TR></TABLE>";
            agxset(edge, label, agstrdup_html(g, html.data()));
        }
        edges.push_back(edge);
    }

    const QByteArray engine = engineName(options.engine).toLatin1();
    if (gvLayout(guard.gvc, g, engine.constData()) != 0)
        return Error(
            ErrorCode::Internal,
            Tr::tr("The graph could not be laid out with %1.").arg(QString::fromLatin1(engine)),
            lastError(capture.text));
    guard.laidOut = true;

    const boxf bb = GD_bb(g);
    // Graphviz's Y axis points up; Qt's down. Mirrored within the bounding box.
    const double flip = bb.LL.y + bb.UR.y;
    auto toQt = [flip](pointf p) {
        return QPointF(p.x, flip - p.y);
    };
    QRectF bounds;
    out.centres.reserve(input.nodes.size());
    for (const GraphLayoutNode &n : input.nodes) {
        const QPointF c = toQt(ND_coord(nodes.value(n.id)));
        out.centres.insert(n.id, c);
        bounds |= QRectF(c.x() - n.width / 2, c.y() - n.height / 2, n.width, n.height);
    }
    out.routes.reserve(input.edges.size());
    for (int i = 0; i < input.edges.size(); ++i) {
        const GraphLayoutEdge &e = input.edges[i];
        GraphLayoutRoute r;
        r.fromId = e.fromId;
        r.toId = e.toId;
        r.kind = e.kind;
        const splines *spl = ED_spl(edges[size_t(i)]);
        if (spl && spl->size > 0) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int p = 0; p < bz.size; ++p)
                    r.points.append(toQt(bz.list[p]));
                // Laid out backwards, the arrowhead sits at Graphviz's tail.
                if (e.headFirst ? bz.sflag : bz.eflag) {
                    r.hasArrow = true;
                    r.arrowTip = toQt(e.headFirst ? bz.sp : bz.ep);
                }
            }
            if (e.headFirst)
                std::reverse(r.points.begin(), r.points.end());
        }
        if (r.points.size() < 2) {
            // No route (a loop Graphviz skipped): a straight line between the centres.
            const QPointF a = out.centres.value(e.fromId);
            const QPointF b = out.centres.value(e.toId);
            r.points = {a, a + (b - a) / 3, a + (b - a) * 2 / 3, b};
            r.hasArrow = false;
        }
        if (const textlabel_t *placed = ED_label(edges[size_t(i)]); placed && placed->set) {
            r.hasLabel = true;
            r.labelCentre = toQt(placed->pos);
            bounds |= QRectF(r.labelCentre - QPointF(e.labelSize.width(), e.labelSize.height()) / 2,
                             e.labelSize);
        }
        for (const QPointF &p : std::as_const(r.points))
            bounds |= QRectF(p, QSizeF(0.01, 0.01));
        if (r.hasArrow)
            bounds |= QRectF(r.arrowTip, QSizeF(0.01, 0.01));
        out.routes.append(std::move(r));
    }
    out.bounds = bounds;
    return out;
}

} // namespace sb
