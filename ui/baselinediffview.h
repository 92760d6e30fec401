#pragma once

#include "ui_global.h"

#include "cmdb/baseline.h"
#include "cmdb/citypes.h"
#include "error.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sb::ui {

// What changed in the CMDB between a baseline and another one or now (R-CMDB-3), as a tree:
// CIs added, removed and changed (field by field, attributes named as their CI type names
// them) and relationships added and removed, with the counts in the group titles. A
// double-click asks for the CI; "Export…" writes the difference as CSV.
class SB_UI_EXPORT BaselineDiffView : public QWidget
{
    Q_OBJECT
public:
    enum Group { Added, Removed, Changed, RelationsAdded, RelationsRemoved, GroupCount };

    explicit BaselineDiffView(QWidget *parent = nullptr);

    // `names`: record titles by id, for the ends of the relationships that still exist.
    void setDiff(const BaselineDiff &diff, const QList<CiTypeDef> &types,
                 const QList<CiRelationType> &kinds, const QHash<qint64, QString> &names);
    void clear();
    bool hasDiff() const { return m_hasDiff; }
    const BaselineDiff &diff() const { return m_diff; }

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *groupItem(Group group) const;
    QString summary() const;
    // The difference as CSV (UTF-8, a header line, then one line per CI, changed field or
    // relationship).
    QByteArray csv() const;
    Error exportCsv(const QString &path) const;

Q_SIGNALS:
    void openRequested(qint64 ciId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslateUi();
    void exportDialog();
    QString typeLabel(const QString &code) const;
    QString fieldLabel(const QString &ciType, const QString &field) const;
    QString valueText(const QString &field, const QString &value) const;
    QString relationText(const BaselineRelation &r) const;
    QString endText(qint64 id, const QString &humanId) const;

    BaselineDiff m_diff;
    bool m_hasDiff = false;
    QList<CiTypeDef> m_types;
    QList<CiRelationType> m_kinds;
    QHash<qint64, QString> m_names;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace sb::ui
