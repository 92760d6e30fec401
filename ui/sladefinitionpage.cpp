#include "sladefinitionpage.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
enum Column {
    NameColumn,
    TypeColumn,
    ServiceColumn,
    CustomerColumn,
    PriorityColumn,
    ResponseColumn,
    ResolutionColumn,
    CalendarColumn,
    ActiveColumn,
    ColumnCount
};

bool sameDefinition(const SlaDefinition &a, const SlaDefinition &b)
{
    return a.name == b.name && a.recordType == b.recordType && a.service == b.service
        && a.customer == b.customer && a.priority == b.priority
        && a.responseMinutes == b.responseMinutes && a.resolutionMinutes == b.resolutionMinutes
        && a.calendarId == b.calendarId && a.responseStates == b.responseStates
        && a.pauseStates == b.pauseStates && a.stopStates == b.stopStates
        && a.warningPercent == b.warningPercent && a.active == b.active;
}

QListWidget *stateList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setMinimumHeight(80);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    return list;
}
} // namespace

SlaDefinitionPage::SlaDefinitionPage(QWidget *parent)
    : AdminPage(parent)
{
    addIntro(tr("The most specific active definition that matches a ticket's "
                "type, priority, service and customer measures it. Targets are "
                "working time on the definition's calendar."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget(splitter);
    auto *topRow = new QHBoxLayout(top);
    topRow->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, top);
    m_table->setObjectName(u"slaTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Applies to"), tr("Service"), tr("Customer"),
                                        tr("Priority"), tr("Response"), tr("Resolution"),
                                        tr("Calendar"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("SLA definitions"));
    topRow->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add Definition"), top);
    m_add->setObjectName(u"addSla"_s);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    topRow->addLayout(buttons);

    m_form = new QGroupBox(tr("Selected definition"), splitter);
    auto *formLayout = new QVBoxLayout(m_form);
    auto *fields = new QHBoxLayout;
    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"slaName"_s);
    m_type = new QComboBox(m_form);
    m_type->setObjectName(u"slaType"_s);
    m_type->addItem(tr("Incidents"), u"incident"_s);
    m_type->addItem(tr("Service requests"), u"service_request"_s);
    m_service = new QLineEdit(m_form);
    m_service->setObjectName(u"slaService"_s);
    m_service->setPlaceholderText(tr("any service"));
    m_customer = new QLineEdit(m_form);
    m_customer->setObjectName(u"slaCustomer"_s);
    m_customer->setPlaceholderText(tr("any customer"));
    m_priority = new QComboBox(m_form);
    m_priority->setObjectName(u"slaPriority"_s);
    m_priority->addItem(tr("Any"), 0);
    for (int p = 1; p <= 5; ++p)
        m_priority->addItem(QString::number(p), p);
    left->addRow(tr("&Name:"), m_name);
    left->addRow(tr("Applies &to:"), m_type);
    left->addRow(tr("Serv&ice:"), m_service);
    left->addRow(tr("C&ustomer:"), m_customer);
    left->addRow(tr("&Priority:"), m_priority);
    fields->addLayout(left, 1);

    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_response = new QLineEdit(m_form);
    m_response->setObjectName(u"slaResponse"_s);
    m_response->setPlaceholderText(tr("none"));
    m_response->setToolTip(tr("Hours and minutes of working time, such as 4:00 or 0:15"));
    m_resolution = new QLineEdit(m_form);
    m_resolution->setObjectName(u"slaResolution"_s);
    m_resolution->setPlaceholderText(tr("none"));
    m_resolution->setToolTip(m_response->toolTip());
    m_calendar = new QComboBox(m_form);
    m_calendar->setObjectName(u"slaCalendar"_s);
    m_warning = new QSpinBox(m_form);
    m_warning->setObjectName(u"slaWarning"_s);
    m_warning->setRange(1, 100);
    m_warning->setSuffix(tr(" %"));
    m_warning->setToolTip(tr("A ticket is \"breaching soon\" once this share of its target "
                             "has passed."));
    m_active = new QCheckBox(tr("Acti&ve"), m_form);
    m_active->setObjectName(u"slaActive"_s);
    m_active->setToolTip(tr("An inactive definition measures no ticket; tickets it measured "
                            "before keep their history."));
    right->addRow(tr("&Response within (h:mm):"), m_response);
    right->addRow(tr("Re&solution within (h:mm):"), m_resolution);
    right->addRow(tr("&Calendar:"), m_calendar);
    right->addRow(tr("&Warning at:"), m_warning);
    right->addRow(QString(), m_active);
    fields->addLayout(right, 1);
    formLayout->addLayout(fields);

    auto *states = new QHBoxLayout;
    m_responseStates = stateList(u"slaResponseStates"_s, m_form);
    m_pauseStates = stateList(u"slaPauseStates"_s, m_form);
    m_stopStates = stateList(u"slaStopStates"_s, m_form);
    const std::pair<QListWidget *, QString> lists[] = {
        {m_responseStates, tr("Response clock runs in:")},
        {m_pauseStates, tr("Clocks pause in:")},
        {m_stopStates, tr("Resolution clock stops in:")},
    };
    for (const auto &[list, label] : lists) {
        auto *column = new QVBoxLayout;
        auto *l = new QLabel(label, m_form);
        l->setBuddy(list);
        list->setAccessibleName(label);
        column->addWidget(l);
        column->addWidget(list, 1);
        states->addLayout(column, 1);
        connect(list, &QListWidget::itemChanged, this, &SlaDefinitionPage::statesEdited);
    }
    formLayout->addLayout(states);
    formLayout->addStretch(1);
    splitter->addWidget(top);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"slaProblem"_s);
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(p);
    m_problem->hide();
    contentLayout()->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &SlaDefinitionPage::addDefinition);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    for (QLineEdit *e : {m_name, m_service, m_customer, m_response, m_resolution})
        connect(e, &QLineEdit::textEdited, this, &SlaDefinitionPage::formEdited);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SlaDefinitionPage::typeChosen);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &SlaDefinitionPage::formEdited);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &SlaDefinitionPage::formEdited);
    connect(m_warning, &QSpinBox::valueChanged, this, &SlaDefinitionPage::formEdited);
    connect(m_active, &QCheckBox::toggled, this, &SlaDefinitionPage::formEdited);
    showRow(-1);
}

