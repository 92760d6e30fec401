#include "cigraphpanel.h"

#include "cigraphview.h"
#include "graphlayoutworker.h"
#include "splittershare.h"
#include "workbookdocument.h"

#include "records/recordtypes.h"
#include "storage/changewatcher.h"
#include "storage/database.h"
#include "storage/workbook.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

// Set when everything of a filter is unticked: no kind or type has this name.
const QString NoneSelected = u"-"_s;
const QString IndirectKind = u"via"_s;

enum AffectedRole { IdRole = Qt::UserRole, TypeRole };

QString jsonList(const QSet<QString> &values)
{
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// Adds the neighbours of `id` to `walk` (one step further than it), and every relationship
// among the records then drawn. `cut`, when given, says whether it had more neighbours than
// a drawing takes.
Error expandInto(Database &db, CmdbWalk &walk, qint64 id, const QSet<QString> &kinds,
                 const QSet<QString> &ciTypes, QSet<qint64> *added, bool *cut = nullptr)
{
    const int at = walk.indexOf(id);
    if (at < 0)
        return {};
    Result<CmdbWalk> near = Impact::neighbourhood(
        db, id, 1, kinds, ciTypes, CiGraphPanel::MaxFocusNodes, CiGraphPanel::HubLimit);
    if (!near.ok())
        return near.error();
    // Cut at the size a drawing takes (one step away, every neighbour is on the walk's last
    // layer: its own `truncated` says only that they have neighbours of their own).
    if (cut)
        *cut = near->nodes.size() >= CiGraphPanel::MaxFocusNodes;
    const int distance = walk.nodes[at].distance;
    QSet<qint64> ids;
    for (const CmdbNode &n : std::as_const(walk.nodes))
        ids.insert(n.id);
    for (CmdbNode n : std::as_const(near->nodes)) {
        if (ids.contains(n.id))
            continue;
        n.distance = distance + 1;
        n.viaId = id;
        walk.nodes.append(n);
        ids.insert(n.id);
        added->insert(n.id);
    }
    Result<QList<CmdbEdge>> edges = Impact::edgesAmong(db, ids, kinds);
    if (!edges.ok())
        return edges.error();
    for (const CmdbEdge &e : std::as_const(*edges)) {
        if (!walk.edges.contains(e))
            walk.edges.append(e);
    }
    return {};
}

// Of the hubs a neighbourhood did not walk through (CmdbNode::hubDegree): how many of their
// relationships are not drawn. Expanding one draws them; collapsing it hides them again.
QHash<qint64, int> undrawnRelations(const CmdbWalk &walk)
{
    QHash<qint64, int> out;
    for (const CmdbNode &n : walk.nodes) {
        if (n.hubDegree > 0)
            out.insert(n.id, n.hubDegree);
    }
    if (out.isEmpty())
        return out;
    for (const CmdbEdge &e : walk.edges) {
        for (qint64 end : {e.fromId, e.toId}) {
            if (auto it = out.find(end); it != out.end())
                --*it;
        }
    }
    for (auto it = out.begin(); it != out.end();) {
        if (*it <= 0)
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

struct Suggestion
{
    qint64 id = 0;
    QString humanId;
    QString title;
};

QString suggestionText(const Suggestion &s)
{
    return u"%1 (%2)"_s.arg(s.title, s.humanId);
}

// Records a name or ID typed in the search field may mean: an exact ID first, then names
// starting with the text (the indexed title, per type), then names containing it.
Result<QList<Suggestion>> suggestions(Database &db, const QString &typed, int limit)
{
    QList<Suggestion> out;
    QSet<qint64> seen;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return out;
    static const QRegularExpression idPattern(u"^([A-Za-z]+)-(\\d+)$"_s);
    if (const QRegularExpressionMatch m = idPattern.match(text); m.hasMatch()) {
        if (const RecordTypeDef *def = RecordTypes::findByPrefix(m.captured(1).toUpper())) {
            Statement st = db.prepare(
                "SELECT id, human_id, title FROM record WHERE type = ?1 AND human_no = ?2");
            st.bind(1, def->type).bind(2, m.captured(2).toLongLong());
            if (st.next()) {
                out.append({st.int64(0), st.text(1), st.text(2)});
                seen.insert(st.int64(0));
            }
            if (st.error().isError())
                return st.error();
        }
    }
    const QString types[] = {u"ci"_s, u"service"_s, u"customer"_s};
    // Past every name starting with the text, in the NOCASE order of the index.
    const QString upper = text + QString::fromUcs4(U"\U0010FFFF", 1);
    Statement prefix = db.prepare(
        "SELECT id, human_id, title FROM record WHERE type = ?1 AND title >= ?2 COLLATE NOCASE "
        "AND title < ?3 COLLATE NOCASE ORDER BY title COLLATE NOCASE LIMIT ?4");
    for (const QString &type : types) {
        prefix.bind(1, type).bind(2, text).bind(3, upper).bind(4, limit);
        while (prefix.next() && out.size() < limit) {
            if (!seen.contains(prefix.int64(0))) {
                out.append({prefix.int64(0), prefix.text(1), prefix.text(2)});
                seen.insert(prefix.int64(0));
            }
        }
        if (prefix.error().isError())
            return prefix.error();
        prefix.reset();
    }
    if (out.size() < limit) {
        Statement within = db.prepare(
            "SELECT id, human_id, title FROM record WHERE type = ?1 "
            "AND instr(lower(title), lower(?2)) > 1 ORDER BY title COLLATE NOCASE LIMIT ?3");
        for (const QString &type : types) {
            within.bind(1, type).bind(2, text).bind(3, limit);
            while (within.next() && out.size() < limit) {
                if (!seen.contains(within.int64(0))) {
                    out.append({within.int64(0), within.text(1), within.text(2)});
                    seen.insert(within.int64(0));
                }
            }
            if (within.error().isError())
                return within.error();
            within.reset();
        }
    }
    return out;
}

QToolButton *toolButton(QWidget *parent, const QString &name)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

struct CiGraphPanel::Loaded
{
    CmdbWalk walk;
    QList<CmdbNode> services;
    QList<CmdbNode> customers;
    QList<ImpactedSla> slas;
    QSet<qint64> addedByHand;
    QSet<qint64> roots;
    qint64 focusId = 0;
    qint64 overviewTotal = -1; // CIs an overview was asked for, when it could not show them all
};

CiGraphPanel::CiGraphPanel(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(u"cmdbGraphDock"_s);
    auto *host = new QWidget(this);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(host);
    m_search->setObjectName(u"cmdbGraphSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The reader thread has already matched: the list is shown as it comes.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_search->setCompleter(m_completer);
    m_mode = new QComboBox(host);
    m_mode->setObjectName(u"cmdbGraphMode"_s);
    for (Mode m : {Mode::Neighbourhood, Mode::ImpactDownstream, Mode::ImpactUpstream})
        m_mode->addItem(QString(), int(m));
    m_hopsLabel = new QLabel(host);
    m_hops = new QSpinBox(host);
    m_hops->setObjectName(u"cmdbGraphHops"_s);
    m_hops->setRange(1, 6);
    m_hops->setValue(2);
    m_hopsLabel->setBuddy(m_hops);
    m_typesButton = toolButton(host, u"cmdbGraphTypes"_s);
    m_typesMenu = new QMenu(m_typesButton);
    m_typesButton->setMenu(m_typesMenu);
    m_typesButton->setPopupMode(QToolButton::InstantPopup);
    m_kindsButton = toolButton(host, u"cmdbGraphKinds"_s);
    m_kindsMenu = new QMenu(m_kindsButton);
    m_kindsButton->setMenu(m_kindsMenu);
    m_kindsButton->setPopupMode(QToolButton::InstantPopup);
    m_overviewButton = toolButton(host, u"cmdbGraphOverview"_s);
    m_overviewMenu = new QMenu(m_overviewButton);
    m_overviewButton->setMenu(m_overviewMenu);
    m_overviewButton->setPopupMode(QToolButton::InstantPopup);
    top->addWidget(m_search, 1);
    top->addWidget(m_mode);
    top->addWidget(m_hopsLabel);
    top->addWidget(m_hops);
    top->addWidget(m_typesButton);
    top->addWidget(m_kindsButton);
    top->addWidget(m_overviewButton);
    layout->addLayout(top);

    auto *second = new QHBoxLayout;
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {m_zoomOutAction, m_zoomInAction, m_fitAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    m_zoomOutButton = toolButton(host, u"cmdbGraphZoomOut"_s);
    m_zoomOutButton->setDefaultAction(m_zoomOutAction);
    m_zoomInButton = toolButton(host, u"cmdbGraphZoomIn"_s);
    m_zoomInButton->setDefaultAction(m_zoomInAction);
    m_fitButton = toolButton(host, u"cmdbGraphFit"_s);
    m_fitButton->setDefaultAction(m_fitAction);
    m_exportButton = toolButton(host, u"cmdbGraphExport"_s);
    m_exportMenu = new QMenu(m_exportButton);
    m_pngAction = m_exportMenu->addAction(QString());
    m_svgAction = m_exportMenu->addAction(QString());
    m_exportMenu->addSeparator();
    m_printAction = m_exportMenu->addAction(QString());
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_busy = new QLabel(host);
    m_busy->setObjectName(u"cmdbGraphBusy"_s);
    m_busy->setStyleSheet(u"color: #1565c0;"_s);
    m_busy->hide();
    m_status = new QLabel(host);
    m_status->setObjectName(u"cmdbGraphStatus"_s);
    m_status->setMinimumWidth(0);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextFormat(Qt::PlainText);
    second->addWidget(m_zoomOutButton);
    second->addWidget(m_zoomInButton);
    second->addWidget(m_fitButton);
    second->addWidget(m_exportButton);
    second->addSpacing(8);
    second->addWidget(m_busy);
    second->addWidget(m_status, 1);
    layout->addLayout(second);

    m_split = new QSplitter(Qt::Horizontal, host);
    m_view = new CiGraphView(m_split);
    m_affected = new QTreeWidget(m_split);
    m_affected->setObjectName(u"cmdbGraphAffected"_s);
    m_affected->setColumnCount(2);
    m_affected->setRootIsDecorated(true);
    m_affected->setUniformRowHeights(true);
    m_affected->header()->setStretchLastSection(true);
    m_affected->hide();
    m_split->addWidget(m_view);
    m_split->addWidget(m_affected);
    m_split->setStretchFactor(0, 1);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);
    setWidget(host);
    SplitterShare::keep(m_split, 74);

    m_worker = new GraphLayoutWorker(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    connect(m_reloadTimer, &QTimer::timeout, this, &CiGraphPanel::reload);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &CiGraphPanel::onSearchEdited);

    {
        const QSettings settings;
        const QString prefix = objectName() + u'/';
        m_hops->setValue(settings.value(prefix + u"hops"_s, 2).toInt());
        const int mode = m_mode->findData(settings.value(prefix + u"mode"_s, 0).toInt());
        m_mode->setCurrentIndex(mode < 0 ? 0 : mode);
        m_direction = Direction(qBound(0, settings.value(prefix + u"direction"_s, 0).toInt(), 2));
    }
    auto remember = [this] {
        QSettings settings;
        const QString prefix = objectName() + u'/';
        settings.setValue(prefix + u"hops"_s, m_hops->value());
        settings.setValue(prefix + u"mode"_s, m_mode->currentData().toInt());
    };
    connect(m_hops, &QSpinBox::valueChanged, this, [this, remember] {
        remember();
        if (!m_overview)
            scheduleReload(300);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this, remember] {
        remember();
        m_kindsButton->setEnabled(m_metaLoaded && mode() == Mode::Neighbourhood);
        m_overview = false;
        scheduleReload(0);
    });

    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CiGraphPanel::onSearchEntered);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                if (const qint64 id = m_suggestionIds.value(text))
                    focusRecord(id);
            });

    connect(m_zoomInAction, &QAction::triggered, m_view, &CiGraphView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &CiGraphView::zoomOut);
    connect(m_fitAction, &QAction::triggered, m_view, &CiGraphView::fitAll);
    connect(m_pngAction, &QAction::triggered, this, &CiGraphPanel::exportPngDialog);
    connect(m_svgAction, &QAction::triggered, this, &CiGraphPanel::exportSvgDialog);
    connect(m_printAction, &QAction::triggered, this, &CiGraphPanel::printDialog);

    connect(m_view, &CiGraphView::nodeActivated, this, &CiGraphPanel::expand);
    connect(m_view, &CiGraphView::nodeMenuRequested, this, &CiGraphPanel::showNodeMenu);
    connect(m_view, &CiGraphView::backgroundMenuRequested, this, &CiGraphPanel::showBackgroundMenu);
    connect(m_view, &CiGraphView::selectedNodeChanged, this, [this] { updateMarks(); });
    connect(m_view, &CiGraphView::layoutApplied, this, [this] {
        if (m_fitAfterLayout) {
            m_fitAfterLayout = false;
            m_view->fitAll();
        }
        updateBusy();
        updateStatus();
        Q_EMIT graphShown();
    });
    connect(m_worker, &GraphLayoutWorker::laidOut, this,
            [this](quint64 generation, const GraphLayoutResult &placed, bool) {
                if (generation != m_layoutGeneration)
                    return;
                m_view->applyLayout(placed, m_layoutAnimate, m_layoutAnchor);
                updateBusy();
            });
    connect(m_worker, &GraphLayoutWorker::failed, this,
            [this](quint64 generation, const QString &message) {
                if (generation != m_layoutGeneration)
                    return;
                setError(tr("The graph could not be laid out: %1").arg(message));
                updateBusy();
                Q_EMIT graphShown();
            });
    connect(m_worker, &GraphLayoutWorker::busyChanged, this, [this] { updateBusy(); });

    connect(m_affected, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong())
            m_view->selectNode(id, true);
    });
    connect(m_affected, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, IdRole).toLongLong();
        const QString type = item->data(0, TypeRole).toString();
        if (id != 0 && !type.isEmpty())
            Q_EMIT openRecordRequested(id, type);
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale && m_document)
            scheduleReload(0);
    });

    retranslateUi();
    m_kindsButton->setEnabled(mode() == Mode::Neighbourhood);
}

