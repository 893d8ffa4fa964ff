// Metric learning with and without the TCM regulariser on Fashion-MNIST: for each seed, trains
// the base loss alone and base + TCM (same seed, same batches), embeds the evaluation images
// and measures OPIS, eps-OPIS (core/threshold defaults), Recall@1 and MAP@R; prints per-seed
// figures, means over seeds, the relative OPIS change and the training wall times.
//
//   bench_dml [--data DIR] [--split open|closed] [--loss arcface|proxyanchor] [--seeds 1,2,3]
//             [--epochs 10] [--lr 1e-3] [--class-lr 1e-2] [--scale 16] [--margin 0.3]
//             [--alpha 32] [--delta 0.1] [--tcm-pos 0.9] [--tcm-neg 0.5] [--tcm-wpos 1]
//             [--tcm-wneg 1] [--P 5] [--K 32] [--hidden 256] [--dim 64] [--threads 2]
//             [--only base|tcm] [--verbose]
//
// Default data: /usr/share/datasets/fashion-mnist (Debian's dataset-fashion-mnist).

#include "common/error.h"
#include "dml/dml_split.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

namespace {

struct Run
{
    double opis = 0, epsOpis = 0, recall = 0, map = 0, seconds = 0, cpu = 0, loss = 0;
};

Run trainAndEvaluate(const eg::dml::DmlSplit &split, const eg::dml::DmlSettings &settings,
                     bool verbose)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const eg::dml::EpochFn onEpoch = [&](const eg::dml::EpochReport &r) {
        if (verbose)
            std::printf("    epoch %2d  loss %.4f (base %.4f, tcm %.4f)  %.1f s\n", r.epoch, r.loss,
                        r.baseLoss, r.tcmLoss, r.seconds);
    };
    const eg::dml::DmlModel model = eg::dml::trainDml(split.train, settings, {}, onEpoch);
    Run run;
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.cpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    run.loss = model.history.back().loss;
    const eg::dml::DmlEvaluation evaluation =
        eg::dml::evaluateModel(model, split.evaluation, settings.threads);
    if (verbose) {
        // Mean cosine inside each evaluation class and to the other classes.
        const eg::Matrix e = eg::dml::embedImages(model, split.evaluation.images, 2);
        const eg::Matrix s = e * e.transpose();
        std::map<qint32, std::pair<double, double>> sums, counts;
        const auto &labels = split.evaluation.labels;
        for (qint64 i = 0; i < e.rows(); ++i) {
            for (qint64 j = 0; j < e.rows(); ++j) {
                if (i == j)
                    continue;
                const bool same = labels[size_t(i)] == labels[size_t(j)];
                (same ? sums[labels[size_t(i)]].first : sums[labels[size_t(i)]].second) += s(i, j);
                (same ? counts[labels[size_t(i)]].first : counts[labels[size_t(i)]].second) += 1;
            }
        }
        std::printf("    mean cosine (label: inside, to others):");
        for (const auto &[label, sum] : sums)
            std::printf("  %d: %.3f %.3f", label, sum.first / counts[label].first,
                        sum.second / counts[label].second);
        std::printf("\n");
        const eg::OpisResult &o = evaluation.opis;
        std::printf("    calibration range [%.4f, %.4f]; per class (label: mean utility, "
                    "deviation, R@1):",
                    o.range.low, o.range.high);
        for (size_t c = 0; c < o.curves.classes.size(); ++c)
            std::printf("  %d: %.3f %.4f %.3f", o.curves.classes[c].label, o.classMeanUtility[c],
                        o.classDeviation[c], evaluation.retrieval.classRecallAt1[c]);
        std::printf("\n");
    }
    run.opis = evaluation.opis.opis;
    run.epsOpis = evaluation.opis.epsOpis;
    run.recall = evaluation.retrieval.recallAt1;
    run.map = evaluation.retrieval.mapAtR;
    return run;
}

