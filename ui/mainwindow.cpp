#include "mainwindow.h"

#include "admindialog.h"
#include "cigraphpanel.h"
#include "cipanel.h"
#include "incidentpanel.h"
#include "knowledgepanel.h"
#include "newworkbookdialog.h"
#include "overviewwidget.h"
#include "problempanel.h"
#include "recordeditor.h"
#include "recordpanel.h"
#include "searchdock.h"
#include "ticketsweeper.h"
#include "trendpanel.h"
#include "undoactions.h"
#include "workbookdocument.h"

#include "demo/newworkbook.h"
#include "i18n.h"
#include "records/integritycheck.h"
#include "storage/workbook.h"
#include "storage/workbookthread.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr int MaxRecent = 8;

QString settingsKey(const char *key)
{
    return QString::fromLatin1(key);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/servicebench/icons/servicebench.svg"_s));
    setDockNestingEnabled(true);

    m_overview = new OverviewWidget(this);
    setCentralWidget(m_overview);
    connect(m_overview, &OverviewWidget::newRequested, this, &MainWindow::newWorkbook);
    connect(m_overview, &OverviewWidget::openRequested, this, &MainWindow::openDialog);
    connect(m_overview, &OverviewWidget::recentRequested, this,
            [this](const QString &path) { openWorkbook(path); });

    m_search = new SearchDock(this);
    m_masterData = new RecordPanel(
        u"masterDataDock"_s, QT_TRANSLATE_NOOP("RecordPanel", "Master data"),
        {{u"person"_s, {u"title"_s, u"login"_s, u"email"_s, u"department"_s, u"state"_s}},
         {u"work_group"_s, {u"title"_s, u"manager"_s, u"email"_s, u"state"_s}},
         {u"customer"_s,
          {u"title"_s, u"kind"_s, u"contact_name"_s, u"relationship_owner"_s, u"state"_s}},
         {u"service"_s,
          {u"title"_s, u"category"_s, u"service_owner"_s, u"criticality"_s, u"state"_s}}},
        this);
    m_tasks = new RecordPanel(
        u"tasksDock"_s, QT_TRANSLATE_NOOP("RecordPanel", "Tasks"),
        {{u"task"_s,
          {u"title"_s, u"priority"_s, u"assignee"_s, u"due_date"_s, u"owner"_s, u"state"_s}}},
        this);
    m_incidents = new IncidentPanel(
        u"incidentsDock"_s, QT_TRANSLATE_NOOP("RecordPanel", "Incidents"), u"incident"_s, this);
    m_requests =
        new IncidentPanel(u"requestsDock"_s, QT_TRANSLATE_NOOP("RecordPanel", "Service requests"),
                          u"service_request"_s, this);
    m_problems = new ProblemPanel(this);
    m_knowledge = new KnowledgePanel(this);
    m_trends = new TrendPanel(this);
    m_cmdbGraph = new CiGraphPanel(this);
    m_cis = new CiPanel(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_search);
    addDockWidget(Qt::RightDockWidgetArea, m_masterData);
    addDockWidget(Qt::RightDockWidgetArea, m_tasks);
    addDockWidget(Qt::RightDockWidgetArea, m_incidents);
    addDockWidget(Qt::RightDockWidgetArea, m_requests);
    addDockWidget(Qt::RightDockWidgetArea, m_problems);
    addDockWidget(Qt::RightDockWidgetArea, m_knowledge);
    addDockWidget(Qt::RightDockWidgetArea, m_trends);
    addDockWidget(Qt::RightDockWidgetArea, m_cmdbGraph);
    addDockWidget(Qt::RightDockWidgetArea, m_cis);
    tabifyDockWidget(m_masterData, m_tasks);
    tabifyDockWidget(m_tasks, m_incidents);
    tabifyDockWidget(m_incidents, m_requests);
    tabifyDockWidget(m_requests, m_problems);
    tabifyDockWidget(m_problems, m_knowledge);
    tabifyDockWidget(m_knowledge, m_trends);
    tabifyDockWidget(m_trends, m_cmdbGraph);
    tabifyDockWidget(m_trends, m_cis);
    m_masterData->raise();
    connect(m_search, &SearchDock::openRecord, this, &MainWindow::openRecord);
    connect(m_knowledge, &KnowledgePanel::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_trends, &TrendPanel::openRecordRequested, this, &MainWindow::openRecord);
    connect(m_cmdbGraph, &CiGraphPanel::openRecordRequested, this, &MainWindow::openRecord);
    // "Show in Graph" from the CI list or editor: the graph dock, focused on the CI, in the
    // mode asked for (-1 its neighbourhood, else the impact direction).
    connect(m_cis, &CiPanel::showInGraphRequested, this, [this](qint64 id, int mode) {
        m_cmdbGraph->setMode(mode < 0 ? CiGraphPanel::Mode::Neighbourhood
                                 : ImpactDirection(mode) == ImpactDirection::Upstream
                                 ? CiGraphPanel::Mode::ImpactUpstream
                                 : CiGraphPanel::Mode::ImpactDownstream);
        m_cmdbGraph->focusRecord(id);
        m_cmdbGraph->show();
        m_cmdbGraph->raise();
    });

    createActions();
    createMenus();
    createStatusBar();
    retranslateUi();
    resize(1400, 860);

    QSettings settings;
    restoreGeometry(settings.value(settingsKey("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(settingsKey("window/state")).toByteArray());
    m_overview->setRecentFiles(recentFiles());
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    closeWorkbook();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkbook);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkbook);
    m_backupAction = new QAction(this);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupDialog);
    m_checkAction = new QAction(this);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkWorkbook);
    m_adminAction = new QAction(this);
    m_adminAction->setObjectName(u"adminAction"_s);
    connect(m_adminAction, &QAction::triggered, this, [this] { administer({}); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_newRecordAction = new QAction(this);
    m_newRecordAction->setObjectName(u"newRecordAction"_s);
    m_newRecordAction->setShortcut(QKeySequence::New);
    connect(m_newRecordAction, &QAction::triggered, this, &MainWindow::newRecord);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, m_search, &SearchDock::focusSearch);
    m_baselinesAction = new QAction(this);
    m_baselinesAction->setObjectName(u"baselinesAction"_s);
    connect(m_baselinesAction, &QAction::triggered, this, [this] {
        showDock(u"cmdb"_s);
        m_cis->openBaselines();
    });
    m_cmdbAuditAction = new QAction(this);
    m_cmdbAuditAction->setObjectName(u"cmdbAuditAction"_s);
    connect(m_cmdbAuditAction, &QAction::triggered, this, [this] {
        showDock(u"cmdb"_s);
        m_cis->runAudit();
    });
    m_ciTypesAction = new QAction(this);
    m_ciTypesAction->setObjectName(u"ciTypesAction"_s);
    connect(m_ciTypesAction, &QAction::triggered, this, [this] { administer(u"ci-types"_s); });
    m_relationTypesAction = new QAction(this);
    m_relationTypesAction->setObjectName(u"relationTypesAction"_s);
    connect(m_relationTypesAction, &QAction::triggered, this,
            [this] { administer(u"relation-types"_s); });
    m_resetLayoutAction = new QAction(this);
    connect(m_resetLayoutAction, &QAction::triggered, this,
            [this] { restoreState(m_defaultState); });
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_undoActions = new UndoActions(this);
    m_sweeper = new TicketSweeper(this);
    connect(m_sweeper, &TicketSweeper::swept, this, [this](qint64 escalated, qint64 closed) {
        statusBar()->showMessage(tr("Ticket sweep: %1 escalated by the rules, %2 closed after the "
                                    "auto-close period.")
                                     .arg(escalated)
                                     .arg(closed),
                                 10000);
    });

    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    for (const QString &lang : Translations::available()) {
        // Each language is named in itself, so it can be found whatever is showing.
        QAction *a = m_languages->addAction(Translations::nativeName(lang));
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == Translations::current());
        a->setObjectName(u"language_"_s + lang);
    }
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *a) { setLanguage(a->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_checkAction);
    m_fileMenu->addAction(m_adminAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoActions->undoAction());
    m_editMenu->addAction(m_undoActions->redoAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newRecordAction);
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_incidents->toggleViewAction());
    m_viewMenu->addAction(m_requests->toggleViewAction());
    m_viewMenu->addAction(m_problems->toggleViewAction());
    m_viewMenu->addAction(m_knowledge->toggleViewAction());
    m_viewMenu->addAction(m_trends->toggleViewAction());
    m_viewMenu->addAction(m_cmdbGraph->toggleViewAction());
    m_viewMenu->addAction(m_cis->toggleViewAction());
    m_viewMenu->addAction(m_masterData->toggleViewAction());
    m_viewMenu->addAction(m_tasks->toggleViewAction());
    m_viewMenu->addAction(m_search->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_resetLayoutAction);
    m_cmdbMenu = menuBar()->addMenu(QString());
    m_cmdbMenu->addAction(m_baselinesAction);
    m_cmdbMenu->addAction(m_cmdbAuditAction);
    m_cmdbMenu->addSeparator();
    m_cmdbMenu->addAction(m_ciTypesAction);
    m_cmdbMenu->addAction(m_relationTypesAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    updateRecentMenu();
}

