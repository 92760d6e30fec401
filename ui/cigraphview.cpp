#include "cigraphview.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QEasingCurve>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QKeyEvent>
#include <QPainter>
#include <QPrinter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSet>
#include <QSvgGenerator>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CiGraphView)
};

constexpr double ExportMargin = 24;
constexpr int MaxImageSide = 12000;
} // namespace

CiGraphView::CiGraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(u"cmdbGraphView"_s);
    m_scene = new QGraphicsScene(this);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 160);

    m_itemFont = font();
    m_itemFont.setPixelSize(std::max(9, QFontInfo(font()).pixelSize()));

    m_move = new QVariantAnimation(this);
    m_move->setStartValue(0.0);
    m_move->setEndValue(1.0);
    m_move->setDuration(350);
    m_move->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_move, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        const double t = v.toDouble();
        for (auto it = m_moveTo.cbegin(); it != m_moveTo.cend(); ++it) {
            if (CiNodeItem *n = m_nodes.value(it.key())) {
                const QPointF from = m_moveFrom.value(it.key(), it.value());
                n->setPos(from + (it.value() - from) * t);
            }
        }
    });
    connect(m_move, &QVariantAnimation::finished, this, &CiGraphView::finishLayout);

    m_zoomAnimation = new QVariantAnimation(this);
    m_zoomAnimation->setDuration(160);
    m_zoomAnimation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_zoomAnimation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { setZoom(v.toDouble(), false); });

    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { Q_EMIT selectedNodeChanged(selectedId()); });
}

CiGraphView::~CiGraphView()
{
    m_move->stop();
    // Edges first: each lets go of its nodes.
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
}

QString CiGraphView::edgeKey(qint64 from, qint64 to, const QString &kind, bool indirect)
{
    return u"%1>%2:%3%4"_s.arg(from).arg(to).arg(kind, indirect ? u"~"_s : QString());
}

void CiGraphView::clearGraph()
{
    setGraph({}, {});
}

void CiGraphView::setGraph(const QList<CiGraphNode> &nodes, const QList<CiGraphEdge> &edges)
{
    m_move->stop();
    m_pendingRoutes.clear();
    m_moveTo.clear();
    m_moveFrom.clear();
    QHash<qint64, const CiGraphNode *> wanted;
    for (const CiGraphNode &n : nodes)
        wanted.insert(n.node.id, &n);
    QHash<QString, const CiGraphEdge *> wantedEdges;
    for (const CiGraphEdge &e : edges) {
        if (wanted.contains(e.fromId) && wanted.contains(e.toId))
            wantedEdges.insert(edgeKey(e.fromId, e.toId, e.kind, e.indirect), &e);
    }

    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (!wantedEdges.contains(it.key())) {
            delete it.value();
            m_headFirst.remove(it.key());
            it = m_edges.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (!wanted.contains(it.key())) {
            delete it.value();
            it = m_nodes.erase(it);
        } else {
            ++it;
        }
    }

    // Where a new node starts: on the node it was reached from, if that is drawn already.
    QPointF centre;
    if (!m_nodes.isEmpty()) {
        for (CiNodeItem *n : std::as_const(m_nodes))
            centre += n->pos();
        centre /= double(m_nodes.size());
    }
    bool added = false;
    for (const CiGraphNode &n : nodes) {
        if (CiNodeItem *item = m_nodes.value(n.node.id)) {
            item->setNode(n.node, n.look);
            continue;
        }
        auto *item = new CiNodeItem(n.node, n.look, m_itemFont);
        const CiNodeItem *via = m_nodes.value(n.node.viaId);
        item->setPos(via ? via->pos() : centre);
        m_scene->addItem(item);
        m_nodes.insert(n.node.id, item);
        added = true;
    }
    for (auto it = wantedEdges.cbegin(); it != wantedEdges.cend(); ++it) {
        const CiGraphEdge &e = *it.value();
        m_headFirst.insert(it.key(), e.headFirst);
        if (CiEdgeItem *item = m_edges.value(it.key())) {
            item->setLabel(e.label);
            continue;
        }
        auto *item = new CiEdgeItem(m_nodes.value(e.fromId), m_nodes.value(e.toId), e.kind, e.label,
                                    m_itemFont, e.indirect);
        m_scene->addItem(item);
        m_edges.insert(it.key(), item);
        added = true;
    }
    if (added || m_nodes.isEmpty())
        m_laidOut = false;
    updateSceneRect();
}

