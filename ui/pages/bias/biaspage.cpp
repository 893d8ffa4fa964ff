#include "pages/bias/biaspage.h"

#include "common/error.h"
#include "jobcontroller.h"
#include "models/biasmodellist.h"
#include "pages/bias/biasanalysis.h"
#include "pages/bias/biasdatasets.h"
#include "pages/bias/biasdebias.h"
#include "pages/bias/biasloaddialog.h"
#include "pages/bias/biasmeasuresview.h"
#include "pages/bias/biasmodelsview.h"
#include "pages/bias/biasplotsview.h"
#include "pages/bias/biassessionruns.h"
#include "pages/bias/biassettingsbar.h"
#include "pages/bias/biastablesview.h"
#include "pages/bias/biastrainpanel.h"
#include "pages/bias/educatorview.h"
#include "plots/divergingbarplot.h"
#include "plots/labelledscatterplot.h"
#include "plots/paireddotplot.h"
#include "plots/tradeoffplot.h"
#include "services/trainingservice.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace eg {

BiasPage::BiasPage(Workspace *workspace, JobController *jobs, TrainingService *training,
                   QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_jobs(jobs)
    , m_models(new BiasModelList(this))
    , m_dataSets(new BiasDataSets(workspace, this))
    , m_training(training)
    , m_sweep(new SweepJob(jobs, this))
    , m_analysis(std::make_unique<BiasAnalysis>())
    , m_bar(new BiasSettingsBar(m_models, this))
    , m_views(new QTabWidget(this))
    , m_modelsView(new BiasModelsView(m_models, this))
    , m_tablesView(new BiasTablesView(this))
    , m_plotsView(new BiasPlotsView(this))
    , m_educator(new EducatorView(this))
    , m_measures(new BiasMeasuresView(jobs, this))
    , m_status(new QLabel(this))
    , m_reportButton(new QPushButton(tr("Export &Report…"), this))
{
    m_views->addTab(m_modelsView, tr("Models"));
    m_views->addTab(m_tablesView, tr("Tables"));
    m_views->addTab(m_plotsView, tr("Plots"));
    m_views->addTab(m_educator, tr("Educator"));
    m_views->addTab(m_measures, tr("Measures"));
    connect(m_views, &QTabWidget::currentChanged, this,
            [this](int index) { m_measures->setActive(index == MeasuresTab); });
    connect(m_measures, &BiasMeasuresView::exported, this,
            [this](const QString &path) { report(LogLevel::Info, tr("Saved %1").arg(path)); });
    connect(m_measures, &BiasMeasuresView::exportFailed, this,
            [this](const QString &text) { report(LogLevel::Error, text); });
    m_status->setWordWrap(true);
    m_reportButton->setToolTip(tr("Save a one-page HTML report of the current comparison"));
    m_reportButton->setEnabled(false);
    m_plotsView->attachSweep(m_sweep);
    m_modelsView->attachJobs(m_jobs);
    connect(m_plotsView, &BiasPlotsView::sweepRequested, this,
            [this](const std::vector<double> &weights) { startKlSweep(weights); });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_reportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_views, 1);
    layout->addLayout(bottom);

    connectTrainer();
    BiasTrainPanel *panel = m_modelsView->trainPanel();
    connect(panel, &BiasTrainPanel::trainRequested, this, &BiasPage::trainFromForm);
    connect(panel, &BiasTrainPanel::loadRequested, this, &BiasPage::loadDialog);
    connect(m_dataSets, &BiasDataSets::changed, this, &BiasPage::updateDataSets);
    connect(m_models, &BiasModelList::entryReady, this, &BiasPage::entryReady);
    connect(m_bar, &BiasSettingsBar::modelsChanged, this, [this] { refresh(true); });
    connect(m_bar, &BiasSettingsBar::measureChanged, this, [this] { refresh(true); });
    connect(m_bar, &BiasSettingsBar::filterChanged, this, [this] { refresh(false); });
    connect(m_tablesView, &BiasTablesView::exported, this,
            [this](const QString &path) { report(LogLevel::Info, tr("Saved %1").arg(path)); });
    connect(m_tablesView, &BiasTablesView::exportFailed, this,
            [this](const QString &text) { report(LogLevel::Error, text); });
    connect(m_modelsView, &BiasModelsView::exported, this,
            [this](const QString &path) { report(LogLevel::Info, tr("Saved %1").arg(path)); });
    connect(m_modelsView, &BiasModelsView::exportFailed, this,
            [this](const QString &text) { report(LogLevel::Error, text); });
    connect(m_reportButton, &QPushButton::clicked, this, &BiasPage::reportDialog);
    if (m_workspace) {
        connect(m_workspace, &Workspace::sessionChanged, this, &BiasPage::restoreSessionRuns);
        connect(m_workspace, &Workspace::graphChanged, this, &BiasPage::restoreSessionRuns);
    }
    updateDataSets();
    clearViews(tr("Train a model, or load embeddings, to measure their bias."));
    restoreSessionRuns();
}

