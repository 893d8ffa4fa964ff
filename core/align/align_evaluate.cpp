#include "align/align_evaluate.h"

#include "align/align_inference.h"
#include "align/align_refine.h"
#include "align/name_index.h"
#include "align/pair_scorer.h"
#include "align/parallel.h"
#include "common/error.h"

#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <numeric>
#include <unordered_map>

namespace eg {

namespace {

// Per graph-1 test entity: candidate positions (into the graph-2 test list) and the rank of
// the gold partner among the non-candidates by name.
struct Row {
    std::vector<qint32> candidates; // positions in t2
    qint32 namesFirst = 0;          // how many of them come from the name top list
    qint64 namesRank = 0;           // rank of gold by name among all
    qint64 tailRank = 0;            // rank of gold by name among non-candidates (0: candidate)
};

// Graph-2 test positions most often reached from `e` through training links.
std::vector<qint32> anchorCandidates(const AlignFeatures &f, qint32 e,
                                     const std::vector<qint32> &partner,
                                     const std::vector<qint32> &positionOf2, int k) {
    std::unordered_map<qint32, int> votes;
    for (const Neighbour &n : f.sampler(0).all(e)) {
        const qint32 p = partner[size_t(n.entity)];
        if (p < 0)
            continue;
        for (const Neighbour &m : f.sampler(1).all(p))
            if (positionOf2[size_t(m.entity)] >= 0)
                ++votes[positionOf2[size_t(m.entity)]];
    }
    std::vector<std::pair<int, qint32>> ranked;
    for (const auto &[pos, v] : votes)
        ranked.emplace_back(-v, pos);
    std::sort(ranked.begin(), ranked.end());
    std::vector<qint32> out;
    for (size_t i = 0; i < ranked.size() && int(i) < k; ++i)
        out.push_back(ranked[i].second);
    return out;
}

qint64 rankIn(const std::vector<float> &score, const std::vector<qint32> &items, qint32 gold) {
    // 1 + items scoring higher; ties go to the earlier item (name order).
    const size_t g = size_t(std::find(items.begin(), items.end(), gold) - items.begin());
    qint64 rank = 1;
    for (size_t k = 0; k < items.size(); ++k)
        if (k != g && (score[k] > score[g] || (score[k] == score[g] && k < g)))
            ++rank;
    return rank;
}

} // namespace

AlignEvaluation evaluateAlignment(const AlignFeatures &f, const AlignModel *model,
                                  const AlignEvalOptions &o, const ProgressFn &progressFn) {
    QElapsedTimer timer;
    timer.start();
    const auto &links = f.data().testLinks;
    if (links.empty())
        throw Error(Error::tr("alignment evaluation needs test links"));
    const int threads = std::max(o.threads, 1);
    std::vector<qint32> t2;
    std::vector<qint32> positionOf2(size_t(f.data().second.graph.entityCount()), -1);
    for (const AlignLink &l : links) {
        if (positionOf2[size_t(l.second)] >= 0)
            throw Error(Error::tr("test links are not one-to-one: graph-2 entity %1 twice")
                            .arg(f.data().second.graph.entities.keyString(l.second)));
        positionOf2[size_t(l.second)] = qint32(t2.size());
        t2.push_back(l.second);
    }
    std::vector<qint32> partner(size_t(f.offset()), -1);
    for (const AlignLink &l : f.data().trainLinks)
        partner[size_t(l.first)] = l.second;

    const NameIndex index(f.tfidf(), 1, t2);
    const qint64 n = qint64(links.size());
    std::vector<Row> rows(static_cast<size_t>(n));
    std::vector<std::vector<AlignCandidate>> scored(static_cast<size_t>(n));
    Progress progress(progressFn, n);
    std::atomic<qint64> done{0};
    parallelSlices(n, threads, [&](int t, qint64 begin, qint64 end) {
        std::vector<float> row;
        for (qint64 i = begin; i < end; ++i) {
            const AlignLink &l = links[size_t(i)];
            const qint32 gold = qint32(i); // position of the partner in t2
            index.scoreRow(f.tfidf().vector(0, l.first), row);
            Row &r = rows[size_t(i)];
            std::vector<qint32> order(row.size());
            std::iota(order.begin(), order.end(), 0);
            const auto better = [&](qint32 a, qint32 b) {
                return row[size_t(a)] > row[size_t(b)] ||
                       (row[size_t(a)] == row[size_t(b)] && a < b);
            };
            const size_t depth =
                std::min(order.size(), size_t(std::max(o.rankDepth, o.decisionDepth)));
            std::partial_sort(order.begin(), order.begin() + qsizetype(depth), order.end(), better);
            std::vector<char> isCandidate(row.size(), 0);
            for (size_t k = 0; k < depth; ++k) {
                r.candidates.push_back(order[k]);
                isCandidate[size_t(order[k])] = 1;
            }
            r.namesFirst = qint32(r.candidates.size());
            if (model)
                for (const qint32 p :
                     anchorCandidates(f, l.first, partner, positionOf2, o.anchorCandidates))
                    if (!isCandidate[size_t(p)]) {
                        isCandidate[size_t(p)] = 1;
                        r.candidates.push_back(p);
                    }
            r.namesRank = 1;
            qint64 tail = 1;
            const float g = row[size_t(gold)];
            for (qint32 j = 0; j < qint32(row.size()); ++j) {
                if (j == gold)
                    continue;
                const bool ahead = row[size_t(j)] > g || (row[size_t(j)] == g && j < gold);
                r.namesRank += ahead ? 1 : 0;
                if (!isCandidate[size_t(j)])
                    tail += ahead ? 1 : 0;
            }
            r.tailRank = isCandidate[size_t(gold)] ? 0 : tail;
            auto &out = scored[size_t(i)];
            for (size_t k = 0; k < r.candidates.size(); ++k) {
                AlignCandidate c;
                c.first = l.first;
                c.second = t2[size_t(r.candidates[k])];
                c.nameCosine = row[size_t(r.candidates[k])];
                c.logit = c.nameCosine;
                c.probability = c.nameCosine;
                c.gold = r.candidates[k] == gold;
                c.decision = qint32(k) < std::min(r.namesFirst, o.decisionDepth);
                out.push_back(c);
            }
            const qint64 now = done.fetch_add(1) + 1;
            if (t == 0)
                progress.report(now); // the calling thread only
        }
    });

    // Model scores, refinement, bootstrap rounds.
    SparseScores sparse;
    AlignEvaluation ev;
    std::vector<AlignLink> pseudo;
    for (int round = 0; round <= (model ? std::max(o.bootstrapRounds, 0) : 0); ++round) {
        if (model) {
            const AlignInference inference(f, *model, threads, pseudo, o.samples);
            parallelSlices(n, threads, [&](int, qint64 begin, qint64 end) {
                PairWork work;
                for (qint64 i = begin; i < end; ++i)
                    for (AlignCandidate &c : scored[size_t(i)]) {
                        c.logit = inference.logit(c.first, c.second, work);
                        c.probability = sigmoid(c.logit);
                    }
            });
        }
        sparse = SparseScores();
        sparse.columns = qint32(t2.size());
        for (qint64 i = 0; i < n; ++i) {
            for (size_t k = 0; k < scored[size_t(i)].size(); ++k) {
                sparse.column.push_back(rows[size_t(i)].candidates[k]);
                sparse.value.push_back(scored[size_t(i)][k].logit);
            }
            sparse.start.push_back(qint64(sparse.column.size()));
        }
        if (o.refine)
            sinkhornRefine(sparse, o.sinkhornIterations,
                           model ? o.temperature : o.namesTemperature);
        if (!model || round == std::max(o.bootstrapRounds, 0) || !o.refine)
            break;
        // Mutual best pairs become pseudo-anchors for the next round.
        std::vector<qint64> bestOfRow(size_t(n), -1), bestOfColumn(t2.size(), -1);
        for (qint64 i = 0; i < n; ++i)
            for (qint64 e = sparse.start[size_t(i)]; e < sparse.start[size_t(i) + 1]; ++e) {
                if (bestOfRow[size_t(i)] < 0 ||
                    sparse.value[size_t(e)] > sparse.value[size_t(bestOfRow[size_t(i)])])
                    bestOfRow[size_t(i)] = e;
                qint64 &col = bestOfColumn[size_t(sparse.column[size_t(e)])];
                if (col < 0 || sparse.value[size_t(e)] > sparse.value[size_t(col)])
                    col = e;
            }
        pseudo.clear();
        qint64 right = 0;
        for (qint64 i = 0; i < n; ++i) {
            const qint64 e = bestOfRow[size_t(i)];
            if (e < 0 || bestOfColumn[size_t(sparse.column[size_t(e)])] != e ||
                std::exp(sparse.value[size_t(e)]) < o.bootstrapThreshold)
                continue;
            pseudo.push_back({links[size_t(i)].first, t2[size_t(sparse.column[size_t(e)])]});
            right += sparse.column[size_t(e)] == qint32(i) ? 1 : 0;
        }
        ev.pseudoLinks.push_back(qint64(pseudo.size()));
        ev.pseudoPrecision.push_back(pseudo.empty() ? 0.0 : double(right) / double(pseudo.size()));
    }

    std::vector<qint64> namesRanks, modelRanks, refinedRanks;
    std::vector<ScoredPair> namesPairs, modelPairs, refinedPairs;
    qint64 blocked = 0, decided = 0;
    for (qint64 i = 0; i < n; ++i) {
        const Row &r = rows[size_t(i)];
        auto &cands = scored[size_t(i)];
        std::vector<float> logits, refined;
        bool found = false;
        for (size_t k = 0; k < cands.size(); ++k) {
            AlignCandidate &c = cands[k];
            const float value = sparse.value[size_t(sparse.start[size_t(i)] + qint64(k))];
            c.refined = o.refine ? std::exp(value) : c.probability;
            logits.push_back(c.logit);
            refined.push_back(o.refine ? value : c.logit);
            found |= c.gold;
            if (c.decision) {
                namesPairs.push_back({c.nameCosine, c.gold});
                modelPairs.push_back({c.probability, c.gold});
                refinedPairs.push_back({c.refined, c.gold});
                decided += c.gold ? 1 : 0;
            }
        }
        blocked += found ? 1 : 0;
        namesRanks.push_back(r.namesRank);
        if (found) {
            modelRanks.push_back(rankIn(logits, r.candidates, qint32(i)));
            refinedRanks.push_back(rankIn(refined, r.candidates, qint32(i)));
        } else {
            modelRanks.push_back(qint64(r.candidates.size()) + r.tailRank);
            refinedRanks.push_back(qint64(r.candidates.size()) + r.tailRank);
        }
        ev.candidates.insert(ev.candidates.end(), cands.begin(), cands.end());
    }
    ev.pseudoAnchors = pseudo;
    ev.names = rankMetrics(namesRanks);
    ev.model = model ? rankMetrics(modelRanks) : ev.names;
    ev.refined = rankMetrics(refinedRanks);
    ev.namesPr = prMetrics(namesPairs, n, o.threshold);
    ev.modelPr = model ? prMetrics(modelPairs, n, o.threshold) : ev.namesPr;
    ev.refinedPr = prMetrics(refinedPairs, n, o.threshold);
    ev.blockingRecall = double(blocked) / double(n);
    ev.decisionRecall = double(decided) / double(n);
    progress.force(n);
    ev.seconds = double(timer.nsecsElapsed()) * 1e-9;
    return ev;
}

} // namespace eg
