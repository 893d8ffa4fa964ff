// The trainer on a small synthetic image set (Gaussian blobs of 16 "pixels", 4 classes): the
// loss falls, embeddings separate the classes, epochs are reported, seeds reproduce, threads
// agree, cancellation; Adam's first steps by hand; the open/closed-world split.

#include "common/error.h"
#include "dml/adam.h"
#include "dml/dml_split.h"

#include <QTest>
#include <cmath>

using namespace eg;
using namespace eg::dml;

Q_DECLARE_METATYPE(eg::dml::BaseLoss)

namespace {

// `perClass` images per label 0 .. classes - 1: a class-specific pattern in [0, 1] plus noise.
ImageSet blobs(int classes, int perClass, quint64 seed)
{
    Rng rng(seed);
    Matrix centres(classes, 16);
    for (qint64 k = 0; k < centres.size(); ++k)
        centres.data()[k] = rng.uniform();
    ImageSet set;
    set.height = 4;
    set.width = 4;
    set.images.resize(qint64(classes) * perClass, 16);
    for (int i = 0; i < classes * perClass; ++i) {
        const int c = i % classes;
        set.labels.push_back(c);
        for (int k = 0; k < 16; ++k)
            set.images(i, k) = std::clamp(centres(c, k) + 0.15f * (rng.uniform() - 0.5f), 0.f, 1.f);
    }
    return set;
}

DmlSettings small(BaseLoss loss)
{
    DmlSettings settings;
    settings.widths = {16, 12, 6};
    settings.baseLoss = loss;
    settings.classesPerBatch = 4;
    settings.perClass = 8;
    settings.epochs = 6;
    settings.learningRate = 3e-3;
    return settings;
}

} // namespace

class TestDmlTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adamByHand();
    void learns_data();
    void learns();
    void reproducibleAndThreadIndependent();
    void cancels();
    void rejectsBadSettings();
    void splits();
};

void TestDmlTrainer::adamByHand()
{
    // g = 2 constant, lr 0.1: m-hat = 2 and v-hat = 4 after bias correction at every step, so
    // each step moves by lr * 2 / (2 + eps) = 0.1 (to 1e-8 relative).
    Adam adam(AdamSettings{0.1});
    const int block = adam.addBlock(2);
    float params[2] = {1.0f, -3.0f};
    const float grads[2] = {2.0f, -0.5f};
    adam.beginStep();
    adam.update(block, params, grads);
    QVERIFY(std::abs(params[0] - 0.9f) < 1e-6f);
    QVERIFY(std::abs(params[1] - -2.9f) < 1e-6f); // sign only: -0.5 moves by +lr
    adam.beginStep();
    adam.update(block, params, grads, 0.5); // scaled learning rate
    QVERIFY(std::abs(params[0] - 0.85f) < 1e-6f);
}

void TestDmlTrainer::learns_data()
{
    QTest::addColumn<BaseLoss>("loss");
    QTest::addColumn<bool>("tcm");
    QTest::newRow("ArcFace") << BaseLoss::ArcFace << false;
    QTest::newRow("ArcFace + TCM") << BaseLoss::ArcFace << true;
    QTest::newRow("Proxy-Anchor + TCM") << BaseLoss::ProxyAnchor << true;
}

void TestDmlTrainer::learns()
{
    QFETCH(BaseLoss, loss);
    QFETCH(bool, tcm);
    const ImageSet set = blobs(4, 64, 3);
    DmlSettings settings = small(loss);
    settings.useTcm = tcm;
    std::vector<EpochReport> reports;
    const DmlModel model =
        trainDml(set, settings, {}, [&](const EpochReport &r) { reports.push_back(r); });
    QCOMPARE(int(reports.size()), settings.epochs);
    QCOMPARE(reports.back().epoch, settings.epochs);
    QCOMPARE(model.history.size(), reports.size());
    QVERIFY2(
        reports.back().loss < 0.7 * reports.front().loss,
        qPrintable(QStringLiteral("%1 -> %2").arg(reports.front().loss).arg(reports.back().loss)));
    QCOMPARE(reports.back().tcmLoss > 0.0 || !tcm, true);
    if (!tcm)
        QCOMPARE(reports.back().tcmLoss, 0.0);
    QCOMPARE(model.classLabels, (std::vector<qint32>{0, 1, 2, 3}));
    // Separable blobs: nearest neighbours agree on the class.
    const Matrix embeddings = embedImages(model, set.images);
    for (int i = 0; i < embeddings.rows(); ++i)
        QVERIFY(std::abs(embeddings.row(i).norm() - 1.0f) < 1e-5f);
    const RetrievalResult retrieval = retrievalMetrics(embeddings, set.labels);
    QVERIFY2(retrieval.recallAt1 > 0.95, qPrintable(QString::number(retrieval.recallAt1)));
}

