#include "pages/bias/biasdebias.h"

#include "bias/score_difference.h"
#include "bias/sensitive.h"
#include "common/error.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"

#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace eg {

DebiasMethod BiasDebias::engineMethod(BiasMethod::Kind kind)
{
    switch (kind) {
    case BiasMethod::Basic:
        return DebiasMethod::Basic;
    case BiasMethod::Kl:
        return DebiasMethod::Kl;
    case BiasMethod::KlAttr:
        return DebiasMethod::KlAttr;
    case BiasMethod::Adversarial:
        return DebiasMethod::Adversarial;
    }
    return DebiasMethod::Basic;
}

QString BiasDebias::problem(BiasMethod::Kind kind, const TrainConfig &config)
{
    if (kind == BiasMethod::Basic || config.loss == LossType::Softmax)
        return {};
    return tr("%1 trains with the softmax loss: choose the settings “demo” or “fisher-pbg”.")
        .arg(BiasMethods::get(kind).name);
}

DebiasConfig BiasDebias::config(const Graph &graph, BiasMethod::Kind kind,
                                const TrainConfig &train, const BiasDebiasOptions &options)
{
    DebiasConfig c;
    c.method = engineMethod(kind);
    c.train = train;
    if (kind == BiasMethod::Basic)
        return c;
    c.sensitive = defaultSensitiveRelations(graph);
    if (c.sensitive.empty())
        throw Error(tr("%1 has none of the sensitive relations gender, religion, ethnicity, "
                       "nationality")
                        .arg(graph.source));
    const double weight =
        options.weight >= 0 ? options.weight : BiasMethods::get(kind).defaultWeight;
    if (kind == BiasMethod::Adversarial) {
        c.adversarial.gamma = float(weight);
    } else {
        for (KlRelation &s : c.sensitive)
            s.weight = float(s.weight * weight);
    }
    // As the CLI: "person/profession" first (FB15k has other relations ending in it).
    c.targetRelation = findRelation(graph, QStringLiteral("person/profession"));
    if (c.targetRelation < 0)
        c.targetRelation = findRelation(graph, QStringLiteral("profession"));
    if (kind == BiasMethod::KlAttr && !options.whitelistPath.isEmpty())
        c.whitelist = readWhitelist(options.whitelistPath);
    return c;
}

QString BiasDebias::describe(const Graph &graph, const DebiasConfig &config)
{
    const QLocale locale;
    QStringList parts;
    for (const KlRelation &s : config.sensitive) {
        const QString name = graph.relations.keyString(s.relation).section(QLatin1Char('/'), -1);
        parts << (config.method == DebiasMethod::Adversarial
                      ? name
                      : QStringLiteral("%1 %2").arg(name, locale.toString(s.weight, 'g', 3)));
    }
    if (config.method == DebiasMethod::Adversarial)
        return tr("γ = %1; filters for %2")
            .arg(locale.toString(config.adversarial.gamma, 'g', 3),
                 parts.join(QStringLiteral(", ")));
    QString text = tr("KL weights: %1").arg(parts.join(QStringLiteral(", ")));
    if (config.method == DebiasMethod::KlAttr)
        text += config.whitelist.entries.empty()
                    ? tr("; no whitelist")
                    : tr("; whitelist %1 (%2 entries)")
                          .arg(QFileInfo(config.whitelist.file).fileName())
                          .arg(config.whitelist.entries.size());
    return text;
}

TrainerFn BiasDebias::trainer(DebiasConfig config)
{
    return [config](const Graph &graph, const TrainConfig &train, const ProgressFn &progress,
                    const EpochFn &onEpoch) {
        DebiasConfig c = config;
        c.train = train;
        return trainDebiased(graph, c, progress, onEpoch).model;
    };
}

SweepStep BiasDebias::sweepStep(std::shared_ptr<const Graph> graph, DebiasConfig base,
                                qint32 measured, int validQueries)
{
    return [graph, base, measured, validQueries](double weight, const ProgressFn &progress) {
        const Graph &g = *graph;
        DebiasConfig c = base;
        for (KlRelation &s : c.sensitive)
            s.weight = float(s.weight * weight);
        // Measuring and ranking only listen for Cancel, and keep the bar where training left it.
        qint64 lastDone = 0, lastTotal = 0;
        const ProgressFn training = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return !progress || progress(done, total);
        };
        const ProgressFn stopOnly = [&](qint64, qint64) {
            return !progress || progress(lastDone, lastTotal);
        };
        const Model model = trainDebiased(g, c, training).model;

        ScoreDifferenceOptions so;
        so.relation = measured;
        so.form = ScoreForm::HeadPrediction; // as `compare` and the tables measure
        for (const KlRelation &s : c.sensitive) {
            if (s.relation == measured)
                so.topValues = s.topValues;
        }
        SweepPoint point;
        point.weight = weight;
        point.bias = scoreDifference(model, g, so, stopOnly).mean;
        std::vector<Triple> queries;
        const size_t n = std::min(g.valid.size(), size_t(std::max(1, validQueries)));
        for (size_t i = 0; i < n; ++i)
            queries.push_back(g.valid[i * g.valid.size() / n]); // an even sample
        if (!queries.empty()) {
            const KnownTriples known({g.train, g.valid, g.test});
            EvalOptions eo;
            eo.perRelation = false;
            eo.threads = c.train.threads;
            point.mrr = evaluate(model, queries, &known, eo, stopOnly).overall.mrr;
        }
        return point;
    };
}

} // namespace eg
