#include "panels/statusline.h"

#include "jobcontroller.h"
#include "theme.h"
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace eg {

StatusLine::StatusLine(QStatusBar *bar, Workspace *workspace, JobController *jobs)
    : QObject(bar)
    , m_bar(bar)
    , m_workspace(workspace)
    , m_session(new QLabel(bar))
    , m_data(new QLabel(bar))
    , m_jobs(new QLabel(bar))
{
    bar->addPermanentWidget(m_session);
    bar->addPermanentWidget(m_data);
    bar->addPermanentWidget(m_jobs);
    connect(workspace, &Workspace::sessionChanged, this, &StatusLine::showSession);
    connect(workspace, &Workspace::graphChanged, this, &StatusLine::showData);
    connect(jobs, &JobController::activeCountChanged, this, &StatusLine::showJobs);
    showSession();
    showData();
    showJobs(jobs->activeCount());
}

QString StatusLine::sessionText() const
{
    return m_session->text();
}

QString StatusLine::sessionToolTip() const
{
    return m_session->toolTip();
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

void StatusLine::showSession()
{
    QPalette palette = m_bar->palette();
    if (!m_workspace->hasSession()) {
        m_session->setText(tr("No session"));
        m_session->setToolTip({});
    } else {
        const QString name = QFileInfo(m_workspace->sessionPath()).fileName();
        if (m_workspace->isReadOnly()) {
            m_session->setText(tr("%1 (read-only)").arg(name));
            m_session->setToolTip(tr("Read-only: %1").arg(m_workspace->readOnlyReason()));
            palette.setColor(QPalette::WindowText, theme::warningColor(palette));
        } else {
            m_session->setText(name);
            m_session->setToolTip(tr("Session file %1; every change is saved at once.")
                                      .arg(QDir::toNativeSeparators(m_workspace->sessionPath())));
        }
    }
    m_session->setPalette(palette);
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
