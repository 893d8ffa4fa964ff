#pragma once

#include "store/decisions.h"
#include "store/runs.h"

#include <QObject>
#include <QUndoStack>
#include <vector>

namespace eg {

class CandidateModel;
class Workspace;

// The curator's decisions on the candidates of one alignment run: every decision is written to
// the session at once (store::decide, with who / when / what / why in the audit trail) and
// shown in the queue model. Decisions go through a QUndoStack: undoing one records an "undo"
// line that takes it back (the trail is append-only), redoing records the verdict again.
// Bulk decisions are one undo step and one transaction.
class ReviewController : public QObject {
    Q_OBJECT
public:
    ReviewController(Workspace *workspace, CandidateModel *model, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    CandidateModel *model() const { return m_model; }

    // The session's alignment runs (model type "cg-mualign"), newest first.
    std::vector<store::RunRecord> alignmentRuns() const;
    // Loads the run's candidates (with their current statuses) into the model; clears the undo
    // history. Returns false (and says why) when there is no such run.
    bool loadRun(qint64 runId);
    qint64 runId() const { return m_runId; }
    void unload();

    // Records `verdict` on one candidate (an undo step). False (and failed()) when the session
    // is missing or read-only.
    bool decide(qint64 candidateId, store::Verdict verdict, const QString &why = {});
    // Approves every pending candidate with score >= threshold, as one undo step; returns how
    // many (0: nothing to do or refused).
    int bulkApprove(double threshold, const QString &why = {});

    // For the undo commands: write the decisions / take back the latest decision of each id,
    // in one transaction, and update the model.
    void apply(const std::vector<qint64> &ids, store::Verdict verdict, const QString &why);

    // The reviewer's name written into the audit trail (default: the OS user).
    void setReviewer(const QString &name) { m_reviewer = name; }
    QString reviewer() const;

Q_SIGNALS:
    // After the decisions were written (verdict: int(store::Verdict); Undo for an undo).
    void decided(const std::vector<qint64> &ids, int verdict);
    void failed(const QString &message);

private:
    bool writable();

    Workspace *m_workspace;
    CandidateModel *m_model;
    QUndoStack *m_undo;
    qint64 m_runId = 0;
    QString m_reviewer;
};

} // namespace eg
