// The runs table over a real session file: knowledge-graph runs and alignment runs, with
// QAbstractItemModelTester watching every change.
#include "embed/train.h"
#include "models/runrows.h"
#include "models/runsmodel.h"
#include "store/epochs.h"
#include "store/runs.h"
#include "store/session.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eg;

class TestRunsModel : public QObject
{
    Q_OBJECT

private:
    // A TransE run of `planned` epochs with `done` recorded epochs (loss 1/epoch), finished
    // when done == planned.
    static qint64 addKgRun(Session &session, int planned, int done)
    {
        TrainConfig config;
        config.model.type = ModelType::TransE;
        config.model.dim = 64;
        config.model.norm = 1;
        config.epochs = planned;
        const qint64 id = store::beginRun(session, config, std::nullopt, QStringLiteral("kg"));
        for (int e = 1; e <= done; ++e) {
            store::EpochRecord epoch;
            epoch.epoch = e;
            epoch.loss = 1.0 / e;
            store::appendEpoch(session, id, epoch);
        }
        if (done == planned)
            store::finishRun(session, id, store::RunStatus::Finished,
                             QJsonObject{{QStringLiteral("loss"), 0.125},
                                         {QStringLiteral("test"),
                                          QJsonObject{{QStringLiteral("mrr"), 0.25},
                                                      {QStringLiteral("hits10"), 0.5}}}});
        return id;
    }

    // An alignment run as core/align records it: no epochs, the model's figures under
    // "refined".
    static qint64 addAlignRun(Session &session, double mrr)
    {
        store::RunRecord run;
        run.label = QStringLiteral("align");
        run.model = QJsonObject{{QStringLiteral("type"), QStringLiteral("cg-mualign")},
                                {QStringLiteral("hidden"), 48}};
        run.config = QJsonObject{{QStringLiteral("epochs"), 20}};
        const qint64 id = store::beginRun(session, run);
        store::finishRun(session, id, store::RunStatus::Finished,
                         QJsonObject{{QStringLiteral("refined"),
                                      QJsonObject{{QStringLiteral("mrr"), mrr},
                                                  {QStringLiteral("hits10"), 0.99}}}});
        return id;
    }

    static QString cell(const RunsModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void showsBothKinds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Session session = Session::create(dir.filePath(QStringLiteral("s.equigraph")));
        addKgRun(session, 3, 3);
        addAlignRun(session, 0.875);

        RunsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(readRunRows(session));
        QCOMPARE(model.rowCount(), 2);

        QCOMPARE(cell(model, 0, RunsModel::ModelColumn), QStringLiteral("TransE L1 · 64"));
        QCOMPARE(cell(model, 0, RunsModel::EpochsColumn), QStringLiteral("3 / 3"));
        QCOMPARE(cell(model, 0, RunsModel::MrrColumn), QStringLiteral("0.250"));
        // A finished run shows its final loss, not the last epoch's (1/3).
        QCOMPARE(cell(model, 0, RunsModel::LossColumn), QStringLiteral("0.125"));

        // The alignment run is named as such, finished all its planned epochs and shows the
        // refined model's MRR (it records no per-epoch rows and no loss).
        QCOMPARE(cell(model, 1, RunsModel::ModelColumn), QStringLiteral("CG-MuAlign · 48"));
        QCOMPARE(cell(model, 1, RunsModel::EpochsColumn), QStringLiteral("20 / 20"));
        QCOMPARE(cell(model, 1, RunsModel::MrrColumn), QStringLiteral("0.875"));
        QCOMPARE(cell(model, 1, RunsModel::LossColumn), QStringLiteral("–"));
        QCOMPARE(model.data(model.index(1, RunsModel::MrrColumn), RunsModel::SortRole).toDouble(),
                 0.875);
    }

    void updatesInPlace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Session session = Session::create(dir.filePath(QStringLiteral("s.equigraph")));
        const qint64 running = addKgRun(session, 4, 1);

        RunsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(readRunRows(session, [&](qint64 id) { return id == running; }));
        QCOMPARE(cell(model, 0, RunsModel::EpochsColumn), QStringLiteral("1 / 4"));
        QCOMPARE(cell(model, 0, RunsModel::StatusColumn), QStringLiteral("Running"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store::EpochRecord epoch;
        epoch.epoch = 2;
        epoch.loss = 0.5;
        store::appendEpoch(session, running, epoch);
        addAlignRun(session, 0.5);
        model.setRows(readRunRows(session, [&](qint64 id) { return id == running; }));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(cell(model, 0, RunsModel::EpochsColumn), QStringLiteral("2 / 4"));
        QCOMPARE(cell(model, 1, RunsModel::ModelColumn), QStringLiteral("CG-MuAlign · 48"));

        // Without a live job the run that is still "running" in the file was cut short.
        model.setRows(readRunRows(session));
        QCOMPARE(cell(model, 0, RunsModel::StatusColumn), QStringLiteral("Interrupted"));
    }

    // A cancelled run stores no sentence; its tooltip says it in the reader's language. A run
    // that failed keeps the message it stored.
    void cancelledAndFailedTooltips()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Session session = Session::create(dir.filePath(QStringLiteral("s.equigraph")));
        const qint64 cancelled = addKgRun(session, 5, 2);
        store::finishRun(session, cancelled, store::RunStatus::Cancelled, QJsonObject{});
        const qint64 failed = addKgRun(session, 5, 1);
        store::finishRun(session, failed, store::RunStatus::Failed, QJsonObject{},
                         QStringLiteral("the loss diverged at epoch 2"));

        RunsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(readRunRows(session));
        QCOMPARE(cell(model, 0, RunsModel::StatusColumn), QStringLiteral("Cancelled"));
        const QString tip = model.data(model.index(0, 0), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Cancelled by the user")), qPrintable(tip));
        const QString failedTip = model.data(model.index(1, 0), Qt::ToolTipRole).toString();
        QVERIFY2(failedTip.endsWith(QStringLiteral("the loss diverged at epoch 2")),
                 qPrintable(failedTip));
        QVERIFY(!failedTip.contains(QStringLiteral("Cancelled")));
    }
};

QTEST_MAIN(TestRunsModel)
#include "tst_runsmodel.moc"
