#pragma once

#include "ui_global.h"

#include "cmdb/baseline.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sb {
class Database;
}

namespace sb::ui {

class BaselineDiffView;
class WorkbookDocument;

// The CMDB's baselines (R-CMDB-3): the list of those taken, "Take Baseline…" (of everything or
// of one service's tree, on the writer thread) and "Compare…" (a baseline with another one or
// with now, on the reader thread) into a BaselineDiffView. Modeless, so that a CI opened from
// the difference can be looked at beside it.
class SB_UI_EXPORT BaselineDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BaselineDialog(WorkbookDocument *document, QWidget *parent = nullptr);

    // "Everything" (id 0) and then the services and business-service CIs a baseline or an
    // audit may cover, by name; the combo box completes what is typed.
    static void fillScopeChoices(QComboBox *combo, Database &db);
    // The id the combo box's text names: 0 for everything, -1 if it names nothing offered.
    static qint64 scopeChoice(const QComboBox *combo);

    QTreeWidget *list() const { return m_list; }
    BaselineDiffView *diffView() const { return m_diff; }
    QString message() const;
    bool isBusy() const { return m_taking || m_comparing; }
    qint64 selectedBaseline() const;
    bool selectBaseline(qint64 id);

public Q_SLOTS:
    void reload();
    // Ask for the name, description and scope, then take the baseline.
    void takeDialog();
    // Ask which baseline to compare with which (or with now), then compare.
    void compareDialog();
    // Takes a baseline on the writer thread; taken() or takeFailed() follow.
    void takeBaseline(const QString &name, const QString &description, qint64 serviceId);
    // Compares on the reader thread; toId 0: with the CMDB as it is now. compared() follows.
    void compare(qint64 fromId, qint64 toId = 0);

Q_SIGNALS:
    void openRequested(qint64 ciId);
    void taken(qint64 baselineId);
    void takeFailed(const QString &message);
    void compared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMessage(const QString &text, bool error);
    void updateButtons();
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    QList<BaselineInfo> m_baselines;
    bool m_taking = false;
    bool m_comparing = false;
    int m_generation = 0;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_close = nullptr;
    BaselineDiffView *m_diff = nullptr;
};

} // namespace sb::ui
