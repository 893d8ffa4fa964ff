#include "interop/operator_model.h"

#include "common/error.h"

#include <cmath>

namespace eg {

namespace {

struct OperatorName {
    PbgOperator op;
    const char *name;
};
constexpr OperatorName kOperators[] = {
    {PbgOperator::None, "none"},         {PbgOperator::Translation, "translation"},
    {PbgOperator::Diagonal, "diagonal"}, {PbgOperator::Linear, "linear"},
    {PbgOperator::Affine, "affine"},     {PbgOperator::ComplexDiagonal, "complex_diagonal"}};

struct ComparatorName {
    PbgComparator c;
    const char *name;
};
constexpr ComparatorName kComparators[] = {
    {PbgComparator::Dot, "dot"}, {PbgComparator::Cos, "cos"},
    {PbgComparator::L2, "l2"},   {PbgComparator::SquaredL2, "squared_l2"},
    {PbgComparator::L1, "l1"},   {PbgComparator::ComplexL1, "complex_l1"}};

constexpr int kMaxDim = 4096;

} // namespace

QString pbgOperatorName(PbgOperator op) {
    for (const OperatorName &n : kOperators)
        if (n.op == op)
            return QLatin1String(n.name);
    return {};
}

std::optional<PbgOperator> parsePbgOperator(const QString &name) {
    for (const OperatorName &n : kOperators)
        if (name == QLatin1String(n.name))
            return n.op;
    return std::nullopt;
}

QString pbgComparatorName(PbgComparator c) {
    for (const ComparatorName &n : kComparators)
        if (n.c == c)
            return QLatin1String(n.name);
    return {};
}

std::optional<PbgComparator> parsePbgComparator(const QString &name) {
    for (const ComparatorName &n : kComparators)
        if (name == QLatin1String(n.name))
            return n.c;
    return std::nullopt;
}

int pbgOperatorParams(PbgOperator op, int dim) {
    switch (op) {
    case PbgOperator::None:
        return 0;
    case PbgOperator::Translation:
    case PbgOperator::Diagonal:
    case PbgOperator::ComplexDiagonal:
        return dim;
    case PbgOperator::Linear:
        return dim * dim;
    case PbgOperator::Affine:
        return dim * dim + dim;
    }
    return 0;
}

void OperatorModel::validate() const {
    if (dim < 1 || dim > kMaxDim)
        throw Error(Error::tr("embedding dimension %1 is outside 1..%2").arg(dim).arg(kMaxDim));
    if (entities.cols() != dim)
        throw Error(Error::tr("the entity table has %1 columns, expected %2")
                        .arg(entities.cols())
                        .arg(dim));
    int params = 0;
    for (PbgOperator op : ops) {
        params = std::max(params, pbgOperatorParams(op, dim));
        if (op == PbgOperator::ComplexDiagonal && dim % 2 != 0)
            throw Error(Error::tr("complex_diagonal needs an even dimension, got %1").arg(dim));
    }
    if ((comparator == PbgComparator::ComplexL1) && (dim % 2 != 0 || bias))
        throw Error(Error::tr("complex_l1 needs an even dimension and no bias coordinate"));
    const qint64 nr = qint64(ops.size());
    if (rhsParams.rows() != nr || rhsParams.cols() < params)
        throw Error(Error::tr("the right-hand side operator parameters are %1 x %2, "
                              "expected %3 x %4")
                        .arg(rhsParams.rows())
                        .arg(rhsParams.cols())
                        .arg(nr)
                        .arg(params));
    if (dynamic && (lhsParams.rows() != nr || lhsParams.cols() < params))
        throw Error(Error::tr("the left-hand side operator parameters are %1 x %2, "
                              "expected %3 x %4")
                        .arg(lhsParams.rows())
                        .arg(lhsParams.cols())
                        .arg(nr)
                        .arg(params));
}

void OperatorModel::applyOperator(bool lhs, qint32 r, const float *x, float *out) const {
    const float *p = (lhs ? lhsParams : rhsParams).row(r).data();
    const int n = dim;
    switch (ops[size_t(r)]) {
    case PbgOperator::None:
        std::copy(x, x + n, out);
        return;
    case PbgOperator::Translation:
        for (int i = 0; i < n; ++i)
            out[i] = x[i] + p[i];
        return;
    case PbgOperator::Diagonal:
        for (int i = 0; i < n; ++i)
            out[i] = x[i] * p[i];
        return;
    case PbgOperator::Linear:
    case PbgOperator::Affine: {
        const bool affine = ops[size_t(r)] == PbgOperator::Affine;
        for (int i = 0; i < n; ++i) {
            float s = 0.f;
            for (int j = 0; j < n; ++j)
                s += p[i * n + j] * x[j];
            out[i] = affine ? s + p[n * n + i] : s;
        }
        return;
    }
    case PbgOperator::ComplexDiagonal: {
        const int h = n / 2;
        for (int k = 0; k < h; ++k) {
            const float re = x[k], im = x[h + k], pr = p[k], pi = p[h + k];
            out[k] = re * pr - im * pi;
            out[h + k] = re * pi + im * pr;
        }
        return;
    }
    }
}

double OperatorModel::compare(const float *a, const float *b) const {
    const int s = bias ? 1 : 0;
    double out = bias ? double(a[0]) + double(b[0]) : 0.0;
    double acc = 0.0;
    switch (comparator) {
    case PbgComparator::Dot:
        for (int i = s; i < dim; ++i)
            acc += double(a[i]) * double(b[i]);
        return out + acc;
    case PbgComparator::Cos: {
        double na = 0.0, nb = 0.0;
        for (int i = s; i < dim; ++i) {
            acc += double(a[i]) * double(b[i]);
            na += double(a[i]) * double(a[i]);
            nb += double(b[i]) * double(b[i]);
        }
        return out + acc / (std::sqrt(na) * std::sqrt(nb));
    }
    case PbgComparator::L2:
    case PbgComparator::SquaredL2:
        for (int i = s; i < dim; ++i) {
            const double d = double(a[i]) - double(b[i]);
            acc += d * d;
        }
        return comparator == PbgComparator::L2 ? out - std::sqrt(std::max(acc, 1e-30)) : out - acc;
    case PbgComparator::L1:
        for (int i = s; i < dim; ++i)
            acc += std::abs(double(a[i]) - double(b[i]));
        return out - acc;
    case PbgComparator::ComplexL1: {
        const int h = dim / 2;
        for (int k = 0; k < h; ++k)
            acc += std::hypot(double(a[k]) - double(b[k]), double(a[h + k]) - double(b[h + k]));
        return out - acc;
    }
    }
    return out;
}

double OperatorModel::score(const float *h, qint32 r, const float *t, ScoreSide side) const {
    std::vector<float> buffer(static_cast<size_t>(dim));
    if (side == ScoreSide::Tail && dynamic) {
        applyOperator(true, r, h, buffer.data());
        return offset + compare(buffer.data(), t);
    }
    applyOperator(false, r, t, buffer.data());
    return offset + compare(h, buffer.data());
}

double OperatorModel::score(qint32 h, qint32 r, qint32 t, ScoreSide side) const {
    return score(entities.row(h), r, entities.row(t), side);
}

void OperatorModel::headGradient(const float *h, qint32 r, const float *t, ScoreSide side,
                                 double *out) const {
    std::vector<float> buffer(static_cast<size_t>(dim));
    const bool throughOperator = side == ScoreSide::Tail && dynamic;
    const float *a = h, *b = t;
    if (throughOperator) {
        applyOperator(true, r, h, buffer.data());
        a = buffer.data();
    } else {
        applyOperator(false, r, t, buffer.data());
        b = buffer.data();
    }
    // v = d c(a, b) / d a.
    std::vector<double> v(size_t(dim), 0.0);
    const int s = bias ? 1 : 0;
    if (bias)
        v[0] = 1.0;
    switch (comparator) {
    case PbgComparator::Dot:
        for (int i = s; i < dim; ++i)
            v[size_t(i)] = b[i];
        break;
    case PbgComparator::Cos: {
        double ab = 0.0, na = 0.0, nb = 0.0;
        for (int i = s; i < dim; ++i) {
            ab += double(a[i]) * b[i];
            na += double(a[i]) * a[i];
            nb += double(b[i]) * b[i];
        }
        const double la = std::sqrt(na), lb = std::sqrt(nb);
        for (int i = s; i < dim; ++i)
            v[size_t(i)] = (b[i] / lb - (ab / (la * lb)) * a[i] / la) / la;
        break;
    }
    case PbgComparator::L2:
    case PbgComparator::SquaredL2: {
        double sq = 0.0;
        for (int i = s; i < dim; ++i)
            sq += (double(a[i]) - b[i]) * (double(a[i]) - b[i]);
        const double scale =
            comparator == PbgComparator::SquaredL2 ? 2.0 : (sq > 1e-30 ? 1.0 / std::sqrt(sq) : 0.0);
        for (int i = s; i < dim; ++i)
            v[size_t(i)] = -scale * (double(a[i]) - b[i]);
        break;
    }
    case PbgComparator::L1:
        for (int i = s; i < dim; ++i) {
            const double d = double(a[i]) - b[i];
            v[size_t(i)] = d > 0 ? -1.0 : (d < 0 ? 1.0 : 0.0);
        }
        break;
    case PbgComparator::ComplexL1: {
        const int half = dim / 2;
        for (int k = 0; k < half; ++k) {
            const double dr = double(a[k]) - b[k], di = double(a[half + k]) - b[half + k];
            const double m = std::hypot(dr, di);
            v[size_t(k)] = m > 0 ? -dr / m : 0.0;
            v[size_t(half + k)] = m > 0 ? -di / m : 0.0;
        }
        break;
    }
    }
    if (!throughOperator) {
        std::copy(v.begin(), v.end(), out);
        return;
    }
    // Chain through the left-hand side operator: out = J^T v.
    const float *p = lhsParams.row(r).data();
    const int n = dim;
    switch (ops[size_t(r)]) {
    case PbgOperator::None:
    case PbgOperator::Translation:
        std::copy(v.begin(), v.end(), out);
        return;
    case PbgOperator::Diagonal:
        for (int i = 0; i < n; ++i)
            out[i] = v[size_t(i)] * p[i];
        return;
    case PbgOperator::Linear:
    case PbgOperator::Affine:
        for (int j = 0; j < n; ++j) {
            double acc = 0.0;
            for (int i = 0; i < n; ++i)
                acc += double(p[i * n + j]) * v[size_t(i)];
            out[j] = acc;
        }
        return;
    case PbgOperator::ComplexDiagonal: {
        const int half = n / 2;
        for (int k = 0; k < half; ++k) {
            const double vr = v[size_t(k)], vi = v[size_t(half + k)], pr = p[k], pi = p[half + k];
            out[k] = vr * pr + vi * pi;
            out[half + k] = -vr * pi + vi * pr;
        }
        return;
    }
    }
}

} // namespace eg
