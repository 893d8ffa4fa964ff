#pragma once

#include "store/candidates.h"

#include <QString>

#include <optional>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

// What a curator says about an alignment candidate. Undo takes back that candidate's latest
// decision not yet taken back (so undo, undo walks back two steps).
enum class Verdict { Approve, Reject, Unsure, Undo };
QString verdictName(Verdict verdict); // "approve", "reject", "unsure", "undo"
std::optional<Verdict> parseVerdict(const QString &name);

// One line of the audit trail (table decisions, append-only): who, when, what, why.
struct DecisionRecord
{
    qint64 id = 0;
    qint64 candidateId = 0;
    Verdict verdict = Verdict::Approve; // what
    std::optional<qint64> undoes;       // for Undo: the decision taken back
    QString who;                        // the OS user name unless given
    QString at;                         // UTC ISO 8601
    QString why;
};

// The name of the user running the program ($USER, $LOGNAME, $USERNAME, else the account
// name of the process, else "unknown").
QString currentUserName();

// Records a decision and updates the candidate's status, in one transaction; returns the new
// audit line's id. `who` empty = currentUserName(). Throws eg::Error when the candidate does not
// exist, or for Undo when there is nothing left to undo.
qint64 decide(Session &session, qint64 candidateId, Verdict verdict, const QString &why = {},
              const QString &who = {});

// The audit trail of one candidate, or of all; oldest first.
std::vector<DecisionRecord> auditTrail(const Session &session,
                                       std::optional<qint64> candidateId = std::nullopt);

// The status a sequence of decisions (oldest first) leaves a candidate in.
CandidateStatus statusAfter(const std::vector<DecisionRecord> &trail);

} // namespace eg::store
