#include "dml/arcface_loss.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eg::dml {

LossResult arcFaceLoss(const RowsD &unit, const std::vector<qint32> &classes, const RowsD &weights,
                       const ArcFaceParams &params)
{
    checkLossInput(unit, classes, weights, "ArcFace");
    const qint64 batch = unit.rows();
    Eigen::VectorXd weightNorms;
    const RowsD weightUnit = unitRows(weights, &weightNorms);
    const RowsD cosines = unit * weightUnit.transpose();

    const double s = params.scale;
    const double cosM = std::cos(params.margin), sinM = std::sin(params.margin);
    const double threshold = std::cos(std::numbers::pi - params.margin);
    RowsD logits = s * cosines;
    std::vector<double> slope(static_cast<size_t>(batch)); // d phi / d c at each target
    for (qint64 i = 0; i < batch; ++i) {
        const qint32 y = classes[size_t(i)];
        const double c = std::clamp(cosines(i, y), -1.0 + 1e-7, 1.0 - 1e-7);
        const double sine = std::sqrt(1.0 - c * c);
        double phi;
        if (c > threshold) {
            phi = c * cosM - sine * sinM;
            slope[size_t(i)] = cosM + sinM * c / sine;
        } else {
            phi = c - params.margin * sinM;
            slope[size_t(i)] = 1.0;
        }
        if (c != cosines(i, y)) // clamped: the logit does not move with the cosine there
            slope[size_t(i)] = 0.0;
        logits(i, y) = s * phi;
    }

    LossResult result;
    RowsD gradCos(batch, weights.rows());
    for (qint64 i = 0; i < batch; ++i) {
        const qint32 y = classes[size_t(i)];
        const double top = logits.row(i).maxCoeff();
        const Eigen::RowVectorXd shifted = (logits.row(i).array() - top).exp();
        const double sum = shifted.sum();
        result.loss += (std::log(sum) + top - logits(i, y)) / double(batch);
        gradCos.row(i) = shifted / sum;
        gradCos(i, y) -= 1.0;
        gradCos.row(i) *= s / double(batch);
        gradCos(i, y) *= slope[size_t(i)];
    }
    result.gradEmbeddings = gradCos * weightUnit;
    result.gradWeights = throughNormalisation(weightUnit, weightNorms, gradCos.transpose() * unit);
    return result;
}

} // namespace eg::dml
