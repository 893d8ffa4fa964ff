#pragma once

#include "dml/dml_trainer.h"
#include "models/thresholdentry.h"
#include "pages/thresholds/thresholddata.h"

#include <QFuture>
#include <QObject>

namespace eg {

class JobController;

// What one training job of the Thresholds page does: on `source`, for each seed, train the base
// loss alone and/or base + TCM (settings.tcm), and measure each model on the unseen classes.
struct ThresholdTrainRequest
{
    ThresholdData::Source source = ThresholdData::Synthetic;
    QString folder; // Fashion-MNIST folder; empty: the Debian package's
    dml::DmlSettings settings;
    std::vector<quint64> seeds = {1};
    bool base = true;
    bool tcm = true;
};

// Runs a ThresholdTrainRequest as one job of the shell's JobController (its row shows progress,
// time left and Cancel). Each epoch's loss (epochReported) and each measured model
// (modelReady) reach the GUI thread as soon as they exist, so the page fills while the job goes
// on.
class ThresholdJob : public QObject
{
    Q_OBJECT
public:
    explicit ThresholdJob(JobController *jobs, QObject *parent = nullptr);
    // Cancels a running job and waits for it.
    ~ThresholdJob() override;

    // Returns the job id, or -1 when a job is already running or nothing is asked for.
    int start(const QString &title, const ThresholdTrainRequest &request);
    bool isRunning() const { return m_jobId >= 0; }
    int jobId() const { return m_jobId; }
    void cancel();

    // "Proxy-Anchor + TCM, seed 1" style names.
    static QString runName(const dml::DmlSettings &settings, bool tcm, quint64 seed);

Q_SIGNALS:
    void epochReported(const QString &run, int epoch, double loss);
    void modelReady(eg::ThresholdEntryPtr entry);
    void ended(int models);

private:
    JobController *m_jobs;
    QFuture<int> m_future;
    int m_jobId = -1;
    int m_models = 0;
};

} // namespace eg