void TestDmlTrainer::reproducibleAndThreadIndependent()
{
    const ImageSet set = blobs(4, 32, 4);
    DmlSettings settings = small(BaseLoss::ArcFace);
    settings.useTcm = true;
    settings.epochs = 2;
    const DmlModel a = trainDml(set, settings);
    const DmlModel b = trainDml(set, settings);
    QCOMPARE(a.network.parameters().weights[0], b.network.parameters().weights[0]);
    QCOMPARE(a.classVectors, b.classVectors);
    // One thread sums the same gradients in another order: equal up to float rounding, which
    // after a few dozen Adam steps stays far below the 1e-3 used here.
    settings.threads = 1;
    const DmlModel c = trainDml(set, settings);
    QVERIFY(std::abs(c.history.back().loss - a.history.back().loss) <
            1e-3 * std::abs(a.history.back().loss));
    settings.seed = 2;
    const DmlModel d = trainDml(set, settings);
    QVERIFY(d.network.parameters().weights[0] != a.network.parameters().weights[0]);
}

void TestDmlTrainer::cancels()
{
    const ImageSet set = blobs(4, 32, 5);
    DmlSettings settings = small(BaseLoss::ArcFace);
    int epochs = 0;
    qint64 lastTotal = 0;
    const ProgressFn stopAfterFive = [&](qint64 done, qint64 total) {
        lastTotal = total;
        return done < 5;
    };
    QVERIFY_THROWS_EXCEPTION(
        Cancelled, trainDml(set, settings, stopAfterFive, [&](const EpochReport &) { ++epochs; }));
    QCOMPARE(lastTotal, qint64(settings.epochs) * (128 / 32)); // progress counts steps
    QCOMPARE(epochs, 1); // 4 steps per epoch: the first epoch finished, the stop came in the second
}

void TestDmlTrainer::rejectsBadSettings()
{
    const ImageSet set = blobs(4, 16, 6);
    DmlSettings settings = small(BaseLoss::ArcFace);
    settings.widths = {15, 6};
    QVERIFY_THROWS_EXCEPTION(Error, trainDml(set, settings));
    settings = small(BaseLoss::ArcFace);
    settings.classesPerBatch = 5; // only 4 classes
    QVERIFY_THROWS_EXCEPTION(Error, trainDml(set, settings));
    settings = small(BaseLoss::ArcFace);
    settings.epochs = 0;
    QVERIFY_THROWS_EXCEPTION(Error, trainDml(set, settings));
}

void TestDmlTrainer::splits()
{
    const ImageSet train = blobs(10, 3, 7);
    const ImageSet test = blobs(10, 2, 8);
    const DmlSplit open = makeSplit(train, test, WorldSplit::OpenWorld);
    QCOMPARE(open.train.size(), qint64(15));
    QCOMPARE(open.evaluation.size(), qint64(10));
    for (qint32 label : open.train.labels)
        QVERIFY(label < 5);
    for (qint32 label : open.evaluation.labels)
        QVERIFY(label >= 5);
    const DmlSplit closed = makeSplit(train, test, WorldSplit::ClosedWorld);
    QCOMPARE(closed.train.size(), qint64(30));
    QCOMPARE(closed.evaluation.size(), qint64(20));
    QVERIFY_THROWS_EXCEPTION(Error, makeSplit(train, test, WorldSplit::OpenWorld, 10));
}

QTEST_GUILESS_MAIN(TestDmlTrainer)
#include "test_dml_trainer.moc"
