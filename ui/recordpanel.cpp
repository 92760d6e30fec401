#include "recordpanel.h"

#include "splittershare.h"

#include "recordeditor.h"
#include "recordlistmodel.h"
#include "workbookdocument.h"

#include "records/recordtypes.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

RecordPanel::RecordPanel(const QString &objectName, const char *title, const QList<TypeView> &types,
                         QWidget *parent)
    : RecordPanel(objectName, title, types, new RecordListModel, parent)
{ }

RecordPanel::RecordPanel(const QString &objectName, const char *title, const QList<TypeView> &types,
                         RecordListModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_title(title)
    , m_types(types)
{
    setObjectName(objectName);
    auto *host = new QWidget(this);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(4, 4, 4, 4);

    m_tabBar = new QTabBar(host);
    m_tabBar->setObjectName(u"typeTabs"_s);
    m_tabBar->setExpanding(false);
    m_tabBar->setDrawBase(false);
    for (int i = 0; i < m_types.size(); ++i)
        m_tabBar->addTab(QString());
    if (m_types.size() < 2)
        m_tabBar->hide();

    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(host);
    m_filter->setObjectName(u"quickFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_new = new QToolButton(host);
    m_new->setObjectName(u"newRecord"_s);
    m_new->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_count = new QLabel(host);
    m_problem = new QLabel(host);
    m_problem->setObjectName(u"listProblem"_s);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_new);

    m_model = model;
    m_model->setParent(this);
    m_view = new QTableView;
    m_view->setObjectName(u"recordList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(m_view->fontMetrics().averageCharWidth()
                                                      * 16);

    m_editor = new RecordEditor;
    m_splitter = new QSplitter(Qt::Horizontal, host);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_tabBar);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_splitter, 1);
    setWidget(host);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_tabBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index == m_currentTab)
            return;
        if (!confirmLeave()) {
            m_tabBar->setCurrentIndex(m_currentTab);
            return;
        }
        applyType(index);
    });
    connect(m_new, &QToolButton::clicked, this, &RecordPanel::newRecord);
    connect(m_model, &RecordListModel::countChanged, this, &RecordPanel::updateCount);
    connect(m_model, &RecordListModel::failed, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(m_model, &RecordListModel::countChanged, m_problem, &QWidget::hide);
    connect(m_model, &RecordListModel::dataChanged, this, &RecordPanel::selectPending);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    connect(m_editor, &RecordEditor::openRequested, this, [this](qint64 id) {
        if (!m_document || !confirmLeave())
            return;
        Result<Record> r = m_document->store().load(id);
        if (r.ok() && handles(r->type))
            showRecord(id, r->type);
        else if (r.ok())
            m_editor->showRecord(id);
    });
    auto *filterKey =
        new QShortcut(QKeySequence::Find, this, m_filter, qOverload<>(&QWidget::setFocus));
    filterKey->setContext(Qt::WidgetWithChildrenShortcut);

    retranslateUi();
}

void RecordPanel::setDocument(WorkbookDocument *document)
{
    m_document = document;
    m_editor->setDocument(document);
    m_model->setDocument(document);
    m_new->setEnabled(document && !document->workbook().isReadOnly());
    applyType(m_tabBar->currentIndex() < 0 ? 0 : m_tabBar->currentIndex());
}

bool RecordPanel::handles(const QString &type) const
{
    for (const TypeView &t : m_types) {
        if (t.type == type)
            return true;
    }
    return false;
}

QString RecordPanel::currentType() const
{
    return m_types.value(m_currentTab).type;
}

void RecordPanel::selectType(const QString &type)
{
    for (int i = 0; i < m_types.size(); ++i) {
        if (m_types[i].type == type) {
            if (i != m_currentTab) {
                const QSignalBlocker block(m_tabBar);
                m_tabBar->setCurrentIndex(i);
                applyType(i);
            }
            return;
        }
    }
}

void RecordPanel::applyType(int index)
{
    if (index < 0 || index >= m_types.size())
        return;
    m_currentTab = index;
    m_model->setSpec(m_document ? listSpec(index) : ListSpec());
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    // The ID is short, the title long; the rest share what is left.
    const int ch = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(0, ch * 10);
    if (m_model->columnCount() > 1)
        m_view->setColumnWidth(1, ch * 30);
    m_editor->clear();
    m_new->setVisible(m_types[index].byHand);
    updateCount();
    retranslateUi();
}

