#pragma once

#include "models/logmodel.h"
#include "models/thresholdentry.h"
#include "pages/thresholds/thresholdjob.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QRadioButton;
class QSlider;
class QTabWidget;
class QTableView;

namespace eg {

class EmbeddingScatterPlot;
class JobController;
class LossCurvePlot;
class ThresholdComparisonModel;
class ThresholdRatesModel;
class ThresholdTrainBar;
class UtilityCurvePlot;
class Workspace;

// The Thresholds workbench (Equigraph issue 6): trains a metric-learning model with a base loss
// alone and with the TCM regulariser (Fashion-MNIST, or the built-in synthetic set when it is
// not installed), and shows whether one global distance threshold treats every class alike:
// per-class utility curves with the pooled curve and the calibration range, OPIS and eps-OPIS
// of two models side by side, a threshold slider with per-class FAR / FRR, the training loss
// live, and a PCA scatter of the evaluation embeddings. Each measured model is stored in the
// open session as a threshold report.
class ThresholdPage : public QWidget
{
    Q_OBJECT
public:
    enum View { CurvesView, LossView, ScatterView };
    static constexpr int SliderSteps = 1000; // the slider runs over [0, maxThreshold()]

    ThresholdPage(Workspace *workspace, JobController *jobs, QWidget *parent = nullptr);
    ~ThresholdPage() override;

    // Adds a measured model; returns its id. The first base model becomes model A and the
    // first TCM model model B; later ones replace them in pairs.
    int addEntry(ThresholdEntry entry);
    ThresholdEntryPtr entry(int id) const;
    int entryCount() const { return int(m_entries.size()); }
    // Starts a training job; returns its job id (-1: one is running).
    int train(const ThresholdTrainRequest &request);
    int trainFromForm();
    // Measures labelled embeddings from a file as a job: CSV (label,value,...) or .npy with a
    // labels file (threshold/labelled_embeddings.h). Returns the job id; the entry is added
    // when it is done.
    int measureFile(const QString &path, const QString &labels = QString());
    void cancelTraining();
    bool isTraining() const { return m_job->isRunning(); }

    void setFirst(int id);
    void setSecond(int id);
    // Whether the curves, the scatter and the rates table show model B (else model A).
    void showSecond(bool second);
    ThresholdEntryPtr shown() const;
    void showView(View view);

    // The threshold of the slider, and setting it (clamped to the slider's range).
    double threshold() const;
    void setThreshold(double d);
    double thresholdOfSlider(int value) const;

    bool exportRatesCsv(const QString &path, QString *error = nullptr);
    bool exportComparisonCsv(const QString &path, QString *error = nullptr);
    bool exportCurvesCsv(const QString &path, QString *error = nullptr);

    ThresholdTrainBar *trainBar() const { return m_bar; }
    UtilityCurvePlot *curvePlot() const { return m_curves; }
    LossCurvePlot *lossPlot() const { return m_loss; }
    EmbeddingScatterPlot *scatterPlot() const { return m_scatter; }
    ThresholdRatesModel *ratesModel() const { return m_rates; }
    ThresholdComparisonModel *comparisonModel() const { return m_comparison; }
    QSlider *slider() const { return m_slider; }
    QLabel *opisLabel() const { return m_opisLabel; }
    QString statusText() const;

Q_SIGNALS:
    void message(eg::LogLevel level, const QString &text);
    void entryAdded(int id);

private:
    QWidget *makeCurvesTab();
    QWidget *makeSidePanel();
    void addRun(ThresholdEntryPtr entry);
    void storeInSession(ThresholdEntry &entry);
    void updateChoosers();
    void refresh();
    void sliderMoved();
    void report(LogLevel level, const QString &text);
    void exportDialog(int what);
    void measureDialog();
    double maxThreshold() const;

    Workspace *m_workspace;
    JobController *m_jobs;
    ThresholdJob *m_job;
    std::vector<ThresholdEntryPtr> m_entries;
    int m_first = -1, m_second = -1;
    bool m_showSecond = false;
    int m_nextId = 1;

    ThresholdTrainBar *m_bar;
    QTabWidget *m_views;
    UtilityCurvePlot *m_curves;
    LossCurvePlot *m_loss;
    EmbeddingScatterPlot *m_scatter;
    QRadioButton *m_showA;
    QRadioButton *m_showB;
    QComboBox *m_firstBox;
    QComboBox *m_secondBox;
    ThresholdComparisonModel *m_comparison;
    QTableView *m_comparisonView;
    QLabel *m_opisLabel;
    QSlider *m_slider;
    QLabel *m_thresholdLabel;
    ThresholdRatesModel *m_rates;
    QTableView *m_ratesView;
    QLabel *m_status;
    bool m_updating = false;
};

} // namespace eg
