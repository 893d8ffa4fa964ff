// equigraph-cli compare: trains Basic, Bose & Hamilton, KL and KL + Attr with one set of
// settings on the filtered data set and prints Fisher et al.'s comparison (kg-bias.md §6).
#include "bias_setup.h"
#include "cli_util.h"
#include "command.h"
#include "compare_measure.h"
#include "data_source.h"
#include "fact_probe_run.h"
#include "train_options.h"

#include "bias/filter.h"
#include "common/error.h"
#include "debias/attributes.h"
#include "debias/debias.h"
#include "embed/embedding_io.h"
#include "embed/model_file.h"
#include "embed/npy.h"
#include "store/config_json.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <optional>

namespace eg::cli {

namespace {

std::vector<DebiasMethod> parseMethods(const QString &text)
{
    std::vector<DebiasMethod> out;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = parseDebiasMethod(name.trimmed());
        if (!m)
            throw Error(QStringLiteral("--methods: unknown method '%1' (basic, adversarial, kl, "
                                       "kl-attr)")
                            .arg(name));
        out.push_back(*m);
    }
    if (out.empty())
        throw Error(QStringLiteral("--methods: give at least one method"));
    return out;
}

// "gender=1,religion=100" -> weights by relation name.
void applyWeights(const Graph &graph, const QString &text, std::vector<KlRelation> &sensitive)
{
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = item.split(QLatin1Char('='));
        bool ok = false;
        const float w = kv.size() == 2 ? kv[1].toFloat(&ok) : 0.0f;
        const qint32 r = kv.size() == 2 ? findSensitiveRelation(graph, kv[0].trimmed()) : -1;
        auto it = std::find_if(sensitive.begin(), sensitive.end(),
                               [&](const KlRelation &k) { return k.relation == r; });
        if (!ok || it == sensitive.end())
            throw Error(QStringLiteral("--kl-weight: '%1' is not <sensitive relation>=<weight>")
                            .arg(item));
        it->weight = w;
    }
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read: %1").arg(f.errorString()), path);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &json)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(json).toJson()) < 0)
        throw Error(QStringLiteral("cannot write: %1").arg(f.errorString()), path);
}

// "relation key=value key" of each attribute row, in row order (saved with the model).
QJsonArray attributeKeys(const Graph &graph, const std::vector<std::pair<qint32, qint32>> &values)
{
    QJsonArray keys;
    for (const auto &[relation, value] : values)
        keys.append(QString(graph.relations.keyString(relation) + QLatin1Char('=') +
                            graph.entities.keyString(value)));
    return keys;
}