BiasPage::~BiasPage() = default;

void BiasPage::connectTrainer()
{
    using Report = TrainingService::EpochReport;
    connect(m_training, &TrainingService::started, this, [this](const TrainingRun &run) {
        if (!m_starting && !m_models->findByJob(run.jobId))
            adoptRun(run);
    });
    connect(m_training, &TrainingService::epochFinished, this, [this](int job, const Report &r) {
        const BiasModelEntry *e = m_models->findByJob(job);
        if (!e)
            return;
        const int id = e->id;
        const EpochPoint p{r.stats.epoch, r.stats.loss, r.stats.seconds, r.hasValid,
                           r.valid.mrr};
        m_models->update(id, [&p](BiasModelEntry &entry) { entry.epochs.push_back(p); });
        m_modelsView->addEpoch(id, p);
    });
    connect(m_training, &TrainingService::finished, this,
            [this](int job, std::shared_ptr<const Model> model) {
                const BiasModelEntry *e = m_models->findByJob(job);
                if (!e)
                    return;
                m_models->update(e->id, [&model](BiasModelEntry &entry) {
                    entry.model = std::move(model);
                    entry.state = BiasModelEntry::State::Ready;
                });
            });
    connect(m_training, &TrainingService::cancelled, this, [this](int job) {
        if (const BiasModelEntry *e = m_models->findByJob(job))
            m_models->update(e->id, [](BiasModelEntry &entry) {
                entry.state = BiasModelEntry::State::Cancelled;
            });
    });
    connect(m_training, &TrainingService::failed, this, [this](int job, const QString &text) {
        if (const BiasModelEntry *e = m_models->findByJob(job)) {
            const QString name = e->name;
            m_models->update(e->id, [&text](BiasModelEntry &entry) {
                entry.state = BiasModelEntry::State::Failed;
                entry.detail = text;
            });
            report(LogLevel::Error, tr("Training %1 failed: %2").arg(name, text));
        }
    });
}

void BiasPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

void BiasPage::updateDataSets()
{
    QStringList names;
    for (int i = 0; i < m_dataSets->count(); ++i)
        names << m_dataSets->name(i);
    m_modelsView->trainPanel()->setDataSets(names, m_dataSets->defaultIndex());
}

int BiasPage::trainFromForm()
{
    const BiasTrainPanel *panel = m_modelsView->trainPanel();
    if (!panel->problem().isEmpty()) {
        report(LogLevel::Error, panel->problem());
        return -1;
    }
    const int index = panel->dataSet();
    BiasDebiasOptions debias;
    debias.weight = panel->methodWeight();
    debias.whitelistPath = panel->whitelistPath();
    return train(panel->modelName(m_serial + 1), panel->method(), panel->config(),
                 m_dataSets->graph(index), m_dataSets->name(index), debias);
}

