// Entity alignment (issue 7): loads a DBP15K / OpenEA folder, trains the CG-MuAlign-style
// matcher on the training links and evaluates on the test links, against the names-only
// baseline (character-trigram TF-IDF cosine) and the ablations. Figures: docs/alignment.md.
//
//   bench_align [folder] [--ablations] [--demo] [--epochs 30] [--lr 0.01] [--threads 2]
//               [--seed 1] [--names auto|goo|json|uri] [--names-only]
//               [--hard-share 0.5] [--hard-pool 20]
//
// Default folder: ../shared/data/dbp15k_fr_en. --demo writes the demo world's two alignment
// views to a temporary folder and runs on them instead. --ablations also trains the models
// without cross-graph attention, without self-attention and with uniform sampling.

#include "align/align_data.h"
#include "align/align_evaluate.h"
#include "align/align_features.h"
#include "align/align_trainer.h"
#include "common/error.h"
#include "demo/alignment_views.h"
#include "demo/demo_world.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace eg;

namespace {

double cpuSeconds() {
    return double(std::clock()) / CLOCKS_PER_SEC;
}

void printRow(const char *name, const RankMetrics &r, const PrMetrics &p, double seconds) {
    std::printf("%-26s Hits@1 %.4f  Hits@10 %.4f  MRR %.4f | PRAUC %.4f  R@P.95 %.4f  "
                "P %.4f R %.4f F1 %.4f (t=%.2f)  bestF1 %.4f | %.1f s\n",
                name, r.hits1, r.hits10, r.mrr, p.prauc, p.recallAtPrecision, p.precision, p.recall,
                p.f1, double(p.threshold), p.bestF1, seconds);
    std::fflush(stdout);
}

struct Variant {
    const char *name;
    AlignTrainOptions options;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QStringLiteral("DBP15K or OpenEA folder"));
    const QCommandLineOption epochsOpt(QStringLiteral("epochs"), QStringLiteral("epochs"),
                                       QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("threads"),
                                        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("seed"),
                                     QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption ablationsOpt(QStringLiteral("ablations"),
                                          QStringLiteral("also train the ablations"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QStringLiteral("run on the demo world's alignment views"));
    const QCommandLineOption namesOpt(QStringLiteral("names"),
                                      QStringLiteral("auto, goo, json or uri"),
                                      QStringLiteral("source"), QStringLiteral("auto"));
    const QCommandLineOption namesOnlyOpt(QStringLiteral("names-only"),
                                          QStringLiteral("only the names-only baseline"));
    const QCommandLineOption hardOpt(QStringLiteral("hard-share"),
                                     QStringLiteral("share of hard negatives"), QStringLiteral("x"),
                                     QStringLiteral("0.5"));
    const QCommandLineOption poolOpt(QStringLiteral("hard-pool"),
                                     QStringLiteral("hard-negative pool size"), QStringLiteral("n"),
                                     QStringLiteral("20"));
    const QCommandLineOption lrOpt(QStringLiteral("lr"), QStringLiteral("Adam learning rate"),
                                   QStringLiteral("x"), QStringLiteral("0.01"));
    parser.addOptions({epochsOpt, threadsOpt, seedOpt, ablationsOpt, demoOpt, namesOpt,
                       namesOnlyOpt, hardOpt, poolOpt, lrOpt});
    parser.addHelpOption();
    parser.process(app);

    try {
        QString folder = parser.positionalArguments().value(
            0, QStringLiteral(EG_DEFAULT_SHARED_DATA) + QStringLiteral("/dbp15k_fr_en"));
        QTemporaryDir temp;
        if (parser.isSet(demoOpt)) {
            const DemoWorld world = generateDemoWorld();
            writeAlignmentViews(makeAlignmentViews(world), temp.path());
            folder = temp.path();
        }
        const int threads = parser.value(threadsOpt).toInt();
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuSeconds();
        AlignLoadOptions loadOptions;
        const QString source = parser.value(namesOpt);
        loadOptions.names = source == QLatin1String("goo")    ? AlignNames::TransGoo
                            : source == QLatin1String("json") ? AlignNames::Json
                            : source == QLatin1String("uri")  ? AlignNames::Uri
                                                              : AlignNames::Auto;
        const AlignmentData data = loadAlignmentData(folder, loadOptions);
        std::printf("loaded %s (%s): graph 1 %d entities %d relations %zu triples; graph 2 %d "
                    "entities %d relations %zu triples; %zu train / %zu test links; names %s | "
                    "%s (%.1f s)\n",
                    qPrintable(folder), qPrintable(alignFormatName(data.format)),
                    data.first.graph.entityCount(), data.first.graph.relationCount(),
                    data.first.graph.train.size(), data.second.graph.entityCount(),
                    data.second.graph.relationCount(), data.second.graph.train.size(),
                    data.trainLinks.size(), data.testLinks.size(),
                    qPrintable(QDir(folder).relativeFilePath(data.first.namesFrom)),
                    qPrintable(QDir(folder).relativeFilePath(data.second.namesFrom)),
                    double(wall.nsecsElapsed()) * 1e-9);
        const AlignFeatures features(data);
        const RelationClasses &rc = features.relationClasses();
        std::printf("features: %d grams, %d relation classes (%d graph-2 relations aligned by "
                    "the data, %d by anchors), %d self-attention vectors, input width %d "
                    "(%.1f s)\n",
                    features.tfidf().gramCount(), rc.classCount, rc.fromData, rc.fromAnchors,
                    features.attentionColumns(), features.inputDim(),
                    double(wall.nsecsElapsed()) * 1e-9);
        const EntityTypes &types = features.types();
        for (qint32 t = 0; t < types.typeCount; ++t)
            std::printf("  type %d: %lld entities: %s\n", t, types.size[size_t(t)],
                        qPrintable(types.description[size_t(t)]));

        AlignEvalOptions evalOptions;
        evalOptions.threads = threads;
        QElapsedTimer step;
        step.start();
        const AlignEvaluation names = evaluateAlignment(features, nullptr, evalOptions);
        std::printf("blocking recall: %.4f (top-%d names + anchors: see model), decision pool "
                    "recall (top-%d names) %.4f\n",
                    names.blockingRecall, evalOptions.rankDepth, evalOptions.decisionDepth,
                    names.decisionRecall);
        printRow("names only (TF-IDF 3-gram)", names.names, names.namesPr,
                 double(step.nsecsElapsed()) * 1e-9);
        printRow("names only + refinement", names.refined, names.refinedPr,
                 double(step.nsecsElapsed()) * 1e-9);

        if (parser.isSet(namesOnlyOpt))
            return 0;
        AlignTrainOptions base;
        base.epochs = parser.value(epochsOpt).toInt();
        base.threads = threads;
        base.seed = parser.value(seedOpt).toULongLong();
        base.hardShare = parser.value(hardOpt).toDouble();
        base.hardPool = parser.value(poolOpt).toInt();
        base.learningRate = parser.value(lrOpt).toFloat();
        std::vector<Variant> variants{{"full", base}};
        if (parser.isSet(ablationsOpt)) {
            Variant noCross{"no cross-graph attention", base};
            noCross.options.attention.cross = false;
            Variant noSelf{"no self-attention", base};
            noSelf.options.attention.self = false;
            Variant uniform{"uniform sampling", base};
            uniform.options.sampling = SamplingMode::Uniform;
            variants.push_back(noCross);
            variants.push_back(noSelf);
            variants.push_back(uniform);
        }
        for (const Variant &v : variants) {
            step.restart();
            AlignTrainReport report;
            const AlignModel model = trainAlignment(features, v.options, {}, &report);
            std::printf("[%s] trained %d epochs, %lld pairs, %.1f s; loss first %.4f last %.4f\n",
                        v.name, v.options.epochs, report.pairs, report.seconds,
                        report.epochLoss.empty() ? 0.0 : report.epochLoss.front(),
                        report.epochLoss.empty() ? 0.0 : report.epochLoss.back());
            {
                AlignModel copy = model;
                const ParamViews p(copy.params.data(), copy.layout);
                std::printf("[%s] scorer weights: name %.3f, evidence mass %.3f, bias %.3f; "
                            "|u1| %.3f |u2| %.3f |W2f| %.3f\n",
                            v.name, double(p.uName), double(p.uMass), double(p.bias),
                            double(p.u1.norm()), double(p.u2.norm()), double(p.w2f.norm()));
            }
            const AlignEvaluation ev = evaluateAlignment(features, &model, evalOptions);
            const double seconds = double(step.nsecsElapsed()) * 1e-9;
            std::printf("[%s] blocking recall %.4f, evaluation %.1f s\n", v.name, ev.blockingRecall,
                        ev.seconds);
            for (size_t r = 0; r < ev.pseudoLinks.size(); ++r)
                std::printf("[%s] bootstrap round %zu: %lld pseudo-anchors, %.4f of them test "
                            "links\n",
                            v.name, r + 1, ev.pseudoLinks[r], ev.pseudoPrecision[r]);
            printRow(QByteArray(QByteArray(v.name) + " model").constData(), ev.model, ev.modelPr,
                     seconds);
            printRow(QByteArray(QByteArray(v.name) + " refined").constData(), ev.refined,
                     ev.refinedPr, seconds);
        }
        std::printf("total: wall %.1f s, cpu %.1f s\n", double(wall.nsecsElapsed()) * 1e-9,
                    cpuSeconds() - cpu0);
    } catch (const Error &error) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error.describe()));
        return 1;
    }
    return 0;
}
