#include "categorypage.h"

#include "workbookdocument.h"

#include "incident/catalogue.h"
#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1; // the name last accepted, to go back to
} // namespace

CategoryPage::CategoryPage(QWidget *parent)
    : AdminPage(parent)
{
    addIntro(tr("Incidents name a category and a subcategory from this tree. "
                "Incidents already recorded keep the names they have when a "
                "category is renamed, moved or removed."));

    auto *row = new QHBoxLayout;
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"categoryTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setAccessibleName(tr("Incident categories"));
    row->addWidget(m_tree, 1);

    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add Category"), this);
    m_add->setObjectName(u"addCategory"_s);
    m_add->setToolTip(tr("A new category beside the selected one (Insert)"));
    m_addChild = new QPushButton(tr("Add &Subcategory"), this);
    m_addChild->setObjectName(u"addSubcategory"_s);
    m_addChild->setToolTip(tr("A new category under the selected one"));
    m_rename = new QPushButton(tr("Re&name"), this);
    m_rename->setObjectName(u"renameCategory"_s);
    m_rename->setToolTip(tr("Rename the selected category (F2)"));
    m_move = new QPushButton(tr("&Move To…"), this);
    m_move->setObjectName(u"moveCategory"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeCategory"_s);
    m_remove->setToolTip(tr("Remove the selected category (Delete); one with subcategories "
                            "is removed once they are gone"));
    for (QPushButton *b : {m_add, m_addChild, m_rename, m_move, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    row->addLayout(buttons);
    contentLayout()->addLayout(row, 1);

    auto *insert =
        new QShortcut(QKeySequence(Qt::Key_Insert), m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, m_add, &QPushButton::click);
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, m_remove, &QPushButton::click);

    connect(m_add, &QPushButton::clicked, this,
            [this] { addCategory(m_tree->currentItem(), false); });
    connect(m_addChild, &QPushButton::clicked, this, [this] {
        if (m_tree->currentItem())
            addCategory(m_tree->currentItem(), true);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            m_tree->editItem(item);
    });
    connect(m_move, &QPushButton::clicked, this, &CategoryPage::chooseMove);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            removeCategory(item);
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, &CategoryPage::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CategoryPage::updateButtons);
    updateButtons();
}

QString CategoryPage::title() const
{
    return tr("Incident categories");
}

qint64 CategoryPage::refOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

QString CategoryPage::pathOf(const QTreeWidgetItem *item) const
{
    QStringList names;
    for (const QTreeWidgetItem *i = item; i; i = i->parent())
        names.prepend(i->data(0, NameRole).toString());
    return names.join(u" / "_s);
}

Error CategoryPage::load(WorkbookDocument &document)
{
    m_document = &document;
    Catalogue catalogue(document.workbook());
    Result<QList<IncidentCategory>> all = catalogue.categories();
    if (!all.ok())
        return all.error();
    // The category shown stays shown after a save, found by its path.
    const QString shown = pathOf(m_tree->currentItem());
    m_loading = true;
    m_tree->clear();
    m_ops.clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const IncidentCategory &c : std::as_const(*all)) {
        QTreeWidgetItem *parent = items.value(c.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, c.name);
        item->setData(0, IdRole, c.id);
        item->setData(0, NameRole, c.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        items.insert(c.id, item);
    }
    m_tree->expandAll();
    QTreeWidgetItem *current = m_tree->topLevelItem(0);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!shown.isEmpty() && pathOf(*it) == shown)
            current = *it;
    }
    if (current)
        m_tree->setCurrentItem(current);
    m_loading = false;
    updateButtons();
    Q_EMIT modifiedChanged();
    return {};
}

