#include "store/candidates.h"

#include "common/error.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QSqlQuery>

#include <array>

namespace eg::store {

namespace {

constexpr std::array<std::pair<CandidateStatus, const char *>, 4> kStatuses{
    {{CandidateStatus::Pending, "pending"},
     {CandidateStatus::Approved, "approved"},
     {CandidateStatus::Rejected, "rejected"},
     {CandidateStatus::Unsure, "unsure"}}};

const QString kColumns =
    QStringLiteral("id, run_id, left_id, right_id, left_key, right_key, score, attention, status");

CandidateRecord read(const Session &session, const QSqlQuery &q)
{
    CandidateRecord r;
    r.id = q.value(0).toLongLong();
    r.runId = sql::optionalId(q.value(1));
    r.leftId = q.value(2).toLongLong();
    r.rightId = q.value(3).toLongLong();
    r.leftKey = q.value(4).toString();
    r.rightKey = q.value(5).toString();
    r.score = q.value(6).toDouble();
    r.attention = sql::valueFromText(session, q.value(7),
                                     Error::tr("candidates.attention of row %1").arg(r.id));
    const std::optional<CandidateStatus> status = parseCandidateStatus(q.value(8).toString());
    if (!status)
        throw Error(
            Error::tr("unknown status \"%1\" of candidate %2").arg(q.value(8).toString()).arg(r.id),
            session.path());
    r.status = *status;
    return r;
}

} // namespace

QString candidateStatusName(CandidateStatus status)
{
    for (const auto &[s, name] : kStatuses)
        if (s == status)
            return QString::fromLatin1(name);
    return {};
}

std::optional<CandidateStatus> parseCandidateStatus(const QString &name)
{
    for (const auto &[s, n] : kStatuses)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

std::vector<qint64> addCandidates(Session &session, std::span<const CandidateRecord> candidates)
{
    WriteTransaction tx(session, Error::tr("add alignment candidates"));
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral(
            "INSERT INTO candidates (run_id, left_id, right_id, left_key, right_key, score,"
            " attention) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    std::vector<qint64> ids;
    ids.reserve(candidates.size());
    for (const CandidateRecord &c : candidates) {
        q.bindValue(0, sql::nullable(c.runId));
        q.bindValue(1, c.leftId);
        q.bindValue(2, c.rightId);
        q.bindValue(3, sql::text(c.leftKey));
        q.bindValue(4, sql::text(c.rightKey));
        q.bindValue(5, c.score);
        q.bindValue(6, sql::toText(c.attention));
        sql::exec(session, q, Error::tr("adding alignment candidates"));
        ids.push_back(sql::insertedId(q));
    }
    tx.commit();
    return ids;
}

std::optional<CandidateRecord> candidate(const Session &session, qint64 id)
{
    QSqlQuery q = sql::prepare(
        session, QStringLiteral("SELECT %1 FROM candidates WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    sql::exec(session, q, Error::tr("reading the candidate"));
    if (!q.next())
        return std::nullopt;
    return read(session, q);
}

std::vector<CandidateRecord> candidates(const Session &session, std::optional<qint64> runId,
                                        std::optional<CandidateStatus> status)
                                        {
    QSqlQuery q = sql::prepare(
        session, QStringLiteral("SELECT %1 FROM candidates WHERE (? IS NULL OR run_id = ?)"
                                " AND (? IS NULL OR status = ?) ORDER BY id")
                     .arg(kColumns));
    const QVariant statusName =
        status ? QVariant(candidateStatusName(*status)) : QVariant(QMetaType::fromType<QString>());
    q.addBindValue(sql::nullable(runId));
    q.addBindValue(sql::nullable(runId));
    q.addBindValue(statusName);
    q.addBindValue(statusName);
    sql::exec(session, q, Error::tr("reading the candidates"));
    std::vector<CandidateRecord> all;
    while (q.next())
        all.push_back(read(session, q));
    return all;
}

} // namespace eg::store
