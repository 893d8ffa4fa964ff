#pragma once

#include "align/align_review.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace eg {

class CandidateModel;
class DecisionModel;
class JobController;
class NeighbourhoodView;
class ReviewController;
class ThresholdPanel;
class Workspace;

// The entity-alignment workbench (issue 7): train the matcher as a job (demo views or a
// DBP15K / OpenEA folder), record the run and its candidates in the session, and review them.
// Left: the run (its test figures) and the review queue (by score, by uncertainty or by entity)
// with progress counts. Right, in tabs: the current pair's two neighbourhoods (attention
// weights, shared neighbours), its audit trail, and the threshold chart with its confusion
// matrix and the bulk approval; below them the pair's figures, the decision buttons (A approve,
// R reject, U unsure, Backspace previous, Ctrl+Z undo, Ctrl+Shift+Z redo) and an optional
// reason. Blind mode hides the scores. Without a session, training creates one in the
// application's data folder (the log says where).
class AlignmentPage : public QWidget {
    Q_OBJECT
public:
    AlignmentPage(Workspace *workspace, JobController *jobs, QWidget *parent = nullptr);
    ~AlignmentPage() override;

    // A job that loads the data (empty folder = the demo views), trains and evaluates, then
    // records the run and shows its candidates. Returns the job id, or -1 when one is running.
    int train(const QString &folder = {}, const AlignRunOptions &options = defaultOptions());
    void cancelTraining();
    bool isTraining() const { return m_jobId >= 0; }
    static AlignRunOptions defaultOptions();

    // Reloads the session's alignment runs and shows `runId` (0: the newest).
    void reload(qint64 runId = 0);
    qint64 currentRunId() const;

    CandidateModel *candidates() const { return m_model; }
    DecisionModel *auditTrail() const { return m_trail; }
    ReviewController *review() const { return m_review; }
    NeighbourhoodView *neighbourhoodView() const { return m_view; }
    ThresholdPanel *thresholdPanel() const { return m_threshold; }
    QTableView *queueView() const { return m_queue; }
    QLineEdit *whyEdit() const { return m_why; }
    QString progressText() const;

    // The pair on show (-1: none) and moving through the queue.
    qint64 currentCandidate() const { return m_current; }
    void showCandidate(qint64 id);
    void previous();
    // Records a verdict on the pair on show (with the reason typed, if any) and moves on to the
    // next pending pair.
    bool decideCurrent(int verdict);
    void setBlind(bool blind);
    bool isBlind() const;
    void setOrder(int order);

    void exportMergedGraph(const QString &path);
    void exportDecisions(const QString &path);
    void importDecisions(const QString &path);

Q_SIGNALS:
    void trainingEnded(bool ok);

private:
    void buildLayout();
    void buildShortcuts();
    AlignRunOptions barOptions() const;
    void onTrained(const std::shared_ptr<const AlignRunResult> &result,
                   const AlignRunOptions &options, const QString &label);
    bool ensureSession();
    void onDecided(const std::vector<qint64> &ids, int verdict);
    void updateCounts();
    void updatePairInfo();
    void updateRunInfo();
    void report(bool error, const QString &text);

    Workspace *m_workspace;
    JobController *m_jobs;
    CandidateModel *m_model;
    DecisionModel *m_trail;
    ReviewController *m_review;
    std::shared_ptr<const AlignmentData> m_data; // of the run trained here, for the merged graph
    qint64 m_dataRun = 0;
    int m_jobId = -1;
    qint64 m_current = -1;
    std::vector<qint64> m_history; // pairs shown before, for Backspace

    QPushButton *m_trainDemo, *m_trainFolder, *m_cancel;
    QSpinBox *m_epochs, *m_seed;
    QCheckBox *m_cross, *m_self, *m_blind;
    QComboBox *m_runs, *m_order;
    QTableView *m_queue;
    QLabel *m_counts, *m_pairInfo, *m_runInfo, *m_status;
    NeighbourhoodView *m_view;
    QLineEdit *m_why;
    QTableView *m_trailView;
    ThresholdPanel *m_threshold;
};

} // namespace eg
