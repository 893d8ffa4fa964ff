#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace eg {

class RunsModel;
class TrainingService;
class Workspace;

// The training runs of the open session (model, status, epochs, final metrics, start time),
// with a button that opens the Train dialog. Follows the session as runs start, record epochs
// and end (refreshes are gathered, at most a few per second).
class RunsPanel : public QWidget
{
    Q_OBJECT
public:
    RunsPanel(Workspace *workspace, TrainingService *training, QAction *train,
              QWidget *parent = nullptr);

    RunsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Reads the runs again now (otherwise done shortly after the session changes).
    void refresh();

private:
    void scheduleRefresh();

    Workspace *m_workspace;
    TrainingService *m_training;
    RunsModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QTimer *m_timer;
};

} // namespace eg