void MainWindow::createStatusBar()
{
    m_fileLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(u"storageMode"_s);
    m_othersLabel = new QLabel(this);
    m_othersLabel->setObjectName(u"othersConnected"_s);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_cancelWait = new QToolButton(this);
    m_cancelWait->setObjectName(u"cancelWait"_s);
    connect(m_cancelWait, &QToolButton::clicked, this, [this] {
        if (m_document)
            m_document->writer().cancelWaiting();
    });
    statusBar()->addWidget(m_fileLabel);
    statusBar()->addWidget(m_busyLabel);
    statusBar()->addWidget(m_cancelWait);
    statusBar()->addPermanentWidget(m_othersLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    m_busyLabel->hide();
    m_cancelWait->hide();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_cmdbMenu->setTitle(tr("&CMDB"));
    m_baselinesAction->setText(tr("&Baselines…"));
    m_cmdbAuditAction->setText(tr("Run CMDB &Audit…"));
    m_ciTypesAction->setText(tr("CI &Types…"));
    m_relationTypesAction->setText(tr("&Relationship Types…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Workbook…"));
    m_openAction->setText(tr("&Open Workbook…"));
    m_closeAction->setText(tr("&Close Workbook"));
    m_backupAction->setText(tr("&Back Up To…"));
    m_checkAction->setText(tr("Check &Workbook"));
    m_adminAction->setText(tr("&Administration…"));
    m_quitAction->setText(tr("&Quit"));
    m_newRecordAction->setText(tr("&New Record"));
    m_findAction->setText(tr("&Search All Records"));
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_aboutAction->setText(tr("&About Servicebench"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_cancelWait->setText(tr("Cancel"));
    updateRecentMenu();
    updateStatus();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // Dock sizes only take once the window has its size: give the record panels most of it.
    const int w = width();
    const QByteArray saved = saveState();
    resizeDocks({m_search, m_masterData}, {qMax(280, w / 5), int(w * 0.6)}, Qt::Horizontal);
    m_defaultState = saveState();
    if (m_layoutRestored)
        restoreState(saved);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    const QString lang = Translations::install(language);
    QSettings().setValue(settingsKey("language"), lang);
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == lang);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(settingsKey("recentFiles")).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecent)
        files.removeLast();
    QSettings().setValue(settingsKey("recentFiles"), files);
    updateRecentMenu();
    m_overview->setRecentFiles(files);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a =
            m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openWorkbook(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::setDocument(std::unique_ptr<WorkbookDocument> document)
{
    // Views let go of the old document before it closes.
    for (RecordPanel *p : recordPanels())
        p->setDocument(document.get());
    m_search->setDocument(document.get());
    m_trends->setDocument(document.get());
    m_cmdbGraph->setDocument(document.get());
    m_overview->setDocument(document.get());
    m_undoActions->setDocument(document.get());
    m_sweeper->setDocument(document.get());
    m_document = std::move(document);
    m_others.clear();
    if (m_document) {
        connect(m_document.get(), &WorkbookDocument::othersChanged, this,
                &MainWindow::onOthersChanged);
        connect(m_document.get(), &WorkbookDocument::writeWaiting, this,
                &MainWindow::onWriteWaiting);
        connect(m_document.get(), &WorkbookDocument::writerBusy, this, [this](bool busy) {
            if (!busy) {
                m_busyLabel->hide();
                m_cancelWait->hide();
            }
        });
    }
    const bool open = m_document != nullptr;
    m_closeAction->setEnabled(open);
    m_backupAction->setEnabled(open);
    m_checkAction->setEnabled(open);
    m_adminAction->setEnabled(open);
    m_newRecordAction->setEnabled(open && !m_document->workbook().isReadOnly());
    m_findAction->setEnabled(open);
    m_baselinesAction->setEnabled(open);
    m_ciTypesAction->setEnabled(open);
    m_relationTypesAction->setEnabled(open);
    m_cmdbAuditAction->setEnabled(open && !m_document->workbook().isReadOnly());
    for (RecordPanel *p : recordPanels())
        p->setEnabled(open);
    m_trends->setEnabled(open);
    m_cmdbGraph->setEnabled(open);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        setWindowTitle(tr("Servicebench"));
        m_fileLabel->setText(tr("No workbook open"));
        m_fileLabel->setToolTip(QString());
        m_userLabel->clear();
        m_modeLabel->clear();
        m_modeLabel->setToolTip(QString());
        m_othersLabel->clear();
        return;
    }
    Workbook &wb = m_document->workbook();
    setWindowTitle(wb.isReadOnly()
                       ? tr("%1 [read-only] — Servicebench").arg(m_document->displayName())
                       : tr("%1 — Servicebench").arg(m_document->displayName()));
    m_fileLabel->setText(QDir::toNativeSeparators(wb.path()));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(wb.path()));
    m_userLabel->setText(tr("User: %1").arg(wb.user()));
    if (wb.isReadOnly()) {
        m_modeLabel->setText(tr("Read-only"));
        m_modeLabel->setToolTip(wb.readOnlyReason());
    } else if (wb.storageMode() == StorageMode::Local) {
        m_modeLabel->setText(tr("Local"));
        m_modeLabel->setToolTip(tr("WAL journal: %1").arg(wb.storageReason()));
    } else {
        m_modeLabel->setText(tr("Shared"));
        m_modeLabel->setToolTip(tr("Rollback journal: %1").arg(wb.storageReason()));
    }
    m_othersLabel->setText(m_others.isEmpty()
                               ? tr("Nobody else connected")
                               : tr("Also connected: %1").arg(Presence::describe(m_others)));
}

void MainWindow::onOthersChanged(const QList<PresenceEntry> &others)
{
    m_others = others;
    updateStatus();
}

void MainWindow::onWriteWaiting(int waitedMs)
{
    if (waitedMs < 300)
        return;
    const QString who = m_others.isEmpty() ? tr("another program") : Presence::describe(m_others);
    m_busyLabel->setText(
        tr("Waiting %1 s for the workbook, held by %2…").arg(waitedMs / 1000).arg(who));
    m_busyLabel->show();
    m_cancelWait->show();
}

bool MainWindow::openWorkbook(const QString &path, bool readOnly)
{
    for (;;) {
        OpenOptions options;
        options.user = m_user;
        options.readOnly = readOnly;
        options.registerPresence = true;
        // A locked file is reported after a second, with Retry, rather than freezing longer.
        options.openTimeoutMs = 1000;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<std::unique_ptr<Workbook>> wb = Workbook::open(path, options);
        QApplication::restoreOverrideCursor();
        if (wb.ok()) {
            closeWorkbook();
            const QString backup = (*wb)->migrationBackupPath();
            setDocument(std::make_unique<WorkbookDocument>(std::move(wb).value()));
            addRecent(m_document->path());
            if (!backup.isEmpty())
                QMessageBox::information(
                    this, tr("Workbook upgraded"),
                    tr("The workbook was upgraded to this version of Servicebench. A copy from "
                       "before the upgrade was saved as %1.")
                        .arg(QDir::toNativeSeparators(backup)));
            return true;
        }
        if (wb.error().code() == ErrorCode::Locked) {
            QMessageBox box(QMessageBox::Warning, tr("Workbook locked"), wb.error().message(),
                            QMessageBox::Retry | QMessageBox::Cancel, this);
            QPushButton *ro = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Retry);
            box.exec();
            if (box.clickedButton() == ro) {
                readOnly = true;
                continue;
            }
            if (box.clickedButton() == box.button(QMessageBox::Retry))
                continue;
            return false;
        }
        QMessageBox::critical(this, tr("Cannot open the workbook"), wb.error().message());
        return false;
    }
}

