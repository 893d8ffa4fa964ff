#include "threshold/utility_curves.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eg {

double fBeta(double tpr, double tnr, double beta)
{
    const double b2 = beta * beta;
    const double denominator = b2 * tpr + tnr;
    return denominator > 0.0 ? (1.0 + b2) * tpr * tnr / denominator : 0.0;
}

CumulativeCounts::CumulativeCounts(const qint64 *counts, int bins)
    : m_prefix(size_t(bins) + 1, 0)
    , m_bins(bins)
    , m_width(MaxPairDistance / bins)
{
    add(counts);
}

void CumulativeCounts::add(const qint64 *counts)
{
    qint64 running = 0;
    for (int k = 0; k < m_bins; ++k) {
        running += counts[k];
        m_prefix[size_t(k) + 1] += running;
    }
}

double CumulativeCounts::atOrBelow(double d) const
{
    if (m_bins == 0 || d <= 0.0)
        return 0.0;
    const double t = d / m_width;
    if (t >= m_bins)
        return double(total());
    const int k = int(t);
    const double fraction = t - k;
    const double below = double(m_prefix[size_t(k)]);
    return below + fraction * double(m_prefix[size_t(k) + 1] - m_prefix[size_t(k)]);
}

double CumulativeCounts::shareAtOrBelow(double d) const
{
    const qint64 all = total();
    return all > 0 ? atOrBelow(d) / double(all) : 0.0;
}

double CumulativeCounts::quantile(double share) const
{
    const double target = std::clamp(share, 0.0, 1.0) * double(total());
    if (total() == 0 || target <= 0.0)
        return 0.0;
    // Smallest k with prefix[k + 1] >= target, then the point inside bin k.
    const auto it = std::lower_bound(m_prefix.begin() + 1, m_prefix.end(), target,
                                     [](qint64 value, double t) { return double(value) < t; });
    const int k = int(it - m_prefix.begin()) - 1;
    const double inBin = double(m_prefix[size_t(k) + 1] - m_prefix[size_t(k)]);
    const double fraction = inBin > 0.0 ? (target - double(m_prefix[size_t(k)])) / inBin : 0.0;
    return (k + fraction) * m_width;
}

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

void rates(const CumulativeCounts &positive, const CumulativeCounts &negative, double d,
           double &tpr, double &tnr)
{
    tpr = positive.shareAtOrBelow(d);
    tnr = 1.0 - negative.shareAtOrBelow(d);
}

} // namespace

UtilityCurves utilityCurves(const PairHistograms &histograms, const std::vector<double> &thresholds,
                            const UtilityOptions &options)
{
    const size_t points = thresholds.size();
    const int bins = histograms.bins;
    UtilityCurves curves;
    curves.thresholds = thresholds;
    curves.classes.resize(size_t(histograms.classCount()));

    CumulativeCounts allPositive, allNegative;
    for (int c = 0; c < histograms.classCount(); ++c) {
        ClassCurve &curve = curves.classes[size_t(c)];
        const CumulativeCounts positive(histograms.positiveRow(c), bins);
        const CumulativeCounts negative(histograms.negativeRow(c), bins);
        if (c == 0) {
            allPositive = positive;
            allNegative = negative;
        } else {
            allPositive.add(histograms.positiveRow(c));
            allNegative.add(histograms.negativeRow(c));
        }
        curve.label = histograms.classLabels[size_t(c)];
        curve.items = histograms.classSizes[size_t(c)];
        curve.positivePairs = positive.total();
        curve.negativePairs = negative.total();
        curve.eligible = curve.positivePairs > 0 && curve.negativePairs > 0;
        curve.tpr.assign(points, NaN);
        curve.tnr.assign(points, NaN);
        curve.utility.assign(points, NaN);
        if (!curve.eligible)
            continue;
        for (size_t p = 0; p < points; ++p) {
            rates(positive, negative, thresholds[p], curve.tpr[p], curve.tnr[p]);
            curve.utility[p] = fBeta(curve.tpr[p], curve.tnr[p], options.beta);
        }
    }

    curves.pooledTpr.assign(points, NaN);
    curves.pooledTnr.assign(points, NaN);
    curves.pooledUtility.assign(points, NaN);
    if (options.pooled == PooledCurve::AllPairs) {
        if (allPositive.total() == 0 || allNegative.total() == 0)
            return curves;
        for (size_t p = 0; p < points; ++p) {
            rates(allPositive, allNegative, thresholds[p], curves.pooledTpr[p],
                  curves.pooledTnr[p]);
            curves.pooledUtility[p] = fBeta(curves.pooledTpr[p], curves.pooledTnr[p], options.beta);
        }
        return curves;
    }
    int eligible = 0;
    for (const ClassCurve &curve : curves.classes)
        eligible += curve.eligible ? 1 : 0;
    if (eligible == 0)
        return curves;
    for (size_t p = 0; p < points; ++p) {
        double tpr = 0.0, tnr = 0.0, utility = 0.0;
        for (const ClassCurve &curve : curves.classes) {
            if (!curve.eligible)
                continue;
            tpr += curve.tpr[p];
            tnr += curve.tnr[p];
            utility += curve.utility[p];
        }
        curves.pooledTpr[p] = tpr / eligible;
        curves.pooledTnr[p] = tnr / eligible;
        curves.pooledUtility[p] = utility / eligible;
    }
    return curves;
}

