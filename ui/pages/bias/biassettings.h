#pragma once

#include "bias/bias_scorer.h"

#include <QtGlobal>

namespace eg {

// What the bias page measures: the sensitive relation and its two values, the target
// relation, the step length, and how the tables are cut. The relation settings decide the
// computed result; minCount and topK only filter it.
struct BiasSettings
{
    qint32 sensitiveRelation = -1;
    qint32 valueA = -1;
    qint32 valueB = -1; // -1 = a against all other values
    qint32 targetRelation = -1;
    float alpha = 0.01f;
    // PyTorch-BigGraph's edge score, the form published figures are measured in (bias_scorer.h);
    // the same as the tail form for models without separate head-prediction relations.
    ScoreForm form = ScoreForm::HeadPrediction;
    qint64 minCount = 20; // C_a + C_b at least this
    int topK = 15;        // rows per table and bars per side

    bool isComplete() const
    {
        return sensitiveRelation >= 0 && valueA >= 0 && targetRelation >= 0 && valueA != valueB;
    }
    // Same computed result (ignores minCount and topK).
    bool sameMeasure(const BiasSettings &o) const
    {
        return sensitiveRelation == o.sensitiveRelation && valueA == o.valueA &&
               valueB == o.valueB && targetRelation == o.targetRelation && alpha == o.alpha &&
               form == o.form;
    }
};

} // namespace eg
