#include "debias/attributes.h"

#include "bias/sensitive.h"
#include "common/error.h"
#include "embed/rng.h"

#include <algorithm>
#include <cmath>

namespace eg {

AttributeLayout::AttributeLayout(const Graph &graph, std::span<const Sensitive> sensitive,
                                 const ResolvedWhitelist &whitelist)
    : m_entities(graph.entityCount())
    , m_relations(graph.relationCount())
    , m_sensitive(sensitive.begin(), sensitive.end())
    , m_rule(std::make_shared<SoftmaxComposites>()) {
    // Graph relations only, so twins are never composite.
    m_rule->relationAllowed = whitelist.relation;
    m_rule->relationAllowed.resize(size_t(m_relations), 0);
    m_rule->entityAllowed = whitelist.entity;
    m_rule->entityAllowed.resize(size_t(m_entities), 0);
    m_twinOf.assign(size_t(m_relations), -1);
    // Attribute row index of (relation j, value): a small map per relation.
    std::vector<std::vector<std::pair<qint32, qint32>>> rowOf(m_sensitive.size());
    for (size_t j = 0; j < m_sensitive.size(); ++j) {
        const qint32 r = m_sensitive[j].relation;
        if (r < 0 || r >= m_relations)
            throw Error(Error::tr("attribute embeddings: relation %1 out of range").arg(r));
        if (m_twinOf[size_t(r)] >= 0)
            throw Error(Error::tr("attribute embeddings: relation %1 given twice")
                            .arg(graph.relations.keyString(r)));
        m_twinOf[size_t(r)] = qint32(j);
        const auto top = relationValues(graph, r, SplitTrain, m_sensitive[j].topValues);
        if (top.empty())
            throw Error(Error::tr("attribute embeddings: %1 has no value in train")
                            .arg(graph.relations.keyString(r)));
        for (const ValueCount &v : top) {
            rowOf[j].push_back({v.entity, qint32(m_values.size())});
            m_values.push_back({r, v.entity});
            m_rowRelation.push_back(qint32(j));
        }
        std::sort(rowOf[j].begin(), rowOf[j].end());
    }
    auto attributeIndex = [&](size_t j, qint32 value) -> qint32 {
        const auto &list = rowOf[j];
        const auto it =
            std::lower_bound(list.begin(), list.end(), std::pair<qint32, qint32>(value, -1));
        return it != list.end() && it->first == value ? it->second : -1;
    };

    // Each human's attribute rows (from train), grouped per entity.
    std::vector<std::vector<qint32>> perHuman(static_cast<size_t>(m_entities));
    m_triples.reserve(graph.train.size());
    for (const Triple &x : graph.train) {
        const qint32 j = m_twinOf[size_t(x.r)];
        const qint32 k = j >= 0 ? attributeIndex(size_t(j), x.t) : -1;
        if (k < 0) {
            m_triples.push_back(x);
            continue;
        }
        perHuman[size_t(x.h)].push_back(m_entities + k);
        m_triples.push_back({x.h, m_relations + j, x.t});
        ++m_twins;
    }
    std::vector<qint64> &start = m_rule->start;
    std::vector<qint32> &allRows = m_rule->rows;
    start.assign(size_t(m_entities) + 1, 0);
    for (qint32 e = 0; e < m_entities; ++e) {
        std::vector<qint32> &rows = perHuman[size_t(e)];
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        allRows.insert(allRows.end(), rows.begin(), rows.end());
        start[size_t(e) + 1] = qint64(allRows.size());
    }
    for (const Triple &x : m_triples)
        if (x.r < m_relations && m_rule->allowed(x.r, x.h, x.t) &&
            (!attributesOf(x.h).empty() || !attributesOf(x.t).empty()))
            ++m_whitelisted;
}

std::span<const qint32> AttributeLayout::attributesOf(qint32 human) const {
    return m_rule->rowsOf(human);
}

// Only a twin's head gets extra rows (no tail does): whitelisted triples are composites
// (composites()), every other triple is plain.
void AttributeLayout::extraRows(const Triple &x, std::vector<qint32> &head,
                                std::vector<qint32> & /*tail*/) const {
    if (x.r < m_relations)
        return;
    const qint32 j = x.r - m_relations; // twin of sensitive relation j: the head's rows of j
    for (qint32 row : attributesOf(x.h))
        if (m_rowRelation[size_t(row - m_entities)] == j)
            head.push_back(row);
}

SoftmaxExtraRowsFn AttributeLayout::hook() const {
    return [this](const Triple &x, std::vector<qint32> &head, std::vector<qint32> &tail) {
        extraRows(x, head, tail);
    };
}

std::shared_ptr<const SoftmaxComposites> AttributeLayout::composites() const {
    return m_rule;
}

Model AttributeLayout::extend(const Model &graphModel, quint64 seed, float initScale) const {
    Model m;
    m.spec = graphModel.spec;
    const int w = m.spec.width();
    const qint64 extra = qint64(m_values.size());
    m.entities.resize(graphModel.entities.rows() + extra, w);
    m.entities.topRows(graphModel.entities.rows()) = graphModel.entities;
    Rng rng(seed, 0xA77Bu);
    const float scale = initScale > 0.0f ? initScale : 0.001f;
    for (qint64 i = graphModel.entities.rows(); i < m.entities.rows(); ++i)
        for (int k = 0; k < w; ++k) { // Box-Muller, as the trainer's initialisation
            const double u1 = 1.0 - rng.uniformDouble(), u2 = rng.uniformDouble();
            m.entities(i, k) =
                float(scale * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2));
        }
    const float one = m.spec.type == ModelType::TransEDot ? 0.0f : 1.0f;
    auto grow = [&](const Matrix &table) {
        Matrix out = Matrix::Zero(table.rows() + qint64(m_sensitive.size()), w);
        out.topRows(table.rows()) = table;
        out.bottomRows(qint64(m_sensitive.size())).leftCols(m.spec.dim).setConstant(one);
        return out;
    };
    m.relations = grow(graphModel.relations);
    if (m.spec.separateRhs)
        m.relationsRhs = grow(graphModel.relationsRhs);
    return m;
}

Model AttributeLayout::strip(const Model &trained, Matrix *attributes) const {
    Model m;
    m.spec = trained.spec;
    m.entities = trained.entities.topRows(m_entities);
    m.relations = trained.relations.topRows(m_relations);
    if (trained.spec.separateRhs)
        m.relationsRhs = trained.relationsRhs.topRows(m_relations);
    if (attributes)
        *attributes = trained.entities.bottomRows(trained.entities.rows() - m_entities);
    return m;
}

Matrix AttributeLayout::attributeSums(const Matrix &attributes) const {
    if (attributes.rows() != qint64(m_values.size()))
        throw Error(Error::tr("attribute embeddings: %1 attribute rows, the layout has %2")
                        .arg(attributes.rows())
                        .arg(m_values.size()));
    Matrix sums = Matrix::Zero(m_entities, attributes.cols());
    for (qint32 e = 0; e < m_entities; ++e)
        for (qint32 row : attributesOf(e))
            sums.row(e) += attributes.row(row - m_entities);
    return sums;
}

} // namespace eg
