// `equigraph-cli align` on the demo world's two views: it trains (a few epochs), evaluates and
// writes the run and its review candidates (scores + attention weights) into a session; --json
// carries every metric; wrong arguments exit with 2, a bad folder with 1.
#include "clirun.h"
#include "store/candidates.h"
#include "store/decisions.h"
#include "store/runs.h"
#include "store/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace eg;

namespace {

using Outcome = test::CliResult;

Outcome runCli(const QStringList &arguments) {
    return test::runCli(QStringList{QStringLiteral("align")} + arguments);
}

} // namespace

class TestAlignCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoWritesSession();
    void usageErrors_data();
    void usageErrors();
    void badFolderFails();
};

void TestAlignCli::demoWritesSession() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.equigraph"));
    const Outcome o =
        runCli({QStringLiteral("--demo"), QStringLiteral("--epochs"), QStringLiteral("10"),
                QStringLiteral("--session"), path, QStringLiteral("--json")});
    QVERIFY2(o.exitCode == 0, o.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(o.out).object();
    QVERIFY2(!json.isEmpty(), o.out.constData());
    const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
    for (const char *variant : {"names", "model", "refined"}) {
        const QJsonObject m = metrics.value(QLatin1String(variant)).toObject();
        for (const char *key : {"hits1", "hits10", "mrr", "precision", "recall", "f1", "prauc",
                                "recallAtPrecision"}) {
            QVERIFY2(m.contains(QLatin1String(key)), key);
            const double v = m.value(QLatin1String(key)).toDouble();
            QVERIFY2(v >= 0.0 && v <= 1.0, key);
        }
        // Hits@10 >= Hits@1 by definition; MRR lies between Hits@1 and 1.
        QVERIFY(m.value(QStringLiteral("hits10")).toDouble() >=
                m.value(QStringLiteral("hits1")).toDouble());
        QVERIFY(m.value(QStringLiteral("mrr")).toDouble() >=
                m.value(QStringLiteral("hits1")).toDouble());
    }
    // The demo's names are noisy on purpose but not useless: ten epochs rank most test
    // entities' partners first (measured .85 refined; a loose floor against a broken run).
    QVERIFY(metrics.value(QStringLiteral("refined"))
                .toObject()
                .value(QStringLiteral("hits1"))
                .toDouble() > 0.5);

    Session session = Session::open(path);
    const std::vector<store::RunRecord> runs = store::runs(session);
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].status, store::RunStatus::Finished);
    QCOMPARE(runs[0].model.value(QStringLiteral("type")).toString(), QStringLiteral("cg-mualign"));
    QCOMPARE(runs[0].id, qint64(json.value(QStringLiteral("runId")).toInteger()));
    const std::vector<store::CandidateRecord> candidates = store::candidates(session, runs[0].id);
    QCOMPARE(qint64(candidates.size()), json.value(QStringLiteral("candidates")).toInteger());
    QVERIFY(qint64(candidates.size()) >= json.value(QStringLiteral("testEntities")).toInteger());
    int withNeighbours = 0;
    for (const store::CandidateRecord &c : candidates) {
        QCOMPARE(c.status, store::CandidateStatus::Pending);
        QVERIFY(c.score >= 0.0 && c.score <= 1.0);
        const QJsonObject a = c.attention.toObject();
        QCOMPARE(a.value(QStringLiteral("score")).toDouble(), c.score);
        const QJsonArray sides = a.value(QStringLiteral("neighbours")).toArray();
        QCOMPARE(sides.size(), 2);
        for (const QJsonValue &side : sides) {
            const QJsonArray list = side.toArray();
            if (list.isEmpty())
                continue;
            ++withNeighbours;
            // gamma is normalised per side (align_inference.h): sums to 1 up to float rounding.
            double sum = 0;
            for (const QJsonValue &n : list) {
                const double g = n.toObject().value(QStringLiteral("gamma")).toDouble();
                QVERIFY(g >= 0.0);
                sum += g;
                QVERIFY(!n.toObject().value(QStringLiteral("name")).toString().isEmpty());
            }
            QVERIFY2(std::abs(sum - 1.0) < 1e-4, qPrintable(QString::number(sum)));
        }
    }
    QVERIFY(withNeighbours > int(candidates.size())); // most pairs have neighbours on both sides
    QVERIFY(store::auditTrail(session).empty());
}

void TestAlignCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("demo and folder") << QStringList{QStringLiteral("--demo"), QStringLiteral("x")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--frobnicate")};
}

void TestAlignCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QCOMPARE(runCli(arguments).exitCode, 2);
}

void TestAlignCli::badFolderFails() {
    QTemporaryDir dir;
    const Outcome o = runCli({dir.path()});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.err.contains("align"));
    const Outcome bad =
        runCli({QStringLiteral("--demo"), QStringLiteral("--threshold"), QStringLiteral("2")});
    QCOMPARE(bad.exitCode, 1); // an option value out of range is reported as an error
    QVERIFY(bad.err.contains("--threshold"));
}

QTEST_GUILESS_MAIN(TestAlignCli)
#include "tst_align_cli.moc"