QString SlaDefinitionPage::title() const
{
    return tr("SLA definitions");
}

QString SlaDefinitionPage::targetText(std::optional<int> minutes)
{
    if (!minutes)
        return {};
    return u"%1:%2"_s.arg(*minutes / 60).arg(*minutes % 60, 2, 10, QChar(u'0'));
}

bool SlaDefinitionPage::parseTarget(const QString &text, std::optional<int> *minutes)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        minutes->reset();
        return true;
    }
    static const QRegularExpression form(u"^(\\d{1,5})(?::(\\d{1,2}))?$"_s);
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return false;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (min > 59 || h * 60 + min <= 0)
        return false;
    *minutes = h * 60 + min;
    return true;
}

void SlaDefinitionPage::setDefaultStates(SlaDefinition *d) const
{
    // As a new workbook has them, for the shipped lifecycles.
    if (d->recordType == u"service_request"_s) {
        d->responseStates = {u"submitted"_s, u"awaiting_approval"_s};
        d->pauseStates = {u"awaiting_approval"_s};
        d->stopStates = {u"fulfilled"_s, u"closed"_s, u"rejected"_s, u"cancelled"_s};
    } else {
        d->responseStates = {u"new"_s};
        d->pauseStates = {u"pending"_s};
        d->stopStates = {u"resolved"_s, u"closed"_s, u"cancelled"_s};
    }
    if (m_lifecycles) {
        auto known = [&](QStringList &states) {
            states.removeIf(
                [&](const QString &s) { return !m_lifecycles->hasState(d->recordType, s); });
        };
        known(d->responseStates);
        known(d->pauseStates);
        known(d->stopStates);
    }
}

