#include "cigraphitems.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CiGraphView)
};

constexpr double Pad = 8;
constexpr double IconSize = 24;
constexpr double MinWidth = 112;
constexpr double MaxTextWidth = 210;
constexpr double ArrowLength = 9;
constexpr double MoreMarkHeight = 15;

bool isGreyed(const CmdbNode &n)
{
    return n.state == u"retired"_s || n.state == u"disposed"_s;
}

// The accent of each icon: the badge behind it and the node's colour when zoomed far out.
QColor accent(const QString &icon)
{
    static const QHash<QString, QColor> colours {
        {u"generic"_s, QColor(0x546e7a)},     {u"service"_s, QColor(0x6a1b9a)},
        {u"application"_s, QColor(0x1565c0)}, {u"database"_s, QColor(0x00838f)},
        {u"server"_s, QColor(0x37474f)},      {u"virtual"_s, QColor(0x3949ab)},
        {u"network"_s, QColor(0x2e7d32)},     {u"storage"_s, QColor(0xe65100)},
        {u"device"_s, QColor(0x6d4c41)},      {u"software"_s, QColor(0x0277bd)},
        {u"licence"_s, QColor(0xad1457)},     {u"document"_s, QColor(0x5d4037)},
        {u"location"_s, QColor(0xc62828)},    {u"customer"_s, QColor(0x00796b)},
    };
    return colours.value(icon, QColor(0x546e7a));
}

// The border says the CI's state: live green, in test amber, in repair red, planned and
// ordered dashed (not there yet), retired and disposed grey.
QColor stateColour(const QString &state)
{
    if (state == u"live"_s || state == u"active"_s)
        return QColor(0x2e7d32);
    if (state == u"in_test"_s)
        return QColor(0xf9a825);
    if (state == u"in_repair"_s)
        return QColor(0xc62828);
    if (state == u"planned"_s || state == u"ordered"_s)
        return QColor(0x78909c);
    if (state == u"retired"_s || state == u"disposed"_s)
        return QColor(0xb0b0b0);
    return QColor(0x78909c);
}

QColor tintColour(int distance)
{
    static const QColor tints[] = {QColor(0xffcdd2), QColor(0xffe0b2), QColor(0xffecb3),
                                   QColor(0xfff5d6), QColor(0xfffaeb)};
    return tints[qBound(0, distance, 4)];
}

QString iconOf(const CmdbNode &n, const CiNodeLook &look)
{
    if (n.type == u"customer"_s)
        return u"customer"_s;
    if (n.type == u"service"_s)
        return u"service"_s;
    return look.icon.isEmpty() ? u"generic"_s : look.icon;
}

QFont boldOf(QFont f)
{
    f.setBold(true);
    return f;
}

// A font `factor` times as large, in pixels or points as the font is given.
QFont scaled(QFont f, double factor)
{
    if (f.pixelSize() > 0)
        f.setPixelSize(std::max(7, int(std::lround(f.pixelSize() * factor))));
    else if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    return f;
}

QFont smallOf(const QFont &f)
{
    return scaled(f, 0.86);
}

QString secondLine(const CmdbNode &n, const CiNodeLook &look)
{
    return look.stateLabel.isEmpty() ? n.humanId
                                     : Tr::tr("%1 · %2", "a node's ID and state in the CMDB graph")
                                           .arg(n.humanId, look.stateLabel);
}

} // namespace