bool MainWindow::createWorkbook(const QString &path, bool shared, bool demo,
                                const QString &demoLanguage)
{
    CreateOptions options;
    options.user = m_user;
    options.shared = shared;
    options.language = demoLanguage;
    std::optional<DemoOptions> demoOptions;
    if (demo) {
        demoOptions = DemoOptions();
        demoOptions->language = demoLanguage;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<NewWorkbook> made = createNewWorkbook(
        path, options, m_user.isEmpty() ? Workbook::osUserFullName() : m_user, demoOptions);
    QApplication::restoreOverrideCursor();
    if (!made.ok()) {
        QMessageBox::critical(this, tr("Cannot create the workbook"), made.error().message());
        return false;
    }
    return openWorkbook(made->path);
}

void MainWindow::closeWorkbook()
{
    if (m_checkStop)
        m_checkStop->store(true);
    m_checker.reset();
    m_checkStop.reset();
    if (!m_document)
        return;
    setDocument(nullptr);
}

void MainWindow::newWorkbook()
{
    NewWorkbookDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createWorkbook(dialog.path(), dialog.shared(), dialog.demo(), dialog.demoLanguage());
}

void MainWindow::openDialog()
{
    const QStringList recent = recentFiles();
    const QString start =
        recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open workbook"), start, tr("Servicebench workbooks (*.sbw);;All files (*)"));
    if (!file.isEmpty())
        openWorkbook(file);
}

void MainWindow::backupDialog()
{
    if (!m_document)
        return;
    const QFileInfo fi(m_document->path());
    const QString suggestion = fi.absolutePath() + u'/' + fi.completeBaseName() + u"-backup-"_s
        + QDate::currentDate().toString(Qt::ISODate) + u".sbw"_s;
    const QString dest = QFileDialog::getSaveFileName(
        this, tr("Back up the workbook to"), suggestion, tr("Servicebench workbooks (*.sbw)"));
    if (dest.isEmpty())
        return;
    statusBar()->showMessage(tr("Backing up…"));
    m_document->writer().submit(
        [dest](Workbook &wb) { return wb.backupTo(dest); }, this,
        [this, dest](const Error &e) {
            statusBar()->clearMessage();
            if (e.isError())
                QMessageBox::critical(this, tr("Backup failed"), e.message());
            else
                statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(dest)),
                                         8000);
        });
}

