#include "calendarpage.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "sla/businesscalendar.h"
#include "sla/slastore.h"
#include "storage/workbook.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
QString dayText(const QDate &date)
{
    return date.toString(Qt::ISODate) + u"  "_s
        + QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
}

QString weekdayName(int day)
{
    return QLocale().dayName(day);
}
} // namespace

CalendarPage::CalendarPage(QWidget *parent)
    : AdminPage(parent)
{
    auto *chooserRow = new QHBoxLayout;
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(u"calendarChooser"_s);
    m_chooser->setMinimumContentsLength(24);
    auto *chooserLabel = new QLabel(tr("C&alendar:"), this);
    chooserLabel->setBuddy(m_chooser);
    m_newCalendar = new QPushButton(tr("New &Calendar"), this);
    m_newCalendar->setObjectName(u"newCalendar"_s);
    chooserRow->addWidget(chooserLabel);
    chooserRow->addWidget(m_chooser);
    chooserRow->addWidget(m_newCalendar);
    chooserRow->addStretch(1);
    contentLayout()->addLayout(chooserRow);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"calendarName"_s);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"calendarZone"_s);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_zone->addItems(zones);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(tr("Working hours are local times in this zone, so a calendar follows "
                          "its clocks when they change."));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Time &zone:"), m_zone);
    left->addLayout(form);

    auto *hoursBox = new QGroupBox(tr("Working hours"), this);
    auto *hoursForm = new QFormLayout(hoursBox);
    hoursForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int d = 0; d < 7; ++d) {
        m_hours[d] = new QLineEdit(hoursBox);
        m_hours[d]->setObjectName(u"hours_%1"_s.arg(d + 1));
        m_hours[d]->setPlaceholderText(tr("day off"));
        hoursForm->addRow(weekdayName(d + 1) + u':', m_hours[d]);
        connect(m_hours[d], &QLineEdit::textEdited, this, &CalendarPage::formEdited);
    }
    auto *hint = new QLabel(tr("Stretches such as 09:00-12:00, 13:00-17:00; empty for a day "
                               "off."),
                            hoursBox);
    hint->setWordWrap(true);
    hoursForm->addRow(hint);
    left->addWidget(hoursBox);
    left->addStretch(1);
    columns->addLayout(left, 2);

    auto *daysBox = new QGroupBox(tr("Holidays and extra working days"), this);
    auto *daysLayout = new QVBoxLayout(daysBox);
    m_days = new QTableWidget(0, 3, daysBox);
    m_days->setObjectName(u"calendarDays"_s);
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name or hours")});
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setTabKeyNavigation(false);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->setAccessibleName(daysBox->title());
    daysLayout->addWidget(m_days, 1);

    // A day is added, or changed, from the row below the table.
    auto *dayRow = new QHBoxLayout;
    m_dayDate = new QDateEdit(QDate::currentDate(), daysBox);
    m_dayDate->setObjectName(u"dayDate"_s);
    m_dayDate->setCalendarPopup(true);
    m_dayDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_dayDate->setAccessibleName(tr("Date"));
    m_dayKind = new QComboBox(daysBox);
    m_dayKind->setObjectName(u"dayKind"_s);
    m_dayKind->addItem(tr("Holiday"));
    m_dayKind->addItem(tr("Extra working day"));
    m_dayKind->setAccessibleName(tr("Kind"));
    m_dayDetail = new QStackedWidget(daysBox);
    m_dayName = new QLineEdit(m_dayDetail);
    m_dayName->setObjectName(u"dayName"_s);
    m_dayName->setPlaceholderText(tr("Name of the holiday"));
    m_dayWeekday = new QComboBox(m_dayDetail);
    m_dayWeekday->setObjectName(u"dayWeekday"_s);
    for (int d = 1; d <= 7; ++d)
        m_dayWeekday->addItem(tr("with the hours of %1").arg(weekdayName(d)), d);
    m_dayWeekday->setAccessibleName(tr("Worked with the hours of"));
    m_dayDetail->addWidget(m_dayName);
    m_dayDetail->addWidget(m_dayWeekday);
    m_dayDetail->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_dayDetail->setFixedHeight(
        qMax(m_dayName->sizeHint().height(), m_dayWeekday->sizeHint().height()));
    m_addDay = new QPushButton(tr("A&dd Day"), daysBox);
    m_addDay->setObjectName(u"addDay"_s);
    m_addDay->setToolTip(tr("Adds the date, or changes it if the list has it already"));
    dayRow->addWidget(m_dayDate);
    dayRow->addWidget(m_dayKind);
    dayRow->addWidget(m_dayDetail, 1);
    dayRow->addWidget(m_addDay);
    daysLayout->addLayout(dayRow);
    auto *dayButtons = new QHBoxLayout;
    m_removeDay = new QPushButton(tr("&Remove Days"), daysBox);
    m_removeDay->setObjectName(u"removeDays"_s);
    m_removeDay->setToolTip(tr("Remove the selected dates (Delete)"));
    m_import = new QPushButton(tr("&Import Holidays from CSV…"), daysBox);
    m_import->setObjectName(u"importHolidays"_s);
    m_import->setToolTip(tr("One \"date,name\" per line, dates as 2026-10-01 or 01/10/2026; a "
                            "line starting with + is an extra working day."));
    dayButtons->addWidget(m_removeDay);
    dayButtons->addStretch(1);
    dayButtons->addWidget(m_import);
    daysLayout->addLayout(dayButtons);
    columns->addWidget(daysBox, 3);
    contentLayout()->addLayout(columns, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"calendarProblem"_s);
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_problem->setPalette(p);
    m_problem->hide();
    contentLayout()->addWidget(m_problem);

    auto *del = new QShortcut(QKeySequence::Delete, m_days, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_removeDay, &QPushButton::click);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &CalendarPage::showCalendar);
    connect(m_newCalendar, &QPushButton::clicked, this, &CalendarPage::addCalendar);
    connect(m_name, &QLineEdit::textEdited, this, &CalendarPage::formEdited);
    connect(m_zone, &QComboBox::currentTextChanged, this, &CalendarPage::formEdited);
    connect(m_dayKind, &QComboBox::currentIndexChanged, this, &CalendarPage::dayKindChosen);
    connect(m_days, &QTableWidget::itemSelectionChanged, this, &CalendarPage::daySelected);
    connect(m_addDay, &QPushButton::clicked, this, &CalendarPage::addDay);
    connect(m_dayName, &QLineEdit::returnPressed, m_addDay, &QPushButton::click);
    connect(m_removeDay, &QPushButton::clicked, this, &CalendarPage::removeDays);
    connect(m_import, &QPushButton::clicked, this, &CalendarPage::chooseCsv);
}

