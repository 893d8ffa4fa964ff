#pragma once

#include "embed/model.h"

// The query of one positive and side of the softmax trainer, and its backward pass; shared by
// softmax_chunk.cpp and softmax_composite.h.
namespace eg::softmax {

enum class Side { Tail, Head };

// The query of one positive and side, scored against a candidate c as <query, c>:
//   TransEDot  tail: h + r          head: t + r_rhs (separateRhs) or t (the constant <r, t>
//                                   of <c + r, t> cancels in the softmax)
//   DistMult   tail: h * r          head: t * r
//   ComplEx    tail: h r (complex)  head: conj(r) t, and <q, c> = Re(q) Re(c) + Im(q) Im(c)
// `rel` is null for the TransEDot head query without separateRhs.
template <typename S>
inline void makeQuery(const ModelSpec &spec, Side side, const S *anchor, const S *rel, S *q)
{
    const int n = spec.dim;
    switch (spec.type) {
    case ModelType::TransEDot:
        for (int k = 0; k < n; ++k)
            q[k] = rel ? anchor[k] + rel[k] : anchor[k];
        return;
    case ModelType::DistMult:
        for (int k = 0; k < n; ++k)
            q[k] = anchor[k] * rel[k];
        return;
    case ModelType::ComplEx: {
        const S *ai = anchor + n, *ri = rel + n;
        const S sign = side == Side::Tail ? S(1) : S(-1); // conj(r) on the head side
        for (int k = 0; k < n; ++k) {
            q[k] = anchor[k] * rel[k] - sign * ai[k] * ri[k];
            q[n + k] = sign * anchor[k] * ri[k] + ai[k] * rel[k];
        }
        return;
    }
    case ModelType::TransE:
        break;
    }
}

// Adds the query's gradient `dq` to dAnchor and dRel (dRel may be null when rel is).
template <typename S>
inline void queryBackward(const ModelSpec &spec, Side side, const S *anchor, const S *rel, const S *dq,
                   S *dAnchor, S *dRel)
{
    const int n = spec.dim;
    switch (spec.type) {
    case ModelType::TransEDot:
        for (int k = 0; k < n; ++k)
            dAnchor[k] += dq[k];
        if (dRel)
            for (int k = 0; k < n; ++k)
                dRel[k] += dq[k];
        return;
    case ModelType::DistMult:
        for (int k = 0; k < n; ++k) {
            dAnchor[k] += dq[k] * rel[k];
            dRel[k] += dq[k] * anchor[k];
        }
        return;
    case ModelType::ComplEx: {
        // q_re = a_re r_re - s a_im r_im, q_im = s a_re r_im + a_im r_re (s = +1 tail, -1 head)
        const S *ai = anchor + n, *ri = rel + n, *dqi = dq + n;
        const S s = side == Side::Tail ? S(1) : S(-1);
        for (int k = 0; k < n; ++k) {
            dAnchor[k] += dq[k] * rel[k] + s * dqi[k] * ri[k];
            dAnchor[n + k] += -s * dq[k] * ri[k] + dqi[k] * rel[k];
            dRel[k] += dq[k] * anchor[k] + dqi[k] * ai[k];
            dRel[n + k] += -s * dq[k] * ai[k] + s * dqi[k] * anchor[k];
        }
        return;
    }
    case ModelType::TransE:
        break;
    }
}

} // namespace eg::softmax
