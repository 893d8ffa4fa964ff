// equigraph-cli bias: per-profession bias B_p of a model (Fisher et al.; kg-bias.md §2) and,
// with --aggregate, the difference in scores and the probe accuracy (§3).
#include "bias_setup.h"
#include "cli_util.h"
#include "command.h"
#include "data_source.h"
#include "fact_probe_run.h"

#include "bias/probe.h"
#include "bias/profession_bias.h"
#include "bias/score_difference.h"
#include "bias/sensitive.h"
#include "common/error.h"
#include "embed/embedding_io.h"
#include "embed/model_file.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace eg::cli {

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QJsonObject rowJson(const Graph &graph, const ProfessionBias &row)
{
    return {{QStringLiteral("profession"), graph.entities.keyString(row.profession)},
            {QStringLiteral("label"), graph.entityLabel(row.profession)},
            {QStringLiteral("bias"), row.bias},
            {QStringLiteral("countA"), row.countA},
            {QStringLiteral("countB"), row.countB},
            {QStringLiteral("people"), row.people},
            {QStringLiteral("dataLogRatio"), row.dataLogRatio},
            {QStringLiteral("kept"), row.kept}};
}

QString table(const Graph &graph, const std::vector<ProfessionBias> &rows)
{
    QString out = QStringLiteral("  #  %1 %2 %3 %4 %5  %6\n")
                      .arg(QStringLiteral("B_p"), 10)
                      .arg(QStringLiteral("C_a"), 8)
                      .arg(QStringLiteral("C_b"), 8)
                      .arg(QStringLiteral("people"), 7)
                      .arg(QStringLiteral("data lr"), 8)
                      .arg(QStringLiteral("profession"));
    for (size_t i = 0; i < rows.size(); ++i) {
        const ProfessionBias &r = rows[i];
        out += QStringLiteral("%1  %2 %3 %4 %5 %6  %7\n")
                   .arg(i + 1, 3)
                   .arg(r.bias, 10, 'f', 5)
                   .arg(r.countA, 8)
                   .arg(r.countB, 8)
                   .arg(r.people, 7)
                   .arg(r.dataLogRatio, 8, 'f', 3)
                   .arg(graph.entityLabel(r.profession));
    }
    return out;
}

} // namespace