void print(const char *name, const Run &r)
{
    std::printf("  %-10s OPIS %.5f  eps-OPIS %.5f  R@1 %.4f  MAP@R %.4f  train %.1f s wall, "
                "%.1f s CPU  (last loss %.4f)\n",
                name, r.opis, r.epsOpis, r.recall, r.map, r.seconds, r.cpu, r.loss);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    auto option = [&](const char *name, const char *help, const char *value) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("v"),
                          QString::fromLatin1(value)});
    };
    option("data", "Fashion-MNIST folder.", eg::dml::FashionMnistDefaultFolder);
    option("split", "open or closed.", "open");
    option("loss", "arcface or proxyanchor.", "arcface");
    option("seeds", "Comma-separated seeds.", "1,2,3");
    option("epochs", "Epochs.", "10");
    option("lr", "Learning rate (network).", "1e-3");
    option("class-lr", "Learning rate (class vectors).", "1e-2");
    option("scale", "ArcFace scale s.", "16");
    option("margin", "ArcFace margin m.", "0.3");
    option("alpha", "Proxy-Anchor alpha.", "32");
    option("delta", "Proxy-Anchor delta.", "0.1");
    option("tcm-pos", "TCM m+.", "0.9");
    option("tcm-neg", "TCM m-.", "0.5");
    option("tcm-wpos", "TCM lambda+.", "1");
    option("tcm-wneg", "TCM lambda-.", "1");
    option("P", "Classes per batch.", "5");
    option("K", "Images per class.", "32");
    option("hidden", "Hidden width.", "256");
    option("dim", "Embedding width.", "64");
    option("threads", "Threads.", "2");
    option("only", "Train only base or tcm.", "");
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Print every epoch.")});
    parser.process(app);
    auto text = [&](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    auto number = [&](const char *name) {
        return text(name).toDouble();
    };

    try {
        const QString folder = text("data");
        const eg::dml::ImageSet train =
            eg::dml::loadFashionMnist(folder, eg::dml::FashionMnistPart::Train);
        const eg::dml::ImageSet test =
            eg::dml::loadFashionMnist(folder, eg::dml::FashionMnistPart::Test);
        const bool open = text("split") != QLatin1String("closed");
        const eg::dml::DmlSplit split = eg::dml::makeSplit(
            train, test, open ? eg::dml::WorldSplit::OpenWorld : eg::dml::WorldSplit::ClosedWorld);

        eg::dml::DmlSettings settings;
        settings.widths = {int(train.images.cols()), int(number("hidden")), int(number("dim"))};
        settings.baseLoss = text("loss") == QLatin1String("proxyanchor")
                                ? eg::dml::BaseLoss::ProxyAnchor
                                : eg::dml::BaseLoss::ArcFace;
        settings.arcFace = {number("scale"), number("margin")};
        settings.proxyAnchor = {number("alpha"), number("delta")};
        settings.tcm = {number("tcm-pos"), number("tcm-neg"), number("tcm-wpos"),
                        number("tcm-wneg")};
        settings.epochs = int(number("epochs"));
        settings.learningRate = number("lr");
        settings.classLearningRate = number("class-lr");
        settings.classesPerBatch = int(number("P"));
        settings.perClass = int(number("K"));
        settings.threads = int(number("threads"));
        const bool verbose = parser.isSet(QStringLiteral("verbose"));

        std::printf("%s world: %lld training images, %lld evaluation images; %s, %d epochs, "
                    "lr %g / %g, P %d x K %d, %d-%d-%d, %d threads\n",
                    open ? "open" : "closed", qlonglong(split.train.size()),
                    qlonglong(split.evaluation.size()),
                    settings.baseLoss == eg::dml::BaseLoss::ArcFace ? "ArcFace" : "Proxy-Anchor",
                    settings.epochs, settings.learningRate, settings.classLearningRate,
                    settings.classesPerBatch, settings.perClass, settings.widths[0],
                    settings.widths[1], settings.widths[2], settings.threads);
        if (settings.baseLoss == eg::dml::BaseLoss::ArcFace)
            std::printf("ArcFace s %g m %g; ", settings.arcFace.scale, settings.arcFace.margin);
        else
            std::printf("Proxy-Anchor alpha %g delta %g; ", settings.proxyAnchor.alpha,
                        settings.proxyAnchor.delta);
        std::printf("TCM m+ %g m- %g lambda+ %g lambda- %g\n", settings.tcm.positiveMargin,
                    settings.tcm.negativeMargin, settings.tcm.positiveWeight,
                    settings.tcm.negativeWeight);

        Run baseMean, tcmMean;
        int count = 0;
        const QString only = text("only");
        for (const QString &seedText : text("seeds").split(u',', Qt::SkipEmptyParts)) {
            settings.seed = seedText.toULongLong();
            std::printf("seed %llu\n", static_cast<unsigned long long>(settings.seed));
            std::fflush(stdout);
            Run base, tcm;
            if (only != QLatin1String("tcm")) {
                settings.useTcm = false;
                base = trainAndEvaluate(split, settings, verbose);
                print("base", base);
            }
            if (only != QLatin1String("base")) {
                settings.useTcm = true;
                tcm = trainAndEvaluate(split, settings, verbose);
                print("base+TCM", tcm);
            }
            std::fflush(stdout);
            for (auto [sum, r] : {std::pair{&baseMean, base}, std::pair{&tcmMean, tcm}}) {
                sum->opis += r.opis;
                sum->epsOpis += r.epsOpis;
                sum->recall += r.recall;
                sum->map += r.map;
                sum->seconds += r.seconds;
                sum->cpu += r.cpu;
                sum->loss += r.loss;
            }
            ++count;
        }
        for (Run *r : {&baseMean, &tcmMean}) {
            r->opis /= count;
            r->epsOpis /= count;
            r->recall /= count;
            r->map /= count;
            r->seconds /= count;
            r->cpu /= count;
            r->loss /= count;
        }
        std::printf("mean over %d seeds\n", count);
        print("base", baseMean);
        print("base+TCM", tcmMean);
        if (only.isEmpty()) {
            std::printf("OPIS change %+.1f %%, eps-OPIS change %+.1f %%, Recall@1 change %+.2f "
                        "points, MAP@R change %+.2f points\n",
                        100.0 * (tcmMean.opis / baseMean.opis - 1.0),
                        100.0 * (tcmMean.epsOpis / baseMean.epsOpis - 1.0),
                        100.0 * (tcmMean.recall - baseMean.recall),
                        100.0 * (tcmMean.map - baseMean.map));
        }
    } catch (const eg::Error &error) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error.describe()));
        return 1;
    }
    return 0;
}
