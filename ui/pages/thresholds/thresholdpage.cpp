#include "pages/thresholds/thresholdpage.h"

#include "models/thresholdcomparisonmodel.h"
#include "models/thresholdratesmodel.h"
#include "pages/thresholds/thresholdtrainbar.h"
#include "plots/embeddingscatterplot.h"
#include "plots/losscurveplot.h"
#include "plots/plotexportbutton.h"
#include "plots/utilitycurveplot.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRadioButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace eg {

namespace {

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

ThresholdPage::ThresholdPage(Workspace *workspace, JobController *jobs, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_jobs(jobs)
    , m_job(new ThresholdJob(jobs, this))
    , m_bar(new ThresholdTrainBar(this))
    , m_views(new QTabWidget(this))
    , m_curves(new UtilityCurvePlot(this))
    , m_loss(new LossCurvePlot(this))
    , m_scatter(new EmbeddingScatterPlot(this))
    , m_showA(new QRadioButton(tr("Model &A"), this))
    , m_showB(new QRadioButton(tr("Model &B"), this))
    , m_firstBox(new QComboBox(this))
    , m_secondBox(new QComboBox(this))
    , m_comparison(new ThresholdComparisonModel(this))
    , m_comparisonView(tableView(m_comparison, this))
    , m_opisLabel(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_thresholdLabel(new QLabel(this))
    , m_rates(new ThresholdRatesModel(this))
    , m_ratesView(tableView(m_rates, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("thresholdPage"));
    m_views->addTab(makeCurvesTab(), tr("Utility curves"));
    auto *lossTab = new QWidget(this);
    auto *lossLayout = new QVBoxLayout(lossTab);
    lossLayout->addWidget(m_loss, 1);
    lossLayout->addWidget(new PlotExportButton(m_loss, QStringLiteral("threshold-loss"), lossTab),
                          0, Qt::AlignRight);
    m_views->addTab(lossTab, tr("Training loss"));
    auto *scatterTab = new QWidget(this);
    auto *scatterLayout = new QVBoxLayout(scatterTab);
    scatterLayout->addWidget(m_scatter, 1);
    scatterLayout->addWidget(
        new PlotExportButton(m_scatter, QStringLiteral("threshold-pca"), scatterTab), 0,
        Qt::AlignRight);
    m_views->addTab(scatterTab, tr("Embeddings (PCA)"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_views);
    splitter->addWidget(makeSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 500});
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_bar, &ThresholdTrainBar::trainRequested, this, &ThresholdPage::trainFromForm);
    connect(m_bar, &ThresholdTrainBar::cancelRequested, this, &ThresholdPage::cancelTraining);
    connect(m_job, &ThresholdJob::epochReported, this,
            [this](const QString &run, int epoch, double loss) {
                m_loss->addPoint(run, epoch, loss);
                m_status->setText(tr("%1: epoch %2, loss %3")
                                      .arg(run)
                                      .arg(epoch)
                                      .arg(QLocale().toString(loss, 'f', 4)));
            });
    connect(m_job, &ThresholdJob::modelReady, this, &ThresholdPage::addRun);
    connect(m_job, &ThresholdJob::ended, this, [this](int models) {
        m_bar->setRunning(false);
        if (models == 0)
            m_status->setText(tr("Training ended without a model (see the jobs panel)."));
    });
    connect(m_firstBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setFirst(m_firstBox->currentData().toInt());
    });
    connect(m_secondBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            setSecond(m_secondBox->currentData().toInt());
    });
    connect(m_showB, &QRadioButton::toggled, this, [this](bool on) { showSecond(on); });
    connect(m_slider, &QSlider::valueChanged, this, &ThresholdPage::sliderMoved);
    updateChoosers();
    refresh();
}

ThresholdPage::~ThresholdPage() = default;

int ThresholdPage::addEntry(ThresholdEntry entry)
{
    entry.id = m_nextId++;
    storeInSession(entry);
    auto shared = std::make_shared<const ThresholdEntry>(std::move(entry));
    m_entries.push_back(shared);
    const int id = shared->id;
    // A new pair replaces the comparison: base models go to A, TCM models to B.
    if (shared->tcm)
        m_second = id;
    else
        m_first = id;
    if (m_first < 0)
        m_first = id;
    if (m_second < 0 && id != m_first)
        m_second = id;
    updateChoosers();
    refresh();
    Q_EMIT entryAdded(id);
    return id;
}

void ThresholdPage::addRun(ThresholdEntryPtr entry)
{
    if (entry)
        addEntry(*entry);
}

ThresholdEntryPtr ThresholdPage::entry(int id) const
{
    for (const ThresholdEntryPtr &e : m_entries)
        if (e->id == id)
            return e;
    return nullptr;
}

int ThresholdPage::train(const ThresholdTrainRequest &request)
{
    const QString title = tr("Train %1 on %2 (base and base + TCM)")
                              .arg(request.settings.baseLoss == dml::BaseLoss::ArcFace
                                       ? tr("ArcFace")
                                       : tr("Proxy-Anchor"),
                                   ThresholdData::sourceName(request.source));
    const int job = m_job->start(title, request);
    if (job < 0) {
        report(LogLevel::Warning, tr("A training job of this page is already running."));
        return -1;
    }
    m_loss->clearRuns();
    m_bar->setRunning(true);
    showView(LossView);
    m_status->setText(tr("Training on %1…").arg(ThresholdData::sourceName(request.source)));
    return job;
}