QString CalendarPage::title() const
{
    return tr("Business calendars");
}

CalendarPage::Edit CalendarPage::fromCalendar(qint64 id, const BusinessCalendar &calendar)
{
    Edit e;
    e.id = id;
    e.name = calendar.name();
    e.zone = QString::fromUtf8(calendar.timeZone().id());
    // One day at a time, in the form the workbook keeps.
    const QStringList days = SlaStore::hoursToText(calendar).split(u';');
    for (int d = 0; d < 7; ++d)
        e.hours << days.value(d).replace(u","_s, u", "_s);
    for (auto it = calendar.holidays().cbegin(); it != calendar.holidays().cend(); ++it)
        e.days.insert(it.key(), {false, it.value(), Qt::Monday});
    for (auto it = calendar.workingDays().cbegin(); it != calendar.workingDays().cend(); ++it)
        e.days.insert(it.key(), {true, {}, int(it.value())});
    return e;
}

Result<BusinessCalendar> CalendarPage::build(const Edit &edit)
{
    BusinessCalendar c;
    const QString name = edit.name.trimmed().isEmpty() ? edit.zone : edit.name.trimmed();
    if (edit.name.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A business calendar needs a name."));
    c.setName(edit.name.trimmed());
    const QTimeZone zone(edit.zone.trimmed().toUtf8());
    if (!zone.isValid())
        return Error(ErrorCode::InvalidInput,
                     tr("The calendar \"%1\" names an unknown time zone \"%2\"; choose one from "
                        "the list.")
                         .arg(name, edit.zone));
    c.setTimeZone(zone);
    for (int d = 0; d < 7; ++d) {
        // Each day on its own, so that a message can name it.
        QStringList week(7);
        week[d] = edit.hours.value(d).trimmed().replace(u';', u',');
        BusinessCalendar one;
        if (Error e = SlaStore::hoursFromText(week.join(u';'), &one); e.isError())
            return Error(ErrorCode::InvalidInput,
                         tr("%1 in \"%2\": %3").arg(weekdayName(d + 1), name, e.message()));
        if (Error e = c.setHours(Qt::DayOfWeek(d + 1), one.hours(Qt::DayOfWeek(d + 1)));
            e.isError())
            return Error(ErrorCode::InvalidInput,
                         tr("%1 in \"%2\": %3").arg(weekdayName(d + 1), name, e.message()));
    }
    for (auto it = edit.days.cbegin(); it != edit.days.cend(); ++it) {
        if (it->working)
            c.addWorkingDay(it.key(), Qt::DayOfWeek(it->asWeekday));
        else
            c.addHoliday(it.key(), it->name);
    }
    return c;
}

Error CalendarPage::load(WorkbookDocument &document)
{
    SlaStore sla(document.workbook());
    Result<QList<std::pair<qint64, QString>>> names = sla.calendarNames();
    if (!names.ok())
        return names.error();
    QList<Entry> entries;
    for (const auto &[id, name] : std::as_const(*names)) {
        Result<BusinessCalendar> c = sla.calendar(id);
        if (!c.ok())
            return c.error();
        const Edit e = fromCalendar(id, *c);
        entries.append({e, e});
    }
    const qint64 shown = m_current >= 0 ? m_entries[m_current].value.id : 0;
    const QString shownName =
        m_current >= 0 ? m_entries[m_current].value.name.trimmed() : QString();
    m_loading = true;
    m_entries = entries;
    m_chooser->clear();
    for (const Entry &e : std::as_const(m_entries))
        m_chooser->addItem(e.value.name, e.value.id);
    m_loading = false;
    m_current = -1;
    const int again = shown > 0 ? m_chooser->findData(shown)
                                : m_chooser->findText(shownName, Qt::MatchFixedString);
    m_chooser->setCurrentIndex(again >= 0 ? again : (m_entries.isEmpty() ? -1 : 0));
    showCalendar(m_chooser->currentIndex());
    Q_EMIT calendarsChanged(calendars());
    Q_EMIT modifiedChanged();
    return {};
}

QList<std::pair<qint64, QString>> CalendarPage::calendars() const
{
    QList<std::pair<qint64, QString>> out;
    for (const Entry &e : m_entries)
        out.append({e.value.id, e.value.name.trimmed()});
    return out;
}

void CalendarPage::showCalendar(int index)
{
    if (m_loading)
        return;
    m_current = index >= 0 && index < m_entries.size() ? index : -1;
    const Edit e = m_current >= 0 ? m_entries[m_current].value : Edit();
    m_loading = true;
    m_name->setText(e.name);
    m_zone->setCurrentText(e.zone);
    for (int d = 0; d < 7; ++d)
        m_hours[d]->setText(e.hours.value(d));
    m_loading = false;
    fillDays();
    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_zone, m_days})
        w->setEnabled(m_current >= 0);
    applyEditable(isEditable());
    showProblem();
}

