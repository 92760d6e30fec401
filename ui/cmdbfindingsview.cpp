#include "cmdbfindingsview.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/workbook.h"
#include "storage/workbookthread.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr const char *ErrorStyle = "color: #b3261e;";

struct Findings
{
    QList<CmdbAuditFinding> findings;
};
} // namespace

CmdbFindingsView::CmdbFindingsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"cmdbFindings"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"findingsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_followUp = new QPushButton(this);
    m_followUp->setObjectName(u"followUpFinding"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_followUp);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CmdbFindingsView::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int column) {
        const qint64 id = item->data(0, IdRole).toLongLong();
        for (const CmdbAuditFinding &f : std::as_const(m_findings)) {
            if (f.id != id)
                continue;
            // The follow-up's column opens the follow-up; elsewhere the CI, if there is one.
            if (f.followUpId != 0 && (column == FollowUpColumn || f.ciId == 0))
                Q_EMIT openRequested(f.followUpId);
            else if (f.ciId != 0)
                Q_EMIT openRequested(f.ciId);
            return;
        }
    });
    connect(m_followUp, &QPushButton::clicked, this, &CmdbFindingsView::followUpSelected);
    retranslateUi();
    clear();
}

void CmdbFindingsView::setDocument(WorkbookDocument *document)
{
    m_document = document;
    clear();
}

void CmdbFindingsView::clear()
{
    ++m_generation;
    m_audit = 0;
    m_loading = false;
    m_following = false;
    m_keepSelected = 0;
    m_findings.clear();
    m_tree->clear();
    m_message->clear();
    updateButtons();
}

void CmdbFindingsView::showAudit(qint64 auditId, bool writable)
{
    if (auditId != m_audit) {
        m_keepSelected = 0;
        m_message->clear();
    } else if (m_keepSelected == 0)
        m_keepSelected = selectedFinding();
    m_audit = auditId;
    m_writable = writable;
    load();
}

void CmdbFindingsView::load()
{
    if (!m_document || m_audit == 0)
        return;
    const int generation = ++m_generation;
    const qint64 audit = m_audit;
    m_loading = true;
    updateButtons();
    auto out = std::make_shared<Findings>();
    m_document->reader().submit(
        [audit, out](Workbook &wb) -> Error {
            Result<QList<CmdbAuditFinding>> f = CmdbAudit(wb).findings(audit);
            if (!f.ok())
                return f.error();
            out->findings = *f;
            return {};
        },
        this,
        [this, generation, out](const Error &e) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (e.isError()) {
                m_findings.clear();
                m_tree->clear();
                showMessage(e.message(), true);
            } else {
                m_findings = out->findings;
                fill();
            }
            updateButtons();
            Q_EMIT countChanged(int(m_findings.size()));
            Q_EMIT loaded();
        });
}

QString CmdbFindingsView::valueText(const CmdbAuditFinding &f, const QString &value) const
{
    if (value.isEmpty())
        return value;
    if (f.field == u"state"_s)
        return RecordTypes::stateLabel(value);
    return value;
}

void CmdbFindingsView::fill()
{
    m_tree->clear();
    const struct
    {
        CmdbAuditFinding::Kind kind;
        QString title;
        QString toolTip;
    } groups[] = {
        {CmdbAuditFinding::Kind::Missing, tr("Missing (%1)"),
         tr("In the CMDB, in use, but not found in the inventory")},
        {CmdbAuditFinding::Kind::Unregistered, tr("Not registered (%1)"),
         tr("Found in the inventory but not held in the CMDB")},
        {CmdbAuditFinding::Kind::Mismatch, tr("Values that differ (%1)"),
         tr("Found, but a value in the inventory differs from the CMDB's, or the CI is retired "
            "or disposed of")},
    };
    int followedUp = 0;
    QTreeWidgetItem *keep = nullptr;
    for (const auto &g : groups) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setFirstColumnSpanned(true);
        top->setToolTip(0, g.toolTip);
        QFont font = top->font(0);
        font.setBold(true);
        top->setFont(0, font);
        top->setFlags(top->flags() & ~Qt::ItemIsSelectable);
        int count = 0;
        for (const CmdbAuditFinding &f : std::as_const(m_findings)) {
            if (f.kind != g.kind)
                continue;
            ++count;
            followedUp += f.followUpId != 0 ? 1 : 0;
            const QString ci = f.ciHumanId.isEmpty() ? f.ciName : f.ciHumanId + u"  "_s + f.ciName;
            auto *item = new QTreeWidgetItem(top);
            item->setText(CiColumn, ci);
            item->setText(FieldColumn, f.fieldLabel.isEmpty() ? f.field : f.fieldLabel);
            item->setText(CmdbColumn, valueText(f, f.cmdbValue));
            item->setText(FoundColumn, valueText(f, f.foundValue));
            item->setText(LineColumn, f.sourceLine > 0 ? QString::number(f.sourceLine) : QString());
            item->setText(FollowUpColumn, f.followUpHumanId);
            item->setText(TypeColumn, f.ciTypeLabel.isEmpty() ? f.ciType : f.ciTypeLabel);
            item->setData(0, IdRole, f.id);
            item->setTextAlignment(LineColumn, Qt::AlignRight | Qt::AlignVCenter);
            const QString tip = f.describe();
            for (int c = 0; c < ColumnCount; ++c)
                item->setToolTip(c, tip);
            if (f.followUpId != 0)
                item->setToolTip(
                    FollowUpColumn,
                    tr("Followed up by %1; double-click to open it").arg(f.followUpHumanId));
            if (f.id == m_keepSelected)
                keep = item;
        }
        top->setText(0, g.title.arg(count));
        if (count == 0)
            top->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        top->setExpanded(count > 0 && count <= 1000);
    }
    if (keep) {
        m_tree->setCurrentItem(keep);
        m_tree->scrollToItem(keep);
    }
    m_keepSelected = 0;
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_tree->resizeColumnToContents(c);
    // The CI column fits the findings, not the group titles, which span the row anyway.
    const QFontMetrics fm = m_tree->fontMetrics();
    int ciWidth = fm.horizontalAdvance(m_tree->headerItem()->text(CiColumn));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j)
            ciWidth = qMax(ciWidth, fm.horizontalAdvance(top->child(j)->text(CiColumn)));
    }
    const int ch = fontMetrics().averageCharWidth();
    m_tree->setColumnWidth(CiColumn, qMin(ciWidth + m_tree->indentation() * 2 + ch * 3, ch * 30));
    for (int c : {FieldColumn, CmdbColumn, FoundColumn})
        m_tree->setColumnWidth(c, qBound(ch * 8, m_tree->columnWidth(c), ch * 20));
    if (!m_message->styleSheet().isEmpty() || m_message->text().isEmpty()) {
        showMessage(m_findings.isEmpty() ? tr("The inventory and the CMDB agree: no findings.")
                                         : tr("%n finding(s)", "", int(m_findings.size()))
                            + tr(", %n followed up.", "", followedUp),
                    false);
    }
}

