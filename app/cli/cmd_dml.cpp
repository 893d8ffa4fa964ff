// equigraph-cli dml: metric learning on Fashion-MNIST (or the built-in synthetic set) with a
// base loss alone and with the TCM regulariser, over several seeds, measured for threshold
// consistency (OPIS, eps-OPIS) and retrieval (Recall@1, MAP@R).
#include "cli_util.h"
#include "command.h"

#include "common/error.h"
#include "dml/dml_compare.h"
#include "dml/synthetic_images.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cmath>

namespace eg::cli {

namespace {

inline const char *const SyntheticSource = "synthetic";

double number(const QCommandLineParser &parser, const char *name, double low, double high)
{
    bool ok = false;
    const QString text = parser.value(QString::fromLatin1(name));
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < low || value > high)
        throw Error(QStringLiteral("--%1: expected a number in [%2, %3], got '%4'")
                        .arg(QLatin1String(name))
                        .arg(low)
                        .arg(high)
                        .arg(text));
    return value;
}

std::vector<quint64> seedsFrom(const QString &text)
{
    std::vector<quint64> seeds;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        seeds.push_back(part.trimmed().toULongLong(&ok));
        if (!ok)
            throw Error(QStringLiteral("--seeds: '%1' is not a whole number").arg(part));
    }
    if (seeds.empty())
        throw Error(QStringLiteral("--seeds: give at least one seed"));
    return seeds;
}

dml::DmlSettings settingsFrom(const QCommandLineParser &p)
{
    dml::DmlSettings s;
    const QString loss = p.value(QStringLiteral("loss"));
    if (loss == QLatin1String("proxyanchor"))
        s.baseLoss = dml::BaseLoss::ProxyAnchor;
    else if (loss != QLatin1String("arcface"))
        throw Error(QStringLiteral("--loss: expected arcface or proxyanchor, got '%1'").arg(loss));
    s.widths = {0, int(number(p, "hidden", 1, 4096)), int(number(p, "dim", 2, 1024))};
    s.arcFace = {number(p, "scale", 1e-3, 1e3), number(p, "margin", 0, 1.5)};
    s.proxyAnchor = {number(p, "alpha", 1e-3, 1e3), number(p, "delta", 0, 1)};
    s.tcm = {number(p, "tcm-pos", -1, 1), number(p, "tcm-neg", -1, 1),
             number(p, "tcm-wpos", 0, 1e6), number(p, "tcm-wneg", 0, 1e6)};
    s.epochs = int(number(p, "epochs", 1, 1000));
    s.classesPerBatch = int(number(p, "P", 2, 1000));
    s.perClass = int(number(p, "K", 1, 10000));
    s.learningRate = number(p, "lr", 1e-8, 10);
    s.classLearningRate = number(p, "class-lr", 1e-8, 10);
    s.threads = int(number(p, "threads", 0, 256));
    return s;
}

dml::DmlSplit loadSplit(const QCommandLineParser &p)
{
    const QString data = p.value(QStringLiteral("data"));
    const QString split = p.value(QStringLiteral("split"));
    if (split != QLatin1String("open") && split != QLatin1String("closed"))
        throw Error(QStringLiteral("--split: expected open or closed, got '%1'").arg(split));
    dml::ImageSet train, test;
    if (data == QLatin1String(SyntheticSource)) {
        dml::SyntheticImages synthetic = dml::makeSyntheticImages();
        train = std::move(synthetic.train);
        test = std::move(synthetic.test);
    } else {
        train = dml::loadFashionMnist(data, dml::FashionMnistPart::Train);
        test = dml::loadFashionMnist(data, dml::FashionMnistPart::Test);
    }
    return dml::makeSplit(train, test,
                          split == QLatin1String("open") ? dml::WorldSplit::OpenWorld
                                                         : dml::WorldSplit::ClosedWorld,
                          int(number(p, "seen", 1, 1000)));
}

