#include "panels/runspanel.h"

#include "common/error.h"
#include "models/runsmodel.h"
#include "services/trainingservice.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace eg {

RunsPanel::RunsPanel(Workspace *workspace, TrainingService *training, QAction *train,
                     QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_training(training)
    , m_model(new RunsModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RunsModel::LabelColumn, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *button = new QToolButton(this);
    button->setDefaultAction(train);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &RunsPanel::refresh);
    connect(workspace, &Workspace::sessionChanged, this, &RunsPanel::refresh);
    connect(workspace, &Workspace::sessionEdited, this, &RunsPanel::scheduleRefresh);
    // A run's "live" flag changes when its job ends, even when nothing was recorded.
    connect(training, &TrainingService::started, this, &RunsPanel::scheduleRefresh);
    connect(training, &TrainingService::cancelled, this, &RunsPanel::scheduleRefresh);
    connect(training, &TrainingService::failed, this, &RunsPanel::scheduleRefresh);
    connect(training, &TrainingService::finished, this, &RunsPanel::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
    refresh();
}

void RunsPanel::scheduleRefresh()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void RunsPanel::refresh()
{
    m_timer->stop();
    std::vector<RunRow> rows;
    QString empty;
    if (!m_workspace->hasSession()) {
        empty = tr("No session is open.");
    } else {
        try {
            rows = readRunRows(m_workspace->session(),
                               [this](qint64 id) { return m_training->isRecording(id); });
        } catch (const Error &error) {
            empty = tr("The runs could not be read: %1").arg(error.describe());
        }
        if (rows.empty() && empty.isEmpty())
            empty = tr("No training runs in this session yet. Load a data set, then train a "
                       "model: each run and every epoch is recorded here.");
    }
    m_model->setRows(std::move(rows));
    m_empty->setText(empty);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
}

} // namespace eg