// The attribute scoring of a saved KL + Attr model: the attribute rows from <name>.attributes.npy
// laid out again from the graph, the sensitive relations and the whitelist, which must be the
// ones it was trained with (checked against the keys saved in the model's metadata).
AttributeScoring loadAttributeScoring(const Graph &graph, const DebiasConfig &config,
                                      const QString &npyPath, const QJsonObject &meta)
{
    const ResolvedWhitelist resolved =
        resolveWhitelist(config.whitelist, graph, config.targetRelation);
    std::vector<AttributeLayout::Sensitive> sensitive;
    for (const KlRelation &s : config.sensitive)
        sensitive.push_back({s.relation, s.topValues});
    const AttributeLayout layout(graph, sensitive, resolved);
    std::vector<std::pair<qint32, qint32>> values;
    for (const AttributeLayout::Value &v : layout.values())
        values.push_back({v.relation, v.value});
    if (attributeKeys(graph, values) != meta.value(QStringLiteral("attributes")).toArray())
        throw Error(QStringLiteral("the attribute rows do not match this data set's sensitive "
                                   "relations"),
                    npyPath);
    if (meta.value(QStringLiteral("whitelist")).toString() != config.whitelist.file)
        printErr(QStringLiteral("warning: the model was trained with the whitelist '%1', "
                                "scoring with '%2'\n")
                     .arg(meta.value(QStringLiteral("whitelist")).toString(),
                          config.whitelist.file));
    return AttributeScoring{layout.attributeSums(readNpy(npyPath)), resolved};
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Train Basic, Bose & Hamilton (adversarial filters), KL and KL + Attr with one set of\n"
        "settings on the filtered data set (sensitive triples and their mirrors removed from\n"
        "valid and test) and compare link prediction, bias and cost (Fisher et al. 2020).\n"
        "<data> is a triples folder, or use --demo for the demo world (seconds)."));
    parser.addPositionalArgument(QStringLiteral("data"), QStringLiteral("the data set"));
    parser.addOptions({
        {QStringLiteral("demo"), QStringLiteral("use the demo world with the demo preset")},
        {QStringLiteral("methods"), QStringLiteral("comma-separated: basic, adversarial, kl, kl-attr"),
         QStringLiteral("list"), QStringLiteral("basic,adversarial,kl,kl-attr")},
        {QStringLiteral("whitelist"), QStringLiteral("KL + Attr whitelist file "
                                                     "(docs/fb15k-whitelist.txt for FB15k)"),
         QStringLiteral("file")},
        {QStringLiteral("kl-weight"),
         QStringLiteral("KL weights, e.g. gender=1,religion=100 (defaults: gender 1, others 100)"),
         QStringLiteral("list")},
        {QStringLiteral("kl-mean"), QStringLiteral("average the KL over a batch's humans (Fisher's "
                                                   "1/P) instead of summing it")},
        {QStringLiteral("gamma"), QStringLiteral("Bose & Hamilton: discriminator weight"),
         QStringLiteral("x"), QStringLiteral("10")},
        {QStringLiteral("no-filter"), QStringLiteral("keep the sensitive triples in valid/test")},
        {QStringLiteral("no-probe"), QStringLiteral("skip the probe classifier")},
        {QStringLiteral("probe-seeds"),
         QStringLiteral("train the probes on n held-out splits (seeds 1..n) and report the "
                        "means"),
         QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("form"),
         QStringLiteral("score form of the difference in scores and B_p: head (default; "
                        "PyTorch-BigGraph's edge score, as published) or tail"),
         QStringLiteral("form"), QStringLiteral("head")},
        {QStringLiteral("no-measure"),
         QStringLiteral("train only and report the seconds per epoch (timing runs)")},
        {QStringLiteral("save-dir"), QStringLiteral("write <method>.egm and <method>.json here"),
         QStringLiteral("dir")},
        {QStringLiteral("resume"),
         QStringLiteral("with --save-dir: reuse <method>.json, or measure <method>.egm (timing "
                        "from its metadata or <method>.train.json), instead of training")},
        {QStringLiteral("json"), QStringLiteral("print the results as JSON")},
    });
    addTrainOptions(parser);
    QString error;
    const bool parsed = parseOrReport(parser, arguments, &error);
    const bool demo = parsed && parser.isSet(QStringLiteral("demo"));
    if (!parsed || parser.positionalArguments().size() != (demo ? 0 : 1)) {
        printErr((error.isEmpty() ? QStringLiteral("compare: give one data set, or --demo") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }

    return runGuarded("compare", [&] {
        const QString source = demo ? QStringLiteral("demo") : parser.positionalArguments().first();
        const TrainConfig config = trainConfigFromOptions(
            parser, demo ? QStringLiteral("demo") : QStringLiteral("fisher-pbg"));
        const std::vector<DebiasMethod> methods = parseMethods(parser.value(QStringLiteral("methods")));
        Graph graph = loadDataSource(source, QString(), stderrProgress(QStringLiteral("loading")));
        loadBiasLabels(graph, source);

        DebiasConfig base;
        base.train = config;
        base.sensitive = defaultSensitiveRelations(graph);
        if (base.sensitive.empty())
            throw Error(QStringLiteral("%1 has none of the sensitive relations gender, religion, "
                                       "ethnicity, nationality")
                            .arg(graph.source));
        applyWeights(graph, parser.value(QStringLiteral("kl-weight")), base.sensitive);
        base.reduction = parser.isSet(QStringLiteral("kl-mean")) ? KlReduction::Mean : KlReduction::Sum;
        if (parser.isSet(QStringLiteral("whitelist")))
            base.whitelist = readWhitelist(parser.value(QStringLiteral("whitelist")));
        base.targetRelation = findSensitiveRelation(graph, QStringLiteral("profession"));
        base.adversarial.gamma = parser.value(QStringLiteral("gamma")).toFloat();

        Graph filtered = graph;
        QJsonObject filterJson;
        if (!parser.isSet(QStringLiteral("no-filter"))) {
            FilterOptions fo;
            for (const KlRelation &s : base.sensitive)
                fo.relations.push_back(s.relation);
            if (base.targetRelation >= 0)
                fo.relations.push_back(base.targetRelation);
            FilterReport report;
            filtered = filterSensitive(graph, fo, &report);
            QJsonArray mirrors;
            for (const MirrorPair &m : report.mirrors)
                mirrors.append(QStringLiteral("%1 <- %2").arg(graph.relations.keyString(m.relation),
                                                             graph.relations.keyString(m.mirror)));
            filterJson = {{QStringLiteral("removedValid"), report.removed(1)},
                          {QStringLiteral("removedTest"), report.removed(2)},
                          {QStringLiteral("mirrors"), mirrors}};
            printErr(QStringLiteral("filtered: %1 valid and %2 test triples removed (%3 mirror "
                                    "relations)\n")
                         .arg(report.removed(1))
                         .arg(report.removed(2))
                         .arg(report.mirrors.size()));
        }

        const QString saveDir = parser.value(QStringLiteral("save-dir"));
        if (!saveDir.isEmpty())
            QDir().mkpath(saveDir);
        const bool resume = parser.isSet(QStringLiteral("resume")) && !saveDir.isEmpty();
        MeasureOptions mo;
        mo.probe = !parser.isSet(QStringLiteral("no-probe"));
        mo.probeSeeds = parser.value(QStringLiteral("probe-seeds")).toInt();
        if (mo.probeSeeds < 1)
            throw Error(QStringLiteral("--probe-seeds must be at least 1"));
        mo.threads = config.threads;
        const auto form = parseScoreForm(parser.value(QStringLiteral("form")));
        if (!form)
            throw Error(Error::tr("--form must be tail or head"));
        mo.form = *form;
        ResolvedWhitelist resolvedWhitelist;
        if (parser.isSet(QStringLiteral("whitelist"))) {
            resolvedWhitelist = resolveWhitelist(base.whitelist, graph, base.targetRelation);
            mo.whitelist = &resolvedWhitelist;
        }

        QJsonArray rows;
        for (DebiasMethod method : methods) {
            const QString name = debiasMethodName(method);
            const QString jsonPath = saveDir + QStringLiteral("/") + name + QStringLiteral(".json");
            const QString modelPath = saveDir + QStringLiteral("/") + name + QStringLiteral(".egm");
            if (resume && QFile::exists(jsonPath)) {
                const QJsonObject saved = readJson(jsonPath);
                const QString savedForm = saved.value(QStringLiteral("scoreForm"))
                                              .toString(QStringLiteral("tail"));
                const int savedSeeds = saved.value(QStringLiteral("probeSeeds")).toInt(1);
                const bool again = !parser.isSet(QStringLiteral("no-measure")) &&
                                   QFile::exists(modelPath) &&
                                   (savedForm != scoreFormName(mo.form) ||
                                    (mo.probe && savedSeeds != mo.probeSeeds));
                if (again) {
                    printErr(QStringLiteral("%1: %2 was measured in the %3 form with %4 probe "
                                            "split(s); measuring again\n")
                                 .arg(name, jsonPath, savedForm)
                                 .arg(savedSeeds));
                } else {
                    printErr(QStringLiteral("%1: reusing %2\n").arg(name, jsonPath));
                    rows.append(saved);
                    continue;
                }
            }
            QJsonObject row{{QStringLiteral("method"), name},
                            {QStringLiteral("title"), debiasMethodTitle(method)}};
            Model model;
            AttributeScoring scoring;
            const QString attributesPath =
                saveDir + QStringLiteral("/") + name + QStringLiteral(".attributes.npy");
            if (resume && QFile::exists(modelPath)) {
                printErr(QStringLiteral("%1: measuring %2\n").arg(name, modelPath));
                const KeyedModel keyed = loadModel(modelPath);
                model = mapToGraph(keyed, graph).model;
                if (method == DebiasMethod::KlAttr && QFile::exists(attributesPath))
                    scoring = loadAttributeScoring(graph, base, attributesPath, keyed.meta);
                else if (method == DebiasMethod::KlAttr)
                    printErr(QStringLiteral("warning: no %1: link prediction without the "
                                            "attribute vectors\n")
                                 .arg(attributesPath));
                // A model from `equigraph-cli train -o <dir>/<method>.egm --json`: its timing
                // is in the saved --json output, <dir>/<method>.train.json.
                QJsonObject timing = keyed.meta;
                const QString trainJson = saveDir + QStringLiteral("/") + name +
                                          QStringLiteral(".train.json");
                if (!timing.contains(QStringLiteral("secondsPerEpoch")) && QFile::exists(trainJson)) {
                    timing = readJson(trainJson);
                    timing.insert(QStringLiteral("epochs"),
                                  timing.value(QStringLiteral("epochs")).toArray().size());
                }
                row.insert(QStringLiteral("secondsPerEpoch"),
                           timing.value(QStringLiteral("secondsPerEpoch")));
                row.insert(QStringLiteral("epochs"), timing.value(QStringLiteral("epochs")));
            } else {
                DebiasConfig dc = base;
                dc.method = method;
                const EpochFn onEpoch = [&](const EpochStats &s, const Model &) {
                    printErr(QStringLiteral("%1 epoch %2/%3  loss %4  %5 s\n")
                                 .arg(name)
                                 .arg(s.epoch)
                                 .arg(config.epochs)
                                 .arg(s.loss, 0, 'g', 6)
                                 .arg(s.seconds, 0, 'f', 2));
                    return true;
                };
                const DebiasResult result = trainDebiased(
                    filtered, dc, stderrProgress(QStringLiteral("training ") + name), onEpoch);
                model = result.model;
                scoring = result.scoring;
                row.insert(QStringLiteral("secondsPerEpoch"), result.secondsPerEpoch);
                row.insert(QStringLiteral("epochs"), qint64(result.epochs.size()));
                if (method == DebiasMethod::KlAttr) {
                    row.insert(QStringLiteral("twinTriples"), result.twinTriples);
                    row.insert(QStringLiteral("whitelistedTriples"), result.whitelistedTriples);
                    for (const QString &u : result.whitelistUnknown)
                        printErr(QStringLiteral("whitelist: not in the graph: %1\n").arg(u));
                }
                if (!saveDir.isEmpty()) {
                    QJsonObject meta{{QStringLiteral("config"), store::toJson(config)},
                                     {QStringLiteral("method"), name},
                                     {QStringLiteral("secondsPerEpoch"), result.secondsPerEpoch},
                                     {QStringLiteral("epochs"), qint64(result.epochs.size())},
                                     {QStringLiteral("data"), graph.source}};
                    if (method == DebiasMethod::KlAttr) {
                        // The attribute rows, for scoring whitelisted triples when resuming.
                        writeNpy(attributesPath, result.attributes);
                        meta.insert(QStringLiteral("attributes"),
                                    attributeKeys(graph, result.attributeValues));
                        meta.insert(QStringLiteral("whitelist"), base.whitelist.file);
                    }
                    saveModel(modelPath, model, graph.entities, graph.relations, meta);
                }
            }
            if (!parser.isSet(QStringLiteral("no-measure"))) {
                const QJsonObject measured =
                    measureModel(model, graph, filtered, base.sensitive, mo, &scoring);
                for (auto it = measured.begin(); it != measured.end(); ++it)
                    row.insert(it.key(), it.value());
            }
            if (!saveDir.isEmpty())
                writeJson(jsonPath, row);
            rows.append(row);
        }

        // Cost ratio and reductions against Basic, when it is in the list.
        QJsonObject basic;
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("method")).toString() == QLatin1String("basic"))
                basic = v.toObject();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows[i].toObject();
            if (!basic.isEmpty())
                addRatios(row, basic);
            rows[i] = row;
        }

        // What the people's other facts alone tell of their gender: the level a debiased
        // embedding that still predicts those facts can keep (core/bias/fact_probe.h).
        // Over the same held-out splits as the embedding probe; means, as in the table.
        std::optional<FactProbeResult> facts;
        const qint32 gender = findSensitiveRelation(graph, QStringLiteral("gender"));
        if (mo.probe && gender >= 0) {
            for (int seed = 1; seed <= mo.probeSeeds; ++seed) {
                const FactProbeResult f =
                    runFactProbe(graph, gender, 2, mo.whitelist, quint64(seed));
                if (!facts) {
                    facts = f;
                    facts->accuracy = facts->majorityRate = 0.0;
                }
                facts->accuracy += f.accuracy / mo.probeSeeds;
                facts->majorityRate += f.majorityRate / mo.probeSeeds;
            }
        }

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject out{{QStringLiteral("data"), graph.source},
                            {QStringLiteral("config"), store::toJson(config)},
                            {QStringLiteral("filter"), filterJson},
                            {QStringLiteral("methods"), rows}};
            if (facts) {
                QJsonObject f = factProbeJson(*facts);
                f.insert(QStringLiteral("probeSeeds"), mo.probeSeeds);
                out.insert(QStringLiteral("factProbe"), f);
            }
            printJson(out);
            return int(ExitOk);
        }
        printOut(comparisonTable(rows));
        if (facts)
            printOut(factProbeText(*facts, mo.whitelist != nullptr, mo.probeSeeds));
        return int(ExitOk);
    });
}

} // namespace eg::cli
