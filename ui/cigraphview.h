#pragma once

#include "ui_global.h"

#include "cigraphitems.h"

#include "cmdb/graphlayout.h"
#include "error.h"

#include <QGraphicsView>
#include <QHash>
#include <QImage>
#include <QList>

class QPrinter;
class QVariantAnimation;

namespace sb::ui {

// A record to draw, with how it looks.
struct CiGraphNode
{
    CmdbNode node;
    CiNodeLook look;
};

// A relationship to draw.
struct CiGraphEdge
{
    qint64 fromId = 0;
    qint64 toId = 0;
    QString kind;
    QString label; // the relationship's forward label, translated
    bool indirect = false; // over records the filter hides
    bool headFirst = false; // lay out with the target above (a part below its whole)
};

// The CMDB graph drawing: nodes and relationships as items, laid out by Graphviz (the layout
// comes from outside: see GraphLayoutWorker), moved smoothly to new places when the graph
// grows or shrinks. Zooms with the wheel under the mouse, pans by dragging the background,
// exports to PNG and SVG and prints. Scene units are Graphviz's points; the items' fonts are
// sized in pixels, so that pictures, SVG files and print-outs keep text and boxes together.
class SB_UI_EXPORT CiGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    // The zoom at which node names show (CiNodeItem draws them from a level of detail of 0.45).
    static constexpr double ReadableZoom = 0.7;
    static constexpr double MinZoom = 0.03;
    static constexpr double MaxZoom = 4.0;
    // Above this many nodes a new layout is applied at once, not moved to.
    static constexpr int AnimateLimit = 400;

    explicit CiGraphView(QWidget *parent = nullptr);
    ~CiGraphView() override;

    // What to draw. Items not in the lists go; new nodes start beside the node they were
    // reached from (the layout then moves them to their places); kept nodes stay put.
    void setGraph(const QList<CiGraphNode> &nodes, const QList<CiGraphEdge> &edges);
    void clearGraph();
    // The graph as the layout needs it: node sizes in this font, the edges.
    GraphLayoutInput layoutInput() const;
    // Moves the nodes to their laid-out places (animated unless told not or the graph is
    // big) and routes the edges. The node `anchorId` stays where it is on the screen, so that
    // an expansion does not throw the drawing about; 0: the layout is taken as it is.
    void applyLayout(const GraphLayoutResult &layout, bool animate, qint64 anchorId = 0);
    bool isAnimating() const;
    // Laid out since the last setGraph() (every node placed by Graphviz).
    bool isLaidOut() const { return m_laidOut; }

    // The focus ring, impact tints (by each node's distance) and the path highlighted.
    void setMarks(qint64 focusId, bool tintByDistance, const QList<qint64> &path);

    CiNodeItem *nodeItem(qint64 id) const { return m_nodes.value(id); }
    QList<CiNodeItem *> nodeItems() const { return m_nodes.values(); }
    QList<CiEdgeItem *> edgeItems() const { return m_edges.values(); }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    qint64 selectedId() const;
    void selectNode(qint64 id, bool centre);

    double zoom() const;
    void zoomIn();
    void zoomOut();
    // Scales by `factor` about the point under the mouse (wheel) or the view's centre.
    void zoomBy(double factor, bool underMouse);
    void fitAll();
    void centreOn(qint64 id);

    // The drawing as pictures; `scale` 2 makes a sharp picture of a small graph, and a big
    // one is scaled down to at most 12,000 pixels a side.
    QImage renderImage(double scale = 2.0) const;
    Error exportPng(const QString &path) const;
    Error exportSvg(const QString &path, const QString &title) const;
    // Draws the graph on the printer's page, fitted to it.
    void print(QPrinter *printer) const;

Q_SIGNALS:
    void nodeActivated(qint64 id); // double-click
    void nodeMenuRequested(qint64 id, const QPoint &globalPos);
    void backgroundMenuRequested(const QPoint &globalPos);
    void selectedNodeChanged(qint64 id); // 0: none
    void zoomChanged(double zoom);
    void layoutApplied();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    static QString edgeKey(qint64 from, qint64 to, const QString &kind, bool indirect);
    CiNodeItem *nodeAt(const QPoint &viewPos) const;
    void finishLayout();
    void updateSceneRect();
    QRectF contentRect() const;
    void setZoom(double zoom, bool underMouse);

    QGraphicsScene *m_scene = nullptr;
    QFont m_itemFont; // in pixels
    QHash<qint64, CiNodeItem *> m_nodes;
    QHash<QString, CiEdgeItem *> m_edges;
    QHash<QString, bool> m_headFirst; // by edge key
    QVariantAnimation *m_move = nullptr;
    QVariantAnimation *m_zoomAnimation = nullptr;
    QHash<qint64, QPointF> m_moveFrom;
    QHash<qint64, QPointF> m_moveTo;
    QHash<QString, GraphLayoutRoute> m_pendingRoutes; // applied once the nodes have arrived
    QPointF m_routeOffset;
    bool m_laidOut = false;
    // The whole graph was fitted and the user has not zoomed or panned since: a resized view
    // fits it again.
    bool m_fitted = false;
};

} // namespace sb::ui