Error CategoryPage::checkName(QTreeWidgetItem *parent, const QString &name,
                              const QTreeWidgetItem *self) const
{
    if (Error e = Catalogue::validateCategoryName(name); e.isError())
        return e;
    const int n = parent ? parent->childCount() : m_tree->topLevelItemCount();
    for (int i = 0; i < n; ++i) {
        const QTreeWidgetItem *sibling = parent ? parent->child(i) : m_tree->topLevelItem(i);
        const QString other = sibling->data(0, NameRole).toString();
        if (sibling != self && other.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error(
                ErrorCode::InvalidInput,
                parent ? tr("\"%1\" already has a subcategory named \"%2\".")
                             .arg(pathOf(parent), other)
                       : tr("There is already a top-level category named \"%1\".").arg(other));
    }
    return {};
}

void CategoryPage::record(const Step &step)
{
    // Steps on a category added in this dialog fold into its addition where the order allows,
    // so that the audit trail shows the name it was given rather than the placeholder.
    if (step.ref < 0 && step.kind == Step::Rename) {
        for (Step &s : m_ops) {
            if (s.kind == Step::Add && s.ref == step.ref) {
                s.name = step.name;
                Q_EMIT modifiedChanged();
                return;
            }
        }
    }
    if (step.kind == Step::Rename && !m_ops.isEmpty() && m_ops.last().kind == Step::Rename
        && m_ops.last().ref == step.ref) {
        m_ops.last().name = step.name;
    } else if (step.kind == Step::Remove && step.ref < 0) {
        const bool named = std::any_of(m_ops.cbegin(), m_ops.cend(), [&](const Step &s) {
            return s.ref != step.ref && s.parentRef == step.ref;
        });
        if (named) {
            m_ops.append(step); // another step went through it: keep the way it went
        } else {
            m_ops.removeIf([&](const Step &s) { return s.ref == step.ref; });
        }
    } else {
        m_ops.append(step);
    }
    Q_EMIT modifiedChanged();
}

QTreeWidgetItem *CategoryPage::addCategory(QTreeWidgetItem *item, bool asChild, const QString &name)
{
    if (!isEditable())
        return nullptr;
    QTreeWidgetItem *parent = asChild ? item : (item ? item->parent() : nullptr);
    QString n = name.trimmed();
    const bool placeholder = n.isEmpty();
    if (placeholder) {
        n = tr("New category");
        for (int i = 2; checkName(parent, n, nullptr).isError(); ++i)
            n = tr("New category %1").arg(i);
    }
    if (Error e = checkName(parent, n, nullptr); e.isError()) {
        Q_EMIT message(e.message(), true);
        return nullptr;
    }
    m_loading = true;
    auto *added = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    const qint64 ref = m_nextNew--;
    added->setText(0, n);
    added->setData(0, IdRole, ref);
    added->setData(0, NameRole, n);
    added->setFlags(added->flags() | Qt::ItemIsEditable);
    m_loading = false;
    if (parent)
        parent->setExpanded(true);
    record({Step::Add, ref, refOf(parent), n});
    m_tree->setCurrentItem(added);
    if (placeholder) {
        m_tree->setFocus();
        m_tree->editItem(added);
    }
    return added;
}

void CategoryPage::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_loading || column != 0)
        return;
    const QString before = item->data(0, NameRole).toString();
    const QString typed = item->text(0);
    if (typed == before)
        return;
    // Whatever the outcome, the item shows the accepted name; renameCategory() sets it anew.
    m_loading = true;
    item->setText(0, before);
    m_loading = false;
    renameCategory(item, typed);
}

bool CategoryPage::renameCategory(QTreeWidgetItem *item, const QString &name)
{
    if (!item || !isEditable())
        return false;
    const QString n = name.trimmed();
    if (n == item->data(0, NameRole).toString())
        return true;
    if (Error e = checkName(item->parent(), n, item); e.isError()) {
        Q_EMIT message(e.message(), true);
        return false;
    }
    m_loading = true;
    item->setText(0, n);
    item->setData(0, NameRole, n);
    m_loading = false;
    record({Step::Rename, refOf(item), 0, n});
    return true;
}

