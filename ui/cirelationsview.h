#pragma once

#include "ui_global.h"

#include "cmdb/citypes.h"
#include "records/record.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sb::ui {

class WorkbookDocument;

// A CI's relationships, as the CI editor's tab: each relationship read from this CI's side
// ("runs on", "hosts"), the record at the other end with its type and state, and the tickets
// that name the CI. Relationships are added (a kind, either direction, a CI or service found
// by name or ID) and removed here; the write path checks the CI types each kind joins.
class SB_UI_EXPORT CiRelationsView : public QWidget
{
    Q_OBJECT
public:
    explicit CiRelationsView(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    void showCi(const Record &ci, bool writable);
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    int relationCount() const { return m_count; }

    // Adds a relationship from this CI's side: `label` is the kind's forward or reverse label
    // as offered in the dialog; the other end is a human ID. For tests and scripted use.
    void addRelation(const QString &kind, bool outgoing, qint64 otherId);

Q_SIGNALS:
    void openRequested(qint64 id);
    void showInGraphRequested(qint64 id);
    void countChanged(int count);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void addDialog();
    void removeSelected();
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    Record m_ci;
    bool m_writable = false;
    int m_count = 0;
    QList<CiRelationType> m_kinds;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_graph = nullptr;
};

} // namespace sb::ui
