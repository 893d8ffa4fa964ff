#pragma once

#include "embed/train.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

struct EpochRecord
{
    int epoch = 0;     // 1-based
    double loss = 0.0; // NaN is stored as NULL and read back as NaN
    double seconds = 0.0;
    qint64 positives = 0;
    QJsonObject metrics; // e.g. {"valid": toJson(RankingMetrics)} when evaluated that epoch
    QString recordedAt;  // UTC ISO 8601, set by appendEpoch
};

// Appends one epoch of a run in its own transaction: when this returns, the epoch is on disk
// and survives the application being killed. Throws eg::Error (e.g. when the epoch is already
// there or the run does not exist).
void appendEpoch(Session &session, qint64 runId, const EpochRecord &record);
std::vector<EpochRecord> epochs(const Session &session, qint64 runId); // by epoch
int lastEpoch(const Session &session, qint64 runId);                   // 0 when none

// Extra metrics to store with an epoch (e.g. a validation ranking every N epochs); may return
// an empty object.
using EpochMetricsFn = std::function<QJsonObject(const EpochStats &, const Model &)>;

// An EpochFn for eg::train() that appends every epoch to `session` and then calls `next` (when
// given; its answer is returned, else true). train() calls it on its own thread, so `session`
// must be a connection of that thread (Session::openOnThisThread) and must outlive the run.
EpochFn recordEpochs(Session &session, qint64 runId, EpochFn next = {},
                     EpochMetricsFn metrics = {});

} // namespace eg::store
