#pragma once

#include "adminpage.h"

#include "cmdb/citypes.h"

#include <QList>
#include <QStringList>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sb::ui {

// The relationship types between CIs: which way a failure travels along each and which CI
// types its two ends may have. The users' own kinds are added, renamed and removed here (not
// while relationships have them); a shipped kind keeps its code and labels but may join more
// CI types, such as a type of the users' own. Narrowing the ends is refused at save while
// relationships would no longer fit.
class SB_UI_EXPORT RelationTypesPage : public AdminPage
{
    Q_OBJECT
public:
    explicit RelationTypesPage(QWidget *parent = nullptr);

    QString title() const override;
    Error load(WorkbookDocument &document) override;
    bool isModified() const override;
    Error validate() const override;
    AdminSaveStep saveStep() const override;

    QListWidget *kindList() const { return m_list; }
    QListWidget *fromList() const { return m_from; }
    QListWidget *toList() const { return m_to; }
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *forwardField() const { return m_forward; }
    QLineEdit *reverseField() const { return m_reverse; }
    QComboBox *impactField() const { return m_impact; }
    void addKind();
    void removeKind();

protected:
    void applyEditable(bool editable) override;

private:
    struct Entry
    {
        CiRelationType value;
        std::optional<CiRelationType> loaded; // empty: added in this dialog
        qint64 usage = 0;
    };

    void showKind(int row);
    void kindEdited();
    void updateListRow(int row);
    void fillEnds(QListWidget *list, const QStringList &ticked);

    QListWidget *m_list = nullptr;
    QGroupBox *m_form = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_forward = nullptr;
    QLineEdit *m_reverse = nullptr;
    QComboBox *m_impact = nullptr;
    QLabel *m_usage = nullptr;
    QListWidget *m_from = nullptr;
    QListWidget *m_to = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QList<CiTypeDef> m_ciTypes;
    QList<Entry> m_entries;
    QStringList m_removed; // stored kinds to remove
    int m_current = -1;
    bool m_loading = false;
};

} // namespace sb::ui
