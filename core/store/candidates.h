#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

// Where the curator's decisions leave a candidate (see decisions.h).
enum class CandidateStatus { Pending, Approved, Rejected, Unsure };
QString candidateStatusName(CandidateStatus status); // "pending", "approved", ...
std::optional<CandidateStatus> parseCandidateStatus(const QString &name);

// A proposed entity alignment: an entity of the left graph and one of the right graph.
struct CandidateRecord
{
    qint64 id = 0;
    std::optional<qint64> runId; // the run that proposed it, if any
    qint64 leftId = 0;           // entity ids in the two graphs
    qint64 rightId = 0;
    QString leftKey; // their identifiers (URIs), for display and for matching across reloads
    QString rightKey;
    double score = 0.0;
    QJsonValue attention; // the method's explanation (JSON), null when none
    CandidateStatus status = CandidateStatus::Pending; // maintained by decide()
};

// Inserts all candidates in one transaction (status pending); returns their ids in order.
std::vector<qint64> addCandidates(Session &session, std::span<const CandidateRecord> candidates);
std::optional<CandidateRecord> candidate(const Session &session, qint64 id);
// Filtered by run and / or status; by id.
std::vector<CandidateRecord> candidates(const Session &session,
                                        std::optional<qint64> runId = std::nullopt,
                                        std::optional<CandidateStatus> status = std::nullopt);

} // namespace eg::store
