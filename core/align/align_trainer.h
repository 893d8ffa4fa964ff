#pragma once

#include "align/align_features.h"
#include "align/align_model.h"
#include "align/pair_scorer.h"
#include "jobs/progress.h"

#include <vector>

namespace eg {

// Training of the CG-MuAlign-style matcher on the training links (spec §2).
// Each epoch: a random `anchorShare` of the training links is visible (their entities carry
// anchor codes), the others are targets. For each target link (a, a'): the positive pair and
// `negatives` pairs from each graph ((a, x') and (x, a')), a `hardShare` of them drawn from
// the `hardPool` entities with the most similar names (n-gram TF-IDF), the rest uniformly;
// negatives are never visible anchors nor the gold partner. Neighbourhoods are re-sampled each
// epoch. Adam on mini-batches of `batchLinks` target links; pairs of a batch are split over
// `threads` threads, each with its own gradient buffers.
struct AlignTrainOptions {
    int hidden = 64; // each layer outputs 2 * hidden (self half, neighbourhood half)
    AttentionSwitches attention;
    SamplingMode sampling = SamplingMode::RelationAware;
    int sampleCap = 10;
    AlignLoss loss = AlignLoss::BinaryCrossEntropy;
    float margin = 1.0f;
    int epochs = 30;
    int batchLinks = 32;
    float learningRate = 0.01f; // the paper: 0.003; 0.01 measured better on fr_en (docs)
    // In this last share of the batches the learning rate falls linearly to 2 % of itself, so
    // the model does not end wherever the last batches at the full rate pushed it.
    double decayShare = 1.0 / 3;
    int negatives = 10; // per graph and target link
    double hardShare = 0.5;
    int hardPool = 20;
    double anchorShare = 0.7;
    int threads = 2;
    quint64 seed = 1;
};

struct AlignTrainReport {
    std::vector<double> epochLoss; // mean loss per pair
    qint64 pairs = 0;              // pairs scored in all epochs
    double seconds = 0;
};

// A trained matcher: everything inference needs besides the AlignFeatures.
struct AlignModel {
    ParamLayout layout;
    Eigen::VectorXf params;
    AlignTrainOptions options;
};

// The learning rate of batch `step` (0-based) of `steps`: options.learningRate, then in the
// last decayShare of the batches a linear fall to 2 % of it.
float learningRateAt(const AlignTrainOptions &options, qint64 step, qint64 steps);

// Progress: batches done out of all batches of all epochs.
AlignModel trainAlignment(const AlignFeatures &features, const AlignTrainOptions &options,
                          const ProgressFn &progress = {}, AlignTrainReport *report = nullptr);

} // namespace eg
