#pragma once

#include "ui_global.h"

#include "cmdb/citypes.h"
#include "cmdb/graphlayout.h"
#include "cmdb/impact.h"
#include "error.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QSet>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QSplitter;
class QStringListModel;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace sb {
struct ChangeEntry;
}

namespace sb::ui {

class CiGraphView;
class GraphLayoutWorker;
class WorkbookDocument;

// The CMDB as a graph, for a configuration manager: the records around a focused CI up to a
// number of hops, or what a failure of it reaches (impact downstream) and what it needs
// (impact upstream) with the affected services, customers and SLAs beside the drawing; or an
// overview of many CIs at once. Nodes are expanded and collapsed by hand; CI types and
// relationship kinds are filtered.
//
// The workbook is read on the document's reader thread and laid out on a layout thread
// (GraphLayoutWorker), each answer numbered so that one to a question no longer asked is
// dropped; the drawing stays usable meanwhile. While the dock is hidden, changes only mark it
// out of date.
class SB_UI_EXPORT CiGraphPanel : public QDockWidget
{
    Q_OBJECT
public:
    enum class Mode { Neighbourhood, ImpactDownstream, ImpactUpstream };
    // Which way dot's ranks run. Automatic: whichever shows a new graph largest in the view
    // (a wide layer of servers stacks better downwards, left to right).
    enum class Direction { Automatic, TopToBottom, LeftToRight };
    static constexpr int MaxFocusNodes = 800; // records drawn around a focus
    static constexpr int OverviewLimit = 2000; // records in an overview
    // In a neighbourhood, a record with more relationships than this (a location, a large
    // service component) is drawn without its neighbours until it is expanded.
    static constexpr int HubLimit = 30;

    explicit CiGraphPanel(QWidget *parent = nullptr);
    ~CiGraphPanel() override;

    void setDocument(WorkbookDocument *document);

    Mode mode() const;
    void setMode(Mode mode);
    int hops() const;
    void setHops(int hops);
    // CI types and relationship kinds not drawn (and not walked through, around a focus).
    QSet<QString> hiddenCiTypes() const { return m_hiddenTypes; }
    void setHiddenCiTypes(const QSet<QString> &codes);
    QSet<QString> hiddenKinds() const { return m_hiddenKinds; }
    void setHiddenKinds(const QSet<QString> &kinds);
    Direction direction() const { return m_direction; }
    void setDirection(Direction direction);
    // The rank direction of the graph drawn now.
    GraphLayoutOptions::RankDir rankDir() const { return m_rankDir; }

    qint64 focusId() const { return m_focusId; }
    bool isOverview() const { return m_overview; }
    // Many CIs at once, laid out with sfdp: those of one CI type with their direct
    // neighbours, or (empty code) every CI and service, up to OverviewLimit.
    void showOverview(const QString &ciType = {});
    // Adds the neighbours of a drawn record; hides what was reached only through it.
    void expand(qint64 id);
    void collapse(qint64 id);
    void selectNode(qint64 id);
    qint64 selectedId() const;
    // Reads the graph again.
    void refresh();

    // Reading or laying out, or moving nodes to their places.
    bool isBusy() const;
    bool isLayingOut() const;
    CiGraphView *view() const { return m_view; }
    GraphLayoutWorker *layoutWorker() const { return m_worker; }
    QTreeWidget *affectedList() const { return m_affected; }
    QLineEdit *searchField() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    QLabel *busyIndicator() const { return m_busy; }
    QString statusText() const;
    // The records an impact reached (empty in the neighbourhood view).
    const QList<CmdbNode> &affectedServices() const { return m_services; }
    const QList<CmdbNode> &affectedCustomers() const { return m_customers; }
    const QList<ImpactedSla> &affectedSlas() const { return m_slas; }
    // The path from the focus to the selected record, highlighted in impact views.
    QList<qint64> highlightedPath() const;