void MainWindow::checkWorkbook()
{
    if (!m_document)
        return;
    if (m_checker)
        return; // one check at a time
    statusBar()->showMessage(tr("Checking the workbook…"));
    m_checkAction->setEnabled(false);
    auto report = std::make_shared<CheckReport>();
    // A thread of its own, so that list pages keep coming while it reads everything, and a
    // stop flag the check looks at between stages, so that closing does not wait for it.
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_checkStop = stop;
    m_checker =
        std::make_unique<WorkbookThread>(m_document->workbook(), WorkbookThread::Mode::Read);
    m_checker->submit(
        [report, stop](Workbook &wb) -> Error {
            Result<CheckReport> r =
                IntegrityCheck::run(wb, [stop](const QString &) { return !stop->load(); });
            if (!r.ok())
                return r.error();
            *report = *r;
            return {};
        },
        this,
        [this, report](const Error &e) {
            // The thread is done; let it go once this handler has returned.
            if (m_checker)
                m_checker.release()->deleteLater();
            m_checkStop.reset();
            m_checkAction->setEnabled(m_document != nullptr);
            statusBar()->clearMessage();
            if (e.code() == ErrorCode::Cancelled)
                return;
            if (e.isError()) {
                QMessageBox::critical(this, tr("Check failed"), e.message());
                return;
            }
            QStringList lines;
            for (const CheckIssue &i : report->issues)
                lines << i.message;
            QMessageBox box(report->healthy() ? QMessageBox::Information : QMessageBox::Warning,
                            tr("Workbook check"),
                            report->healthy()
                                ? tr("No problems found in %1 records and %2 audit entries.")
                                      .arg(report->records)
                                      .arg(report->auditEntries)
                                : tr("%n problem(s) found.", nullptr, int(report->issues.size())),
                            QMessageBox::Ok, this);
            box.setInformativeText(tr("Anchor of the audit trail (keep it elsewhere to detect a "
                                      "rewritten trail): %1:%2")
                                       .arg(report->lastSeq)
                                       .arg(report->lastHash));
            if (!lines.isEmpty())
                box.setDetailedText(lines.join(u'\n'));
            box.exec();
        });
}

