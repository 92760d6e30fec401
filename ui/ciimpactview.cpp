#include "ciimpactview.h"

#include "workbookdocument.h"

#include "cmdb/citypes.h"
#include "records/recordtypes.h"
#include "storage/workbook.h"
#include "storage/workbookthread.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
}

CiImpactView::CiImpactView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_direction = new QComboBox(this);
    m_direction->setObjectName(u"impactDirection"_s);
    m_direction->addItem(QString(), int(ImpactDirection::Downstream));
    m_direction->addItem(QString(), int(ImpactDirection::Upstream));
    m_depthLabel = new QLabel(this);
    m_depth = new QSpinBox(this);
    m_depth->setObjectName(u"impactDepth"_s);
    m_depth->setRange(0, 20);
    m_depth->setValue(0);
    m_depthLabel->setBuddy(m_depth);
    m_graph = new QPushButton(this);
    auto *graph = m_graph;
    graph->setObjectName(u"impactInGraph"_s);
    bar->addWidget(m_direction);
    bar->addWidget(m_depthLabel);
    bar->addWidget(m_depth);
    bar->addStretch(1);
    bar->addWidget(graph);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"impactSummary"_s);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"impactTree"_s);
    m_tree->setColumnCount(4);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &CiImpactView::run);
    connect(m_depth, &QSpinBox::valueChanged, this, &CiImpactView::run);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, IdRole).toLongLong(); id != 0)
            Q_EMIT openRequested(id);
    });
    connect(graph, &QPushButton::clicked, this, [this] {
        if (m_ci != 0)
            Q_EMIT showInGraphRequested(m_ci, ImpactDirection(m_direction->currentData().toInt()));
    });
    retranslateUi();
}

void CiImpactView::setDocument(WorkbookDocument *document)
{
    m_document = document;
    clear();
}

void CiImpactView::clear()
{
    ++m_generation;
    m_ci = 0;
    m_busy = false;
    m_result = {};
    m_error.clear();
    m_tree->clear();
    m_summary->clear();
}

void CiImpactView::showCi(qint64 id)
{
    m_ci = id;
    run();
}

void CiImpactView::setDirection(ImpactDirection direction)
{
    m_direction->setCurrentIndex(m_direction->findData(int(direction)));
}

void CiImpactView::setDepth(int depth)
{
    m_depth->setValue(depth);
}

void CiImpactView::run()
{
    if (!m_document || m_ci == 0)
        return;
    const int generation = ++m_generation;
    const qint64 id = m_ci;
    const auto direction = ImpactDirection(m_direction->currentData().toInt());
    const int depth = m_depth->value();
    auto out = std::make_shared<ImpactResult>();
    m_busy = true;
    m_summary->setText(tr("Following the relationships…"));
    m_document->reader().submit(
        [id, direction, depth, out](Workbook &wb) -> Error {
            Result<ImpactResult> r = Impact::analyse(wb.db(), id, direction, depth);
            if (!r.ok())
                return r.error();
            *out = std::move(r).value();
            return {};
        },
        this,
        [this, generation, out](const Error &e) {
            if (generation != m_generation)
                return;
            m_busy = false;
            m_result = e.isError() ? ImpactResult() : *out;
            m_error = e.isError() ? e.message() : QString();
            fill();
            Q_EMIT finished();
        });
}