CiGraphPanel::~CiGraphPanel() = default;

void CiGraphPanel::setDocument(WorkbookDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    ++m_readGeneration;
    ++m_searchGeneration;
    m_worker->cancel();
    m_reloadTimer->stop();
    m_reading = false;
    m_walk = CmdbWalk();
    m_expanded.clear();
    m_addedByHand.clear();
    m_overviewRoots.clear();
    m_services.clear();
    m_customers.clear();
    m_slas.clear();
    m_focusId = 0;
    m_overview = false;
    m_error.clear();
    m_note.clear();
    m_metaLoaded = false;
    m_ciTypes.clear();
    m_relations.clear();
    m_linkLabels.clear();
    m_suggestions->setStringList({});
    m_suggestionIds.clear();
    m_search->clear();
    m_view->clearGraph();
    fillAffected();
    rebuildFilterMenus();
    updateBusy();
    updateStatus();
    if (!m_document)
        return;
    connect(m_document, &WorkbookDocument::recordsChanged, this, &CiGraphPanel::onRecordsChanged);
    connect(m_document, &WorkbookDocument::everythingChanged, this, [this] {
        reloadMeta();
        scheduleReload(1000);
    });
    reloadMeta();
    scheduleReload(0);
}

// ---- what the workbook says about the CMDB ----------------------------------------------

