#include "store/reports.h"

#include "common/error.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QSqlQuery>

namespace eg::store {

namespace {

QString table(ReportKind kind)
{
    return kind == ReportKind::Bias ? QStringLiteral("bias_reports")
                                    : QStringLiteral("threshold_reports");
}

ReportRecord read(const Session &session, ReportKind kind, const QSqlQuery &q)
{
    ReportRecord r;
    r.id = q.value(0).toLongLong();
    const QString row = Error::tr(" of %1 row %2").arg(table(kind)).arg(r.id);
    r.runId = sql::optionalId(q.value(1));
    r.title = q.value(2).toString();
    r.settings = sql::objectFromText(session, q.value(3), QStringLiteral("settings") + row);
    r.payload = sql::objectFromText(session, q.value(4), QStringLiteral("payload") + row);
    r.createdAt = q.value(5).toString();
    return r;
}

const QString kColumns = QStringLiteral("id, run_id, title, settings, payload, created_at");

} // namespace

qint64 addReport(Session &session, ReportKind kind, const ReportRecord &record)
{
    WriteTransaction tx(session, Error::tr("add the report"));
    QSqlQuery q = sql::prepare(session, QStringLiteral("INSERT INTO %1 (run_id, title, settings,"
                                                       " payload, created_at)"
                                                       " VALUES (?, ?, ?, ?, ?)")
                                            .arg(table(kind)));
    q.addBindValue(sql::nullable(record.runId));
    q.addBindValue(sql::text(record.title));
    q.addBindValue(sql::toText(record.settings));
    q.addBindValue(sql::toText(record.payload));
    q.addBindValue(sql::now());
    sql::exec(session, q, Error::tr("adding the report"));
    const qint64 id = sql::insertedId(q);
    tx.commit();
    return id;
}

std::optional<ReportRecord> report(const Session &session, ReportKind kind, qint64 id)
{
    QSqlQuery q = sql::prepare(
        session, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(kColumns, table(kind)));
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("reading the report"));
    if (!q.next())
        return std::nullopt;
    return read(session, kind, q);
}

std::vector<ReportRecord> reports(const Session &session, ReportKind kind,
                                  std::optional<qint64> runId)
                                  {
    QSqlQuery q =
        sql::prepare(session, QStringLiteral("SELECT %1 FROM %2 WHERE ? IS NULL OR run_id = ?"
                                             " ORDER BY id")
                                  .arg(kColumns, table(kind)));
    q.addBindValue(sql::nullable(runId));
    q.addBindValue(sql::nullable(runId));
    sql::exec(session, q, Error::tr("reading the reports"));
    std::vector<ReportRecord> all;
    while (q.next())
        all.push_back(read(session, kind, q));
    return all;
}

} // namespace eg::store