void writeEmbeddings(const QString &folder, const dml::DmlRunResult &run,
                     const std::vector<qint32> &labels)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(
        QStringLiteral("seed%1-%2.csv").arg(run.seed)
            .arg(run.tcm ? QLatin1String("tcm") : QLatin1String("base")));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        throw Error(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    QByteArray line;
    for (qint64 i = 0; i < run.embeddings.rows(); ++i) {
        line = QByteArray::number(labels[size_t(i)]);
        for (qint64 k = 0; k < run.embeddings.cols(); ++k)
            line += ',' + QByteArray::number(run.embeddings(i, k), 'g', 7);
        line += '\n';
        if (file.write(line) != line.size())
            throw Error(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    }
}

QString row(const QString &seed, const QString &model, const dml::DmlFigures &f)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
        .arg(seed, -5)
        .arg(model, -9)
        .arg(f.opis, 8, 'f', 5)
        .arg(f.epsOpis, 8, 'f', 5)
        .arg(f.recallAt1, 6, 'f', 4)
        .arg(f.mapAtR, 6, 'f', 4)
        .arg(f.trainSeconds, 7, 'f', 1);
}

QString table(const dml::DmlComparison &c, bool base, bool tcm)
{
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(QStringLiteral("seed"), -5)
                       .arg(QStringLiteral("model"), -9)
                       .arg(QStringLiteral("OPIS"), 8)
                       .arg(QStringLiteral("eps-OPIS"), 8)
                       .arg(QStringLiteral("R@1"), 6)
                       .arg(QStringLiteral("MAP@R"), 6)
                       .arg(QStringLiteral("train s"), 7);
    for (size_t i = 0; i < c.seeds.size(); ++i) {
        if (base)
            text += row(QString::number(c.seeds[i]), QStringLiteral("base"), c.base[i]);
        if (tcm)
            text += row(QString::number(c.seeds[i]), QStringLiteral("base+TCM"), c.tcm[i]);
    }
    if (base)
        text += row(QStringLiteral("mean"), QStringLiteral("base"), c.baseMean);
    if (tcm)
        text += row(QStringLiteral("mean"), QStringLiteral("base+TCM"), c.tcmMean);
    const auto signedFigure = [](double value, int decimals) -> QString {
        return (value >= 0 ? QStringLiteral("+") : QString()) +
               QString::number(value, 'f', decimals);
    };
    if (base && tcm)
        text += QStringLiteral("\nTCM against base: OPIS %1 %, eps-OPIS %2 %, Recall@1 %3 "
                               "points; OPIS lower in %4 of %5 seeds\n")
                    .arg(signedFigure(100.0 * c.opisChange(), 1))
                    .arg(signedFigure(c.baseMean.epsOpis > 0
                                          ? 100.0 * (c.tcmMean.epsOpis - c.baseMean.epsOpis) /
                                                c.baseMean.epsOpis
                                          : 0.0,
                                      1))
                    .arg(signedFigure(100.0 * (c.tcmMean.recallAt1 - c.baseMean.recallAt1), 2))
                    .arg(c.tcmLowerOpis)
                    .arg(c.seeds.size());
    return text;
}

} // namespace

