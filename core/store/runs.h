#pragma once

#include "embed/train.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

enum class RunStatus { Running, Finished, Cancelled, Failed };
QString runStatusName(RunStatus status); // "running", "finished", "cancelled", "failed"
std::optional<RunStatus> parseRunStatus(const QString &name);

// One training run. A run that is still "running" when the session is opened again was cut
// short by a crash: its epochs are all there up to the last one that finished.
struct RunRecord
{
    qint64 id = 0;
    std::optional<qint64> datasetId;
    QString label;
    QJsonObject model;  // toJson(ModelSpec)
    QJsonObject config; // toJson(TrainConfig), seed included
    quint64 seed = 0;
    RunStatus status = RunStatus::Running;
    QString startedAt;  // UTC ISO 8601
    QString finishedAt; // empty while running
    QJsonObject finalMetrics;
    QString message; // why it failed or was cancelled
};

// Inserts a run with status "running" and the start time now; returns its id.
qint64 beginRun(Session &session, const RunRecord &record);
// The same from a TrainConfig (model, config and seed filled from it).
qint64 beginRun(Session &session, const TrainConfig &config,
                std::optional<qint64> datasetId = std::nullopt, const QString &label = {});
// Sets the status, the finish time (now) and the final metrics. Throws eg::Error when the run
// does not exist.
void finishRun(Session &session, qint64 runId, RunStatus status,
               const QJsonObject &finalMetrics = {}, const QString &message = {});

std::optional<RunRecord> run(const Session &session, qint64 id);
std::vector<RunRecord> runs(const Session &session); // by id

} // namespace eg::store
