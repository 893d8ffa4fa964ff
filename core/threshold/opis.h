#pragma once

// OPIS and epsilon-OPIS (threshold consistency, reference §3), read off the pair histograms.
//
// Calibration range [d_min, d_max]: the thresholds at which the global false-accept rate (share
// of all negative pairs with distance <= d) is farLow and farHigh. The range is sampled at
// `thresholds` evenly spaced points d_1 .. d_K (both ends included) and every "mean over the
// range" below is the plain mean over those points.
//
//   OPIS      = (1/T) sum over eligible classes i of  mean_k (U_i(d_k) - U-bar(d_k))^2
//   eps-OPIS  = mean_k (U_worst(d_k) - U_rest(d_k))^2
//
// T counts the eligible classes (at least one positive and one negative pair; others are left
// out). For eps-OPIS the eligible classes are ranked by their mean utility over the range; the
// worst ceil(eps T) of them (at least 1, at most T - 1; ties by label) form the worst group, the
// others the rest. A group's utility (reading) uses the same rule as U-bar: by default its
// classes' positive and negative pair counts are summed (a negative pair between two classes of
// the group counts once for each, as in the per-class counts), with PooledCurve::MeanOfClasses
// it is the mean of its classes' curves.
//
// Readings of the reference, each a parameter here, defaults in brackets: utility F_beta
// [beta = 1], U-bar pooled over all pairs [AllPairs], FAR bounds [1e-2, 1e-1], thresholds [101],
// worst share by classes ranked on mean utility [eps = 0.1], uniform class weights 1/T.

#include "threshold/utility_curves.h"

namespace eg {

struct OpisOptions
{
    UtilityOptions utility;
    double farLow = 1e-2;
    double farHigh = 1e-1;
    int thresholds = 101;
    double epsilon = 0.1;
};

// A plain value. Vectors over classes follow curves.classes (ascending label).
struct OpisResult
{
    double opis = 0.0;
    double epsOpis = 0.0;
    CalibrationRange range;
    UtilityCurves curves;                 // every class and U-bar at the range's thresholds
    std::vector<double> classDeviation;   // mean_k (U_i - U-bar)^2; NaN when not eligible
    std::vector<double> classMeanUtility; // mean_k U_i; NaN when not eligible
    int eligibleClasses = 0;
    std::vector<int> worstClasses;    // class indices of the worst group, worst first
    std::vector<double> worstUtility; // U_worst(d_k)
    std::vector<double> restUtility;  // U_rest(d_k)
};

// Throws eg::Error when fewer than two classes are eligible, epsilon is outside (0, 1),
// thresholds < 2, or the FAR bounds are invalid.
OpisResult computeOpis(const PairHistograms &histograms, const OpisOptions &options = {});

// The same over given thresholds (ascending, at least 2) instead of the calibration grid;
// result.range is {front, back}. farLow, farHigh and the threshold count of `options` are unused.
OpisResult computeOpisAt(const PairHistograms &histograms, const std::vector<double> &thresholds,
                         const OpisOptions &options = {});

// buildPairHistograms then computeOpis.
OpisResult computeOpis(const Matrix &embeddings, const std::vector<qint32> &labels,
                       const PairHistogramOptions &histogramOptions = {},
                       const OpisOptions &options = {}, const ProgressFn &progress = {});

} // namespace eg
