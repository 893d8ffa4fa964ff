#include "eval/candidate_scorer.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace eg {

namespace {

double l1Norm(const float *v, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; ++i)
        s += std::abs(double(v[i]));
    return s;
}

double l2Norm(const float *v, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; ++i)
        s += double(v[i]) * v[i];
    return std::sqrt(s);
}

// The score formula of `spec` on (h, r, t) in double, without the final rounding to float.
// keyForm: TransE L2 gives minus the squared distance; dropRelation: TransEDot leaves out
// <r, t> (the constant of head prediction without a right-hand-side relation table).
double exactFormula(const ModelSpec &spec, const float *h, const float *r, const float *t,
                    bool dropRelation)
{
    const int n = spec.dim;
    double s = 0.0;
    switch (spec.type) {
    case ModelType::TransE:
        for (int i = 0; i < n; ++i) {
            const double d = double(h[i]) + r[i] - t[i];
            s += spec.norm == 1 ? std::abs(d) : d * d;
        }
        return -s;
    case ModelType::TransEDot:
        for (int i = 0; i < n; ++i)
            s += (double(h[i]) + (dropRelation ? 0.0 : double(r[i]))) * t[i];
        return s;
    case ModelType::DistMult:
        for (int i = 0; i < n; ++i)
            s += double(h[i]) * r[i] * t[i];
        return s;
    case ModelType::ComplEx: {
        const float *hi = h + n, *ri = r + n, *ti = t + n;
        for (int i = 0; i < n; ++i)
            s += double(h[i]) * r[i] * t[i] + double(hi[i]) * r[i] * ti[i] +
                 double(h[i]) * ri[i] * ti[i] - double(hi[i]) * ri[i] * t[i];
        return s;
    }
    }
    return 0.0;
}

void checkShapes(const Model &model)
{
    const ModelSpec &spec = model.spec;
    if (spec.dim <= 0)
        throw Error(Error::tr("model dimension must be positive, got %1").arg(spec.dim));
    if (spec.type == ModelType::TransE && spec.norm != 1 && spec.norm != 2)
        throw Error(Error::tr("TransE norm must be 1 or 2, got %1").arg(spec.norm));
    const qint64 w = spec.width();
    if (model.entities.cols() != w || model.relations.cols() != w)
        throw Error(Error::tr("model embeddings have %1 and %2 columns, expected %3")
                        .arg(model.entities.cols())
                        .arg(model.relations.cols())
                        .arg(w));
    if (spec.separateRhs && (model.relationsRhs.rows() != model.relations.rows() ||
                             model.relationsRhs.cols() != w))
        throw Error(Error::tr("model has separate right-hand-side relations but its "
                              "second relation table is %1 x %2, expected %3 x %4")
                        .arg(model.relationsRhs.rows())
                        .arg(model.relationsRhs.cols())
                        .arg(model.relations.rows())
                        .arg(w));
}

} // namespace

CandidateScorer::CandidateScorer(const Model &model)
    : m_model(model)
{
    checkShapes(model);
    const int w = model.spec.width();
    for (qint64 e = 0; e < model.entities.rows(); ++e) {
        const float *row = model.entities.row(e).data();
        m_maxL2 = std::max(m_maxL2, l2Norm(row, w));
    }
    if (usesL1Kernel())
        m_panels = detail::makeL1Panels(model.entities);
    else
        m_entitiesByColumn = model.entities;
    if (model.spec.type == ModelType::TransE && model.spec.norm == 2) {
        m_entityNorm2.resize(size_t(model.entities.rows()));
        for (qint64 e = 0; e < model.entities.rows(); ++e) {
            const double n = l2Norm(model.entities.row(e).data(), w);
            m_entityNorm2[size_t(e)] = float(n * n);
        }
    }
}

bool CandidateScorer::usesL1Kernel() const
{
    return m_model.spec.type == ModelType::TransE && m_model.spec.norm == 1;
}

const float *CandidateScorer::relationRow(PredictSide side, qint32 r) const
{
    if (side == PredictSide::Head && m_model.spec.separateRhs)
        return m_model.relationsRhs.row(r).data();
    return m_model.relations.row(r).data();
}

