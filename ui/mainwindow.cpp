#include "mainwindow.h"

#include "datacontroller.h"
#include "jobcontroller.h"
#include "mainactions.h"
#include "models/logmodel.h"
#include "pages/workbenchtabs.h"
#include "panels/datasetpanel.h"
#include "panels/jobspanel.h"
#include "panels/logpanel.h"
#include "panels/runspanel.h"
#include "panels/sessionbanner.h"
#include "panels/statusline.h"
#include "preferencesdialog.h"
#include "services/trainingservice.h"
#include "traindialog.h"
#include "uisettings.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace eg {

MainWindow::MainWindow(EngineHooks hooks, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<UiSettings>())
    , m_workspace(new Workspace(this))
    , m_jobs(new JobController(this))
    , m_training(new TrainingService(m_jobs, m_workspace, this))
    , m_log(new LogModel(this))
    , m_data(new DataController(std::move(hooks), m_workspace, m_jobs, this))
    , m_actions(new MainActions(this))
    , m_workbenches(new WorkbenchTabs(this))
{
    buildLayout();
    m_actions->applyAvailability(*m_data);
    connectActions();
    connectMessages();

    showRecentSessions();
    updateState();
    m_log->append(LogLevel::Info,
                  tr("Equigraph %1 started.").arg(QApplication::applicationVersion()));
    resize(1280, 800);
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
}

MainWindow::~MainWindow()
{
    // The pages and panels use the services, so they go first; then the jobs (their controller
    // cancels what still runs and waits for it), then the training service and the workspace.
    delete takeCentralWidget();
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_jobs;
    delete m_training;
}

void MainWindow::buildLayout()
{
    auto *centre = new QWidget(this);
    m_banner = new SessionBanner(m_workspace, m_actions->saveAs, centre);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_workbenches, 1);
    setCentralWidget(centre);

    m_datasetPanel = new DatasetPanel(
        m_workspace,
        {m_actions->openTriplesFolder, m_actions->openTriplesFile, m_actions->loadDemo},
        m_actions->train, {m_actions->newSession, m_actions->openSession}, this);
    m_jobsPanel = new JobsPanel(m_jobs, this);
    m_runsPanel = new RunsPanel(m_workspace, m_training, m_actions->train, this);
    m_logPanel = new LogPanel(m_log, this);
    QDockWidget *dataDock = addPanel(m_datasetPanel, tr("Data"), QStringLiteral("data"),
                                     Qt::LeftDockWidgetArea);
    QDockWidget *jobsDock = addPanel(m_jobsPanel, tr("Jobs"), QStringLiteral("jobs"),
                                     Qt::BottomDockWidgetArea);
    QDockWidget *runsDock = addPanel(m_runsPanel, tr("Runs"), QStringLiteral("runs"),
                                     Qt::BottomDockWidgetArea);
    QDockWidget *logDock = addPanel(m_logPanel, tr("Log"), QStringLiteral("log"),
                                    Qt::BottomDockWidgetArea);
    splitDockWidget(jobsDock, runsDock, Qt::Horizontal);
    tabifyDockWidget(runsDock, logDock);
    runsDock->raise();
    resizeDocks({dataDock}, {300}, Qt::Horizontal);
    resizeDocks({jobsDock, runsDock}, {480, 800}, Qt::Horizontal);
    resizeDocks({jobsDock}, {240}, Qt::Vertical);

    m_statusLine = new StatusLine(statusBar(), m_workspace, m_jobs);
    m_actions->buildMenus(menuBar(),
                          {dataDock->toggleViewAction(), jobsDock->toggleViewAction(),
                           runsDock->toggleViewAction(), logDock->toggleViewAction()});
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &name,
                                  Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() needs it
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newSession, &QAction::triggered, this, &MainWindow::newSessionDialog);
    connect(a->openSession, &QAction::triggered, this, &MainWindow::openSessionDialog);
    connect(a->openTriplesFolder, &QAction::triggered, this, &MainWindow::openTriplesFolderDialog);
    connect(a->openTriplesFile, &QAction::triggered, this, &MainWindow::openTriplesFileDialog);
    connect(a->loadDemo, &QAction::triggered, m_data, &DataController::loadDemoWorld);
    connect(a->save, &QAction::triggered, m_data, &DataController::saveSession);
    connect(a->saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(a->train, &QAction::triggered, this, &MainWindow::openTrainDialog);
    connect(a->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->workbenchGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { showWorkbench(action->data().toInt()); });
    connect(m_workbenches, &QTabWidget::currentChanged, this,
            [this](int index) { m_actions->workbenches.value(index)->setChecked(true); });
    connect(a->cancelAllJobs, &QAction::triggered, m_jobs, &JobController::cancelAll);
    connect(a->clearEndedJobs, &QAction::triggered, m_jobs, &JobController::removeEnded);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectMessages()
{
    const auto report = [this](LogLevel level, const QString &text) {
        m_log->append(level, text);
        m_statusLine->showMessage(level, text);
    };
    connect(m_jobs, &JobController::message, this, report);
    connect(m_data, &DataController::message, this, report);
    connect(m_workspace, &Workspace::message, this, report);
    connect(m_training, &TrainingService::message, this, report);
    connect(m_data, &DataController::problem, this, &MainWindow::showProblem);
    connect(m_data, &DataController::sessionUsed, this, &MainWindow::addRecentSession);
    connect(m_workspace, &Workspace::graphChanged, this, &MainWindow::updateState);
    connect(m_workspace, &Workspace::sessionChanged, this, &MainWindow::updateState);
    connect(m_datasetPanel, &DatasetPanel::recentSessionActivated, this,
            &MainWindow::openRecentSession);
}

void MainWindow::showWorkbench(int workbench)
{
    if (workbench >= 0 && workbench < m_workbenches->count())
        m_workbenches->setCurrentIndex(workbench);
}

void MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile() && info.suffix() == sessionSuffix())
        m_data->openSession(path);
    else
        m_data->openTriples(path);
}