Error SlaDefinitionPage::load(WorkbookDocument &document)
{
    Result<Lifecycles> lc = document.store().lifecycles();
    if (!lc.ok())
        return lc.error();
    SlaStore sla(document.workbook());
    Result<QList<SlaDefinition>> defs = sla.definitions();
    if (!defs.ok())
        return defs.error();
    Result<QList<std::pair<qint64, QString>>> calendars = sla.calendarNames();
    if (!calendars.ok())
        return calendars.error();
    m_lifecycles = *lc;
    // The definition shown stays shown after a save: by its id, or by its name when it is new.
    const qint64 shownId = m_current >= 0 ? m_rows[m_current].value.id : 0;
    const QString shownName = m_current >= 0 ? m_rows[m_current].value.name.trimmed() : QString();
    m_loading = true;
    m_rows.clear();
    m_table->setRowCount(0);
    m_loading = false;
    setCalendars(*calendars);
    m_loading = true;
    for (const SlaDefinition &d : std::as_const(*defs)) {
        m_rows.append({d, d, targetText(d.responseMinutes), targetText(d.resolutionMinutes)});
        m_table->insertRow(m_table->rowCount());
        updateTableRow(m_table->rowCount() - 1);
    }
    m_loading = false;
    m_current = -1;
    int row = m_rows.isEmpty() ? -1 : 0;
    for (int i = m_rows.size() - 1; i >= 0; --i) {
        const SlaDefinition &d = m_rows[i].value;
        if ((shownId > 0 && d.id == shownId) || (shownId <= 0 && d.name == shownName))
            row = i;
    }
    m_table->setCurrentCell(row, 0);
    showRow(m_table->currentRow());
    Q_EMIT modifiedChanged();
    return {};
}

void SlaDefinitionPage::setCalendars(const QList<std::pair<qint64, QString>> &calendars)
{
    m_calendars = calendars;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_calendar->clear();
    for (const auto &[id, name] : calendars)
        m_calendar->addItem(name, id);
    if (m_current >= 0)
        m_calendar->setCurrentIndex(m_calendar->findData(m_rows[m_current].value.calendarId));
    m_loading = wasLoading;
    for (int i = 0; i < m_rows.size(); ++i)
        updateTableRow(i);
}

QString SlaDefinitionPage::calendarName(qint64 id) const
{
    for (const auto &[calId, name] : m_calendars) {
        if (calId == id)
            return name;
    }
    return id == 0 ? QString() : tr("calendar %1").arg(id);
}

void SlaDefinitionPage::updateTableRow(int row)
{
    const Row &r = m_rows[row];
    const SlaDefinition &d = r.value;
    const QStringList texts {
        d.name,
        m_type->itemText(qMax(0, m_type->findData(d.recordType))),
        d.service.isEmpty() ? tr("any") : d.service,
        d.customer.isEmpty() ? tr("any") : d.customer,
        d.priority ? QString::number(*d.priority) : tr("any"),
        r.responseText,
        r.resolutionText,
        calendarName(d.calendarId),
        d.active ? tr("yes") : tr("no"),
    };
    const bool problem = rowProblem(row).isError();
    for (int c = 0; c < texts.size(); ++c) {
        QTableWidgetItem *item = m_table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, c, item);
        }
        item->setText(texts[c]);
        item->setForeground(problem ? QBrush(QColor(0xb0, 0x20, 0x20))
                                    : (d.active ? QBrush() : QBrush(Qt::gray)));
    }
}