QList<RecordPanel *> MainWindow::recordPanels() const
{
    return {m_masterData, m_tasks, m_incidents, m_requests, m_problems, m_knowledge, m_cis};
}

void MainWindow::administer(const QString &page)
{
    if (!m_document)
        return;
    AdminDialog dialog(m_document.get(), this);
    if (!page.isEmpty())
        dialog.showPage(page);
    dialog.exec();
}

bool MainWindow::showDock(const QString &name)
{
    QDockWidget *dock = nullptr;
    if (name == u"incidents"_s)
        dock = m_incidents;
    else if (name == u"requests"_s || name == u"service-requests"_s)
        dock = m_requests;
    else if (name == u"problems"_s)
        dock = m_problems;
    else if (name == u"knowledge"_s)
        dock = m_knowledge;
    else if (name == u"trends"_s)
        dock = m_trends;
    else if (name == u"cmdb-graph"_s)
        dock = m_cmdbGraph;
    else if (name == u"cmdb"_s || name == u"cis"_s)
        dock = m_cis;
    else if (name == u"tasks"_s)
        dock = m_tasks;
    else if (name == u"master-data"_s)
        dock = m_masterData;
    else if (name == u"search"_s)
        dock = m_search;
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    return true;
}

RecordPanel *MainWindow::panelFor(const QString &type) const
{
    for (RecordPanel *p : recordPanels()) {
        if (p->handles(type))
            return p;
    }
    return nullptr;
}

