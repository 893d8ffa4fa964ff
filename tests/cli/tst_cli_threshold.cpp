// `equigraph-cli opis` and `equigraph-cli dml`, run as the real program on tiny inputs.
//
// The hand-made fixture (five unit vectors in the plane, --bins 2 so every reading is a
// straight line inside one bin of width 1):
//   class 0: three items at angle 0 (distance 0 between them, bin 0)
//   class 1: items at 50 and 130 degrees (distance 2 sin 40 = 1.286 between them, bin 1)
//   negatives: 0 to 50 degrees = 2 sin 25 = 0.845 (bin 0), 0 to 130 = 2 sin 65 = 1.813 (bin 1),
//              three pairs each, the same six pairs for both classes.
// Reading inside a bin interpolates linearly, so for d in [0, 1]:
//   global FAR(d) = 3/6 d  ->  calibration range [0.02, 0.2] for FAR 1e-2 .. 1e-1
//   TPR_0 = d (3 pairs at 0 in bin 0), TPR_1 = 0, pooled TPR = 3 d / 4, TNR = 1 - d / 2 for all
//   U = 2 TPR TNR / (TPR + TNR) (F1); U_1 = 0.
//   OPIS = mean over 101 thresholds of ((U_0 - Ubar)^2 + (0 - Ubar)^2) / 2
//   eps-OPIS (worst ceil(0.1 * 2) = 1 class: class 1) = mean of (0 - U_0)^2
// Retrieval: class-0 items find each other (3 hits); the 50-degree item's nearest is a class-0
// item (miss, AP 0); the 130-degree item's nearest is the 50-degree one (hit, AP 1):
// Recall@1 = MAP@R = 4 / 5.
#include "clirun.h"
#include "embed/model_file.h"
#include "embed/npy.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace eg;

namespace {

using Result = test::CliResult;

Result runCli(const QStringList &arguments, int timeoutMs = 120000)
{
    return test::runCli(arguments, timeoutMs);
}

QJsonObject json(const Result &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QString planeFixture()
{
    return test::writeTempFile(QStringLiteral("plane.csv"),
                               "label,x,y\n"
                               "0,1,0\n"
                               "0,1,0\n"
                               "0,1,0\n"
                               "1,0.6427876097,0.7660444431\n"
                               "1,-0.6427876097,0.7660444431\n");
}

double f1(double tpr, double tnr)
{
    return tpr + tnr > 0 ? 2 * tpr * tnr / (tpr + tnr) : 0.0;
}

// The closed forms of the file comment.
void expectedPlane(double *opis, double *epsOpis)
{
    double sumOpis = 0, sumEps = 0;
    for (int k = 0; k <= 100; ++k) {
        const double d = 0.02 + 0.18 * k / 100.0;
        const double tnr = 1 - d / 2;
        const double u0 = f1(d, tnr), bar = f1(0.75 * d, tnr);
        sumOpis += ((u0 - bar) * (u0 - bar) + bar * bar) / 2;
        sumEps += u0 * u0;
    }
    *opis = sumOpis / 101;
    *epsOpis = sumEps / 101;
}

} // namespace

class TestCliThreshold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opisHandMade();
    void opisEqualClassesIsZero();
    void opisWritesCurvesAndJson();
    void opisNpyWithLabels();
    void opisModelTypes();
    void opisErrors_data();
    void opisErrors();
    void dmlSyntheticAgreesWithOpis();
    void dmlUsage_data();
    void dmlUsage();
};

