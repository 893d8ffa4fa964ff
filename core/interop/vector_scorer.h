#pragma once

#include "bias/bias_scorer.h"
#include "embed/model.h"
#include "interop/operator_model.h"

#include <memory>

namespace eg {

// g(h, r, t) and dg/dh on raw vectors, the person being h: what the bias measures need, for
// engine models (through bias::BiasScorer) and PBG-scored models alike. The entity rows come
// from elsewhere (a RowSource), so the model may be memory-mapped or larger than memory.
class VectorScorer {
public:
    virtual ~VectorScorer() = default;
    virtual int width() const = 0;
    virtual qint32 relationCount() const = 0;
    virtual double score(const float *h, qint32 r, const float *t) const = 0;
    virtual void headGradient(const float *h, qint32 r, const float *t, double *out) const = 0;
    // g(h + d, r, t) - g(h, r, t) = <d, dg/dh> exactly for every h.
    virtual bool affineInHead() const = 0;
};

// An engine model's relation tables (entities are not used and may be empty) in a score form.
class EngineVectorScorer : public VectorScorer {
public:
    EngineVectorScorer(ModelSpec spec, Matrix relations, Matrix relationsRhs, ScoreForm form);
    int width() const override { return m_model.spec.width(); }
    qint32 relationCount() const override { return m_model.relationCount(); }
    double score(const float *h, qint32 r, const float *t) const override;
    void headGradient(const float *h, qint32 r, const float *t, double *out) const override;
    bool affineInHead() const override { return m_scorer->affineInHead(); }

private:
    Model m_model;
    std::unique_ptr<BiasScorer> m_scorer;
};

// A PBG-scored model in one score side (ScoreSide::Tail = ScoreForm::TailPrediction).
class OperatorVectorScorer : public VectorScorer {
public:
    // Keeps a reference: the model must outlive the scorer.
    OperatorVectorScorer(const OperatorModel &model, ScoreSide side)
        : m_model(model)
        , m_side(side) {}
    int width() const override { return m_model.dim; }
    qint32 relationCount() const override { return m_model.relationCount(); }
    double score(const float *h, qint32 r, const float *t) const override {
        return m_model.score(h, r, t, m_side);
    }
    void headGradient(const float *h, qint32 r, const float *t, double *out) const override {
        m_model.headGradient(h, r, t, m_side, out);
    }
    bool affineInHead() const override { return m_model.affineInHead(); }

private:
    const OperatorModel &m_model;
    ScoreSide m_side;
};

} // namespace eg
