#include "pages/bias/sweepjob.h"

#include "jobcontroller.h"

namespace eg {

SweepJob::SweepJob(JobController *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    connect(m_jobs, &JobController::jobEnded, this, [this](int id, JobState) {
        if (id != m_jobId)
            return;
        m_jobId = -1;
        Q_EMIT ended(m_points);
    });
}

SweepJob::~SweepJob()
{
    if (m_jobId < 0)
        return;
    m_future.cancel();
    try {
        m_future.waitForFinished();
    } catch (...) {
        // The sweep's error no longer matters.
    }
}

int SweepJob::start(const QString &title, const std::vector<double> &weights, SweepStep step)
{
    if (isRunning() || weights.empty() || !step)
        return -1;
    auto work = [this, weights, step](const ProgressFn &progress) {
        const qint64 n = qint64(weights.size());
        int points = 0;
        for (qint64 i = 0; i < n; ++i) {
            // Each step's own progress becomes its share of the whole sweep.
            const ProgressFn inner = [&progress, i, n](qint64 done, qint64 total) {
                const qint64 part = total > 0 ? qBound(qint64(0), done * 1000 / total, qint64(1000))
                                              : 0;
                return progress(i * 1000 + part, n * 1000);
            };
            if (!progress(i * 1000, n * 1000))
                throw Cancelled();
            const SweepPoint point = step(weights[size_t(i)], inner);
            ++points;
            QMetaObject::invokeMethod(
                this,
                [this, point] {
                    ++m_points;
                    Q_EMIT pointReady(point);
                },
                Qt::QueuedConnection);
        }
        progress(n * 1000, n * 1000);
        return points;
    };
    m_points = 0;
    m_future = runAsync<int>(std::move(work));
    m_jobId = m_jobs->start<int>(title, m_future);
    Q_EMIT started(m_jobId);
    return m_jobId;
}

} // namespace eg