void CalendarPage::fillDays()
{
    m_days->setRowCount(0);
    if (m_current < 0)
        return;
    const QMap<QDate, Day> &days = m_entries[m_current].value.days;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const int row = m_days->rowCount();
        m_days->insertRow(row);
        auto *date = new QTableWidgetItem(dayText(it.key()));
        date->setData(Qt::UserRole, it.key());
        m_days->setItem(row, 0, date);
        m_days->setItem(
            row, 1, new QTableWidgetItem(it->working ? tr("Extra working day") : tr("Holiday")));
        m_days->setItem(row, 2,
                        new QTableWidgetItem(it->working
                                                 ? tr("hours of %1").arg(weekdayName(it->asWeekday))
                                                 : it->name));
    }
}

void CalendarPage::formEdited()
{
    if (m_loading || m_current < 0)
        return;
    Edit &e = m_entries[m_current].value;
    const QString oldName = e.name;
    e.name = m_name->text();
    e.zone = m_zone->currentText().trimmed();
    for (int d = 0; d < 7; ++d)
        e.hours[d] = m_hours[d]->text();
    if (oldName != e.name) {
        m_chooser->setItemText(m_current, e.name);
        Q_EMIT calendarsChanged(calendars());
    }
    showProblem();
    Q_EMIT modifiedChanged();
}