void paintCmdbIcon(QPainter *p, const QString &icon, const QRectF &rect, const QColor &colour)
{
    p->save();
    p->translate(rect.topLeft());
    p->scale(rect.width() / 24.0, rect.height() / 24.0);
    QPen pen(colour, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QBrush fill(colour);
    if (icon == u"service"_s) {
        // A counter bell: the service desk's sign.
        QPainterPath dome;
        dome.moveTo(4, 17);
        dome.arcTo(QRectF(4, 7, 16, 20), 180, -180);
        dome.closeSubpath();
        p->drawPath(dome);
        p->drawLine(QPointF(2.5, 19.5), QPointF(21.5, 19.5));
        p->drawLine(QPointF(12, 7), QPointF(12, 5));
        p->drawLine(QPointF(10, 4.5), QPointF(14, 4.5));
    } else if (icon == u"application"_s) {
        p->drawRoundedRect(QRectF(3, 4, 18, 16), 2, 2);
        p->drawLine(QPointF(3, 8.5), QPointF(21, 8.5));
        p->setBrush(fill);
        p->setPen(Qt::NoPen);
        for (double x : {5.6, 8.0, 10.4})
            p->drawEllipse(QPointF(x, 6.3), 0.9, 0.9);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawLine(QPointF(7, 13), QPointF(17, 13));
        p->drawLine(QPointF(7, 16.5), QPointF(13, 16.5));
    } else if (icon == u"database"_s) {
        p->drawEllipse(QRectF(5, 3, 14, 5));
        QPainterPath body;
        body.moveTo(5, 5.5);
        body.lineTo(5, 18.5);
        body.arcTo(QRectF(5, 16, 14, 5), 180, 180);
        body.lineTo(19, 5.5);
        p->drawPath(body);
        QPainterPath middle;
        middle.moveTo(5, 12);
        middle.arcTo(QRectF(5, 9.5, 14, 5), 180, 180);
        p->drawPath(middle);
    } else if (icon == u"server"_s) {
        for (double y : {3.0, 9.5, 16.0}) {
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(QRectF(3.5, y, 17, 5), 1.2, 1.2);
            p->setBrush(fill);
            p->drawEllipse(QPointF(17, y + 2.5), 0.8, 0.8);
            p->drawLine(QPointF(6.5, y + 2.5), QPointF(11, y + 2.5));
        }
    } else if (icon == u"virtual"_s) {
        QPen dashed = pen;
        dashed.setDashPattern({2.0, 1.6});
        p->setPen(dashed);
        p->drawRoundedRect(QRectF(2.5, 2.5, 19, 19), 2.5, 2.5);
        p->setPen(pen);
        for (double y : {6.5, 12.5}) {
            p->drawRoundedRect(QRectF(6, y, 12, 4.5), 1, 1);
            p->setBrush(fill);
            p->drawEllipse(QPointF(15.3, y + 2.25), 0.7, 0.7);
            p->setBrush(Qt::NoBrush);
        }
    } else if (icon == u"network"_s) {
        const QPointF hub(12, 12);
        const QPointF ends[] = {{4, 5}, {20, 5}, {4, 19}, {20, 19}};
        for (const QPointF &e : ends)
            p->drawLine(hub, e);
        p->setBrush(Qt::white);
        p->drawRoundedRect(QRectF(8, 9, 8, 6), 1.2, 1.2);
        p->setBrush(fill);
        for (const QPointF &e : ends)
            p->drawEllipse(e, 2.1, 2.1);
    } else if (icon == u"storage"_s) {
        for (double y : {4.0, 10.0, 16.0}) {
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(QRectF(3, y, 18, 4.6), 2.3, 2.3);
            p->setBrush(fill);
            p->drawEllipse(QPointF(6.4, y + 2.3), 0.8, 0.8);
        }
    } else if (icon == u"device"_s) {
        p->drawRoundedRect(QRectF(5, 5, 14, 10), 1.2, 1.2);
        QPainterPath base;
        base.moveTo(3, 17);
        base.lineTo(21, 17);
        base.lineTo(22.5, 19.5);
        base.lineTo(1.5, 19.5);
        base.closeSubpath();
        p->drawPath(base);
    } else if (icon == u"software"_s) {
        p->drawPolyline(QPolygonF({{8, 6}, {2.5, 12}, {8, 18}}));
        p->drawPolyline(QPolygonF({{16, 6}, {21.5, 12}, {16, 18}}));
        p->drawLine(QPointF(13.5, 4.5), QPointF(10.5, 19.5));
    } else if (icon == u"licence"_s) {
        p->drawEllipse(QPointF(7.5, 12), 4.5, 4.5);
        p->drawEllipse(QPointF(7.5, 12), 1.4, 1.4);
        p->drawLine(QPointF(12, 12), QPointF(21.5, 12));
        p->drawLine(QPointF(18.5, 12), QPointF(18.5, 15.5));
        p->drawLine(QPointF(21, 12), QPointF(21, 15));
    } else if (icon == u"document"_s) {
        QPainterPath page;
        page.moveTo(5, 2.5);
        page.lineTo(14.5, 2.5);
        page.lineTo(19.5, 7.5);
        page.lineTo(19.5, 21.5);
        page.lineTo(5, 21.5);
        page.closeSubpath();
        p->drawPath(page);
        p->drawPolyline(QPolygonF({{14.5, 2.5}, {14.5, 7.5}, {19.5, 7.5}}));
        for (double y : {11.5, 14.5, 17.5})
            p->drawLine(QPointF(8, y), QPointF(16.5, y));
    } else if (icon == u"location"_s) {
        QPainterPath pin;
        pin.moveTo(12, 22);
        pin.cubicTo(7, 16, 4.5, 12.5, 4.5, 9.5);
        pin.arcTo(QRectF(4.5, 2, 15, 15), 180, -180);
        pin.cubicTo(19.5, 12.5, 17, 16, 12, 22);
        p->drawPath(pin);
        p->drawEllipse(QPointF(12, 9.5), 2.6, 2.6);
    } else if (icon == u"customer"_s) {
        p->drawEllipse(QPointF(12, 7.5), 4, 4);
        QPainterPath shoulders;
        shoulders.moveTo(3.5, 21);
        shoulders.cubicTo(3.5, 15, 7.5, 13.5, 12, 13.5);
        shoulders.cubicTo(16.5, 13.5, 20.5, 15, 20.5, 21);
        shoulders.closeSubpath();
        p->drawPath(shoulders);
    } else {
        // generic: a box seen from above a corner.
        QPolygonF top({{12, 2.5}, {21, 7}, {12, 11.5}, {3, 7}});
        p->drawPolygon(top);
        p->drawPolyline(QPolygonF({{3, 7}, {3, 17}, {12, 21.5}, {21, 17}, {21, 7}}));
        p->drawLine(QPointF(12, 11.5), QPointF(12, 21.5));
    }
    p->restore();
}

// ---- nodes ------------------------------------------------------------------------------

CiNodeItem::CiNodeItem(const CmdbNode &node, const CiNodeLook &look, const QFont &font)
    : m_font(font)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
    setNode(node, look);
}

