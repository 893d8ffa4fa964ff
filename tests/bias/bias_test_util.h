#pragma once

// Helpers of the bias tests: building small graphs by key, random models, and an independent
// double-precision scorer written from the formulas in core/embed/model.h (not from its code).

#include "embed/model.h"
#include "embed/rng.h"
#include "kg/graph.h"

#include <cmath>
#include <initializer_list>
#include <string>
#include <vector>

namespace eg::test {

struct KeyTriple
{
    const char *h;
    const char *r;
    const char *t;
};

// A graph from keyed triples; entities and relations get ids in order of `entities` /
// `relations` first (so tests know them), then of first appearance.
inline Graph makeGraph(std::initializer_list<const char *> entities,
                       std::initializer_list<const char *> relations,
                       std::initializer_list<KeyTriple> train,
                       std::initializer_list<KeyTriple> valid = {},
                       std::initializer_list<KeyTriple> test = {})
{
    Graph g;
    for (const char *e : entities)
        g.entities.insert(e);
    for (const char *r : relations)
        g.relations.insert(r);
    auto add = [&](std::initializer_list<KeyTriple> from, std::vector<Triple> &to) {
        for (const KeyTriple &x : from)
            to.push_back({g.entities.insert(x.h), g.relations.insert(x.r), g.entities.insert(x.t)});
    };
    add(train, g.train);
    add(valid, g.valid);
    add(test, g.test);
    return g;
}

inline ModelSpec makeSpec(ModelType type, int dim, int norm = 1, bool rhs = false)
{
    ModelSpec s;
    s.type = type;
    s.dim = dim;
    s.norm = norm;
    s.separateRhs = rhs;
    return s;
}

// Uniform values in [-scale, scale], seeded.
inline Model randomModel(const ModelSpec &spec, qint32 entities, qint32 relations, quint64 seed,
                         float scale = 1.0f)
{
    Model m;
    m.spec = spec;
    Rng rng(seed);
    auto fill = [&](Matrix &x, qint32 rows) {
        x.resize(rows, spec.width());
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x.data()[i] = (2.0f * rng.uniform() - 1.0f) * scale;
    };
    fill(m.entities, entities);
    fill(m.relations, relations);
    if (spec.separateRhs)
        fill(m.relationsRhs, relations);
    return m;
}

// g(h, r, t) in double, from the definitions.
inline double refScore(const ModelSpec &spec, const std::vector<double> &h, const double *r,
                       const double *t)
{
    const int n = spec.dim;
    double s = 0;
    if (spec.type == ModelType::TransE) {
        for (int i = 0; i < n; ++i) {
            const double d = h[size_t(i)] + r[i] - t[i];
            s += spec.norm == 1 ? std::abs(d) : d * d;
        }
        return spec.norm == 1 ? -s : -std::sqrt(s);
    }
    if (spec.type == ModelType::TransEDot) {
        for (int i = 0; i < n; ++i)
            s += (h[size_t(i)] + r[i]) * t[i];
        return s;
    }
    if (spec.type == ModelType::DistMult) {
        for (int i = 0; i < n; ++i)
            s += h[size_t(i)] * r[i] * t[i];
        return s;
    }
    // ComplEx: Re(h r conj(t)) summed; h = hr + i hi etc.
    for (int i = 0; i < n; ++i) {
        const double hr = h[size_t(i)], hi = h[size_t(n + i)], rr = r[i], ri = r[n + i];
        const double tr = t[i], ti = t[n + i];
        s += (hr * rr - hi * ri) * tr + (hr * ri + hi * rr) * ti;
    }
    return s;
}

// The head-prediction form of a separateRhs model (core/bias/bias_scorer.h): TransEDot
// <h, t + r_rhs>, any other type g(h, r_rhs, t); the caller passes the r_rhs row.
inline double refScoreHeadForm(const ModelSpec &spec, const std::vector<double> &h,
                               const double *rRhs, const double *t)
{
    if (spec.type != ModelType::TransEDot)
        return refScore(spec, h, rRhs, t);
    double s = 0;
    for (int i = 0; i < spec.dim; ++i)
        s += h[size_t(i)] * (t[i] + rRhs[i]);
    return s;
}

inline std::vector<double> rowD(const Matrix &m, qint32 row)
{
    return std::vector<double>(m.row(row).data(), m.row(row).data() + m.cols());
}

} // namespace eg::test
