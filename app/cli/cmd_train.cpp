// equigraph-cli train: train a model on a data set and save it.
#include "cli_util.h"
#include "command.h"
#include "data_source.h"
#include "metrics_report.h"
#include "train_options.h"

#include "embed/embedding_io.h"
#include "embed/model_file.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"
#include "store/config_json.h"

#include <QJsonArray>

namespace eg::cli {

int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train a knowledge-graph embedding model and save it as an .egm file.\n"
        "<data> is a triples folder, a triples file, an OpenKE folder or 'demo'."));
    parser.addPositionalArgument(QStringLiteral("data"), QStringLiteral("the data set"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")},
                      QStringLiteral("write the model here (.egm)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("names"), QStringLiteral("entity names file (id TAB name)"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("init"), QStringLiteral("continue from this model (.egm)"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("eval"),
                      QStringLiteral("evaluate on the test split after training (filtered)")});
    parser.addOption({QStringLiteral("eval-every"),
                      QStringLiteral("evaluate on the validation split every n epochs"),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the results as JSON")});
    addTrainOptions(parser);
    QString error;
    if (!parseOrReport(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        printErr((error.isEmpty() ? QStringLiteral("train: give one data set") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }

    return runGuarded("train", [&] {
        const TrainConfig config = trainConfigFromOptions(parser, QStringLiteral("demo"));
        const Graph graph = loadDataSource(parser.positionalArguments().first(),
                                           parser.value(QStringLiteral("names")),
                                           stderrProgress(QStringLiteral("loading")));
        printErr(graphSummary(graph) + QLatin1Char('\n'));

        std::optional<Model> initial;
        if (parser.isSet(QStringLiteral("init"))) {
            KeyedModel keyed = loadModel(parser.value(QStringLiteral("init")));
            initial = mapToGraph(keyed, graph).model;
        }

        const bool evalTest = parser.isSet(QStringLiteral("eval"));
        const int evalEvery = parser.value(QStringLiteral("eval-every")).toInt();
        std::optional<KnownTriples> known;
        if (evalTest || evalEvery > 0)
            known.emplace(KnownTriples{graph.train, graph.valid, graph.test});

        QJsonArray epochs;
        double trainSeconds = 0.0;
        const EpochFn onEpoch = [&](const EpochStats &stats, const Model &model) {
            trainSeconds += stats.seconds;
            QJsonObject row{{QStringLiteral("epoch"), stats.epoch},
                            {QStringLiteral("loss"), stats.loss},
                            {QStringLiteral("seconds"), stats.seconds}};
            QString line = QStringLiteral("epoch %1/%2  loss %3  %4 s")
                               .arg(stats.epoch)
                               .arg(config.epochs)
                               .arg(stats.loss, 0, 'g', 6)
                               .arg(stats.seconds, 0, 'f', 3);
            if (evalEvery > 0 && stats.epoch % evalEvery == 0 && !graph.valid.empty()) {
                const EvalResult valid = evaluate(model, graph.valid, &*known, {});
                row.insert(QStringLiteral("valid"), metricsJson(valid.overall));
                line += QStringLiteral("  valid MRR %1  Hits@10 %2")
                            .arg(valid.overall.mrr, 0, 'f', 4)
                            .arg(valid.overall.hits10, 0, 'f', 4);
            }
            epochs.append(row);
            printErr(line + QLatin1Char('\n'));
            return true;
        };

        const Model model = train(graph.train, graph.entityCount(), graph.relationCount(), config,
                                  stderrProgress(QStringLiteral("training")), onEpoch,
                                  initial ? &*initial : nullptr);

        QJsonObject result{{QStringLiteral("data"), graph.source},
                           {QStringLiteral("config"), store::toJson(config)},
                           {QStringLiteral("epochs"), epochs},
                           {QStringLiteral("trainSeconds"), trainSeconds},
                           {QStringLiteral("secondsPerEpoch"),
                            epochs.isEmpty() ? 0.0 : trainSeconds / epochs.size()}};
        const QString out = parser.value(QStringLiteral("out"));
        if (!out.isEmpty()) {
            saveModel(out, model, graph.entities, graph.relations,
                      QJsonObject{{QStringLiteral("config"), store::toJson(config)},
                                  {QStringLiteral("data"), graph.source}});
            result.insert(QStringLiteral("model"), out);
            printErr(QStringLiteral("saved %1\n").arg(out));
        }
        if (evalTest) {
            const EvalResult test = evaluate(model, graph.test, &*known, {},
                                             stderrProgress(QStringLiteral("evaluating")));
            result.insert(QStringLiteral("test"), evalResultJson(test, graph, false));
            if (!parser.isSet(QStringLiteral("json")))
                printOut(QStringLiteral("test (filtered): ") + metricsLine(test.overall) +
                         QLatin1Char('\n'));
        }
        if (parser.isSet(QStringLiteral("json")))
            printJson(result);
        else
            printOut(QStringLiteral("trained %1 epochs in %2 s (%3 s per epoch)\n")
                         .arg(epochs.size())
                         .arg(trainSeconds, 0, 'f', 2)
                         .arg(result.value(QStringLiteral("secondsPerEpoch")).toDouble(), 0, 'f',
                              4));
        return int(ExitOk);
    });
}

} // namespace eg::cli
