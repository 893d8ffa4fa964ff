#include "bias/bias_scorer.h"

#include "common/error.h"

namespace eg {

QString scoreFormName(ScoreForm form)
{
    return form == ScoreForm::TailPrediction ? QStringLiteral("tail") : QStringLiteral("head");
}

std::optional<ScoreForm> parseScoreForm(const QString &name)
{
    for (ScoreForm form : {ScoreForm::TailPrediction, ScoreForm::HeadPrediction})
        if (name.compare(scoreFormName(form), Qt::CaseInsensitive) == 0)
            return form;
    return std::nullopt;
}

BiasScorer::BiasScorer(const Model &model, ScoreForm form)
    : m_model(model)
{
    const bool rhs = form == ScoreForm::HeadPrediction && model.spec.separateRhs;
    m_table = rhs ? &model.relationsRhs : &model.relations;
    if (rhs && (model.relationsRhs.rows() != model.relations.rows() ||
                model.relationsRhs.cols() != model.spec.width()))
        throw Error(Error::tr("the model's head-prediction relation table is %1 x %2, "
                              "expected %3 x %4")
                        .arg(model.relationsRhs.rows())
                        .arg(model.relationsRhs.cols())
                        .arg(model.relations.rows())
                        .arg(model.spec.width()));
    m_dotOnTail = rhs && model.spec.type == ModelType::TransEDot;
}

float BiasScorer::score(const float *h, qint32 r, const float *t) const
{
    // <h, t + r> = <t + r, h>: the dot form with the roles of h and t exchanged.
    return m_dotOnTail ? scoreVectors(m_model.spec, t, relation(r), h)
                       : scoreVectors(m_model.spec, h, relation(r), t);
}

float BiasScorer::score(qint32 h, qint32 r, qint32 t) const
{
    return score(m_model.entities.row(h).data(), r, m_model.entities.row(t).data());
}

void BiasScorer::headGradient(const float *h, qint32 r, const float *t, float *out) const
{
    if (m_dotOnTail) {
        const float *rv = relation(r);
        for (int i = 0; i < width(); ++i)
            out[i] = t[i] + rv[i]; // d <h, t + r> / dh
        return;
    }
    eg::headGradient(m_model.spec, h, relation(r), t, out);
}

} // namespace eg
