#include "debias/kl_term.h"

#include "bias/sensitive.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace eg {

KlTerm::KlTerm(const Graph &graph, std::vector<KlRelation> relations, KlReduction reduction)
    : m_relations(std::move(relations))
    , m_reduction(reduction) {
    m_isHuman.assign(size_t(graph.entityCount()), 0);
    for (const KlRelation &kl : m_relations) {
        if (kl.relation < 0 || kl.relation >= graph.relationCount())
            throw Error(Error::tr("KL term: relation %1 out of range").arg(kl.relation));
        const QString name = graph.relations.keyString(kl.relation);
        if (!std::isfinite(kl.weight) || kl.weight < 0.0f)
            throw Error(Error::tr("KL term: the weight of %1 must be >= 0").arg(name));
        if (kl.topValues < 2)
            throw Error(Error::tr("KL term: %1 needs at least 2 top values").arg(name));
        std::vector<qint32> values;
        for (const ValueCount &v : relationValues(graph, kl.relation, SplitTrain, kl.topValues))
            values.push_back(v.entity);
        if (values.size() < 2)
            throw Error(Error::tr("KL term: %1 has fewer than two values in train").arg(name));
        std::vector<double> target = kl.target;
        if (target.empty()) {
            target.assign(values.size(), 1.0 / double(values.size()));
        } else {
            if (target.size() != values.size())
                throw Error(Error::tr("KL term: the target of %1 has %2 entries, the "
                                      "relation has %3 top values")
                                .arg(name)
                                .arg(target.size())
                                .arg(values.size()));
            const double sum = std::accumulate(target.begin(), target.end(), 0.0);
            const bool negative =
                std::any_of(target.begin(), target.end(), [](double g) { return !(g >= 0.0); });
            if (negative || std::abs(sum - 1.0) > 1e-6)
                throw Error(
                    Error::tr("KL term: the target of %1 must be >= 0 and sum to 1").arg(name));
        }
        for (qint32 h : relationHeads(graph, kl.relation, SplitTrain))
            m_isHuman[size_t(h)] = 1;
        m_values.push_back(std::move(values));
        m_target.push_back(std::move(target));
    }
    for (qint32 e = 0; e < graph.entityCount(); ++e)
        if (m_isHuman[size_t(e)])
            m_humans.push_back(e);
}

double KlTerm::humanLoss(const Model &model, qint32 human, float scale, float *grad,
                         std::vector<double> &scores) const {
    const int w = model.spec.width();
    const float *h = model.entities.row(human).data();
    std::vector<float> dg(static_cast<size_t>(w));
    double total = 0.0;
    for (size_t j = 0; j < m_relations.size(); ++j) {
        const std::vector<qint32> &values = m_values[j];
        const std::vector<double> &target = m_target[j];
        const float *r = model.relations.row(m_relations[j].relation).data();
        const size_t m = values.size();
        scores.resize(m);
        double top = -INFINITY;
        for (size_t k = 0; k < m; ++k) {
            scores[k] = scoreVectors(model.spec, h, r, model.entities.row(values[k]).data());
            top = std::max(top, scores[k]);
        }
        double norm = 0.0;
        for (size_t k = 0; k < m; ++k)
            norm += std::exp(scores[k] - top);
        const double logNorm = top + std::log(norm);
        // KL(G || q) = sum G log G - sum G log q, log q_k = S_k - logNorm.
        double kl = 0.0;
        for (size_t k = 0; k < m; ++k)
            if (target[k] > 0.0)
                kl += target[k] * (std::log(target[k]) - (scores[k] - logNorm));
        const double weight = m_relations[j].weight;
        total += weight * kl;
        if (!grad || weight == 0.0)
            continue;
        for (size_t k = 0; k < m; ++k) {
            const double coefficient = weight * (std::exp(scores[k] - logNorm) - target[k]);
            if (coefficient == 0.0)
                continue;
            headGradient(model.spec, h, r, model.entities.row(values[k]).data(), dg.data());
            const float c = float(coefficient) * scale;
            for (int i = 0; i < w; ++i)
                grad[i] += c * dg[size_t(i)];
        }
    }
    return total;
}

