#include "align/align_features.h"

#include "embed/rng.h"

#include <cmath>

namespace eg {

AlignFeatures::AlignFeatures(const AlignmentData &data, const AlignFeatureOptions &options)
    : m_data(&data)
    , m_options(options)
    , m_tfidf(data.first.graph.entityLabels, data.second.graph.entityLabels, options.ngram)
    , m_classes(buildRelationClasses(data)) {
    if (options.types)
        m_types = inferEntityTypes(data, m_classes, options.typeOptions);
    m_sampler[0] = std::make_unique<NeighbourSampler>(data.first.graph, m_classes.classOf[0]);
    m_sampler[1] = std::make_unique<NeighbourSampler>(data.second.graph, m_classes.classOf[1]);
    m_offset = data.first.graph.entityCount();
    std::vector<qint64> triples(size_t(m_classes.classCount), 0);
    for (int side = 0; side < 2; ++side)
        for (const Triple &x : (side == 0 ? data.first : data.second).graph.train)
            ++triples[size_t(m_classes.classOf[side][size_t(x.r)])];
    m_attentionColumn.assign(size_t(2 * m_classes.classCount), 0);
    for (qint32 c = 0; c < m_classes.classCount; ++c) {
        const bool own = triples[size_t(c)] >= options.minAttentionTriples;
        m_attentionColumn[size_t(2 * c)] = own ? m_attentionColumns : 0;
        m_attentionColumn[size_t(2 * c + 1)] = own ? m_attentionColumns + 1 : 1;
        m_attentionColumns += own ? 2 : 0;
    }
    const int d = inputDim();
    m_base = RowMatrixXf::Zero(entityCount(), d);
    for (int side = 0; side < 2; ++side) {
        const Eigen::MatrixXf names = m_tfidf.hashed(side, options.nameDim, options.seed);
        const qint32 base = side == 0 ? 0 : m_offset;
        m_base.block(base, 0, names.rows(), options.nameDim) = names;
        if (options.types)
            for (size_t e = 0; e < m_types.typeOf[side].size(); ++e)
                m_base(base + qint32(e),
                       options.nameDim + options.anchorDim + m_types.typeOf[side][e]) = 1.0f;
    }
    Rng rng(options.seed, 77);
    m_anchors.resize(qsizetype(data.trainLinks.size()), options.anchorDim);
    for (qsizetype k = 0; k < m_anchors.rows(); ++k) {
        for (qsizetype j = 0; j < m_anchors.cols(); ++j) {
            // Box-Muller: a Gaussian direction, so codes are spread evenly on the sphere.
            const double u = std::max(rng.uniformDouble(), 1e-12), v = rng.uniformDouble();
            m_anchors(k, j) = float(std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v));
        }
        m_anchors.row(k).normalize();
    }
}

int AlignFeatures::inputDim() const {
    return m_options.nameDim + m_options.anchorDim + (m_options.types ? m_types.typeCount : 0);
}

void AlignFeatures::clearAnchors(RowMatrixXf &x, const std::vector<AlignLink> &links) const {
    for (const AlignLink &l : links) {
        x.block(l.first, m_options.nameDim, 1, m_options.anchorDim).setZero();
        x.block(m_offset + l.second, m_options.nameDim, 1, m_options.anchorDim).setZero();
    }
}

EncoderInput AlignFeatures::input(const std::vector<bool> &visible, int cap, SamplingMode mode,
                                  Rng &rng, const std::vector<AlignLink> &extra) const {
    EncoderInput in;
    in.offset = m_offset;
    in.attentionColumn = m_attentionColumn;
    in.x = m_base;
    const auto &links = m_data->trainLinks;
    for (size_t k = 0; k < links.size() && k < visible.size(); ++k) {
        if (!visible[k])
            continue;
        const auto code = m_anchors.row(qsizetype(k));
        in.x.block(links[k].first, m_options.nameDim, 1, m_options.anchorDim) = code;
        in.x.block(m_offset + links[k].second, m_options.nameDim, 1, m_options.anchorDim) = code;
    }
    Rng codes(m_options.seed, 78);
    Eigen::RowVectorXf code(m_options.anchorDim);
    for (const AlignLink &l : extra) {
        for (qsizetype j = 0; j < code.size(); ++j) {
            const double u = std::max(codes.uniformDouble(), 1e-12), v = codes.uniformDouble();
            code(j) = float(std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v));
        }
        code.normalize();
        in.x.block(l.first, m_options.nameDim, 1, m_options.anchorDim) = code;
        in.x.block(m_offset + l.second, m_options.nameDim, 1, m_options.anchorDim) = code;
    }
    in.neighbours[0] = m_sampler[0]->sample(cap, mode, rng);
    in.neighbours[1] = m_sampler[1]->sample(cap, mode, rng);
    in.aggregate();
    return in;
}

} // namespace eg
