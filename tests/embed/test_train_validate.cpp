// eg::validate and the input checks of eg::train: every invalid setting is named in the
// eg::Error message, and the valid defaults pass.

#include "common/error.h"
#include "embed/train.h"

#include <QTest>
#include <cmath>
#include <functional>

using namespace eg;

using Mutation = std::function<void(TrainConfig &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestTrainValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValid();
    void invalid_data();
    void invalid();
    void badInputs();
};

void TestTrainValidate::defaultsAreValid()
{
    TrainConfig c;
    validate(c);
    c.loss = LossType::SelfAdversarial;
    validate(c);
    c.loss = LossType::Softmax;
    c.model.type = ModelType::ComplEx;
    validate(c);
}

void TestTrainValidate::invalid_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, Mutation m, const char *message) {
        QTest::newRow(name) << m << QString::fromLatin1(message);
    };
    row(
        "dim 0", [](TrainConfig &c) { c.model.dim = 0; }, "dimension must be between 1");
    row(
        "norm 3", [](TrainConfig &c) { c.model.norm = 3; }, "TransE norm must be 1 or 2");
    row(
        "epochs -1", [](TrainConfig &c) { c.epochs = -1; }, "epochs must not be negative");
    row(
        "batch size -1", [](TrainConfig &c) { c.batchSize = -1; }, "batch size");
    row(
        "batches 0", [](TrainConfig &c) { c.batchesPerEpoch = 0; }, "batches per epoch");
    row(
        "lr 0", [](TrainConfig &c) { c.learningRate = 0.0f; }, "learning rate");
    row(
        "lr nan", [](TrainConfig &c) { c.learningRate = NAN; }, "learning rate");
    row(
        "margin inf", [](TrainConfig &c) { c.margin = INFINITY; }, "margin must be finite");
    row(
        "margin 0", [](TrainConfig &c) { c.margin = 0.0f; }, "margin must be positive");
    row(
        "temperature -1", [](TrainConfig &c) { c.adversarialTemperature = -1.0f; },
        "adversarial temperature");
    row(
        "regularization -1", [](TrainConfig &c) { c.regularization = -1.0f; }, "regularization");
    row(
        "warm-up nan", [](TrainConfig &c) { c.warmupEpochs = NAN; }, "warm-up epochs");
    row(
        "init -1", [](TrainConfig &c) { c.initScale = -1.0f; }, "init scale");
    row(
        "threads -1", [](TrainConfig &c) { c.threads = -1; }, "threads must not be negative");
    row(
        "negatives 0", [](TrainConfig &c) { c.negatives = 0; },
        "negatives must be between 1 and 65536 for the margin loss");
    row(
        "negatives huge",
        [](TrainConfig &c) {
            c.loss = LossType::SelfAdversarial;
            c.negatives = 100000;
        },
        "negatives must be between 1 and 65536 for the self-adversarial loss");
    row(
        "batch negatives", [](TrainConfig &c) { c.batchNegatives = 10; },
        "batchNegatives is a softmax setting");
    row(
        "separate rhs",
        [](TrainConfig &c) {
            c.loss = LossType::SelfAdversarial;
            c.model.type = ModelType::TransEDot;
            c.model.separateRhs = true;
        },
        "separateRhs");
    row(
        "softmax transe", [](TrainConfig &c) { c.loss = LossType::Softmax; },
        "the softmax loss needs a dot-form model");
    row(
        "softmax no negatives",
        [](TrainConfig &c) {
            c.loss = LossType::Softmax;
            c.model.type = ModelType::DistMult;
            c.negatives = 0;
        },
        "needs uniform negatives or at least 2 batch negatives");
}

void TestTrainValidate::invalid()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, message);
    TrainConfig c;
    mutate(c);
    const QString error = errorOf([&] { validate(c); });
    QVERIFY2(error.contains(message), qPrintable(error));
    // train() refuses the same setting before doing anything.
    const std::vector<Triple> g{{0, 0, 1}};
    QCOMPARE(errorOf([&] { train(g, 2, 1, c); }), error);
}

void TestTrainValidate::badInputs()
{
    TrainConfig c;
    c.model.dim = 4;
    c.epochs = 1;
    c.threads = 1;
    const std::vector<Triple> g{{0, 0, 1}, {1, 0, 2}};
    QVERIFY(errorOf([&] { train(g, 2, 1, c); }).contains(QLatin1String("id out of range")));
    QVERIFY(errorOf([&] { train(g, 3, 0, c); }).contains(QLatin1String("at least one")));
    QVERIFY(errorOf([&] { train({}, 3, 1, c); }).contains(QLatin1String("no training triples")));
    QVERIFY(errorOf([&] { train(g, 3, 1, c); }).isEmpty());

    Model initial = train(g, 3, 1, c);
    c.model.dim = 5;
    QVERIFY(errorOf([&] {
                train(g, 3, 1, c, {}, {}, &initial);
            }).contains(QLatin1String("does not match")));
    c.model.dim = 4;
    c.model.norm = 2;
    QVERIFY(errorOf([&] {
                train(g, 3, 1, c, {}, {}, &initial);
            }).contains(QLatin1String("does not match")));
    c.model.norm = 1;
    QVERIFY(errorOf([&] {
                train(g, 4, 1, c, {}, {}, &initial);
            }).contains(QLatin1String("does not match")));
}

QTEST_APPLESS_MAIN(TestTrainValidate)
#include "test_train_validate.moc"
