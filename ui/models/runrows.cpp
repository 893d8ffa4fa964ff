#include "models/runrows.h"

#include "common/error.h"
#include "store/config_json.h"
#include "store/epochs.h"
#include "store/session.h"

#include <QJsonObject>

#include <cmath>
#include <limits>

namespace eg {

namespace {

// The ranking figures of runs.final_metrics (or an epoch's metrics): test first, then valid.
void takeMetrics(const QJsonObject &metrics, RunRow &row)
{
    for (const QString split : {QStringLiteral("test"), QStringLiteral("valid")}) {
        const QJsonObject ranking = metrics.value(split).toObject();
        if (ranking.contains(QStringLiteral("mrr"))) {
            row.mrr = ranking.value(QStringLiteral("mrr")).toDouble();
            row.hits10 = ranking.value(QStringLiteral("hits10")).toDouble();
            row.metricsSplit = split;
            return;
        }
    }
    // An alignment run: the refined model's ranking of the test links.
    const QJsonObject refined = metrics.value(QStringLiteral("refined")).toObject();
    if (refined.contains(QStringLiteral("mrr"))) {
        row.mrr = refined.value(QStringLiteral("mrr")).toDouble();
        row.hits10 = refined.value(QStringLiteral("hits10")).toDouble();
        row.metricsSplit = QStringLiteral("test");
    }
}

} // namespace

bool sameRow(const RunRow &a, const RunRow &b)
{
    const bool sameLoss = a.loss == b.loss || (std::isnan(a.loss) && std::isnan(b.loss));
    return a.id == b.id && a.label == b.label && a.model.type == b.model.type &&
           a.otherModel == b.otherModel && a.otherSize == b.otherSize &&
           a.model.dim == b.model.dim && a.model.norm == b.model.norm &&
           a.model.separateRhs == b.model.separateRhs && a.status == b.status &&
           a.live == b.live && a.epochs == b.epochs && a.plannedEpochs == b.plannedEpochs &&
           sameLoss && a.mrr == b.mrr && a.hits10 == b.hits10 &&
           a.metricsSplit == b.metricsSplit && a.started == b.started && a.message == b.message;
}

std::vector<RunRow> readRunRows(const Session &session, const std::function<bool(qint64)> &isLive)
{
    std::vector<RunRow> rows;
    for (const store::RunRecord &run : store::runs(session)) {
        RunRow row;
        row.id = run.id;
        row.label = run.label;
        try {
            row.model = store::modelSpecFromJson(run.model);
        } catch (const Error &) {
            // Another kind of run (alignment), or a newer program's model: shown by its name.
            row.otherModel = run.model.value(QStringLiteral("type")).toString();
            row.otherSize = run.model.value(QStringLiteral("hidden")).toInt();
        }
        row.status = run.status;
        row.live = isLive && isLive(run.id);
        row.plannedEpochs = run.config.value(QStringLiteral("epochs")).toInt();
        row.started = QDateTime::fromString(run.startedAt, Qt::ISODateWithMs).toLocalTime();
        row.message = run.message;
        row.loss = std::numeric_limits<double>::quiet_NaN();
        if (run.status == store::RunStatus::Running) {
            // Still going (or cut short): the latest epoch has the figures.
            const std::vector<store::EpochRecord> epochs = store::epochs(session, run.id);
            row.epochs = epochs.empty() ? 0 : epochs.back().epoch;
            if (!epochs.empty())
                row.loss = epochs.back().loss;
            for (auto it = epochs.crbegin(); it != epochs.crend() && !row.mrr; ++it)
                takeMetrics(it->metrics, row);
        } else {
            row.epochs = store::lastEpoch(session, run.id);
            // Runs that record no epochs (alignment) but finished did all they planned.
            if (row.epochs == 0 && run.status == store::RunStatus::Finished)
                row.epochs = row.plannedEpochs;
            const QJsonValue loss = run.finalMetrics.value(QStringLiteral("loss"));
            if (loss.isDouble())
                row.loss = loss.toDouble();
            takeMetrics(run.finalMetrics, row);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace eg
