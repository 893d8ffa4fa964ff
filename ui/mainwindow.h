#pragma once

#include "enginehooks.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;

namespace eg {

class DataController;
class DatasetPanel;
class JobController;
class JobsPanel;
class LogModel;
class LogPanel;
class MainActions;
class RunsPanel;
class SessionBanner;
class StatusLine;
class TrainDialog;
class TrainingService;
class UiSettings;
class WorkbenchTabs;
class Workspace;

// The main window. It only puts the pieces together: the workbenches in the middle (under the
// read-only banner when it applies), the data set on the left, jobs, runs and log at the
// bottom, menus, shortcuts and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(EngineHooks hooks = engineHooks(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // A session file (by its suffix), a triples folder or a triples file.
    void openPath(const QString &path);
    void showWorkbench(int workbench);
    // The session to start with: `path` when given (created when missing if `create`), else
    // the most recently used session that still exists, else the default session (created the
    // first time), so that work is always recorded somewhere. A session that cannot be opened
    // is reported and the default one is taken.
    void openStartupSession(const QString &path = {}, bool create = true);
    // Opens the Train dialog (window-modal, not blocking); Train starts the run. Returns it.
    TrainDialog *openTrainDialog();

    static QString sessionSuffix() { return QStringLiteral("equigraph"); }

    Workspace *workspace() const { return m_workspace; }
    JobController *jobs() const { return m_jobs; }
    TrainingService *training() const { return m_training; }
    LogModel *log() const { return m_log; }
    DataController *data() const { return m_data; }
    MainActions *actions() const { return m_actions; }
    WorkbenchTabs *workbenches() const { return m_workbenches; }
    SessionBanner *banner() const { return m_banner; }
    DatasetPanel *datasetPanel() const { return m_datasetPanel; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    RunsPanel *runsPanel() const { return m_runsPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    StatusLine *statusLine() const { return m_statusLine; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &name,
                          Qt::DockWidgetArea area);
    void buildLayout();
    void connectActions();
    void connectMessages();
    void newSessionDialog();
    void openSessionDialog();
    void openRecentSession(const QString &path);
    void openTriplesFolderDialog();
    void openTriplesFileDialog();
    void saveAs();
    void showProblem(const QString &title, const QString &text);
    void showPreferences();
    void showAbout();
    void showRecentSessions();
    void addRecentSession(const QString &path);
    void updateState();

    std::unique_ptr<UiSettings> m_settings;
    Workspace *m_workspace;
    JobController *m_jobs;
    TrainingService *m_training;
    LogModel *m_log;
    DataController *m_data;
    MainActions *m_actions;
    WorkbenchTabs *m_workbenches;
    SessionBanner *m_banner = nullptr;
    DatasetPanel *m_datasetPanel = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    RunsPanel *m_runsPanel = nullptr;
    LogPanel *m_logPanel = nullptr;
    StatusLine *m_statusLine = nullptr;
};

} // namespace eg