void MainWindow::openStartupSession(const QString &path, bool create)
{
    if (!path.isEmpty() &&
        (create ? m_data->openOrCreateSession(path) : m_data->openSession(path)))
        return;
    if (path.isEmpty()) {
        const QStringList recent = m_settings->recentSessions();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()) &&
            m_data->openSession(recent.first()))
            return;
    }
    m_data->openOrCreateSession(DataController::defaultSessionPath());
}

void MainWindow::newSessionDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Session"), QFileInfo(m_workspace->sessionPath()).absolutePath(),
        tr("Equigraph sessions (*.%1)").arg(sessionSuffix()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + sessionSuffix();
    if (QFileInfo::exists(path)) {
        // The dialog asked to replace it; a session is never overwritten by a new one.
        showProblem(tr("New Session"),
                    tr("%1 already exists. Open it, or choose another name for the new session.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_data->newSession(path);
}

void MainWindow::openSessionDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Session"), QFileInfo(m_workspace->sessionPath()).absolutePath(),
        tr("Equigraph sessions (*.%1);;All files (*)").arg(sessionSuffix()));
    if (!path.isEmpty())
        m_data->openSession(path);
}

void MainWindow::openRecentSession(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_settings->removeRecentSession(path);
        showRecentSessions();
        const QString text = tr("The session %1 no longer exists; it was removed from the list.")
                                 .arg(QDir::toNativeSeparators(path));
        m_log->append(LogLevel::Warning, text);
        showProblem(tr("Open Session"), text);
        return;
    }
    m_data->openSession(path);
}

void MainWindow::openTriplesFolderDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Triples Folder"));
    if (!path.isEmpty())
        m_data->openTriples(path);
}

void MainWindow::openTriplesFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Triples File"), {}, tr("Triples (*.txt *.tsv *.csv);;All files (*)"));
    if (!path.isEmpty())
        m_data->openTriples(path);
}

void MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Session As"), m_workspace->sessionPath(),
        tr("Equigraph sessions (*.%1)").arg(sessionSuffix()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + sessionSuffix();
    m_data->saveSessionAs(path);
}

TrainDialog *MainWindow::openTrainDialog()
{
    auto *dialog = new TrainDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TrainRequest request = dialog->request();
        m_training->start(request.title, request.config, {}, request.options);
    });
    dialog->open();
    return dialog;
}

// Not blocking (window-modal), so that jobs and the event loop go on meanwhile.
void MainWindow::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("problemBox"));
    box->open();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings.get(), this);
    connect(&dialog, &PreferencesDialog::recentSessionsCleared, this,
            &MainWindow::showRecentSessions);
    if (dialog.exec() == QDialog::Accepted && dialog.apply())
        m_log->append(LogLevel::Info, tr("The new language takes effect at the next start."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Equigraph"),
        tr("<h3>Equigraph %1</h3><p>A workbench for bias, threshold consistency and entity "
           "alignment in knowledge-graph embeddings.</p><p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showRecentSessions()
{
    const QStringList paths = m_settings->recentSessions();
    m_datasetPanel->setRecentSessions(paths);
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    for (const QString &path : paths) {
        QAction *action = menu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecentSession(path); });
    }
    if (paths.isEmpty())
        menu->addAction(tr("No recent sessions"))->setEnabled(false);
}

void MainWindow::addRecentSession(const QString &path)
{
    m_settings->addRecentSession(path);
    showRecentSessions();
}

void MainWindow::updateState()
{
    m_actions->applyWorkspace(*m_workspace);
    QString name = m_workspace->hasSession() ? QFileInfo(m_workspace->sessionPath()).fileName()
                                             : m_workspace->graphName();
    if (m_workspace->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(name.isEmpty() ? tr("Equigraph") : tr("%1 — Equigraph").arg(name));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_jobs->activeCount() > 0)
        m_jobs->cancelAll(); // the controller waits for them when it is destroyed
    m_settings->setWindowLayout(saveGeometry(), saveState());
    event->accept();
}

} // namespace eg