double KlTerm::blockLoss(const Model &model, std::span<const qint32> humans, float scale,
                         Matrix *gradient) const {
    const qint64 n = qint64(humans.size());
    const int w = model.spec.width();
    if (gradient)
        *gradient = Matrix::Zero(n, w);
    const bool dot = model.spec.type == ModelType::TransEDot;
    if (!dot && model.spec.type != ModelType::DistMult) { // one human at a time
        std::vector<double> scores;
        double total = 0.0;
        for (qint64 i = 0; i < n; ++i)
            total += humanLoss(model, humans[size_t(i)], scale,
                               gradient ? gradient->row(i).data() : nullptr, scores);
        return total;
    }
    // TransEDot S = (H + r) V^T, DistMult S = (H * r) V^T: two matrix products per relation.
    Matrix h(n, w);
    for (qint64 i = 0; i < n; ++i)
        h.row(i) = model.entities.row(humans[size_t(i)]);
    double total = 0.0;
    for (size_t j = 0; j < m_relations.size(); ++j) {
        const std::vector<qint32> &values = m_values[j];
        const std::vector<double> &target = m_target[j];
        const qint64 m = qint64(values.size());
        const double weight = m_relations[j].weight;
        Matrix v(m, w);
        for (qint64 k = 0; k < m; ++k)
            v.row(k) = model.entities.row(values[size_t(k)]);
        const auto r = model.relations.row(m_relations[j].relation);
        Matrix q = h;
        if (dot)
            q.rowwise() += r;
        else
            q.array().rowwise() *= r.array();
        const Matrix s = q * v.transpose();
        Matrix c(n, m);
        for (qint64 i = 0; i < n; ++i) {
            const double top = double(s.row(i).maxCoeff());
            double norm = 0.0;
            for (qint64 k = 0; k < m; ++k)
                norm += std::exp(double(s(i, k)) - top);
            const double logNorm = top + std::log(norm);
            double kl = 0.0;
            for (qint64 k = 0; k < m; ++k) {
                const double logQ = double(s(i, k)) - logNorm;
                if (target[size_t(k)] > 0.0)
                    kl += target[size_t(k)] * (std::log(target[size_t(k)]) - logQ);
                c(i, k) = float(weight * (std::exp(logQ) - target[size_t(k)])) * scale;
            }
            total += weight * kl;
        }
        if (!gradient || weight == 0.0)
            continue;
        if (dot)
            gradient->noalias() += c * v;
        else
            gradient->array() += (c * v).array().rowwise() * r.array();
    }
    return total;
}

double KlTerm::loss(std::span<const qint32> humans, const Model &model, Matrix *gradient) const {
    const double scale =
        m_reduction == KlReduction::Mean && !humans.empty() ? 1.0 / double(humans.size()) : 1.0;
    return blockLoss(model, humans, float(scale), gradient) * scale;
}

double KlTerm::batchLoss(std::span<const Triple> batch, const Model &model,
                         SoftmaxGradients &gradients) const {
    std::vector<qint32> humans;
    humans.reserve(batch.size());
    for (const Triple &x : batch) {
        if (isHuman(x.h))
            humans.push_back(x.h);
        if (isHuman(x.t))
            humans.push_back(x.t);
    }
    std::sort(humans.begin(), humans.end());
    humans.erase(std::unique(humans.begin(), humans.end()), humans.end());
    if (humans.empty())
        return 0.0;
    const double scale = m_reduction == KlReduction::Mean ? 1.0 / double(humans.size()) : 1.0;
    Matrix grad;
    const double total = blockLoss(model, humans, float(scale), &grad);
    const int w = model.spec.width();
    for (size_t i = 0; i < humans.size(); ++i) {
        float *g = gradients.entity(humans[i]);
        const float *d = grad.row(qint64(i)).data();
        for (int k = 0; k < w; ++k)
            g[k] += d[k];
    }
    return total * scale;
}

std::vector<double> KlTerm::meanKl(const Model &model) const {
    std::vector<double> out(m_relations.size(), 0.0);
    if (m_humans.empty())
        return out;
    for (size_t j = 0; j < m_relations.size(); ++j) {
        KlRelation one = m_relations[j];
        one.weight = 1.0f;
        KlTerm single = *this;
        single.m_relations = {one};
        single.m_values = {m_values[j]};
        single.m_target = {m_target[j]};
        single.m_reduction = KlReduction::Mean;
        out[j] = single.loss(m_humans, model);
    }
    return out;
}

decltype(SoftmaxHooks::batchLoss) KlTerm::hook() const {
    return [this](int, std::span<const Triple> batch, const Model &model,
                  SoftmaxGradients &gradients) {
        return batchLoss(batch, model, gradients);
    };
}

} // namespace eg
