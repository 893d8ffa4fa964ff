#include "panels/jobspanel.h"

#include "jobcontroller.h"
#include "panels/progressdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace eg {

JobsPanel::JobsPanel(JobController *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_view(new QTableView(this))
{
    JobsModel *model = jobs->model();
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(JobsModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JobsModel::ProgressColumn, QHeaderView::Interactive);
    header->resizeSection(JobsModel::ProgressColumn, 160);
    header->setSectionResizeMode(JobsModel::EtaColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobsModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobsModel::CancelColumn, QHeaderView::ResizeToContents);

    auto *clear = new QPushButton(tr("Clear Ended Jobs"), this);
    clear->setToolTip(tr("Remove finished, cancelled and failed jobs from the list."));
    connect(clear, &QPushButton::clicked, jobs, &JobController::removeEnded);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { syncButtons(first, last); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                syncButtons(topLeft.row(), bottomRight.row());
            });
}

// A running job gets a Cancel button; it is disabled while the job stops and removed after.
void JobsPanel::syncButtons(int first, int last)
{
    const JobsModel *model = m_jobs->model();
    for (int row = first; row <= last; ++row) {
        const QModelIndex cell = model->index(row, JobsModel::CancelColumn);
        const JobRow &job = model->at(row);
        auto *button = qobject_cast<QPushButton *>(m_view->indexWidget(cell));
        if (!JobsModel::isActive(job.state)) {
            if (button)
                m_view->setIndexWidget(cell, nullptr);
            continue;
        }
        if (!button) {
            button = new QPushButton(tr("Cancel"));
            button->setToolTip(tr("Stop this job; its partial work is discarded."));
            const int id = job.id;
            connect(button, &QPushButton::clicked, m_jobs, [this, id] { m_jobs->cancel(id); });
            m_view->setIndexWidget(cell, button);
        }
        button->setEnabled(job.state == JobState::Running);
    }
}

} // namespace eg
