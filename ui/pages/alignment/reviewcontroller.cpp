#include "pages/alignment/reviewcontroller.h"

#include "common/error.h"
#include "models/candidatemodel.h"
#include "store/candidates.h"
#include "store/write_transaction.h"
#include "workspace.h"

#include <QUndoCommand>
#include <algorithm>

namespace eg {

namespace {

// One undo step: a verdict on a set of candidates.
class DecisionCommand : public QUndoCommand {
public:
    DecisionCommand(ReviewController *controller, std::vector<qint64> ids, store::Verdict verdict,
                    QString why, const QString &text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_ids(std::move(ids))
        , m_verdict(verdict)
        , m_why(std::move(why)) {}
    void redo() override { m_controller->apply(m_ids, m_verdict, m_why); }
    void undo() override {
        m_controller->apply(m_ids, store::Verdict::Undo,
                            ReviewController::tr("undo of \"%1\"").arg(text()));
    }

private:
    ReviewController *m_controller;
    std::vector<qint64> m_ids;
    store::Verdict m_verdict;
    QString m_why;
};

} // namespace

ReviewController::ReviewController(Workspace *workspace, CandidateModel *model, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_model(model)
    , m_undo(new QUndoStack(this)) {}

QString ReviewController::reviewer() const {
    return m_reviewer.isEmpty() ? store::currentUserName() : m_reviewer;
}

std::vector<store::RunRecord> ReviewController::alignmentRuns() const {
    std::vector<store::RunRecord> out;
    if (!m_workspace->hasSession())
        return out;
    for (store::RunRecord &r : store::runs(m_workspace->session()))
        if (r.model.value(QStringLiteral("type")).toString() == QLatin1String("cg-mualign"))
            out.push_back(std::move(r));
    std::reverse(out.begin(), out.end());
    return out;
}

bool ReviewController::loadRun(qint64 runId) {
    m_undo->clear();
    if (!m_workspace->hasSession() || !store::run(m_workspace->session(), runId)) {
        unload();
        Q_EMIT failed(tr("There is no alignment run %1 in the session.").arg(runId));
        return false;
    }
    m_runId = runId;
    m_model->setCandidates(candidateRows(store::candidates(m_workspace->session(), runId)));
    return true;
}

void ReviewController::unload() {
    m_undo->clear();
    m_runId = 0;
    m_model->clear();
}

bool ReviewController::writable() {
    if (!m_workspace->hasSession()) {
        Q_EMIT failed(tr("No session is open: decisions cannot be recorded."));
        return false;
    }
    if (m_workspace->isReadOnly()) {
        Q_EMIT failed(tr("The session is read-only (%1): decisions cannot be recorded.")
                          .arg(m_workspace->readOnlyReason()));
        return false;
    }
    return true;
}

bool ReviewController::decide(qint64 candidateId, store::Verdict verdict, const QString &why) {
    const CandidateRow *row = m_model->byId(candidateId);
    if (!row || verdict == store::Verdict::Undo || !writable())
        return false;
    const QString text =
        tr("%1 %2 = %3").arg(store::verdictName(verdict), row->left.name, row->right.name);
    m_undo->push(new DecisionCommand(this, {candidateId}, verdict, why, text));
    return true;
}

int ReviewController::bulkApprove(double threshold, const QString &why) {
    std::vector<qint64> ids;
    for (const CandidateRow &r : m_model->rows())
        if (r.status == store::CandidateStatus::Pending && r.score >= threshold)
            ids.push_back(r.id);
    if (ids.empty() || !writable())
        return 0;
    const int count = int(ids.size());
    const QString reason =
        why.isEmpty() ? tr("bulk approve: score >= %1").arg(threshold, 0, 'f', 2) : why;
    m_undo->push(new DecisionCommand(
        this, std::move(ids), store::Verdict::Approve, reason,
        tr("approve %1 pairs with score >= %2").arg(count).arg(threshold, 0, 'f', 2)));
    return count;
}

void ReviewController::apply(const std::vector<qint64> &ids, store::Verdict verdict,
                             const QString &why) {
    if (!m_workspace->hasSession())
        return;
    Session &session = m_workspace->session();
    std::vector<std::pair<qint64, store::CandidateStatus>> statuses;
    try {
        WriteTransaction tx(session, tr("record %n decision(s)", nullptr, int(ids.size())));
        const QString who = reviewer();
        for (qint64 id : ids) {
            store::decide(session, id, verdict, why, who);
            if (const auto c = store::candidate(session, id))
                statuses.push_back({id, c->status});
        }
        tx.commit();
    } catch (const Error &error) {
        Q_EMIT failed(error.describe());
        return;
    }
    for (const auto &[id, status] : statuses)
        m_model->setStatus(id, status);
    m_workspace->notifySessionEdited();
    Q_EMIT decided(ids, int(verdict));
}

} // namespace eg
