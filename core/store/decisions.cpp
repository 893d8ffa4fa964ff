#include "store/decisions.h"

#include "common/error.h"
#include "store/session.h"
#include "store/sql.h"
#include "store/write_transaction.h"

#include <QSqlQuery>

#include <array>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace eg::store {

namespace {

constexpr std::array<std::pair<Verdict, const char *>, 4> kVerdicts{{{Verdict::Approve, "approve"},
                                                                     {Verdict::Reject, "reject"},
                                                                     {Verdict::Unsure, "unsure"},
                                                                     {Verdict::Undo, "undo"}}};

// The decisions still in force, oldest first (each Undo removes the one it undoes).
std::vector<const DecisionRecord *> inForce(const std::vector<DecisionRecord> &trail)
{
    std::vector<const DecisionRecord *> stack;
    for (const DecisionRecord &d : trail) {
        if (d.verdict != Verdict::Undo)
            stack.push_back(&d);
        else if (!stack.empty())
            stack.pop_back();
    }
    return stack;
}

} // namespace

QString verdictName(Verdict verdict)
{
    for (const auto &[v, name] : kVerdicts)
        if (v == verdict)
            return QString::fromLatin1(name);
    return {};
}

std::optional<Verdict> parseVerdict(const QString &name)
{
    for (const auto &[v, n] : kVerdicts)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

QString currentUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

CandidateStatus statusAfter(const std::vector<DecisionRecord> &trail)
{
    const std::vector<const DecisionRecord *> stack = inForce(trail);
    if (stack.empty())
        return CandidateStatus::Pending;
    switch (stack.back()->verdict) {
    case Verdict::Approve:
        return CandidateStatus::Approved;
    case Verdict::Reject:
        return CandidateStatus::Rejected;
    default:
        return CandidateStatus::Unsure;
    }
}

qint64 decide(Session &session, qint64 candidateId, Verdict verdict, const QString &why,
              const QString &who)
              {
    const QString what = Error::tr("record the decision on candidate %1").arg(candidateId);
    WriteTransaction tx(session, what);
    if (!candidate(session, candidateId))
        throw Error(Error::tr("cannot %1: there is no such candidate").arg(what), session.path());
    std::vector<DecisionRecord> trail = auditTrail(session, candidateId);
    std::optional<qint64> undoes;
    if (verdict == Verdict::Undo) {
        const std::vector<const DecisionRecord *> stack = inForce(trail);
        if (stack.empty())
            throw Error(Error::tr("cannot undo: candidate %1 has no decision to take back")
                            .arg(candidateId),
                        session.path());
        undoes = stack.back()->id;
    }
    DecisionRecord record;
    record.candidateId = candidateId;
    record.verdict = verdict;
    record.undoes = undoes;
    record.who = who.isEmpty() ? currentUserName() : who;
    record.at = sql::now();
    record.why = why;

    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral("INSERT INTO decisions (candidate_id, verdict, undoes, who, at, why)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(candidateId);
    q.addBindValue(verdictName(verdict));
    q.addBindValue(sql::nullable(undoes));
    q.addBindValue(record.who);
    q.addBindValue(record.at);
    q.addBindValue(sql::text(why));
    sql::exec(session, q, Error::tr("recording the decision"));
    record.id = sql::insertedId(q);
    trail.push_back(record);

    QSqlQuery update =
        sql::prepare(session, QStringLiteral("UPDATE candidates SET status = ? WHERE id = ?"));
    update.addBindValue(candidateStatusName(statusAfter(trail)));
    update.addBindValue(candidateId);
    sql::exec(session, update, Error::tr("updating the candidate's status"));
    tx.commit();
    return record.id;
}

std::vector<DecisionRecord> auditTrail(const Session &session, std::optional<qint64> candidateId)
{
    QSqlQuery q = sql::prepare(
        session,
        QStringLiteral("SELECT id, candidate_id, verdict, undoes, who, at, why FROM decisions"
                       " WHERE ? IS NULL OR candidate_id = ? ORDER BY id"));
    q.addBindValue(sql::nullable(candidateId));
    q.addBindValue(sql::nullable(candidateId));
    sql::exec(session, q, Error::tr("reading the audit trail"));
    std::vector<DecisionRecord> trail;
    while (q.next()) {
        DecisionRecord d;
        d.id = q.value(0).toLongLong();
        d.candidateId = q.value(1).toLongLong();
        const std::optional<Verdict> verdict = parseVerdict(q.value(2).toString());
        if (!verdict)
            throw Error(Error::tr("unknown verdict \"%1\" in decision %2")
                            .arg(q.value(2).toString())
                            .arg(d.id),
                        session.path());
        d.verdict = *verdict;
        d.undoes = sql::optionalId(q.value(3));
        d.who = q.value(4).toString();
        d.at = q.value(5).toString();
        d.why = q.value(6).toString();
        trail.push_back(std::move(d));
    }
    return trail;
}

} // namespace eg::store
