#include "store/epochs.h"

#include "common/error.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QSqlQuery>
#include <cmath>
#include <limits>

namespace eg::store {

void appendEpoch(Session &session, qint64 runId, const EpochRecord &record)
{
    WriteTransaction tx(session, Error::tr("record epoch %1").arg(record.epoch));
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral(
            "INSERT INTO epochs (run_id, epoch, loss, seconds, positives, metrics, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(record.epoch);
    q.addBindValue(std::isfinite(record.loss) ? QVariant(record.loss)
                                              : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(record.seconds);
    q.addBindValue(record.positives);
    q.addBindValue(sql::toText(record.metrics));
    q.addBindValue(sql::now());
    sql::exec(session, q, Error::tr("recording epoch %1 of run %2").arg(record.epoch).arg(runId));
    tx.commit();
}

std::vector<EpochRecord> epochs(const Session &session, qint64 runId)
{
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral("SELECT epoch, loss, seconds, positives, metrics, recorded_at FROM epochs"
                       " WHERE run_id = ? ORDER BY epoch"));
    q.addBindValue(runId);
    sql::exec(session, q, Error::tr("reading the epochs"));
    std::vector<EpochRecord> all;
    while (q.next()) {
        EpochRecord r;
        r.epoch = q.value(0).toInt();
        r.loss =
            q.value(1).isNull() ? std::numeric_limits<double>::quiet_NaN() : q.value(1).toDouble();
        r.seconds = q.value(2).toDouble();
        r.positives = q.value(3).toLongLong();
        r.metrics = sql::objectFromText(
            session, q.value(4),
            Error::tr("epochs.metrics of run %1 epoch %2").arg(runId).arg(r.epoch));
        r.recordedAt = q.value(5).toString();
        all.push_back(std::move(r));
    }
    return all;
}

int lastEpoch(const Session &session, qint64 runId)
{
    QSqlQuery q =
        sql::prepare(session, QStringLiteral("SELECT max(epoch) FROM epochs WHERE run_id = ?"));
    q.addBindValue(runId);
    sql::exec(session, q, Error::tr("reading the last epoch"));
    return q.next() ? q.value(0).toInt() : 0;
}

EpochFn recordEpochs(Session &session, qint64 runId, EpochFn next, EpochMetricsFn metrics)
{
    return [&session, runId, next = std::move(next),
            metrics = std::move(metrics)](const EpochStats &stats, const Model &model) {
        EpochRecord record;
        record.epoch = stats.epoch;
        record.loss = stats.loss;
        record.seconds = stats.seconds;
        record.positives = stats.positives;
        if (metrics)
            record.metrics = metrics(stats, model);
        appendEpoch(session, runId, record);
        return next ? next(stats, model) : true;
    };
}

} // namespace eg::store
