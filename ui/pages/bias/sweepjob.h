#pragma once

#include "jobs/progress.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>

#include <functional>
#include <vector>

namespace eg {

class JobController;

// One point of a trade-off sweep: a debiasing weight, the bias measured on the model trained
// with it, and its link-prediction quality.
struct SweepPoint
{
    double weight = 0.0;
    double bias = 0.0; // e.g. the gender difference in scores
    double mrr = 0.0;  // filtered validation MRR
};

// Computes the point of one weight (trains and measures); a synchronous engine-style function
// that reports progress in its own units and throws eg::Cancelled when told to stop.
using SweepStep = std::function<SweepPoint(double weight, const ProgressFn &progress)>;

// Runs a sweep over weights as one job of the shell's JobController: the steps run one after
// the other on the thread pool, and each point reaches the GUI thread (pointReady) as soon as
// it is measured, so a plot can grow while the sweep goes on. Nothing here knows what a step
// does: the bias page's KL sweep (BiasDebias::sweepStep) trains and measures one model.
class SweepJob : public QObject
{
    Q_OBJECT
public:
    explicit SweepJob(JobController *jobs, QObject *parent = nullptr);
    // Cancels a running sweep and waits for it.
    ~SweepJob() override;

    // Starts the sweep; returns the job id, or -1 when one is already running or there is no
    // weight.
    int start(const QString &title, const std::vector<double> &weights, SweepStep step);
    bool isRunning() const { return m_jobId >= 0; }
    int jobId() const { return m_jobId; }

Q_SIGNALS:
    void started(int jobId);
    void pointReady(const eg::SweepPoint &point);
    // The sweep ended (finished, cancelled or failed) after `points` points.
    void ended(int points);

private:
    JobController *m_jobs;
    QFuture<int> m_future;
    int m_jobId = -1;
    int m_points = 0; // points delivered on the GUI thread
};

} // namespace eg

Q_DECLARE_METATYPE(eg::SweepPoint)
