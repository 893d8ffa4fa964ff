#include "dml/proxy_anchor_loss.h"

#include <cmath>

namespace eg::dml {

LossResult proxyAnchorLoss(const RowsD &unit, const std::vector<qint32> &classes,
                           const RowsD &proxies, const ProxyAnchorParams &params)
{
    checkLossInput(unit, classes, proxies, "Proxy-Anchor");
    const qint64 batch = unit.rows();
    const qint64 classCount = proxies.rows();
    Eigen::VectorXd proxyNorms;
    const RowsD proxyUnit = unitRows(proxies, &proxyNorms);
    const RowsD similarity = unit * proxyUnit.transpose();

    // Exponentials per (item, proxy): positive ones where the item is of the proxy's class.
    RowsD exps(batch, classCount);
    Eigen::VectorXd positiveSum = Eigen::VectorXd::Zero(classCount);
    Eigen::VectorXd negativeSum = Eigen::VectorXd::Zero(classCount);
    std::vector<bool> present(size_t(classCount), false);
    for (qint64 i = 0; i < batch; ++i) {
        const qint32 y = classes[size_t(i)];
        present[size_t(y)] = true;
        for (qint64 c = 0; c < classCount; ++c) {
            const double s = similarity(i, c);
            if (c == y) {
                exps(i, c) = std::exp(-params.alpha * (s - params.delta));
                positiveSum(c) += exps(i, c);
            } else {
                exps(i, c) = std::exp(params.alpha * (s + params.delta));
                negativeSum(c) += exps(i, c);
            }
        }
    }
    qint64 presentCount = 0;
    for (bool p : present)
        presentCount += p ? 1 : 0;

    LossResult result;
    for (qint64 c = 0; c < classCount; ++c) {
        if (present[size_t(c)])
            result.loss += std::log1p(positiveSum(c)) / double(presentCount);
        result.loss += std::log1p(negativeSum(c)) / double(classCount);
    }
    RowsD gradSimilarity(batch, classCount);
    for (qint64 i = 0; i < batch; ++i) {
        const qint32 y = classes[size_t(i)];
        for (qint64 c = 0; c < classCount; ++c) {
            gradSimilarity(i, c) =
                c == y
                    ? -params.alpha * exps(i, c) / (double(presentCount) * (1.0 + positiveSum(c)))
                    : params.alpha * exps(i, c) / (double(classCount) * (1.0 + negativeSum(c)));
        }
    }
    result.gradEmbeddings = gradSimilarity * proxyUnit;
    result.gradWeights =
        throughNormalisation(proxyUnit, proxyNorms, gradSimilarity.transpose() * unit);
    return result;
}

} // namespace eg::dml