CiNodeItem::~CiNodeItem()
{
    for (CiEdgeItem *e : std::as_const(m_edges))
        e->forget(this);
}

void CiNodeItem::setNode(const CmdbNode &node, const CiNodeLook &look)
{
    const QSizeF size = measure(node, look, m_font);
    if (size != m_size || (look.moreRelations > 0) != (m_look.moreRelations > 0))
        prepareGeometryChange();
    m_node = node;
    m_look = look;
    m_size = size;
    updateToolTip();
    update();
}

QSizeF CiNodeItem::measure(const CmdbNode &node, const CiNodeLook &look, const QFont &font)
{
    const QFontMetricsF bold(boldOf(font));
    const QFontMetricsF small(smallOf(font));
    const double titleWidth = std::min(MaxTextWidth, bold.horizontalAdvance(node.title));
    const double text = std::max(titleWidth, small.horizontalAdvance(secondLine(node, look)));
    const double width = std::max(MinWidth, Pad + IconSize + 8 + std::ceil(text) + Pad + 4);
    const double height = std::max(IconSize + 2 * Pad, bold.height() + small.height() + 2 * Pad);
    return QSizeF(width, std::ceil(height));
}

void CiNodeItem::updateToolTip()
{
    QStringList lines;
    lines << u"<b>%1</b> %2"_s.arg(m_node.humanId.toHtmlEscaped(), m_node.title.toHtmlEscaped());
    if (!m_look.typeLabel.isEmpty())
        lines << m_look.typeLabel.toHtmlEscaped();
    if (!m_look.stateLabel.isEmpty())
        lines << Tr::tr("State: %1").arg(m_look.stateLabel.toHtmlEscaped());
    if (m_look.moreRelations > 0)
        lines << Tr::tr("%n more relationship(s) not drawn: double-click to show them.", nullptr,
                        m_look.moreRelations);
    setToolTip(lines.join(u"<br>"_s));
}