void CiGraphPanel::reloadMeta()
{
    if (!m_document)
        return;
    struct Meta
    {
        QList<CiTypeDef> types;
        QList<CiRelationType> relations;
        QList<std::pair<QString, QString>> labels;
    };
    auto meta = std::make_shared<Meta>();
    m_document->reader().submit(
        [meta](Workbook &wb) -> Error {
            Result<QList<CiTypeDef>> types = CiTypes::load(wb.db());
            if (!types.ok())
                return types.error();
            Result<QList<CiRelationType>> relations = CiTypes::loadRelationTypes(wb.db());
            if (!relations.ok())
                return relations.error();
            meta->types = std::move(types).value();
            meta->relations = std::move(relations).value();
            Statement st = wb.db().prepare("SELECT kind, forward_label FROM link_kind");
            while (st.next())
                meta->labels.append({st.text(0), st.text(1)});
            return st.error();
        },
        this,
        [this, meta](const Error &e) {
            if (e.isError()) {
                setError(tr("The CMDB's types could not be read: %1").arg(e.message()));
                return;
            }
            m_ciTypes = meta->types;
            m_relations = meta->relations;
            m_linkLabels.clear();
            for (const auto &[kind, label] : std::as_const(meta->labels))
                m_linkLabels.insert(
                    kind, QCoreApplication::translate("LinkKind", label.toUtf8().constData()));
            m_metaLoaded = true;
            rebuildFilterMenus();
            if (!m_walk.nodes.isEmpty())
                showGraph(false, 0);
        });
}

// Show All, Hide All, then one entry per code, ticked while it is shown.
void CiGraphPanel::fillFilterMenu(QMenu *menu, const QList<std::pair<QString, QString>> &entries,
                                  QSet<QString> CiGraphPanel::*hidden,
                                  void (CiGraphPanel::*setHidden)(const QSet<QString> &))
{
    QAction *all = menu->addAction(tr("Show All"));
    QAction *none = menu->addAction(tr("Hide All"));
    menu->addSeparator();
    QSet<QString> codes;
    for (const auto &[code, label] : entries) {
        codes.insert(code);
        QAction *a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(!(this->*hidden).contains(code));
        a->setData(code);
        connect(a, &QAction::toggled, this, [this, hidden, code = code](bool on) {
            if (on)
                (this->*hidden).remove(code);
            else
                (this->*hidden).insert(code);
            retranslateUi();
            scheduleReload(300);
        });
    }
    connect(all, &QAction::triggered, this, [this, setHidden] { (this->*setHidden)({}); });
    connect(none, &QAction::triggered, this,
            [this, setHidden, codes] { (this->*setHidden)(codes); });
}

void CiGraphPanel::rebuildFilterMenus()
{
    m_typesMenu->clear();
    m_kindsMenu->clear();
    m_overviewMenu->clear();

    QList<std::pair<QString, QString>> types;
    for (const CiTypeDef &t : std::as_const(m_ciTypes))
        types.append({t.code, t.displayLabel()});
    fillFilterMenu(m_typesMenu, types, &CiGraphPanel::m_hiddenTypes,
                   &CiGraphPanel::setHiddenCiTypes);
    QList<std::pair<QString, QString>> kinds;
    for (const CiRelationType &r : std::as_const(m_relations))
        kinds.append({r.kind, r.forwardLabel});
    fillFilterMenu(m_kindsMenu, kinds, &CiGraphPanel::m_hiddenKinds, &CiGraphPanel::setHiddenKinds);

    QAction *everything = m_overviewMenu->addAction(tr("Every CI and Service"));
    connect(everything, &QAction::triggered, this, [this] { showOverview(); });
    m_overviewMenu->addSeparator();
    for (const CiTypeDef &t : std::as_const(m_ciTypes)) {
        QAction *a = m_overviewMenu->addAction(t.displayLabel());
        connect(a, &QAction::triggered, this, [this, code = t.code] { showOverview(code); });
    }
    const bool ready = m_document && m_metaLoaded;
    m_typesButton->setEnabled(ready);
    m_kindsButton->setEnabled(ready && mode() == Mode::Neighbourhood);
    m_overviewButton->setEnabled(ready);
}

// ---- settings -----------------------------------------------------------------------------

CiGraphPanel::Mode CiGraphPanel::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void CiGraphPanel::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

int CiGraphPanel::hops() const
{
    return m_hops->value();
}

void CiGraphPanel::setHops(int hops)
{
    m_hops->setValue(hops);
}

void CiGraphPanel::setHiddenCiTypes(const QSet<QString> &codes)
{
    if (codes == m_hiddenTypes)
        return;
    m_hiddenTypes = codes;
    const QSignalBlocker block(m_typesMenu);
    for (QAction *a : m_typesMenu->actions()) {
        if (a->isCheckable()) {
            const QSignalBlocker blockAction(a);
            a->setChecked(!codes.contains(a->data().toString()));
        }
    }
    retranslateUi();
    scheduleReload(0);
}

void CiGraphPanel::setHiddenKinds(const QSet<QString> &kinds)
{
    if (kinds == m_hiddenKinds)
        return;
    m_hiddenKinds = kinds;
    for (QAction *a : m_kindsMenu->actions()) {
        if (a->isCheckable()) {
            const QSignalBlocker blockAction(a);
            a->setChecked(!kinds.contains(a->data().toString()));
        }
    }
    retranslateUi();
    scheduleReload(0);
}

void CiGraphPanel::setDirection(Direction direction)
{
    if (m_direction == direction)
        return;
    m_direction = direction;
    QSettings().setValue(objectName() + u"/direction"_s, int(direction));
    if (!m_walk.nodes.isEmpty() && !m_overview) {
        m_chooseRankDir = true;
        m_fitAfterLayout = true;
        requestLayout(true, m_focusId);
    }
}

