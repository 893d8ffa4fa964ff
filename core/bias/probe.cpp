// GCC 12 reports -Wmaybe-uninitialized inside Eigen's AVX-512 packet code (a known false
// positive); the same pragma as core/embed/softmax_chunk.cpp.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "bias/probe.h"

#include "bias/model_check.h"
#include "bias/probe_net.h"
#include "common/error.h"
#include "embed/rng.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace eg {

namespace {

using Net = ProbeNet<float>;

void checkOptions(const Graph &graph, const ProbeOptions &o)
{
    if (o.relation < 0 || o.relation >= graph.relationCount())
        throw Error(Error::tr("sensitive relation %1 is no relation of the graph").arg(o.relation));
    auto bad = [](const char *what) {
        throw Error(Error::tr("probe option %1 is out of range").arg(QLatin1String(what)));
    };
    if (o.topValues < 2)
        bad("topValues (at least 2)");
    if (!(o.testShare > 0 && o.testShare < 1))
        bad("testShare (between 0 and 1)");
    if (!(o.validShare > 0 && o.validShare < 1))
        bad("validShare (between 0 and 1)");
    if (o.hidden < 1 || o.batchSize < 1 || o.maxEpochs < 1 || o.patience < 1)
        bad("hidden, batchSize, maxEpochs or patience (at least 1)");
    if (!(o.learningRate > 0) || !std::isfinite(o.learningRate))
        bad("learningRate (positive)");
}

Net::Mat gather(const Net::Mat &x, std::span<const qint64> rows)
{
    Net::Mat out(Eigen::Index(rows.size()), x.cols());
    for (size_t i = 0; i < rows.size(); ++i)
        out.row(Eigen::Index(i)) = x.row(rows[i]);
    return out;
}

double accuracy(const Net &net, const Net::Mat &x, std::span<const qint32> labels)
{
    const std::vector<qint32> predicted = net.predict(x);
    qint64 right = 0;
    for (size_t i = 0; i < labels.size(); ++i)
        right += predicted[i] == labels[i];
    return double(right) / double(labels.size());
}

// One part of the data: features and labels.
struct Part
{
    Net::Mat x;
    std::vector<qint32> y;
};

Part makePart(const Net::Mat &all, const std::vector<qint32> &labels, std::span<const qint64> rows)
{
    Part part{gather(all, rows), {}};
    for (qint64 r : rows)
        part.y.push_back(labels[size_t(r)]);
    return part;
}

} // namespace

