#include "panels/statusline.h"

#include "jobcontroller.h"
#include "workspace.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace eg {

StatusLine::StatusLine(QStatusBar *bar, Workspace *workspace, JobController *jobs)
    : QObject(bar)
    , m_bar(bar)
    , m_workspace(workspace)
    , m_data(new QLabel(bar))
    , m_jobs(new QLabel(bar))
{
    bar->addPermanentWidget(m_data);
    bar->addPermanentWidget(m_jobs);
    connect(workspace, &Workspace::graphChanged, this, &StatusLine::showData);
    connect(jobs, &JobController::activeCountChanged, this, &StatusLine::showJobs);
    showData();
    showJobs(jobs->activeCount());
}

QString StatusLine::dataText() const
{
    return m_data->text();
}

QString StatusLine::jobsText() const
{
    return m_jobs->text();
}

void StatusLine::showMessage(LogLevel level, const QString &text)
{
    const QString shown = level == LogLevel::Error ? tr("Error: %1").arg(text) : text;
    m_bar->showMessage(shown, level == LogLevel::Error ? 10000 : 5000);
}

void StatusLine::showData()
{
    const auto &graph = m_workspace->graph();
    if (!graph) {
        m_data->setText(tr("No data set loaded"));
        return;
    }
    m_data->setText(tr("%1: %2 entities, %3 triples")
                        .arg(m_workspace->graphName(), QLocale().toString(graph->entityCount()),
                             QLocale().toString(graph->tripleCount())));
}

void StatusLine::showJobs(int running)
{
    m_jobs->setText(running == 0 ? tr("No jobs running") : tr("%n job(s) running", "", running));
}

} // namespace eg