CandidateScorer::Block CandidateScorer::prepare(PredictSide side,
                                                std::span<const Triple> queries) const
{
    const ModelSpec &spec = m_model.spec;
    const int w = spec.width(), n = spec.dim;
    const bool tail = side == PredictSide::Tail;
    Block block;
    block.side = side;
    block.queries = queries;
    block.q.resize(qint64(queries.size()), w);
    block.offset.assign(queries.size(), 0.0f);
    for (size_t k = 0; k < queries.size(); ++k) {
        const Triple &x = queries[k];
        // a: the known entity, b: the relation vector used on this side.
        const float *a = m_model.entities.row(tail ? x.h : x.t).data();
        const float *b = relationRow(side, x.r);
        float *q = block.q.row(qint64(k)).data();
        switch (spec.type) {
        case ModelType::TransE: // tail: -|(h + r) - c|; head: -|c - (t - r)|
            for (int i = 0; i < w; ++i)
                q[i] = tail ? a[i] + b[i] : a[i] - b[i];
            break;
        case ModelType::TransEDot: // tail <h + r, c>; head <c, t + r_rhs> or <c, t> + <r, t>
            if (tail || spec.separateRhs) {
                for (int i = 0; i < w; ++i)
                    q[i] = a[i] + b[i];
            } else {
                std::copy(a, a + w, q);
                double rt = 0.0;
                for (int i = 0; i < w; ++i)
                    rt += double(b[i]) * a[i];
                block.offset[k] = float(rt);
            }
            break;
        case ModelType::DistMult:
            for (int i = 0; i < w; ++i)
                q[i] = a[i] * b[i];
            break;
        case ModelType::ComplEx: {
            // Coefficients of c_re and c_im in Re<h, r, conj(c)> (tail) or Re<c, r, conj(t)>
            // (head), with a = h or t and b = r.
            const float *ai = a + n, *bi = b + n;
            for (int i = 0; i < n; ++i) {
                if (tail) {
                    q[i] = a[i] * b[i] - ai[i] * bi[i];
                    q[n + i] = ai[i] * b[i] + a[i] * bi[i];
                } else {
                    q[i] = b[i] * a[i] + bi[i] * ai[i];
                    q[n + i] = b[i] * ai[i] - bi[i] * a[i];
                }
            }
            break;
        }
        }
    }
    if (spec.type == ModelType::TransE && spec.norm == 2) {
        block.qNorm2.resize(queries.size());
        for (size_t k = 0; k < queries.size(); ++k)
            block.qNorm2[k] = block.q.row(qint64(k)).squaredNorm();
    }
    return block;
}

void CandidateScorer::keys(const Block &block, qint32 first, qint32 count, float *out,
                           qint64 stride) const
{
    const int w = m_model.spec.width();
    const qint64 rows = block.q.rows();
    if (rows == 0 || count <= 0)
        return;
    if (usesL1Kernel()) {
        if (first % detail::kL1Panel != 0)
            throw Error(
                Error::tr("L1 kernel chunks must start at a multiple of %1").arg(detail::kL1Panel));
        detail::l1Keys(block.q.data(), int(rows), w, m_panels.data(), first, count, out,
                       stride);
        return;
    }
    using OutMap = Eigen::Map<Matrix, 0, Eigen::OuterStride<>>;
    OutMap dst(out, rows, count, Eigen::OuterStride<>(stride));
    dst.noalias() = block.q * m_entitiesByColumn.middleRows(first, count).transpose();
    if (!block.qNorm2.empty()) {
        // TransE L2: key = -max(0, ||q||^2 + ||c||^2 - 2 q.c); the clamp keeps rounding from
        // producing a negative squared distance.
        const float *cn = m_entityNorm2.data() + first;
        for (qint64 k = 0; k < rows; ++k) {
            float *row = out + k * stride;
            const float qn = block.qNorm2[size_t(k)];
            for (qint32 j = 0; j < count; ++j)
                row[j] = -std::max(0.0f, (qn + cn[j]) - 2.0f * row[j]);
        }
    }
}

void CandidateScorer::scores(const Block &block, float *out) const
{
    const qint32 n = candidateCount();
    keys(block, 0, n, out, n);
    const bool l2 = !block.qNorm2.empty();
    for (qint64 k = 0; k < block.q.rows(); ++k) {
        float *row = out + k * n;
        const float offset = block.offset[size_t(k)];
        for (qint32 j = 0; j < n; ++j)
            row[j] = l2 ? -std::sqrt(-row[j]) : row[j] + offset;
    }
}

float CandidateScorer::canonicalScore(PredictSide side, const Triple &x, qint32 c) const
{
    const ModelSpec &spec = m_model.spec;
    const float *cv = m_model.entities.row(c).data();
    if (side == PredictSide::Tail)
        return scoreVectors(spec, m_model.entities.row(x.h).data(),
                            m_model.relations.row(x.r).data(), cv);
    const float *t = m_model.entities.row(x.t).data();
    if (spec.type == ModelType::TransEDot && spec.separateRhs)
        return scoreVectors(spec, t, relationRow(side, x.r), cv);
    return scoreVectors(spec, cv, relationRow(side, x.r), t);
}

