#include "cipanel.h"

#include "baselinedialog.h"
#include "cilistmodel.h"
#include "cmdbauditdialog.h"
#include "recordeditor.h"
#include "viewtabbar.h"
#include "workbookdocument.h"

#include "clock.h"
#include "records/recordquery.h"
#include "storage/workbook.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
const QStringList BaseColumns {u"title"_s,    u"ci_type"_s, u"subtype"_s,   u"state"_s,
                               u"location"_s, u"owner"_s,   u"ci_version"_s};
// At most this many of a type's attributes become columns; the editor shows them all.
constexpr int MaxAttributeColumns = 6;
constexpr int WarrantyDays = 90;
} // namespace

CiPanel::CiPanel(QWidget *parent)
    : RecordPanel(u"cmdbDock"_s, QT_TRANSLATE_NOOP("RecordPanel", "Configuration Items"),
                  {{u"ci"_s, BaseColumns},
                   {u"ci_audit"_s,
                    {u"title"_s, u"audited_at"_s, u"rows_read"_s, u"matched"_s, u"missing"_s,
                     u"unregistered"_s, u"mismatched"_s, u"state"_s},
                    false}},
                  new CiListModel, parent)
    , m_views {View::InUse,    View::Planned,    View::Retired,
               View::Licences, View::Warranties, View::All}
{
    m_ciModel = static_cast<CiListModel *>(model());
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    m_viewBar = new ViewTabBar(u"ciViews"_s, header);
    QList<int> views;
    for (View v : std::as_const(m_views))
        views << int(v);
    m_viewBar->setViews(
        views, [](int v) { return viewKey(View(v)); }, objectName() + u"/view"_s, int(View::InUse));
    m_view = View(m_viewBar->currentView());
    auto *row = new QHBoxLayout;
    m_typeFilter = new QComboBox(header);
    m_typeFilter->setObjectName(u"ciTypeFilter"_s);
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_graph = new QToolButton(header);
    m_graph->setObjectName(u"ciShowInGraph"_s);
    row->addWidget(m_typeFilter);
    row->addStretch(1);
    row->addWidget(m_graph);
    m_baselines = new QToolButton(header);
    m_baselines->setObjectName(u"ciBaselines"_s);
    m_audit = new QToolButton(header);
    m_audit->setObjectName(u"runCmdbAudit"_s);
    row->addWidget(m_baselines);
    row->addWidget(m_audit);
    layout->addWidget(m_viewBar);
    layout->addLayout(row);
    addHeaderWidget(header);
    setListShare(45);

    connect(m_viewBar, &ViewTabBar::viewChosen, this, [this](int v) {
        if (View(v) == m_view)
            return;
        m_view = View(v);
        reloadList();
        fitColumns();
        // Warranties: the soonest ending first.
        if (m_view == View::Warranties)
            view()->sortByColumn(int(model()->columnNames().indexOf(u"warranty_end"_s)) + 1,
                                 Qt::AscendingOrder);
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        editor()->setNewCiType(currentCiType());
        reloadList();
        fitColumns();
    });
    connect(m_graph, &QToolButton::clicked, this, [this] {
        if (editor()->recordId() != 0)
            Q_EMIT showInGraphRequested(editor()->recordId(), -1);
    });
    connect(editor(), &RecordEditor::showInGraphRequested, this, &CiPanel::showInGraphRequested);
    connect(m_baselines, &QToolButton::clicked, this, &CiPanel::openBaselines);
    connect(m_audit, &QToolButton::clicked, this, &CiPanel::runAudit);
    // The list is built anew whenever the type tab changes, however it came to change.
    connect(model(), &QAbstractItemModel::modelReset, this, &CiPanel::updateHeader);
    retranslateViews();
}

QString CiPanel::viewKey(View view)
{
    switch (view) {
    case View::InUse: return u"in_use"_s;
    case View::Planned: return u"planned"_s;
    case View::Retired: return u"retired"_s;
    case View::Licences: return u"licences"_s;
    case View::Warranties: return u"warranties"_s;
    case View::All: return u"all"_s;
    }
    return {};
}

void CiPanel::setDocument(WorkbookDocument *doc)
{
    // The baselines window works on the document that is going away.
    if (BaselineDialog *old = m_baselineDialog) {
        m_baselineDialog = nullptr;
        old->close();
        old->deleteLater();
    }
    // The types first: the list's columns depend on them.
    m_types.clear();
    if (doc) {
        if (Result<QList<CiTypeDef>> types = CiTypes::load(doc->workbook().db()); types.ok())
            m_types = *types;
    }
    m_ciModel->setTypes(m_types);
    loadTypes();
    RecordPanel::setDocument(doc);
    fitColumns();
}