void MainWindow::openRecord(qint64 id, const QString &type)
{
    if (RecordPanel *p = panelFor(type))
        p->showRecord(id, type);
}

bool MainWindow::showRecord(const QString &humanId)
{
    if (!m_document)
        return false;
    Result<qint64> id = m_document->store().resolve(humanId);
    if (!id.ok())
        return false;
    Result<Record> r = m_document->store().load(*id);
    if (!r.ok())
        return false;
    openRecord(*id, r->type);
    return true;
}

void MainWindow::newRecord()
{
    // The panel the user is looking at decides what a new record is.
    RecordPanel *target = m_masterData;
    if (m_masterData->visibleRegion().isEmpty()) {
        for (RecordPanel *p : recordPanels()) {
            if (!p->visibleRegion().isEmpty()) {
                target = p;
                break;
            }
        }
    }
    if (QWidget *focus = QApplication::focusWidget()) {
        for (RecordPanel *p : recordPanels()) {
            if (p->isAncestorOf(focus))
                target = p;
        }
    }
    target->newRecord();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Servicebench"),
        tr("<h3>Servicebench %1</h3><p>A desktop workbench for running IT service management "
           "the way ISO/IEC 20000-1 (2011 and 2018) asks.</p><p>Everything lives in one workbook "
           "file that works offline, on a laptop or a shared drive.</p><p>Licensed under the GNU "
           "General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(SB_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (RecordPanel *p : recordPanels()) {
        if (p->editor()->isModified() || (p == m_knowledge && m_knowledge->hasUnsavedArticle())) {
            const auto answer = QMessageBox::question(
                this, tr("Unsaved changes"),
                tr("Some changes are not saved. Quit anyway and lose them?"),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard) {
                event->ignore();
                return;
            }
            break;
        }
    }
    QSettings settings;
    settings.setValue(settingsKey("window/geometry"), saveGeometry());
    settings.setValue(settingsKey("window/state"), saveState());
    closeWorkbook();
    event->accept();
}

} // namespace sb::ui