void CalendarPage::showProblem()
{
    Error problem;
    if (m_current >= 0) {
        Result<BusinessCalendar> c = build(m_entries[m_current].value);
        if (!c.ok())
            problem = c.error();
    }
    m_problem->setText(problem.message());
    m_problem->setVisible(problem.isError());
}

void CalendarPage::dayKindChosen()
{
    m_dayDetail->setCurrentIndex(m_dayKind->currentIndex());
}

void CalendarPage::daySelected()
{
    // The selected date comes into the row below, to be changed there.
    const QList<QTableWidgetItem *> selected = m_days->selectedItems();
    if (selected.isEmpty() || m_current < 0)
        return;
    const QDate date = m_days->item(selected.first()->row(), 0)->data(Qt::UserRole).toDate();
    const Day day = m_entries[m_current].value.days.value(date);
    m_dayDate->setDate(date);
    m_dayKind->setCurrentIndex(day.working ? 1 : 0);
    m_dayName->setText(day.working ? QString() : day.name);
    m_dayWeekday->setCurrentIndex(qMax(0, m_dayWeekday->findData(day.asWeekday)));
}

void CalendarPage::addDay()
{
    if (m_current < 0 || !isEditable())
        return;
    Day day;
    day.working = m_dayKind->currentIndex() == 1;
    day.name = day.working ? QString() : m_dayName->text().trimmed();
    day.asWeekday = day.working ? m_dayWeekday->currentData().toInt() : int(Qt::Monday);
    const QDate date = m_dayDate->date();
    m_entries[m_current].value.days.insert(date, day);
    fillDays();
    for (int r = 0; r < m_days->rowCount(); ++r) {
        if (m_days->item(r, 0)->data(Qt::UserRole).toDate() == date)
            m_days->setCurrentCell(r, 0);
    }
    m_dayName->clear();
    showProblem();
    Q_EMIT modifiedChanged();
}

void CalendarPage::removeDays()
{
    if (m_current < 0 || !isEditable())
        return;
    QList<QDate> dates;
    for (QTableWidgetItem *item : m_days->selectedItems())
        dates << m_days->item(item->row(), 0)->data(Qt::UserRole).toDate();
    if (dates.isEmpty())
        return;
    for (const QDate &d : std::as_const(dates))
        m_entries[m_current].value.days.remove(d);
    fillDays();
    Q_EMIT modifiedChanged();
}

void CalendarPage::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Holidays"), QString(),
                                                      tr("CSV lists (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importHolidays(path);
}