void CiImpactView::fill()
{
    m_tree->clear();
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        return;
    }
    const CmdbWalk &walk = m_result.walk;
    if (walk.nodes.isEmpty()) {
        m_summary->clear();
        return;
    }
    QHash<QString, QString> typeLabels;
    if (m_document) {
        if (Result<QList<CiTypeDef>> types = CiTypes::load(m_document->workbook().db());
            types.ok()) {
            for (const CiTypeDef &t : *types)
                typeLabels.insert(t.code, t.displayLabel());
        }
    }
    QHash<QString, QString> kindLabels[2]; // [reverse, forward]
    if (m_document) {
        if (Result<QList<CiRelationType>> kinds =
                CiTypes::loadRelationTypes(m_document->workbook().db());
            kinds.ok()) {
            for (const CiRelationType &k : *kinds) {
                kindLabels[1].insert(k.kind, k.forwardLabel);
                kindLabels[0].insert(k.kind, k.reverseLabel);
            }
        }
    }
    kindLabels[1].insert(u"uses"_s, QCoreApplication::translate("LinkKind", "uses"));
    kindLabels[0].insert(u"uses"_s, QCoreApplication::translate("LinkKind", "used by"));
    auto typeOf = [&](const CmdbNode &n) {
        if (n.type == u"ci"_s)
            return typeLabels.value(n.ciType, n.ciType);
        const RecordTypeDef *d = RecordTypes::find(n.type);
        return d ? d->displayLabel() : n.type;
    };
    // "reached from CI-3 (runs on)": the step read from the reached record's side.
    auto via = [&](const CmdbNode &n) {
        if (n.viaId == 0)
            return QString();
        const int i = walk.indexOf(n.viaId);
        const QString from = i >= 0 ? walk.nodes[i].humanId : QString::number(n.viaId);
        const QString label = kindLabels[n.viaForward ? 0 : 1].value(n.viaKind, n.viaKind);
        return tr("%1 (%2)").arg(from, label);
    };
    auto add = [&](QTreeWidgetItem *parent, const CmdbNode &n) {
        auto *item = new QTreeWidgetItem(
            parent,
            {n.humanId + u"  "_s + n.title, typeOf(n), QString::number(n.distance), via(n)});
        item->setData(0, IdRole, n.id);
        item->setToolTip(3, tr("Reached by: %1").arg(via(n)));
    };
    const bool down =
        ImpactDirection(m_direction->currentData().toInt()) == ImpactDirection::Downstream;
    auto group = [&](const QString &title) {
        auto *top = new QTreeWidgetItem(m_tree, {title});
        top->setFirstColumnSpanned(true);
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        top->setExpanded(true);
        return top;
    };
    if (down) {
        QTreeWidgetItem *services =
            group(tr("Services affected (%1)").arg(m_result.services.size()));
        for (const CmdbNode &n : m_result.services)
            add(services, n);
        QTreeWidgetItem *customers =
            group(tr("Customers affected (%1)").arg(m_result.customers.size()));
        for (const CmdbNode &n : m_result.customers)
            add(customers, n);
        QTreeWidgetItem *slas =
            group(tr("Service level agreements (%1)").arg(m_result.slas.size()));
        for (const ImpactedSla &s : m_result.slas)
            new QTreeWidgetItem(slas, {s.name, tr("SLA"), QString(), s.service});
    }
    int cis = 0;
    for (const CmdbNode &n : walk.nodes)
        cis += n.type == u"ci"_s && n.distance > 0 ? 1 : 0;
    QTreeWidgetItem *all = group(down ? tr("Configuration items affected (%1)").arg(cis)
                                      : tr("Configuration items needed (%1)").arg(cis));
    for (const CmdbNode &n : walk.nodes) {
        if (n.type == u"ci"_s && n.distance > 0)
            add(all, n);
    }
    all->setExpanded(cis <= 500);
    const CmdbNode &start = walk.nodes.first();
    QString summary = down
        ? tr("A failure of %1 reaches %n configuration item(s)", "", cis).arg(start.humanId)
        : tr("%1 needs %n configuration item(s)", "", cis).arg(start.humanId);
    if (down)
        summary += tr(", %n service(s)", "", int(m_result.services.size()))
            + tr(" and %n customer(s).", "", int(m_result.customers.size()));
    else
        summary += u'.';
    if (walk.truncated)
        summary += u' ' + tr("The depth limit stopped the walk: there is more beyond it.");
    m_summary->setText(summary);
    m_tree->resizeColumnToContents(0);
}

void CiImpactView::retranslateUi()
{
    m_direction->setItemText(0, tr("Downstream: what a failure reaches"));
    m_direction->setItemText(1, tr("Upstream: what it needs"));
    m_depthLabel->setText(tr("Depth"));
    m_graph->setText(tr("Show in Graph"));
    m_depth->setSpecialValueText(tr("all"));
    m_tree->setHeaderLabels({tr("Record"), tr("Type"), tr("Distance"), tr("Reached from")});
}

void CiImpactView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
}

} // namespace sb::ui
