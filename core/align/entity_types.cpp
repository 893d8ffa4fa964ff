#include "align/entity_types.h"

#include "common/error.h"
#include "embed/rng.h"

#include <Eigen/Core>
#include <algorithm>
#include <unordered_map>

namespace eg {

namespace {

// Feature key: class * 2 + (1 for incoming).
using Signature = std::vector<qint32>; // feature positions, ascending

std::vector<Signature> signatures(const Graph &g, const std::vector<qint32> &classOf) {
    std::vector<Signature> out(static_cast<size_t>(g.entityCount()));
    for (const Triple &x : g.train) {
        out[size_t(x.h)].push_back(classOf[size_t(x.r)] * 2);
        out[size_t(x.t)].push_back(classOf[size_t(x.r)] * 2 + 1);
    }
    for (Signature &s : out) {
        std::sort(s.begin(), s.end());
        s.erase(std::unique(s.begin(), s.end()), s.end());
    }
    return out;
}

float dotRow(const Signature &s, const Eigen::MatrixXf &centres, qsizetype k) {
    float sum = 0;
    for (const qint32 f : s)
        sum += centres(k, f);
    return sum / std::sqrt(float(s.size()));
}

} // namespace

EntityTypes inferEntityTypes(const AlignmentData &data, const RelationClasses &classes,
                             const EntityTypeOptions &options) {
    if (options.clusters < 1 || options.features < 1)
        throw Error(Error::tr("entity types: clusters and features must be positive"));
    std::vector<Signature> sig[2] = {signatures(data.first.graph, classes.classOf[0]),
                                     signatures(data.second.graph, classes.classOf[1])};
    // The most common features.
    std::unordered_map<qint32, qint64> freq;
    for (const auto &side : sig)
        for (const Signature &s : side)
            for (const qint32 f : s)
                ++freq[f];
    std::vector<std::pair<qint64, qint32>> ranked;
    for (const auto &[f, n] : freq)
        ranked.emplace_back(-n, f);
    std::sort(ranked.begin(), ranked.end());
    ranked.resize(std::min(ranked.size(), size_t(options.features)));
    std::unordered_map<qint32, qint32> position;
    for (size_t i = 0; i < ranked.size(); ++i)
        position[ranked[i].second] = qint32(i);
    std::vector<Signature *> points;
    for (auto &side : sig)
        for (Signature &s : side) {
            Signature kept;
            for (const qint32 f : s)
                if (const auto it = position.find(f); it != position.end())
                    kept.push_back(it->second);
            std::sort(kept.begin(), kept.end());
            s = std::move(kept);
            if (!s.empty())
                points.push_back(&s);
        }

    const qsizetype k = std::min<qsizetype>(options.clusters, qsizetype(points.size()));
    const qsizetype dims = qsizetype(ranked.size());
    Eigen::MatrixXf centres =
        Eigen::MatrixXf::Zero(std::max<qsizetype>(k, 1), std::max<qsizetype>(dims, 1));
    std::vector<qint32> assign(points.size(), 0);
    Rng rng(options.seed);
    if (k > 0) {
        // k-means++ seeding on squared distance 2 - 2 cos (unit vectors).
        std::vector<float> best(points.size(), 4.0f);
        qsizetype pick = rng.below(quint32(points.size()));
        for (qsizetype c = 0; c < k; ++c) {
            for (const qint32 f : *points[size_t(pick)])
                centres(c, f) = 1.0f / std::sqrt(float(points[size_t(pick)]->size()));
            double total = 0;
            for (size_t p = 0; p < points.size(); ++p) {
                const float d =
                    1 + centres.row(c).squaredNorm() - 2 * dotRow(*points[p], centres, c);
                best[p] = std::min(best[p], std::max(d, 0.0f));
                total += best[p];
            }
            double target = rng.uniformDouble() * total;
            pick = 0;
            for (size_t p = 0; p < points.size(); ++p) {
                target -= best[p];
                if (target <= 0) {
                    pick = qsizetype(p);
                    break;
                }
            }
        }
        for (int it = 0; it < options.iterations; ++it) {
            bool changed = false;
            const Eigen::VectorXf norms = centres.rowwise().squaredNorm();
            for (size_t p = 0; p < points.size(); ++p) {
                qint32 bestC = 0;
                float bestD = 1e30f;
                for (qsizetype c = 0; c < k; ++c) {
                    const float d = norms(c) - 2 * dotRow(*points[p], centres, c);
                    if (d < bestD) {
                        bestD = d;
                        bestC = qint32(c);
                    }
                }
                changed |= assign[p] != bestC;
                assign[p] = bestC;
            }
            if (!changed && it > 0)
                break;
            Eigen::MatrixXf sum = Eigen::MatrixXf::Zero(k, dims);
            std::vector<qint64> count(size_t(k), 0);
            for (size_t p = 0; p < points.size(); ++p) {
                for (const qint32 f : *points[p])
                    sum(assign[p], f) += 1.0f / std::sqrt(float(points[p]->size()));
                ++count[size_t(assign[p])];
            }
            for (qsizetype c = 0; c < k; ++c)
                if (count[size_t(c)] > 0)
                    centres.row(c) = sum.row(c) / float(count[size_t(c)]);
        }
    }

    EntityTypes out;
    out.typeCount = qint32(options.clusters) + 1;
    out.size.assign(size_t(out.typeCount), 0);
    size_t p = 0;
    for (int side = 0; side < 2; ++side) {
        out.typeOf[side].resize(sig[side].size());
        for (size_t e = 0; e < sig[side].size(); ++e) {
            const qint32 type = sig[side][e].empty() ? qint32(options.clusters) : assign[p++];
            out.typeOf[side][e] = type;
            ++out.size[size_t(type)];
        }
    }
    for (qint32 c = 0; c < out.typeCount; ++c) {
        if (c >= k) {
            out.description.push_back(c == options.clusters ? QStringLiteral("no common relation")
                                                            : QStringLiteral("(empty)"));
            continue;
        }
        std::vector<std::pair<float, qint32>> top;
        for (qsizetype f = 0; f < dims; ++f)
            top.emplace_back(-centres(c, f), qint32(f));
        std::sort(top.begin(), top.end());
        QStringList parts;
        for (size_t i = 0; i < std::min<size_t>(3, top.size()) && top[i].first < 0; ++i) {
            const qint32 feature = ranked[size_t(top[i].second)].second;
            const QString name = classes.name[size_t(feature / 2)];
            parts << (feature % 2 ? QStringLiteral("<-") + name : name);
        }
        out.description.push_back(parts.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace eg
