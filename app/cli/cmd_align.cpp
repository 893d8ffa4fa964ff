// equigraph-cli align: train the entity-alignment matcher, evaluate it on the test links and
// write the review candidates (scores + attention weights) into a session file.
#include "align/align_review.h"
#include "cli_util.h"
#include "command.h"
#include "common/error.h"
#include "store/session.h"

#include <QFileInfo>
#include <QJsonArray>

namespace eg::cli {

namespace {

double number(const QCommandLineParser &parser, const QString &name, double fallback, double lo,
              double hi) {
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < lo || value > hi)
        throw Error(QStringLiteral("--%1 wants a number in [%2, %3], not '%4'")
                        .arg(name)
                        .arg(lo)
                        .arg(hi)
                        .arg(parser.value(name)));
    return value;
}

AlignRunOptions optionsFrom(const QCommandLineParser &parser) {
    AlignRunOptions o;
    AlignTrainOptions &t = o.train;
    t.epochs = int(number(parser, QStringLiteral("epochs"), t.epochs, 1, 10000));
    t.seed = quint64(number(parser, QStringLiteral("seed"), double(t.seed), 0, 1e15));
    t.learningRate = float(number(parser, QStringLiteral("lr"), t.learningRate, 1e-6, 1));
    t.hidden = int(number(parser, QStringLiteral("hidden"), t.hidden, 2, 1024));
    t.threads = int(number(parser, QStringLiteral("threads"), t.threads, 1, 256));
    t.attention.cross = !parser.isSet(QStringLiteral("no-cross"));
    t.attention.self = !parser.isSet(QStringLiteral("no-self"));
    const QString sampling = parser.value(QStringLiteral("sampling"));
    if (sampling == QLatin1String("uniform"))
        t.sampling = SamplingMode::Uniform;
    else if (sampling == QLatin1String("all"))
        t.sampling = SamplingMode::All;
    else if (!sampling.isEmpty() && sampling != QLatin1String("relation-aware"))
        throw Error(QStringLiteral("--sampling wants relation-aware, uniform or all, not '%1'")
                        .arg(sampling));
    o.eval.threads = t.threads;
    o.eval.threshold = float(number(parser, QStringLiteral("threshold"), 0.5, 0, 1));
    o.eval.refine = !parser.isSet(QStringLiteral("no-refine"));
    o.eval.samples = int(number(parser, QStringLiteral("samples"), o.eval.samples, 1, 64));
    o.namesOnly = parser.isSet(QStringLiteral("names-only"));
    o.perEntity = int(number(parser, QStringLiteral("per-entity"), o.perEntity, 1, 50));
    o.minScore = float(number(parser, QStringLiteral("min-score"), o.minScore, 0, 1));
    return o;
}

QString row(const char *name, const QJsonObject &m) {
    const auto v = [&m](const char *key) {
        return m.value(QLatin1String(key)).toDouble();
    };
    return QStringLiteral("%1 Hits@1 %2  Hits@10 %3  MRR %4 | at %5: P %6  R %7  F1 %8 | "
                          "PRAUC %9  R@P.95 %10\n")
        .arg(QLatin1String(name), -16)
        .arg(v("hits1"), 0, 'f', 4)
        .arg(v("hits10"), 0, 'f', 4)
        .arg(v("mrr"), 0, 'f', 4)
        .arg(v("threshold"), 0, 'f', 2)
        .arg(v("precision"), 0, 'f', 4)
        .arg(v("recall"), 0, 'f', 4)
        .arg(v("f1"), 0, 'f', 4)
        .arg(v("prauc"), 0, 'f', 4)
        .arg(v("recallAtPrecision"), 0, 'f', 4);
}

} // namespace