ProbeResult probeAccuracy(const Model &model, const Graph &graph, const ProbeOptions &options,
                          const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    checkOptions(graph, options);
    bias::checkModelFitsGraph(model, graph);
    const qint32 rs = options.relation;
    ProbeResult result;
    for (const ValueCount &v : relationValues(graph, rs, options.humanSplits, options.topValues))
        result.classes.push_back(v.entity);
    if (result.classes.size() < 2)
        throw Error(Error::tr("relation %1 has fewer than two values in %2")
                        .arg(graph.relations.keyString(rs), splitSetName(options.humanSplits)));
    std::vector<qint32> classOf(size_t(graph.entityCount()), -1);
    for (size_t c = 0; c < result.classes.size(); ++c)
        classOf[size_t(result.classes[c])] = qint32(c);

    // Labelled humans.
    const HeadValues values(graph, rs, options.humanSplits);
    std::vector<qint32> people, labels;
    for (qint32 h : relationHeads(graph, rs, options.humanSplits)) {
        qint32 label = -1;
        for (qint32 v : values.values(h))
            if (classOf[size_t(v)] >= 0 && (label < 0 || classOf[size_t(v)] < label))
                label = classOf[size_t(v)];
        if (label < 0) {
            ++result.skipped;
            continue;
        }
        people.push_back(h);
        labels.push_back(label);
    }
    const qint64 n = qint64(people.size());
    const int w = model.spec.width();
    Net::Mat features(n, w);
    for (qint64 i = 0; i < n; ++i)
        features.row(i) = model.entities.row(people[size_t(i)]);

    // Seeded split by person.
    Rng rng(options.seed);
    std::vector<qint64> order(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        order[size_t(i)] = i;
    for (qint64 i = n - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[rng.below(quint32(i + 1))]);
    const qint64 nTest = qint64(std::llround(options.testShare * double(n)));
    const qint64 nValid = qint64(std::llround(options.validShare * double(n - nTest)));
    const qint64 nTrain = n - nTest - nValid;
    if (nTest < 1 || nValid < 1 || nTrain < 1)
        throw Error(
            Error::tr("too few humans (%1) for a training, validation and test part").arg(n));
    result.testHumans = nTest;
    result.validHumans = nValid;
    result.trainHumans = nTrain;
    const std::span<const qint64> all(order);
    const std::span<const qint64> testRows = all.first(size_t(nTest));
    const std::span<const qint64> validRows = all.subspan(size_t(nTest), size_t(nValid));
    const std::span<const qint64> trainRows = all.subspan(size_t(nTest + nValid));

    if (options.standardize) {
        const Net::Mat x = gather(features, trainRows);
        const Eigen::RowVectorXf mean = x.colwise().mean();
        Eigen::RowVectorXf sd = (x.rowwise() - mean).colwise().squaredNorm() / float(nTrain);
        sd = sd.cwiseSqrt().unaryExpr([](float s) { return s > 1e-12f ? s : 1.0f; });
        features = (features.rowwise() - mean).array().rowwise() / sd.array();
    }
    const Part train = makePart(features, labels, trainRows);
    const Part valid = makePart(features, labels, validRows);
    const Part test = makePart(features, labels, testRows);

    Net net(w, options.hidden, int(result.classes.size()), rng);
    Net::Vec best = net.parameters(), grad;
    Net::Vec m = Net::Vec::Zero(net.parameters().size()), v = m;
    const float b1 = 0.9f, b2 = 0.999f, eps = 1e-8f;
    qint64 step = 0;
    result.validLoss = std::numeric_limits<double>::infinity();
    Progress report(progress, options.maxEpochs);
    report.report(0);
    std::vector<qint64> batchOrder(static_cast<size_t>(nTrain));
    for (qint64 i = 0; i < nTrain; ++i)
        batchOrder[size_t(i)] = i;
    int sinceBest = 0;
    for (int epoch = 1; epoch <= options.maxEpochs && sinceBest < options.patience; ++epoch) {
        for (qint64 i = nTrain - 1; i > 0; --i)
            std::swap(batchOrder[size_t(i)], batchOrder[rng.below(quint32(i + 1))]);
        for (qint64 start = 0; start < nTrain; start += options.batchSize) {
            const std::span<const qint64> rows =
                std::span<const qint64>(batchOrder)
                    .subspan(size_t(start),
                             size_t(std::min<qint64>(options.batchSize, nTrain - start)));
            const Part batch = makePart(train.x, train.y, rows);
            net.loss(batch.x, batch.y, &grad);
            ++step;
            m = b1 * m + (1 - b1) * grad;
            v = b2 * v + (1 - b2) * grad.cwiseProduct(grad);
            const float lr =
                options.learningRate * float(std::sqrt(1.0 - std::pow(double(b2), double(step))) /
                                             (1.0 - std::pow(double(b1), double(step))));
            net.parameters().array() -= lr * m.array() / (v.array().sqrt() + eps);
        }
        const double loss = net.loss(valid.x, valid.y);
        if (!std::isfinite(loss))
            throw Error(Error::tr("the probe diverged at epoch %1").arg(epoch));
        result.epochs = epoch;
        if (loss < result.validLoss) {
            result.validLoss = loss;
            result.bestEpoch = epoch;
            best = net.parameters();
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
        report.report(epoch);
    }
    net.parameters() = best;
    result.accuracy = accuracy(net, test.x, test.y);
    result.validAccuracy = accuracy(net, valid.x, valid.y);
    std::vector<qint64> counts(result.classes.size(), 0);
    for (qint32 y : test.y)
        ++counts[size_t(y)];
    result.majorityRate =
        double(*std::max_element(counts.begin(), counts.end())) / double(test.y.size());
    report.force(options.maxEpochs);
    result.seconds = timer.nsecsElapsed() * 1e-9;
    return result;
}

} // namespace eg
