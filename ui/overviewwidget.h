#pragma once

#include "ui_global.h"

#include "storage/presence.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace sb::ui {

class WorkbookDocument;

// The central area: a welcome page with the recent workbooks when none is open, and the
// open workbook's summary (where it is, how it is stored, who is working in it, what it
// holds) when one is.
class SB_UI_EXPORT OverviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewWidget(QWidget *parent = nullptr);
    void setDocument(WorkbookDocument *document);
    void setRecentFiles(const QStringList &files);
    void refresh();
    void setOthers(const QList<sb::PresenceEntry> &others);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QTreeWidget *m_counts = nullptr;
    QLabel *m_othersLabel = nullptr;
    QList<sb::PresenceEntry> m_others;
};

} // namespace sb::ui
