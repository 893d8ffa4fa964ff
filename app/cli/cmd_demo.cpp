// equigraph-cli demo: write the built-in demo world, and optionally run the main job on it.
#include "cli_util.h"
#include "command.h"
#include "data_source.h"
#include "metrics_report.h"
#include "train_options.h"

#include "common/error.h"
#include "demo/alignment_views.h"
#include "demo/demo_world.h"
#include "embed/model_file.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"
#include "store/config_json.h"

#include <QJsonArray>

namespace eg::cli {

namespace {

quint64 parseCount(const QCommandLineParser &parser, const QString &name, quint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const quint64 value = parser.value(name).toULongLong(&ok);
    if (!ok)
        throw Error(QStringLiteral("--%1 wants a whole number, not '%2'")
                        .arg(name, parser.value(name)));
    return value;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generate the built-in demo world: people with gender, profession, nationality,\n"
        "religion, birthplace, employer and works, with planted profession-gender shares.\n"
        "--run also trains a model on it and evaluates it (the README's first command)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")},
                      QStringLiteral("write the world's files into this folder"),
                      QStringLiteral("folder")});
    parser.addOption({QStringLiteral("views"),
                      QStringLiteral("also write two noisy views for alignment (DBP15K layout)"),
                      QStringLiteral("folder")});
    parser.addOption({QStringLiteral("world-seed"), QStringLiteral("seed of the world (default 42)"),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("people"), QStringLiteral("number of people (default 3000)"),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("run"),
                      QStringLiteral("train (preset 'demo' unless overridden) and evaluate")});
    parser.addOption({QStringLiteral("save-model"), QStringLiteral("with --run: save the model"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the results as JSON")});
    addTrainOptions(parser);
    QString error;
    if (!parseOrReport(parser, arguments, &error)) {
        printErr(error + QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }

    return runGuarded("demo", [&] {
        DemoOptions options;
        options.seed = parseCount(parser, QStringLiteral("world-seed"), options.seed);
        options.people = qint32(parseCount(parser, QStringLiteral("people"), options.people));
        const DemoWorld world = generateDemoWorld(options);
        const Graph &graph = world.graph;
        printErr(QStringLiteral("demo world (seed %1): %2\n")
                     .arg(options.seed)
                     .arg(graphSummary(graph)));
        QJsonObject result{{QStringLiteral("seed"), QString::number(options.seed)},
                           {QStringLiteral("entities"), graph.entityCount()},
                           {QStringLiteral("relations"), graph.relationCount()},
                           {QStringLiteral("triples"), graph.tripleCount()}};
        if (parser.isSet(QStringLiteral("out"))) {
            writeDemoWorld(world, parser.value(QStringLiteral("out")));
            printErr(QStringLiteral("wrote %1\n").arg(parser.value(QStringLiteral("out"))));
        }
        if (parser.isSet(QStringLiteral("views"))) {
            writeAlignmentViews(makeAlignmentViews(world, {}), parser.value(QStringLiteral("views")));
            printErr(QStringLiteral("wrote %1\n").arg(parser.value(QStringLiteral("views"))));
        }
        if (!parser.isSet(QStringLiteral("run"))) {
            if (parser.isSet(QStringLiteral("json")))
                printJson(result);
            return int(ExitOk);
        }

        const TrainConfig config = trainConfigFromOptions(parser, QStringLiteral("demo"));
        double seconds = 0.0;
        const Model model = train(graph.train, graph.entityCount(), graph.relationCount(), config,
                                  stderrProgress(QStringLiteral("training")),
                                  [&](const EpochStats &stats, const Model &) {
                                      seconds += stats.seconds;
                                      return true;
                                  });
        if (parser.isSet(QStringLiteral("save-model")))
            saveModel(parser.value(QStringLiteral("save-model")), model, graph.entities,
                      graph.relations, {{QStringLiteral("config"), store::toJson(config)}});
        const KnownTriples known{graph.train, graph.valid, graph.test};
        const EvalResult test = evaluate(model, graph.test, &known);
        result.insert(QStringLiteral("config"), store::toJson(config));
        result.insert(QStringLiteral("trainSeconds"), seconds);
        result.insert(QStringLiteral("test"), metricsJson(test.overall));
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(result);
            return int(ExitOk);
        }
        printOut(QStringLiteral("trained %1 (%2 epochs) in %3 s\n")
                     .arg(modelTypeName(config.model.type))
                     .arg(config.epochs)
                     .arg(seconds, 0, 'f', 1));
        printOut(QStringLiteral("test (filtered): ") + metricsLine(test.overall) +
                 QLatin1Char('\n'));
        return int(ExitOk);
    });
}

} // namespace eg::cli
