// Bose & Hamilton's adversarial filters against the Basic softmax trainer on FB15k, the same
// settings (preset fisher-pbg: dot-form TransE, dimension 200, 1000 uniform + 50 batch
// negatives, batch 1000, Adagrad 0.1 with a one-epoch warm-up) in the same process: seconds
// per epoch of each, their ratio (Fisher et al. EMNLP 2020 Table 3: 533.3 / 68.4 = 7.8x), and
// after the last epoch the filtered test MRR / Hits and the gender difference in scores and
// probe accuracy (Bose on the filtered entity vectors).
//
//   bench_adversarial [--data DIR] [--epochs 3] [--basic-epochs N] [--gamma 10] [--threads 2]
//                     [--d-steps 5] [--filter-hidden 0] [--attributes gender]
//                     [--skip-basic 0] [--measure 1]
//
// Sensitive triples (gender, religion, ethnicity, nationality and their mirrors) are removed
// from valid and test, as Fisher et al. do; training uses all of train.

#include "bias/filter.h"
#include "bias/probe.h"
#include "bias/score_difference.h"
#include "common/error.h"
#include "debias/adversarial.h"
#include "embed/presets.h"
#include "embed/train_softmax.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"
#include "kg/loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <sys/resource.h>

#include <cstdio>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6;
}

// Mean wall and CPU seconds per epoch, printed as the epochs go.
struct EpochClock
{
    const char *label;
    double wall = 0.0, cpu = 0.0, lastCpu = cpuSeconds();
    int epochs = 0;
    bool operator()(const eg::EpochStats &s, const eg::Model &)
    {
        const double now = cpuSeconds();
        wall += s.seconds;
        cpu += now - lastCpu;
        ++epochs;
        std::printf("%s epoch %d: loss %.4f  %.1f s wall  %.1f s CPU\n", label, s.epoch, s.loss,
                    s.seconds, now - lastCpu);
        std::fflush(stdout);
        lastCpu = cpuSeconds(); // the callback's own work is not the epoch's
        return true;
    }
};

void report(const char *label, const eg::Model &model, const eg::Graph &graph,
            const eg::KnownTriples &known, qint32 gender)
{
    eg::EvalOptions o;
    o.perRelation = false;
    const eg::EvalResult r = eg::evaluate(model, graph.test, &known, o);
    eg::ScoreDifferenceOptions d;
    d.relation = gender;
    d.topValues = 2;
    const double diff = eg::scoreDifference(model, graph, d).mean;
    eg::ProbeOptions p;
    p.relation = gender;
    p.topValues = 2;
    const eg::ProbeResult probe = eg::probeAccuracy(model, graph, p);
    std::printf("%s: filtered test MRR %.4f  Hits@1 %.4f  Hits@10 %.4f  gender diff. in scores "
                "%.3f  gender probe %.3f (most frequent %.3f)\n",
                label, r.overall.mrr, r.overall.hits1, r.overall.hits10, diff, probe.accuracy,
                probe.majorityRate);
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
    const auto epochsOpt = opt("epochs", "Bose epochs", "3");
    const auto basicOpt = opt("basic-epochs", "Basic epochs (default: --epochs)", "0");
    const auto gammaOpt = opt("gamma", "adversarial weight", "10");
    const auto threadsOpt = opt("threads", "worker threads", "2");
    const auto stepsOpt = opt("d-steps", "discriminator steps per batch", "5");
    const auto hiddenOpt = opt("filter-hidden", "filter / discriminator hidden units (0: 2w)", "0");
    const auto attrOpt = opt("attributes", "comma-separated sensitive relations", "gender");
    const auto skipOpt = opt("skip-basic", "1 = do not train Basic", "0");
    const auto measureOpt = opt("measure", "1 = MRR, difference in scores, probe", "1");
    parser.process(app);

    try {
        const eg::Graph full = eg::loadGraph(parser.value(dataOpt));
        eg::FilterOptions filter;
        const char *sensitive[] = {"person/gender", "person/religion", "person/ethnicity",
                                   "person/nationality"};
        for (const char *name : sensitive)
            filter.relations.push_back(eg::findRelation(full, QString::fromLatin1(name)));
        const eg::Graph graph = eg::filterSensitive(full, filter);
        const eg::KnownTriples known({graph.train, graph.valid, graph.test});
        const qint32 gender = filter.relations[0];

        eg::TrainConfig base = eg::findTrainPreset(QStringLiteral("fisher-pbg"))->config;
        base.threads = parser.value(threadsOpt).toInt();
        const int epochs = parser.value(epochsOpt).toInt();
        const int basicEpochs = parser.value(basicOpt).toInt() > 0
                                    ? parser.value(basicOpt).toInt()
                                    : epochs;
        const bool measure = parser.value(measureOpt).toInt() != 0;
        std::printf("FB15k: %zu train, %zu test after filtering; dim %d, %d uniform + %d batch "
                    "negatives, %d threads\n",
                    graph.train.size(), graph.test.size(), base.model.dim, base.negatives,
                    base.batchNegatives, base.threads);

        EpochClock basicClock{"Basic"};
        if (parser.value(skipOpt).toInt() == 0) {
            base.epochs = basicEpochs;
            const eg::Model basic =
                eg::trainSoftmax(graph.train, graph.entityCount(), graph.relationCount(), base,
                                 {}, std::ref(basicClock));
            if (measure)
                report("Basic", basic, graph, known, gender);
        }

        eg::AdversarialConfig config;
        config.base = base;
        config.base.epochs = epochs;
        config.gamma = parser.value(gammaOpt).toFloat();
        config.discriminatorSteps = parser.value(stepsOpt).toInt();
        config.filterHidden = config.discriminatorHidden = parser.value(hiddenOpt).toInt();
        for (const QString &name : parser.value(attrOpt).split(QLatin1Char(','))) {
            const qint32 r = eg::findRelation(full, QStringLiteral("person/") + name);
            if (r < 0)
                throw eg::Error(QStringLiteral("no relation person/") + name);
            config.attributes.push_back({r, name == QLatin1String("gender") ? 2 : 30});
        }
        EpochClock boseClock{"Bose"};
        const eg::AdversarialModel bose =
            eg::trainAdversarial(graph, config, {}, std::ref(boseClock));
        for (const eg::AdversarialEpoch &e : bose.history)
            std::printf("Bose epoch %d: discriminator accuracy %.3f  loss %.3f\n", e.epoch,
                        e.discriminatorAccuracy[0], e.discriminatorLoss[0]);
        if (measure)
            report("Bose", bose.filtered(), graph, known, gender);

        const double b = basicClock.epochs ? basicClock.wall / basicClock.epochs : 0.0;
        const double a = boseClock.wall / std::max(1, boseClock.epochs);
        std::printf("seconds per epoch: Basic %.1f (CPU %.1f), Bose %.1f (CPU %.1f); ratio %.2f "
                    "(published 533.3 / 68.4 = 7.80)\n",
                    b, basicClock.epochs ? basicClock.cpu / basicClock.epochs : 0.0, a,
                    boseClock.cpu / std::max(1, boseClock.epochs), b > 0 ? a / b : 0.0);
    } catch (const eg::Error &e) {
        std::fprintf(stderr, "bench_adversarial: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