GraphLayoutInput CiGraphView::layoutInput() const
{
    GraphLayoutInput in;
    in.nodes.reserve(m_nodes.size());
    for (const CiNodeItem *n : std::as_const(m_nodes))
        in.nodes.append({n->id(), n->size().width(), n->size().height()});
    // A stable order, so that the same graph is the same request.
    std::sort(in.nodes.begin(), in.nodes.end(),
              [](const GraphLayoutNode &a, const GraphLayoutNode &b) { return a.id < b.id; });
    QStringList keys = m_edges.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const CiEdgeItem *e = m_edges.value(key);
        if (!e->fromNode() || !e->toNode())
            continue;
        // Indirect edges take part too: what they join stays together.
        in.edges.append({e->fromNode()->id(), e->toNode()->id(),
                         e->isIndirect() ? e->kind() + u'~' : e->kind(), m_headFirst.value(key),
                         e->labelSize()});
    }
    return in;
}

void CiGraphView::applyLayout(const GraphLayoutResult &layout, bool animate, qint64 anchorId)
{
    m_move->stop();
    QPointF offset;
    if (CiNodeItem *anchor = m_nodes.value(anchorId); anchor && layout.centres.contains(anchorId))
        offset = anchor->pos() - layout.centres.value(anchorId);
    m_moveFrom.clear();
    m_moveTo.clear();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!layout.centres.contains(it.key()))
            continue;
        m_moveFrom.insert(it.key(), it.value()->pos());
        m_moveTo.insert(it.key(), layout.centres.value(it.key()) + offset);
    }
    m_pendingRoutes.clear();
    for (const GraphLayoutRoute &r : layout.routes) {
        const bool indirect = r.kind.endsWith(u'~');
        const QString kind = indirect ? r.kind.chopped(1) : r.kind;
        m_pendingRoutes.insert(edgeKey(r.fromId, r.toId, kind, indirect), r);
    }
    m_routeOffset = offset;
    if (animate && m_nodes.size() <= AnimateLimit && isVisible()) {
        m_move->start();
    } else {
        finishLayout();
    }
}

bool CiGraphView::isAnimating() const
{
    return m_move->state() == QAbstractAnimation::Running;
}

void CiGraphView::finishLayout()
{
    for (auto it = m_moveTo.cbegin(); it != m_moveTo.cend(); ++it) {
        if (CiNodeItem *n = m_nodes.value(it.key()))
            n->setPos(it.value());
    }
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        auto route = m_pendingRoutes.constFind(it.key());
        if (route == m_pendingRoutes.constEnd()) {
            it.value()->setStraight();
            continue;
        }
        QList<QPointF> points = route->points;
        for (QPointF &p : points)
            p += m_routeOffset;
        it.value()->setRoute(points, route->hasArrow, route->arrowTip + m_routeOffset,
                             route->hasLabel, route->labelCentre + m_routeOffset);
    }
    m_pendingRoutes.clear();
    m_moveTo.clear();
    m_moveFrom.clear();
    m_laidOut = true;
    updateSceneRect();
    Q_EMIT layoutApplied();
}

QRectF CiGraphView::contentRect() const
{
    QRectF r;
    for (const CiNodeItem *n : std::as_const(m_nodes))
        r |= n->sceneBoundingRect();
    for (const CiEdgeItem *e : std::as_const(m_edges))
        r |= e->sceneBoundingRect();
    return r;
}

void CiGraphView::updateSceneRect()
{
    // Room around the drawing, so that it can be dragged a little past its edges.
    const QRectF content = contentRect();
    const double mx = std::max(200.0, viewport()->width() / std::max(zoom(), 0.05) / 2);
    const double my = std::max(200.0, viewport()->height() / std::max(zoom(), 0.05) / 2);
    m_scene->setSceneRect(content.isNull() ? QRectF(-mx, -my, 2 * mx, 2 * my)
                                           : content.adjusted(-mx, -my, mx, my));
}

