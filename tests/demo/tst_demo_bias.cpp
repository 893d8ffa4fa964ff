#include "demo/demo_world.h"
#include "embed/train.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace eg;

namespace {

// Ranks 0..n-1 of the values (no ties expected among float scores).
std::vector<double> ranks(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> out(values.size());
    for (size_t k = 0; k < order.size(); ++k)
        out[order[k]] = double(k);
    return out;
}

double spearman(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::vector<double> ra = ranks(a), rb = ranks(b);
    const double mean = double(ra.size() - 1) / 2;
    double s = 0, sa = 0, sb = 0;
    for (size_t i = 0; i < ra.size(); ++i) {
        s += (ra[i] - mean) * (rb[i] - mean);
        sa += (ra[i] - mean) * (ra[i] - mean);
        sb += (rb[i] - mean) * (rb[i] - mean);
    }
    return s / std::sqrt(sa * sb);
}

} // namespace

// The demo world is meant to train to a visible bias in seconds: TransE (translation + dot,
// softmax, as Fisher et al.) on the default world must rank the professions by their
// gender-direction score in nearly the order of the planted shares of women.
class TestDemoBias : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transeLearnsThePlantedShares()
    {
        const DemoWorld world = generateDemoWorld({});
        TrainConfig config;
        config.model.type = ModelType::TransEDot;
        config.model.dim = 100;
        config.loss = LossType::Softmax;
        config.optimizer = OptimizerType::Adagrad;
        config.learningRate = 0.1f;
        config.warmupEpochs = 1;
        config.epochs = 30;
        config.batchSize = 1000;
        config.negatives = 100;
        config.batchNegatives = 50;
        config.threads = 1; // reproducible bit for bit
        config.seed = 1;
        const Model model = train(world.graph.train, world.graph.entityCount(),
                                  world.graph.relationCount(), config);

        // With the dot form, Fisher's B_p is alpha * <e_male - e_female, e_p> for every person
        // (kg-bias.md section 2); its negative is the "female" score.
        const auto male = model.entities.row(world.maleEntity);
        const auto female = model.entities.row(world.femaleEntity);
        std::vector<double> femaleScore, planted;
        for (const DemoProfession &p : world.professions) {
            femaleScore.push_back(-double((male - female).dot(model.entities.row(p.entity))));
            planted.push_back(p.plantedFemaleShare);
        }
        // Measured 0.97 - 0.98 (world seeds 42, 1, 2). With genders drawn 50/50 instead of
        // from the table, the same run gave 0.32 (37 professions: noise has sd ~0.17), so 0.8
        // separates the two with room for trainer changes.
        const double rho = spearman(femaleScore, planted);
        QVERIFY2(rho > 0.8, qPrintable(QString::number(rho)));

        // The five most female-scored professions are planted >= 0.75 female, the five most
        // male-scored <= 0.1.
        std::vector<size_t> order(planted.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](size_t a, size_t b) { return femaleScore[a] > femaleScore[b]; });
        for (size_t k = 0; k < 5; ++k) {
            QVERIFY2(planted[order[k]] >= 0.75, qPrintable(world.professions[order[k]].key));
            QVERIFY2(planted[order[order.size() - 1 - k]] <= 0.10,
                     qPrintable(world.professions[order[order.size() - 1 - k]].key));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoBias)
#include "tst_demo_bias.moc"
