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

// A trained model ready to score pairs: every training link visible as an anchor, one fixed
// neighbour sample (seeded by the model's seed), layer 1 and the layer-2 transforms computed
// for all entities once. `pseudo` links (confident predictions) become anchors too, as
// neighbours; a pair's own centres never carry their pseudo code (as in training, where a
// target's code is hidden).
class AlignInference {
public:
    AlignInference(const AlignFeatures &features, const AlignModel &model, int threads = 2,
                   const std::vector<AlignLink> &pseudo = {});

    const AlignFeatures &features() const { return *m_features; }
    // Logit of (first, second) in local ids; `work` is scratch (one per thread).
    float logit(qint32 first, qint32 second, PairWork &work) const;
    PairExplanation explain(qint32 first, qint32 second) const;

private:
    const AlignFeatures *m_features;
    const AlignModel *m_model;
    AlignEncoder m_encoder;
    EncoderInput m_input;
    EncodedSet m_set;
};

} // namespace eg
