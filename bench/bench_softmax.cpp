// The softmax (PyTorch-BigGraph style) trainer on FB15k: seconds per epoch, positives per
// second, peak memory and the final filtered link-prediction metrics.
//
//   bench_softmax [--data DIR] [--epochs 50] [--dim 200] [--negatives 1000]
//                 [--batch-negatives 50] [--batch 1000] [--threads 2] [--lr 0.1] [--warmup 1]
//                 [--reg 0.001] [--reg-type n3|l2] [--model transe-dot|distmult|complex]
//                 [--separate-rhs 1] [--parallel hogwild|sync] [--eval-every 0] [--seed 1]
//                 [--test 1]
//
// The peer is PyTorch-BigGraph on the same machine and settings: about 44 s per epoch, filtered
// test MRR 0.667 (../shared/data/pbg-fb15k-transe/README.md).

#include "common/error.h"
#include "embed/train_softmax.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"
#include "kg/loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// CPU seconds (user + system) used by the process so far: on a busy machine, CPU time per
// epoch divided by the threads estimates the wall time on an idle one.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

void printMetrics(const char *label, const eg::EvalResult &r)
{
    std::printf("%s filtered MRR %.4f  Hits@1 %.4f  Hits@3 %.4f  Hits@10 %.4f  MR %.1f  "
                "(%lld queries, %.1f s)\n",
                label, r.overall.mrr, r.overall.hits1, r.overall.hits3, r.overall.hits10,
                r.overall.meanRank, static_cast<long long>(r.overall.count), r.seconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const auto opt = [&](const char *name, const char *help, const char *value) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             QStringLiteral("value"), QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const auto dataOpt = opt("data", "FB15k folder", EG_DEFAULT_SHARED_DATA "/fb15k");
    const auto epochsOpt = opt("epochs", "epochs", "50");
    const auto dimOpt = opt("dim", "dimension", "200");
    const auto negOpt = opt("negatives", "uniform negatives per chunk and side", "1000");
    const auto batchNegOpt = opt("batch-negatives", "batch negatives (= chunk size)", "50");
    const auto batchOpt = opt("batch", "positives per batch", "1000");
    const auto threadsOpt = opt("threads", "threads", "2");
    const auto lrOpt = opt("lr", "Adagrad learning rate", "0.1");
    const auto warmupOpt = opt("warmup", "warm-up epochs", "1");
    const auto regOpt = opt("reg", "regularisation weight", "0.001");
    const auto regTypeOpt = opt("reg-type", "n3 or l2", "n3");
    const auto modelOpt = opt("model", "transe-dot, distmult or complex", "transe-dot");
    const auto rhsOpt = opt("separate-rhs", "1 = PBG dynamic relations", "1");
    const auto parallelOpt = opt("parallel", "hogwild or sync", "hogwild");
    const auto evalEveryOpt = opt("eval-every", "evaluate on valid every N epochs (0: never)",
                                  "0");
    const auto seedOpt = opt("seed", "seed", "1");
    const auto testOpt = opt("test", "1 = evaluate on test at the end", "1");
    parser.process(app);

    eg::Graph graph;
    try {
        graph = eg::loadGraph(parser.value(dataOpt));
    } catch (const eg::Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.describe()));
        return 1;
    }

    eg::TrainConfig config;
    config.model.type = eg::parseModelType(parser.value(modelOpt))
                            .value_or(eg::ModelType::TransEDot);
    config.model.dim = parser.value(dimOpt).toInt();
    config.model.separateRhs = parser.value(rhsOpt).toInt() != 0;
    config.loss = eg::LossType::Softmax;
    config.optimizer = eg::OptimizerType::Adagrad;
    config.epochs = parser.value(epochsOpt).toInt();
    config.batchSize = parser.value(batchOpt).toInt();
    config.negatives = parser.value(negOpt).toInt();
    config.batchNegatives = parser.value(batchNegOpt).toInt();
    config.learningRate = parser.value(lrOpt).toFloat();
    config.warmupEpochs = parser.value(warmupOpt).toFloat();
    config.regularization = parser.value(regOpt).toFloat();
    config.threads = parser.value(threadsOpt).toInt();
    config.seed = parser.value(seedOpt).toULongLong();
    eg::SoftmaxOptions options;
    options.regularizer = parser.value(regTypeOpt) == QLatin1String("l2")
                              ? eg::SoftmaxRegularizer::L2
                              : eg::SoftmaxRegularizer::N3;
    options.parallel = parser.value(parallelOpt) == QLatin1String("sync")
                           ? eg::SoftmaxParallel::Synchronous
                           : eg::SoftmaxParallel::Hogwild;
    const int evalEvery = parser.value(evalEveryOpt).toInt();

    std::printf("%s: %zu train, %zu valid, %zu test, %d entities, %d relations\n",
                qPrintable(parser.value(dataOpt)), graph.train.size(), graph.valid.size(),
                graph.test.size(), graph.entityCount(), graph.relationCount());
    std::printf("model %s dim %d separateRhs %d | batch %d, %d batch + %d uniform negatives | "
                "lr %g warm-up %g | %s %g | %d threads %s\n",
                qPrintable(eg::modelTypeName(config.model.type)), config.model.dim,
                int(config.model.separateRhs), config.batchSize, config.batchNegatives,
                config.negatives, double(config.learningRate), double(config.warmupEpochs),
                qPrintable(parser.value(regTypeOpt)), double(config.regularization),
                config.threads, qPrintable(parser.value(parallelOpt)));
    std::fflush(stdout);

    const eg::KnownTriples known({graph.train, graph.valid, graph.test});
    eg::EvalOptions evalOptions;
    evalOptions.threads = config.threads;
    evalOptions.perRelation = false;

    double trainSeconds = 0.0, trainCpu = 0.0, cpuMark = cpuSeconds();
    int epochsRun = 0;
    const auto onEpoch = [&](const eg::EpochStats &s, const eg::Model &model) {
        const double cpu = cpuSeconds() - cpuMark;
        trainSeconds += s.seconds;
        trainCpu += cpu;
        epochsRun = s.epoch;
        std::printf("epoch %3d  loss %.4f  %.2f s (cpu %.2f s)  %.0f positives/s\n", s.epoch,
                    s.loss, s.seconds, cpu, double(s.positives) / s.seconds);
        std::fflush(stdout);
        if (evalEvery > 0 && s.epoch % evalEvery == 0)
            printMetrics("  valid", eg::evaluate(model, graph.valid, &known, evalOptions));
        cpuMark = cpuSeconds();
        return true;
    };
    eg::Model model;
    try {
        model = eg::trainSoftmax(graph.train, graph.entityCount(), graph.relationCount(), config,
                                 {}, onEpoch, nullptr, options);
    } catch (const eg::Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.describe()));
        return 1;
    }
    std::printf("mean %.2f s/epoch (cpu %.2f s) over %d epochs, %.0f positives/s, peak RSS "
                "%.0f MB\n",
                trainSeconds / std::max(1, epochsRun), trainCpu / std::max(1, epochsRun),
                epochsRun,
                double(graph.train.size()) * epochsRun / trainSeconds, peakRssMb());
    if (parser.value(testOpt).toInt() != 0)
        printMetrics("test", eg::evaluate(model, graph.test, &known, evalOptions));
    return 0;
}
