#pragma once

#include "embed/model.h"
#include "jobs/progress.h"
#include "kg/known_triples.h"

#include <span>
#include <vector>

namespace eg {

struct RankingMetrics
{
    double mrr = 0.0;
    double meanRank = 0.0;
    double hits1 = 0.0;
    double hits3 = 0.0;
    double hits10 = 0.0;
    qint64 count = 0; // ranked queries
};

struct RelationMetrics
{
    qint32 relation = 0;
    RankingMetrics head; // predicting the head of (?, r, t)
    RankingMetrics tail; // predicting the tail of (h, r, ?)
};

struct EvalOptions
{
    bool filtered = true;        // drop other known true candidates (needs a KnownTriples)
    int threads = 0;             // 0 = every core
    bool perRelation = true;
    bool keepRanks = false;      // fill EvalResult::headRanks / tailRanks
};

struct EvalResult
{
    RankingMetrics overall; // both sides pooled
    RankingMetrics head;
    RankingMetrics tail;
    std::vector<RelationMetrics> perRelation; // relations that occur in the queries, by id
    std::vector<double> headRanks, tailRanks; // per query, when EvalOptions::keepRanks
    double seconds = 0.0;
};

// Link-prediction ranking of every query triple against all entities, both sides. The rank
// is the realistic one: 1 + #(scores greater) + #(other scores equal) / 2, so ties cost half.
// Filtered: every candidate c != true answer with (h, r, c) (resp. (c, r, t)) in `known` is
// skipped. Multithreaded over queries. Throws eg::Cancelled when progress says stop.
// The scores are eg::scoreVectors' float values ("equal" = the same float); head prediction
// with spec.separateRhs uses relationsRhs (details in eval/candidate_scorer.h). They are
// computed fast and in blocks, and the few comparisons float rounding could decide either way
// are redone with scoreVectors, so ranks equal those of a one-candidate-at-a-time loop exactly.
// Threads: options.threads, 0 = QThread::idealThreadCount(); the calling thread works too and
// is the only one that calls `progress` (done/total = ranked query sides / 2 x queries).
// Throws eg::Error for ids outside the model, non-finite embeddings, shapes that disagree with
// the spec, or filtered ranking without `known`.
EvalResult evaluate(const Model &model, std::span<const Triple> queries,
                    const KnownTriples *known, const EvalOptions &options = {},
                    const ProgressFn &progress = {});

} // namespace eg
