// JobController: results, failures and cancellation of jobs run through eg::runAsync, and the
// rows and log messages they produce.
#include "jobcontroller.h"
#include "jobs/progress.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThreadPool>
#include <QtTest>

#include <atomic>

using namespace eg;

Q_DECLARE_METATYPE(eg::JobState)
Q_DECLARE_METATYPE(eg::LogLevel)

class TestJobController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deliversResult();
    void errorFailsTheJob();
    void cancelEndsCancelled();
    void progressMovesRowAndEstimate();
    void destructorStopsRunningJobs();
};

void TestJobController::initTestCase()
{
    qRegisterMetaType<JobState>();
    qRegisterMetaType<LogLevel>();
}

void TestJobController::deliversResult()
{
    JobController jobs;
    QAbstractItemModelTester tester(jobs.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ended(&jobs, &JobController::jobEnded);
    int delivered = 0;
    const int id = jobs.run<int>(
        QStringLiteral("answer"),
        [](const ProgressFn &progress) {
            Progress p(progress, 4);
            for (int i = 1; i <= 4; ++i)
                p.report(i);
            return 42;
        },
        [&delivered](const int &value) { delivered = value; });
    QCOMPARE(jobs.activeCount(), 1);
    QVERIFY(ended.wait(10000));
    QCOMPARE(delivered, 42);
    QCOMPARE(ended.at(0).at(0).toInt(), id);
    QCOMPARE(ended.at(0).at(1).value<JobState>(), JobState::Finished);
    QCOMPARE(jobs.activeCount(), 0);
    const JobRow &row = jobs.model()->at(0);
    QCOMPARE(row.state, JobState::Finished);
    QCOMPARE(row.fraction, 1.0);
}

void TestJobController::errorFailsTheJob()
{
    JobController jobs;
    QSignalSpy ended(&jobs, &JobController::jobEnded);
    QSignalSpy messages(&jobs, &JobController::message);
    bool delivered = false;
    jobs.run<int>(
        QStringLiteral("broken input"),
        [](const ProgressFn &) -> int {
            throw Error(QStringLiteral("two fields"), QStringLiteral("f.tsv"), 3);
        },
        [&delivered](const int &) { delivered = true; });
    QVERIFY(ended.wait(10000));
    QVERIFY(!delivered);
    QCOMPARE(ended.at(0).at(1).value<JobState>(), JobState::Failed);
    const JobRow &row = jobs.model()->at(0);
    QCOMPARE(row.state, JobState::Failed);
    QCOMPARE(row.detail, QStringLiteral("f.tsv:3: two fields"));
    const QList<QVariant> last = messages.last();
    QCOMPARE(last.at(0).value<LogLevel>(), LogLevel::Error);
    QVERIFY(last.at(1).toString().contains(QStringLiteral("f.tsv:3: two fields")));
}

void TestJobController::cancelEndsCancelled()
{
    JobController jobs;
    QSignalSpy ended(&jobs, &JobController::jobEnded);
    std::atomic<bool> started{false};
    bool delivered = false;
    // Works until told to stop: the ProgressFn returns false after cancel() and Progress
    // throws eg::Cancelled.
    QFuture<int> future = runAsync<int>([&started](const ProgressFn &progress) {
        Progress p(progress, 1000000);
        for (qint64 i = 0;; i = (i + 1) % 1000000) {
            started = true;
            p.report(i);
            QThread::usleep(100);
        }
        return 0;
    });
    const int id = jobs.start<int>(QStringLiteral("endless"), future,
                                   [&delivered](const int &) { delivered = true; });
    QTRY_VERIFY(started.load());
    jobs.cancel(id);
    QCOMPARE(jobs.model()->at(0).state, JobState::Cancelling);
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(1).value<JobState>(), JobState::Cancelled);
    QVERIFY(future.isCanceled());
    QVERIFY(!delivered);
    QCOMPARE(jobs.model()->at(0).state, JobState::Cancelled);
    jobs.cancel(id); // cancelling an ended job does nothing
    QCOMPARE(jobs.model()->at(0).state, JobState::Cancelled);
}

void TestJobController::progressMovesRowAndEstimate()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    const int poolSize = pool->maxThreadCount();
    JobController jobs;
    QSemaphore reported, release;
    jobs.run<int>(QStringLiteral("stepwise"), [&](const ProgressFn &progress) {
        QThread::msleep(600); // past the half second below which no estimate is given
        progress(250, 1000);
        reported.release();
        release.acquire();
        return 1;
    });
    QVERIFY(reported.tryAcquire(1, 10000));
    // A running job does not take one of the pool's threads from painting (see jobcontroller).
    QCOMPARE(pool->maxThreadCount(), poolSize + 1);
    QTRY_COMPARE(jobs.model()->at(0).fraction, 0.25);
    const JobRow row = jobs.model()->at(0);
    QVERIFY(row.elapsedSeconds >= 0.6);
    // Straight line: a quarter done after t seconds leaves 3 t.
    QVERIFY(qAbs(row.etaSeconds - 3.0 * row.elapsedSeconds) < 1e-9);
    QCOMPARE(jobs.model()->index(0, JobsModel::ProgressColumn).data().toString(),
             QStringLiteral("25 %"));
    release.release();
    QTRY_COMPARE(jobs.model()->at(0).state, JobState::Finished);
    QCOMPARE(pool->maxThreadCount(), poolSize);
}

void TestJobController::destructorStopsRunningJobs()
{
    std::atomic<bool> started{false}, stopped{false};
    auto *jobs = new JobController;
    jobs->run<int>(QStringLiteral("endless"), [&](const ProgressFn &progress) {
        started = true;
        while (progress(1, 2))
            QThread::usleep(100);
        stopped = true;
        throw Cancelled();
        return 0;
    });
    QTRY_VERIFY(started.load());
    delete jobs; // cancels and waits
    QVERIFY(stopped.load());
}

QTEST_MAIN(TestJobController)
#include "tst_jobcontroller.moc"
