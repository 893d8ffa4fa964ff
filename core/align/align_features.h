#pragma once

#include "align/align_data.h"
#include "align/align_model.h"
#include "align/entity_types.h"
#include "align/ngram_tfidf.h"
#include "align/relation_classes.h"

#include <memory>
#include <vector>

namespace eg {

class Rng;

// What the model sees of the two graphs, computed once per data set.
//  - names: n-gram TF-IDF (sparse, for the scorer's cosine and for blocking) and its hashed
//    dense version (level-0 name features);
//  - relation classes and inferred entity types (a one-hot level-0 feature);
//  - anchors: each training link k has a fixed random unit code (anchorDim values, seeded)
//    that both of its entities carry in their level-0 features while the link is "visible".
//    During training a share of the links is hidden each epoch and used as targets (their
//    entities carry no code, so a pair never sees its own answer); for inference every
//    training link is visible. Test entities never carry a code.
// Level-0 row of entity e: [hashed name (nameDim) | anchor code (anchorDim) | type one-hot].
struct AlignFeatureOptions {
    int ngram = 3;
    int nameDim = 64;
    int anchorDim = 64;
    bool types = true;
    EntityTypeOptions typeOptions;
    // Relation classes with fewer triples (both graphs) share one self-attention vector per
    // direction: a per-relation vector needs data to be learned.
    int minAttentionTriples = 100;
    quint64 seed = 5;
};

class AlignFeatures {
public:
    AlignFeatures(const AlignmentData &data, const AlignFeatureOptions &options = {});

    const AlignmentData &data() const { return *m_data; }
    const AlignFeatureOptions &options() const { return m_options; }
    const NgramTfidf &tfidf() const { return m_tfidf; }
    const RelationClasses &relationClasses() const { return m_classes; }
    const EntityTypes &types() const { return m_types; }
    const NeighbourSampler &sampler(int side) const { return *m_sampler[side]; }

    qint32 offset() const { return m_offset; } // global id of graph-2 entity 0
    qint32 entityCount() const { return m_offset + m_data->second.graph.entityCount(); }
    int inputDim() const;
    // Self-attention vectors: one per direction for the rare relations, one per direction for
    // each other relation class.
    int attentionColumns() const { return m_attentionColumns; }
    const std::vector<qint32> &attentionColumn() const { return m_attentionColumn; }

    // Level-0 features with the anchor codes of the links whose `visible` flag is set
    // (indexed like data().trainLinks), neighbourhoods sampled from `rng`, and the layer-1
    // neighbour means.
    // `extra` links (e.g. confident predictions used as pseudo-anchors) carry codes of their
    // own, drawn from a separate seeded stream in order.
    EncoderInput input(const std::vector<bool> &visible, int cap, SamplingMode mode, Rng &rng,
                       const std::vector<AlignLink> &extra = {}) const;
    // Zeroes the anchor codes of the entities of `links` in x (means are left as they are).
    void clearAnchors(RowMatrixXf &x, const std::vector<AlignLink> &links) const;

private:
    const AlignmentData *m_data;
    AlignFeatureOptions m_options;
    NgramTfidf m_tfidf;
    RelationClasses m_classes;
    EntityTypes m_types;
    std::unique_ptr<NeighbourSampler> m_sampler[2];
    qint32 m_offset = 0;
    std::vector<qint32> m_attentionColumn;
    int m_attentionColumns = 2;
    RowMatrixXf m_base;    // level-0 rows without anchor codes
    RowMatrixXf m_anchors; // one code per training link
};

} // namespace eg
