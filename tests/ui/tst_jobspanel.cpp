// JobsPanel: what the table shows while a job runs, and what Cancel does.
#include "jobcontroller.h"
#include "panels/jobspanel.h"

#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTableView>
#include <QtTest>

#include <atomic>

using namespace eg;

class TestJobsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsAdvancingProgress();
    void cancelButtonCancelsTheFuture();
};

static QString cell(const JobsPanel &panel, int column)
{
    return panel.view()->model()->index(0, column).data().toString();
}

// A job that reports 25 %, then 75 %, each time waiting for the test to let it go on.
void TestJobsPanel::showsAdvancingProgress()
{
    QSemaphore step; // outlives the controller, which waits for the job
    JobController jobs;
    JobsPanel panel(&jobs);
    panel.resize(800, 200);
    panel.show();
    // On a failed check the test returns early: let the job finish, or ~JobController would
    // wait for it for ever.
    const auto unblock = qScopeGuard([&step] { step.release(2); });
    jobs.run<int>(QStringLiteral("Load FB15k-237"), [&step](const ProgressFn &progress) {
        progress(250, 1000);
        step.acquire();
        progress(750, 1000);
        step.acquire();
        return 0;
    });
    QCOMPARE(cell(panel, JobsModel::TitleColumn), QStringLiteral("Load FB15k-237"));
    QTRY_COMPARE(cell(panel, JobsModel::ProgressColumn), QStringLiteral("25 %"));
    QCOMPARE(cell(panel, JobsModel::StateColumn), QStringLiteral("Running"));
    const QModelIndex cancelCell = panel.view()->model()->index(0, JobsModel::CancelColumn);
    auto *button = qobject_cast<QPushButton *>(panel.view()->indexWidget(cancelCell));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Cancel"));
    QVERIFY(!panel.grab().isNull()); // paints the progress bar delegate

    // Released at once after the 25 % step was seen, so the 75 % step comes within Qt's 40 ms
    // throttle of progress signals and is dropped there: the refresh timer still shows it.
    step.release();
    QTRY_COMPARE(cell(panel, JobsModel::ProgressColumn), QStringLiteral("75 %"));
    step.release();
    QTRY_COMPARE(cell(panel, JobsModel::StateColumn), QStringLiteral("Finished"));
    QCOMPARE(cell(panel, JobsModel::ProgressColumn), QStringLiteral("100 %"));
    QVERIFY(!panel.view()->indexWidget(cancelCell)); // no Cancel on an ended job
}

void TestJobsPanel::cancelButtonCancelsTheFuture()
{
    JobController jobs;
    JobsPanel panel(&jobs);
    panel.resize(800, 200);
    panel.show();
    std::atomic<bool> started{false};
    QFuture<int> future = runAsync<int>([&started](const ProgressFn &progress) {
        started = true;
        Progress p(progress, 1000);
        for (qint64 i = 0;; ++i) {
            p.report(i % 1000);
            QThread::usleep(200);
        }
        return 0;
    });
    jobs.start<int>(QStringLiteral("Endless"), future);
    QTRY_VERIFY(started.load());

    const QModelIndex cancelCell = panel.view()->model()->index(0, JobsModel::CancelColumn);
    auto *button = qobject_cast<QPushButton *>(panel.view()->indexWidget(cancelCell));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(future.isCanceled());
    QTRY_COMPARE(cell(panel, JobsModel::StateColumn), QStringLiteral("Cancelled"));
    QVERIFY(!panel.view()->indexWidget(cancelCell));

    // "Clear Ended Jobs" removes the row.
    QPushButton *clear = nullptr;
    for (QPushButton *candidate : panel.findChildren<QPushButton *>())
        if (candidate->text() == QStringLiteral("Clear Ended Jobs"))
            clear = candidate;
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(panel.view()->model()->rowCount(), 0);
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
