// `equigraph-cli bias --aggregate`, run as the real program on the demo world: the probe over
// several seeds (--probe-seeds) and its argument check.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <cmath>

using eg::test::runCli;

class TestCliBias : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Three seeds: three held-out splits, the first one the single-seed figure, and the mean
    // gap the mean of accuracy minus most-frequent rate over the three (sums of three doubles:
    // 1e-12).
    void probeSeeds()
    {
        const eg::test::CliResult r = runCli({QStringLiteral("bias"), QStringLiteral("--demo"),
                                 QStringLiteral("--aggregate"), QStringLiteral("--probe-seeds"),
                                 QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject a =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("aggregate")).toObject();
        const QJsonArray acc = a.value(QStringLiteral("probeAccuracies")).toArray();
        const QJsonArray maj = a.value(QStringLiteral("probeMajorityRates")).toArray();
        QCOMPARE(acc.size(), 3);
        QCOMPARE(maj.size(), 3);
        QCOMPARE(acc.at(0).toDouble(), a.value(QStringLiteral("probeAccuracy")).toDouble());
        QCOMPARE(maj.at(0).toDouble(), a.value(QStringLiteral("probeMajorityRate")).toDouble());
        // Different seeds hold out different people: the majority rates are not all equal.
        QVERIFY(maj.at(0).toDouble() != maj.at(1).toDouble() ||
                maj.at(1).toDouble() != maj.at(2).toDouble());
        double gap = 0.0;
        for (int i = 0; i < 3; ++i)
            gap += (acc.at(i).toDouble() - maj.at(i).toDouble()) / 3.0;
        QVERIFY(std::abs(a.value(QStringLiteral("probeMeanGap")).toDouble(-1.0) - gap) < 1e-12);
    }

    void probeSeedsMustBePositive()
    {
        const eg::test::CliResult r = runCli({QStringLiteral("bias"), QStringLiteral("--demo"),
                                 QStringLiteral("--aggregate"), QStringLiteral("--probe-seeds"),
                                 QStringLiteral("0")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--probe-seeds must be at least 1"));
    }
};

QTEST_GUILESS_MAIN(TestCliBias)
#include "tst_cli_bias.moc"
