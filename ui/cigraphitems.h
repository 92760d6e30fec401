#pragma once

#include "ui_global.h"

#include "cmdb/impact.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QString>

namespace sb::ui {

class CiEdgeItem;

// How a node is drawn beyond what the record says: its CI type's icon and label, and the
// marks the graph view puts on it.
struct CiNodeLook
{
    QString icon; // one of CiTypes::icons(); empty for services and customers
    QString typeLabel; // the CI type's, or the record type's, label
    QString stateLabel;
    int moreRelations = 0; // a hub's relationships that are not drawn (a "+N" mark)
};

// Draws one of the CMDB's icons (CiTypes::icons(), and "customer") into `rect` in `colour`:
// plain QPainter paths, so that they scale crisply and export as vectors.
SB_UI_EXPORT void paintCmdbIcon(QPainter *painter, const QString &icon, const QRectF &rect,
                                const QColor &colour);

// A record in the CMDB graph: a CI (its type's icon, its name, its ID and state; retired and
// disposed CIs greyed), a catalogue service (a pill) or a customer (cut corners). Impact
// views tint nodes by their distance from the CI looked at.
class SB_UI_EXPORT CiNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1701 };

    CiNodeItem(const CmdbNode &node, const CiNodeLook &look, const QFont &font);
    ~CiNodeItem() override;

    int type() const override { return Type; }
    qint64 id() const { return m_node.id; }
    const CmdbNode &node() const { return m_node; }
    void setNode(const CmdbNode &node, const CiNodeLook &look);
    QSizeF size() const { return m_size; }
    QString title() const { return m_node.title; }
    int moreRelations() const { return m_look.moreRelations; }

    // The size a node needs for this record in this font (the layout's input).
    static QSizeF measure(const CmdbNode &node, const CiNodeLook &look, const QFont &font);

    // 0 or more: the impact distance tint; -1: none.
    void setDistanceTint(int distance);
    int distanceTint() const { return m_tint; }
    void setFocusNode(bool focus);
    bool isFocusNode() const { return m_focus; }
    void setOnPath(bool onPath);
    bool isOnPath() const { return m_onPath; }

    void addEdge(CiEdgeItem *edge) { m_edges.append(edge); }
    void removeEdge(CiEdgeItem *edge) { m_edges.removeAll(edge); }
    const QList<CiEdgeItem *> &edges() const { return m_edges; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // The point where the line from the centre towards `towards` leaves the node's outline.
    QPointF borderPoint(const QPointF &towards) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPainterPath outline() const;
    void updateToolTip();

    CmdbNode m_node;
    CiNodeLook m_look;
    QFont m_font;
    QSizeF m_size;
    int m_tint = -1;
    bool m_focus = false;
    bool m_onPath = false;
    QList<CiEdgeItem *> m_edges;
};

// A relationship: Graphviz's spline (or a straight line while nodes move), an arrowhead at the
// link's target, and the relationship's label at its middle.
class SB_UI_EXPORT CiEdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1702 };

    // `indirect`: joins a node to the nearest shown one it was reached through, over records
    // the CI type filter hides (drawn dashed, without a label of its own kind).
    CiEdgeItem(CiNodeItem *from, CiNodeItem *to, const QString &kind, const QString &label,
               const QFont &font, bool indirect = false);
    ~CiEdgeItem() override;

    int type() const override { return Type; }
    CiNodeItem *fromNode() const { return m_from; }
    CiNodeItem *toNode() const { return m_to; }
    const QString &kind() const { return m_kind; }
    QString label() const { return m_label; }
    void setLabel(const QString &label);
    bool isIndirect() const { return m_indirect; }

    // Graphviz's control points (1 + 3n, scene coordinates), the arrowhead's tip, and where
    // the label goes if Graphviz kept a place for it (else on the middle of the line).
    void setRoute(const QList<QPointF> &points, bool hasArrow, const QPointF &arrowTip,
                  bool hasLabelPlace = false, const QPointF &labelCentre = {});
    // The room the label takes (empty: none).
    QSizeF labelSize() const { return m_labelSize; }
    QPointF labelCentre() const { return m_labelCentre; }
    // A straight line between the nodes' outlines, where they are now.
    void setStraight();
    bool hasRoute() const { return m_routed; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }
    // Lets go of a node that is being deleted.
    void forget(CiNodeItem *node);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void rebuild(const QPainterPath &path, const QPointF &arrowBase, const QPointF &arrowTip,
                 bool hasArrow);

    CiNodeItem *m_from = nullptr;
    CiNodeItem *m_to = nullptr;
    QString m_kind;
    QString m_label;
    QFont m_font;
    bool m_indirect = false;
    bool m_routed = false;
    bool m_highlighted = false;
    bool m_labelPlaced = false; // m_labelCentre is Graphviz's
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelCentre;
    QSizeF m_labelSize;
    QRectF m_bounds;
};

} // namespace sb::ui
