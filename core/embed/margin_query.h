#pragma once

// The "query form" of each model (see kernels_rows.h): for a triple (h, r, t) whose tail is the
// candidate, q is built from (h, r); when the head is the candidate, from (r, t):
//
//   model       tail side q         head side q                    score
//   TransE      h + r               t - r                          -||q - e||_p
//   TransEDot   h + r               t          (+ c = <r, t>)      <q, e> + c
//   DistMult    h o r               r o t                          <q, e>
//   ComplEx     h r (complex)       conj(r) t, stored conjugated   <q, e> = Re<h, r, conj(t)>
//
// backprop() turns dL/dq (and dL/dc) into the gradients of the two fixed rows: the fixed
// entity (h on the tail side, t on the head side) and the relation. Both never read the
// candidate row, so the trainer may update candidates first.

#include "embed/kernels_rows.h"
#include "embed/model.h"

namespace eg::margin {

inline Cmp comparator(const ModelSpec &spec)
{
    if (spec.type != ModelType::TransE)
        return Cmp::Dot;
    return spec.norm == 1 ? Cmp::L1 : Cmp::L2;
}

// Writes q[spec.width()] and returns the constant c added to every candidate's score.
inline float makeQuery(const ModelSpec &spec, bool headSide, const float *h, const float *r,
                       const float *t, float *q)
{
    const int n = spec.dim;
    switch (spec.type) {
    case ModelType::TransE:
        for (int i = 0; i < n; ++i)
            q[i] = headSide ? t[i] - r[i] : h[i] + r[i];
        return 0.0f;
    case ModelType::TransEDot:
        if (!headSide) {
            for (int i = 0; i < n; ++i)
                q[i] = h[i] + r[i];
            return 0.0f;
        }
        for (int i = 0; i < n; ++i)
            q[i] = t[i];
        return candidateScore<simd::Native, Cmp::Dot>(r, t, n);
    case ModelType::DistMult:
        for (int i = 0; i < n; ++i)
            q[i] = headSide ? r[i] * t[i] : h[i] * r[i];
        return 0.0f;
    case ModelType::ComplEx: {
        const float *hi = h + n, *ri = r + n, *ti = t + n;
        float *qi = q + n;
        if (headSide) {
            for (int i = 0; i < n; ++i) {
                q[i] = r[i] * t[i] + ri[i] * ti[i];
                qi[i] = r[i] * ti[i] - ri[i] * t[i];
            }
        } else {
            for (int i = 0; i < n; ++i) {
                q[i] = h[i] * r[i] - hi[i] * ri[i];
                qi[i] = h[i] * ri[i] + hi[i] * r[i];
            }
        }
        return 0.0f;
    }
    }
    return 0.0f;
}

// gq = dL/dq, gc = dL/dc. Writes gEntity (for h on the tail side, t on the head side) and
// gRelation, each spec.width() floats.
inline void backprop(const ModelSpec &spec, bool headSide, const float *h, const float *r,
                     const float *t, const float *gq, float gc, float *gEntity, float *gRelation)
{
    const int n = spec.dim;
    switch (spec.type) {
    case ModelType::TransE:
        for (int i = 0; i < n; ++i) {
            gEntity[i] = gq[i];
            gRelation[i] = headSide ? -gq[i] : gq[i];
        }
        return;
    case ModelType::TransEDot:
        for (int i = 0; i < n; ++i) {
            gEntity[i] = headSide ? gq[i] + gc * r[i] : gq[i];
            gRelation[i] = headSide ? gc * t[i] : gq[i];
        }
        return;
    case ModelType::DistMult:
        for (int i = 0; i < n; ++i) {
            gEntity[i] = gq[i] * r[i];
            gRelation[i] = gq[i] * (headSide ? t[i] : h[i]);
        }
        return;
    case ModelType::ComplEx: {
        const float *ri = r + n, *gqi = gq + n;
        const float *e = headSide ? t : h, *ei = e + n; // the fixed entity
        float *geI = gEntity + n, *grI = gRelation + n;
        for (int i = 0; i < n; ++i) {
            if (headSide) { // q = (r_re t_re + r_im t_im, r_re t_im - r_im t_re)
                gRelation[i] = gq[i] * e[i] + gqi[i] * ei[i];
                grI[i] = gq[i] * ei[i] - gqi[i] * e[i];
                gEntity[i] = gq[i] * r[i] - gqi[i] * ri[i];
                geI[i] = gq[i] * ri[i] + gqi[i] * r[i];
            } else { // q = (h_re r_re - h_im r_im, h_re r_im + h_im r_re)
                gEntity[i] = gq[i] * r[i] + gqi[i] * ri[i];
                geI[i] = gqi[i] * r[i] - gq[i] * ri[i];
                gRelation[i] = gq[i] * e[i] + gqi[i] * ei[i];
                grI[i] = gqi[i] * e[i] - gq[i] * ei[i];
            }
        }
        return;
    }
    }
}

} // namespace eg::margin