Error SlaDefinitionPage::rowProblem(int row) const
{
    const Row &r = m_rows[row];
    const QString name = r.value.name.trimmed().isEmpty() ? tr("(no name)") : r.value.name;
    if (r.value.name.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("An SLA definition needs a name."));
    std::optional<int> minutes;
    if (!parseTarget(r.responseText, &minutes))
        return Error(ErrorCode::InvalidInput,
                     tr("The response target of \"%1\" is not hours and minutes: \"%2\". Write "
                        "it as 4:00 or 0:15.")
                         .arg(name, r.responseText));
    const bool hasResponse = minutes.has_value();
    if (!parseTarget(r.resolutionText, &minutes))
        return Error(ErrorCode::InvalidInput,
                     tr("The resolution target of \"%1\" is not hours and minutes: \"%2\". Write "
                        "it as 24:00 or 8:30.")
                         .arg(name, r.resolutionText));
    if (!hasResponse && !minutes)
        return Error(ErrorCode::InvalidInput,
                     tr("\"%1\" needs a response or a resolution target.").arg(name));
    if (r.value.calendarId == 0)
        return Error(ErrorCode::InvalidInput, tr("\"%1\" needs a calendar.").arg(name));
    return {};
}

void SlaDefinitionPage::showRow(int row)
{
    m_current = row >= 0 && row < m_rows.size() ? row : -1;
    m_loading = true;
    const Row r = m_current >= 0 ? m_rows[m_current] : Row();
    const SlaDefinition &d = r.value;
    m_name->setText(d.name);
    m_type->setCurrentIndex(qMax(0, m_type->findData(d.recordType)));
    m_service->setText(d.service);
    m_customer->setText(d.customer);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(d.priority.value_or(0))));
    m_response->setText(r.responseText);
    m_resolution->setText(r.resolutionText);
    m_calendar->setCurrentIndex(m_calendar->findData(d.calendarId));
    m_warning->setValue(d.warningPercent);
    m_active->setChecked(d.active);
    fillStates(d.recordType.isEmpty() ? u"incident"_s : d.recordType, d);
    m_loading = false;
    m_form->setEnabled(m_current >= 0);
    const Error problem = m_current >= 0 ? rowProblem(m_current) : Error();
    m_problem->setText(problem.message());
    m_problem->setVisible(problem.isError());
}

void SlaDefinitionPage::fillStates(const QString &type, const SlaDefinition &d)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const std::pair<QListWidget *, const QStringList *> lists[] = {
        {m_responseStates, &d.responseStates},
        {m_pauseStates, &d.pauseStates},
        {m_stopStates, &d.stopStates},
    };
    for (const auto &[list, checked] : lists) {
        list->clear();
        if (!m_lifecycles)
            continue;
        for (const LifecycleState &s : m_lifecycles->states(type)) {
            auto *item = new QListWidgetItem(m_lifecycles->stateLabel(type, s.state), list);
            item->setData(Qt::UserRole, s.state);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                           | (isEditable() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
            item->setCheckState(checked->contains(s.state) ? Qt::Checked : Qt::Unchecked);
        }
        // As tall as its states, so the table above gets the room.
        const int rows = qMax(list->count(), 4);
        list->setMaximumHeight(rows * qMax(list->sizeHintForRow(0), 16) + 2 * list->frameWidth()
                               + 4);
    }
    m_loading = wasLoading;
}

void SlaDefinitionPage::formEdited()
{
    if (m_loading || m_current < 0)
        return;
    Row &r = m_rows[m_current];
    SlaDefinition &d = r.value;
    d.name = m_name->text();
    d.service = m_service->text().trimmed();
    d.customer = m_customer->text().trimmed();
    const int p = m_priority->currentData().toInt();
    d.priority = p > 0 ? std::optional<int>(p) : std::nullopt;
    r.responseText = m_response->text().trimmed();
    r.resolutionText = m_resolution->text().trimmed();
    std::optional<int> minutes;
    if (parseTarget(r.responseText, &minutes))
        d.responseMinutes = minutes;
    if (parseTarget(r.resolutionText, &minutes))
        d.resolutionMinutes = minutes;
    d.calendarId = m_calendar->currentIndex() >= 0 ? m_calendar->currentData().toLongLong() : 0;
    d.warningPercent = m_warning->value();
    d.active = m_active->isChecked();
    updateTableRow(m_current);
    const Error problem = rowProblem(m_current);
    m_problem->setText(problem.message());
    m_problem->setVisible(problem.isError());
    Q_EMIT modifiedChanged();
}