void CiGraphPanel::chooseRankDir(const GraphLayoutInput &input)
{
    using RankDir = GraphLayoutOptions::RankDir;
    if (m_direction != Direction::Automatic) {
        m_rankDir =
            m_direction == Direction::LeftToRight ? RankDir::LeftToRight : RankDir::TopToBottom;
        return;
    }
    const QSize room = m_view->viewport()->size();
    if (input.nodes.size() < 2 || room.width() < 200 || room.height() < 150) {
        m_rankDir = RankDir::TopToBottom;
        return;
    }
    // Ranks as dot makes them, near enough: the longest path to each node over the edges
    // (cycles broken where a walk first closes them), sources pulled down next to what they
    // point at. The widest rank across and the number of ranks down give the drawing's size
    // either way round.
    QHash<qint64, QList<qint64>> out;
    QHash<qint64, QList<qint64>> in;
    for (const GraphLayoutEdge &e : input.edges) {
        const qint64 tail = e.headFirst ? e.toId : e.fromId;
        const qint64 head = e.headFirst ? e.fromId : e.toId;
        if (tail != head)
            out[tail].append(head);
    }
    QList<qint64> order; // reverse postorder: a topological order once back edges are dropped
    QHash<qint64, int> state; // 1 on the walk's path, 2 done
    for (const GraphLayoutNode &n : input.nodes) {
        if (state.value(n.id))
            continue;
        QList<std::pair<qint64, int>> stack {{n.id, 0}};
        state.insert(n.id, 1);
        while (!stack.isEmpty()) {
            auto &[at, next] = stack.last();
            const QList<qint64> heads = out.value(at);
            if (next < heads.size()) {
                const qint64 h = heads[next++];
                if (state.value(h) == 0) {
                    in[h].append(at);
                    state.insert(h, 1);
                    stack.append({h, 0});
                } else if (state.value(h) == 2) {
                    in[h].append(at); // a cross edge; one to a node on the path closes a cycle
                }
                continue;
            }
            state.insert(at, 2);
            order.prepend(at);
            stack.removeLast();
        }
    }
    QHash<qint64, int> rank;
    for (qint64 id : std::as_const(order)) {
        int r = 0;
        for (qint64 t : in.value(id))
            r = std::max(r, rank.value(t) + 1);
        rank.insert(id, r);
    }
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        if (!in.value(*it).isEmpty() || out.value(*it).isEmpty())
            continue;
        int below = INT_MAX;
        for (qint64 h : out.value(*it))
            below = std::min(below, rank.value(h));
        rank.insert(*it, below - 1);
    }
    QHash<int, int> perRank;
    double widestNode = 0;
    for (const GraphLayoutNode &n : input.nodes) {
        ++perRank[rank.value(n.id)];
        widestNode = std::max(widestNode, n.width);
    }
    int widest = 1;
    for (int count : std::as_const(perRank))
        widest = std::max(widest, count);
    const double ranks = double(perRank.size());
    const GraphLayoutOptions o;
    const double nodeHeight = input.nodes.first().height;
    const double label = 20;
    auto fit = [&room](double w, double h) {
        return std::min(room.width() / std::max(1.0, w), room.height() / std::max(1.0, h));
    };
    const double downwards = fit(widest * (widestNode * 0.8 + o.nodeSeparation),
                                 ranks * (nodeHeight + o.rankSeparation + label));
    const double sideways = fit(ranks * (widestNode * 0.8 + o.rankSeparation + 4 * label),
                                widest * (nodeHeight + o.nodeSeparation));
    // Top to bottom reads more naturally: sideways only when it is clearly larger.
    m_rankDir = sideways > downwards * 1.25 ? RankDir::LeftToRight : RankDir::TopToBottom;
}

QSet<QString> CiGraphPanel::walkKinds() const
{
    if (m_hiddenKinds.isEmpty() || m_relations.isEmpty())
        return {};
    QSet<QString> kinds;
    for (const CiRelationType &r : m_relations) {
        if (!m_hiddenKinds.contains(r.kind))
            kinds.insert(r.kind);
    }
    return kinds.isEmpty() ? QSet<QString> {NoneSelected} : kinds;
}

QSet<QString> CiGraphPanel::walkCiTypes() const
{
    if (m_hiddenTypes.isEmpty() || m_ciTypes.isEmpty())
        return {};
    QSet<QString> codes;
    for (const CiTypeDef &t : m_ciTypes) {
        if (!m_hiddenTypes.contains(t.code))
            codes.insert(t.code);
    }
    return codes.isEmpty() ? QSet<QString> {NoneSelected} : codes;
}

bool CiGraphPanel::isHeadFirst(const QString &kind) const
{
    // A part is drawn below the whole it is part of.
    for (const CiRelationType &r : m_relations) {
        if (r.kind == kind)
            return r.impact == CiRelationType::Impact::Forward;
    }
    return false;
}

QString CiGraphPanel::linkLabel(const QString &kind) const
{
    if (kind == IndirectKind)
        return tr("through hidden CIs");
    for (const CiRelationType &r : m_relations) {
        if (r.kind == kind)
            return r.forwardLabel;
    }
    return m_linkLabels.value(kind, kind);
}

// ---- reading ------------------------------------------------------------------------------

void CiGraphPanel::focusRecord(qint64 id)
{
    if (id <= 0)
        return;
    const bool same = !m_overview && id == m_focusId;
    m_focusId = id;
    m_overview = false;
    if (!same) {
        m_expanded.clear();
        m_addedByHand.clear();
    }
    if (!isVisible()) {
        show();
        raise();
    }
    scheduleReload(0);
}

void CiGraphPanel::showOverview(const QString &ciType)
{
    m_overview = true;
    m_overviewType = ciType;
    m_expanded.clear();
    m_addedByHand.clear();
    scheduleReload(0);
}

void CiGraphPanel::refresh()
{
    scheduleReload(0);
}

void CiGraphPanel::scheduleReload(int delayMs)
{
    m_reloadTimer->start(delayMs);
}

