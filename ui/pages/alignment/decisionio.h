#pragma once

#include "align/align_data.h"
#include "models/candidaterow.h"

#include <QString>
#include <vector>

namespace eg {

class Session;

// Files of the Alignment page.
//
// Decisions CSV (UTF-8, RFC 4180 quoting, header line): one line per audit entry of the run's
// candidates, oldest first:
//   decision,candidate,left_key,right_key,score,verdict,undoes,who,at,why,status
// (status = the candidate's status now). Import replays the verdicts of such a file in order on
// the candidates of the current run with the same left and right keys, each as a new audit
// line by the file's `who`, with "imported from <file>, decided <at>" added to the why. Lines
// whose pair is not among the candidates are skipped (counted).
void writeDecisionsCsv(const QString &path, const Session &session,
                       const std::vector<CandidateRow> &candidates);

struct ImportReport {
    int applied = 0;
    int skipped = 0; // pair not among the candidates
};
// Throws eg::Error naming file and line for a malformed file (missing columns, unknown
// verdict); nothing is written then (one transaction).
ImportReport importDecisionsCsv(const QString &path, Session &session,
                                const std::vector<CandidateRow> &candidates);

// The merged graph as TSV (head TAB relation TAB tail, keys): every triple of graph 1, every
// triple of graph 2 with each approved graph-2 entity replaced by its graph-1 partner, and one
// "left TAB owl:sameAs TAB right" line per approved pair. Without the data (`data` null: a run
// reopened from a session) only the sameAs lines are written. Returns the number of sameAs
// lines. Throws eg::Error when the file cannot be written.
qint64 writeMergedGraph(const QString &path, const std::vector<CandidateRow> &candidates,
                        const AlignmentData *data);

inline constexpr const char *kSameAs = "http://www.w3.org/2002/07/owl#sameAs";

// CSV helpers (quoted when a field has a comma, quote or line break).
QString csvField(const QString &value);
// Splits one CSV record; `complete` false when a quoted field runs past the end of the line.
QStringList csvSplit(const QString &line, bool *complete = nullptr);

} // namespace eg