int ThresholdPage::trainFromForm()
{
    return train(m_bar->request());
}

void ThresholdPage::cancelTraining()
{
    m_job->cancel();
}

void ThresholdPage::setFirst(int id)
{
    m_first = id;
    updateChoosers();
    refresh();
}

void ThresholdPage::setSecond(int id)
{
    m_second = id;
    updateChoosers();
    refresh();
}

void ThresholdPage::showSecond(bool second)
{
    m_showSecond = second;
    if (m_showB->isChecked() != second)
        (second ? m_showB : m_showA)->setChecked(true);
    refresh();
}

ThresholdEntryPtr ThresholdPage::shown() const
{
    return entry(m_showSecond ? m_second : m_first);
}

void ThresholdPage::showView(View view)
{
    m_views->setCurrentIndex(int(view));
}

void ThresholdPage::updateChoosers()
{
    m_updating = true;
    for (QComboBox *box : {m_firstBox, m_secondBox}) {
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (const ThresholdEntryPtr &e : m_entries)
            box->addItem(e->name, e->id);
    }
    m_firstBox->setCurrentIndex(std::max(0, m_firstBox->findData(m_first)));
    m_secondBox->setCurrentIndex(std::max(0, m_secondBox->findData(m_second)));
    m_updating = false;
}

double ThresholdPage::maxThreshold() const
{
    const ThresholdEntryPtr e = shown();
    if (!e)
        return MaxPairDistance;
    // Up to where nearly every negative pair is accepted, so the curves fill the plot.
    const PairHistograms &h = e->report.histograms;
    CumulativeCounts negatives;
    for (int c = 0; c < h.classCount(); ++c) {
        if (c == 0)
            negatives = CumulativeCounts(h.negativeRow(0), h.bins);
        else
            negatives.add(h.negativeRow(c));
    }
    const double top = negatives.quantile(0.995) * 1.1;
    return std::clamp(std::max(top, e->report.opis.range.high * 1.5), 0.2, MaxPairDistance);
}

double ThresholdPage::thresholdOfSlider(int value) const
{
    return maxThreshold() * value / SliderSteps;
}

double ThresholdPage::threshold() const
{
    return thresholdOfSlider(m_slider->value());
}

void ThresholdPage::setThreshold(double d)
{
    m_slider->setValue(int(std::lround(std::clamp(d / maxThreshold(), 0.0, 1.0) * SliderSteps)));
}

void ThresholdPage::refresh()
{
    const ThresholdEntryPtr a = entry(m_first), b = entry(m_second);
    m_comparison->setEntries(a, b);
    const ThresholdEntryPtr e = shown();
    if (!e) {
        m_curves->clearCurves(tr("Train a model to see its utility curves"));
        m_scatter->clearPoints(tr("Train a model to see its embeddings"));
        m_rates->setEntry(nullptr);
        m_opisLabel->clear();
        m_thresholdLabel->clear();
        m_slider->setEnabled(false);
        if (m_entries.empty() && !m_job->isRunning())
            m_status->setText(
                ThresholdData::fashionMnistAvailable()
                    ? tr("Train a model on Fashion-MNIST (or the built-in synthetic set) to "
                         "measure its threshold consistency.")
                    : tr("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist):"
                         " the built-in synthetic set is used."));
        return;
    }
    const OpisResult &o = e->report.opis;
    const double top = maxThreshold();
    const UtilityCurves curves =
        utilityCurves(e->report.histograms, evenlySpaced(0.0, top, 241));
    m_curves->setCurves(curves, o, e->classNames,
                        tr("%1 — %2").arg(e->name, e->dataSet));
    m_scatter->setEmbeddings(e->embeddings, e->labels, e->classNames,
                             tr("%1: evaluation embeddings, first two principal components")
                                 .arg(e->name));
    const QLocale locale;
    m_opisLabel->setText(tr("<b>OPIS %1</b> · ε-OPIS %2 · Recall@1 %3")
                             .arg(locale.toString(o.opis, 'f', 5),
                                  locale.toString(o.epsOpis, 'f', 5),
                                  locale.toString(e->report.retrieval.recallAt1, 'f', 4)));
    m_rates->setEntry(e);
    m_slider->setEnabled(true);
    // Start in the middle of the calibration range.
    const QSignalBlocker block(m_slider);
    setThreshold((o.range.low + o.range.high) / 2);
    sliderMoved();
    m_ratesView->resizeColumnsToContents();
    m_status->setText(tr("%1 on %2: %3 items, %4 classes, measured in %5 s.")
                          .arg(e->name, e->dataSet, locale.toString(e->report.items))
                          .arg(o.curves.classes.size())
                          .arg(locale.toString(e->report.seconds, 'f', 2)));
}

void ThresholdPage::sliderMoved()
{
    const double d = threshold();
    m_rates->setThreshold(d);
    m_curves->setMarker(d);
    const ThresholdEntryPtr e = shown();
    const double far = e ? pooledRatesAt(e->report.histograms, d).far : 0.0;
    m_thresholdLabel->setText(tr("d = %1 (global FAR %2 %)")
                                  .arg(QLocale().toString(d, 'f', 3),
                                       QLocale().toString(100.0 * far, 'f', 2)));
}

QString ThresholdPage::statusText() const
{
    return m_status->text();
}

void ThresholdPage::report(LogLevel level, const QString &text)
{
    m_status->setText(text);
    Q_EMIT message(level, text);
    if (m_workspace)
        Q_EMIT m_workspace->message(level, text);
}

} // namespace eg