void RecordPanel::addHeaderWidget(QWidget *w)
{
    auto *layout = static_cast<QVBoxLayout *>(widget()->layout());
    layout->insertWidget(layout->indexOf(m_tabBar) + 1, w);
}

ListSpec RecordPanel::listSpec(int index) const
{
    ListSpec spec;
    spec.type = m_types[index].type;
    spec.columns = m_types[index].columns;
    spec.text = m_filter->text();
    adjustSpec(&spec);
    return spec;
}

void RecordPanel::reloadList()
{
    if (!m_document || m_currentTab < 0 || m_currentTab >= m_types.size())
        return;
    ListSpec spec = listSpec(m_currentTab);
    spec.sortField = m_model->spec().sortField;
    spec.descending = m_model->spec().descending;
    m_model->setSpec(spec);
    // The record in the editor stays; it is selected again if the new list has it.
    m_pendingSelection = m_editor->recordId();
    updateCount();
}

void RecordPanel::showRecord(qint64 id, const QString &type)
{
    selectType(type);
    m_editor->showRecord(id);
    m_pendingSelection = id;
    selectPending();
    show();
    raise();
}

void RecordPanel::selectPending()
{
    if (m_pendingSelection == 0)
        return;
    const int row = m_model->rowOf(m_pendingSelection);
    if (row < 0)
        return;
    m_pendingSelection = 0;
    const QSignalBlocker block(m_view->selectionModel());
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void RecordPanel::newRecord()
{
    if (!m_document || m_document->workbook().isReadOnly() || !confirmLeave())
        return;
    // Some records come from running something (a CMDB audit), never from an empty form.
    if (m_currentTab >= 0 && m_currentTab < m_types.size() && !m_types[m_currentTab].byHand)
        return;
    m_view->clearSelection();
    m_editor->startNew(currentType());
    show();
    raise();
}

void RecordPanel::onCurrentRowChanged(int row)
{
    if (row < 0)
        return;
    const qint64 id = m_model->idAt(row);
    if (id == 0 || id == m_editor->recordId())
        return;
    if (!confirmLeave())
        return;
    m_editor->showRecord(id);
}

bool RecordPanel::confirmLeave()
{
    if (m_editor->isSaving()) {
        QMessageBox::information(
            this, tr("Still saving"),
            tr("%1 is being saved; wait a moment, then try again.")
                .arg(m_editor->recordId() ? m_editor->record().humanId : tr("The new record")));
        return false;
    }
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?")
            .arg(m_editor->recordId() ? m_editor->record().humanId : tr("The new record")),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        m_editor->save();
        return false; // the save finishes asynchronously; the user clicks again
    }
    return answer == QMessageBox::Discard;
}

void RecordPanel::updateCount()
{
    const qint64 n = m_model->totalCount();
    m_count->setText(m_filter->text().isEmpty()
                         ? tr("%n record(s)", nullptr, int(qMin<qint64>(n, INT_MAX)))
                         : tr("%n match(es)", nullptr, int(qMin<qint64>(n, INT_MAX))));
}

void RecordPanel::retranslateUi()
{
    setWindowTitle(QCoreApplication::translate("RecordPanel", m_title));
    for (int i = 0; i < m_types.size(); ++i) {
        if (const RecordTypeDef *def = RecordTypes::find(m_types[i].type))
            m_tabBar->setTabText(i, def->displayPluralLabel());
    }
    const RecordTypeDef *def = RecordTypes::find(currentType());
    m_filter->setPlaceholderText(tr("Filter %1 (full-text, e.g. print* or 网络)…")
                                     .arg(def ? def->labelInSentence(true) : QString()));
    m_new->setText(def ? tr("New %1").arg(def->labelInSentence()) : tr("New"));
    m_new->setToolTip(tr("Create a record (Ctrl+N)"));
    updateCount();
}

void RecordPanel::setListShare(int percent)
{
    if (m_listShare)
        m_listShare->setPercent(percent);
    else
        m_listShare = SplitterShare::keep(m_splitter, percent);
}

void RecordPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Headers and state labels are translated as they are shown.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        if (m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(
                m_model->index(0, 0),
                m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
    }
    QDockWidget::changeEvent(event);
}

} // namespace sb::ui