void SlaDefinitionPage::typeChosen()
{
    if (m_loading || m_current < 0)
        return;
    SlaDefinition &d = m_rows[m_current].value;
    const QString type = m_type->currentData().toString();
    if (type == d.recordType)
        return;
    // Another lifecycle: its states start as a new workbook has them.
    d.recordType = type;
    setDefaultStates(&d);
    fillStates(type, d);
    formEdited();
}

void SlaDefinitionPage::statesEdited()
{
    if (m_loading || m_current < 0)
        return;
    SlaDefinition &d = m_rows[m_current].value;
    auto checked = [](QListWidget *list) {
        QStringList out;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                out << list->item(i)->data(Qt::UserRole).toString();
        }
        return out;
    };
    d.responseStates = checked(m_responseStates);
    d.pauseStates = checked(m_pauseStates);
    d.stopStates = checked(m_stopStates);
    Q_EMIT modifiedChanged();
}

void SlaDefinitionPage::addDefinition()
{
    if (!isEditable())
        return;
    SlaDefinition d;
    d.name = tr("New SLA");
    d.recordType = u"incident"_s;
    d.resolutionMinutes = 8 * 60;
    d.calendarId = m_calendars.isEmpty() ? 0 : m_calendars.first().first;
    setDefaultStates(&d);
    m_rows.append(
        {d, std::nullopt, targetText(d.responseMinutes), targetText(d.resolutionMinutes)});
    m_table->insertRow(m_table->rowCount());
    updateTableRow(m_table->rowCount() - 1);
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    m_name->setFocus();
    m_name->selectAll();
    Q_EMIT modifiedChanged();
}

bool SlaDefinitionPage::rowModified(const Row &r) const
{
    return !r.loaded || !sameDefinition(r.value, *r.loaded)
        || r.responseText != targetText(r.loaded->responseMinutes)
        || r.resolutionText != targetText(r.loaded->resolutionMinutes);
}

bool SlaDefinitionPage::isModified() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [this](const Row &r) { return rowModified(r); });
}

Error SlaDefinitionPage::validate() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (rowModified(m_rows[i])) {
            if (Error e = rowProblem(i); e.isError())
                return e;
        }
    }
    return {};
}

AdminSaveStep SlaDefinitionPage::saveStep() const
{
    QList<SlaDefinition> changed;
    for (const Row &r : m_rows) {
        if (!rowModified(r))
            continue;
        SlaDefinition d = r.value;
        d.name = d.name.trimmed();
        parseTarget(r.responseText, &d.responseMinutes);
        parseTarget(r.resolutionText, &d.resolutionMinutes);
        changed << d;
    }
    return [changed](RecordStore &store, AdminSaveContext &context) -> Error {
        SlaStore sla(store.workbook());
        for (SlaDefinition d : changed) {
            if (d.calendarId < 0)
                d.calendarId = context.calendarIds.value(d.calendarId);
            if (Result<qint64> saved = sla.saveDefinition(d); !saved.ok())
                return saved.error();
        }
        return {};
    };
}

void SlaDefinitionPage::applyEditable(bool editable)
{
    m_add->setEnabled(editable);
    for (QLineEdit *e : {m_name, m_service, m_customer, m_response, m_resolution})
        e->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *> {m_type, m_priority, m_calendar, m_active})
        w->setEnabled(editable);
    m_warning->setReadOnly(!editable);
    for (QListWidget *l : {m_responseStates, m_pauseStates, m_stopStates}) {
        for (int i = 0; i < l->count(); ++i) {
            QListWidgetItem *item = l->item(i);
            item->setFlags(editable ? item->flags() | Qt::ItemIsUserCheckable
                                    : item->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
}

} // namespace sb::ui
