#pragma once

// Proxy-Anchor loss (Kim et al., CVPR 2020) over learnable class proxies.
//
// With unit embeddings e_i, unit proxies p_c and s_ic = e_i . p_c:
//   L = 1/|P+| sum_{c in P+} log(1 + sum_{i of class c} exp(-alpha (s_ic - delta)))
//     + 1/C    sum_{c}       log(1 + sum_{i not of c}  exp( alpha (s_ic + delta)))
// P+ = the classes present in the batch, C = all proxies. Gradient: dL/ds_ic =
// -alpha x_ic / (|P+| (1 + X_c)) on positives, +alpha y_ic / (C (1 + Y_c)) on negatives (x, y
// the exponentials, X, Y their sums), then through the dot products and the proxies' norms.

#include "dml/loss_result.h"

#include <vector>

namespace eg::dml {

struct ProxyAnchorParams
{
    double alpha = 32.0;
    double delta = 0.1;
};

// `classes` are row indices of `proxies`. Throws eg::Error like arcFaceLoss.
LossResult proxyAnchorLoss(const RowsD &unit, const std::vector<qint32> &classes,
                           const RowsD &proxies, const ProxyAnchorParams &params = {});

} // namespace eg::dml
