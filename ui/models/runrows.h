#pragma once

#include "embed/model.h"
#include "store/runs.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace eg {

class Session;

// One training run as the runs table shows it: a value read from the session file.
struct RunRow
{
    qint64 id = 0;
    QString label;
    ModelSpec model;
    // A run of another kind than knowledge-graph embedding (e.g. "cg-mualign", an alignment
    // run): its model type and size as recorded; `model` is then meaningless.
    QString otherModel;
    int otherSize = 0;
    store::RunStatus status = store::RunStatus::Running;
    bool live = false; // a job of this window is training it now
    int epochs = 0;    // epochs recorded
    int plannedEpochs = 0;
    double loss = 0.0;      // of the last recorded epoch; NaN when unknown
    std::optional<double> mrr; // final (or latest) filtered MRR: test, else validation
    std::optional<double> hits10;
    QString metricsSplit; // "test" or "valid" when mrr is set
    QDateTime started;    // local time
    QString message;      // why it failed or was cancelled
};

// Whether two rows show the same (an unknown loss equals an unknown loss).
bool sameRow(const RunRow &a, const RunRow &b);

// The session's runs, by id. `isLive(runId)` says which ones a job of this window trains (a
// "running" run without one was cut short). GUI thread (the session's own connection).
// Throws eg::Error.
std::vector<RunRow> readRunRows(const Session &session,
                                const std::function<bool(qint64)> &isLive = {});

} // namespace eg
