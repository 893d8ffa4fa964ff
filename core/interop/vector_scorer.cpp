#include "interop/vector_scorer.h"

#include <vector>

namespace eg {

EngineVectorScorer::EngineVectorScorer(ModelSpec spec, Matrix relations, Matrix relationsRhs,
                                       ScoreForm form) {
    m_model.spec = spec;
    m_model.relations = std::move(relations);
    m_model.relationsRhs = std::move(relationsRhs);
    m_scorer = std::make_unique<BiasScorer>(m_model, form);
}

double EngineVectorScorer::score(const float *h, qint32 r, const float *t) const {
    return double(m_scorer->score(h, r, t));
}

void EngineVectorScorer::headGradient(const float *h, qint32 r, const float *t, double *out) const {
    std::vector<float> g(static_cast<size_t>(width()));
    m_scorer->headGradient(h, r, t, g.data());
    std::copy(g.begin(), g.end(), out);
}

} // namespace eg
