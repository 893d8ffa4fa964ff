#pragma once

// Everything the threshold-consistency views need about one set of labelled embeddings, made in
// one call: the pair histograms (any threshold can be read off them later), OPIS and eps-OPIS
// with their curves over the calibration range, and Recall@1 / MAP@R. Also its JSON form (the
// payload of a threshold report in the session, and `equigraph-cli opis --json`) and the curves
// as CSV.

#include "threshold/opis.h"
#include "threshold/retrieval.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace eg {

struct ThresholdSettings
{
    PairHistogramOptions histograms;
    OpisOptions opis;
    bool retrieval = true; // Recall@1 and MAP@R (one more pass over all pairs)
};

struct ThresholdReport
{
    PairHistograms histograms;
    OpisResult opis;
    RetrievalResult retrieval; // empty (queries = 0) when not asked for
    qint64 items = 0;
    int dimension = 0;
    double seconds = 0.0;
};

// Throws what buildPairHistograms, computeOpis and retrievalMetrics throw. Progress runs over
// both passes (histograms first, then retrieval).
ThresholdReport analyseThresholds(const Matrix &embeddings, const std::vector<qint32> &labels,
                                  const ThresholdSettings &settings = {},
                                  const ProgressFn &progress = {});

// Per-class false-accept and false-reject rates at one threshold d:
// FAR_c(d) = 1 - TNR_c(d), FRR_c(d) = 1 - TPR_c(d), read off the histograms.
struct ClassRates
{
    qint32 label = 0;
    qint64 items = 0;
    bool eligible = false;
    double far = 0.0, frr = 0.0, utility = 0.0;
};
std::vector<ClassRates> ratesAt(const PairHistograms &histograms, double threshold,
                                const UtilityOptions &options = {});
// The same for all pairs pooled (label unused).
ClassRates pooledRatesAt(const PairHistograms &histograms, double threshold,
                         const UtilityOptions &options = {});

// `classNames` (optional, by class index) label the classes in the JSON.
QJsonObject thresholdSettingsJson(const ThresholdSettings &settings);
QJsonObject thresholdReportJson(const ThresholdReport &report,
                                const std::vector<QString> &classNames = {},
                                bool withCurves = true);

// The curves over the calibration range as CSV: one row per threshold, columns
// `threshold,pooled,<class>...` (utility) and, with `rates`, tpr_/tnr_ columns per class.
QString utilityCurvesCsv(const OpisResult &opis, const std::vector<QString> &classNames = {},
                         bool rates = false);

} // namespace eg
