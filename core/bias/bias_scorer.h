#pragma once

#include "embed/model.h"

#include <QString>
#include <optional>

namespace eg {

// Which score of a triple (h, r, t) the bias measures use when a model keeps a second relation
// table for head prediction (ModelSpec::separateRhs, PyTorch-BigGraph's dynamic relations).
// Without separateRhs both are the model's one score g(h, r, t).
enum class ScoreForm {
    // The score tail prediction ranks with: g(h, r, t) with Model::relations; TransEDot
    // <h + r, t>. The engine's definition of g and the default.
    TailPrediction,
    // The score head prediction ranks with: Model::relationsRhs; TransEDot <h, t + r_rhs>
    // (the translation moves the tail), any other type g(h, r_rhs, t). This is the edge score
    // PyTorch-BigGraph itself reports (operator on the right-hand side), and the form the
    // figures of ../shared/data/pbg-fb15k-transe/README.md were measured with.
    HeadPrediction,
};

QString scoreFormName(ScoreForm form); // "tail" or "head"
std::optional<ScoreForm> parseScoreForm(const QString &name);

// g(h, r, t) and dg/dh of a model in one score form, on raw vectors. The person is always the
// head h; the relation is given by id.
class BiasScorer
{
public:
    // HeadPrediction on a model without separateRhs is TailPrediction. Throws eg::Error when
    // the head-prediction table it needs does not have the shape of Model::relations. The
    // model must outlive the scorer.
    BiasScorer(const Model &model, ScoreForm form);

    const ModelSpec &spec() const { return m_model.spec; }
    int width() const { return m_model.spec.width(); }
    // The relation row the score uses (relations or relationsRhs).
    const float *relation(qint32 r) const { return m_table->row(r).data(); }
    // True when g is affine in h, i.e. g(h + d, r, t) - g(h, r, t) = <d, dg/dh> with dg/dh
    // independent of h: every type but the TransE distance form.
    bool affineInHead() const { return m_model.spec.type != ModelType::TransE; }

    float score(const float *h, qint32 r, const float *t) const;
    float score(qint32 h, qint32 r, qint32 t) const;
    // dg/dh written to out[width()].
    void headGradient(const float *h, qint32 r, const float *t, float *out) const;

private:
    const Model &m_model;
    const Matrix *m_table;
    bool m_dotOnTail; // TransEDot in head-prediction form: <h, t + r>
};

} // namespace eg
