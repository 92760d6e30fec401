#pragma once

#include "adminpage.h"

#include "cmdb/citypes.h"

#include <QList>
#include <QStringList>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sb::ui {

// The CI types and their attributes: the list of types on the left, the selected type's name,
// icon and subtypes on the right above a table of its attributes (name, label, kind, choices
// or the type of record referred to, required). Types in use and shipped types stay; an
// attribute removed keeps the values CIs hold.
class SB_UI_EXPORT CiTypesPage : public AdminPage
{
    Q_OBJECT
public:
    explicit CiTypesPage(QWidget *parent = nullptr);

    QString title() const override;
    Error load(WorkbookDocument &document) override;
    bool isModified() const override;
    Error validate() const override;
    AdminSaveStep saveStep() const override;

    QListWidget *typeList() const { return m_list; }
    QTableWidget *attributeTable() const { return m_attributes; }
    void addType();
    void removeType();
    void addAttribute();
    void removeAttribute();

protected:
    void applyEditable(bool editable) override;

private:
    struct Entry
    {
        CiTypeDef value;
        std::optional<CiTypeDef> loaded; // empty: added in this dialog
    };

    void showType(int row);
    void typeEdited();
    void attributesEdited();
    void fillAttributes();
    void updateListRow(int row);

    QListWidget *m_list = nullptr;
    QGroupBox *m_form = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_icon = nullptr;
    QLineEdit *m_subtypes = nullptr;
    QTableWidget *m_attributes = nullptr;
    QPushButton *m_addType = nullptr;
    QPushButton *m_removeType = nullptr;
    QPushButton *m_addAttribute = nullptr;
    QPushButton *m_removeAttribute = nullptr;
    QList<Entry> m_entries;
    QStringList m_removed; // stored type codes to remove
    int m_current = -1;
    bool m_loading = false;
};

} // namespace sb::ui
