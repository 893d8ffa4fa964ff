#pragma once

// JSON forms of the training settings and ranking metrics, as stored in the session's runs
// (runs.model, runs.config, runs.final_metrics, epochs.metrics). Keys are documented in
// docs/session-format.md; readers ignore unknown keys and take defaults for missing ones, so
// older sessions keep loading when settings are added.

#include "embed/train.h"
#include "eval/ranking.h"

#include <QJsonObject>

namespace eg::store {

QJsonObject toJson(const ModelSpec &spec);
QJsonObject toJson(const TrainConfig &config);
QJsonObject toJson(const RankingMetrics &metrics);

// Throw eg::Error naming the key whose value is not understood.
ModelSpec modelSpecFromJson(const QJsonObject &json);
TrainConfig trainConfigFromJson(const QJsonObject &json);
RankingMetrics rankingMetricsFromJson(const QJsonObject &json);

} // namespace eg::store