int runBias(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Per-profession bias B_p of a model (Fisher et al.): one gradient step of each person\n"
        "towards sensitive value a (away from b), then the mean change of each profession's\n"
        "score. Prints the professions most tied to a and to b.\n"
        "With --demo (no data or model needed) a demo-world model is trained in seconds."));
    parser.addPositionalArgument(QStringLiteral("data"), QStringLiteral("the data set"));
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("the model (.egm)"));
    const QList<QCommandLineOption> options = {
        {QStringLiteral("demo"), QStringLiteral("use the demo world (and train its model)")},
        {QStringLiteral("sensitive"), QStringLiteral("sensitive relation (default gender)"),
         QStringLiteral("name"), QStringLiteral("gender")},
        {QStringLiteral("a"), QStringLiteral("value a, key or label (default: most frequent)"),
         QStringLiteral("value")},
        {QStringLiteral("b"),
         QStringLiteral("value b, key or label (default: second most frequent; 'rest': a "
                        "against all other values)"),
         QStringLiteral("value")},
        {QStringLiteral("target"), QStringLiteral("target relation (default profession)"),
         QStringLiteral("name"), QStringLiteral("profession")},
        {QStringLiteral("min-count"), QStringLiteral("keep professions with C_a + C_b >= n"),
         QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("top"), QStringLiteral("rows per direction"), QStringLiteral("k"),
         QStringLiteral("20")},
        {QStringLiteral("alpha"), QStringLiteral("step length"), QStringLiteral("x"),
         QStringLiteral("0.01")},
        {QStringLiteral("form"),
         QStringLiteral("score form: head (default; PyTorch-BigGraph's edge score, as "
                        "published) or tail"),
         QStringLiteral("form"), QStringLiteral("head")},
        {QStringLiteral("aggregate"),
         QStringLiteral("also the difference in scores of every sensitive relation and the "
                        "probe accuracy of this one")},
        {QStringLiteral("probe-seeds"),
         QStringLiteral("with --aggregate: train the probe with seeds 1..n (different held-out "
                        "splits) and report each and the mean gap to the most frequent class"),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("whitelist"),
         QStringLiteral("with --aggregate: a KL + Attr whitelist file; the graph-facts probe "
                        "does not read its triples"),
         QStringLiteral("file")},
        {QStringLiteral("threads"), QStringLiteral("threads (0: every core)"),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("csv"), QStringLiteral("print every profession as CSV")},
        {QStringLiteral("json"), QStringLiteral("print the results as JSON")},
    };
    parser.addOptions(options);
    QString error;
    const bool parsed = parseOrReport(parser, arguments, &error);
    const bool demo = parsed && parser.isSet(QStringLiteral("demo"));
    const qsizetype positional = parser.positionalArguments().size();
    if (!parsed || (demo ? positional > 1 : positional != 2)) {
        printErr((error.isEmpty() ? QStringLiteral("bias: give a data set and a model, or --demo")
                                  : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }

    return runGuarded("bias", [&] {
        const QStringList args = parser.positionalArguments();
        const int threads = parser.value(QStringLiteral("threads")).toInt();
        Graph graph = loadDataSource(demo ? QStringLiteral("demo") : args.at(0), QString(),
                                     stderrProgress(QStringLiteral("loading")));
        if (!demo)
            loadBiasLabels(graph, args.at(0));
        // Options checked before the (demo) model is trained.
        const int seeds = parser.value(QStringLiteral("probe-seeds")).toInt();
        if (seeds < 1)
            throw Error(QStringLiteral("--probe-seeds must be at least 1"));
        std::optional<ResolvedWhitelist> whitelist;
        if (parser.isSet(QStringLiteral("whitelist")))
            whitelist = resolveWhitelist(readWhitelist(parser.value(QStringLiteral("whitelist"))),
                                         graph);
        Model model;
        if (demo && positional == 0) {
            model = trainDemoModel(graph, threads);
        } else {
            const KeyMapping mapped = mapToGraph(loadModel(args.last()), graph);
            model = mapped.model;
        }

        ProfessionBiasOptions o;
        o.sensitiveRelation = findSensitiveRelation(graph, parser.value(QStringLiteral("sensitive")));
        o.targetRelation = findSensitiveRelation(graph, parser.value(QStringLiteral("target")));
        if (o.sensitiveRelation < 0 || o.targetRelation < 0)
            throw Error(QStringLiteral("%1 has no relation '%2'")
                            .arg(graph.source,
                                 parser.value(o.sensitiveRelation < 0 ? QStringLiteral("sensitive")
                                                                      : QStringLiteral("target"))));
        const std::vector<ValueCount> values = relationValues(graph, o.sensitiveRelation, SplitTrain);
        if (values.size() < 2)
            throw Error(QStringLiteral("the sensitive relation has fewer than two values"));
        o.valueA = parser.isSet(QStringLiteral("a")) ? findEntity(graph, parser.value(QStringLiteral("a")))
                                                     : values[0].entity;
        const QString b = parser.value(QStringLiteral("b"));
        if (b == QLatin1String("rest"))
            o.valueB = -1;
        else if (!b.isEmpty())
            o.valueB = findEntity(graph, b);
        else
            o.valueB = values[0].entity == o.valueA ? values[1].entity : values[0].entity;
        bool ok = false;
        o.minPeople = parser.value(QStringLiteral("min-count")).toLongLong(&ok);
        if (!ok || o.minPeople < 0)
            throw Error(QStringLiteral("--min-count wants a whole number >= 0"));
        o.alpha = parser.value(QStringLiteral("alpha")).toFloat(&ok);
        if (!ok)
            throw Error(QStringLiteral("--alpha wants a number"));
        const auto form = parseScoreForm(parser.value(QStringLiteral("form")));
        if (!form)
            throw Error(QStringLiteral("--form must be tail or head"));
        o.form = *form;
        o.threads = threads;
        const int top = parser.value(QStringLiteral("top")).toInt();

        const ProfessionBiasResult result =
            professionBias(model, graph, o, stderrProgress(QStringLiteral("B_p")));
        const QString nameA = graph.entityLabel(o.valueA);
        const QString nameB = o.valueB >= 0 ? graph.entityLabel(o.valueB) : QStringLiteral("rest");
        const auto towardsA = mostBiased(result, top, true);
        const auto towardsB = mostBiased(result, top, false);
        double meanAbs = 0.0;
        for (const ProfessionBias &r : result.rows)
            if (r.kept)
                meanAbs += std::abs(r.bias);
        meanAbs = result.kept > 0 ? meanAbs / double(result.kept) : 0.0;

        QJsonObject aggregate;
        QString aggregateText;
        if (parser.isSet(QStringLiteral("aggregate"))) {
            for (const char *name : {"gender", "religion", "ethnicity", "nationality"}) {
                const qint32 r = findSensitiveRelation(graph, QLatin1String(name));
                if (r < 0)
                    continue;
                ScoreDifferenceOptions so;
                so.relation = r;
                so.topValues = QLatin1String(name) == QLatin1String("gender") ? 2 : 30;
                so.form = o.form;
                const ScoreDifferenceResult d = scoreDifference(model, graph, so);
                aggregate.insert(QLatin1String(name) + QStringLiteral("ScoreDifference"), d.mean);
                aggregateText += QStringLiteral("difference in scores, %1: %2 (%3 humans)\n")
                                     .arg(QLatin1String(name))
                                     .arg(d.mean, 0, 'f', 4)
                                     .arg(d.humans);
            }
            ProbeOptions po;
            po.relation = o.sensitiveRelation;
            po.topValues = o.valueB >= 0 ? 2 : 30;
            QJsonArray accuracies, majorities;
            double gapSum = 0.0, gapSquares = 0.0, factGapSum = 0.0;
            for (int seed = 1; seed <= seeds; ++seed) {
                po.seed = quint64(seed);
                const ProbeResult p =
                    probeAccuracy(model, graph, po, stderrProgress(QStringLiteral("probe")));
                if (seed == 1) {
                    aggregate.insert(QStringLiteral("probeAccuracy"), p.accuracy);
                    aggregate.insert(QStringLiteral("probeMajorityRate"), p.majorityRate);
                }
                accuracies.append(p.accuracy);
                majorities.append(p.majorityRate);
                const double gap = p.accuracy - p.majorityRate;
                gapSum += gap;
                gapSquares += gap * gap;
                aggregateText += QStringLiteral("probe accuracy%1: %2 (most frequent class %3)\n")
                                     .arg(seeds > 1 ? QStringLiteral(" (seed %1)").arg(seed)
                                                    : QString())
                                     .arg(p.accuracy, 0, 'f', 4)
                                     .arg(p.majorityRate, 0, 'f', 4);
                // The same people held out, classified from their other facts in the graph.
                const FactProbeResult f =
                    runFactProbe(graph, po.relation, po.topValues,
                                 whitelist ? &*whitelist : nullptr, po.seed);
                if (seed == 1)
                    aggregate.insert(QStringLiteral("factProbe"), factProbeJson(f));
                factGapSum += f.accuracy - f.majorityRate;
                aggregateText += factProbeText(f, whitelist.has_value());
            }
            if (seeds > 1) {
                const double mean = gapSum / seeds;
                const double sd = std::sqrt(std::max(0.0, (gapSquares - seeds * mean * mean) /
                                                              (seeds - 1)));
                aggregate.insert(QStringLiteral("probeAccuracies"), accuracies);
                aggregate.insert(QStringLiteral("probeMajorityRates"), majorities);
                aggregate.insert(QStringLiteral("probeMeanGap"), mean);
                aggregate.insert(QStringLiteral("factProbeMeanGap"), factGapSum / seeds);
                aggregateText += QStringLiteral("probe gap over %1 seeds: mean %2, sd %3; "
                                                "graph-facts probe gap: mean %4\n")
                                     .arg(seeds)
                                     .arg(mean, 0, 'f', 4)
                                     .arg(sd, 0, 'f', 4)
                                     .arg(factGapSum / seeds, 0, 'f', 4);
            }
        }

        if (parser.isSet(QStringLiteral("csv"))) {
            printOut(QStringLiteral("profession,label,bias,count_a,count_b,people,data_log_ratio,kept\n"));
            for (const ProfessionBias &r : result.rows)
                printOut(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                             .arg(csvField(graph.entities.keyString(r.profession)),
                                  csvField(graph.entityLabel(r.profession)))
                             .arg(r.bias, 0, 'g', 8)
                             .arg(r.countA)
                             .arg(r.countB)
                             .arg(r.people)
                             .arg(r.dataLogRatio, 0, 'g', 8)
                             .arg(r.kept ? 1 : 0));
            return int(ExitOk);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray rows, a, bRows;
            for (const ProfessionBias &r : result.rows)
                rows.append(rowJson(graph, r));
            for (const ProfessionBias &r : towardsA)
                a.append(rowJson(graph, r));
            for (const ProfessionBias &r : towardsB)
                bRows.append(rowJson(graph, r));
            QJsonObject json{{QStringLiteral("data"), graph.source},
                             {QStringLiteral("sensitive"), graph.relations.keyString(o.sensitiveRelation)},
                             {QStringLiteral("target"), graph.relations.keyString(o.targetRelation)},
                             {QStringLiteral("valueA"), graph.entities.keyString(o.valueA)},
                             {QStringLiteral("valueB"), o.valueB >= 0 ? graph.entities.keyString(o.valueB)
                                                                      : QStringLiteral("rest")},
                             {QStringLiteral("alpha"), double(o.alpha)},
                             {QStringLiteral("humans"), result.humans},
                             {QStringLiteral("kept"), result.kept},
                             {QStringLiteral("spearman"), result.spearman},
                             {QStringLiteral("meanAbsBias"), meanAbs},
                             {QStringLiteral("seconds"), result.seconds},
                             {QStringLiteral("towardsA"), a},
                             {QStringLiteral("towardsB"), bRows},
                             {QStringLiteral("rows"), rows}};
            if (!aggregate.isEmpty())
                json.insert(QStringLiteral("aggregate"), aggregate);
            printJson(json);
            return int(ExitOk);
        }
        printOut(QStringLiteral("%1 humans, %2 of %3 professions with >= %4 people of a or b "
                                "(a = %5, b = %6); %7 s\n")
                     .arg(result.humans)
                     .arg(result.kept)
                     .arg(result.rows.size())
                     .arg(o.minPeople)
                     .arg(nameA, nameB)
                     .arg(result.seconds, 0, 'f', 3));
        printOut(QStringLiteral("Spearman(B_p, data log-ratio) %1   mean |B_p| %2\n\n")
                     .arg(result.spearman, 0, 'f', 3)
                     .arg(meanAbs, 0, 'g', 4));
        printOut(QStringLiteral("most %1\n").arg(nameA) + table(graph, towardsA));
        printOut(QStringLiteral("\nmost %1\n").arg(nameB) + table(graph, towardsB));
        if (!aggregateText.isEmpty())
            printOut(QLatin1Char('\n') + aggregateText);
        return int(ExitOk);
    });
}

} // namespace eg::cli