double CandidateScorer::exactKey(PredictSide side, const Triple &x, qint32 c) const
{
    const ModelSpec &spec = m_model.spec;
    const float *cv = m_model.entities.row(c).data();
    if (side == PredictSide::Tail)
        return exactFormula(spec, m_model.entities.row(x.h).data(),
                            m_model.relations.row(x.r).data(), cv, false);
    const float *t = m_model.entities.row(x.t).data();
    if (spec.type == ModelType::TransEDot && spec.separateRhs)
        return exactFormula(spec, t, relationRow(side, x.r), cv, false);
    return exactFormula(spec, cv, relationRow(side, x.r), t,
                        spec.type == ModelType::TransEDot);
}

double CandidateScorer::band(PredictSide side, const Triple &x) const
{
    // Error analysis (u = 2^-24, n = floats per vector; Higham, Accuracy and Stability of
    // Numerical Algorithms, 3.1): a float sum of n terms, in any order and with or without
    // FMA, is within gamma_n * sum |terms| of the exact sum, gamma_n = nu / (1 - nu). Folding
    // the query into q costs at most two more roundings per term. So |key - exact key| <=
    // gamma_(n+5) * S, with S below bounding sum |terms| for every candidate (Cauchy-Schwarz
    // for dot products, the triangle inequality for distances). The canonical float score is
    // within u * |score| <= u * S of its exact value (its double sum adds ~1e-16). Two
    // candidates then compare the same way in keys and canonical scores when their keys
    // differ by more than 2 gamma_(n+5) S + 2 u S (plus, for L2, 4 u S so that the square
    // roots differ by more than an ulp). (2n + 16) * 1.25 * u * S covers all of it with room
    // for the outward rounding of the window ends; the last term covers underflow.
    const ModelSpec &spec = m_model.spec;
    const int w = spec.width(), n = spec.dim;
    const bool tail = side == PredictSide::Tail;
    const float *a = m_model.entities.row(tail ? x.h : x.t).data();
    const float *b = relationRow(side, x.r);
    constexpr double u = 0x1p-24;
    double scale = 0.0;
    switch (spec.type) {
    case ModelType::TransE:
        if (spec.norm == 1) {
            // Every term is >= 0, so the bound can be relative to the distance D itself:
            // |fast - D| <= gamma_n D + u (|a|_1 + |b|_1) (the second part from folding the
            // query), and the canonical scores of two candidates differ once their distances
            // differ by more than 4 u D. For candidates whose key is outside the window that
            // gives a window of gamma_n D + 4 u D + u (|a|_1 + |b|_1), here with 10% room.
            const double d = -exactKey(side, x, tail ? x.t : x.h);
            return 1.1 * u * ((1.01 * w + 4.2) * d + 1.01 * (l1Norm(a, w) + l1Norm(b, w))) +
                   (4.0 * w + 16.0) * 0x1p-149;
        } else {
            const double s = l2Norm(a, w) + l2Norm(b, w) + m_maxL2;
            scale = s * s;
        }
        break;
    case ModelType::TransEDot:
        if (tail || spec.separateRhs)
            scale = (l2Norm(a, w) + l2Norm(b, w)) * m_maxL2;
        else
            scale = l2Norm(a, w) * (m_maxL2 + l2Norm(b, w));
        break;
    case ModelType::DistMult: {
        double s = 0.0;
        for (int i = 0; i < w; ++i)
            s += double(a[i]) * a[i] * b[i] * b[i];
        scale = std::sqrt(s) * m_maxL2;
        break;
    }
    case ModelType::ComplEx: {
        double s = 0.0;
        for (int i = 0; i < n; ++i) {
            const double re = std::abs(double(a[i]) * b[i]) + std::abs(double(a[n + i]) * b[n + i]);
            const double im = std::abs(double(a[i]) * b[n + i]) + std::abs(double(a[n + i]) * b[i]);
            s += re * re + im * im;
        }
        scale = std::sqrt(s) * m_maxL2;
        break;
    }
    }
    return (2.0 * w + 16.0) * 1.25 * u * scale + (4.0 * w + 16.0) * 0x1p-149;
}

int CandidateScorer::blockQueries() const
{
    return usesL1Kernel() ? 64 : 128;
}

qint32 CandidateScorer::chunkCandidates() const
{
    // About 256 KB of entity rows per chunk: the chunk stays in the L2 cache while every query
    // of the block passes over it. A multiple of the L1 kernel's panel.
    const qint32 w = m_model.spec.width();
    const qint32 c = std::clamp<qint32>(65536 / w, 256, 4096);
    return c / detail::kL1Panel * detail::kL1Panel;
}

} // namespace eg
