#pragma once

#include "adminpage.h"

#include "result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace sb {
class BusinessCalendar;
} // namespace sb

namespace sb::ui {

// The business calendars: for the one chosen, its name, time zone, working hours per weekday
// (typed as "09:00-12:00, 13:00-17:00", empty for a day off) and its holidays and extra
// working days, which can also be read from a CSV list.
class SB_UI_EXPORT CalendarPage : public AdminPage
{
    Q_OBJECT
public:
    explicit CalendarPage(QWidget *parent = nullptr);

    QString title() const override;
    Error load(WorkbookDocument &document) override;
    bool isModified() const override;
    Error validate() const override;
    AdminSaveStep saveStep() const override;

    // The calendars as this page has them; those added here have negative ids until saved.
    QList<std::pair<qint64, QString>> calendars() const;
    QComboBox *calendarChooser() const { return m_chooser; }
    QTableWidget *daysTable() const { return m_days; }
    void addCalendar();
    // Adds the dates of a holiday list (see BusinessCalendar::importHolidaysCsv) to the
    // calendar shown. False, saying why in message(), when the list cannot be read; then
    // nothing is added.
    bool importHolidays(const QString &path);

Q_SIGNALS:
    void calendarsChanged(const QList<std::pair<qint64, QString>> &calendars);

protected:
    void applyEditable(bool editable) override;

private:
    struct Day
    {
        bool working = false; // an extra working day; otherwise a holiday
        QString name;
        int asWeekday = Qt::Monday;
        friend bool operator==(const Day &, const Day &) = default;
    };
    struct Edit
    {
        qint64 id = 0;
        QString name;
        QString zone;
        QStringList hours; // Monday to Sunday
        QMap<QDate, Day> days;
        friend bool operator==(const Edit &, const Edit &) = default;
    };
    struct Entry
    {
        Edit value;
        std::optional<Edit> loaded; // none: added in this dialog
    };

    static Edit fromCalendar(qint64 id, const BusinessCalendar &calendar);
    static Result<BusinessCalendar> build(const Edit &edit);
    void showCalendar(int index);
    void formEdited();
    void fillDays();
    void dayKindChosen();
    void daySelected();
    void addDay();
    void removeDays();
    void chooseCsv();
    void showProblem();

    QComboBox *m_chooser = nullptr;
    QPushButton *m_newCalendar = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_zone = nullptr;
    std::array<QLineEdit *, 7> m_hours {};
    QTableWidget *m_days = nullptr;
    QDateEdit *m_dayDate = nullptr;
    QComboBox *m_dayKind = nullptr;
    QStackedWidget *m_dayDetail = nullptr;
    QLineEdit *m_dayName = nullptr;
    QComboBox *m_dayWeekday = nullptr;
    QPushButton *m_addDay = nullptr;
    QPushButton *m_removeDay = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_problem = nullptr;

    QList<Entry> m_entries;
    int m_current = -1;
    qint64 m_nextNew = -1;
    bool m_loading = false;
};

} // namespace sb::ui
