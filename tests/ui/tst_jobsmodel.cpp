// JobsModel: rows as values, replaced whole; texts of every column; removal of ended jobs.
#include "models/jobsmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace eg;

class TestJobsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void columns_data();
    void columns();
    void formatDuration_data();
    void formatDuration();
    void removeEndedKeepsActiveRowsInOrder();
};

static JobRow row(int id, JobState state, double fraction = 0.0)
{
    JobRow job;
    job.id = id;
    job.title = QStringLiteral("job %1").arg(id);
    job.state = state;
    job.fraction = fraction;
    return job;
}

void TestJobsModel::passesModelTester()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsert(row(1, JobState::Running));
    model.upsert(row(2, JobState::Running));
    model.upsert(row(3, JobState::Failed));
    model.upsert(row(2, JobState::Finished, 1.0)); // replaces, does not add
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.at(1).state, JobState::Finished);
    model.removeEnded();
    QCOMPARE(model.rowCount(), 1);
    model.upsert(row(4, JobState::Cancelled));
    model.removeEnded();
    QCOMPARE(model.rowCount(), 1);
}

void TestJobsModel::columns_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<double>("elapsed");
    QTest::addColumn<double>("eta");
    QTest::addColumn<QString>("progressText");
    QTest::addColumn<QString>("timeText");
    QTest::addColumn<QString>("stateText");

    // 0.999 shows 99 %: the bar never claims "100 %" before the job is done.
    QTest::newRow("running, estimate") << int(JobState::Running) << 0.25 << 10.0 << 30.0
                                       << "25 %" << "30 s left" << "Running";
    QTest::newRow("running, no estimate") << int(JobState::Running) << 0.0 << 0.2 << -1.0
                                          << "0 %" << "estimating…" << "Running";
    QTest::newRow("almost") << int(JobState::Running) << 0.999 << 100.0 << 0.1 << "99 %"
                            << "0 s left" << "Running";
    QTest::newRow("cancelling") << int(JobState::Cancelling) << 0.5 << 4.0 << 4.0 << "50 %"
                                << "4 s left" << "Cancelling…";
    QTest::newRow("finished: time taken") << int(JobState::Finished) << 1.0 << 125.0 << -1.0
                                          << "100 %" << "2 min 05 s" << "Finished";
    QTest::newRow("cancelled") << int(JobState::Cancelled) << 0.4 << 3.0 << -1.0 << "40 %"
                               << "3 s" << "Cancelled";
    QTest::newRow("failed") << int(JobState::Failed) << 0.1 << 1.0 << -1.0 << "10 %" << "1 s"
                            << "Failed";
}

void TestJobsModel::columns()
{
    QFETCH(int, state);
    QFETCH(double, fraction);
    QFETCH(double, elapsed);
    QFETCH(double, eta);
    JobsModel model;
    JobRow job = row(7, JobState(state), fraction);
    job.elapsedSeconds = elapsed;
    job.etaSeconds = eta;
    job.detail = QStringLiteral("why");
    model.upsert(job);

    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(JobsModel::TitleColumn), QStringLiteral("job 7"));
    QTEST(text(JobsModel::ProgressColumn), "progressText");
    QTEST(text(JobsModel::EtaColumn), "timeText");
    QTEST(text(JobsModel::StateColumn), "stateText");
    QCOMPARE(model.index(0, JobsModel::ProgressColumn).data(JobsModel::FractionRole).toDouble(),
             fraction);
    QVERIFY(!model.index(0, JobsModel::TitleColumn).data(JobsModel::FractionRole).isValid());
    QCOMPARE(model.index(0, JobsModel::StateColumn).data(JobsModel::IdRole).toInt(), 7);
    QCOMPARE(model.index(0, JobsModel::StateColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("why"));
}

void TestJobsModel::formatDuration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0 s";
    QTest::newRow("negative is zero") << -3.0 << "0 s";
    QTest::newRow("rounds down") << 59.4 << "59 s";
    QTest::newRow("rounds up to a minute") << 59.6 << "1 min 00 s";
    QTest::newRow("minutes") << 125.0 << "2 min 05 s";
    QTest::newRow("hour") << 3600.0 << "1 h 00 min";
    QTest::newRow("hours") << 7290.0 << "2 h 01 min";
}

void TestJobsModel::formatDuration()
{
    QFETCH(double, seconds);
    QTEST(JobsModel::formatDuration(seconds), "text");
}

void TestJobsModel::removeEndedKeepsActiveRowsInOrder()
{
    JobsModel model;
    model.upsert(row(1, JobState::Finished));
    model.upsert(row(2, JobState::Running));
    model.upsert(row(3, JobState::Cancelled));
    model.upsert(row(4, JobState::Cancelling));
    model.upsert(row(5, JobState::Failed));
    model.removeEnded();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.at(0).id, 2);
    QCOMPARE(model.at(1).id, 4);
    QCOMPARE(model.rowOf(4), 1);
    QCOMPARE(model.rowOf(1), -1);
}

QTEST_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
