#pragma once

#include "models/biasmodelentry.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace eg {

class BiasModelList;
class BiasTrainPanel;
class JobController;
class TrainingCurvePlot;

// The bias page's first view: the form for training or loading a model, the list of models
// kept for comparison, and the loss and validation-MRR curves of the selected (or running)
// model, which grow epoch by epoch while it trains, with its job's progress, time left and
// Cancel.
class BiasModelsView : public QWidget
{
    Q_OBJECT
public:
    explicit BiasModelsView(BiasModelList *models, QWidget *parent = nullptr);

    BiasTrainPanel *trainPanel() const { return m_panel; }
    QTableView *listView() const { return m_list; }
    TrainingCurvePlot *curves() const { return m_curves; }
    // The entry whose curves are drawn.
    int shownEntry() const { return m_shown; }
    void showEntry(int id);
    // A new epoch of entry `id`; drawn when that entry is shown.
    void addEpoch(int id, const EpochPoint &point);
    // The jobs whose progress and Cancel are shown for a training entry.
    void attachJobs(JobController *jobs);
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    void describe();
    void showProgress();

    BiasModelList *m_models;
    BiasTrainPanel *m_panel;
    QTableView *m_list;
    TrainingCurvePlot *m_curves;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    JobController *m_jobs = nullptr;
    int m_shown = -1;
};

} // namespace eg