std::vector<double> groupUtility(const PairHistograms &histograms, const std::vector<int> &members,
                                 const std::vector<double> &thresholds,
                                 const UtilityOptions &options)
{
    std::vector<double> utility(thresholds.size(), NaN);
    if (members.empty())
        return utility;
    const int bins = histograms.bins;
    if (options.pooled == PooledCurve::MeanOfClasses) {
        std::fill(utility.begin(), utility.end(), 0.0);
        for (int c : members) {
            const CumulativeCounts positive(histograms.positiveRow(c), bins);
            const CumulativeCounts negative(histograms.negativeRow(c), bins);
            for (size_t p = 0; p < thresholds.size(); ++p) {
                double tpr, tnr;
                rates(positive, negative, thresholds[p], tpr, tnr);
                utility[p] += fBeta(tpr, tnr, options.beta) / double(members.size());
            }
        }
        return utility;
    }
    CumulativeCounts positive(histograms.positiveRow(members[0]), bins);
    CumulativeCounts negative(histograms.negativeRow(members[0]), bins);
    for (size_t m = 1; m < members.size(); ++m) {
        positive.add(histograms.positiveRow(members[m]));
        negative.add(histograms.negativeRow(members[m]));
    }
    if (positive.total() == 0 || negative.total() == 0)
        return utility;
    for (size_t p = 0; p < thresholds.size(); ++p) {
        double tpr, tnr;
        rates(positive, negative, thresholds[p], tpr, tnr);
        utility[p] = fBeta(tpr, tnr, options.beta);
    }
    return utility;
}

CalibrationRange calibrationRange(const PairHistograms &histograms, double farLow, double farHigh)
{
    if (!(farLow > 0.0 && farLow < farHigh && farHigh <= 1.0))
        throw Error(Error::tr("calibration range: need 0 < FAR low < FAR high <= 1, got "
                              "%1 and %2")
                        .arg(farLow)
                        .arg(farHigh));
    if (histograms.classCount() == 0)
        throw Error(Error::tr("calibration range: no classes"));
    CumulativeCounts negative(histograms.negativeRow(0), histograms.bins);
    for (int c = 1; c < histograms.classCount(); ++c)
        negative.add(histograms.negativeRow(c));
    if (negative.total() == 0)
        throw Error(Error::tr("calibration range: there are no negative pairs (a single "
                              "class)"));
    return {negative.quantile(farLow), negative.quantile(farHigh)};
}

std::vector<double> evenlySpaced(double low, double high, int count)
{
    std::vector<double> values(size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i)
        values[size_t(i)] = count == 1 ? low : low + (high - low) * i / (count - 1);
    return values;
}

} // namespace eg
