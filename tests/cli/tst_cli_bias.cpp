// `equigraph-cli bias --aggregate`, run as the real program on the demo world: the probe over
// several seeds (--probe-seeds) and its argument check, and the graph-facts probe beside it
// (--whitelist).
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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

        // The graph-facts probe holds out the same people as the embedding probe (seed 1):
        // the same most-frequent-class rate. The demo's professions are planted with a gender
        // skew, so the people's facts tell more than guessing the commonest class.
        const QJsonObject facts = a.value(QStringLiteral("factProbe")).toObject();
        QCOMPARE(facts.value(QStringLiteral("majorityRate")).toDouble(),
                 maj.at(0).toDouble());
        QVERIFY(facts.value(QStringLiteral("accuracy")).toDouble() >
                facts.value(QStringLiteral("majorityRate")).toDouble() + 0.05);
        QVERIFY(facts.value(QStringLiteral("features")).toInt() > 0);
        QVERIFY(a.contains(QStringLiteral("factProbeMeanGap")));
    }

    // A whitelisted relation's triples are no facts: more are excluded, fewer remain. The
    // demo has 3000 people, each with one gender, religion and nationality triple (9000
    // excluded without a whitelist); lives_in adds one per person who has it.
    void whitelistExcludesFacts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("whitelist.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("relation lives_in  where a person lives may use the attribute (a test)\n");
        f.close();
        auto facts = [](const QStringList &extra) {
            QStringList args{QStringLiteral("bias"), QStringLiteral("--demo"),
                             QStringLiteral("--aggregate"), QStringLiteral("--json")};
            const eg::test::CliResult r = runCli(args + extra);
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("aggregate"))
                .toObject()
                .value(QStringLiteral("factProbe"))
                .toObject();
        };
        const QJsonObject plain = facts({});
        const QJsonObject listed = facts({QStringLiteral("--whitelist"), file});
        QCOMPARE(plain.value(QStringLiteral("excludedFacts")).toInt(), 9000);
        QVERIFY(listed.value(QStringLiteral("excludedFacts")).toInt() > 9000);
        QVERIFY(listed.value(QStringLiteral("meanFacts")).toDouble() <
                plain.value(QStringLiteral("meanFacts")).toDouble());
    }

    void missingWhitelistNamesTheFile()
    {
        const eg::test::CliResult r =
            runCli({QStringLiteral("bias"), QStringLiteral("--demo"), QStringLiteral("--aggregate"),
                    QStringLiteral("--whitelist"), QStringLiteral("/nonexistent/w.txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("/nonexistent/w.txt"));
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
