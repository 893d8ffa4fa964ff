#include "align/align_inference.h"

#include "align/pair_scorer.h"
#include "embed/rng.h"

#include <algorithm>
#include <numeric>

namespace eg {

AlignInference::AlignInference(const AlignFeatures &features, const AlignModel &model, int threads,
                               const std::vector<AlignLink> &pseudo, int samples)
    : m_features(&features)
    , m_model(&model)
    , m_encoder(model.layout, model.options.attention) {
    Rng rng(model.options.seed, 99);
    const std::vector<bool> visible(features.data().trainLinks.size(), true);
    std::vector<qint32> all(static_cast<size_t>(features.entityCount()));
    std::iota(all.begin(), all.end(), 0);
    m_inputs.resize(size_t(std::max(samples, 1)));
    m_sets.resize(m_inputs.size());
    for (size_t k = 0; k < m_inputs.size(); ++k) {
        EncoderInput &input = m_inputs[k];
        EncodedSet &set = m_sets[k];
        input =
            features.input(visible, model.options.sampleCap, model.options.sampling, rng, pseudo);
        m_encoder.encode(model.params, input, all, set, threads, false);
        if (!pseudo.empty()) {
            EncoderInput plain = input;
            features.clearAnchors(plain.x, pseudo);
            EncodedSet centres;
            m_encoder.encode(model.params, plain, all, centres, threads, false);
            set.centreZs = std::move(centres.zs);
        }
        // Scoring needs the neighbourhoods and the layer-2 rows only.
        input.x = input.meanOut = input.meanIn = RowMatrixXf();
        set.x = set.meanOut = set.meanIn = set.h1 = RowMatrixXf();
    }
}

float AlignInference::logit(qint32 first, qint32 second, PairWork &work) const {
    const float cosine = m_features->tfidf().cosine(first, second);
    // The mean over the neighbour samples; sample 0 last, so `work` holds its state.
    float sum = 0;
    for (size_t k = m_inputs.size(); k-- > 0;)
        sum += m_encoder.forwardPair(m_model->params, m_inputs[k], m_sets[k], first,
                                     m_features->offset() + second, cosine, work);
    return sum / float(m_inputs.size());
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
        const auto list = m_inputs[0].neighbours[side](side == 0 ? first : second);
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
