#pragma once

// What every metric-learning loss returns: its value and its analytic gradients, in double
// precision (batches are small; the network itself runs in float).

#include "dml/mlp.h"

#include <vector>

namespace eg::dml {

using RowsD = Rows<double>;

struct LossResult
{
    double loss = 0.0;
    RowsD gradEmbeddings; // dL / d(unit embeddings), batch x dim
    RowsD gradWeights;    // dL / d(raw class weights or proxies), classes x dim; empty if none
};

// Throws eg::Error naming `loss` when the labels do not match the rows, a class lies outside
// the rows of `weights`, or the widths differ.
void checkLossInput(const RowsD &unit, const std::vector<qint32> &classes, const RowsD &weights,
                    const char *loss);

// Rows scaled to unit length (norms kept >= 1e-12), and the gradient with respect to the raw
// rows of a loss whose gradient with respect to the unit rows is `gradUnit`.
RowsD unitRows(const RowsD &raw, Eigen::VectorXd *norms = nullptr);
RowsD throughNormalisation(const RowsD &unit, const Eigen::VectorXd &norms, const RowsD &gradUnit);

} // namespace eg::dml
