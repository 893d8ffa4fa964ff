#include "mainactions.h"

#include "datacontroller.h"
#include "pages/workbenchtabs.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QWidget>

namespace eg {

namespace {

QString saveTip()
{
    return MainActions::tr("Every change is saved at once; this also folds the write-ahead log "
                           "into the session file.");
}

QString trainTip()
{
    return MainActions::tr("Train an embedding model on the data set in use; the run and every "
                           "epoch are recorded in the session.");
}

} // namespace

MainActions::MainActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QStyle *style = window->style();
    newSession = make(tr("&New Session…"), Qt::CTRL | Qt::Key_N,
                      tr("Start a new session file; the data set in use is recorded in it."));
    newSession->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    openSession = make(tr("&Open Session…"), Qt::CTRL | Qt::Key_O,
                       tr("Open a session file with its runs and review decisions."));
    openSession->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    openTriplesFolder = make(tr("Open Triples &Folder…"), Qt::CTRL | Qt::SHIFT | Qt::Key_O,
                             tr("Load a folder holding train, valid and test triples files."));
    openTriplesFolder->setIcon(style->standardIcon(QStyle::SP_DirOpenIcon));
    openTriplesFile = make(tr("Open Triples F&ile…"), {},
                           tr("Load one file of tab-separated head, relation, tail triples."));
    openTriplesFile->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    loadDemo = make(tr("Load the &Demo World"), {},
                    tr("Generate the built-in synthetic demo world (seeded, always the same)."));
    loadDemo->setIcon(style->standardIcon(QStyle::SP_ComputerIcon));
    save = make(tr("&Save Session"), Qt::CTRL | Qt::Key_S, saveTip());
    save->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    saveAs = make(tr("Save Session &As…"), Qt::CTRL | Qt::SHIFT | Qt::Key_S,
                  tr("Save the session to a new file."));
    preferences = make(tr("&Preferences…"), Qt::CTRL | Qt::Key_Comma,
                       tr("Language and other settings of the user interface."));
    quit = make(tr("&Quit"), Qt::CTRL | Qt::Key_Q, tr("Quit Equigraph."));
    quit->setMenuRole(QAction::QuitRole);

    workbenchGroup = new QActionGroup(this);
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < WorkbenchTabs::WorkbenchCount; ++i) {
        const auto workbench = WorkbenchTabs::Workbench(i);
        const QString title = WorkbenchTabs::title(workbench);
        QAction *action = make(title, Qt::CTRL | keys[i],
                               tr("Switch to the %1 workbench.").arg(title));
        action->setCheckable(true);
        action->setData(i);
        workbenchGroup->addAction(action);
        workbenches << action;
    }
    workbenches.front()->setChecked(true);

    train = make(tr("&Train a Model…"), Qt::CTRL | Qt::Key_T, trainTip());
    train->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
    cancelAllJobs = make(tr("&Cancel All Jobs"), {}, tr("Stop every running job."));
    clearEndedJobs = make(tr("C&lear Ended Jobs"), {},
                          tr("Remove finished, cancelled and failed jobs from the list."));
    about = make(tr("&About Equigraph"), Qt::Key_F1, tr("Version and purpose of Equigraph."));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"), {}, tr("The Qt version Equigraph runs on."));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    recentMenu = new QMenu(tr("&Recent Sessions"), window);
}

void MainActions::setTip(QAction *action, const QString &tip)
{
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

QAction *MainActions::make(const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, m_window);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    // Shortcuts work wherever the focus is inside the window, menus open or not.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

void MainActions::applyAvailability(const DataController &data)
{
    using Capability = DataController::Capability;
    const std::pair<QAction *, Capability> needs[] = {
        {openTriplesFolder, Capability::LoadTriples}, {openTriplesFile, Capability::LoadTriples},
        {loadDemo, Capability::LoadDemo},
    };
    for (const auto &[action, capability] : needs) {
        const bool can = data.can(capability);
        action->setEnabled(can);
        if (!can) {
            action->setToolTip(DataController::missingText(capability));
            action->setStatusTip(DataController::missingText(capability));
        }
    }
}

void MainActions::applyWorkspace(const Workspace &workspace)
{
    const bool writable = workspace.hasSession() && !workspace.isReadOnly();
    save->setEnabled(writable);
    if (!workspace.hasSession())
        setTip(save, tr("No session is open."));
    else if (workspace.isReadOnly())
        setTip(save, tr("The session is read-only; use Save As to continue in a copy."));
    else
        setTip(save, saveTip());

    train->setEnabled(workspace.graph() && !workspace.isReadOnly());
    if (workspace.isReadOnly())
        setTip(train, tr("The session is read-only: a run could not be recorded. Use Save As "
                         "to continue in a writable copy."));
    else if (!workspace.graph())
        setTip(train, tr("Load a data set (or the demo world) first."));
    else
        setTip(train, trainTip());
}

void MainActions::buildMenus(QMenuBar *bar, const QList<QAction *> &viewExtras)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({newSession, openSession});
    file->addMenu(recentMenu);
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addActions({openTriplesFolder, openTriplesFile, loadDemo});
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions(workbenches);
    view->addSeparator();
    view->addActions(viewExtras);

    QMenu *jobs = bar->addMenu(tr("&Jobs"));
    jobs->addAction(train);
    jobs->addSeparator();
    jobs->addActions({cancelAllJobs, clearEndedJobs});

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});
}

} // namespace eg