void CiNodeItem::setDistanceTint(int distance)
{
    if (m_tint != distance) {
        m_tint = distance;
        update();
    }
}

void CiNodeItem::setFocusNode(bool focus)
{
    if (m_focus != focus) {
        m_focus = focus;
        update();
    }
}

void CiNodeItem::setOnPath(bool onPath)
{
    if (m_onPath != onPath) {
        m_onPath = onPath;
        update();
    }
}

QRectF CiNodeItem::boundingRect() const
{
    // Room for the focus ring and the selection outline, and above for a hub's "+N" mark.
    return QRectF(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height())
        .adjusted(-5, m_look.moreRelations > 0 ? -MoreMarkHeight : -5, 5, 5);
}

QPainterPath CiNodeItem::outline() const
{
    const QRectF r(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
    QPainterPath path;
    if (m_node.type == u"service"_s) {
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    } else if (m_node.type == u"customer"_s) {
        const double c = 9;
        path.addPolygon(QPolygonF({{r.left() + c, r.top()},
                                   {r.right() - c, r.top()},
                                   {r.right(), r.top() + c},
                                   {r.right(), r.bottom() - c},
                                   {r.right() - c, r.bottom()},
                                   {r.left() + c, r.bottom()},
                                   {r.left(), r.bottom() - c},
                                   {r.left(), r.top() + c},
                                   {r.left() + c, r.top()}}));
        path.closeSubpath();
    } else {
        path.addRoundedRect(r, 6, 6);
    }
    return path;
}

QPainterPath CiNodeItem::shape() const
{
    return outline();
}

QPointF CiNodeItem::borderPoint(const QPointF &towards) const
{
    const QPointF c = pos();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double hw = m_size.width() / 2;
    const double hh = m_size.height() / 2;
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : hw / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : hh / std::abs(d.y());
    return c + d * std::min(sx, sy);
}

void CiNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QString icon = iconOf(m_node, m_look);
    const bool grey = isGreyed(m_node);
    const QPainterPath path = outline();
    const QRectF r = path.boundingRect();

    QColor fill = Qt::white;
    if (m_node.type == u"service"_s)
        fill = QColor(0xf3e5f5);
    else if (m_node.type == u"customer"_s)
        fill = QColor(0xe0f2f1);
    if (m_tint >= 0)
        fill = tintColour(m_tint);
    if (grey)
        fill = QColor(0xeeeeee);

    painter->setRenderHint(QPainter::Antialiasing);
    if (m_focus) {
        painter->setPen(QPen(QColor(30, 136, 229, 110), 7));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    QPen border(m_node.type == u"ci"_s ? stateColour(m_node.state) : accent(icon), 1.6);
    if (m_node.state == u"planned"_s || m_node.state == u"ordered"_s || grey)
        border.setStyle(Qt::DashLine);
    if (m_onPath) {
        border = QPen(QColor(0xd81b60), 3);
    }
    if (isSelected()) {
        border = QPen(QColor(0x1565c0), 3);
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawPath(path);

    // Far out a node is a coloured box: text would be a grey smear.
    if (lod < 0.45) {
        painter->setPen(Qt::NoPen);
        QColor mark = grey ? QColor(0xbdbdbd) : accent(icon);
        painter->setBrush(mark);
        painter->drawRoundedRect(QRectF(r.left() + 4, r.top() + 4, 14, r.height() - 8), 3, 3);
        return;
    }

    const QColor iconColour = grey ? QColor(0x9e9e9e) : accent(icon);
    const QRectF badge(r.left() + Pad - 2, r.center().y() - IconSize / 2 - 2, IconSize + 4,
                       IconSize + 4);
    QColor badgeFill = iconColour;
    badgeFill.setAlpha(28);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeFill);
    painter->drawRoundedRect(badge, 5, 5);
    paintCmdbIcon(painter, icon, badge.adjusted(3, 3, -3, -3), iconColour);

    const QFont bold = boldOf(m_font);
    const QFont small = smallOf(m_font);
    const QFontMetricsF bm(bold);
    const QFontMetricsF sm(small);
    const double textLeft = badge.right() + 7;
    const double textWidth = r.right() - Pad - textLeft + 4;
    const double top = r.center().y() - (bm.height() + sm.height()) / 2;
    painter->setFont(bold);
    painter->setPen(grey ? QColor(0x8a8a8a) : QColor(0x212121));
    painter->drawText(QRectF(textLeft, top, textWidth, bm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      bm.elidedText(m_node.title, Qt::ElideRight, textWidth));
    painter->setFont(small);
    painter->setPen(grey ? QColor(0x9e9e9e) : QColor(0x546e7a));
    painter->drawText(QRectF(textLeft, top + bm.height(), textWidth, sm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(secondLine(m_node, m_look), Qt::ElideRight, textWidth));

    // A hub drawn without its neighbours: how many more there are, on its top edge.
    if (m_look.moreRelations > 0) {
        const QString more = u"+"_s + QLocale().toString(m_look.moreRelations);
        const double w = sm.horizontalAdvance(more) + 10;
        const QRectF mark(r.right() - w - 6, r.top() - MoreMarkHeight / 2 - 2, w,
                          MoreMarkHeight - 2);
        painter->setPen(QPen(Qt::white, 1.2));
        painter->setBrush(QColor(0x455a64));
        painter->drawRoundedRect(mark, mark.height() / 2, mark.height() / 2);
        painter->setPen(Qt::white);
        painter->drawText(mark, Qt::AlignCenter, more);
    }
}

QVariant CiNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (CiEdgeItem *e : std::as_const(m_edges))
            e->setStraight();
    }
    return QGraphicsItem::itemChange(change, value);
}

// ---- edges ------------------------------------------------------------------------------

CiEdgeItem::CiEdgeItem(CiNodeItem *from, CiNodeItem *to, const QString &kind, const QString &label,
                       const QFont &font, bool indirect)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
    , m_font(font)
    , m_indirect(indirect)
{
    m_font = scaled(font, 0.84);
    setZValue(indirect ? 0 : 1);
    m_from->addEdge(this);
    m_to->addEdge(this);
    setLabel(label);
    setStraight();
}

CiEdgeItem::~CiEdgeItem()
{
    if (m_from)
        m_from->removeEdge(this);
    if (m_to)
        m_to->removeEdge(this);
}

void CiEdgeItem::forget(CiNodeItem *node)
{
    if (m_from == node)
        m_from = nullptr;
    if (m_to == node)
        m_to = nullptr;
}

void CiEdgeItem::setLabel(const QString &label)
{
    m_label = label;
    const QFontMetricsF fm(m_font);
    m_labelSize =
        label.isEmpty() ? QSizeF() : QSizeF(fm.horizontalAdvance(label) + 8, fm.height() + 2);
    if (m_from && m_to)
        setToolTip(Tr::tr("%1 %2 %3", "an edge's tooltip: source, relationship, target")
                       .arg(m_from->node().humanId, label, m_to->node().humanId));
    prepareGeometryChange();
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect());
    if (!m_labelSize.isEmpty())
        m_bounds |=
            QRectF(m_labelCentre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                   m_labelSize);
    m_bounds.adjust(-4, -4, 4, 4);
    update();
}

