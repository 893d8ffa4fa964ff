#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace eg {

class DataController;
class Workspace;

// The window's commands with their shortcuts, and the menus that hold them. The window
// connects them; this class only creates and arranges them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QWidget *window);

    // Disables what this build cannot do, saying why in the tool tip and status tip.
    void applyAvailability(const DataController &data);
    // Enables what the workspace allows: saving and training need a writable session (training
    // also a data set); the tool tips say why an action is off.
    void applyWorkspace(const Workspace &workspace);
    // Fills the menu bar; `viewExtras` (e.g. the panels' show/hide actions) go into View.
    void buildMenus(QMenuBar *bar, const QList<QAction *> &viewExtras);

    QAction *newSession;
    QAction *openSession;
    QAction *openTriplesFolder;
    QAction *openTriplesFile;
    QAction *loadDemo;
    QAction *save;
    QAction *saveAs;
    QAction *preferences;
    QAction *quit;
    QList<QAction *> workbenches; // Ctrl+1, Ctrl+2, Ctrl+3, one per WorkbenchTabs::Workbench
    QActionGroup *workbenchGroup;
    QAction *train;
    QAction *cancelAllJobs;
    QAction *clearEndedJobs;
    QAction *about;
    QAction *aboutQt;
    QMenu *recentMenu; // filled by the window

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &tip);
    static void setTip(QAction *action, const QString &tip);

    QWidget *m_window;
};

} // namespace eg
