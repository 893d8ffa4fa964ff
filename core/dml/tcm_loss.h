#pragma once

// The threshold-consistent margin (TCM) regulariser (reference §4), on the in-batch cosine
// similarities s_ab = e_a . e_b of unit embeddings, over unordered pairs a < b:
//
//   L = lambda+ mean over hard positives (same label, s <= m+) of (m+ - s)
//     + lambda- mean over hard negatives (other label, s >= m-) of (s - m-)
//
// each mean over the violating pairs only and 0 when none violate. Gradient: dL/ds = -lambda+/N+
// on each hard positive, +lambda-/N- on each hard negative, so dL/de_a = sum_b dL/ds_ab e_b.
// (The network's normalisation layer then gives the reference's (e_b - s e_a) / |raw a|.)

#include "dml/loss_result.h"

#include <vector>

namespace eg::dml {

struct TcmParams
{
    double positiveMargin = 0.9; // m+
    double negativeMargin = 0.5; // m-
    double positiveWeight = 1.0; // lambda+
    double negativeWeight = 1.0; // lambda-
};

struct TcmResult
{
    double loss = 0.0;
    double positivePart = 0.0; // lambda+ term
    double negativePart = 0.0; // lambda- term
    qint64 hardPositives = 0;
    qint64 hardNegatives = 0;
    RowsD gradEmbeddings;
};

// `labels` may be any integers (equal labels = positive pair). Throws eg::Error when the label
// count differs from the rows.
TcmResult tcmLoss(const RowsD &unit, const std::vector<qint32> &labels,
                  const TcmParams &params = {});

} // namespace eg::dml
