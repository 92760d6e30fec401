#pragma once

#include "ui_global.h"

#include <QDockWidget>
#include <QPointer>

class QLineEdit;
class QTimer;
class QTreeWidget;
class QLabel;

namespace sb::ui {

class WorkbookDocument;

// Full-text search over every record of the workbook at once, ranked. Runs on the reader
// thread, so typing never waits for the workbook.
class SB_UI_EXPORT SearchDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SearchDock(QWidget *parent = nullptr);
    void setDocument(WorkbookDocument *document);
    void focusSearch();
    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *results() const { return m_results; }

Q_SIGNALS:
    void openRecord(qint64 id, const QString &type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    QLineEdit *m_query = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    int m_generation = 0;
};

} // namespace sb::ui
