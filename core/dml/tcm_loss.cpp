#include "dml/tcm_loss.h"

#include "common/error.h"

namespace eg::dml {

TcmResult tcmLoss(const RowsD &unit, const std::vector<qint32> &labels, const TcmParams &params)
{
    const qint64 batch = unit.rows();
    if (qint64(labels.size()) != batch)
        throw Error(Error::tr("TCM: %1 embeddings but %2 labels").arg(batch).arg(labels.size()));
    const RowsD similarity = unit * unit.transpose();
    TcmResult result;
    double positiveSum = 0.0, negativeSum = 0.0;
    for (qint64 a = 0; a < batch; ++a) {
        for (qint64 b = a + 1; b < batch; ++b) {
            const double s = similarity(a, b);
            if (labels[size_t(a)] == labels[size_t(b)]) {
                if (s <= params.positiveMargin) {
                    positiveSum += params.positiveMargin - s;
                    ++result.hardPositives;
                }
            } else if (s >= params.negativeMargin) {
                negativeSum += s - params.negativeMargin;
                ++result.hardNegatives;
            }
        }
    }
    if (result.hardPositives > 0)
        result.positivePart = params.positiveWeight * positiveSum / double(result.hardPositives);
    if (result.hardNegatives > 0)
        result.negativePart = params.negativeWeight * negativeSum / double(result.hardNegatives);
    result.loss = result.positivePart + result.negativePart;

    // dL/ds per pair, symmetric, then dL/de = G e.
    RowsD gradSimilarity = RowsD::Zero(batch, batch);
    const double positiveSlope =
        result.hardPositives > 0 ? -params.positiveWeight / double(result.hardPositives) : 0.0;
    const double negativeSlope =
        result.hardNegatives > 0 ? params.negativeWeight / double(result.hardNegatives) : 0.0;
    for (qint64 a = 0; a < batch; ++a) {
        for (qint64 b = a + 1; b < batch; ++b) {
            const double s = similarity(a, b);
            double g = 0.0;
            if (labels[size_t(a)] == labels[size_t(b)])
                g = s <= params.positiveMargin ? positiveSlope : 0.0;
            else
                g = s >= params.negativeMargin ? negativeSlope : 0.0;
            gradSimilarity(a, b) = g;
            gradSimilarity(b, a) = g;
        }
    }
    result.gradEmbeddings = gradSimilarity * unit;
    return result;
}

} // namespace eg::dml