void CiGraphPanel::reload()
{
    m_reloadTimer->stop();
    if (!m_document)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const quint64 generation = ++m_readGeneration;
    m_reading = true;
    m_error.clear();
    updateBusy();

    auto out = std::make_shared<Loaded>();
    const bool overview = m_overview;
    const QString overviewType = m_overviewType;
    const qint64 focus = m_focusId;
    const Mode mode = this->mode();
    const int hops = this->hops();
    const QSet<QString> kinds = walkKinds();
    const QSet<QString> ciTypes = walkCiTypes();
    const QSet<QString> hiddenTypes = m_hiddenTypes;
    const QSet<qint64> expanded = m_expanded;
    // All relationship kinds for an overview's query, without the hidden ones.
    QSet<QString> overviewKinds = kinds;
    if (overviewKinds.isEmpty()) {
        for (const CiRelationType &r : std::as_const(m_relations))
            overviewKinds.insert(r.kind);
    }
    // Nodes already drawn for the same question keep their places and move smoothly.
    const bool sameQuestion = !m_walk.nodes.isEmpty()
        && (overview ? m_overviewRoots.size() > 0 : m_walk.nodes.first().id == focus);

    m_document->reader().submit(
        [=](Workbook &wb) -> Error {
            Database &db = wb.db();
            qint64 start = focus;
            if (!overview && start == 0) {
                // Nothing asked for yet: the first business service, else the first service
                // or CI, so that the dock opens on something.
                const char *const firsts[] = {
                    "SELECT r.id FROM record r JOIN ci c ON c.id = r.id "
                    "WHERE c.ci_type = 'business_service' ORDER BY c.name_key LIMIT 1",
                    "SELECT id FROM record WHERE type = 'service' ORDER BY human_no LIMIT 1",
                    "SELECT id FROM record WHERE type = 'ci' ORDER BY human_no LIMIT 1"};
                for (const char *sql : firsts) {
                    Statement pick = db.prepare(sql);
                    if (pick.next()) {
                        start = pick.int64(0);
                        break;
                    }
                    if (pick.error().isError())
                        return pick.error();
                }
                if (start == 0)
                    return {}; // an empty CMDB
            }
            out->focusId = start;
            if (overview) {
                // The records asked for, then (for one CI type) their direct neighbours.
                QList<qint64> ids;
                QSet<qint64> seen;
                Statement st = db.prepare("SELECT r.id FROM record r JOIN ci c ON c.id = r.id "
                                          "WHERE (ifnull(?1, '') = '' AND c.ci_type NOT IN (SELECT "
                                          "value FROM json_each(?2))) "
                                          "OR c.ci_type = ?1 ORDER BY r.id LIMIT ?3");
                st.bind(1, overviewType).bind(2, jsonList(hiddenTypes)).bind(3, OverviewLimit + 1);
                while (st.next()) {
                    ids.append(st.int64(0));
                    seen.insert(st.int64(0));
                }
                if (st.error().isError())
                    return st.error();
                st.reset();
                if (ids.size() > OverviewLimit) {
                    ids.resize(OverviewLimit);
                    Statement count = db.prepare(
                        "SELECT count(*) FROM ci c WHERE (ifnull(?1, '') = '' AND c.ci_type NOT IN "
                        "(SELECT value FROM json_each(?2))) OR c.ci_type = ?1");
                    count.bind(1, overviewType).bind(2, jsonList(hiddenTypes));
                    if (count.next())
                        out->overviewTotal = count.int64(0);
                }
                seen = QSet<qint64>(ids.cbegin(), ids.cend());
                out->roots = seen;
                if (overviewType.isEmpty()) {
                    Statement services = db.prepare(
                        "SELECT id FROM record WHERE type = 'service' ORDER BY id LIMIT ?1");
                    services.bind(1, qMax(0, int(OverviewLimit - ids.size())));
                    while (services.next()) {
                        ids.append(services.int64(0));
                        seen.insert(services.int64(0));
                    }
                    if (services.error().isError())
                        return services.error();
                } else {
                    Statement near = db.prepare(
                        "SELECT l.to_id, r.type, c.ci_type FROM link l JOIN record r ON r.id = "
                        "l.to_id LEFT JOIN ci c ON c.id = l.to_id WHERE l.from_id = ?1 AND "
                        "l.kind IN (SELECT value FROM json_each(?2)) UNION ALL "
                        "SELECT l.from_id, r.type, c.ci_type FROM link l JOIN record r ON r.id = "
                        "l.from_id LEFT JOIN ci c ON c.id = l.from_id WHERE l.to_id = ?1 AND "
                        "l.kind IN (SELECT value FROM json_each(?2))");
                    const QString kindList = jsonList(overviewKinds);
                    const QList<qint64> roots = ids;
                    for (qint64 id : roots) {
                        near.bind(1, id).bind(2, kindList);
                        while (near.next() && ids.size() < OverviewLimit) {
                            const qint64 other = near.int64(0);
                            if (seen.contains(other)
                                || (near.text(1) == u"ci"_s && hiddenTypes.contains(near.text(2))))
                                continue;
                            ids.append(other);
                            seen.insert(other);
                        }
                        if (near.error().isError())
                            return near.error();
                        near.reset();
                    }
                }
                for (qint64 id : std::as_const(ids)) {
                    Result<CmdbNode> n = Impact::node(db, id);
                    if (!n.ok())
                        return n.error();
                    out->walk.nodes.append(*n);
                }
                Result<QList<CmdbEdge>> edges = Impact::edgesAmong(db, seen, overviewKinds);
                if (!edges.ok())
                    return edges.error();
                out->walk.edges = std::move(edges).value();
                out->walk.truncated = out->overviewTotal >= 0;
            } else if (mode == Mode::Neighbourhood) {
                Result<CmdbWalk> w =
                    Impact::neighbourhood(db, start, hops, kinds, ciTypes, MaxFocusNodes, HubLimit);
                if (!w.ok())
                    return w.error();
                out->walk = std::move(w).value();
            } else {
                Result<ImpactResult> r =
                    Impact::analyse(db, start,
                                    mode == Mode::ImpactDownstream ? ImpactDirection::Downstream
                                                                   : ImpactDirection::Upstream,
                                    hops, MaxFocusNodes);
                if (!r.ok())
                    return r.error();
                out->walk = r->walk;
                out->services = r->services;
                out->customers = r->customers;
                out->slas = r->slas;
            }
            // What was expanded by hand stays expanded.
            for (qint64 id : expanded) {
                if (Error e = expandInto(db, out->walk, id, kinds, ciTypes, &out->addedByHand);
                    e.isError())
                    return e;
            }
            return {};
        },
        this,
        [this, generation, out, sameQuestion](const Error &e) {
            if (generation != m_readGeneration)
                return;
            m_reading = false;
            if (e.isError()) {
                m_walk = CmdbWalk();
                m_services.clear();
                m_customers.clear();
                m_slas.clear();
                m_view->clearGraph();
                fillAffected();
                setError(e.code() == ErrorCode::NotFound
                             ? tr("That record is no longer in the workbook.")
                             : tr("The CMDB could not be read: %1").arg(e.message()));
                updateBusy();
                Q_EMIT graphShown();
                return;
            }
            applyLoaded(*out, sameQuestion);
        });
}

void CiGraphPanel::applyLoaded(const Loaded &loaded, bool sameFocus)
{
    if (!m_overview && m_focusId == 0)
        m_focusId = loaded.focusId;
    m_walk = loaded.walk;
    m_services = loaded.services;
    m_customers = loaded.customers;
    m_slas = loaded.slas;
    m_addedByHand = loaded.addedByHand;
    if (m_overview)
        m_overviewRoots = loaded.roots;
    else
        m_overviewRoots.clear();
    QSet<qint64> present;
    for (const CmdbNode &n : std::as_const(m_walk.nodes))
        present.insert(n.id);
    m_expanded &= present;
    m_note.clear();
    if (loaded.overviewTotal >= 0)
        m_note = tr("the first %1 of %2 CIs").arg(OverviewLimit).arg(loaded.overviewTotal);
    else if (m_walk.truncated && m_walk.nodes.size() >= MaxFocusNodes)
        m_note = tr("stopped at %1 records").arg(MaxFocusNodes);

    fillAffected();
    m_fitAfterLayout = !sameFocus;
    m_chooseRankDir = m_chooseRankDir || !sameFocus;
    showGraph(sameFocus, sameFocus && !m_overview ? m_focusId : 0);
}

