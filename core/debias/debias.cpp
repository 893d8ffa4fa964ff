#include "debias/debias.h"

#include "bias/fact_probe_setup.h"
#include "bias/sensitive.h"
#include "common/error.h"
#include "debias/attributes.h"
#include "embed/softmax_setup.h"
#include "embed/train_softmax.h"

namespace eg {

namespace {

struct MethodName {
    DebiasMethod method;
    const char *name;
    const char *title;
};
constexpr MethodName kMethods[] = {
    {DebiasMethod::Basic, "basic", "Basic"},
    {DebiasMethod::Kl, "kl", "KL"},
    {DebiasMethod::KlAttr, "kl-attr", "KL + Attr"},
    {DebiasMethod::Adversarial, "adversarial", "Bose & Hamilton"},
};

void checkConfig(const Graph &graph, const DebiasConfig &config) {
    validate(config.train);
    if (config.train.loss != LossType::Softmax)
        throw Error(Error::tr("debiasing: the training loss must be softmax"));
    if (config.method != DebiasMethod::Basic && config.sensitive.empty())
        throw Error(Error::tr("debiasing: %1 needs at least one sensitive relation")
                        .arg(debiasMethodTitle(config.method)));
    if (config.targetRelation >= graph.relationCount())
        throw Error(
            Error::tr("debiasing: target relation %1 out of range").arg(config.targetRelation));
}

// Keeps the epoch records and hands the caller a graph-sized model.
EpochFn recordEpochs(DebiasResult &result, const EpochFn &onEpoch,
                     const std::function<Model(const Model &)> &toGraph) {
    return [&result, onEpoch, toGraph](const EpochStats &stats, const Model &model) {
        result.epochs.push_back(stats);
        if (!onEpoch)
            return true;
        return toGraph ? onEpoch(stats, toGraph(model)) : onEpoch(stats, model);
    };
}

} // namespace

QString debiasMethodName(DebiasMethod method) {
    for (const MethodName &m : kMethods)
        if (m.method == method)
            return QString::fromLatin1(m.name);
    return {};
}

QString debiasMethodTitle(DebiasMethod method) {
    for (const MethodName &m : kMethods)
        if (m.method == method)
            return QString::fromLatin1(m.title);
    return {};
}

std::optional<DebiasMethod> parseDebiasMethod(const QString &name) {
    for (const MethodName &m : kMethods)
        if (name.compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0)
            return m.method;
    if (name.compare(QLatin1String("bose"), Qt::CaseInsensitive) == 0)
        return DebiasMethod::Adversarial;
    return std::nullopt;
}

std::vector<KlRelation> defaultSensitiveRelations(const Graph &graph) {
    // Fisher et al.'s FB15K weights: gender 1, the others 100.
    std::vector<KlRelation> out;
    for (const NamedSensitiveRelation &s : fisherSensitiveRelations(graph)) {
        KlRelation kl;
        kl.relation = s.relation;
        kl.weight = s.name == QLatin1String("gender") ? 1.0f : 100.0f;
        kl.topValues = s.topValues;
        out.push_back(kl);
    }
    return out;
}

DebiasResult trainDebiased(const Graph &graph, const DebiasConfig &config,
                           const ProgressFn &progress, const EpochFn &onEpoch) {
    checkConfig(graph, config);
    DebiasResult result;
    result.method = config.method;
    const TrainConfig &tc = config.train;

    if (config.method == DebiasMethod::Adversarial) {
        AdversarialConfig ac = config.adversarial;
        ac.base = tc;
        ac.attributes.clear();
        for (const KlRelation &s : config.sensitive)
            ac.attributes.push_back({s.relation, s.topValues});
        const AdversarialModel trained =
            trainAdversarial(graph, ac, progress, recordEpochs(result, onEpoch, {}));
        result.model = trained.filtered();
    } else if (config.method != DebiasMethod::KlAttr) {
        std::optional<KlTerm> kl;
        SoftmaxOptions options;
        if (config.method == DebiasMethod::Kl) {
            kl.emplace(graph, config.sensitive, config.reduction);
            options.hooks.batchLoss = kl->hook();
        }
        result.model = trainSoftmax(graph.train, graph.entityCount(), graph.relationCount(), tc,
                                    progress, recordEpochs(result, onEpoch, {}), nullptr, options);
        if (kl)
            result.finalKl = kl->meanKl(result.model);
    } else {
        const ResolvedWhitelist resolved =
            resolveWhitelist(config.whitelist, graph, config.targetRelation);
        result.whitelistUnknown = resolved.unknown;
        std::vector<AttributeLayout::Sensitive> sensitive;
        for (const KlRelation &s : config.sensitive)
            sensitive.push_back({s.relation, s.topValues});
        const AttributeLayout layout(graph, sensitive, resolved);
        result.twinTriples = layout.twinTriples();
        result.whitelistedTriples = layout.whitelistedTriples();
        for (const AttributeLayout::Value &v : layout.values())
            result.attributeValues.push_back({v.relation, v.value});
        // The KL term reads the graph-sized ids: humans and values are below N, and the plain
        // relations below R, so it works unchanged on the extended model.
        const KlTerm kl(graph, config.sensitive, config.reduction);
        SoftmaxOptions options;
        options.hooks.batchLoss = kl.hook();
        options.hooks.extraRows = layout.hook();
        options.hooks.composites = layout.composites();
        options.sampledEntities = graph.entityCount();
        const Model start =
            layout.extend(softmax::initialModel(graph.entityCount(), graph.relationCount(), tc),
                          tc.seed, tc.initScale);
        const Model trained = trainSoftmax(
            layout.triples(), layout.entityCount(), layout.relationCount(), tc, progress,
            recordEpochs(result, onEpoch, [&](const Model &m) { return layout.strip(m); }), &start,
            options);
        result.model = layout.strip(trained, &result.attributes);
        result.scoring.sums = layout.attributeSums(result.attributes);
        result.scoring.whitelist = resolved;
        result.finalKl = kl.meanKl(result.model);
    }
    double seconds = 0.0;
    for (const EpochStats &e : result.epochs)
        seconds += e.seconds;
    result.secondsPerEpoch = result.epochs.empty() ? 0.0 : seconds / double(result.epochs.size());
    return result;
}

} // namespace eg
