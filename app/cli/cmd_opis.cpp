// equigraph-cli opis: threshold consistency (utility curves, OPIS, eps-OPIS) and retrieval
// quality (Recall@1, MAP@R) of labelled embeddings.
#include "cli_util.h"
#include "command.h"

#include "common/error.h"
#include "embed/model_file.h"
#include "threshold/labelled_embeddings.h"
#include "threshold/threshold_report.h"
#include "threshold/typed_entities.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace eg::cli {

namespace {

struct OpisInput
{
    LabelledEmbeddings data;
    std::vector<QString> classNames; // by class index (ascending label); empty: the labels
    QString description;
};

OpisInput loadInput(const QString &path, const QCommandLineParser &parser)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString labels = parser.value(QStringLiteral("labels"));
    const QString types = parser.value(QStringLiteral("types"));
    const ProgressFn progress = stderrProgress(QStringLiteral("reading"));
    OpisInput in;
    if (suffix == QLatin1String("egm")) {
        if (types.isEmpty())
            throw Error(QStringLiteral("a model file needs --types FILE (entity TAB type) or "
                                       "--types prefix"));
        const KeyedModel model = loadModel(path);
        TypedEmbeddings typed = typedEntityEmbeddings(model, types);
        in.data = std::move(typed.data);
        in.classNames = typed.typeNames; // labels are 0 .. n-1 in name order
        in.description = QStringLiteral("%1 entities with a type (%2 without)")
                             .arg(in.data.labels.size())
                             .arg(typed.untyped);
    } else if (suffix == QLatin1String("npy")) {
        if (labels.isEmpty())
            throw Error(QStringLiteral("a .npy file needs --labels FILE (one integer a line)"));
        in.data = readNpyWithLabels(path, labels, progress);
        in.description = QStringLiteral("%1 embeddings").arg(in.data.labels.size());
    } else {
        in.data = readLabelledCsv(path, progress);
        in.description = QStringLiteral("%1 embeddings").arg(in.data.labels.size());
    }
    return in;
}

double positiveNumber(const QCommandLineParser &parser, const char *name, bool allowZero = false)
{
    bool ok = false;
    const QString text = parser.value(QString::fromLatin1(name));
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || (!allowZero && value == 0.0))
        throw Error(QStringLiteral("--%1: expected a positive number, got '%2'")
                        .arg(QLatin1String(name), text));
    return value;
}

ThresholdSettings settingsFrom(const QCommandLineParser &parser)
{
    ThresholdSettings s;
    const QString distance = parser.value(QStringLiteral("distance"));
    if (distance == QLatin1String("cosine"))
        s.histograms.distance = DistanceKind::Cosine;
    else if (distance != QLatin1String("l2"))
        throw Error(QStringLiteral("--distance: expected l2 or cosine, got '%1'").arg(distance));
    const QString pooled = parser.value(QStringLiteral("pooled"));
    if (pooled == QLatin1String("mean-of-classes"))
        s.opis.utility.pooled = PooledCurve::MeanOfClasses;
    else if (pooled != QLatin1String("all-pairs"))
        throw Error(QStringLiteral("--pooled: expected all-pairs or mean-of-classes, got '%1'")
                        .arg(pooled));
    s.histograms.bins = int(positiveNumber(parser, "bins"));
    s.histograms.threads = int(positiveNumber(parser, "threads", true));
    s.opis.utility.beta = positiveNumber(parser, "beta");
    s.opis.farLow = positiveNumber(parser, "far-low");
    s.opis.farHigh = positiveNumber(parser, "far-high");
    s.opis.thresholds = int(positiveNumber(parser, "thresholds"));
    s.opis.epsilon = positiveNumber(parser, "epsilon");
    s.retrieval = !parser.isSet(QStringLiteral("no-retrieval"));
    return s;
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush())
        throw Error(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
}

QString figure(double value, int decimals = 5)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("-");
}

