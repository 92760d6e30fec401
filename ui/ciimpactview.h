#pragma once

#include "ui_global.h"

#include "cmdb/impact.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace sb::ui {

class WorkbookDocument;

// Impact analysis as a list (R-CMDB-2), the CI editor's tab: downstream (what a failure of this
// CI reaches, up to the services, their customers and SLAs) or upstream (what it needs), to a
// depth or all the way; each record once, with its distance and the step it was reached by.
// Computed on the reader thread; the graph dock shows the same walk as a picture.
class SB_UI_EXPORT CiImpactView : public QWidget
{
    Q_OBJECT
public:
    explicit CiImpactView(QWidget *parent = nullptr);

    void setDocument(WorkbookDocument *document);
    void showCi(qint64 id);
    void clear();
    void setDirection(ImpactDirection direction);
    void setDepth(int depth); // 0: no limit

    QTreeWidget *tree() const { return m_tree; }
    bool isBusy() const { return m_busy; }
    const ImpactResult &result() const { return m_result; }

Q_SIGNALS:
    void openRequested(qint64 id);
    void showInGraphRequested(qint64 id, ImpactDirection direction);
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void run();
    void fill();
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    qint64 m_ci = 0;
    int m_generation = 0;
    bool m_busy = false;
    ImpactResult m_result;
    QString m_error;
    QComboBox *m_direction = nullptr;
    QLabel *m_depthLabel = nullptr;
    QSpinBox *m_depth = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_graph = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace sb::ui
