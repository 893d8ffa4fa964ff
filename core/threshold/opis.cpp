#include "threshold/opis.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace eg {

namespace {

double meanSquaredGap(const std::vector<double> &a, const std::vector<double> &b)
{
    double sum = 0.0;
    for (size_t k = 0; k < a.size(); ++k)
        sum += (a[k] - b[k]) * (a[k] - b[k]);
    return sum / double(a.size());
}

double mean(const std::vector<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

} // namespace

OpisResult computeOpis(const PairHistograms &histograms, const OpisOptions &options)
{
    if (options.thresholds < 2)
        throw Error(Error::tr("OPIS: need at least 2 thresholds, got %1").arg(options.thresholds));
    const CalibrationRange range = calibrationRange(histograms, options.farLow, options.farHigh);
    OpisResult result =
        computeOpisAt(histograms, evenlySpaced(range.low, range.high, options.thresholds), options);
    result.range = range;
    return result;
}

OpisResult computeOpisAt(const PairHistograms &histograms, const std::vector<double> &thresholds,
                         const OpisOptions &options)
{
    if (!(options.epsilon > 0.0 && options.epsilon < 1.0))
        throw Error(Error::tr("OPIS: epsilon must lie in (0, 1), got %1").arg(options.epsilon));
    if (thresholds.size() < 2)
        throw Error(Error::tr("OPIS: need at least 2 thresholds, got %1").arg(thresholds.size()));
    OpisResult result;
    result.range = {thresholds.front(), thresholds.back()};
    result.curves = utilityCurves(histograms, thresholds, options.utility);

    const size_t classes = result.curves.classes.size();
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    result.classDeviation.assign(classes, NaN);
    result.classMeanUtility.assign(classes, NaN);
    std::vector<int> eligible;
    double sum = 0.0;
    for (size_t c = 0; c < classes; ++c) {
        const ClassCurve &curve = result.curves.classes[c];
        if (!curve.eligible)
            continue;
        eligible.push_back(int(c));
        result.classDeviation[c] = meanSquaredGap(curve.utility, result.curves.pooledUtility);
        result.classMeanUtility[c] = mean(curve.utility);
        sum += result.classDeviation[c];
    }
    result.eligibleClasses = int(eligible.size());
    if (eligible.size() < 2)
        throw Error(Error::tr("OPIS: need at least two classes with both positive and "
                              "negative pairs, found %1")
                        .arg(eligible.size()));
    result.opis = sum / double(eligible.size());

    // Worst group: ceil(eps T) classes of lowest mean utility (the small slack keeps an exact
    // product such as 0.1 * 10 from rounding up to 2).
    const int t = int(eligible.size());
    const int worst = std::clamp(int(std::ceil(options.epsilon * t - 1e-9)), 1, t - 1);
    std::stable_sort(eligible.begin(), eligible.end(), [&](int a, int b) {
        return result.classMeanUtility[size_t(a)] < result.classMeanUtility[size_t(b)];
    });
    result.worstClasses.assign(eligible.begin(), eligible.begin() + worst);
    const std::vector<int> rest(eligible.begin() + worst, eligible.end());
    result.worstUtility =
        groupUtility(histograms, result.worstClasses, thresholds, options.utility);
    result.restUtility = groupUtility(histograms, rest, thresholds, options.utility);
    result.epsOpis = meanSquaredGap(result.worstUtility, result.restUtility);
    return result;
}

OpisResult computeOpis(const Matrix &embeddings, const std::vector<qint32> &labels,
                       const PairHistogramOptions &histogramOptions, const OpisOptions &options,
                       const ProgressFn &progress)
{
    return computeOpis(buildPairHistograms(embeddings, labels, histogramOptions, progress),
                       options);
}

} // namespace eg
