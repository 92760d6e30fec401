#pragma once

#include "ui_global.h"

#include "storage/presence.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolButton;

namespace sb {
class WorkbookThread;
}

namespace sb::ui {

class CiPanel;
class CiGraphPanel;
class IncidentPanel;
class KnowledgePanel;
class ProblemPanel;
class OverviewWidget;
class RecordPanel;
class SearchDock;
class TrendPanel;
class TicketSweeper;
class UndoActions;
class WorkbookDocument;

class SB_UI_EXPORT MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The acting user for workbooks opened from now on (empty: the OS login).
    void setUser(const QString &user) { m_user = user; }
    bool openWorkbook(const QString &path, bool readOnly = false);
    bool createWorkbook(const QString &path, bool shared, bool demo, const QString &demoLanguage);
    void closeWorkbook();
    // Opens a record by its human ID ("SVC-3") in the panel that shows its type.
    bool showRecord(const QString &humanId);
    void setLanguage(const QString &language);

    WorkbookDocument *document() const { return m_document.get(); }
    RecordPanel *masterDataPanel() const { return m_masterData; }
    RecordPanel *tasksPanel() const { return m_tasks; }
    IncidentPanel *incidentsPanel() const { return m_incidents; }
    IncidentPanel *requestsPanel() const { return m_requests; }
    ProblemPanel *problemsPanel() const { return m_problems; }
    KnowledgePanel *knowledgePanel() const { return m_knowledge; }
    TrendPanel *trendsPanel() const { return m_trends; }
    CiGraphPanel *cmdbGraphPanel() const { return m_cmdbGraph; }
    CiPanel *ciPanel() const { return m_cis; }
    // Brings a dock to the front by name: incidents, requests, problems, knowledge, trends,
    // cmdb, cmdb-graph, tasks, master-data or search.
    bool showDock(const QString &name);
    SearchDock *searchDock() const { return m_search; }

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    // The administration dialog, open on `page` (empty: its first).
    void administer(const QString &page);
    void retranslateUi();
    void setDocument(std::unique_ptr<WorkbookDocument> document);
    void updateStatus();
    void updateRecentMenu();
    void addRecent(const QString &path);
    QStringList recentFiles() const;
    void newWorkbook();
    void openDialog();
    void backupDialog();
    void checkWorkbook();
    void newRecord();
    void about();
    void openRecord(qint64 id, const QString &type);
    RecordPanel *panelFor(const QString &type) const;
    QList<RecordPanel *> recordPanels() const;
    void onOthersChanged(const QList<sb::PresenceEntry> &others);
    void onWriteWaiting(int waitedMs);

    QString m_user;
    std::unique_ptr<WorkbookDocument> m_document;
    std::unique_ptr<WorkbookThread> m_checker; // a workbook check in progress
    std::shared_ptr<std::atomic_bool> m_checkStop;
    OverviewWidget *m_overview = nullptr;
    RecordPanel *m_masterData = nullptr;
    RecordPanel *m_tasks = nullptr;
    IncidentPanel *m_incidents = nullptr;
    IncidentPanel *m_requests = nullptr;
    ProblemPanel *m_problems = nullptr;
    KnowledgePanel *m_knowledge = nullptr;
    TrendPanel *m_trends = nullptr;
    CiGraphPanel *m_cmdbGraph = nullptr;
    CiPanel *m_cis = nullptr;
    SearchDock *m_search = nullptr;
    QByteArray m_defaultState;
    bool m_layoutRestored = false;
    bool m_shown = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_cmdbMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_adminAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newRecordAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_baselinesAction = nullptr;
    QAction *m_cmdbAuditAction = nullptr;
    QAction *m_ciTypesAction = nullptr;
    QAction *m_relationTypesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languages = nullptr;
    UndoActions *m_undoActions = nullptr; // Edit > Undo and Redo
    TicketSweeper *m_sweeper = nullptr; // escalation rules and auto-close, now and then

    QLabel *m_fileLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLabel *m_othersLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_cancelWait = nullptr;
    QList<sb::PresenceEntry> m_others;
};

} // namespace sb::ui
