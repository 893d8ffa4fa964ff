#pragma once

#include "debias/whitelist.h"
#include "embed/model.h"
#include "embed/train_softmax.h"
#include "kg/graph.h"

#include <memory>
#include <span>
#include <vector>

namespace eg {

// The training layout of "KL + Attr" (Fisher et al., EMNLP 2020, §4.2; kg-bias.md §4).
//
// Entity table: the graph's N entities, then one attribute row per (sensitive relation j, top
// value v) at N + k. Relation table: the graph's R relations, then one twin "key[ATTR]" per
// sensitive relation at R + j. A human's attributes are the rows of the top values it has in
// train.
//
// Training triples: graph.train, except that every (p, r_j, v) with v a top value of r_j
// becomes the twin (p, R + j, v). Composite heads and tails:
//   twin (p, R + j, v):   p's vector + p's attribute rows of relation j, so each attribute row
//                         learns to carry its value and e_p need not (SoftmaxHooks::extraRows);
//   whitelisted triple:   each human end + all of that human's attribute rows
//                         (SoftmaxHooks::composites), for the positive and for every negative
//                         triple it is compared with that the whitelist allows, as
//                         eg::evaluateWithAttributes scores them;
//   any other triple:     plain rows.
// The plain relation r_j then only meets the KL term. After training the twins and attribute
// rows are dropped from the model (strip()).

class AttributeLayout {
public:
    struct Sensitive {
        qint32 relation = -1;
        qint32 topValues = 30;
    };

    // Throws eg::Error when a relation is out of range or has no value in train.
    AttributeLayout(const Graph &graph, std::span<const Sensitive> sensitive,
                    const ResolvedWhitelist &whitelist);

    qint32 entityCount() const { return m_entities + qint32(m_values.size()); }
    qint32 relationCount() const { return m_relations + qint32(m_sensitive.size()); }
    qint32 graphEntities() const { return m_entities; }

    // The rewritten training triples.
    const std::vector<Triple> &triples() const { return m_triples; }
    qint64 whitelistedTriples() const { return m_whitelisted; }
    qint64 twinTriples() const { return m_twins; }

    // Attribute row k: its relation and value entity.
    struct Value {
        qint32 relation = -1;
        qint32 value = -1;
    };
    const std::vector<Value> &values() const { return m_values; }

    // The rows to add, per SoftmaxHooks::extraRows. Safe from several threads.
    void extraRows(const Triple &x, std::vector<qint32> &head, std::vector<qint32> &tail) const;
    SoftmaxExtraRowsFn hook() const;
    // The whitelist rule for SoftmaxHooks::composites: the resolved whitelist, and each graph
    // entity's attribute rows.
    std::shared_ptr<const SoftmaxComposites> composites() const;

    // A training model from a graph-sized one: attribute rows and twin relations appended,
    // initialised from rng as the softmax trainer initialises rows (N(0, scale^2); relations 0
    // for TransEDot, 1 for DistMult, 1 + 0i for ComplEx).
    Model extend(const Model &graphModel, quint64 seed, float initScale) const;
    // The graph-sized model (first N entity rows, first R relation rows) and the attribute rows.
    Model strip(const Model &trained, Matrix *attributes = nullptr) const;
    // Per graph entity the sum of its attribute rows (`attributes` as strip() returns them, one
    // row per values() entry), zero rows for entities without attributes: the A_e of
    // eg::evaluateWithAttributes. Throws eg::Error when `attributes` has the wrong row count.
    Matrix attributeSums(const Matrix &attributes) const;

private:
    std::span<const qint32> attributesOf(qint32 human) const;

    qint32 m_entities = 0;
    qint32 m_relations = 0;
    std::vector<Sensitive> m_sensitive;
    std::vector<Value> m_values;
    std::vector<qint32> m_twinOf;      // per relation id: twin index j, or -1
    std::vector<qint32> m_rowRelation; // per attribute row index: j
    // The whitelist (graph-sized flags) and each human's attribute rows (entity ids >= N),
    // shared with the trainer as SoftmaxHooks::composites.
    std::shared_ptr<SoftmaxComposites> m_rule;
    std::vector<Triple> m_triples;
    qint64 m_whitelisted = 0;
    qint64 m_twins = 0;
};

} // namespace eg
