#include "requestcataloguepage.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
enum Column { CodeColumn, NameColumn, ServiceColumn, ApprovalColumn, TasksColumn, HoursColumn };
} // namespace

RequestCataloguePage::RequestCataloguePage(QWidget *parent)
    : AdminPage(parent)
{
    addIntro(tr("The types of service request the desk offers. Requests name "
                "their type by its code; those already raised keep the code "
                "they name."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget(splitter);
    auto *topRow = new QHBoxLayout(top);
    topRow->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 6, top);
    m_table->setObjectName(u"requestTypeTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Service"), tr("Approval"),
                                        tr("Fulfilment tasks"), tr("Time allowed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TasksColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Request types"));
    topRow->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add Type"), top);
    m_add->setObjectName(u"addRequestType"_s);
    m_remove = new QPushButton(tr("&Remove"), top);
    m_remove->setObjectName(u"removeRequestType"_s);
    m_remove->setToolTip(tr("Remove the selected type (Delete). Requests already raised keep "
                            "its code."));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    topRow->addLayout(buttons);

    m_form = new QGroupBox(tr("Selected request type"), splitter);
    auto *formRow = new QHBoxLayout(m_form);
    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_code = new QLineEdit(m_form);
    m_code->setObjectName(u"requestCode"_s);
    m_code->setMaxLength(Catalogue::MaxCodeLength);
    m_code->setPlaceholderText(tr("e.g. new_laptop"));
    m_code->setToolTip(tr("Lower-case letters, digits, \"_\" and \"-\", beginning with a letter"));
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"requestName"_s);
    m_name->setMaxLength(Catalogue::MaxNameLength);
    m_service = new QLineEdit(m_form);
    m_service->setObjectName(u"requestService"_s);
    m_approval = new QCheckBox(tr("Needs appro&val before fulfilment"), m_form);
    m_approval->setObjectName(u"requestApproval"_s);
    m_hours = new QDoubleSpinBox(m_form);
    m_hours->setObjectName(u"requestHours"_s);
    m_hours->setRange(0, 100000);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setSpecialValueText(tr("as the SLA says"));
    m_hours->setToolTip(tr("Working hours allowed to fulfil a request of this type; at 0 the "
                           "SLA definitions decide."));
    left->addRow(tr("&Code:"), m_code);
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("&Service:"), m_service);
    left->addRow(QString(), m_approval);
    left->addRow(tr("&Time allowed:"), m_hours);
    formRow->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    auto *tasksLabel = new QLabel(tr("&Fulfilment tasks, one per line:"), m_form);
    m_tasks = new QPlainTextEdit(m_form);
    m_tasks->setObjectName(u"requestTasks"_s);
    m_tasks->setTabChangesFocus(true);
    tasksLabel->setBuddy(m_tasks);
    right->addWidget(tasksLabel);
    right->addWidget(m_tasks, 1);
    formRow->addLayout(right, 1);
    splitter->addWidget(top);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"requestProblem"_s);
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(p);
    contentLayout()->addWidget(m_problem);

    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_remove, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this, &RequestCataloguePage::addType);
    connect(m_remove, &QPushButton::clicked, this, &RequestCataloguePage::removeCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_code, &QLineEdit::textEdited, this, &RequestCataloguePage::formEdited);
    connect(m_name, &QLineEdit::textEdited, this, &RequestCataloguePage::formEdited);
    connect(m_service, &QLineEdit::textEdited, this, &RequestCataloguePage::formEdited);
    connect(m_approval, &QCheckBox::toggled, this, &RequestCataloguePage::formEdited);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &RequestCataloguePage::formEdited);
    connect(m_tasks, &QPlainTextEdit::textChanged, this, &RequestCataloguePage::formEdited);
    showRow(-1);
}

QString RequestCataloguePage::title() const
{
    return tr("Request catalogue");
}

Error RequestCataloguePage::load(WorkbookDocument &document)
{
    Result<QList<RequestType>> types = Catalogue(document.workbook()).requestTypes();
    if (!types.ok())
        return types.error();
    // The type shown stays shown after a save (by its code as saved).
    const QString shown = m_current >= 0 ? m_rows[m_current].value.code.trimmed() : QString();
    m_loading = true;
    m_rows.clear();
    m_removed.clear();
    m_table->setRowCount(0);
    for (const RequestType &t : std::as_const(*types)) {
        m_rows.append({t.code, t, t});
        m_table->insertRow(m_table->rowCount());
        updateTableRow(m_table->rowCount() - 1);
    }
    m_loading = false;
    m_current = -1;
    int row = m_rows.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].value.code == shown)
            row = i;
    }
    m_table->setCurrentCell(row, 0);
    showRow(m_table->currentRow());
    Q_EMIT modifiedChanged();
    return {};
}

void RequestCataloguePage::updateTableRow(int row)
{
    const RequestType &t = m_rows[row].value;
    const QLocale locale;
    const QStringList texts {
        t.code,
        t.name,
        t.service,
        t.needsApproval ? tr("needed") : QString(),
        t.fulfilmentTasks.join(u"; "_s),
        t.slaHours ? tr("%1 h").arg(locale.toString(*t.slaHours, 'g', 6)) : QString(),
    };
    for (int c = 0; c < texts.size(); ++c) {
        QTableWidgetItem *item = m_table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, c, item);
        }
        item->setText(texts[c]);
    }
    m_table->item(row, TasksColumn)->setToolTip(t.fulfilmentTasks.join(u'\n'));
    const bool problem = rowProblem(row).isError();
    m_table->item(row, CodeColumn)
        ->setForeground(problem ? QBrush(QColor(0xb0, 0x20, 0x20)) : QBrush());
}

