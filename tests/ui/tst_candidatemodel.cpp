// The alignment review queue (ui/models/candidatemodel.h) over hand-made candidates: the queue
// orders, the mark and tooltip of pairs whose refined and model scores disagree, and blind mode.
#include "models/candidatemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace eg;

namespace {

CandidateRow pair(qint64 id, double refined, double model)
{
    CandidateRow row;
    row.id = id;
    row.score = refined;
    row.probability = model;
    row.nameCosine = 0.5;
    row.left.name = QStringLiteral("left %1").arg(id);
    row.right.name = QStringLiteral("right %1").arg(id);
    return row;
}

// Four pairs (refined, model): 1 (0.90, 0.85), 2 (0.967, 0.026), 3 (0.30, 0.90), 4 (0.12, 0.20).
// Apart by 0.05, 0.941, 0.60, 0.08; only pair 2 has one score >= 0.75 and the other <= 0.25.
std::vector<CandidateRow> fourPairs()
{
    return {pair(1, 0.90, 0.85), pair(2, 0.967, 0.026), pair(3, 0.30, 0.90), pair(4, 0.12, 0.20)};
}

QList<qint64> queue(const CandidateModel &model)
{
    QList<qint64> ids;
    for (int p = 0; p < model.rowCount(); ++p)
        ids << model.candidate(p).id;
    return ids;
}

} // namespace

class TestCandidateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orders_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("by score") << int(CandidateModel::ByScore) << QList<qint64>{2, 1, 3, 4};
        // Uncertainty 1 - 2|score - 0.5|: 0.2, 0.066, 0.6, 0.24.
        QTest::newRow("by uncertainty")
            << int(CandidateModel::ByUncertainty) << QList<qint64>{3, 4, 1, 2};
        QTest::newRow("as listed") << int(CandidateModel::ByEntity) << QList<qint64>{1, 2, 3, 4};
        QTest::newRow("disagreeing first")
            << int(CandidateModel::ByDisagreement) << QList<qint64>{2, 3, 4, 1};
    }

    void orders()
    {
        QFETCH(int, order);
        QFETCH(QList<qint64>, expected);
        CandidateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(fourPairs());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setOrder(CandidateModel::Order(order));
        QCOMPARE(queue(model), expected);
        QCOMPARE(reset.count(), order == int(CandidateModel::ByScore) ? 0 : 1);
        for (int p = 0; p < model.rowCount(); ++p)
            QCOMPARE(model.positionOf(model.candidate(p).id), p);
    }

    void disagreement_data()
    {
        QTest::addColumn<double>("refined");
        QTest::addColumn<double>("modelScore");
        QTest::addColumn<bool>("disagree");
        QTest::newRow("the demo's case") << 0.967 << 0.026 << true;
        QTest::newRow("the other way round") << 0.10 << 0.80 << true;
        QTest::newRow("both bounds") << 0.75 << 0.25 << true;
        QTest::newRow("refined short of 0.75") << 0.74 << 0.10 << false;
        QTest::newRow("model above 0.25") << 0.95 << 0.26 << false;
        QTest::newRow("agree high") << 0.90 << 0.85 << false;
        QTest::newRow("agree low") << 0.05 << 0.20 << false;
    }

    void disagreement()
    {
        QFETCH(double, refined);
        QFETCH(double, modelScore);
        QFETCH(bool, disagree);
        QCOMPARE(pair(1, refined, modelScore).scoresDisagree(), disagree);
        CandidateModel model;
        model.setCandidates({pair(1, refined, modelScore)});
        const QModelIndex score = model.index(0, CandidateModel::ScoreColumn);
        const QString number = QString::number(refined, 'f', 3);
        QCOMPARE(model.data(score).toString(), disagree ? QStringLiteral("≠ ") + number : number);
        const QString tip = model.data(score, Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("refined %1 · model %2 · names 0.500")
                                    .arg(number, QString::number(modelScore, 'f', 3))),
                 qPrintable(tip));
        QCOMPARE(tip.contains(QStringLiteral("disagree")), disagree);
    }

    // Blind mode hides the mark and the tooltip with the score; the queue order stays.
    void blindHidesTheMark()
    {
        CandidateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(fourPairs());
        model.setOrder(CandidateModel::ByDisagreement);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setBlind(true);
        QCOMPARE(changed.count(), 1);
        const QModelIndex score = model.index(0, CandidateModel::ScoreColumn);
        QCOMPARE(model.candidate(0).id, qint64(2));
        QVERIFY(model.data(score).toString().isEmpty());
        QVERIFY(!model.data(score, Qt::ToolTipRole).isValid());
        QVERIFY(!model.data(score, CandidateModel::ScoreRole).isValid());
        model.setBlind(false);
        QCOMPARE(model.data(score).toString(), QStringLiteral("≠ 0.967"));
    }
};

QTEST_MAIN(TestCandidateModel)
#include "tst_candidatemodel.moc"
