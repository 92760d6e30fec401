#pragma once

#include "adminpage.h"

#include "records/lifecycle.h"
#include "sla/slastore.h"

#include <QList>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sb::ui {

// The SLA definitions: a table of them and, below it, the selected one's targets, calendar and
// clock states. Targets are typed as hours and minutes ("4:00", "0:15"); a definition is not
// deleted but made inactive, so that what it measured stays explained.
class SB_UI_EXPORT SlaDefinitionPage : public AdminPage
{
    Q_OBJECT
public:
    explicit SlaDefinitionPage(QWidget *parent = nullptr);

    QString title() const override;
    Error load(WorkbookDocument &document) override;
    bool isModified() const override;
    Error validate() const override;
    AdminSaveStep saveStep() const override;

    // The calendars to choose from, as the calendar page has them (negative ids: new ones).
    void setCalendars(const QList<std::pair<qint64, QString>> &calendars);

    QTableWidget *table() const { return m_table; }
    void addDefinition();

    // "4:00" for 240 minutes; empty for none.
    static QString targetText(std::optional<int> minutes);
    // "4:00", "4" (hours) or "0:15"; empty means no target. False when it cannot be read.
    static bool parseTarget(const QString &text, std::optional<int> *minutes);

protected:
    void applyEditable(bool editable) override;

private:
    struct Row
    {
        SlaDefinition value;
        std::optional<SlaDefinition> loaded; // none: added in this dialog
        QString responseText;
        QString resolutionText;
    };

    void showRow(int row);
    void formEdited();
    void typeChosen();
    void fillStates(const QString &type, const SlaDefinition &d);
    void statesEdited();
    void updateTableRow(int row);
    Error rowProblem(int row) const;
    bool rowModified(const Row &row) const;
    QString calendarName(qint64 id) const;
    void setDefaultStates(SlaDefinition *d) const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QGroupBox *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_customer = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_response = nullptr;
    QLineEdit *m_resolution = nullptr;
    QComboBox *m_calendar = nullptr;
    QSpinBox *m_warning = nullptr;
    QCheckBox *m_active = nullptr;
    QListWidget *m_responseStates = nullptr;
    QListWidget *m_pauseStates = nullptr;
    QListWidget *m_stopStates = nullptr;
    QLabel *m_problem = nullptr;

    std::optional<Lifecycles> m_lifecycles;
    QList<std::pair<qint64, QString>> m_calendars;
    QList<Row> m_rows;
    int m_current = -1;
    bool m_loading = false;
};

} // namespace sb::ui