bool CalendarPage::importHolidays(const QString &path)
{
    if (m_current < 0 || !isEditable())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString()),
                       true);
        return false;
    }
    BusinessCalendar read;
    Result<int> n = read.importHolidaysCsv(f);
    if (!n.ok()) {
        Q_EMIT message(tr("Nothing was imported from %1. %2")
                           .arg(QFileInfo(path).fileName(), n.error().message()),
                       true);
        return false;
    }
    Edit &e = m_entries[m_current].value;
    for (auto it = read.holidays().cbegin(); it != read.holidays().cend(); ++it)
        e.days.insert(it.key(), {false, it.value(), Qt::Monday});
    for (auto it = read.workingDays().cbegin(); it != read.workingDays().cend(); ++it)
        e.days.insert(it.key(), {true, {}, int(it.value())});
    fillDays();
    Q_EMIT message(
        tr("Read %n date(s) from %1 into \"%2\"; they are saved with the calendar.", nullptr, *n)
            .arg(QFileInfo(path).fileName(), e.name),
        false);
    Q_EMIT modifiedChanged();
    return true;
}

void CalendarPage::addCalendar()
{
    if (!isEditable())
        return;
    Edit e;
    e.id = m_nextNew--;
    e.name = tr("New calendar");
    const QStringList taken = [this] {
        QStringList names;
        for (const Entry &x : std::as_const(m_entries))
            names << x.value.name.trimmed();
        return names;
    }();
    for (int i = 2; taken.contains(e.name, Qt::CaseInsensitive); ++i)
        e.name = tr("New calendar %1").arg(i);
    e.zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    for (int d = 0; d < 7; ++d)
        e.hours << (d < 5 ? u"09:00-17:00"_s : QString());
    m_entries.append({e, std::nullopt});
    m_loading = true;
    m_chooser->addItem(e.name, e.id);
    m_loading = false;
    m_chooser->setCurrentIndex(m_chooser->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
    Q_EMIT calendarsChanged(calendars());
    Q_EMIT modifiedChanged();
}

bool CalendarPage::isModified() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return !e.loaded || !(e.value == *e.loaded); });
}

Error CalendarPage::validate() const
{
    QStringList names;
    for (const Entry &e : m_entries) {
        const QString name = e.value.name.trimmed();
        if (names.contains(name, Qt::CaseInsensitive))
            return Error(ErrorCode::InvalidInput,
                         tr("Two business calendars are named \"%1\".").arg(name));
        names << name;
        if (!e.loaded || !(e.value == *e.loaded)) {
            Result<BusinessCalendar> c = build(e.value);
            if (!c.ok())
                return c.error();
        }
    }
    return {};
}

AdminSaveStep CalendarPage::saveStep() const
{
    QList<std::pair<qint64, BusinessCalendar>> changed;
    for (const Entry &e : m_entries) {
        if (e.loaded && e.value == *e.loaded)
            continue;
        Result<BusinessCalendar> c = build(e.value);
        if (c.ok())
            changed.append({e.value.id, *c});
    }
    return [changed](RecordStore &store, AdminSaveContext &context) -> Error {
        SlaStore sla(store.workbook());
        for (const auto &[id, calendar] : changed) {
            Result<qint64> saved = sla.saveCalendar(id > 0 ? id : 0, calendar);
            if (!saved.ok())
                return saved.error();
            if (id < 0)
                context.calendarIds.insert(id, *saved);
        }
        return {};
    };
}

void CalendarPage::applyEditable(bool editable)
{
    const bool on = editable && m_current >= 0;
    m_newCalendar->setEnabled(editable);
    m_name->setReadOnly(!editable);
    m_zone->setEnabled(on);
    for (QLineEdit *h : m_hours)
        h->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_dayDate, m_dayKind, m_dayName, m_dayWeekday, m_addDay, m_removeDay, m_import})
        w->setEnabled(on);
}

} // namespace sb::ui
