#pragma once

#include "common/error.h"
#include "jobs/async.h"
#include "models/jobsmodel.h"
#include "models/logmodel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>

namespace eg {

// Runs long engine work off the GUI thread and keeps the jobs table up to date. Every job is a
// QFuture watched by a QFutureWatcher: progress moves the row's bar and time estimate, Cancel
// cancels the future (the engine's ProgressFn then returns false and the work throws
// eg::Cancelled), and the end of the job delivers its result on the GUI thread.
class JobController : public QObject
{
    Q_OBJECT
public:
    explicit JobController(QObject *parent = nullptr);
    // Cancels the jobs still running and waits for them, so no work outlives the window.
    ~JobController() override;

    JobsModel *model() const { return m_model; }

    // Watches `future`; `onResult` runs on the GUI thread when it ends with a result.
    template<typename T>
    int start(const QString &title, QFuture<T> future,
              std::function<void(const T &)> onResult = {});

    // Runs `work(const ProgressFn &) -> T` (a synchronous engine function) through eg::runAsync.
    template<typename T, typename Work>
    int run(const QString &title, Work work, std::function<void(const T &)> onResult = {})
    {
        return start<T>(title, runAsync<T>(std::move(work)), std::move(onResult));
    }

    void cancel(int id);
    void cancelAll();
    void removeEnded() { m_model->removeEnded(); }
    int activeCount() const { return int(m_active.size()); }
    bool isActive(int id) const { return m_active.count(id) > 0; }

Q_SIGNALS:
    void message(eg::LogLevel level, const QString &text);
    void activeCountChanged(int count);
    void jobEnded(int id, eg::JobState state);

private:
    struct Entry
    {
        QFutureWatcherBase *watcher = nullptr;
        QElapsedTimer clock;
        JobRow row;
    };

    int begin(const QString &title, QFutureWatcherBase *watcher);
    void updateProgress(int id);
    // The watcher reported `finished`. Ends a job that was cancelled or failed and returns false;
    // returns true when the future holds a result (the caller delivers it, then calls end()).
    bool hasResult(int id);
    void end(int id, JobState state, const QString &detail = {});

    JobsModel *m_model;
    // Qt drops a future's progress signal that comes within 40 ms of the previous one and sends
    // no later one, so a job that reports and then waits would show a stale bar: while jobs run,
    // the rows are also refreshed from the futures' current values (and elapsed times) by timer.
    QTimer m_refresh;
    std::map<int, Entry> m_active;
    int m_nextId = 1;
};

template<typename T>
int JobController::start(const QString &title, QFuture<T> future,
                         std::function<void(const T &)> onResult)
{
    auto *watcher = new QFutureWatcher<T>(this);
    const int id = begin(title, watcher);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, id, watcher, onResult = std::move(onResult)] {
                if (!hasResult(id))
                    return;
                try {
                    if (onResult)
                        onResult(watcher->result());
                } catch (const Error &error) {
                    end(id, JobState::Failed, error.describe());
                    return;
                }
                end(id, JobState::Finished);
            });
    watcher->setFuture(future);
    return id;
}

} // namespace eg