QString textReport(const ThresholdReport &r, const std::vector<QString> &names,
                   const QString &description)
{
    const OpisResult &o = r.opis;
    QString text = QStringLiteral("%1, dimension %2, %3 classes (%4 eligible), %5 s\n")
                       .arg(description)
                       .arg(r.dimension)
                       .arg(o.curves.classes.size())
                       .arg(o.eligibleClasses)
                       .arg(r.seconds, 0, 'f', 2);
    text += QStringLiteral("calibration range  [%1, %2]\n")
                .arg(figure(o.range.low, 4), figure(o.range.high, 4));
    text += QStringLiteral("OPIS      %1\neps-OPIS  %2\n").arg(figure(o.opis), figure(o.epsOpis));
    if (r.retrieval.queries > 0)
        text += QStringLiteral("Recall@1  %1\nMAP@R     %2\n")
                    .arg(figure(r.retrieval.recallAt1, 4), figure(r.retrieval.mapAtR, 4));
    text += QStringLiteral("\n%1  %2  %3  %4  %5  class\n")
                .arg(QStringLiteral("items"), 7)
                .arg(QStringLiteral("mean U"), 7)
                .arg(QStringLiteral("(U-Ubar)^2"), 10)
                .arg(QStringLiteral("R@1"), 6)
                .arg(QStringLiteral("worst"), 5);
    for (size_t c = 0; c < o.curves.classes.size(); ++c) {
        const ClassCurve &curve = o.curves.classes[c];
        const bool worst = std::find(o.worstClasses.begin(), o.worstClasses.end(), int(c)) !=
                           o.worstClasses.end();
        const double recall = c < r.retrieval.classRecallAt1.size()
                                  ? r.retrieval.classRecallAt1[c]
                                  : std::nan("");
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(curve.items, 7)
                    .arg(figure(o.classMeanUtility[c], 4), 7)
                    .arg(figure(o.classDeviation[c], 6), 10)
                    .arg(figure(recall, 3), 6)
                    .arg(worst ? QStringLiteral("*") : QString(), 5)
                    .arg(c < names.size() ? names[c] : QString::number(curve.label));
    }
    return text;
}

} // namespace

int runOpis(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Per-class utility curves against one global distance threshold, OPIS and eps-OPIS\n"
        "over the calibration range, and Recall@1 / MAP@R of labelled embeddings.\n"
        "Input: a CSV file (label,value,value,...), a .npy file with --labels, or a model\n"
        "file (.egm) with --types (entity types as the classes)."));
    parser.addPositionalArgument(QStringLiteral("input"),
                                 QStringLiteral("embeddings: .csv, .npy or .egm"));
    const auto option = [&parser](const char *name, const char *help, const char *value,
                                  const char *fallback) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help),
                          QString::fromLatin1(value), QString::fromLatin1(fallback)});
    };
    option("labels", "labels of a .npy file, one integer a line", "file", "");
    option("types", "entity types of a model: a file (entity TAB type) or 'prefix'", "file", "");
    option("distance", "l2 (of normalised rows, default) or cosine", "kind", "l2");
    option("bins", "histogram bins", "n", "4096");
    option("beta", "F-beta weight of the utility", "b", "1");
    option("pooled", "reference curve: all-pairs (default) or mean-of-classes", "form",
           "all-pairs");
    option("far-low", "global false-accept rate at the low end of the range", "rate", "0.01");
    option("far-high", "global false-accept rate at the high end of the range", "rate", "0.1");
    option("thresholds", "thresholds sampled over the calibration range", "n", "101");
    option("epsilon", "worst share of classes for eps-OPIS", "share", "0.1");
    option("threads", "threads (0: every core)", "n", "2");
    option("curves", "write the utility curves (CSV) to this file", "file", "");
    option("output", "write the metrics (JSON) to this file", "file", "");
    parser.addOption({QStringLiteral("rates"), QStringLiteral("add TPR and TNR to the curves")});
    parser.addOption(
        {QStringLiteral("no-retrieval"), QStringLiteral("skip Recall@1 and MAP@R")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the results as JSON")});
    QString error;
    if (!parseOrReport(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        printErr((error.isEmpty() ? QStringLiteral("opis: give one embeddings file") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }
    ThresholdSettings settings;
    try {
        settings = settingsFrom(parser);
    } catch (const Error &bad) {
        printErr(QStringLiteral("opis: %1\n").arg(bad.message()));
        return ExitUsage;
    }

    return runGuarded("opis", [&] {
        const OpisInput in = loadInput(parser.positionalArguments().at(0), parser);
        const ThresholdReport report =
            analyseThresholds(in.data.embeddings, in.data.labels, settings,
                              stderrProgress(QStringLiteral("measuring")));
        QJsonObject json = thresholdReportJson(report, in.classNames, false);
        json.insert(QStringLiteral("settings"), thresholdSettingsJson(settings));
        const QString curves = parser.value(QStringLiteral("curves"));
        if (!curves.isEmpty())
            writeText(curves, utilityCurvesCsv(report.opis, in.classNames,
                                               parser.isSet(QStringLiteral("rates")))
                                  .toUtf8());
        const QString output = parser.value(QStringLiteral("output"));
        if (!output.isEmpty())
            writeText(output, QJsonDocument(json).toJson(QJsonDocument::Indented));
        if (parser.isSet(QStringLiteral("json")))
            printJson(json);
        else
            printOut(textReport(report, in.classNames, in.description));
        return int(ExitOk);
    });
}

} // namespace eg::cli