void CiEdgeItem::setRoute(const QList<QPointF> &points, bool hasArrow, const QPointF &arrowTip,
                          bool hasLabelPlace, const QPointF &labelCentre)
{
    if (points.size() < 2) {
        setStraight();
        return;
    }
    m_labelPlaced = hasLabelPlace;
    if (hasLabelPlace)
        m_labelCentre = labelCentre;
    QPainterPath path(points.first());
    int i = 1;
    for (; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    for (; i < points.size(); ++i)
        path.lineTo(points[i]);
    QPointF base = points.last();
    QPointF tip = arrowTip;
    if (!hasArrow && m_to) {
        // No room was left for the arrowhead: it goes on the line's last stretch.
        tip = points.last();
        const QPointF before = points[points.size() - 2];
        const QPointF d = tip - before;
        const double len = std::hypot(d.x(), d.y());
        base = len > 0 ? tip - d / len * ArrowLength : tip;
    }
    m_routed = true;
    rebuild(path, base, tip, !m_indirect);
}

void CiEdgeItem::setStraight()
{
    if (!m_from || !m_to)
        return;
    m_routed = false;
    m_labelPlaced = false;
    if (m_from == m_to) {
        // A loop: a small circle above the node.
        const QPointF top = m_from->pos() - QPointF(0, m_from->size().height() / 2);
        QPainterPath path(top);
        path.addEllipse(QRectF(top.x() - 10, top.y() - 20, 20, 20));
        rebuild(path, top, top, false);
        return;
    }
    const QPointF a = m_from->borderPoint(m_to->pos());
    const QPointF tip = m_to->borderPoint(m_from->pos());
    const QPointF d = tip - a;
    const double len = std::hypot(d.x(), d.y());
    const QPointF base = len > ArrowLength ? tip - d / len * ArrowLength : a;
    QPainterPath path(a);
    path.lineTo(base);
    rebuild(path, base, tip, !m_indirect);
}

void CiEdgeItem::rebuild(const QPainterPath &path, const QPointF &arrowBase,
                         const QPointF &arrowTip, bool hasArrow)
{
    prepareGeometryChange();
    m_path = path;
    m_arrow.clear();
    if (hasArrow) {
        const QPointF d = arrowTip - arrowBase;
        const double len = std::hypot(d.x(), d.y());
        if (len > 0.01) {
            const QPointF unit = d / len;
            const QPointF normal(-unit.y(), unit.x());
            const QPointF base = arrowTip - unit * ArrowLength;
            m_arrow = QPolygonF({arrowTip, base + normal * 4.2, base - normal * 4.2});
            // The line runs to the arrowhead's base.
            if (std::hypot(m_path.currentPosition().x() - base.x(),
                           m_path.currentPosition().y() - base.y())
                > 0.5)
                m_path.lineTo(base);
        }
    }
    if (!m_labelPlaced)
        m_labelCentre = m_path.pointAtPercent(0.5);
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect());
    if (!m_labelSize.isEmpty())
        m_bounds |=
            QRectF(m_labelCentre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                   m_labelSize);
    m_bounds.adjust(-4, -4, 4, 4);
    update();
}

void CiEdgeItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    setZValue(on ? 1.5 : (m_indirect ? 0 : 1));
    update();
}

QRectF CiEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath CiEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath s = stroker.createStroke(m_path);
    s.addPolygon(m_arrow);
    return s;
}

void CiEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour = m_highlighted ? QColor(0xd81b60) : QColor(0x78909c);
    QPen pen(colour, m_highlighted ? 3.0 : 1.3);
    if (m_indirect)
        pen.setStyle(Qt::DashLine);
    pen.setCosmetic(lod < 0.3);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(m_arrow);
    }
    if (lod < 0.55 || m_labelSize.isEmpty())
        return;
    const QRectF box(m_labelCentre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                     m_labelSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, 3, 3);
    painter->setFont(m_font);
    painter->setPen(m_highlighted ? QColor(0xad1457) : QColor(0x455a64));
    painter->drawText(box, Qt::AlignCenter, m_label);
}

} // namespace sb::ui
