#pragma once

#include "align/align_features.h"
#include "align/align_trainer.h"

#include <QString>
#include <vector>

namespace eg {

// One neighbour's part in a pair's score, for curators: the attention it received.
struct NeighbourWeight {
    qint32 entity = 0;        // local id in its graph
    qint32 relationClass = 0; // see RelationClasses
    bool inverse = false;     // incoming edge
    float alpha = 0;          // cross-graph attention (row / column share)
    float beta = 0;           // self-attention
    float gamma = 0;          // final weight alpha * beta, normalised (sums to 1 per side)
};

// Why a pair got its score: the score and the attention over both neighbourhoods. Fit for the
// session file and for a side-by-side view.
struct PairExplanation {
    qint32 first = 0, second = 0; // local ids
    float nameCosine = 0;
    float logit = 0;
    float probability = 0; // sigmoid(logit)
    std::vector<NeighbourWeight> firstNeighbours, secondNeighbours;
};

// A trained model ready to score pairs: every training link visible as an anchor, `samples`
// fixed neighbour samples (drawn in turn from one stream seeded by the model's seed, so sample
// 0 does not depend on `samples`), layer 1 and the layer-2 transforms computed for all
// entities once per sample. A pair's logit is the mean of its logits over the samples (the
// model is trained on a new sample every epoch; one sample alone makes the score depend on
// which 10 neighbours of a large neighbourhood were drawn). explain() shows the attention of
// sample 0 with the mean logit. `pseudo` links (confident predictions) become anchors too, as
// neighbours; a pair's own centres never carry their pseudo code (as in training, where a
// target's code is hidden).
class AlignInference {
public:
    AlignInference(const AlignFeatures &features, const AlignModel &model, int threads = 2,
                   const std::vector<AlignLink> &pseudo = {}, int samples = 1);

    const AlignFeatures &features() const { return *m_features; }
    // Logit of (first, second) in local ids; `work` is scratch (one per thread).
    float logit(qint32 first, qint32 second, PairWork &work) const;
    PairExplanation explain(qint32 first, qint32 second) const;

private:
    const AlignFeatures *m_features;
    const AlignModel *m_model;
    AlignEncoder m_encoder;
    std::vector<EncoderInput> m_inputs; // one per neighbour sample
    std::vector<EncodedSet> m_sets;
};

} // namespace eg