bool CategoryPage::moveCategory(QTreeWidgetItem *item, QTreeWidgetItem *newParent)
{
    if (!item || !isEditable())
        return false;
    if (item->parent() == newParent)
        return true;
    for (const QTreeWidgetItem *p = newParent; p; p = p->parent()) {
        if (p == item) {
            Q_EMIT message(tr("\"%1\" cannot go under itself or one of its own subcategories.")
                               .arg(item->data(0, NameRole).toString()),
                           true);
            return false;
        }
    }
    if (Error e = checkName(newParent, item->data(0, NameRole).toString(), item); e.isError()) {
        Q_EMIT message(e.message(), true);
        return false;
    }
    m_loading = true;
    QTreeWidgetItem *oldParent = item->parent();
    QTreeWidgetItem *taken = oldParent
        ? oldParent->takeChild(oldParent->indexOfChild(item))
        : m_tree->takeTopLevelItem(m_tree->indexOfTopLevelItem(item));
    if (newParent) {
        newParent->addChild(taken);
        newParent->setExpanded(true);
    } else {
        m_tree->addTopLevelItem(taken);
    }
    taken->setExpanded(true);
    m_loading = false;
    record({Step::Move, refOf(taken), refOf(newParent), {}});
    m_tree->setCurrentItem(taken);
    Q_EMIT message(tr("\"%1\" is now %2.").arg(taken->data(0, NameRole).toString(), pathOf(taken)),
                   false);
    return true;
}

void CategoryPage::chooseMove()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    // Anywhere but under itself.
    QStringList places {tr("(top level)")};
    QList<QTreeWidgetItem *> targets {nullptr};
    int current = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        bool inside = false;
        for (const QTreeWidgetItem *p = *it; p && !inside; p = p->parent())
            inside = p == item;
        if (inside)
            continue;
        if (*it == item->parent())
            current = int(targets.size());
        places << pathOf(*it);
        targets << *it;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move Category"), tr("Move \"%1\" under:").arg(item->data(0, NameRole).toString()),
        places, current, false, &ok);
    if (!ok)
        return;
    const qsizetype at = places.indexOf(chosen);
    if (at >= 0)
        moveCategory(item, targets[at]);
}

bool CategoryPage::removeCategory(QTreeWidgetItem *item)
{
    if (!item || !isEditable())
        return false;
    const QString name = item->data(0, NameRole).toString();
    if (item->childCount() > 0) {
        Q_EMIT message(tr("\"%1\" still has subcategories: remove them or move them elsewhere "
                          "first.")
                           .arg(name),
                       true);
        return false;
    }
    const qint64 ref = refOf(item);
    qint64 used = 0;
    if (ref > 0 && m_document) {
        Result<qint64> n = Catalogue(m_document->workbook()).categoryUsage(ref);
        used = n.ok() ? *n : 0;
    }
    m_loading = true;
    delete item;
    m_loading = false;
    record({Step::Remove, ref, 0, {}});
    Q_EMIT message(used > 0 ? tr("\"%1\" is removed when you save; the %n incident(s) that name "
                                 "it keep the name.",
                                 nullptr, int(used))
                                  .arg(name)
                            : tr("\"%1\" is removed when you save.").arg(name),
                   false);
    updateButtons();
    return true;
}

AdminSaveStep CategoryPage::saveStep() const
{
    const QList<Step> steps = m_ops;
    return [steps](RecordStore &store, AdminSaveContext &) -> Error {
        Catalogue catalogue(store.workbook());
        QHash<qint64, qint64> made; // this dialog's numbers -> the stored ids
        auto id = [&made](qint64 ref) {
            return ref < 0 ? made.value(ref) : ref;
        };
        for (const Step &s : steps) {
            Error e;
            switch (s.kind) {
            case Step::Add: {
                Result<qint64> added = catalogue.addCategory(id(s.parentRef), s.name);
                if (!added.ok())
                    return added.error();
                made.insert(s.ref, *added);
                break;
            }
            case Step::Rename: e = catalogue.renameCategory(id(s.ref), s.name); break;
            case Step::Move: e = catalogue.moveCategory(id(s.ref), id(s.parentRef)); break;
            case Step::Remove: e = catalogue.removeCategory(id(s.ref)); break;
            }
            if (e.isError())
                return e;
        }
        return {};
    };
}

void CategoryPage::updateButtons()
{
    const bool editable = isEditable();
    QTreeWidgetItem *item = m_tree->currentItem();
    m_add->setEnabled(editable);
    m_addChild->setEnabled(editable && item);
    m_rename->setEnabled(editable && item);
    m_move->setEnabled(editable && item);
    m_remove->setEnabled(editable && item);
}

void CategoryPage::applyEditable(bool editable)
{
    m_tree->setEditTriggers(editable ? QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::DoubleClicked
                                     : QAbstractItemView::NoEditTriggers);
    updateButtons();
}

} // namespace sb::ui
