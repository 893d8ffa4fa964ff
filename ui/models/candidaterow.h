#pragma once

#include "store/candidates.h"

#include <QString>
#include <vector>

namespace eg {

// One neighbour in a candidate's explanation (see core/align/align_review.h for the JSON).
struct NeighbourEntry {
    QString key, name, relation;
    bool inverse = false;
    double alpha = 0, beta = 0, gamma = 0;
    int link = -1;  // index of the linked neighbour on the other side, or -1
    QString anchor; // "seed", "predicted" or empty
};

struct CandidateEntity {
    QString key, name, typeName;
    int type = -1;
};

// A review candidate as the Alignment page shows it: the stored record, its explanation parsed
// once, and whether the data set calls it a reference link.
struct CandidateRow {
    qint64 id = 0;
    double score = 0;
    double nameCosine = 0, probability = 0;
    int rank = 1;     // among its graph-1 entity's candidates
    int hasGold = -1; // 1 a reference link, 0 not, -1 unknown
    store::CandidateStatus status = store::CandidateStatus::Pending;
    CandidateEntity left, right;
    std::vector<NeighbourEntry> neighbours[2];

    // How far the score is from a sure answer: 1 at 0.5, 0 at 0 or 1.
    double uncertainty() const { return 1.0 - 2.0 * qAbs(score - 0.5); }
    // How far the refined score and the model's own score (probability) are apart.
    double disagreement() const { return qAbs(score - probability); }
    // The two give opposite answers with some conviction: one says at least 0.75, the other at
    // most 0.25, so they stand on opposite sides of 0.5 and at least 0.5 apart. On the demo a
    // true pair can have the model's 0.026 and the refined 0.967; such pairs are worth a look.
    bool scoresDisagree() const
    {
        return qMax(score, probability) >= 0.75 && qMin(score, probability) <= 0.25;
    }
};

CandidateRow candidateRow(const store::CandidateRecord &record);
std::vector<CandidateRow> candidateRows(const std::vector<store::CandidateRecord> &records);

} // namespace eg
