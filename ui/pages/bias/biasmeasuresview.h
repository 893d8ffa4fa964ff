#pragma once

#include "models/biasmeasuresmodel.h"
#include "models/biasmodelentry.h"
#include "pages/bias/biassettings.h"

#include <QFuture>
#include <QString>
#include <QWidget>
#include <map>
#include <memory>
#include <tuple>
#include <utility>

class QLabel;
class QPushButton;
class QTableView;

namespace eg {

class GroupedBarPlot;
class JobController;

// The bias page's Measures tab: Fisher et al.'s aggregate measures (BiasMeasures) for the
// current model and the comparison model side by side, with the graph-facts probe of the data
// set, in a BiasMeasuresModel table with its CSV export and a reading aid below.
//
// The measures take seconds on FB15k (the probes), so they run as one job of the shell's
// JobController (progress, Cancel) while the tab is active, and are kept per model entry,
// score form and sensitive relation (the graph-facts probe per graph and sensitive relation),
// so switching back shows them at once. A column is never left showing another model's values:
// while its measures are computed it says "computing…". Cancel leaves nothing cached; the
// next change of selection (or showing the tab again) starts anew.
class BiasMeasuresView : public QWidget {
    Q_OBJECT
public:
    explicit BiasMeasuresView(JobController *jobs, QWidget *parent = nullptr);
    ~BiasMeasuresView() override;

    // The page's selection; null entries (or not ready) clear that column.
    void setSelection(const BiasModelEntry *current, const BiasModelEntry *compare,
                      const BiasSettings &settings);
    void clear(const QString &message);
    // While active (the tab is shown) missing measures are computed.
    void setActive(bool active);

    BiasMeasuresModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    GroupedBarPlot *differencePlot() const { return m_differences; }
    GroupedBarPlot *gapPlot() const { return m_gaps; }
    QString note() const;
    QString statusText() const; // the line above the table
    int jobId() const { return m_jobId; } // the running job, or -1
    bool exportCsv(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);
    // Measures arrived (or were found cached) and the table shows them.
    void updated();

private:
    struct Chosen {
        int id = -1;
        QString name;
        std::shared_ptr<const Model> model;
        std::shared_ptr<const Graph> graph;
        QString whitelist;
    };
    struct Result {
        std::shared_ptr<const BiasModelMeasures> current, compare;
        std::shared_ptr<const BiasFactMeasures> facts;
    };
    using ModelKey = std::tuple<int, int, qint32>; // entry id, score form, sensitive relation
    // Graph, sensitive relation, whitelist file ("" none).
    using FactKey = std::tuple<const Graph *, qint32, QString>;
    FactKey factKey() const;
    // The whitelist the graph-facts probe leaves out: the current model's, else the compared
    // model's (a KL + Attr model trained with one), else none.
    QString factWhitelist() const;

    ModelKey key(const Chosen &chosen) const;
    std::shared_ptr<const BiasModelMeasures> cached(const Chosen &chosen) const;
    std::shared_ptr<const BiasFactMeasures> cachedFacts() const;
    // Shows what is cached; starts a job for what is missing when active.
    void update();
    void updatePlots(const BiasMeasuresModel::Table &table);
    void start();
    void cancelJob();
    void exportDialog();

    JobController *m_jobs;
    BiasMeasuresModel *m_model;
    QTableView *m_table;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_export;
    GroupedBarPlot *m_differences;
    GroupedBarPlot *m_gaps;
    Chosen m_current, m_compare;
    BiasSettings m_settings;
    bool m_active = false;
    bool m_cancelled = false; // the last job was cancelled: wait for a change
    std::map<ModelKey, std::shared_ptr<const BiasModelMeasures>> m_cache;
    // The graph is kept alive with its facts, so its address stays a valid key.
    std::map<FactKey,
             std::pair<std::shared_ptr<const Graph>, std::shared_ptr<const BiasFactMeasures>>>
        m_factCache;
    QFuture<Result> m_future;
    int m_jobId = -1;
    QString m_runSignature; // what the running job computes
    int m_generation = 0;
};

} // namespace eg