void CiGraphPanel::showGraph(bool animate, qint64 anchorId)
{
    const bool impact = !m_overview && mode() != Mode::Neighbourhood;
    QSet<qint64> shown;
    QHash<qint64, const CmdbNode *> byId;
    QList<CiGraphNode> nodes;
    nodes.reserve(m_walk.nodes.size());
    const QHash<qint64, int> undrawn = undrawnRelations(m_walk);
    for (const CmdbNode &n : std::as_const(m_walk.nodes)) {
        byId.insert(n.id, &n);
        // Impact follows every relationship: the CI type filter hides what it reached, and
        // dashed lines join what stays to what it was reached through.
        if (impact && n.id != m_focusId && n.type == u"ci"_s && m_hiddenTypes.contains(n.ciType))
            continue;
        CiGraphNode g;
        g.node = n;
        if (impact && m_addedByHand.contains(n.id))
            g.node.distance = -1; // shown by hand, not reached by the failure
        if (m_overview)
            g.node.distance = -1;
        if (n.type == u"ci"_s) {
            const CiTypeDef *t = CiTypes::find(m_ciTypes, n.ciType);
            g.look.icon = t && CiTypes::icons().contains(t->icon) ? t->icon : u"generic"_s;
            g.look.typeLabel = t ? t->displayLabel() : n.ciType;
        } else if (const RecordTypeDef *def = RecordTypes::find(n.type)) {
            g.look.typeLabel = def->displayLabel();
        }
        g.look.stateLabel = RecordTypes::stateLabel(n.state);
        g.look.moreRelations = undrawn.value(n.id);
        nodes.append(g);
        shown.insert(n.id);
    }
    QList<CiGraphEdge> edges;
    edges.reserve(m_walk.edges.size());
    for (const CmdbEdge &e : std::as_const(m_walk.edges)) {
        if (!shown.contains(e.fromId) || !shown.contains(e.toId))
            continue;
        edges.append({e.fromId, e.toId, e.kind, linkLabel(e.kind), false, isHeadFirst(e.kind)});
    }
    if (impact && shown.size() < m_walk.nodes.size()) {
        for (const CmdbNode &n : std::as_const(m_walk.nodes)) {
            if (!shown.contains(n.id) || n.id == m_focusId || shown.contains(n.viaId))
                continue;
            qint64 up = n.viaId;
            int guard = 0;
            while (up != 0 && !shown.contains(up) && byId.contains(up) && ++guard < 1000)
                up = byId.value(up)->viaId;
            if (shown.contains(up))
                edges.append({up, n.id, IndirectKind, linkLabel(IndirectKind), true, false});
        }
    }
    m_view->setGraph(nodes, edges);
    updateMarks();
    requestLayout(animate, anchorId);
}

void CiGraphPanel::requestLayout(bool animate, qint64 anchorId)
{
    GraphLayoutOptions options;
    if (m_overview) {
        options.engine = GraphLayoutOptions::Engine::Sfdp;
        options.nodeSeparation = 16;
    }
    const GraphLayoutInput input = m_view->layoutInput();
    if (!m_overview) {
        if (m_chooseRankDir)
            chooseRankDir(input);
        m_chooseRankDir = false;
        options.rankDir = m_rankDir;
    }
    options.maxNodes = OverviewLimit * 2;
    m_layoutAnimate = animate;
    m_layoutAnchor = anchorId;
    m_layoutGeneration = m_worker->request(input, options);
    updateBusy();
}

// ---- expanding and collapsing -----------------------------------------------------------

void CiGraphPanel::expand(qint64 id)
{
    if (!m_document || m_walk.indexOf(id) < 0)
        return;
    const quint64 generation = ++m_readGeneration;
    m_reloadTimer->stop();
    m_reading = true;
    updateBusy();
    auto walk = std::make_shared<CmdbWalk>(m_walk);
    auto added = std::make_shared<QSet<qint64>>();
    auto cut = std::make_shared<bool>(false);
    const QSet<QString> kinds = walkKinds();
    const QSet<QString> ciTypes = walkCiTypes();
    m_document->reader().submit(
        [walk, added, cut, id, kinds, ciTypes](Workbook &wb) -> Error {
            return expandInto(wb.db(), *walk, id, kinds, ciTypes, added.get(), cut.get());
        },
        this,
        [this, generation, walk, added, cut, id](const Error &e) {
            if (generation != m_readGeneration)
                return;
            m_reading = false;
            if (e.isError()) {
                setError(tr("The neighbours could not be read: %1").arg(e.message()));
                updateBusy();
                Q_EMIT graphShown();
                return;
            }
            const int before = int(m_walk.edges.size());
            m_walk = *walk;
            m_addedByHand += *added;
            m_expanded.insert(id);
            const int at = m_walk.indexOf(id);
            const QString who = at >= 0 ? m_walk.nodes[at].humanId : QString();
            if (*cut)
                m_note = tr("%1 has more neighbours than a drawing takes: the first %2 are drawn")
                             .arg(who)
                             .arg(MaxFocusNodes - 1);
            else if (added->isEmpty() && m_walk.edges.size() == before)
                m_note = tr("%1 has nothing more to show.").arg(who);
            else
                m_note.clear();
            showGraph(true, id);
        });
}

void CiGraphPanel::collapse(qint64 id)
{
    if (m_walk.indexOf(id) < 0)
        return;
    // Whatever can still be reached from the focus (or the records an overview was asked
    // for) without passing through `id` stays.
    QHash<qint64, QList<qint64>> adjacent;
    for (const CmdbEdge &e : std::as_const(m_walk.edges)) {
        adjacent[e.fromId].append(e.toId);
        adjacent[e.toId].append(e.fromId);
    }
    QList<qint64> queue;
    QHash<qint64, std::pair<qint64, int>> reached; // id -> (reached from, distance)
    const QSet<qint64> roots = m_overview ? m_overviewRoots : QSet<qint64> {m_focusId};
    for (qint64 r : roots) {
        if (r != id && m_walk.indexOf(r) >= 0) {
            queue.append(r);
            reached.insert(r, {0, 0});
        }
    }
    for (int head = 0; head < queue.size(); ++head) {
        const qint64 at = queue[head];
        for (qint64 next : adjacent.value(at)) {
            if (reached.contains(next))
                continue;
            reached.insert(next, {at, reached.value(at).second + 1});
            // `id` itself stays, but nothing is reached through it.
            if (next != id)
                queue.append(next);
        }
    }
    reached.insert(id, reached.value(id, {0, 0}));
    if (reached.size() >= m_walk.nodes.size()) {
        const int at = m_walk.indexOf(id);
        m_note = tr("Nothing was reached only through %1.").arg(m_walk.nodes[at].humanId);
        m_expanded.remove(id);
        updateStatus();
        Q_EMIT graphShown();
        return;
    }
    CmdbWalk kept;
    kept.truncated = m_walk.truncated;
    for (CmdbNode n : std::as_const(m_walk.nodes)) {
        if (!reached.contains(n.id))
            continue;
        // Reached first through a record now hidden: through what stays instead.
        if (n.viaId != 0 && !reached.contains(n.viaId)) {
            n.viaId = reached.value(n.id).first;
            n.distance = reached.value(n.id).second;
        }
        kept.nodes.append(n);
    }
    for (const CmdbEdge &e : std::as_const(m_walk.edges)) {
        if (reached.contains(e.fromId) && reached.contains(e.toId))
            kept.edges.append(e);
    }
    const int hidden = int(m_walk.nodes.size() - kept.nodes.size());
    m_walk = kept;
    m_expanded.remove(id);
    for (auto it = m_addedByHand.begin(); it != m_addedByHand.end();) {
        if (!reached.contains(*it))
            it = m_addedByHand.erase(it);
        else
            ++it;
    }
    for (auto it = m_expanded.begin(); it != m_expanded.end();) {
        if (!reached.contains(*it))
            it = m_expanded.erase(it);
        else
            ++it;
    }
    m_note = tr("%n record(s) hidden.", nullptr, hidden);
    showGraph(true, id);
}