    Error exportPng(const QString &path) const;
    Error exportSvg(const QString &path) const;

public Q_SLOTS:
    // Draws the records around this one (a CI, service or customer) and shows the dock.
    void focusRecord(qint64 id);
    void exportPngDialog();
    void exportSvgDialog();
    void printDialog();

Q_SIGNALS:
    void openRecordRequested(qint64 id, const QString &type);
    // A graph was read, laid out and drawn (also when reading failed: see statusText()).
    void graphShown();
    // The completer's suggestions for what was typed are in.
    void suggestionsReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded;

    void reloadMeta();
    void rebuildFilterMenus();
    void fillFilterMenu(QMenu *menu, const QList<std::pair<QString, QString>> &entries,
                        QSet<QString> CiGraphPanel::*hidden,
                        void (CiGraphPanel::*setHidden)(const QSet<QString> &));
    void scheduleReload(int delayMs);
    void reload();
    void applyLoaded(const Loaded &loaded, bool sameFocus);
    void showGraph(bool animate, qint64 anchorId);
    void requestLayout(bool animate, qint64 anchorId);
    // For a new graph: the rank direction the setting asks for, or the one that fits best.
    void chooseRankDir(const GraphLayoutInput &input);
    // Asks where, then writes the drawing as SVG or PNG; a failure is said in a message box.
    void exportDialog(bool svg);
    void updateMarks();
    void fillAffected();
    void updateBusy();
    void updateStatus();
    void setError(const QString &message);
    void onRecordsChanged(const QList<sb::ChangeEntry> &changes);
    void onSearchEdited();
    void onSearchEntered();
    void showNodeMenu(qint64 id, const QPoint &globalPos);
    void showBackgroundMenu(const QPoint &globalPos);
    void openNode(qint64 id);
    QSet<QString> walkKinds() const;
    QSet<QString> walkCiTypes() const;
    bool isHeadFirst(const QString &kind) const;
    QString linkLabel(const QString &kind) const;
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    CiGraphView *m_view = nullptr;
    GraphLayoutWorker *m_worker = nullptr;
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
    QHash<QString, qint64> m_suggestionIds;
    QTimer *m_searchTimer = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_hopsLabel = nullptr;
    QSpinBox *m_hops = nullptr;
    QToolButton *m_typesButton = nullptr;
    QMenu *m_typesMenu = nullptr;
    QToolButton *m_kindsButton = nullptr;
    QMenu *m_kindsMenu = nullptr;
    QToolButton *m_overviewButton = nullptr;
    QMenu *m_overviewMenu = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_fitButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_pngAction = nullptr;
    QAction *m_svgAction = nullptr;
    QAction *m_printAction = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_split = nullptr;
    QTreeWidget *m_affected = nullptr;
    QTimer *m_reloadTimer = nullptr;

    // What the workbook says about the CMDB.
    QList<CiTypeDef> m_ciTypes;
    QList<CiRelationType> m_relations;
    QHash<QString, QString> m_linkLabels; // link kind -> forward label, translated

    // What is drawn.
    CmdbWalk m_walk;
    QSet<qint64> m_expanded; // records whose neighbours were added by hand
    QSet<qint64> m_addedByHand; // records added by an expansion
    QSet<qint64> m_overviewRoots; // the records an overview was asked for
    QList<CmdbNode> m_services;
    QList<CmdbNode> m_customers;
    QList<ImpactedSla> m_slas;
    qint64 m_focusId = 0;
    bool m_overview = false;
    QString m_overviewType;
    Direction m_direction = Direction::Automatic;
    GraphLayoutOptions::RankDir m_rankDir = GraphLayoutOptions::RankDir::TopToBottom;
    QSet<QString> m_hiddenTypes;
    QSet<QString> m_hiddenKinds;
    QString m_error;
    QString m_note; // a remark on the last answer (truncated, nothing to collapse)

    quint64 m_readGeneration = 0;
    quint64 m_searchGeneration = 0;
    quint64 m_layoutGeneration = 0;
    bool m_reading = false;
    bool m_stale = false;
    bool m_metaLoaded = false;
    bool m_layoutAnimate = false;
    qint64 m_layoutAnchor = 0;
    bool m_fitAfterLayout = false;
    bool m_chooseRankDir = true; // the next layout is of a new graph
};

} // namespace sb::ui
