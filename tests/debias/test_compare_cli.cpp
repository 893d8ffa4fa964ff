// `equigraph-cli compare --demo` end to end: the JSON it prints, and that the KL + Attr model's
// gender difference in scores is much smaller than Basic's.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCompareCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demo();
    void usage();
};

void TestCompareCli::demo() {
    QProcess p;
    p.start(QStringLiteral(EG_CLI_PATH),
            {QStringLiteral("compare"), QStringLiteral("--demo"), QStringLiteral("--methods"),
             QStringLiteral("basic,kl-attr"), QStringLiteral("--threads"), QStringLiteral("2"),
             QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(240000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonArray methods = json.value(QStringLiteral("methods")).toArray();
    QCOMPARE(methods.size(), 2);
    const QJsonObject basic = methods[0].toObject(), attr = methods[1].toObject();
    QCOMPARE(basic.value(QStringLiteral("method")).toString(), QStringLiteral("basic"));
    QCOMPARE(attr.value(QStringLiteral("method")).toString(), QStringLiteral("kl-attr"));
    auto gender = [](const QJsonObject &row) {
        return row.value(QStringLiteral("scoreDifference"))
            .toObject()
            .value(QStringLiteral("gender"))
            .toDouble(1e9);
    };
    qInfo("gender difference Basic %.4f, KL + Attr %.4f; MRR %.4f / %.4f", gender(basic),
          gender(attr), basic.value(QStringLiteral("mrr")).toDouble(),
          attr.value(QStringLiteral("mrr")).toDouble());
    // "Much smaller": below a fifth (measured: about a twentieth, see test_debias_demo).
    QVERIFY(gender(basic) > 1.0);
    QVERIFY(std::abs(gender(attr)) < 0.2 * gender(basic));
    QVERIFY(attr.value(QStringLiteral("mrr")).toDouble() > 0.0);
    // KL + Attr is also ranked under its own rule; without a whitelist only the twins use the
    // attribute vectors, and no test triple is a twin, so the ranks are those of the plain
    // vectors (the MRR summed in another order: 1e-12).
    QVERIFY(!basic.contains(QStringLiteral("mrrAttributes")));
    QVERIFY(std::abs(attr.value(QStringLiteral("mrrAttributes")).toDouble(-1.0) -
                     attr.value(QStringLiteral("mrr")).toDouble()) < 1e-12);
    QVERIFY(attr.value(QStringLiteral("costRatio")).toDouble() > 0.0);
    // The probe: the means over five held-out splits (the default), each split listed; a sum
    // of five doubles: 1e-12.
    for (const QJsonObject &row : {basic, attr}) {
        QCOMPARE(row.value(QStringLiteral("probeSeeds")).toInt(), 5);
        const QJsonArray acc = row.value(QStringLiteral("probeAccuracies")).toArray();
        const QJsonArray maj = row.value(QStringLiteral("probeMajorityRates")).toArray();
        QCOMPARE(acc.size(), 5);
        QCOMPARE(maj.size(), 5);
        double a = 0.0, m = 0.0;
        for (int i = 0; i < 5; ++i) {
            a += acc.at(i).toDouble() / 5;
            m += maj.at(i).toDouble() / 5;
        }
        QVERIFY(std::abs(row.value(QStringLiteral("probeAccuracy")).toDouble() - a) < 1e-12);
        QVERIFY(std::abs(row.value(QStringLiteral("probeMajorityRate")).toDouble() - m) < 1e-12);
    }
    // The graph-facts probe over the same splits: the same mean most-frequent rate.
    const QJsonObject facts = json.value(QStringLiteral("factProbe")).toObject();
    QCOMPARE(facts.value(QStringLiteral("probeSeeds")).toInt(), 5);
    QVERIFY(std::abs(facts.value(QStringLiteral("majorityRate")).toDouble() -
                     basic.value(QStringLiteral("probeMajorityRate")).toDouble()) < 1e-12);
    // The measures say which score they read (the default: PyTorch-BigGraph's edge score).
    QCOMPARE(basic.value(QStringLiteral("scoreForm")).toString(), QStringLiteral("head"));
}

void TestCompareCli::usage() {
    QProcess p;
    p.start(QStringLiteral(EG_CLI_PATH), {QStringLiteral("compare"), QStringLiteral("--demo"),
                                          QStringLiteral("--methods"), QStringLiteral("nope")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1); // an unknown method is reported as an error by the engine side
    QVERIFY(p.readAllStandardError().contains("unknown method"));

    QProcess form;
    form.start(QStringLiteral(EG_CLI_PATH), {QStringLiteral("compare"), QStringLiteral("--demo"),
                                             QStringLiteral("--form"), QStringLiteral("sideways")});
    QVERIFY(form.waitForFinished(60000));
    QCOMPARE(form.exitCode(), 1);
    QVERIFY(form.readAllStandardError().contains("--form must be tail or head"));
}

QTEST_GUILESS_MAIN(TestCompareCli)
#include "test_compare_cli.moc"
