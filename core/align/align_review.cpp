#include "align/align_review.h"

#include "align/align_inference.h"
#include "common/error.h"
#include "demo/alignment_views.h"
#include "demo/demo_world.h"
#include "store/runs.h"
#include "store/session.h"
#include "store/write_transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <algorithm>
#include <map>
#include <set>

namespace eg {

namespace {

// A part [from, to] of the whole run's progress.
ProgressFn part(const ProgressFn &progress, double from, double to) {
    return [progress, from, to](qint64 done, qint64 total) {
        if (!progress)
            return true;
        const double share = total > 0 ? double(done) / double(total) : 0.0;
        return progress(qint64((from + (to - from) * share) * 1000.0), 1000);
    };
}

QJsonObject entityJson(const AlignFeatures &f, int side, qint32 entity) {
    const Graph &g = side == 0 ? f.data().first.graph : f.data().second.graph;
    const qint32 type = f.types().typeOf[side][size_t(entity)];
    return {{QStringLiteral("key"), g.entities.keyString(entity)},
            {QStringLiteral("name"), g.entityLabel(entity)},
            {QStringLiteral("type"), type},
            {QStringLiteral("typeName"), f.types().description[size_t(type)]}};
}

// Links known at scoring time: training links (seed) and pseudo-anchors (predicted).
struct KnownLinks {
    std::map<std::pair<qint32, qint32>, QString> kind;
    KnownLinks(const AlignmentData &data, const std::vector<AlignLink> &pseudo) {
        for (const AlignLink &l : pseudo)
            kind[{l.first, l.second}] = QStringLiteral("predicted");
        for (const AlignLink &l : data.trainLinks)
            kind[{l.first, l.second}] = QStringLiteral("seed");
    }
};

QJsonArray neighboursJson(const AlignFeatures &f, int side, const std::vector<NeighbourWeight> &own,
                          const std::vector<NeighbourWeight> &other, const KnownLinks &links) {
    const Graph &g = side == 0 ? f.data().first.graph : f.data().second.graph;
    const auto &classNames = f.relationClasses().name;
    QJsonArray out;
    for (const NeighbourWeight &n : own) {
        int link = -1;
        QString anchor;
        for (size_t k = 0; k < other.size() && link < 0; ++k) {
            const auto key = side == 0 ? std::pair(n.entity, other[k].entity)
                                       : std::pair(other[k].entity, n.entity);
            if (const auto it = links.kind.find(key); it != links.kind.end()) {
                link = int(k);
                anchor = it->second;
            }
        }
        const size_t cls = size_t(n.relationClass);
        out.append(QJsonObject{
            {QStringLiteral("key"), g.entities.keyString(n.entity)},
            {QStringLiteral("name"), g.entityLabel(n.entity)},
            {QStringLiteral("relation"), cls < classNames.size() ? classNames[cls] : QString()},
            {QStringLiteral("inverse"), n.inverse},
            {QStringLiteral("alpha"), double(n.alpha)},
            {QStringLiteral("beta"), double(n.beta)},
            {QStringLiteral("gamma"), double(n.gamma)},
            {QStringLiteral("link"), link},
            {QStringLiteral("anchor"), anchor}});
    }
    return out;
}

QJsonObject prJson(const RankMetrics &r, const PrMetrics &p) {
    return {{QStringLiteral("hits1"), r.hits1},
            {QStringLiteral("hits10"), r.hits10},
            {QStringLiteral("mrr"), r.mrr},
            {QStringLiteral("ranked"), r.count},
            {QStringLiteral("prauc"), p.prauc},
            {QStringLiteral("recallAtPrecision"), p.recallAtPrecision},
            {QStringLiteral("minPrecision"), p.minPrecision},
            {QStringLiteral("threshold"), double(p.threshold)},
            {QStringLiteral("precision"), p.precision},
            {QStringLiteral("recall"), p.recall},
            {QStringLiteral("f1"), p.f1},
            {QStringLiteral("accepted"), p.accepted},
            {QStringLiteral("truePositives"), p.truePositives},
            {QStringLiteral("bestF1"), p.bestF1},
            {QStringLiteral("bestF1Threshold"), double(p.bestF1Threshold)}};
}

} // namespace

AlignRunResult runAlignment(const AlignmentData &data, const AlignRunOptions &options,
                            const ProgressFn &progress) {
    QElapsedTimer timer;
    timer.start();
    if (!part(progress, 0, 0)(0, 1))
        throw Cancelled();
    const AlignFeatures features(data, options.features);
    AlignRunResult result;
    std::optional<AlignModel> model;
    if (!options.namesOnly)
        model =
            trainAlignment(features, options.train, part(progress, 0.05, 0.80), &result.training);
    result.evaluation = evaluateAlignment(features, model ? &*model : nullptr, options.eval,
                                          part(progress, 0.80, 0.95));
    const AlignEvaluation &ev = result.evaluation;

    // Best candidates of each graph-1 entity (ev.candidates is grouped by entity).
    const bool refined = options.eval.refine;
    const auto score = [refined](const AlignCandidate &c) {
        return refined ? c.refined : c.probability;
    };
    std::vector<std::pair<const AlignCandidate *, int>> chosen; // candidate, rank
    for (size_t b = 0; b < ev.candidates.size();) {
        size_t e = b;
        while (e < ev.candidates.size() && ev.candidates[e].first == ev.candidates[b].first)
            ++e;
        std::vector<const AlignCandidate *> group;
        for (size_t k = b; k < e; ++k)
            group.push_back(&ev.candidates[k]);
        std::stable_sort(group.begin(), group.end(),
                         [&](auto *x, auto *y) { return score(*x) > score(*y); });
        for (int k = 0; k < int(group.size()) && k < options.perEntity; ++k)
            if (k == 0 || score(*group[size_t(k)]) >= options.minScore)
                chosen.push_back({group[size_t(k)], k + 1});
        ++result.testEntities;
        b = e;
    }

    // The attention shown is that of the first neighbour sample of the evaluation (the same
    // draw); the scores are the evaluation's, averaged over all of its samples.
    std::optional<AlignInference> inference;
    if (model)
        inference.emplace(features, *model, options.eval.threads, ev.pseudoAnchors);
    const KnownLinks links(data, ev.pseudoAnchors);
    const ProgressFn explainProgress = part(progress, 0.95, 1.0);
    Progress report(explainProgress, qint64(chosen.size()));
    report.setStride(256);
    for (size_t i = 0; i < chosen.size(); ++i) {
        const AlignCandidate &c = *chosen[i].first;
        QJsonObject json{{QStringLiteral("score"), double(score(c))},
                         {QStringLiteral("nameCosine"), double(c.nameCosine)},
                         {QStringLiteral("logit"), double(c.logit)},
                         {QStringLiteral("probability"), double(c.probability)},
                         {QStringLiteral("refined"), double(c.refined)},
                         {QStringLiteral("gold"), c.gold},
                         {QStringLiteral("rank"), chosen[i].second},
                         {QStringLiteral("left"), entityJson(features, 0, c.first)},
                         {QStringLiteral("right"), entityJson(features, 1, c.second)}};
        QJsonArray sides{QJsonArray(), QJsonArray()};
        if (inference) {
            const PairExplanation x = inference->explain(c.first, c.second);
            sides = QJsonArray{
                neighboursJson(features, 0, x.firstNeighbours, x.secondNeighbours, links),
                neighboursJson(features, 1, x.secondNeighbours, x.firstNeighbours, links)};
        }
        json.insert(QStringLiteral("neighbours"), sides);
        store::CandidateRecord r;
        r.leftId = c.first;
        r.rightId = c.second;
        r.leftKey = data.first.graph.entities.keyString(c.first);
        r.rightKey = data.second.graph.entities.keyString(c.second);
        r.score = score(c);
        r.attention = json;
        result.candidates.push_back(std::move(r));
        report.report(qint64(i) + 1);
    }
    report.force(qint64(chosen.size()));
    result.seconds = double(timer.nsecsElapsed()) * 1e-9;
    return result;
}

QJsonObject alignMetricsJson(const AlignEvaluation &ev) {
    QJsonArray pseudo;
    for (size_t r = 0; r < ev.pseudoLinks.size(); ++r)
        pseudo.append(QJsonObject{{QStringLiteral("anchors"), ev.pseudoLinks[r]},
                                  {QStringLiteral("precision"), ev.pseudoPrecision[r]}});
    return {{QStringLiteral("names"), prJson(ev.names, ev.namesPr)},
            {QStringLiteral("model"), prJson(ev.model, ev.modelPr)},
            {QStringLiteral("refined"), prJson(ev.refined, ev.refinedPr)},
            {QStringLiteral("blockingRecall"), ev.blockingRecall},
            {QStringLiteral("decisionRecall"), ev.decisionRecall},
            {QStringLiteral("bootstrap"), pseudo},
            {QStringLiteral("evaluationSeconds"), ev.seconds}};
}

QJsonObject alignOptionsJson(const AlignRunOptions &o) {
    const AlignTrainOptions &t = o.train;
    const char *sampling = t.sampling == SamplingMode::RelationAware ? "relation-aware"
                           : t.sampling == SamplingMode::Uniform     ? "uniform"
                                                                     : "all";
    return {{QStringLiteral("namesOnly"), o.namesOnly},
            {QStringLiteral("hidden"), t.hidden},
            {QStringLiteral("crossAttention"), t.attention.cross},
            {QStringLiteral("selfAttention"), t.attention.self},
            {QStringLiteral("sampling"), QLatin1String(sampling)},
            {QStringLiteral("sampleCap"), t.sampleCap},
            {QStringLiteral("loss"), t.loss == AlignLoss::BinaryCrossEntropy
                                         ? QStringLiteral("bce")
                                         : QStringLiteral("margin")},
            {QStringLiteral("epochs"), t.epochs},
            {QStringLiteral("batchLinks"), t.batchLinks},
            {QStringLiteral("learningRate"), double(t.learningRate)},
            {QStringLiteral("decayShare"), t.decayShare},
            {QStringLiteral("negatives"), t.negatives},
            {QStringLiteral("hardShare"), t.hardShare},
            {QStringLiteral("hardPool"), t.hardPool},
            {QStringLiteral("anchorShare"), t.anchorShare},
            {QStringLiteral("threads"), t.threads},
            {QStringLiteral("seed"), QString::number(t.seed)},
            {QStringLiteral("refine"), o.eval.refine},
            {QStringLiteral("threshold"), double(o.eval.threshold)},
            {QStringLiteral("rankDepth"), o.eval.rankDepth},
            {QStringLiteral("decisionDepth"), o.eval.decisionDepth},
            {QStringLiteral("samples"), o.eval.samples},
            {QStringLiteral("perEntity"), o.perEntity},
            {QStringLiteral("minScore"), double(o.minScore)}};
}

qint64 recordAlignment(Session &session, const AlignRunResult &result,
                       const AlignRunOptions &options, const QString &label,
                       std::optional<qint64> datasetId) {
    WriteTransaction tx(session, Error::tr("record the alignment run"));
    store::RunRecord run;
    run.datasetId = datasetId;
    run.label = label;
    run.model = QJsonObject{{QStringLiteral("type"), QStringLiteral("cg-mualign")},
                            {QStringLiteral("hidden"), options.train.hidden}};
    run.config = alignOptionsJson(options);
    run.seed = options.train.seed;
    const qint64 runId = store::beginRun(session, run);
    std::vector<store::CandidateRecord> records = result.candidates;
    for (store::CandidateRecord &r : records)
        r.runId = runId;
    store::addCandidates(session, records);
    QJsonObject metrics = alignMetricsJson(result.evaluation);
    metrics.insert(QStringLiteral("candidates"), qint64(records.size()));
    metrics.insert(QStringLiteral("seconds"), result.seconds);
    store::finishRun(session, runId, store::RunStatus::Finished, metrics);
    tx.commit();
    return runId;
}

AlignmentData loadDemoAlignment(const ProgressFn &progress) {
    if (progress && !progress(0, 3))
        throw Cancelled();
    const DemoWorld world = generateDemoWorld();
    if (progress && !progress(1, 3))
        throw Cancelled();
    QTemporaryDir temp;
    if (!temp.isValid())
        throw Error(Error::tr("cannot create a temporary folder for the demo views: %1")
                        .arg(temp.errorString()));
    writeAlignmentViews(makeAlignmentViews(world), temp.path());
    AlignmentData data = loadAlignmentData(temp.path());
    data.source = QStringLiteral("demo world alignment views");
    if (progress)
        progress(3, 3);
    return data;
}

} // namespace eg
