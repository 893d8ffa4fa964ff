#pragma once

#include "models/logmodel.h"

#include <QObject>

class QLabel;
class QStatusBar;

namespace eg {

class JobController;
class Workspace;

// The status bar: the session file (marked when read-only), the data set in use and the number
// of running jobs, always shown, and the latest log message for a few seconds.
class StatusLine : public QObject
{
    Q_OBJECT
public:
    StatusLine(QStatusBar *bar, Workspace *workspace, JobController *jobs);

    QString sessionText() const;
    QString sessionToolTip() const;
    QString dataText() const;
    QString jobsText() const;

public Q_SLOTS:
    void showMessage(eg::LogLevel level, const QString &text);

private:
    void showSession();
    void showData();
    void showJobs(int running);

    QStatusBar *m_bar;
    Workspace *m_workspace;
    QLabel *m_session;
    QLabel *m_data;
    QLabel *m_jobs;
};

} // namespace eg