void TestCliThreshold::opisHandMade()
{
    const Result r = runCli({QStringLiteral("opis"), planeFixture(), QStringLiteral("--bins"),
                             QStringLiteral("2"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    double opis = 0, eps = 0;
    expectedPlane(&opis, &eps);
    // The program computes the same sums in a different order from float distances that are
    // exact to ~1e-7 inside their bins; 1e-9 absolute leaves room for that only.
    QVERIFY(opis > 1e-3); // the fixture is not trivially consistent
    QVERIFY2(std::abs(o[QStringLiteral("opis")].toDouble() - opis) < 1e-9, r.out.constData());
    QVERIFY(std::abs(o[QStringLiteral("epsOpis")].toDouble() - eps) < 1e-9);
    const QJsonArray range = o[QStringLiteral("calibrationRange")].toArray();
    QVERIFY(std::abs(range[0].toDouble() - 0.02) < 1e-12);
    QVERIFY(std::abs(range[1].toDouble() - 0.2) < 1e-12);
    QCOMPARE(o[QStringLiteral("recallAt1")].toDouble(), 0.8);
    QCOMPARE(o[QStringLiteral("mapAtR")].toDouble(), 0.8);
    QCOMPARE(o[QStringLiteral("items")].toInt(), 5);
    QCOMPARE(o[QStringLiteral("eligibleClasses")].toInt(), 2);
    QCOMPARE(o[QStringLiteral("worstClasses")].toArray(), QJsonArray{1});
    const QJsonArray classes = o[QStringLiteral("classes")].toArray();
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes[0].toObject()[QStringLiteral("items")].toInt(), 3);
    QCOMPARE(classes[1].toObject()[QStringLiteral("meanUtility")].toDouble(), 0.0);
    QCOMPARE(classes[1].toObject()[QStringLiteral("recallAt1")].toDouble(), 0.5);

    // The text form shows the same figures.
    const Result text = runCli({QStringLiteral("opis"), planeFixture(), QStringLiteral("--bins"),
                                QStringLiteral("2")});
    QCOMPARE(text.exitCode, 0);
    const QByteArray opisLine = QByteArray("OPIS      ") + QByteArray::number(opis, 'f', 5);
    QVERIFY(text.out.contains(opisLine));
    QVERIFY(text.out.contains("Recall@1  0.8000"));
}

void TestCliThreshold::opisEqualClassesIsZero()
{
    // Two classes that are mirror images: every class has the same distances, so OPIS = 0.
    const QString path = test::writeTempFile(QStringLiteral("mirror.csv"),
                                             "0,1,0\n0,0.8,0.6\n1,-1,0\n1,-0.8,0.6\n");
    const Result r = runCli({QStringLiteral("opis"), path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r)[QStringLiteral("opis")].toDouble(), 0.0);
    QCOMPARE(json(r)[QStringLiteral("epsOpis")].toDouble(), 0.0);
}

void TestCliThreshold::opisWritesCurvesAndJson()
{
    QTemporaryDir dir;
    const QString curves = dir.filePath(QStringLiteral("curves.csv"));
    const QString output = dir.filePath(QStringLiteral("metrics.json"));
    const Result r = runCli({QStringLiteral("opis"), planeFixture(), QStringLiteral("--bins"),
                             QStringLiteral("2"), QStringLiteral("--curves"), curves,
                             QStringLiteral("--rates"), QStringLiteral("--output"), output});
    QCOMPARE(r.exitCode, 0);
    QFile file(curves);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 102); // header + 101 thresholds
    QCOMPARE(lines[0], QByteArray("threshold,pooled,0,1,tpr_0,tnr_0,tpr_1,tnr_1"));
    // First threshold 0.02: TPR_0 = 0.02, TNR = 0.99, U_1 = 0.
    const QList<QByteArray> first = lines[1].split(',');
    QCOMPARE(first.size(), 8);
    QVERIFY(std::abs(first[0].toDouble() - 0.02) < 1e-12);
    QVERIFY(std::abs(first[2].toDouble() - f1(0.02, 0.99)) < 1e-9);
    QCOMPARE(first[3].toDouble(), 0.0);
    QVERIFY(std::abs(first[4].toDouble() - 0.02) < 1e-9);
    QVERIFY(std::abs(first[5].toDouble() - 0.99) < 1e-9);
    QFile metrics(output);
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(metrics.readAll()).object();
    QCOMPARE(o[QStringLiteral("settings")].toObject()[QStringLiteral("bins")].toInt(), 2);
    QVERIFY(o[QStringLiteral("opis")].toDouble() > 1e-3);
}

void TestCliThreshold::opisNpyWithLabels()
{
    // The plane fixture as .npy + labels file: the same figures as from the CSV.
    QTemporaryDir dir;
    Matrix m(5, 2);
    m << 1, 0, 1, 0, 1, 0, 0.6427876097f, 0.7660444431f, -0.6427876097f, 0.7660444431f;
    const QString npy = dir.filePath(QStringLiteral("plane.npy"));
    writeNpy(npy, m);
    const QString labels = test::writeTempFile(QStringLiteral("plane.labels"), "0\n0\n0\n1\n1\n");
    const Result r = runCli({QStringLiteral("opis"), npy, QStringLiteral("--labels"), labels,
                             QStringLiteral("--bins"), QStringLiteral("2"),
                             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    double opis = 0, eps = 0;
    expectedPlane(&opis, &eps);
    QVERIFY(std::abs(json(r)[QStringLiteral("opis")].toDouble() - opis) < 1e-9);
    QCOMPARE(json(r)[QStringLiteral("recallAt1")].toDouble(), 0.8);
    // One label too few: the error names the labels file.
    const QString shortLabels = test::writeTempFile(QStringLiteral("short.labels"), "0\n0\n1\n");
    const Result bad = runCli({QStringLiteral("opis"), npy, QStringLiteral("--labels"),
                               shortLabels});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("short.labels"), bad.err.constData());
}

void TestCliThreshold::opisModelTypes()
{
    // Entity types as classes: keys "a/..", "b/.." (prefix) and one untyped entity.
    QTemporaryDir dir;
    Vocabulary entities, relations;
    for (const char *key : {"a/1", "a/2", "b/1", "b/2", "loner"})
        entities.insert(key);
    relations.insert("r");
    Model m;
    m.spec = {ModelType::TransE, 2, 1, false};
    m.entities.resize(5, 2);
    m.entities << 1, 0, 1, 0.1f, 0, 1, 0.1f, 1, 1, 1;
    m.relations = Matrix::Ones(1, 2);
    const QString model = dir.filePath(QStringLiteral("m.egm"));
    saveModel(model, m, entities, relations);
    const Result r = runCli({QStringLiteral("opis"), model, QStringLiteral("--types"),
                             QStringLiteral("prefix"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[QStringLiteral("items")].toInt(), 4);
    const QJsonArray classes = o[QStringLiteral("classes")].toArray();
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("a"));
    QCOMPARE(classes[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("b"));
    // Mirror images again (a and b swap x and y): OPIS 0; each item's nearest is its twin.
    QCOMPARE(o[QStringLiteral("opis")].toDouble(), 0.0);
    QCOMPARE(o[QStringLiteral("recallAt1")].toDouble(), 1.0);

    // A types file: the same split, named otherwise; a line without a tab names the line.
    const QString types = test::writeTempFile(QStringLiteral("types.tsv"),
                                              "# entity\ttype\na/1\tx\na/2\tx\nb/1\ty\nb/2\ty\n");
    const Result named = runCli({QStringLiteral("opis"), model, QStringLiteral("--types"), types,
                                 QStringLiteral("--json")});
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(json(named)[QStringLiteral("classes")].toArray()[1].toObject()[QStringLiteral(
                 "name")]
                 .toString(),
             QStringLiteral("y"));
    const QString bad = test::writeTempFile(QStringLiteral("bad-types.tsv"), "a/1\tx\na/2 x\n");
    const Result failed = runCli({QStringLiteral("opis"), model, QStringLiteral("--types"), bad});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("bad-types.tsv:2"), failed.err.constData());
}

void TestCliThreshold::opisErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("ragged line") << QByteArray("0,1,0\n1,0\n") << QStringList() << 1
                                 << QByteArray("ragged.csv:2");
    // Class 1 has one item, so no positive pair: only class 0 is eligible.
    QTest::newRow("one eligible class") << QByteArray("0,1,0\n0,0,1\n1,1,1\n") << QStringList()
                                        << 1 << QByteArray("two classes");
    QTest::newRow("bad distance") << QByteArray("0,1,0\n1,0,1\n")
                                  << QStringList{QStringLiteral("--distance"),
                                                 QStringLiteral("manhattan")}
                                  << 2 << QByteArray("--distance");
    QTest::newRow("npy without labels") << QByteArray() << QStringList() << 1
                                        << QByteArray("--labels");
}

void TestCliThreshold::opisErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const QString name = csv.isEmpty() ? QStringLiteral("x.npy")
                         : QByteArray(QTest::currentDataTag()) == "ragged line"
                             ? QStringLiteral("ragged.csv")
                             : QStringLiteral("input.csv");
    const QString path = test::writeTempFile(name, csv);
    const Result r = runCli(QStringList{QStringLiteral("opis"), path} + options);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCliThreshold::dmlSyntheticAgreesWithOpis()
{
    // One short run on the built-in synthetic set; the evaluation embeddings it writes give the
    // same OPIS through `opis` as `dml` reported (same histograms, same defaults).
    QTemporaryDir dir;
    const Result r = runCli({QStringLiteral("dml"), QStringLiteral("--data"),
                             QStringLiteral("synthetic"), QStringLiteral("--epochs"),
                             QStringLiteral("2"), QStringLiteral("--seeds"), QStringLiteral("4"),
                             QStringLiteral("--hidden"), QStringLiteral("32"),
                             QStringLiteral("--dim"), QStringLiteral("8"),
                             QStringLiteral("--embeddings"), dir.path(),
                             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[QStringLiteral("seeds")].toArray().size(), 1);
    QCOMPARE(o[QStringLiteral("evaluationImages")].toInt(), 1000); // 5 unseen classes x 200
    const QJsonObject base = o[QStringLiteral("baseMean")].toObject();
    const QJsonObject tcm = o[QStringLiteral("tcmMean")].toObject();
    for (const QJsonObject &f : {base, tcm}) {
        QVERIFY(f[QStringLiteral("opis")].toDouble() > 0.0);
        QVERIFY(f[QStringLiteral("recallAt1")].toDouble() > 0.2); // chance is 0.2
        QVERIFY(f[QStringLiteral("recallAt1")].toDouble() <= 1.0);
    }
    const double change = (tcm[QStringLiteral("opis")].toDouble() -
                           base[QStringLiteral("opis")].toDouble()) /
                          base[QStringLiteral("opis")].toDouble();
    QCOMPARE(o[QStringLiteral("opisChange")].toDouble(), change);
    const Result again = runCli({QStringLiteral("opis"),
                                 dir.filePath(QStringLiteral("seed4-tcm.csv")),
                                 QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    // The CSV holds the embeddings to 7 significant digits: a few float roundings in the
    // distances may move a pair across a bin edge, so agreement to 1e-4 relative is asked.
    const double viaOpis = json(again)[QStringLiteral("opis")].toDouble();
    QVERIFY2(std::abs(viaOpis - tcm[QStringLiteral("opis")].toDouble()) <=
                 1e-4 * viaOpis,
             qPrintable(QStringLiteral("%1 vs %2").arg(viaOpis).arg(
                 tcm[QStringLiteral("opis")].toDouble())));
}

void TestCliThreshold::dmlUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("loss") << QStringList{QStringLiteral("--loss"), QStringLiteral("triplet")} << 2
                          << QByteArray("--loss");
    QTest::newRow("seeds") << QStringList{QStringLiteral("--seeds"), QStringLiteral("1,x")} << 2
                           << QByteArray("--seeds");
    QTest::newRow("missing data") << QStringList{QStringLiteral("--data"),
                                                 QStringLiteral("/nonexistent/fmnist")}
                                  << 1 << QByteArray("/nonexistent/fmnist");
}

void TestCliThreshold::dmlUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Result r = runCli(QStringList{QStringLiteral("dml")} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliThreshold)
#include "tst_cli_threshold.moc"