int BiasPage::train(const QString &name, BiasMethod::Kind method, const TrainConfig &config,
                    std::shared_ptr<const Graph> graph, const QString &dataSet,
                    const BiasDebiasOptions &debias)
{
    const BiasMethod info = BiasMethods::get(method);
    if (!graph || !info.available) {
        report(LogLevel::Error, graph ? BiasMethods::unavailableText() : tr("No data set."));
        return -1;
    }
    TrainingService::Options options;
    options.evalEvery = 1;
    options.meta.insert(QStringLiteral("method"),
                        debiasMethodName(BiasDebias::engineMethod(method)));
    QString detail;
    if (method != BiasMethod::Basic) {
        const QString problem = BiasDebias::problem(method, config);
        if (!problem.isEmpty()) {
            report(LogLevel::Error, problem);
            return -1;
        }
        try {
            const DebiasConfig dc = BiasDebias::config(*graph, method, config, debias);
            detail = BiasDebias::describe(*graph, dc);
            options.trainer = BiasDebias::trainer(dc);
        } catch (const Error &error) {
            report(LogLevel::Error, tr("Cannot train %1: %2").arg(name, error.describe()));
            return -1;
        }
    }
    ++m_serial;
    BiasModelEntry entry;
    entry.name = name;
    entry.method = info.name;
    entry.type = describeModelSpec(config.model);
    entry.source = tr("trained on %1").arg(dataSet);
    entry.dataSet = dataSet;
    entry.state = BiasModelEntry::State::Training;
    entry.plannedEpochs = config.epochs;
    entry.graph = graph;
    entry.detail = detail;
    if (method == BiasMethod::KlAttr)
        entry.whitelistPath = debias.whitelistPath;
    m_starting = true;
    const int job =
        m_training->start(tr("Train %1 on %2").arg(name, dataSet), config, graph, options);
    m_starting = false;
    if (job < 0)
        return -1; // the service said why
    entry.jobId = job;
    if (const TrainingRun *run = m_training->run(job); run && run->runId > 0)
        m_listedRuns.insert(run->runId);
    const int id = m_models->add(entry);
    m_modelsView->showEntry(id);
    return id;
}

void BiasPage::adoptRun(const TrainingRun &run)
{
    if (!run.graph || run.graph->entityCount() == 0)
        return;
    BiasModelEntry entry;
    entry.name = run.title;
    entry.method = BiasMethods::get(BiasMethod::Basic).name;
    entry.type = describeModelSpec(run.config.model);
    entry.dataSet = run.graph == m_dataSets->graph(BiasDataSets::WorkspaceIndex)
                        ? m_dataSets->name(BiasDataSets::WorkspaceIndex)
                        : run.graph->source;
    entry.source = tr("trained on %1").arg(entry.dataSet);
    entry.state = BiasModelEntry::State::Training;
    entry.plannedEpochs = run.config.epochs;
    entry.graph = run.graph;
    entry.jobId = run.jobId;
    if (run.runId > 0)
        m_listedRuns.insert(run.runId);
    addModel(std::move(entry));
}

void BiasPage::restoreSessionRuns()
{
    if (!m_workspace || !m_workspace->hasSession())
        return;
    std::vector<StoredBiasRun> runs;
    try {
        runs = BiasSessionRuns::list(m_workspace->session(), m_workspace->datasetId());
    } catch (const Error &error) {
        report(LogLevel::Warning, tr("Cannot list the session's models: %1")
                                      .arg(error.describe()));
        return;
    }
    struct Load
    {
        StoredBiasRun run;
        std::shared_ptr<const Graph> graph;
        QString dataSet;
    };
    std::vector<Load> loads;
    for (StoredBiasRun &run : runs) {
        if (m_listedRuns.count(run.runId))
            continue;
        const int index = run.demoWorld ? int(BiasDataSets::DemoIndex)
                                        : int(BiasDataSets::WorkspaceIndex);
        std::shared_ptr<const Graph> graph = m_dataSets->graph(index);
        if (!graph)
            continue;
        m_listedRuns.insert(run.runId);
        loads.push_back({std::move(run), std::move(graph), m_dataSets->name(index)});
    }
    if (loads.empty())
        return;
    using Loaded = std::pair<std::vector<BiasModelEntry>, QStringList>; // entries, problems
    const QPointer<BiasPage> self(this);
    m_jobs->run<Loaded>(
        tr("Load %n model(s) of the session", nullptr, int(loads.size())),
        [loads](const ProgressFn &progress) {
            Loaded out;
            for (size_t i = 0; i < loads.size(); ++i) {
                if (progress && !progress(qint64(i), qint64(loads.size())))
                    throw Cancelled();
                try {
                    out.first.push_back(
                        BiasSessionRuns::load(loads[i].run, loads[i].graph, loads[i].dataSet));
                } catch (const Error &error) {
                    out.second << error.describe();
                }
            }
            return out;
        },
        [self](const Loaded &loaded) {
            if (!self)
                return;
            for (const BiasModelEntry &entry : loaded.first)
                self->addModel(entry);
            for (const QString &problem : loaded.second)
                self->report(LogLevel::Warning, tr("A model of the session was not loaded: %1")
                                                    .arg(problem));
        });
}

int BiasPage::addModel(BiasModelEntry entry)
{
    ++m_serial;
    return m_models->add(std::move(entry));
}

