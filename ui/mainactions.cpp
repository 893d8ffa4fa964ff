#include "mainactions.h"

#include "datacontroller.h"
#include "pages/workbenchtabs.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QWidget>

namespace eg {

MainActions::MainActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    QStyle *style = window->style();
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
    save = make(tr("&Save Session"), Qt::CTRL | Qt::Key_S, tr("Save the session file."));
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

    cancelAllJobs = make(tr("&Cancel All Jobs"), {}, tr("Stop every running job."));
    clearEndedJobs = make(tr("C&lear Ended Jobs"), {},
                          tr("Remove finished, cancelled and failed jobs from the list."));
    about = make(tr("&About Equigraph"), Qt::Key_F1, tr("Version and purpose of Equigraph."));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"), {}, tr("The Qt version Equigraph runs on."));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    recentMenu = new QMenu(tr("&Recent Sessions"), window);
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
        {loadDemo, Capability::LoadDemo},             {openSession, Capability::OpenSession},
        {save, Capability::SaveSession},              {saveAs, Capability::SaveSession},
    };
    for (const auto &[action, capability] : needs) {
        const bool can = data.can(capability);
        action->setEnabled(can);
        if (!can) {
            action->setToolTip(DataController::missingText(capability));
            action->setStatusTip(DataController::missingText(capability));
        }
    }
    recentMenu->setEnabled(data.can(Capability::OpenSession));
}

void MainActions::buildMenus(QMenuBar *bar, const QList<QAction *> &viewExtras)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({openSession, openTriplesFolder, openTriplesFile, loadDemo});
    file->addMenu(recentMenu);
    file->addSeparator();
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions(workbenches);
    view->addSeparator();
    view->addActions(viewExtras);

    QMenu *jobs = bar->addMenu(tr("&Jobs"));
    jobs->addActions({cancelAllJobs, clearEndedJobs});

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});
}

} // namespace eg
