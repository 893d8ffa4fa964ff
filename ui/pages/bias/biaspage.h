#pragma once

#include "embed/train.h"
#include "models/biasmodelentry.h"
#include "models/logmodel.h"
#include "pages/bias/biasdebias.h"
#include "pages/bias/biasmethods.h"
#include "pages/bias/biasreport.h"
#include "pages/bias/embeddingloader.h"
#include "pages/bias/sweepjob.h"

#include <QWidget>

#include <memory>
#include <set>

class QLabel;
class QPushButton;
class QTabWidget;

namespace eg {

class BiasAnalysis;
class BiasDataSets;
class BiasMeasuresView;
class BiasModelList;
class BiasModelsView;
class BiasPlotsView;
class BiasSettingsBar;
class BiasTablesView;
class EducatorView;
class JobController;
class TrainingService;
class Workspace;
struct TrainingRun;

// The Bias Explorer workbench (Equigraph issue 5): train models (or load embeddings trained
// elsewhere) and keep them in a list, measure each profession's bias B_p for a sensitive
// relation, show it as tables, plots and the educator's seed figure, show Fisher et al.'s
// aggregate measures (Measures tab), compare two models, and
// export tables, plots and a report. Long work runs as jobs of the shell's JobController;
// models train through the shell's TrainingService (recorded in the session when one is open).
// The list also holds the models trained elsewhere through that service (the main window's
// Train dialog) and those of the session's earlier runs.
class BiasPage : public QWidget
{
    Q_OBJECT
public:
    enum View { ModelsView, TablesView, PlotsView, EducatorTab, MeasuresTab, ViewCount };

    BiasPage(Workspace *workspace, JobController *jobs, TrainingService *training,
             QWidget *parent = nullptr);
    ~BiasPage() override;

    BiasModelList *models() const { return m_models; }
    BiasDataSets *dataSets() const { return m_dataSets; }
    BiasSettingsBar *settingsBar() const { return m_bar; }
    BiasModelsView *modelsView() const { return m_modelsView; }
    BiasTablesView *tablesView() const { return m_tablesView; }
    BiasPlotsView *plotsView() const { return m_plotsView; }
    EducatorView *educatorView() const { return m_educator; }
    BiasMeasuresView *measuresView() const { return m_measures; }
    QTabWidget *views() const { return m_views; }
    void showView(View view);

    // Trains a model through the TrainingService (a job with progress, time left and Cancel;
    // the run, its epochs and the model recorded in the session when one is open); returns
    // its entry id, or -1 when the method cannot train with `config`, the graph lacks what it
    // needs, or there is no graph. The entry is in the list at once, in state Training.
    // Debiasing methods use the settings of biasdebias.h with `debias`.
    int train(const QString &name, BiasMethod::Kind method, const TrainConfig &config,
              std::shared_ptr<const Graph> graph, const QString &dataSet,
              const BiasDebiasOptions &debias = {});
    // Trains with the form's settings (the Train button).
    int trainFromForm();
    // Adds a model as it is (e.g. loaded); returns its entry id.
    int addModel(BiasModelEntry entry);
    // Loads embeddings onto data set `dataSet` as a job; returns the job id (-1: no graph).
    int loadEmbeddings(const EmbeddingSource &source, int dataSet);
    // Runs a trade-off sweep; its points appear in the trade-off plot as they arrive.
    int startSweep(const std::vector<double> &weights, SweepStep step);
    // The KL-weight sweep with the form's data set and settings (KL + Attr when the form's
    // method is KL + Attr, else KL), measuring the settings bar's sensitive relation. Returns
    // the job id, or -1 (the status line says why).
    int startKlSweep(const std::vector<double> &weights);
    SweepJob *sweep() const { return m_sweep; }

    // The report of the current comparison (the current model, and the comparison model when
    // one is chosen).
    BiasReportInput reportInput() const;
    bool exportReport(const QString &path, QString *error = nullptr);

    // Seconds the last refresh of the views took (computing B_p included).
    double lastRefreshSeconds() const { return m_lastRefresh; }
    QString statusText() const;

Q_SIGNALS:
    void message(eg::LogLevel level, const QString &text);
    // The views show the current settings and models.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void connectTrainer();
    // Lists a run the page did not start (e.g. from the main window's Train dialog).
    void adoptRun(const TrainingRun &run);
    // Loads the models of the session's earlier runs that are not listed yet (a job).
    void restoreSessionRuns();
    void entryReady(int id);
    void refresh(bool educator = true);
    void clearViews(const QString &message);
    void report(LogLevel level, const QString &text);
    void loadDialog();
    void reportDialog();
    void updateDataSets();

    Workspace *m_workspace;
    JobController *m_jobs;
    BiasModelList *m_models;
    BiasDataSets *m_dataSets;
    TrainingService *m_training;
    SweepJob *m_sweep;
    std::unique_ptr<BiasAnalysis> m_analysis;
    BiasSettingsBar *m_bar;
    QTabWidget *m_views;
    BiasModelsView *m_modelsView;
    BiasTablesView *m_tablesView;
    BiasPlotsView *m_plotsView;
    EducatorView *m_educator;
    BiasMeasuresView *m_measures;
    QLabel *m_status;
    QPushButton *m_reportButton;
    bool m_refreshing = false;
    bool m_sawModel = false;
    bool m_starting = false; // inside train(): the service's started() is for our own run
    std::set<qint64> m_listedRuns; // session run ids with an entry (or being loaded)
    int m_serial = 0;
    double m_lastRefresh = 0.0;
};

} // namespace eg