int BiasPage::loadEmbeddings(const EmbeddingSource &source, int dataSet)
{
    const std::shared_ptr<const Graph> graph = m_dataSets->graph(dataSet);
    if (!graph)
        return -1;
    const QString dataSetName = m_dataSets->name(dataSet);
    const QPointer<BiasPage> self(this);
    return m_jobs->run<LoadedEmbedding>(
        tr("Load embeddings for %1").arg(dataSetName),
        [source, graph](const ProgressFn &) { return EmbeddingLoader::load(source, *graph); },
        [self, graph, dataSetName](const LoadedEmbedding &loaded) {
            if (!self)
                return;
            BiasModelEntry entry;
            entry.name = loaded.name;
            entry.method = tr("Imported");
            entry.type = loaded.type;
            entry.source = loaded.source;
            entry.dataSet = dataSetName;
            entry.detail = loaded.detail;
            entry.model = loaded.model;
            entry.graph = graph;
            self->addModel(std::move(entry));
        });
}

int BiasPage::startSweep(const std::vector<double> &weights, SweepStep step)
{
    plotsView()->tradeoff()->clearPoints();
    plotsView()->tradeoff()->setUnavailable({});
    return m_sweep->start(tr("Trade-off sweep (%1 weights)").arg(weights.size()), weights,
                          std::move(step));
}

int BiasPage::startKlSweep(const std::vector<double> &weights)
{
    const BiasTrainPanel *panel = m_modelsView->trainPanel();
    const BiasMethod::Kind method =
        panel->method() == BiasMethod::KlAttr ? BiasMethod::KlAttr : BiasMethod::Kl;
    const TrainConfig config = panel->config();
    const std::shared_ptr<const Graph> graph = m_dataSets->graph(panel->dataSet());
    QString problem = graph ? BiasDebias::problem(method, config) : tr("No data set.");
    if (problem.isEmpty()) {
        try {
            validate(config);
        } catch (const Error &error) {
            problem = error.message();
        }
    }
    // The settings bar's sensitive relation when it is one of this graph's, else gender.
    qint32 measured = m_bar->graph() == graph ? m_bar->settings().sensitiveRelation : -1;
    DebiasConfig dc;
    if (problem.isEmpty()) {
        try {
            BiasDebiasOptions options;
            options.weight = 1.0; // the sweep's weights multiply the defaults
            options.whitelistPath = panel->whitelistPath();
            dc = BiasDebias::config(*graph, method, config, options);
            if (measured < 0)
                measured = dc.sensitive.front().relation;
        } catch (const Error &error) {
            problem = error.describe();
        }
    }
    if (!problem.isEmpty()) {
        report(LogLevel::Error, tr("Cannot run the sweep: %1").arg(problem));
        return -1;
    }
    const QString sensitive = graph->relations.keyString(measured).section(QLatin1Char('/'), -1);
    plotsView()->tradeoff()->xAxis->setLabel(
        tr("Difference in scores, %1 (score units)").arg(sensitive));
    const int job = startSweep(weights, BiasDebias::sweepStep(graph, dc, measured));
    if (job >= 0)
        report(LogLevel::Info, tr("Sweep of %1 weights: %2 models of %3 epochs on %4.")
                                   .arg(BiasMethods::get(method).name)
                                   .arg(weights.size())
                                   .arg(config.epochs)
                                   .arg(m_dataSets->name(panel->dataSet())));
    return job;
}

void BiasPage::entryReady(int id)
{
    const BiasModelEntry *e = m_models->find(id);
    if (!e)
        return;
    if (m_bar->currentModel() < 0 || m_bar->currentModel() == id) {
        m_bar->setCurrentModel(id);
    } else if (m_bar->comparisonModel() < 0) {
        m_bar->setComparisonModel(id); // the second model: compare at once
    }
    if (!m_sawModel) {
        m_sawModel = true;
        showView(TablesView);
    }
}

void BiasPage::clearViews(const QString &message)
{
    m_tablesView->setMessage(message);
    m_plotsView->setInput({});
    m_educator->setInput({});
    m_status->setText(message);
    m_reportButton->setEnabled(false);
}

