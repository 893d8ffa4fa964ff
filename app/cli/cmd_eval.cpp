// equigraph-cli eval: filtered link-prediction ranking of a saved model on a data set.
#include "cli_util.h"
#include "command.h"
#include "data_source.h"
#include "metrics_report.h"

#include "common/error.h"
#include "embed/embedding_io.h"
#include "embed/model_file.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"

namespace eg::cli {

int runEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rank the head and tail of every test triple against all entities (filtered by\n"
        "train + valid + test unless --raw) and print MRR, MR and Hits@1/3/10."));
    parser.addPositionalArgument(QStringLiteral("data"), QStringLiteral("the data set"));
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("the model (.egm)"));
    parser.addOption({QStringLiteral("split"), QStringLiteral("test (default) or valid"),
                      QStringLiteral("name"), QStringLiteral("test")});
    parser.addOption({QStringLiteral("raw"), QStringLiteral("unfiltered ranking")});
    parser.addOption({QStringLiteral("per-relation"), QStringLiteral("print a per-relation table")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("threads (0: every core)"),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("names"), QStringLiteral("entity names file"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the results as JSON")});
    QString error;
    if (!parseOrReport(parser, arguments, &error) || parser.positionalArguments().size() != 2) {
        printErr((error.isEmpty() ? QStringLiteral("eval: give a data set and a model") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }
    const QString split = parser.value(QStringLiteral("split"));
    if (split != QLatin1String("test") && split != QLatin1String("valid")) {
        printErr(QStringLiteral("eval: --split must be test or valid\n"));
        return ExitUsage;
    }

    return runGuarded("eval", [&] {
        const QStringList positional = parser.positionalArguments();
        const Graph graph = loadDataSource(positional.at(0), parser.value(QStringLiteral("names")),
                                           stderrProgress(QStringLiteral("loading")));
        const KeyedModel keyed = loadModel(positional.at(1));
        const KeyMapping mapped = mapToGraph(keyed, graph);
        if (!mapped.missingEntities.empty() || !mapped.missingRelations.empty())
            printErr(QStringLiteral("warning: the model has no vector for %1 entities and %2 "
                                    "relations of the data set (scored as zero vectors)\n")
                         .arg(mapped.missingEntities.size())
                         .arg(mapped.missingRelations.size()));

        const std::vector<Triple> &queries = split == QLatin1String("test") ? graph.test
                                                                            : graph.valid;
        if (queries.empty())
            throw Error(QStringLiteral("the %1 split of %2 is empty").arg(split, graph.source));
        const bool raw = parser.isSet(QStringLiteral("raw"));
        std::optional<KnownTriples> known;
        if (!raw)
            known.emplace(KnownTriples{graph.train, graph.valid, graph.test});
        EvalOptions options;
        options.filtered = !raw;
        options.threads = parser.value(QStringLiteral("threads")).toInt();
        const EvalResult result = evaluate(mapped.model, queries, raw ? nullptr : &*known, options,
                                           stderrProgress(QStringLiteral("evaluating")));

        const bool perRelation = parser.isSet(QStringLiteral("per-relation"));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json = evalResultJson(result, graph, perRelation);
            json.insert(QStringLiteral("split"), split);
            json.insert(QStringLiteral("filtered"), !raw);
            printJson(json);
            return int(ExitOk);
        }
        const QString kind = raw ? QStringLiteral("raw") : QStringLiteral("filtered");
        printOut(QStringLiteral("%1 %2 triples, %3, %4 s\n")
                     .arg(split)
                     .arg(queries.size())
                     .arg(kind)
                     .arg(result.seconds, 0, 'f', 2));
        printOut(QStringLiteral("both  ") + metricsLine(result.overall) + QLatin1Char('\n'));
        printOut(QStringLiteral("head  ") + metricsLine(result.head) + QLatin1Char('\n'));
        printOut(QStringLiteral("tail  ") + metricsLine(result.tail) + QLatin1Char('\n'));
        if (perRelation)
            printOut(QLatin1Char('\n') + perRelationTable(result, graph));
        return int(ExitOk);
    });
}

} // namespace eg::cli
