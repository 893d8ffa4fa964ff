#include "pages/bias/biasmeasures.h"

#include "bias/fact_probe.h"
#include "bias/fact_probe_setup.h"
#include "bias/probe.h"
#include "bias/score_difference.h"
#include "common/error.h"

#include <QElapsedTimer>

namespace eg {

namespace {

// Stage `i` of `n` gets its own share of the bar; the stage's progress counts within it.
ProgressFn stage(const ProgressFn &progress, int i, int n) {
    return [progress, i, n](qint64 done, qint64 total) {
        if (!progress)
            return true;
        const qint64 part = total > 0 ? qBound(qint64(0), done * 1000 / total, qint64(1000)) : 0;
        return progress(qint64(i) * 1000 + part, qint64(n) * 1000);
    };
}

void checkCancel(const ProgressFn &progress, int i, int n) {
    if (progress && !progress(qint64(i) * 1000, qint64(n) * 1000))
        throw Cancelled();
}

} // namespace

BiasMeasuresSpec BiasMeasuresSpec::forGraph(const Graph &graph, qint32 probed, ScoreForm form) {
    BiasMeasuresSpec spec;
    spec.form = form;
    try {
        for (const NamedSensitiveRelation &s : fisherSensitiveRelations(graph))
            spec.relations.push_back({s.name, s.relation, s.topValues});
    } catch (const Error &) {
        spec.relations.clear(); // a name matches several relations: no row rather than a guess
    }
    if (probed >= 0 && probed < graph.relationCount()) {
        spec.probed = {graph.relations.keyString(probed).section(QLatin1Char('/'), -1), probed, 30};
        for (const Relation &r : spec.relations) {
            if (r.relation == probed)
                spec.probed = r;
        }
    }
    return spec;
}

BiasModelMeasures BiasMeasures::measure(const Model &model, const Graph &graph,
                                        const BiasMeasuresSpec &spec, const ProgressFn &progress) {
    QElapsedTimer clock;
    clock.start();
    const int probes = spec.probed.relation >= 0 ? spec.seeds : 0;
    const int n = int(spec.relations.size()) + probes;
    BiasModelMeasures out;
    int at = 0;
    for (const BiasMeasuresSpec::Relation &r : spec.relations) {
        checkCancel(progress, at, n);
        ScoreDifferenceOptions o;
        o.relation = r.relation;
        o.topValues = r.topValues;
        o.form = spec.form;
        double value = kNoValue;
        try {
            value = scoreDifference(model, graph, o, stage(progress, at, n)).mean;
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &) {
            if (model.entityCount() != graph.entityCount())
                throw; // the model does not fit: no measure makes sense
        }
        out.scoreDifference.push_back(value);
        ++at;
    }
    double accuracy = 0, rate = 0;
    int done = 0;
    for (int seed = 1; seed <= probes; ++seed) {
        checkCancel(progress, at, n);
        ProbeOptions o;
        o.relation = spec.probed.relation;
        o.topValues = spec.probed.topValues;
        o.seed = quint64(seed);
        try {
            const ProbeResult p = probeAccuracy(model, graph, o, stage(progress, at, n));
            accuracy += p.accuracy;
            rate += p.majorityRate;
            ++done;
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &) {
            break; // too few people or classes: every split says the same
        }
        ++at;
    }
    if (done == probes && done > 0) {
        out.probeAccuracy = accuracy / done;
        out.majorityRate = rate / done;
    }
    out.seconds = clock.nsecsElapsed() / 1e9;
    return out;
}

BiasFactMeasures BiasMeasures::measureFacts(const Graph &graph, const BiasMeasuresSpec &spec,
                                            const ProgressFn &progress,
                                            const std::function<bool(const Triple &)> &excluded) {
    QElapsedTimer clock;
    clock.start();
    BiasFactMeasures out;
    if (spec.probed.relation < 0)
        return out;
    const int n = spec.seeds + 1;
    FactProbeOptions o;
    o.relation = spec.probed.relation;
    o.topValues = spec.probed.topValues;
    o.excludeRelations = factProbeExcludedRelations(graph, o.relation, stage(progress, 0, n));
    o.excluded = excluded;
    double accuracy = 0, rate = 0;
    for (int seed = 1; seed <= spec.seeds; ++seed) {
        checkCancel(progress, seed, n);
        o.seed = quint64(seed);
        try {
            const FactProbeResult f = factProbeAccuracy(graph, o, stage(progress, seed, n));
            accuracy += f.accuracy;
            rate += f.majorityRate;
            if (seed == 1)
                out.features = f.features;
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &) {
            return out;
        }
    }
    if (spec.seeds > 0) {
        out.accuracy = accuracy / spec.seeds;
        out.majorityRate = rate / spec.seeds;
    }
    out.seconds = clock.nsecsElapsed() / 1e9;
    return out;
}

} // namespace eg
