#include "debias/attribute_eval.h"

#include "common/error.h"
#include "eval/metrics.h"

#include <QElapsedTimer>
#include <algorithm>

namespace eg {

namespace {

enum class Side { Head, Tail };

// The canonical score of eg::evaluate (eval/candidate_scorer.h) for candidate c of one query
// side, read from `m` (the plain model or the composite one).
float canonical(const Model &m, Side side, const Triple &q, qint32 c) {
    const ModelSpec &spec = m.spec;
    if (side == Side::Tail)
        return scoreVectors(spec, m.entities.row(q.h).data(), m.relations.row(q.r).data(),
                            m.entities.row(c).data());
    if (spec.type == ModelType::TransEDot && spec.separateRhs)
        return scoreVectors(spec, m.entities.row(q.t).data(), m.relationsRhs.row(q.r).data(),
                            m.entities.row(c).data());
    const Matrix &rel = spec.separateRhs ? m.relationsRhs : m.relations;
    return scoreVectors(spec, m.entities.row(c).data(), rel.row(q.r).data(),
                        m.entities.row(q.t).data());
}

// What a candidate scoring higher than (equal to) the answer adds to a realistic rank.
double above(float candidate, float answer) {
    return candidate > answer ? 1.0 : candidate == answer ? 0.5 : 0.0;
}

struct Context {
    const Model &plain;
    const Model &composite;
    const AttributeScoring &scoring;
    const KnownTriples &known;
    bool filtered = true;
    std::vector<qint32> whitelisted; // entities the whitelist names
    std::vector<char> hasAttributes; // per entity: A_e != 0
    bool whitelistedHaveAttributes = false;

    bool isFiltered(Side side, const Triple &q, qint32 c) const {
        if (!filtered)
            return false;
        const auto known =
            side == Side::Tail ? this->known.tails(q.h, q.r) : this->known.heads(q.r, q.t);
        return std::binary_search(known.begin(), known.end(), c);
    }
    // The score of candidate c under the rule, on a side that is neither all plain nor all
    // composite: composite exactly when c is a whitelisted entity.
    float mixedScore(Side side, const Triple &q, qint32 c) const {
        return scoring.whitelist.entity[size_t(c)] ? canonical(composite, side, q, c)
                                                   : canonical(plain, side, q, c);
    }

    // Realistic rank of the answer on a mixed side; plainRank is its rank in the plain model.
    double mixedRank(Side side, const Triple &q, double plainRank) const {
        const qint32 answer = side == Side::Tail ? q.t : q.h;
        if (!scoring.whitelist.entity[size_t(answer)]) {
            // Only the whitelisted candidates move: swap their plain comparisons for composite.
            const float a = canonical(plain, side, q, answer);
            double rank = plainRank;
            for (qint32 c : whitelisted) {
                if (c == answer || isFiltered(side, q, c))
                    continue;
                rank += above(canonical(composite, side, q, c), a) -
                        above(canonical(plain, side, q, c), a);
            }
            return rank;
        }
        // The answer itself moves: count every candidate again.
        const float a = canonical(composite, side, q, answer);
        double rank = 1.0;
        for (qint32 c = 0; c < plain.entityCount(); ++c)
            if (c != answer && !isFiltered(side, q, c))
                rank += above(mixedScore(side, q, c), a);
        return rank;
    }
};

} // namespace

EvalResult evaluateWithAttributes(const Model &model, const AttributeScoring &scoring,
                                  std::span<const Triple> queries, const KnownTriples &known,
                                  const EvalOptions &options, const ProgressFn &progress) {
    QElapsedTimer timer;
    timer.start();
    const qint32 n = model.entityCount();
    if (scoring.sums.rows() != n || scoring.sums.cols() != model.spec.width())
        throw Error(Error::tr("attribute scoring: %1 x %2 attribute sums for a model of %3 x %4")
                        .arg(scoring.sums.rows())
                        .arg(scoring.sums.cols())
                        .arg(n)
                        .arg(model.spec.width()));
    if (qint64(scoring.whitelist.entity.size()) != n ||
        qint64(scoring.whitelist.relation.size()) != model.relationCount())
        throw Error(Error::tr("attribute scoring: the whitelist was resolved against another "
                              "graph"));
    Model composite = model;
    composite.entities += scoring.sums;

    Context ctx{model, composite, scoring, known};
    ctx.filtered = options.filtered;
    ctx.hasAttributes.assign(size_t(n), 0);
    for (qint32 e = 0; e < n; ++e)
        ctx.hasAttributes[size_t(e)] = scoring.sums.row(e).squaredNorm() > 0.0f;
    for (qint32 e = 0; e < n; ++e)
        if (scoring.whitelist.entity[size_t(e)]) {
            ctx.whitelisted.push_back(e);
            ctx.whitelistedHaveAttributes |= bool(ctx.hasAttributes[size_t(e)]);
        }

    EvalOptions eo = options;
    eo.keepRanks = true;
    eo.perRelation = false;
    const auto half = [&progress](qint64 offset) -> ProgressFn {
        if (!progress)
            return {};
        return [&progress, offset](qint64 done, qint64 total) {
            return progress(offset * total + done, 2 * total);
        };
    };
    const EvalResult plainResult = evaluate(model, queries, &known, eo, half(0));
    const EvalResult compositeResult = evaluate(composite, queries, &known, eo, half(1));

    EvalResult out;
    out.headRanks.resize(queries.size());
    out.tailRanks.resize(queries.size());
    MetricsAccumulator head, tail;
    const auto &wl = scoring.whitelist;
    for (size_t i = 0; i < queries.size(); ++i) {
        const Triple &q = queries[i];
        for (Side side : {Side::Head, Side::Tail}) {
            const qint32 anchor = side == Side::Tail ? q.h : q.t;
            const bool tailSide = side == Side::Tail;
            const double plainRank = tailSide ? plainResult.tailRanks[i] : plainResult.headRanks[i];
            double rank = plainRank;
            if (wl.relation[size_t(q.r)] || wl.entity[size_t(anchor)])
                rank = tailSide ? compositeResult.tailRanks[i] : compositeResult.headRanks[i];
            else if (ctx.hasAttributes[size_t(anchor)] || ctx.whitelistedHaveAttributes)
                rank = ctx.mixedRank(side, q, plainRank);
            (tailSide ? out.tailRanks : out.headRanks)[i] = rank;
            (tailSide ? tail : head).add(rank);
        }
    }
    out.head = head.metrics();
    out.tail = tail.metrics();
    MetricsAccumulator both = head;
    both.add(tail);
    out.overall = both.metrics();
    if (!options.keepRanks) {
        out.headRanks.clear();
        out.tailRanks.clear();
    }
    out.seconds = timer.nsecsElapsed() * 1e-9;
    return out;
}

} // namespace eg
