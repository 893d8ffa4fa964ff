#pragma once

#include "align/align_features.h"
#include "align/align_metrics.h"
#include "align/align_trainer.h"
#include "jobs/progress.h"

#include <vector>

namespace eg {

// Evaluation on the test links (the DBP15K protocol): each graph-1 test entity is ranked
// against all graph-2 test entities.
//  1. Blocking (candidate generation): the `rankDepth` graph-2 test entities with the most
//     similar names (n-gram TF-IDF cosine), plus up to `anchorCandidates` that are most often
//     reached through training links (entity -> neighbour -> linked partner -> neighbour).
//  2. Names only: the full ranking by cosine (ties by entity order): the baseline.
//  3. Model: candidates ordered by the model's logit (the mean over `samples` neighbour
//     samples), then every other test entity in name order below them.
//  4. Refined: the candidates' logits after Sinkhorn refinement (see align_refine.h), same
//     tail order. Then `bootstrapRounds` times: the mutual best pairs (each is the other's
//     best refined candidate) with refined probability >= `bootstrapThreshold` become
//     pseudo-anchors (AlignInference), every candidate is scored again with that richer
//     structure and refined again. Model and refined metrics are those of the last round.
//  Decisions: the `decisionDepth` best-named candidates of every test entity are accept /
//  reject decisions labelled by the reference links; precision, recall (over all test
//  links), F1 at `threshold`, PRAUC and recall at precision 0.95 for the name cosine, the
//  model's probability sigmoid(logit) and the refined probability exp(refined).
struct AlignEvalOptions {
    int rankDepth = 50;
    int anchorCandidates = 10;
    int decisionDepth = 10;
    float threshold = 0.5f;
    bool refine = true;
    int sinkhornIterations = 10;
    float temperature = 1.0f;       // on the model's logits
    float namesTemperature = 0.05f; // on the cosine, for the names-only refinement
    int samples = 4; // neighbour samples a pair's logit is averaged over (AlignInference)
    int bootstrapRounds = 1;
    float bootstrapThreshold = 0.5f;
    int threads = 2;
};

// One scored candidate pair (local ids), what a review queue stores.
struct AlignCandidate {
    qint32 first = 0, second = 0;
    float nameCosine = 0;
    float logit = 0;
    float probability = 0; // sigmoid(logit)
    float refined = 0;     // exp(refined log score)
    bool gold = false;     // a reference (test) link
    bool decision = false; // among the decisionDepth best-named candidates
};

struct AlignEvaluation {
    RankMetrics names, model, refined;
    PrMetrics namesPr, modelPr, refinedPr;
    double blockingRecall = 0;              // share of test links whose partner is a candidate
    double decisionRecall = 0;              // ... among the decisionDepth best-named candidates
    std::vector<qint64> pseudoLinks;        // pseudo-anchors per bootstrap round
    std::vector<double> pseudoPrecision;    // ... of which are test links
    std::vector<AlignLink> pseudoAnchors;   // those the final scores were computed with
    std::vector<AlignCandidate> candidates; // grouped by graph-1 entity, in test-link order
    double seconds = 0;
};

// `model` may be null: names only (the model metrics then repeat the names; refined is the
// Sinkhorn refinement of cosine / namesTemperature over the name candidates).
// Progress: test entities done.
AlignEvaluation evaluateAlignment(const AlignFeatures &features, const AlignModel *model,
                                  const AlignEvalOptions &options = {},
                                  const ProgressFn &progress = {});

} // namespace eg
