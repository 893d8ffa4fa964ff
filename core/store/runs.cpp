#include "store/runs.h"

#include "common/error.h"
#include "store/config_json.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QSqlQuery>

#include <array>

namespace eg::store {

namespace {

constexpr std::array<std::pair<RunStatus, const char *>, 4> kStatuses{
    {{RunStatus::Running, "running"},
     {RunStatus::Finished, "finished"},
     {RunStatus::Cancelled, "cancelled"},
     {RunStatus::Failed, "failed"}}};

const QString kColumns = QStringLiteral("id, dataset_id, label, model, config, seed, status, "
                                        "started_at, finished_at, final_metrics, message");

RunRecord read(const Session &session, const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    const QString row = Error::tr(" of run %1").arg(r.id);
    r.datasetId = sql::optionalId(q.value(1));
    r.label = q.value(2).toString();
    r.model = sql::objectFromText(session, q.value(3), QStringLiteral("runs.model") + row);
    r.config = sql::objectFromText(session, q.value(4), QStringLiteral("runs.config") + row);
    r.seed = quint64(q.value(5).toLongLong()); // stored as the same 64 bits, signed
    const std::optional<RunStatus> status = parseRunStatus(q.value(6).toString());
    if (!status)
        throw Error(Error::tr("unknown status \"%1\"").arg(q.value(6).toString()) + row,
                    session.path());
    r.status = *status;
    r.startedAt = q.value(7).toString();
    r.finishedAt = q.value(8).toString();
    r.finalMetrics =
        sql::objectFromText(session, q.value(9), QStringLiteral("runs.final_metrics") + row);
    r.message = q.value(10).toString();
    return r;
}

} // namespace

QString runStatusName(RunStatus status)
{
    for (const auto &[s, name] : kStatuses)
        if (s == status)
            return QString::fromLatin1(name);
    return {};
}

std::optional<RunStatus> parseRunStatus(const QString &name)
{
    for (const auto &[s, n] : kStatuses)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

qint64 beginRun(Session &session, const RunRecord &record)
{
    WriteTransaction tx(session, Error::tr("start a run"));
    QSqlQuery q = sql::prepare(
        session, QStringLiteral(
                     "INSERT INTO runs (dataset_id, label, model, config, seed, status, started_at)"
                     " VALUES (?, ?, ?, ?, ?, 'running', ?)"));
    q.addBindValue(sql::nullable(record.datasetId));
    q.addBindValue(sql::text(record.label));
    q.addBindValue(sql::toText(record.model));
    q.addBindValue(sql::toText(record.config));
    q.addBindValue(qint64(record.seed));
    q.addBindValue(sql::now());
    sql::exec(session, q, Error::tr("starting the run"));
    const qint64 id = sql::insertedId(q);
    tx.commit();
    return id;
}

qint64 beginRun(Session &session, const TrainConfig &config, std::optional<qint64> datasetId,
                const QString &label)
                {
    RunRecord record;
    record.datasetId = datasetId;
    record.label = label;
    record.model = toJson(config.model);
    record.config = toJson(config);
    record.seed = config.seed;
    return beginRun(session, record);
}

void finishRun(Session &session, qint64 runId, RunStatus status, const QJsonObject &finalMetrics,
               const QString &message)
               {
    WriteTransaction tx(session, Error::tr("finish the run"));
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, final_metrics = ?, message = ?"
                       " WHERE id = ?"));
    q.addBindValue(runStatusName(status));
    q.addBindValue(status == RunStatus::Running ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(sql::now()));
    q.addBindValue(sql::toText(finalMetrics));
    q.addBindValue(sql::text(message));
    q.addBindValue(runId);
    sql::exec(session, q, Error::tr("finishing the run"));
    if (q.numRowsAffected() != 1)
        throw Error(Error::tr("cannot finish run %1: there is no such run").arg(runId),
                    session.path());
    tx.commit();
}

std::optional<RunRecord> run(const Session &session, qint64 id)
{
    QSqlQuery q =
        sql::prepare(session, QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("reading the run"));
    if (!q.next())
        return std::nullopt;
    return read(session, q);
}

std::vector<RunRecord> runs(const Session &session)
{
    QSqlQuery q =
        sql::exec(session, QStringLiteral("SELECT %1 FROM runs ORDER BY id").arg(kColumns),
                  Error::tr("reading the runs"));
    std::vector<RunRecord> all;
    while (q.next())
        all.push_back(read(session, q));
    return all;
}

} // namespace eg::store
