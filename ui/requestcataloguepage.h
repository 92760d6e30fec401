#pragma once

#include "adminpage.h"

#include "incident/catalogue.h"

#include <QList>
#include <QStringList>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sb::ui {

// The request catalogue: a table of the request types and, below it, the selected type's
// code, name, service, approval, fulfilment tasks and time allowed.
class SB_UI_EXPORT RequestCataloguePage : public AdminPage
{
    Q_OBJECT
public:
    explicit RequestCataloguePage(QWidget *parent = nullptr);

    QString title() const override;
    Error load(WorkbookDocument &document) override;
    bool isModified() const override;
    Error validate() const override;
    AdminSaveStep saveStep() const override;

    QTableWidget *table() const { return m_table; }
    // A new type, selected, its code ready to be typed.
    void addType();
    void removeCurrent();

protected:
    void applyEditable(bool editable) override;

private:
    struct Row
    {
        QString originalCode; // empty: added in this dialog
        RequestType value;
        RequestType loaded;
    };

    void showRow(int row);
    void formEdited();
    void updateTableRow(int row);
    Error rowProblem(int row) const;

    QTableWidget *m_table = nullptr;
    QGroupBox *m_form = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_service = nullptr;
    QCheckBox *m_approval = nullptr;
    QPlainTextEdit *m_tasks = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QList<Row> m_rows;
    QStringList m_removed; // stored codes to remove
    int m_current = -1;
    bool m_loading = false;
};

} // namespace sb::ui