int runDml(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train a metric-learning MLP (784-hidden-dim, unit-length output) with a base loss\n"
        "alone and with the TCM regulariser on top, for each seed, and compare their threshold\n"
        "consistency (OPIS, eps-OPIS) and retrieval quality (Recall@1, MAP@R) on the\n"
        "evaluation images (open world: classes never seen in training).\n"
        "Data: Fashion-MNIST (Debian's dataset-fashion-mnist) or 'synthetic', a small\n"
        "built-in labelled set with class-dependent spread."));
    const auto option = [&parser](const char *name, const char *help, const char *value,
                                  const char *fallback) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help),
                          QString::fromLatin1(value), QString::fromLatin1(fallback)});
    };
    option("data", "Fashion-MNIST folder, or 'synthetic'", "dir", dml::FashionMnistDefaultFolder);
    option("split", "open (train on the seen classes, evaluate on the others) or closed", "kind",
           "open");
    option("seen", "open world: labels below this are the seen classes", "n", "5");
    option("loss", "base loss: arcface or proxyanchor", "name", "arcface");
    option("seeds", "comma-separated seeds", "list", "1,2,3");
    option("only", "train only 'base' or only 'tcm'", "which", "");
    option("epochs", "epochs per model", "n", "10");
    option("lr", "learning rate of the network (Adam)", "rate", "1e-3");
    option("class-lr", "learning rate of the class vectors / proxies", "rate", "1e-2");
    option("scale", "ArcFace scale s", "s", "16");
    option("margin", "ArcFace margin m (radians)", "m", "0.3");
    option("alpha", "Proxy-Anchor alpha", "a", "32");
    option("delta", "Proxy-Anchor delta", "d", "0.1");
    option("tcm-pos", "TCM positive margin m+", "m", "0.9");
    option("tcm-neg", "TCM negative margin m-", "m", "0.5");
    option("tcm-wpos", "TCM weight lambda+", "w", "1");
    option("tcm-wneg", "TCM weight lambda-", "w", "1");
    option("P", "classes per batch", "n", "5");
    option("K", "images per class in a batch", "n", "32");
    option("hidden", "hidden layer width", "n", "256");
    option("dim", "embedding width", "n", "64");
    option("threads", "threads (0: every core)", "n", "2");
    option("embeddings", "write each model's evaluation embeddings as CSV into this folder",
           "dir", "");
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the results as JSON")});
    QString error;
    if (!parseOrReport(parser, arguments, &error) || !parser.positionalArguments().isEmpty()) {
        printErr((error.isEmpty() ? QStringLiteral("dml: takes no positional argument") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }
    dml::DmlSettings settings;
    std::vector<quint64> seeds;
    const QString only = parser.value(QStringLiteral("only"));
    try {
        settings = settingsFrom(parser);
        seeds = seedsFrom(parser.value(QStringLiteral("seeds")));
        if (!only.isEmpty() && only != QLatin1String("base") && only != QLatin1String("tcm"))
            throw Error(QStringLiteral("--only: expected base or tcm, got '%1'").arg(only));
    } catch (const Error &bad) {
        printErr(QStringLiteral("dml: %1\n").arg(bad.message()));
        return ExitUsage;
    }

    return runGuarded("dml", [&] {
        const dml::DmlSplit split = loadSplit(parser);
        settings.widths[0] = int(split.train.images.cols());
        const bool json = parser.isSet(QStringLiteral("json"));
        const QString folder = parser.value(QStringLiteral("embeddings"));
        if (!json)
            printErr(QStringLiteral("%1 training and %2 evaluation images, %3 seed(s)\n")
                         .arg(split.train.size())
                         .arg(split.evaluation.size())
                         .arg(seeds.size()));
        const ProgressFn progress = stderrProgress(QStringLiteral("training"));
        const dml::DmlRunFn onRun = [&](const dml::DmlRunResult &run) {
            if (!folder.isEmpty())
                writeEmbeddings(folder, run, split.evaluation.labels);
        };
        dml::DmlComparison comparison;
        if (only.isEmpty()) {
            comparison = dml::compareTcm(split, settings, seeds, {}, progress, onRun);
        } else {
            // One kind only: the same table with the other column left out.
            comparison.seeds = seeds;
            for (size_t i = 0; i < seeds.size(); ++i) {
                dml::DmlSettings s = settings;
                s.seed = seeds[i];
                s.useTcm = only == QLatin1String("tcm");
                const dml::DmlRunResult run = dml::trainAndMeasure(split, s, {}, progress);
                onRun(run);
                (s.useTcm ? comparison.tcm : comparison.base).push_back(dml::figuresOf(run));
            }
            auto &runs = only == QLatin1String("tcm") ? comparison.tcm : comparison.base;
            dml::DmlFigures &mean = only == QLatin1String("tcm") ? comparison.tcmMean
                                                                 : comparison.baseMean;
            for (const dml::DmlFigures &f : runs) {
                mean.opis += f.opis / double(runs.size());
                mean.epsOpis += f.epsOpis / double(runs.size());
                mean.recallAt1 += f.recallAt1 / double(runs.size());
                mean.mapAtR += f.mapAtR / double(runs.size());
                mean.trainSeconds += f.trainSeconds / double(runs.size());
            }
        }
        if (json) {
            QJsonObject out = dml::dmlComparisonJson(comparison);
            dml::DmlSettings shown = settings;
            shown.useTcm = only != QLatin1String("base");
            out.insert(QStringLiteral("settings"), dml::dmlSettingsJson(shown));
            out.insert(QStringLiteral("data"), parser.value(QStringLiteral("data")));
            out.insert(QStringLiteral("split"), parser.value(QStringLiteral("split")));
            out.insert(QStringLiteral("trainImages"), split.train.size());
            out.insert(QStringLiteral("evaluationImages"), split.evaluation.size());
            printJson(out);
        } else {
            printOut(table(comparison, only != QLatin1String("tcm"),
                           only != QLatin1String("base")));
        }
        return int(ExitOk);
    });
}

} // namespace eg::cli
