#pragma once

#include "ui_global.h"

#include "cmdb/citypes.h"
#include "recordpanel.h"
#include "viewtabbar.h"

#include <QPointer>

class QComboBox;
class QToolButton;

namespace sb::ui {

class BaselineDialog;
class CiListModel;

// The configuration items: a list narrowed by a view (in use, planned, retired, licences,
// warranties ending, all) and a CI type, with the type's own attributes as columns, beside
// the CI editor (type and attributes, relationships, impact, history). "Show in Graph" hands
// the CI to the graph dock. A second tab lists the CMDB audits; "Baselines…" and "Run CMDB
// Audit…" open their dialogs.
class SB_UI_EXPORT CiPanel : public RecordPanel
{
    Q_OBJECT
public:
    enum class View {
        InUse, // in test, live, in repair
        Planned, // planned, ordered
        Retired, // retired, disposed
        Licences, // licence CIs with entitlements against installations
        Warranties, // warranties ending within 90 days (or ended)
        All,
    };

    explicit CiPanel(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document) override;

    View currentView() const { return m_view; }
    void setView(View view);
    QString currentCiType() const;
    void setCiType(const QString &code);
    ViewTabBar *viewBar() const { return m_viewBar; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    // The baselines window, while it is open.
    BaselineDialog *baselineDialog() const;

public Q_SLOTS:
    // Opens (or brings up) the baselines window: take, list and compare baselines.
    void openBaselines();
    // Asks for an inventory and a mapping, runs the CMDB audit and shows its record.
    void runAudit();

Q_SIGNALS:
    // mode -1: the CI's neighbourhood; otherwise an ImpactDirection.
    void showInGraphRequested(qint64 id, int mode);

protected:
    void adjustSpec(ListSpec *spec) const override;
    void changeEvent(QEvent *event) override;

private:
    void loadTypes();
    void retranslateViews();
    void fitColumns();
    // The views, the type filter and "Show in Graph" are about CIs, not audits.
    void updateHeader();
    static QString viewKey(View view);

    QList<View> m_views;
    View m_view = View::InUse;
    QList<CiTypeDef> m_types;
    CiListModel *m_ciModel = nullptr;
    ViewTabBar *m_viewBar = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QToolButton *m_graph = nullptr;
    QToolButton *m_baselines = nullptr;
    QToolButton *m_audit = nullptr;
    QPointer<BaselineDialog> m_baselineDialog;
};

} // namespace sb::ui