void CiGraphView::setMarks(qint64 focusId, bool tintByDistance, const QList<qint64> &path)
{
    const QSet<qint64> onPath(path.cbegin(), path.cend());
    for (CiNodeItem *n : std::as_const(m_nodes)) {
        n->setFocusNode(n->id() == focusId);
        n->setDistanceTint(tintByDistance && n->node().distance >= 0 ? n->node().distance : -1);
        n->setOnPath(path.size() > 1 && onPath.contains(n->id()));
    }
    QSet<QPair<qint64, qint64>> steps;
    for (int i = 1; i < path.size(); ++i) {
        steps.insert({path[i - 1], path[i]});
        steps.insert({path[i], path[i - 1]});
    }
    for (CiEdgeItem *e : std::as_const(m_edges)) {
        const bool on = e->fromNode() && e->toNode()
            && steps.contains({e->fromNode()->id(), e->toNode()->id()});
        e->setHighlighted(on);
    }
}

qint64 CiGraphView::selectedId() const
{
    for (QGraphicsItem *i : m_scene->selectedItems()) {
        if (i->type() == CiNodeItem::Type)
            return static_cast<CiNodeItem *>(i)->id();
    }
    return 0;
}

void CiGraphView::selectNode(qint64 id, bool centre)
{
    CiNodeItem *n = m_nodes.value(id);
    {
        const QSignalBlocker block(m_scene);
        m_scene->clearSelection();
        if (n)
            n->setSelected(true);
    }
    if (n && centre)
        centerOn(n);
    Q_EMIT selectedNodeChanged(selectedId());
}

void CiGraphView::centreOn(qint64 id)
{
    if (CiNodeItem *n = m_nodes.value(id))
        centerOn(n);
}

double CiGraphView::zoom() const
{
    return transform().m11();
}

void CiGraphView::setZoom(double value, bool underMouse)
{
    value = std::clamp(value, MinZoom, MaxZoom);
    const double factor = value / zoom();
    if (std::abs(factor - 1) < 1e-6)
        return;
    setTransformationAnchor(underMouse ? AnchorUnderMouse : AnchorViewCenter);
    scale(factor, factor);
    setTransformationAnchor(AnchorUnderMouse);
    Q_EMIT zoomChanged(zoom());
}

void CiGraphView::zoomBy(double factor, bool underMouse)
{
    m_fitted = false;
    if (underMouse) {
        m_zoomAnimation->stop();
        setZoom(zoom() * factor, true);
        return;
    }
    // From the keyboard and the buttons: a short glide rather than a jump.
    const double target = std::clamp((m_zoomAnimation->state() == QAbstractAnimation::Running
                                          ? m_zoomAnimation->endValue().toDouble()
                                          : zoom())
                                         * factor,
                                     MinZoom, MaxZoom);
    m_zoomAnimation->stop();
    m_zoomAnimation->setStartValue(zoom());
    m_zoomAnimation->setEndValue(target);
    if (isVisible())
        m_zoomAnimation->start();
    else
        setZoom(target, false);
}

void CiGraphView::zoomIn()
{
    zoomBy(1.25, false);
}

void CiGraphView::zoomOut()
{
    zoomBy(1 / 1.25, false);
}

void CiGraphView::fitAll()
{
    m_zoomAnimation->stop();
    const QRectF content = contentRect();
    if (content.isEmpty())
        return;
    const QRectF target = content.adjusted(-16, -16, 16, 16);
    const double fit =
        std::min(viewport()->width() / target.width(), viewport()->height() / target.height());
    // A small graph is not blown up past a comfortable size. A large one around a focus is not
    // shrunk past where the names can be read: the focus is centred and the rest scrolls
    // (an overview, without a focus, shows everything).
    const CiNodeItem *focus = nullptr;
    for (const CiNodeItem *n : std::as_const(m_nodes)) {
        if (n->isFocusNode())
            focus = n;
    }
    const bool readable = focus && fit < ReadableZoom;
    setZoom(readable ? ReadableZoom : std::min(fit, 1.2), false);
    updateSceneRect();
    centerOn(readable ? focus->sceneBoundingRect().center() : target.center());
    m_fitted = true;
}