void CiPanel::loadTypes()
{
    const QString current = currentCiType();
    const QSignalBlocker block(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All CI types"), QString());
    for (const CiTypeDef &t : std::as_const(m_types))
        m_typeFilter->addItem(t.displayLabel(), t.code);
    m_typeFilter->setCurrentIndex(qMax(0, m_typeFilter->findData(current)));
}

QString CiPanel::currentCiType() const
{
    return m_typeFilter->currentData().toString();
}

void CiPanel::setCiType(const QString &code)
{
    m_typeFilter->setCurrentIndex(qMax(0, m_typeFilter->findData(code)));
}

void CiPanel::setView(View view)
{
    m_viewBar->setCurrentView(int(view));
}

void CiPanel::adjustSpec(ListSpec *spec) const
{
    // The views and the type filter narrow the CIs; the audits are listed as they are.
    if (spec->type != u"ci"_s)
        return;
    QString type = currentCiType();
    switch (m_view) {
    case View::InUse:
        spec->whereIn.append({u"state"_s, {u"in_test"_s, u"live"_s, u"in_repair"_s}});
        break;
    case View::Planned: spec->whereIn.append({u"state"_s, {u"planned"_s, u"ordered"_s}}); break;
    case View::Retired: spec->whereIn.append({u"state"_s, {u"retired"_s, u"disposed"_s}}); break;
    case View::Licences:
        type = u"licence"_s;
        spec->columns = {u"title"_s,
                         u"state"_s,
                         u"licence_entitlements"_s,
                         u"licence_installations"_s,
                         u"licence_expires"_s,
                         u"supplier"_s,
                         u"cost"_s,
                         u"owner"_s};
        break;
    case View::Warranties: {
        // Ended, or ending within the next three months; soonest first.
        const QDate until = currentUtc().toLocalTime().date().addDays(WarrantyDays);
        spec->ranges.append({u"warranty_end"_s, {}, until.toString(Qt::ISODate)});
        spec->whereIn.append(
            {u"state"_s, {u"planned"_s, u"ordered"_s, u"in_test"_s, u"live"_s, u"in_repair"_s}});
        spec->columns = {u"title"_s,         u"ci_type"_s,  u"warranty_end"_s,
                         u"purchase_date"_s, u"supplier"_s, u"asset_tag"_s,
                         u"serial_number"_s, u"cost"_s,     u"owner"_s};
        break;
    }
    case View::All: break;
    }
    if (type.isEmpty())
        return;
    spec->where.append({u"ci_type"_s, type});
    if (m_view == View::Licences || m_view == View::Warranties)
        return;
    // One type: its own attributes beside the common columns (the type column says nothing).
    QStringList columns = BaseColumns;
    columns.removeAll(u"ci_type"_s);
    for (const CiTypeDef &t : m_types) {
        if (t.code != type)
            continue;
        for (int i = 0; i < t.attributes.size() && i < MaxAttributeColumns; ++i)
            columns << u"attributes."_s + t.attributes[i].name;
    }
    spec->columns = columns;
}

void CiPanel::updateHeader()
{
    const bool cis = currentType() == u"ci"_s;
    m_viewBar->setVisible(cis);
    m_typeFilter->setVisible(cis);
    m_graph->setVisible(cis);
    // The audits' list says little beside the title; their findings need the room.
    setListShare(cis ? 45 : 30);
}

BaselineDialog *CiPanel::baselineDialog() const
{
    return m_baselineDialog;
}

void CiPanel::openBaselines()
{
    if (!document())
        return;
    if (!m_baselineDialog) {
        m_baselineDialog = new BaselineDialog(document(), this);
        m_baselineDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_baselineDialog, &BaselineDialog::openRequested, this,
                [this](qint64 id) { showRecord(id, u"ci"_s); });
    }
    m_baselineDialog->show();
    m_baselineDialog->raise();
    m_baselineDialog->activateWindow();
}

void CiPanel::runAudit()
{
    if (!document())
        return;
    CmdbAuditDialog dialog(document(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.auditId() != 0)
        showRecord(dialog.auditId(), u"ci_audit"_s);
}

void CiPanel::fitColumns()
{
    const QFontMetrics fm = view()->fontMetrics();
    const QFontMetrics header = view()->horizontalHeader()->fontMetrics();
    const int ch = fm.averageCharWidth();
    for (int c = 0; c < model()->columnCount(); ++c) {
        const int chars = c == 0 ? 9 : c == 1 ? 26 : 13;
        const QString label = model()->headerData(c, Qt::Horizontal).toString();
        view()->setColumnWidth(c, qMax(ch * chars, header.horizontalAdvance(label) + 20));
    }
}

void CiPanel::retranslateViews()
{
    for (int i = 0; i < m_views.size(); ++i) {
        QString text;
        QString toolTip;
        switch (m_views[i]) {
        case View::InUse:
            text = tr("In use");
            toolTip = tr("CIs in test, live or in repair");
            break;
        case View::Planned:
            text = tr("Planned");
            toolTip = tr("CIs planned or ordered, not yet in use");
            break;
        case View::Retired:
            text = tr("Retired");
            toolTip = tr("CIs retired or disposed of");
            break;
        case View::Licences:
            text = tr("Licences");
            toolTip = tr("Licences with their entitlements and the CIs they license; "
                         "over-used ones in red");
            break;
        case View::Warranties:
            text = tr("Warranties ending");
            toolTip = tr("Warranties that ended or end within %n day(s), soonest first", "",
                         WarrantyDays);
            break;
        case View::All:
            text = tr("All");
            toolTip = tr("Every CI");
            break;
        }
        m_viewBar->setTabText(i, text);
        m_viewBar->setTabToolTip(i, toolTip);
    }
    m_graph->setText(tr("Show in Graph"));
    m_graph->setToolTip(tr("Show the CI in the editor with its neighbours in the CMDB graph"));
    m_baselines->setText(tr("Baselines…"));
    m_baselines->setToolTip(tr("Take a baseline of the CMDB, or compare one with another or "
                               "with now"));
    m_audit->setText(tr("Run CMDB Audit…"));
    m_audit->setToolTip(tr("Compare a discovered inventory (CSV) with the CMDB and keep the "
                           "findings as a CMDB audit"));
    m_typeFilter->setToolTip(tr("Show one CI type, with its attributes as columns"));
    if (m_typeFilter->count() > 0)
        m_typeFilter->setItemText(0, tr("All CI types"));
}

void CiPanel::changeEvent(QEvent *event)
{
    RecordPanel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateViews();
        m_ciModel->setTypes(m_types);
        loadTypes();
        fitColumns();
    }
}

} // namespace sb::ui