int runAlign(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Entity alignment: train the CG-MuAlign-style matcher on the training links of two\n"
        "graphs, evaluate it on the test links (Hits@1/10, MRR; precision, recall, F1 at the\n"
        "threshold, PRAUC and recall at precision 0.95 over the top-10 blocked candidates) and\n"
        "write the review candidates with their scores and attention weights into a session.\n"
        "<folder> is a DBP15K or OpenEA folder; --demo uses the demo world's two views."));
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("the data set"),
                                 QStringLiteral("[folder]"));
    const auto add = [&parser](const char *name, const char *help, const char *value = nullptr) {
        parser.addOption(
            {QLatin1String(name), QLatin1String(help), value ? QLatin1String(value) : QString()});
    };
    add("demo", "use the built-in demo world's two alignment views");
    add("session", "write the run and its candidates into this session (created if new)", "file");
    add("epochs", "training epochs (default 30)", "n");
    add("seed", "training seed (default 1)", "n");
    add("lr", "Adam learning rate (default 0.01)", "x");
    add("hidden", "hidden width H (default 64)", "n");
    add("threads", "worker threads (default 2)", "n");
    add("no-cross", "ablation: no cross-graph attention");
    add("no-self", "ablation: no self-attention");
    add("sampling", "relation-aware (default), uniform or all", "mode");
    add("names-only", "no training: the names-only baseline");
    add("no-refine", "no one-to-one (Sinkhorn) refinement");
    add("samples", "neighbour samples a pair's score is averaged over (default 4)", "n");
    add("threshold", "decision threshold for precision / recall / F1 (default 0.5)", "x");
    add("per-entity", "review candidates per test entity (default 3)", "n");
    add("min-score", "keep candidates after an entity's first above this score (0.05)", "x");
    add("json", "print the results as JSON");
    QString error;
    const bool parsed = parseOrReport(parser, arguments, &error);
    const bool demo = parsed && parser.isSet(QStringLiteral("demo"));
    if (!parsed || parser.positionalArguments().size() != (demo ? 0 : 1)) {
        printErr((error.isEmpty() ? QStringLiteral("align: give one folder, or --demo") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }

    return runGuarded("align", [&] {
        const AlignRunOptions options = optionsFrom(parser);
        Session session;
        const QString sessionPath = parser.value(QStringLiteral("session"));
        if (!sessionPath.isEmpty()) { // open it first: a bad session fails before training
            session = QFileInfo::exists(sessionPath) ? Session::open(sessionPath)
                                                     : Session::create(sessionPath);
            session.requireWritable(QStringLiteral("record the alignment"));
        }
        const AlignmentData data =
            demo ? loadDemoAlignment(stderrProgress(QStringLiteral("demo views")))
                 : loadAlignmentData(parser.positionalArguments().first(), {},
                                     stderrProgress(QStringLiteral("loading")));
        printErr(QStringLiteral("%1: graph 1 %2 entities, %3 triples; graph 2 %4 entities, %5 "
                                "triples; %6 training / %7 test links\n")
                     .arg(data.source)
                     .arg(data.first.graph.entityCount())
                     .arg(data.first.graph.train.size())
                     .arg(data.second.graph.entityCount())
                     .arg(data.second.graph.train.size())
                     .arg(data.trainLinks.size())
                     .arg(data.testLinks.size()));
        const AlignRunResult result =
            runAlignment(data, options, stderrProgress(QStringLiteral("aligning")));
        const QJsonObject metrics = alignMetricsJson(result.evaluation);
        QJsonObject out{{QStringLiteral("data"), data.source},
                        {QStringLiteral("options"), alignOptionsJson(options)},
                        {QStringLiteral("metrics"), metrics},
                        {QStringLiteral("candidates"), qint64(result.candidates.size())},
                        {QStringLiteral("testEntities"), result.testEntities},
                        {QStringLiteral("trainSeconds"), result.training.seconds},
                        {QStringLiteral("seconds"), result.seconds}};
        if (session.isOpen()) {
            const QString label =
                QStringLiteral("align %1%2")
                    .arg(demo ? QStringLiteral("demo") : data.source,
                         options.namesOnly ? QStringLiteral(" (names only)") : QString());
            const qint64 runId = recordAlignment(session, result, options, label);
            out.insert(QStringLiteral("session"), session.path());
            out.insert(QStringLiteral("runId"), runId);
            printErr(QStringLiteral("wrote run %1 with %2 candidates to %3\n")
                         .arg(runId)
                         .arg(result.candidates.size())
                         .arg(session.path()));
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(out);
            return int(ExitOk);
        }
        const QJsonObject names = metrics.value(QStringLiteral("names")).toObject();
        printOut(row("names only", names));
        if (!options.namesOnly)
            printOut(row("model", metrics.value(QStringLiteral("model")).toObject()));
        if (options.eval.refine)
            printOut(row(options.namesOnly ? "names refined" : "model refined",
                         metrics.value(QStringLiteral("refined")).toObject()));
        printOut(QStringLiteral("blocking recall %1; %2 review candidates for %3 test entities; "
                                "training %4 s, total %5 s\n")
                     .arg(result.evaluation.blockingRecall, 0, 'f', 4)
                     .arg(result.candidates.size())
                     .arg(result.testEntities)
                     .arg(result.training.seconds, 0, 'f', 1)
                     .arg(result.seconds, 0, 'f', 1));
        return int(ExitOk);
    });
}

} // namespace eg::cli