Error RequestCataloguePage::rowProblem(int row) const
{
    const RequestType &t = m_rows[row].value;
    if (Error e = Catalogue::validateRequestType(t); e.isError())
        return e;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != row && m_rows[i].value.code.trimmed() == t.code.trimmed())
            return Error(ErrorCode::InvalidInput,
                         tr("Two request types have the code %1.").arg(t.code.trimmed()));
    }
    return {};
}

void RequestCataloguePage::showRow(int row)
{
    m_current = row >= 0 && row < m_rows.size() ? row : -1;
    m_loading = true;
    const RequestType t = m_current >= 0 ? m_rows[m_current].value : RequestType();
    m_code->setText(t.code);
    m_name->setText(t.name);
    m_service->setText(t.service);
    m_approval->setChecked(t.needsApproval);
    m_tasks->setPlainText(t.fulfilmentTasks.join(u'\n'));
    m_hours->setValue(t.slaHours.value_or(0));
    m_loading = false;
    m_form->setEnabled(m_current >= 0);
    m_remove->setEnabled(isEditable() && m_current >= 0);
    const Error problem = m_current >= 0 ? rowProblem(m_current) : Error();
    m_problem->setText(problem.message());
    m_problem->setVisible(problem.isError());
}

void RequestCataloguePage::formEdited()
{
    if (m_loading || m_current < 0)
        return;
    RequestType &t = m_rows[m_current].value;
    t.code = m_code->text();
    t.name = m_name->text();
    t.service = m_service->text();
    t.needsApproval = m_approval->isChecked();
    t.fulfilmentTasks = m_tasks->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    t.slaHours = m_hours->value() > 0 ? std::optional<double>(m_hours->value()) : std::nullopt;
    // A clash of codes shows on both rows.
    for (int i = 0; i < m_rows.size(); ++i)
        updateTableRow(i);
    const Error problem = rowProblem(m_current);
    m_problem->setText(problem.message());
    m_problem->setVisible(problem.isError());
    Q_EMIT modifiedChanged();
}

void RequestCataloguePage::addType()
{
    if (!isEditable())
        return;
    RequestType t;
    t.code = u"new_type"_s;
    for (int i = 2; std::any_of(m_rows.cbegin(), m_rows.cend(),
                                [&](const Row &r) { return r.value.code == t.code; });
         ++i)
        t.code = u"new_type_%1"_s.arg(i);
    t.name = tr("New request type");
    m_rows.append({QString(), t, t});
    m_table->insertRow(m_table->rowCount());
    updateTableRow(m_table->rowCount() - 1);
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    m_code->setFocus();
    m_code->selectAll();
    Q_EMIT modifiedChanged();
}

void RequestCataloguePage::removeCurrent()
{
    if (!isEditable() || m_current < 0)
        return;
    const int row = m_current;
    const Row removed = m_rows.takeAt(row);
    if (!removed.originalCode.isEmpty())
        m_removed << removed.originalCode;
    m_current = -1;
    m_table->removeRow(row);
    for (int i = 0; i < m_rows.size(); ++i)
        updateTableRow(i);
    if (!m_rows.isEmpty())
        m_table->setCurrentCell(qMin(row, int(m_rows.size()) - 1), 0);
    showRow(m_table->currentRow());
    Q_EMIT message(tr("The request type %1 is removed when you save.").arg(removed.value.code),
                   false);
    Q_EMIT modifiedChanged();
}

bool RequestCataloguePage::isModified() const
{
    if (!m_removed.isEmpty())
        return true;
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.originalCode.isEmpty() || !(r.value == r.loaded);
    });
}

Error RequestCataloguePage::validate() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (Error e = rowProblem(i); e.isError())
            return e;
    }
    return {};
}

AdminSaveStep RequestCataloguePage::saveStep() const
{
    const QStringList removed = m_removed;
    QList<std::pair<QString, RequestType>> changed;
    for (const Row &r : m_rows) {
        if (r.originalCode.isEmpty() || !(r.value == r.loaded))
            changed.append({r.originalCode, r.value});
    }
    return [removed, changed](RecordStore &store, AdminSaveContext &) -> Error {
        Catalogue catalogue(store.workbook());
        // Removals first: a code given up may be taken by another type in the same save.
        for (const QString &code : removed) {
            if (Error e = catalogue.removeRequestType(code); e.isError())
                return e;
        }
        for (const auto &[original, type] : changed) {
            if (Error e = catalogue.saveRequestType(original, type); e.isError())
                return e;
        }
        return {};
    };
}

void RequestCataloguePage::applyEditable(bool editable)
{
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_current >= 0);
    for (QLineEdit *e : {m_code, m_name, m_service})
        e->setReadOnly(!editable);
    m_tasks->setReadOnly(!editable);
    m_approval->setEnabled(editable);
    m_hours->setReadOnly(!editable);
}

} // namespace sb::ui