void CiGraphView::mousePressEvent(QMouseEvent *event)
{
    // Dragging the background pans: the view is the user's now.
    if (!nodeAt(event->position().toPoint()))
        m_fitted = false;
    QGraphicsView::mousePressEvent(event);
}

void CiGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll();
}

void CiGraphView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Proportional to the turn: a touchpad's small steps zoom smoothly.
    zoomBy(std::pow(1.0015, delta), true);
    event->accept();
}

CiNodeItem *CiGraphView::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *i : items(viewPos)) {
        if (i->type() == CiNodeItem::Type)
            return static_cast<CiNodeItem *>(i);
    }
    return nullptr;
}

void CiGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (CiNodeItem *n = nodeAt(event->position().toPoint())) {
        Q_EMIT nodeActivated(n->id());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void CiGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    if (CiNodeItem *n = nodeAt(event->pos())) {
        if (!n->isSelected())
            selectNode(n->id(), false);
        Q_EMIT nodeMenuRequested(n->id(), event->globalPos());
    } else {
        Q_EMIT backgroundMenuRequested(event->globalPos());
    }
    event->accept();
}

void CiGraphView::keyPressEvent(QKeyEvent *event)
{
    // Plain + and - too, beside the panel's Ctrl shortcuts.
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomIn();
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomOut();
            return;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (const qint64 id = selectedId()) {
            Q_EMIT nodeActivated(id);
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void CiGraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfbfcfd));
}

QImage CiGraphView::renderImage(double scale) const
{
    const QRectF content = contentRect();
    const QRectF source =
        content.adjusted(-ExportMargin, -ExportMargin, ExportMargin, ExportMargin);
    if (content.isEmpty())
        return {};
    scale = std::min(scale, MaxImageSide / std::max(source.width(), source.height()));
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                     std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    return image;
}

Error CiGraphView::exportPng(const QString &path) const
{
    const QImage image = renderImage(2.0);
    if (image.isNull())
        return Error(ErrorCode::InvalidInput, Tr::tr("There is no graph to save."));
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return Error(
            ErrorCode::Io,
            Tr::tr("The picture could not be saved as %1.").arg(QFileInfo(path).fileName()),
            writer.errorString());
    return {};
}

Error CiGraphView::exportSvg(const QString &path, const QString &title) const
{
    const QRectF content = contentRect();
    const QRectF source =
        content.adjusted(-ExportMargin, -ExportMargin, ExportMargin, ExportMargin);
    if (content.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("There is no graph to save."));
    const QSize size(int(std::ceil(source.width())), int(std::ceil(source.height())));
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(Tr::tr("Drawn by Servicebench"));
    QPainter p;
    if (!p.begin(&svg))
        return Error(
            ErrorCode::Io,
            Tr::tr("The drawing could not be saved as %1.").arg(QFileInfo(path).fileName()));
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    m_scene->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    if (!p.end())
        return Error(
            ErrorCode::Io,
            Tr::tr("The drawing could not be saved as %1.").arg(QFileInfo(path).fileName()));
    if (QFileInfo(path).size() <= 0)
        return Error(
            ErrorCode::Io,
            Tr::tr("The drawing could not be saved as %1.").arg(QFileInfo(path).fileName()));
    return {};
}

void CiGraphView::print(QPrinter *printer) const
{
    const QRectF content = contentRect();
    const QRectF source =
        content.adjusted(-ExportMargin, -ExportMargin, ExportMargin, ExportMargin);
    if (content.isEmpty())
        return;
    QPainter p;
    if (!p.begin(printer))
        return;
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    m_scene->render(&p, QRectF(QPointF(0, 0), page.size()), source, Qt::KeepAspectRatio);
    p.end();
}

} // namespace sb::ui
