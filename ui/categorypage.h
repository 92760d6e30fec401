#pragma once

#include "adminpage.h"

#include <QList>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb::ui {

// The incident category tree: add, rename (in place, F2), move and remove categories. The
// edits are kept as the steps the user took and written in that order when the dialog saves,
// so each step is checked against the tree as it was when it was taken, as the user saw it.
class SB_UI_EXPORT CategoryPage : public AdminPage
{
    Q_OBJECT
public:
    explicit CategoryPage(QWidget *parent = nullptr);

    QString title() const override;
    Error load(WorkbookDocument &document) override;
    bool isModified() const override { return !m_ops.isEmpty(); }
    AdminSaveStep saveStep() const override;

    QTreeWidget *tree() const { return m_tree; }
    // What the buttons do, on the given item. Each says why in message() when it refuses.
    // addCategory: beside `item`, or under it when `asChild` (at the top level when `item` is
    // null); with no name, a placeholder that is opened for editing at once.
    QTreeWidgetItem *addCategory(QTreeWidgetItem *item, bool asChild, const QString &name = {});
    bool renameCategory(QTreeWidgetItem *item, const QString &name);
    // `newParent` null: to the top level.
    bool moveCategory(QTreeWidgetItem *item, QTreeWidgetItem *newParent);
    bool removeCategory(QTreeWidgetItem *item);

protected:
    void applyEditable(bool editable) override;

private:
    struct Step
    {
        enum Kind { Add, Rename, Move, Remove };
        Kind kind = Add;
        qint64 ref = 0; // the category's id; negative: added in this dialog, not yet saved
        qint64 parentRef = 0; // Add and Move: the parent (0: the top level)
        QString name; // Add and Rename
    };

    void onItemChanged(QTreeWidgetItem *item, int column);
    void chooseMove();
    void updateButtons();
    // InvalidInput when the name cannot be used among the children of `parent` (null: the
    // top level), other than `self`.
    Error checkName(QTreeWidgetItem *parent, const QString &name,
                    const QTreeWidgetItem *self) const;
    QString pathOf(const QTreeWidgetItem *item) const;
    static qint64 refOf(const QTreeWidgetItem *item);
    void record(const Step &step);

    WorkbookDocument *m_document = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_remove = nullptr;
    QList<Step> m_ops;
    qint64 m_nextNew = -1;
    bool m_loading = false;
};

} // namespace sb::ui
