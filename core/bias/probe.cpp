// GCC 12 reports -Wmaybe-uninitialized inside Eigen's AVX-512 packet code (a known false
// positive); the same pragma as core/embed/softmax_chunk.cpp.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "bias/probe.h"

#include "bias/model_check.h"
#include "bias/probe_net.h"
#include "bias/probe_split.h"
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
    checkProbeOptions(graph, o.relation, o.topValues, o.testShare, o.validShare);
    if (o.hidden < 1 || o.batchSize < 1 || o.maxEpochs < 1 || o.patience < 1)
        badProbeOption("hidden, batchSize, maxEpochs or patience (at least 1)");
    if (!(o.learningRate > 0) || !std::isfinite(o.learningRate))
        badProbeOption("learningRate (positive)");
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
    LabelledHumans humans = labelledHumans(graph, rs, options.humanSplits, options.topValues);
    result.classes = humans.classes;
    result.skipped = humans.skipped;
    const std::vector<qint32> &people = humans.people;
    const std::vector<qint32> &labels = humans.labels;
    const qint64 n = qint64(people.size());
    const int w = model.spec.width();
    Net::Mat features(n, w);
    for (qint64 i = 0; i < n; ++i)
        features.row(i) = model.entities.row(people[size_t(i)]);

    // Seeded split by person (the same people as the graph-facts probe with this seed).
    Rng rng(options.seed);
    const ProbeSplit split = splitHumans(n, options.testShare, options.validShare, rng);
    const qint64 nTrain = split.nTrain;
    result.testHumans = split.nTest;
    result.validHumans = split.nValid;
    result.trainHumans = split.nTrain;
    const std::span<const qint64> testRows = split.test();
    for (qint64 r : testRows)
        result.heldOut.push_back(people[size_t(r)]);
    const std::span<const qint64> validRows = split.valid();
    const std::span<const qint64> trainRows = split.train();

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
    Progress report(progress, options.maxEpochs);
    report.report(0);
    std::vector<qint64> batchOrder(static_cast<size_t>(nTrain));
    for (qint64 i = 0; i < nTrain; ++i)
        batchOrder[size_t(i)] = i;
    EarlyStopping stopping(options.patience);
    for (int epoch = 1; epoch <= options.maxEpochs && !stopping.done(); ++epoch) {
        shuffleInPlace(std::span(batchOrder), rng);
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
        if (stopping.improved(loss, epoch))
            best = net.parameters();
        report.report(epoch);
    }
    result.validLoss = stopping.bestLoss();
    result.bestEpoch = stopping.bestEpoch();
    net.parameters() = best;
    result.accuracy = accuracy(net, test.x, test.y);
    result.validAccuracy = accuracy(net, valid.x, valid.y);
    result.majorityRate = majorityRate(labels, testRows, result.classes.size());
    report.force(options.maxEpochs);
    result.seconds = timer.nsecsElapsed() * 1e-9;
    return result;
}

} // namespace eg
