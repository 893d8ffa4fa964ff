#pragma once

// Base loss against base loss + TCM (reference §5): for each seed, trains both models with the
// same seed (same initial weights, same batches), embeds the evaluation images and measures the
// threshold consistency (OPIS, eps-OPIS) and retrieval quality (Recall@1, MAP@R) of each. Used
// by `equigraph-cli dml` and the desktop's Thresholds page.

#include "dml/dml_split.h"
#include "threshold/threshold_report.h"

#include <QJsonObject>

#include <functional>

namespace eg::dml {

// One trained and measured model.
struct DmlRunResult
{
    quint64 seed = 0;
    bool tcm = false;
    DmlModel model;
    Matrix embeddings; // of the evaluation images, unit rows
    ThresholdReport report;
    double trainSeconds = 0.0;
};

// Trains with `settings` (settings.useTcm decides the loss) and measures on `split.evaluation`.
// Progress: training steps take the first 90 %, the measurement the rest.
DmlRunResult trainAndMeasure(const DmlSplit &split, const DmlSettings &settings,
                             const ThresholdSettings &measure = {},
                             const ProgressFn &progress = {}, const EpochFn &onEpoch = {});

struct DmlFigures
{
    double opis = 0.0, epsOpis = 0.0, recallAt1 = 0.0, mapAtR = 0.0, trainSeconds = 0.0;
};
DmlFigures figuresOf(const DmlRunResult &run);

// Per seed the base and the TCM figures, then their means.
struct DmlComparison
{
    std::vector<quint64> seeds;
    std::vector<DmlFigures> base, tcm; // one per seed
    DmlFigures baseMean, tcmMean;
    int tcmLowerOpis = 0; // seeds where TCM lowered OPIS

    // Relative change of the mean OPIS, (tcm - base) / base (negative: TCM lowered it).
    double opisChange() const;
};

// Called after each model, on the calling thread (the run is moved on afterwards).
using DmlRunFn = std::function<void(const DmlRunResult &)>;
// Called after each epoch with the seed and whether TCM is on.
using DmlEpochFn = std::function<void(quint64 seed, bool tcm, const EpochReport &)>;

// `settings.useTcm` is ignored: each seed trains without, then with TCM (settings.tcm). Throws
// eg::Error on an empty seed list and what trainDml throws.
DmlComparison compareTcm(const DmlSplit &split, const DmlSettings &settings,
                         const std::vector<quint64> &seeds, const ThresholdSettings &measure = {},
                         const ProgressFn &progress = {}, const DmlRunFn &onRun = {},
                         const DmlEpochFn &onEpoch = {});

// JSON forms (the CLI's --json, the session's threshold reports).
QJsonObject dmlSettingsJson(const DmlSettings &settings);
QJsonObject dmlFiguresJson(const DmlFigures &figures);
QJsonObject dmlComparisonJson(const DmlComparison &comparison);

} // namespace eg::dml
