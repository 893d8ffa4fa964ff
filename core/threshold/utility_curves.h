#pragma once

// True-positive rate, true-negative rate and utility per class at any thresholds, read off the
// pair histograms; the pooled curve; the calibration range.
//
// At threshold d: TPR_c(d) = share of class c's positive pairs with distance <= d,
// TNR_c(d) = share of its negative pairs with distance > d, and the utility is their F_beta,
// U = (1 + beta^2) TPR TNR / (beta^2 TPR + TNR)  (0 when both rates are 0).
//
// Reading a share at d: exact (a ratio of pair counts) when d is a bin edge k h, k >= 1;
// between edges the count inside the bin is interpolated linearly. Thresholds at or below 0
// read 0 pairs at or below, at or above MaxPairDistance all pairs.

#include "threshold/pair_histograms.h"

#include <vector>

namespace eg {

// How the reference curve U-bar(d) is formed.
enum class PooledCurve {
    AllPairs,      // (default, reading of the reference) TPR and TNR over all pairs pooled
    MeanOfClasses, // the mean of the eligible classes' TPR, TNR and utility curves
};

struct UtilityOptions
{
    double beta = 1.0; // F_beta weight: > 1 stresses TPR (false rejects), < 1 TNR
    PooledCurve pooled = PooledCurve::AllPairs;
};

// One class's curves, one value per threshold. A class is eligible when it has at least one
// positive and one negative pair; the curves of other classes are NaN.
struct ClassCurve
{
    qint32 label = 0;
    qint64 items = 0;
    qint64 positivePairs = 0;
    qint64 negativePairs = 0;
    bool eligible = false;
    std::vector<double> tpr, tnr, utility;
};

// A plain value: curves over `thresholds` for each class (in ascending label order) and pooled.
struct UtilityCurves
{
    std::vector<double> thresholds;
    std::vector<ClassCurve> classes;
    std::vector<double> pooledTpr, pooledTnr, pooledUtility;
};

double fBeta(double tpr, double tnr, double beta);

// Pair counts with distance <= d from a histogram row, under the reading rule above.
class CumulativeCounts
{
public:
    CumulativeCounts() = default;
    CumulativeCounts(const qint64 *counts, int bins);
    // Adds another histogram row of the same bin count.
    void add(const qint64 *counts);

    qint64 total() const { return m_prefix.empty() ? 0 : m_prefix.back(); }
    double atOrBelow(double d) const;
    // Share of pairs with distance <= d (0 when there are no pairs).
    double shareAtOrBelow(double d) const;
    // The smallest d with shareAtOrBelow(d) = share, inverting the same interpolation.
    double quantile(double share) const;

private:
    std::vector<qint64> m_prefix; // m_prefix[k] = pairs in bins 0 .. k - 1 (<= k h)
    int m_bins = 0;
    double m_width = 0.0;
};

UtilityCurves utilityCurves(const PairHistograms &histograms, const std::vector<double> &thresholds,
                            const UtilityOptions &options = {});

// Utility of a group of classes at one threshold from their summed positive and negative
// counts (the pooled form), or the mean of the members' utilities (MeanOfClasses form).
// `members` index histograms' classes.
std::vector<double> groupUtility(const PairHistograms &histograms, const std::vector<int> &members,
                                 const std::vector<double> &thresholds,
                                 const UtilityOptions &options);

// The thresholds whose global false-accept rate (share of all negative pairs with distance
// <= d) is farLow and farHigh. Throws eg::Error unless 0 < farLow < farHigh <= 1 and there is
// at least one negative pair.
struct CalibrationRange
{
    double low = 0.0;
    double high = 0.0;
};
CalibrationRange calibrationRange(const PairHistograms &histograms, double farLow = 1e-2,
                                  double farHigh = 1e-1);

// `count` evenly spaced values from `low` to `high` inclusive (count 1: low).
std::vector<double> evenlySpaced(double low, double high, int count);

} // namespace eg