QTreeWidgetItem *CmdbFindingsView::itemFor(qint64 findingId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, IdRole).toLongLong() == findingId)
                return top->child(j);
        }
    }
    return nullptr;
}

bool CmdbFindingsView::selectFinding(qint64 findingId)
{
    QTreeWidgetItem *item = itemFor(findingId);
    if (!item)
        return false;
    m_tree->setCurrentItem(item);
    return true;
}

qint64 CmdbFindingsView::selectedFinding() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, IdRole).toLongLong();
}

void CmdbFindingsView::updateButtons()
{
    const qint64 id = selectedFinding();
    bool open = false;
    for (const CmdbAuditFinding &f : std::as_const(m_findings)) {
        if (f.id == id)
            open = f.followUpId == 0;
    }
    m_followUp->setEnabled(m_document && m_writable && open && !m_loading && !m_following);
}

void CmdbFindingsView::followUpSelected()
{
    const qint64 id = selectedFinding();
    if (!m_document || !m_writable || id == 0 || m_following)
        return;
    m_following = true;
    updateButtons();
    showMessage(tr("Creating a task…"), false);
    const qint64 audit = m_audit;
    auto task = std::make_shared<RecordRef>();
    m_document->write(
        [id, task](RecordStore &store) -> Error {
            Result<RecordRef> r = CmdbAudit(store.workbook()).followUp(id);
            if (!r.ok())
                return r.error();
            *task = *r;
            return {};
        },
        this,
        [this, id, task, audit](const Error &e) {
            m_following = false;
            // Another audit is shown by now: this one's findings are read when it is shown.
            if (audit != m_audit) {
                updateButtons();
                return;
            }
            if (e.isError()) {
                showMessage(tr("The finding was not followed up: %1").arg(e.message()), true);
                updateButtons();
                return;
            }
            showMessage(tr("Task %1 follows up the finding.").arg(task->humanId), false);
            m_keepSelected = id;
            load();
            Q_EMIT followedUp(id, task->id);
        });
}

QString CmdbFindingsView::message() const
{
    return m_message->text();
}

void CmdbFindingsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QString::fromLatin1(ErrorStyle) : QString());
}

void CmdbFindingsView::retranslateUi()
{
    QStringList labels;
    for (int c = 0; c < ColumnCount; ++c)
        labels << QString();
    labels[CiColumn] = tr("CI");
    labels[FieldColumn] = tr("Field");
    labels[CmdbColumn] = tr("In the CMDB");
    labels[FoundColumn] = tr("In the inventory");
    labels[LineColumn] = tr("Line");
    labels[FollowUpColumn] = tr("Follow-up");
    labels[TypeColumn] = tr("CI type");
    m_tree->setHeaderLabels(labels);
    m_followUp->setText(tr("Follow Up as &Task"));
    m_followUp->setToolTip(tr("Create a task to resolve the selected finding, linked to this "
                              "audit and to the CI"));
}

void CmdbFindingsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        load(); // the findings' type and field labels are read in the language in use
    }
}

} // namespace sb::ui