void BiasPage::refresh(bool educator)
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    QElapsedTimer clock;
    clock.start();
    const BiasModelEntry *e = m_models->find(m_bar->currentModel());
    const BiasModelEntry *c = m_models->find(m_bar->comparisonModel());
    if (!e || !e->isReady()) {
        clearViews(tr("Train a model, or load embeddings, to measure their bias."));
        m_measures->clear(m_status->text());
        m_refreshing = false;
        return;
    }
    m_bar->setGraph(e->graph);
    const BiasSettings settings = m_bar->settings();
    m_measures->setSelection(e, c, settings);
    std::shared_ptr<const ProfessionBiasResult> result, comparison;
    try {
        result = m_analysis->result(*e, settings);
        if (c && c->isReady())
            comparison = m_analysis->result(*c, settings);
    } catch (const Error &error) {
        clearViews(tr("Cannot measure with these settings: %1").arg(error.message()));
        m_refreshing = false;
        return;
    }
    if (!result) {
        clearViews(tr("Choose a sensitive relation, two different values and a target relation."));
        m_refreshing = false;
        return;
    }
    const QString a = m_bar->valueAName(), b = m_bar->valueBName();
    const QString otherName = comparison ? c->name : QString();
    m_tablesView->setInput({result, comparison, e->graph, settings, a, b, otherName});
    m_plotsView->setInput({result, comparison, e->graph, settings, a, b, e->name, otherName});
    if (educator) {
        m_educator->setInput({e->model, e->name, comparison ? c->model : nullptr, otherName,
                              e->graph, settings, result->valuesB, a, b});
    }
    m_lastRefresh = clock.nsecsElapsed() / 1e9;
    m_status->setText(tr("%1 on %2: %3 people, B_p computed in %4 s.")
                          .arg(e->name, e->dataSet, QLocale().toString(result->humans),
                               QLocale().toString(result->seconds, 'f', 3)));
    m_reportButton->setEnabled(true);
    m_refreshing = false;
    Q_EMIT refreshed();
}

void BiasPage::report(LogLevel level, const QString &text)
{
    m_status->setText(text);
    Q_EMIT message(level, text);
}

QString BiasPage::statusText() const
{
    return m_status->text();
}

void BiasPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Without a model the choosers still show what the default data set offers.
    if (!m_bar->graph() && m_models->readyIds().empty())
        m_bar->setGraph(m_dataSets->graph(m_dataSets->defaultIndex()));
}

void BiasPage::loadDialog()
{
    BiasLoadDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        loadEmbeddings(dialog.source(), m_modelsView->trainPanel()->dataSet());
}

BiasReportInput BiasPage::reportInput() const
{
    BiasReportInput in;
    const BiasModelEntry *e = m_models->find(m_bar->currentModel());
    const BiasModelEntry *c = m_models->find(m_bar->comparisonModel());
    if (!e || !e->isReady())
        return in;
    in.settings = m_bar->settings();
    in.graph = e->graph;
    in.dataSet = e->dataSet;
    in.sensitive = e->graph->relations.keyString(in.settings.sensitiveRelation);
    in.target = e->graph->relations.keyString(in.settings.targetRelation);
    in.valueA = m_bar->valueAName();
    in.valueB = m_bar->valueBName();
    in.created = QDateTime::currentDateTime();
    const auto part = [this, &in](const BiasModelEntry &m) {
        return BiasReportInput::ModelPart{m.name, m.method, m.type, m.source, m.lastValidMrr(),
                                          m_analysis->result(m, in.settings)};
    };
    try {
        in.first = part(*e);
        if (c && c->isReady())
            in.second = part(*c);
    } catch (const Error &) {
        return {};
    }
    const QSize size(760, 480);
    in.figures.push_back({tr("Top ±k B_p"), m_plotsView->bars()->toPixmap(size.width(),
                                                                           size.height())
                                                .toImage()});
    in.figures.push_back({tr("B_p against the data"),
                          m_plotsView->scatter()->toPixmap(size.width(), size.height()).toImage()});
    if (m_plotsView->pairedShown())
        in.figures.push_back(
            {tr("Two models per profession"),
             m_plotsView->paired()->toPixmap(size.width(), size.height()).toImage()});
    return in;
}

bool BiasPage::exportReport(const QString &path, QString *error)
{
    const BiasReportInput in = reportInput();
    if (!in.first.result) {
        if (error)
            *error = tr("There is no model to report on.");
        return false;
    }
    return BiasReport::write(in, path, error);
}

void BiasPage::reportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                      QStringLiteral("bias-report.html"),
                                                      tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportReport(path, &error))
        report(LogLevel::Info, tr("Saved %1").arg(path));
    else
        report(LogLevel::Error, tr("Could not write %1: %2").arg(path, error));
}

} // namespace eg
