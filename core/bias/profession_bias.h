#pragma once

#include "bias/bias_scorer.h"
#include "bias/sensitive.h"
#include "embed/model.h"
#include "jobs/progress.h"
#include "kg/graph.h"

#include <functional>
#include <limits>
#include <span>
#include <vector>

namespace eg {

// Per-profession bias B_p (Fisher et al., AKBC 2020 workshop; ../shared/reference/kg-bias.md §2).
//
// Sensitive relation r_s with values a and b, target relation r_p, humans j = the distinct
// heads of an r_s triple in options.humanSplits (default train):
//   m(e_j)   = g(e_j, r_s, e_a) - mean_{v in B} g(e_j, r_s, e_v)
//   e'_j     = e_j + alpha * dm/de_j
//   D_{j,p}  = g(e'_j, r_p, e_p) - g(e_j, r_p, e_p)
//   B_p      = (1/J) sum_j D_{j,p}        over ALL humans j, whatever their profession
// B = {b} when options.valueB >= 0 (Fisher's m(e_j) = g(a) - g(b)); when valueB is -1 ("a
// against all other values") B is every other tail of r_s in options.humanSplits, so m is the
// score of a minus the mean score of the other values. Positive B_p: nudging people towards a
// raises their score for p ("most male" for a = male).
//
// The person is the head of r_s and r_p. g is the model's score in options.form (see
// bias_scorer.h): by default the tail-prediction score (Model::relations); HeadPrediction uses
// a separateRhs model's second table (TransEDot: <h, t + r_rhs>). The professions are the
// distinct tails of r_p in options.countSplits.
//
// Computation. TransEDot, DistMult and ComplEx scores are affine in h, so
// D_{j,p} = <d_j, c_p> with d_j = alpha dm/de_j and c_p = dg/dh (independent of h), and
// B_p = <mean_j d_j, c_p> exactly (for TransEDot c_p = e_p and dm/de_j = e_a - mean e_B, the
// closed form alpha <e_a - e_b, e_p>; in head-prediction form c_p = e_p + r_rhs[r_p], which
// adds alpha <e_a - e_b, r_rhs[r_p]> to every profession alike). TransE L2 uses, with
// u = e_j + r_p - e_p,
//   D_{j,p} = ||u|| - ||u + d_j|| = -(2 <d_j, u> + ||d_j||^2) / (||u|| + ||u + d_j||),
// the inner products coming from two double-precision matrix products per block of humans
// (no cancellation between two nearly equal norms). TransE L1 sums |u_i| - |u_i + d_i| per
// pair, vectorised over the dimension. Blocks of humans run on options.threads threads; the
// per-block sums are added in block order, so the result does not depend on the thread count.
//
// Data counts (options.countSplits, default train: the triples the model learnt from, and the
// choice that reproduces the checkpoint README's "46 professions with at least 20 gendered
// people" on FB15k; SplitAll counts every split): a human "has a" when (h, r_s, a) is a triple
// there; "has b" when (h, r_s, b) is (pairwise) or, one against all, when h has some r_s
// triple and none with a. C_a / C_b = entities with an (h, r_p, p) triple and a / b;
// N_a / N_b = all entities with a / b; people = all entities with p (any or no r_s value).
// The data's own skew, smoothed by a half count so that C = 0 stays finite:
//   dataLogRatio = log((C_a + 1/2) / (C_b + 1/2)) - log((N_a + 1/2) / (N_b + 1/2)),
// positive when a is over-represented in p relative to the whole population.
struct ProfessionBiasOptions
{
    qint32 sensitiveRelation = -1;     // r_s, e.g. /people/person/gender
    qint32 valueA = -1;                // a, e.g. male
    qint32 valueB = -1;                // b, e.g. female; -1 = a against all other values
    qint32 targetRelation = -1;        // r_p, e.g. /people/person/profession
    float alpha = 0.01f;               // step length (Fisher: 0.01; Keidar et al.: 1e-3)
    unsigned humanSplits = SplitTrain; // where an r_s triple makes an entity a human j
    unsigned countSplits = SplitTrain; // where C_a, C_b, N_a, N_b, people, professions come from
    qint64 minPeople = 20;             // a profession is kept when C_a + C_b >= minPeople
    ScoreForm form = ScoreForm::TailPrediction;
    int threads = 0; // 0 = QThread::idealThreadCount()
};

struct ProfessionBias
{
    qint32 profession = -1; // entity id of p
    double bias = 0;        // B_p
    qint64 countA = 0;      // C_a
    qint64 countB = 0;      // C_b
    qint64 people = 0;      // entities with profession p
    double dataLogRatio = 0;
    bool kept = false; // countA + countB >= minPeople
};

struct ProfessionBiasResult
{
    std::vector<ProfessionBias> rows; // every profession, B_p descending (ties: smaller id)
    qint64 humans = 0;                // J
    qint64 totalA = 0;                // N_a
    qint64 totalB = 0;                // N_b
    std::vector<qint32> valuesB;      // the values averaged as "b" ({b} when pairwise)
    qint64 kept = 0;                  // rows with kept == true
    // Spearman (average ranks) between bias and dataLogRatio over the kept rows; NaN when
    // fewer than two rows are kept.
    double spearman = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0; // wall time
};

// Throws eg::Error when an id is out of range, a == b, alpha is not finite, the model does not
// fit the graph (entity count, relation count, width), or r_s has no triple in humanSplits or
// r_p none in countSplits; eg::Cancelled when progress says stop. Progress counts humans
// twice (steps, then scores).
ProfessionBiasResult professionBias(const Model &model, const Graph &graph,
                                    const ProfessionBiasOptions &options,
                                    const ProgressFn &progress = {});

// professionBias with the measure supplied by the caller, for models the engine's Model cannot
// express (core/interop: PBG-scored models, memory-mapped tables). Everything but B_p (humans,
// values, professions, counts, Spearman, order) is computed here as above; measure(humans,
// valuesB, professions, report) returns B_p for each profession (ids ascending; humans
// ascending) and reports progress on `report` (total 2 x humans, as professionBias does).
using ProfessionMeasure = std::function<std::vector<double>(
    std::span<const qint32> humans, std::span<const qint32> valuesB,
    std::span<const qint32> professions, Progress &report)>;
ProfessionBiasResult professionBiasWith(const Graph &graph, const ProfessionBiasOptions &options,
                                        const ProfessionMeasure &measure,
                                        const ProgressFn &progress = {});

// The first k kept rows towards a (largest B_p first) or towards b (smallest first).
std::vector<ProfessionBias> mostBiased(const ProfessionBiasResult &result, int k, bool towardsA);

// Building blocks, exposed for tests and for debiasing code.

// Row j = alpha * dm/de for human humans[j] (m as above with values a and valuesB).
// Humans are processed in blocks on `threads` threads.
Matrix sensitiveSteps(const Model &model, std::span<const qint32> humans, qint32 relation,
                      qint32 valueA, std::span<const qint32> valuesB, float alpha, int threads = 0,
                      ScoreForm form = ScoreForm::TailPrediction);

// B_p for each entity of `professions`: the mean over humans j of
// g(e_j + steps.row(j), target, e_p) - g(e_j, target, e_p), computed as described above.
// Progress reports humans done (plus progressBase) on `progress`.
std::vector<double> meanScoreChange(const Model &model, std::span<const qint32> humans,
                                    const Matrix &steps, qint32 target,
                                    std::span<const qint32> professions, int threads,
                                    Progress &progress, qint64 progressBase = 0,
                                    ScoreForm form = ScoreForm::TailPrediction);

} // namespace eg
