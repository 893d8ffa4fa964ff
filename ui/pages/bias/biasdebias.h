#pragma once

#include "debias/debias.h"
#include "kg/graph.h"
#include "pages/bias/biasmethods.h"
#include "pages/bias/sweepjob.h"
#include "services/trainingworker.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace eg {

// How the bias page trains its debiased models: the engine's eg::trainDebiased with the
// settings `equigraph-cli compare` uses (docs/debiasing.md), so that a model trained on the
// page and one trained by the CLI agree.
//
// - sensitive relations: eg::defaultSensitiveRelations (gender w = 1, M = 2; religion,
//   ethnicity, nationality w = 100, M = 30; those the graph has), every weight multiplied by
//   the page's "KL weight" (1 = the CLI's defaults);
// - target relation: "profession", when the graph has it (its values are checked against the
//   whitelist's `profession` entries);
// - whitelist (KL + Attr): the file given, else none (as `compare --demo`);
// - adversarial filters: one per sensitive relation, γ = the page's weight (CLI default 10).
struct BiasDebiasOptions
{
    double weight = -1.0;  // KL weight factor or γ; < 0: the method's default
    QString whitelistPath; // KL + Attr only; empty: no whitelist
};

class BiasDebias
{
    Q_DECLARE_TR_FUNCTIONS(eg::BiasDebias)
public:
    static DebiasMethod engineMethod(BiasMethod::Kind kind);
    // Why `config` cannot train with `kind`, or an empty string (Basic takes any config; the
    // debiasing trainers need the softmax loss).
    static QString problem(BiasMethod::Kind kind, const TrainConfig &config);
    // The engine's settings for `kind` on `graph`. Throws eg::Error when the graph has no
    // sensitive relation or the whitelist cannot be read.
    static DebiasConfig config(const Graph &graph, BiasMethod::Kind kind, const TrainConfig &train,
                               const BiasDebiasOptions &options);
    // One line for the model list: the weights, or γ and the filters; the whitelist.
    static QString describe(const Graph &graph, const DebiasConfig &config);
    // A trainer for the training service that runs eg::trainDebiased with `config` (its
    // `train` replaced by the run's config).
    static TrainerFn trainer(DebiasConfig config);

    // One step of the KL-weight sweep: trains `base` with every KL weight multiplied by the
    // step's weight, then measures the difference in scores of `measured` (a sensitive
    // relation; Fisher et al.'s bias measure 1) and the filtered MRR on (an even sample of at
    // most `validQueries` triples of) the validation split.
    static SweepStep sweepStep(std::shared_ptr<const Graph> graph, DebiasConfig base,
                               qint32 measured, int validQueries = 2000);
};

} // namespace eg
