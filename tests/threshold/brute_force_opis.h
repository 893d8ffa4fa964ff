#pragma once

// The threshold-consistency definitions written the slow, obvious way, in double precision:
// every unordered pair's distance from its own normalised rows, kept in sorted lists per class,
// rates by counting. The peer of core/threshold in its tests and in bench/bench_opis.

#include "embed/model.h"
#include "threshold/distance.h"
#include "threshold/utility_curves.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

namespace eg::test::brute {

struct Pairs
{
    std::vector<qint32> classLabels;              // ascending
    std::vector<std::vector<double>> positive;    // per class, sorted
    std::vector<std::vector<double>> negative;    // per class, sorted
    std::vector<double> allPositive, allNegative; // each unordered pair once, sorted
};

inline double distance(const std::vector<double> &a, const std::vector<double> &b,
                       DistanceKind kind)
{
    double dot = 0.0, aa = 0.0, bb = 0.0;
    for (size_t k = 0; k < a.size(); ++k) {
        dot += a[k] * b[k];
        aa += a[k] * a[k];
        bb += b[k] * b[k];
    }
    const double s = std::clamp(dot / std::sqrt(aa * bb), -1.0, 1.0);
    return kind == DistanceKind::Cosine ? 1.0 - s : std::sqrt(std::max(0.0, 2.0 - 2.0 * s));
}

inline Pairs allPairs(const Matrix &embeddings, const std::vector<qint32> &labels,
                      DistanceKind kind)
{
    Pairs pairs;
    std::map<qint32, int> classOf;
    for (qint32 label : labels)
        classOf[label] = 0;
    for (auto &[label, index] : classOf) {
        index = int(pairs.classLabels.size());
        pairs.classLabels.push_back(label);
    }
    pairs.positive.resize(classOf.size());
    pairs.negative.resize(classOf.size());
    const qint64 n = embeddings.rows();
    std::vector<std::vector<double>> rows(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        for (qint64 k = 0; k < embeddings.cols(); ++k)
            rows[size_t(i)].push_back(double(embeddings(i, k)));
    for (qint64 i = 0; i < n; ++i) {
        for (qint64 j = i + 1; j < n; ++j) {
            const double d = distance(rows[size_t(i)], rows[size_t(j)], kind);
            const int a = classOf[labels[size_t(i)]];
            const int b = classOf[labels[size_t(j)]];
            if (a == b) {
                pairs.positive[size_t(a)].push_back(d);
                pairs.allPositive.push_back(d);
            } else {
                pairs.negative[size_t(a)].push_back(d);
                pairs.negative[size_t(b)].push_back(d);
                pairs.allNegative.push_back(d);
            }
        }
    }
    auto sorted = [](std::vector<double> &v) {
        std::sort(v.begin(), v.end());
    };
    for (auto &v : pairs.positive)
        sorted(v);
    for (auto &v : pairs.negative)
        sorted(v);
    sorted(pairs.allPositive);
    sorted(pairs.allNegative);
    return pairs;
}

// Share of the sorted distances that are <= d.
inline double shareAtOrBelow(const std::vector<double> &sorted, double d)
{
    const auto count = std::upper_bound(sorted.begin(), sorted.end(), d) - sorted.begin();
    return double(count) / double(sorted.size());
}

inline double utility(const std::vector<double> &positive, const std::vector<double> &negative,
                      double d, double beta)
{
    const double tpr = shareAtOrBelow(positive, d);
    const double tnr = 1.0 - shareAtOrBelow(negative, d);
    const double b2 = beta * beta;
    return b2 * tpr + tnr > 0.0 ? (1.0 + b2) * tpr * tnr / (b2 * tpr + tnr) : 0.0;
}

// The smallest distance d with FAR(d) = share of negatives <= d at least `far`.
inline double farQuantile(const std::vector<double> &sortedNegatives, double far)
{
    const auto rank = qint64(std::ceil(far * double(sortedNegatives.size()) - 1e-9));
    return sortedNegatives[size_t(std::max<qint64>(1, rank) - 1)];
}

struct Opis
{
    double opis = 0.0;
    double epsOpis = 0.0;
    std::vector<int> worst;
};

// OPIS and eps-OPIS over the given thresholds, by the definitions of opis.h; every class is
// assumed to have positive and negative pairs.
inline Opis opis(const Pairs &pairs, const std::vector<double> &thresholds, double beta,
                 PooledCurve pooled, double epsilon)
{
    const size_t classes = pairs.classLabels.size();
    const size_t points = thresholds.size();
    std::vector<std::vector<double>> u(classes, std::vector<double>(points));
    for (size_t c = 0; c < classes; ++c)
        for (size_t k = 0; k < points; ++k)
            u[c][k] = utility(pairs.positive[c], pairs.negative[c], thresholds[k], beta);

    auto groupCurve = [&](const std::vector<int> &members) {
        std::vector<double> curve(points, 0.0);
        if (pooled == PooledCurve::MeanOfClasses) {
            for (int c : members)
                for (size_t k = 0; k < points; ++k)
                    curve[k] += u[size_t(c)][k] / double(members.size());
            return curve;
        }
        std::vector<double> positive, negative;
        for (int c : members) {
            positive.insert(positive.end(), pairs.positive[size_t(c)].begin(),
                            pairs.positive[size_t(c)].end());
            negative.insert(negative.end(), pairs.negative[size_t(c)].begin(),
                            pairs.negative[size_t(c)].end());
        }
        std::sort(positive.begin(), positive.end());
        std::sort(negative.begin(), negative.end());
        for (size_t k = 0; k < points; ++k)
            curve[k] = utility(positive, negative, thresholds[k], beta);
        return curve;
    };

    std::vector<double> reference(points);
    if (pooled == PooledCurve::AllPairs) {
        for (size_t k = 0; k < points; ++k)
            reference[k] = utility(pairs.allPositive, pairs.allNegative, thresholds[k], beta);
    } else {
        std::vector<int> all(classes);
        std::iota(all.begin(), all.end(), 0);
        reference = groupCurve(all);
    }

    Opis result;
    std::vector<std::pair<double, int>> ranked;
    for (size_t c = 0; c < classes; ++c) {
        double gap = 0.0, sum = 0.0;
        for (size_t k = 0; k < points; ++k) {
            gap += (u[c][k] - reference[k]) * (u[c][k] - reference[k]);
            sum += u[c][k];
        }
        result.opis += gap / double(points) / double(classes);
        ranked.push_back({sum / double(points), int(c)});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    const int t = int(classes);
    const int worstCount = std::clamp(int(std::ceil(epsilon * t - 1e-9)), 1, t - 1);
    std::vector<int> rest;
    for (int r = 0; r < t; ++r)
        (r < worstCount ? result.worst : rest).push_back(ranked[size_t(r)].second);
    const std::vector<double> worstCurve = groupCurve(result.worst);
    const std::vector<double> restCurve = groupCurve(rest);
    for (size_t k = 0; k < points; ++k)
        result.epsOpis += (worstCurve[k] - restCurve[k]) * (worstCurve[k] - restCurve[k]);
    result.epsOpis /= double(points);
    return result;
}

} // namespace eg::test::brute
