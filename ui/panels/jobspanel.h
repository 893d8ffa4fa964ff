#pragma once

#include <QWidget>

class QTableView;

namespace eg {

class JobController;

// Every job of this run: title, progress bar, time left or taken, state, and a Cancel button
// while it runs.
class JobsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPanel(JobController *jobs, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void syncButtons(int first, int last);

    JobController *m_jobs;
    QTableView *m_view;
};

} // namespace eg
