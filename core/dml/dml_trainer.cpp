#include "dml/dml_trainer.h"

#include "common/error.h"
#include "dml/adam.h"
#include "dml/batch_sampler.h"

#include <QElapsedTimer>
#include <algorithm>
#include <map>
#include <thread>

namespace eg::dml {

namespace {

int resolved(int threads)
{
    return threads > 0 ? threads : std::max(1, int(std::thread::hardware_concurrency()));
}

// Runs part(0 .. parts-1) with part 0 on the calling thread and the others on their own.
template <typename Part> void inParallel(int parts, const Part &part)
{
    std::vector<std::thread> others;
    for (int t = 1; t < parts; ++t)
        others.emplace_back([&part, t] { part(t); });
    part(0);
    for (std::thread &thread : others)
        thread.join();
}

// Rows [begin, end) of part t when n rows are split into `parts` nearly equal parts.
std::pair<qint64, qint64> partRows(qint64 n, int parts, int t)
{
    return {n * t / parts, n * (t + 1) / parts};
}

struct Worker
{
    Rows<float> input;
    MlpCache<float> cache;
    MlpParameters<float> gradients;
};

void checkSettings(const ImageSet &train, const DmlSettings &settings)
{
    if (settings.widths.size() < 2 || settings.widths.front() != train.images.cols())
        throw Error(Error::tr("DML trainer: the network takes %1 inputs but the images "
                              "have %2 pixels")
                        .arg(settings.widths.empty() ? 0 : settings.widths.front())
                        .arg(train.images.cols()));
    if (settings.epochs < 1)
        throw Error(Error::tr("DML trainer: epochs must be positive, got %1").arg(settings.epochs));
    if (!(settings.learningRate > 0.0) || !(settings.classLearningRate > 0.0))
        throw Error(Error::tr("DML trainer: learning rates must be positive"));
}

} // namespace

DmlModel trainDml(const ImageSet &train, const DmlSettings &settings, const ProgressFn &progressFn,
                  const EpochFn &onEpoch)
{
    checkSettings(train, settings);
    const int threads = resolved(settings.threads);
    Rng rng(settings.seed, 0x444D4C);

    DmlModel model;
    model.network = Mlp<float>(settings.widths, rng);
    const double mean = train.images.cast<double>().mean();
    const double variance = (train.images.cast<double>().array() - mean).square().mean();
    model.inputMean = float(mean);
    model.inputScale = float(1.0 / std::sqrt(std::max(variance, 1e-12)));

    // Training labels -> class-vector rows.
    std::map<qint32, qint32> rowOf;
    for (qint32 label : train.labels)
        rowOf.emplace(label, 0);
    for (auto &[label, row] : rowOf) {
        row = qint32(model.classLabels.size());
        model.classLabels.push_back(label);
    }
    const int dim = settings.widths.back();
    model.classVectors.resize(qint64(rowOf.size()), dim);
    for (qint64 k = 0; k < model.classVectors.size(); ++k)
        model.classVectors.data()[k] = float(2.0 * rng.uniformDouble() - 1.0);

    ClassBatchSampler sampler(train.labels, settings.classesPerBatch, settings.perClass,
                              settings.seed);
    const qint64 steps = sampler.batchesPerEpoch();
    Progress progress(progressFn, steps * settings.epochs);
    progress.force(0);

    Adam adam(AdamSettings{settings.learningRate});
    MlpParameters<float> &params = model.network.parameters();
    std::vector<int> weightBlocks, biasBlocks;
    for (size_t l = 0; l < params.weights.size(); ++l) {
        weightBlocks.push_back(adam.addBlock(params.weights[l].size()));
        biasBlocks.push_back(adam.addBlock(params.biases[l].size()));
    }
    const int classBlock = adam.addBlock(model.classVectors.size());

    const int batch = sampler.batchSize();
    const int parts = std::min(threads, batch);
    std::vector<Worker> workers(static_cast<size_t>(parts));
    for (Worker &worker : workers)
        worker.gradients = params.zerosLike();
    std::vector<qint64> items;
    std::vector<qint32> rows(static_cast<size_t>(batch));
    RowsD unit(batch, dim);
    Rows<float> gradUnit(batch, dim);
    MlpParameters<float> total = params.zerosLike();

    for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
        QElapsedTimer timer;
        timer.start();
        double lossSum = 0.0, baseSum = 0.0, tcmSum = 0.0;
        for (qint64 step = 0; step < steps; ++step) {
            sampler.next(items);
            for (int i = 0; i < batch; ++i)
                rows[size_t(i)] = rowOf[train.labels[size_t(items[size_t(i)])]];

            inParallel(parts, [&](int t) {
                const auto [begin, end] = partRows(batch, parts, t);
                Worker &worker = workers[size_t(t)];
                worker.input.resize(end - begin, train.images.cols());
                for (qint64 i = begin; i < end; ++i)
                    worker.input.row(i - begin) =
                        (train.images.row(items[size_t(i)]).array() - model.inputMean) *
                        model.inputScale;
                model.network.forward(worker.input, worker.cache);
                unit.middleRows(begin, end - begin) = worker.cache.unit.cast<double>();
            });

            const RowsD classVectors = model.classVectors.cast<double>();
            LossResult base = settings.baseLoss == BaseLoss::ArcFace
                                  ? arcFaceLoss(unit, rows, classVectors, settings.arcFace)
                                  : proxyAnchorLoss(unit, rows, classVectors, settings.proxyAnchor);
            RowsD grad = std::move(base.gradEmbeddings);
            double tcmValue = 0.0;
            if (settings.useTcm) {
                const TcmResult tcm = tcmLoss(unit, rows, settings.tcm);
                grad += tcm.gradEmbeddings;
                tcmValue = tcm.loss;
            }
            gradUnit = grad.cast<float>();
            baseSum += base.loss;
            tcmSum += tcmValue;
            lossSum += base.loss + tcmValue;

            inParallel(parts, [&](int t) {
                const auto [begin, end] = partRows(batch, parts, t);
                Worker &worker = workers[size_t(t)];
                worker.gradients.setZero();
                model.network.backward(worker.cache, gradUnit.middleRows(begin, end - begin),
                                       worker.gradients);
            });
            total.setZero();
            for (const Worker &worker : workers)
                total += worker.gradients;

            adam.beginStep();
            for (size_t l = 0; l < params.weights.size(); ++l) {
                adam.update(weightBlocks[l], params.weights[l].data(), total.weights[l].data());
                adam.update(biasBlocks[l], params.biases[l].data(), total.biases[l].data());
            }
            const Matrix classGrad = base.gradWeights.cast<float>();
            adam.update(classBlock, model.classVectors.data(), classGrad.data(),
                        settings.classLearningRate / settings.learningRate);
            progress.report((epoch - 1) * steps + step + 1);
        }
        EpochReport report;
        report.epoch = epoch;
        report.loss = lossSum / double(steps);
        report.baseLoss = baseSum / double(steps);
        report.tcmLoss = tcmSum / double(steps);
        report.seconds = timer.nsecsElapsed() / 1e9;
        model.history.push_back(report);
        if (onEpoch)
            onEpoch(report);
    }
    return model;
}

Matrix embedImages(const DmlModel &model, const Matrix &images, int threads)
{
    if (images.cols() != model.network.inputWidth())
        throw Error(Error::tr("embedding images: the network takes %1 inputs, the images "
                              "have %2 pixels")
                        .arg(model.network.inputWidth())
                        .arg(images.cols()));
    const qint64 n = images.rows();
    Matrix out(n, model.network.outputWidth());
    const int parts = int(std::max<qint64>(1, std::min<qint64>(resolved(threads), n)));
    inParallel(parts, [&](int t) {
        const auto [begin, end] = partRows(n, parts, t);
        constexpr qint64 Block = 1024;
        MlpCache<float> cache;
        for (qint64 b = begin; b < end; b += Block) {
            const qint64 count = std::min(Block, end - b);
            const Rows<float> input =
                (images.middleRows(b, count).array() - model.inputMean) * model.inputScale;
            model.network.forward(input, cache);
            out.middleRows(b, count) = cache.unit;
        }
    });
    return out;
}

} // namespace eg::dml
