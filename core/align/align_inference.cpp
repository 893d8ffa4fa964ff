#include "align/align_inference.h"

#include "align/pair_scorer.h"
#include "embed/rng.h"

#include <numeric>

namespace eg {

AlignInference::AlignInference(const AlignFeatures &features, const AlignModel &model, int threads,
                               const std::vector<AlignLink> &pseudo)
    : m_features(&features)
    , m_model(&model)
    , m_encoder(model.layout, model.options.attention) {
    Rng rng(model.options.seed, 99);
    const std::vector<bool> visible(features.data().trainLinks.size(), true);
    m_input = features.input(visible, model.options.sampleCap, model.options.sampling, rng, pseudo);
    std::vector<qint32> all(static_cast<size_t>(features.entityCount()));
    std::iota(all.begin(), all.end(), 0);
    m_encoder.encode(model.params, m_input, all, m_set, threads, false);
    if (!pseudo.empty()) {
        EncoderInput plain = m_input;
        features.clearAnchors(plain.x, pseudo);
        EncodedSet centres;
        m_encoder.encode(model.params, plain, all, centres, threads, false);
        m_set.centreZs = std::move(centres.zs);
    }
}

float AlignInference::logit(qint32 first, qint32 second, PairWork &work) const {
    const float cosine = m_features->tfidf().cosine(first, second);
    return m_encoder.forwardPair(m_model->params, m_input, m_set, first,
                                 m_features->offset() + second, cosine, work);
}

PairExplanation AlignInference::explain(qint32 first, qint32 second) const {
    PairWork w;
    PairExplanation out;
    out.first = first;
    out.second = second;
    out.logit = logit(first, second, w);
    out.nameCosine = w.cosine;
    out.probability = sigmoid(out.logit);
    for (int side = 0; side < 2; ++side) {
        const auto list = m_input.neighbours[side](side == 0 ? first : second);
        const CollectiveState &st = side == 0 ? w.stateA : w.stateB;
        auto &target = side == 0 ? out.firstNeighbours : out.secondNeighbours;
        for (size_t k = 0; k < list.size(); ++k)
            target.push_back({list[k].entity, list[k].relation, list[k].inverse,
                              st.alpha(qsizetype(k)), st.beta(qsizetype(k)),
                              st.gamma(qsizetype(k))});
    }
    return out;
}

} // namespace eg
