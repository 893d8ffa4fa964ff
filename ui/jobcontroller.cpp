#include "jobcontroller.h"

#include <QThreadPool>

namespace eg {

namespace {

// The message of the exception a finished future holds, or an empty string when it has none.
// The future has ended, so waitForFinished() does not block; it rethrows the stored exception.
QString storedError(QFutureWatcherBase *watcher)
{
    try {
        watcher->waitForFinished();
    } catch (const Error &error) {
        return error.describe();
    } catch (const Cancelled &) {
        return {};
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

// Qt 6.4's raster paint engine splits large fills into tasks on QThreadPool::globalInstance()
// and blocks the GUI thread until they have run, while eg::runAsync runs jobs on that same pool.
// With every pool thread busy on a job, painting (and so the event loop) would stall until a job
// ended. So the pool gets one more thread for each running job: jobs never take the threads
// that painting needs.
void growPool(int threads)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    pool->setMaxThreadCount(pool->maxThreadCount() + threads);
}

} // namespace

JobController::JobController(QObject *parent)
    : QObject(parent)
    , m_model(new JobsModel(this))
{
    m_refresh.setInterval(200);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        for (const auto &[id, entry] : m_active)
            updateProgress(id);
    });
}

JobController::~JobController()
{
    for (auto &[id, entry] : m_active) {
        entry.watcher->disconnect(this);
        entry.watcher->cancel();
    }
    for (auto &[id, entry] : m_active)
        storedError(entry.watcher); // waits; the error no longer matters
    growPool(-int(m_active.size()));
}

int JobController::begin(const QString &title, QFutureWatcherBase *watcher)
{
    const int id = m_nextId++;
    Entry &entry = m_active[id];
    entry.watcher = watcher;
    entry.clock.start();
    entry.row.id = id;
    entry.row.title = title;
    growPool(1);
    m_model->upsert(entry.row);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, id] { updateProgress(id); });
    m_refresh.start();
    Q_EMIT message(LogLevel::Info, tr("Started: %1").arg(title));
    Q_EMIT activeCountChanged(activeCount());
    return id;
}

void JobController::updateProgress(int id)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return;
    Entry &entry = found->second;
    const int minimum = entry.watcher->progressMinimum();
    const int range = entry.watcher->progressMaximum() - minimum;
    if (range <= 0)
        return;
    const double fraction =
        qBound(0.0, double(entry.watcher->progressValue() - minimum) / range, 1.0);
    const double elapsed = entry.clock.elapsed() / 1000.0;
    entry.row.fraction = fraction;
    entry.row.elapsedSeconds = elapsed;
    // Straight-line estimate; below 1 % done (or in the first half second) it is mostly noise.
    entry.row.etaSeconds =
        fraction >= 0.01 && elapsed >= 0.5 ? elapsed * (1.0 - fraction) / fraction : -1.0;
    m_model->upsert(entry.row);
}

bool JobController::hasResult(int id)
{
    const auto found = m_active.find(id);
    if (found == m_active.end())
        return false;
    QFutureWatcherBase *watcher = found->second.watcher;
    // Cancelled first, as in Qt's primecounter example: a cancelled future has no result.
    // Qt also marks a future that ended with an exception as cancelled; that one failed.
    if (watcher->isCanceled()) {
        const QString error = storedError(watcher);
        if (error.isEmpty())
            end(id, JobState::Cancelled);
        else
            end(id, JobState::Failed, error);
        return false;
    }
    return true;
}

void JobController::end(int id, JobState state, const QString &detail)
{
    const auto found = m_active.find(id);
    Entry entry = found->second;
    m_active.erase(found);
    if (m_active.empty())
        m_refresh.stop();
    entry.watcher->deleteLater();
    growPool(-1);

    entry.row.state = state;
    entry.row.detail = detail;
    entry.row.elapsedSeconds = entry.clock.elapsed() / 1000.0;
    entry.row.etaSeconds = -1.0;
    if (state == JobState::Finished)
        entry.row.fraction = 1.0;
    m_model->upsert(entry.row);

    const QString took = JobsModel::formatDuration(entry.row.elapsedSeconds);
    switch (state) {
    case JobState::Finished:
        Q_EMIT message(LogLevel::Info, tr("Finished in %1: %2").arg(took, entry.row.title));
        break;
    case JobState::Cancelled:
        Q_EMIT message(LogLevel::Warning, tr("Cancelled: %1").arg(entry.row.title));
        break;
    default:
        Q_EMIT message(LogLevel::Error, tr("Failed: %1: %2").arg(entry.row.title, detail));
        break;
    }
    Q_EMIT activeCountChanged(activeCount());
    Q_EMIT jobEnded(id, state);
}

void JobController::cancel(int id)
{
    const auto found = m_active.find(id);
    if (found == m_active.end() || found->second.row.state == JobState::Cancelling)
        return;
    found->second.row.state = JobState::Cancelling;
    m_model->upsert(found->second.row);
    found->second.watcher->cancel();
}

void JobController::cancelAll()
{
    std::vector<int> ids;
    for (const auto &[id, entry] : m_active)
        ids.push_back(id);
    for (int id : ids)
        cancel(id);
}

} // namespace eg
