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
class StatusLine;
class UiSettings;
class WorkbenchTabs;
class Workspace;

// The main window. It only puts the pieces together: the workbenches in the middle, the data
// set on the left, jobs and log at the bottom, menus, shortcuts and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(EngineHooks hooks = engineHooks(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // A session file (by its suffix), a triples folder or a triples file.
    void openPath(const QString &path);
    void showWorkbench(int workbench);

    static QString sessionSuffix() { return QStringLiteral("equigraph"); }

    Workspace *workspace() const { return m_workspace; }
    JobController *jobs() const { return m_jobs; }
    LogModel *log() const { return m_log; }
    DataController *data() const { return m_data; }
    MainActions *actions() const { return m_actions; }
    WorkbenchTabs *workbenches() const { return m_workbenches; }
    DatasetPanel *datasetPanel() const { return m_datasetPanel; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    LogPanel *logPanel() const { return m_logPanel; }
    StatusLine *statusLine() const { return m_statusLine; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &name,
                          Qt::DockWidgetArea area);
    void connectActions();
    void openSessionDialog();
    void openTriplesFolderDialog();
    void openTriplesFileDialog();
    void save();
    void saveAs();
    void showPreferences();
    void showAbout();
    void showRecentSessions();
    void addRecentSession(const QString &path);
    void updateTitle();

    std::unique_ptr<UiSettings> m_settings;
    Workspace *m_workspace;
    JobController *m_jobs;
    LogModel *m_log;
    DataController *m_data;
    MainActions *m_actions;
    WorkbenchTabs *m_workbenches;
    DatasetPanel *m_datasetPanel;
    JobsPanel *m_jobsPanel;
    LogPanel *m_logPanel;
    StatusLine *m_statusLine;
};

} // namespace eg