// ---- marks, the side list, the status ---------------------------------------------------

void CiGraphPanel::selectNode(qint64 id)
{
    m_view->selectNode(id, true);
}

qint64 CiGraphPanel::selectedId() const
{
    return m_view->selectedId();
}

QList<qint64> CiGraphPanel::highlightedPath() const
{
    const bool impact = !m_overview && mode() != Mode::Neighbourhood;
    const qint64 selected = m_view->selectedId();
    if (!impact || selected == 0 || selected == m_focusId || m_addedByHand.contains(selected))
        return {};
    return m_walk.pathTo(selected);
}

void CiGraphPanel::updateMarks()
{
    const bool impact = !m_overview && mode() != Mode::Neighbourhood;
    m_view->setMarks(m_overview ? 0 : m_focusId, impact, highlightedPath());
}

void CiGraphPanel::fillAffected()
{
    const bool impact = !m_overview && mode() != Mode::Neighbourhood && !m_walk.nodes.isEmpty();
    m_affected->clear();
    m_affected->setVisible(impact);
    if (!impact)
        return;
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_affected, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    QTreeWidgetItem *services = section(tr("Services (%1)").arg(m_services.size()));
    for (const CmdbNode &n : std::as_const(m_services)) {
        auto *item = new QTreeWidgetItem(services, {n.humanId, n.title});
        item->setData(0, IdRole, n.id);
        item->setData(0, TypeRole, n.type);
        item->setToolTip(1, n.title);
    }
    QTreeWidgetItem *customers = section(tr("Customers (%1)").arg(m_customers.size()));
    for (const CmdbNode &n : std::as_const(m_customers)) {
        auto *item = new QTreeWidgetItem(customers, {n.humanId, n.title});
        item->setData(0, IdRole, n.id);
        item->setData(0, TypeRole, n.type);
        item->setToolTip(1, n.title);
    }
    QTreeWidgetItem *slas = section(tr("Service level agreements (%1)").arg(m_slas.size()));
    for (const ImpactedSla &s : std::as_const(m_slas)) {
        auto *item = new QTreeWidgetItem(slas, {s.service, s.name});
        item->setToolTip(1, s.name);
        // Selecting an agreement shows the service it covers.
        for (const CmdbNode &n : std::as_const(m_services)) {
            if (n.humanId == s.service)
                item->setData(0, IdRole, n.id);
        }
    }
    if (mode() == Mode::ImpactUpstream && m_customers.isEmpty() && m_slas.isEmpty()) {
        customers->setHidden(true);
        slas->setHidden(true);
    }
    m_affected->resizeColumnToContents(0);
}

bool CiGraphPanel::isLayingOut() const
{
    return m_worker->isBusy() || m_view->isAnimating();
}

bool CiGraphPanel::isBusy() const
{
    return m_reading || isLayingOut() || m_reloadTimer->isActive();
}

void CiGraphPanel::updateBusy()
{
    if (m_reading) {
        m_busy->setText(tr("Reading…"));
        m_busy->show();
    } else if (m_worker->isBusy()) {
        m_busy->setText(tr("Laying out…"));
        m_busy->show();
    } else {
        m_busy->hide();
    }
}

QString CiGraphPanel::statusText() const
{
    return m_status->text();
}

void CiGraphPanel::setError(const QString &message)
{
    m_error = message;
    updateStatus();
}

void CiGraphPanel::updateStatus()
{
    // An overview is not counted in hops from anything.
    m_hops->setEnabled(!m_overview);
    QString text;
    if (!m_error.isEmpty()) {
        m_status->setStyleSheet(u"color: #b3261e;"_s);
        m_status->setText(m_error);
        m_status->setToolTip(m_error);
        return;
    }
    m_status->setStyleSheet(QString());
    const int nodes = m_view->nodeCount();
    const int edges = m_view->edgeCount();
    if (!m_document) {
        text = QString();
    } else if (!m_overview && m_focusId == 0) {
        text = tr("Type a CI's name or ID above, or choose an overview.");
    } else if (m_walk.nodes.isEmpty()) {
        text = QString();
    } else {
        const QString start = m_walk.nodes.first().humanId;
        if (m_overview)
            text = tr("Overview: %n record(s)", nullptr, nodes);
        else if (mode() == Mode::ImpactDownstream)
            text = tr("A failure of %1 reaches %n record(s)", nullptr, int(m_walk.nodes.size() - 1))
                       .arg(start);
        else if (mode() == Mode::ImpactUpstream)
            text = tr("%1 needs %n record(s)", nullptr, int(m_walk.nodes.size() - 1)).arg(start);
        else
            text = tr("%n record(s) around %1", nullptr, nodes).arg(start);
        text += u", "_s + tr("%n relationship(s)", nullptr, edges);
        if (!m_hiddenTypes.isEmpty() || !m_hiddenKinds.isEmpty())
            text += u", "_s + tr("filtered");
        if (!m_note.isEmpty())
            text += u" — "_s + m_note;
        if (const int hubs = int(undrawnRelations(m_walk).size()); hubs > 0 && !m_overview)
            text +=
                u" — "_s + tr("%n record(s) with many relationships not expanded", nullptr, hubs);
    }
    m_status->setText(text);
    m_status->setToolTip(text);
}

// ---- changes, search ----------------------------------------------------------------------

void CiGraphPanel::onRecordsChanged(const QList<ChangeEntry> &changes)
{
    bool graph = false;
    bool meta = false;
    for (const ChangeEntry &c : changes) {
        if (c.recordId == 0)
            meta = true;
        if (c.type == u"ci"_s || c.type == u"service"_s || c.type == u"customer"_s
            || c.type.isEmpty() || c.action.contains(u"link"_s))
            graph = true;
    }
    if (meta)
        reloadMeta();
    if (graph || meta) {
        if (isVisible())
            scheduleReload(800);
        else
            m_stale = true;
    }
}

void CiGraphPanel::onSearchEdited()
{
    if (!m_document)
        return;
    const QString text = m_search->text().trimmed();
    const quint64 generation = ++m_searchGeneration;
    if (text.isEmpty()) {
        m_suggestions->setStringList({});
        m_suggestionIds.clear();
        return;
    }
    auto found = std::make_shared<QList<Suggestion>>();
    m_document->reader().submit(
        [text, found](Workbook &wb) -> Error {
            Result<QList<Suggestion>> s = suggestions(wb.db(), text, 15);
            if (!s.ok())
                return s.error();
            *found = std::move(s).value();
            return {};
        },
        this,
        [this, generation, found](const Error &e) {
            if (generation != m_searchGeneration || e.isError())
                return;
            QStringList list;
            m_suggestionIds.clear();
            for (const Suggestion &s : std::as_const(*found)) {
                const QString shown = suggestionText(s);
                list << shown;
                m_suggestionIds.insert(shown, s.id);
            }
            m_suggestions->setStringList(list);
            if (m_search->hasFocus() && !list.isEmpty())
                m_completer->complete();
            Q_EMIT suggestionsReady();
        });
}

void CiGraphPanel::onSearchEntered()
{
    if (!m_document)
        return;
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    if (const qint64 id = m_suggestionIds.value(text)) {
        focusRecord(id);
        return;
    }
    const quint64 generation = ++m_searchGeneration;
    auto found = std::make_shared<QList<Suggestion>>();
    m_document->reader().submit(
        [text, found](Workbook &wb) -> Error {
            Result<QList<Suggestion>> s = suggestions(wb.db(), text, 15);
            if (!s.ok())
                return s.error();
            *found = std::move(s).value();
            return {};
        },
        this,
        [this, generation, found, text](const Error &e) {
            if (generation != m_searchGeneration)
                return;
            if (e.isError()) {
                setError(tr("The search failed: %1").arg(e.message()));
                return;
            }
            // An exact name wins over a longer one that starts the same.
            qint64 id = 0;
            for (const Suggestion &s : std::as_const(*found)) {
                if (s.humanId.compare(text, Qt::CaseInsensitive) == 0
                    || s.title.compare(text, Qt::CaseInsensitive) == 0) {
                    id = s.id;
                    break;
                }
            }
            if (id == 0 && !found->isEmpty())
                id = found->first().id;
            if (id == 0) {
                setError(tr("Nothing in the CMDB is called “%1”.").arg(text));
                return;
            }
            m_error.clear();
            focusRecord(id);
        });
}

// ---- menus, export ------------------------------------------------------------------------

void CiGraphPanel::openNode(qint64 id)
{
    const int at = m_walk.indexOf(id);
    if (at >= 0)
        Q_EMIT openRecordRequested(id, m_walk.nodes[at].type);
}

void CiGraphPanel::showNodeMenu(qint64 id, const QPoint &globalPos)
{
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open Record"));
    QAction *focus = menu.addAction(tr("Focus Here"));
    menu.addSeparator();
    QAction *expandAction = menu.addAction(tr("Expand Neighbours"));
    QAction *collapseAction = menu.addAction(tr("Collapse"));
    menu.addSeparator();
    QAction *down = menu.addAction(tr("Impact Downstream from Here"));
    QAction *up = menu.addAction(tr("Impact Upstream from Here"));
    menu.setDefaultAction(expandAction);
    QAction *chosen = menu.exec(globalPos);
    if (chosen == open) {
        openNode(id);
    } else if (chosen == focus) {
        focusRecord(id);
    } else if (chosen == expandAction) {
        expand(id);
    } else if (chosen == collapseAction) {
        collapse(id);
    } else if (chosen == down || chosen == up) {
        const QSignalBlocker block(m_mode);
        setMode(chosen == down ? Mode::ImpactDownstream : Mode::ImpactUpstream);
        m_kindsButton->setEnabled(false);
        m_overview = false;
        m_focusId = 0; // a new question: drawn afresh
        focusRecord(id);
    }
}

void CiGraphPanel::showBackgroundMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(m_fitAction);
    QMenu *directions = menu.addMenu(tr("Direction"));
    directions->setEnabled(!m_overview);
    const std::pair<Direction, QString> choices[] = {{Direction::Automatic, tr("Automatic")},
                                                     {Direction::TopToBottom, tr("Top to Bottom")},
                                                     {Direction::LeftToRight, tr("Left to Right")}};
    for (const auto &[value, text] : choices) {
        QAction *a = directions->addAction(text);
        a->setCheckable(true);
        a->setChecked(m_direction == value);
        connect(a, &QAction::triggered, this, [this, value = value] { setDirection(value); });
    }
    menu.addSeparator();
    menu.addAction(m_pngAction);
    menu.addAction(m_svgAction);
    menu.addAction(m_printAction);
    menu.exec(globalPos);
}

Error CiGraphPanel::exportPng(const QString &path) const
{
    return m_view->exportPng(path);
}

Error CiGraphPanel::exportSvg(const QString &path) const
{
    const QString start = m_walk.nodes.isEmpty() ? QString() : m_walk.nodes.first().humanId;
    return m_view->exportSvg(
        path, m_overview ? tr("CMDB overview") : tr("CMDB graph around %1").arg(start));
}

void CiGraphPanel::exportPngDialog()
{
    exportDialog(false);
}

void CiGraphPanel::exportSvgDialog()
{
    exportDialog(true);
}

void CiGraphPanel::exportDialog(bool svg)
{
    if (m_view->nodeCount() == 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Graph as SVG") : tr("Export Graph as PNG"),
        folder + (svg ? u"/cmdb-graph.svg"_s : u"/cmdb-graph.png"_s),
        svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (Error e = svg ? exportSvg(path) : exportPng(path); e.isError())
        QMessageBox::warning(this, tr("Export Graph"), e.message());
}

void CiGraphPanel::printDialog()
{
    if (m_view->nodeCount() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    const QRectF drawn = m_view->scene()->itemsBoundingRect();
    printer.setPageOrientation(drawn.width() > drawn.height() ? QPageLayout::Landscape
                                                              : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Graph"));
    if (dialog.exec() == QDialog::Accepted)
        m_view->print(&printer);
}

// ---- language -----------------------------------------------------------------------------

void CiGraphPanel::retranslateUi()
{
    setWindowTitle(tr("CMDB Graph"));
    m_search->setPlaceholderText(tr("Find a CI or service by name or ID…"));
    m_search->setToolTip(tr("Type a name or an ID (CI-12) and press Enter to draw what is "
                            "around it"));
    m_mode->setItemText(m_mode->findData(int(Mode::Neighbourhood)), tr("Neighbourhood"));
    m_mode->setItemText(m_mode->findData(int(Mode::ImpactDownstream)), tr("Impact downstream"));
    m_mode->setItemText(m_mode->findData(int(Mode::ImpactUpstream)), tr("Impact upstream"));
    m_mode->setToolTip(tr("Neighbourhood: every relationship around the record. Downstream: "
                          "what a failure of it reaches. Upstream: what it needs."));
    m_hopsLabel->setText(tr("&Hops:"));
    m_hops->setToolTip(tr("How many steps away from the record to draw"));
    m_typesButton->setText(m_hiddenTypes.isEmpty()
                               ? tr("CI Types")
                               : tr("CI Types (%1 hidden)").arg(m_hiddenTypes.size()));
    m_typesButton->setToolTip(tr("The CI types drawn"));
    m_kindsButton->setText(m_hiddenKinds.isEmpty()
                               ? tr("Relationships")
                               : tr("Relationships (%1 hidden)").arg(m_hiddenKinds.size()));
    m_kindsButton->setToolTip(
        tr("The relationships followed (impact analysis follows every relationship)"));
    m_overviewButton->setText(tr("Overview"));
    m_overviewButton->setToolTip(tr("Many CIs at once: one CI type with its neighbours, or "
                                    "everything"));
    m_zoomOutAction->setText(tr("−"));
    m_zoomOutAction->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomInAction->setText(tr("+"));
    m_zoomInAction->setToolTip(tr("Zoom in (Ctrl+=)"));
    m_fitAction->setText(tr("Fit"));
    m_fitAction->setToolTip(tr("Show the whole graph (Ctrl+0)"));
    m_exportButton->setText(tr("Export"));
    m_pngAction->setText(tr("Export as PNG…"));
    m_svgAction->setText(tr("Export as SVG…"));
    m_printAction->setText(tr("Print…"));
    m_affected->setHeaderLabels({tr("ID"), tr("Affected")});
    updateBusy();
    updateStatus();
}

void CiGraphPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Type and relationship labels come translated with the types.
        if (m_document) {
            reloadMeta();
            fillAffected();
        }
    }
    QDockWidget::changeEvent(event);
}

} // namespace sb::ui
