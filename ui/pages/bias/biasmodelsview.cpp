#include "pages/bias/biasmodelsview.h"

#include "jobcontroller.h"
#include "models/biasmodellist.h"
#include "pages/bias/biastrainpanel.h"
#include "pages/bias/tablecsv.h"
#include "plots/plotexportbutton.h"
#include "plots/trainingcurveplot.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace eg {

BiasModelsView::BiasModelsView(BiasModelList *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_panel(new BiasTrainPanel(this))
    , m_list(new QTableView(this))
    , m_curves(new TrainingCurvePlot(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
{
    m_list->setModel(m_models);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_curves->setMinimumHeight(160);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_cancel->setToolTip(tr("Stop training this model (the epochs done stay in the session)"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const BiasModelEntry *e = m_models->find(m_shown);
        if (m_jobs && e && e->state == BiasModelEntry::State::Training)
            m_jobs->cancel(e->jobId);
    });

    auto *form = new QGroupBox(tr("New model"), this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(m_panel);
    formLayout->addStretch(1);
    form->setMaximumWidth(340);

    auto *curvesBox = new QWidget(this);
    auto *curvesTop = new QHBoxLayout;
    curvesTop->addWidget(m_status, 1);
    curvesTop->addWidget(new PlotExportButton(m_curves, QStringLiteral("bias-training"),
                                              curvesBox));
    auto *curvesLayout = new QVBoxLayout(curvesBox);
    curvesLayout->setContentsMargins(0, 0, 0, 0);
    curvesLayout->addLayout(curvesTop);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    curvesLayout->addLayout(progressRow);
    curvesLayout->addWidget(m_curves, 1);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto *exportList = new QPushButton(tr("Export CSV…"), listBox);
    exportList->setToolTip(tr("Save the list of models as a CSV file"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(exportList);
    listLayout->addLayout(listButtons);
    connect(exportList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Models"), QStringLiteral("bias-models.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (path.isEmpty())
            return;
        if (writeTableCsv(m_models, path, &error))
            Q_EMIT exported(path);
        else
            Q_EMIT exportFailed(tr("Could not write %1: %2").arg(path, error));
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(listBox);
    right->addWidget(curvesBox);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(right, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showEntry(m_models->data(current, BiasModelList::IdRole).toInt());
            });
    connect(m_models, &BiasModelList::entryChanged, this, [this](int id) {
        if (id == m_shown) {
            describe();
            showProgress();
        }
    });
    describe();
}

void BiasModelsView::attachJobs(JobController *jobs)
{
    m_jobs = jobs;
    connect(jobs->model(), &QAbstractItemModel::dataChanged, this, &BiasModelsView::showProgress);
    connect(jobs->model(), &QAbstractItemModel::rowsInserted, this, &BiasModelsView::showProgress);
    showProgress();
}

void BiasModelsView::showProgress()
{
    const BiasModelEntry *e = m_models->find(m_shown);
    const JobsModel *jobs = m_jobs ? m_jobs->model() : nullptr;
    const int row = jobs && e && e->state == BiasModelEntry::State::Training
                        ? jobs->rowOf(e->jobId)
                        : -1;
    const bool running = row >= 0 && JobsModel::isActive(jobs->at(row).state);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (!running)
        return;
    const JobRow &job = jobs->at(row);
    m_progress->setValue(qRound(job.fraction * 1000.0));
    const QString percent = QLocale().toString(job.fraction * 100.0, 'f', 0);
    m_progress->setFormat(job.etaSeconds >= 0
                              ? tr("%1 % · %2 left").arg(percent,
                                                         JobsModel::formatDuration(job.etaSeconds))
                              : tr("%1 %").arg(percent));
    m_cancel->setEnabled(job.state == JobState::Running);
}

void BiasModelsView::showEntry(int id)
{
    m_shown = id;
    const BiasModelEntry *e = m_models->find(id);
    m_curves->setEpochs(e ? e->epochs : std::vector<EpochPoint>());
    showProgress();
    const int row = m_models->rowOf(id);
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_models->index(row, 0));
    describe();
}

void BiasModelsView::addEpoch(int id, const EpochPoint &point)
{
    if (id == m_shown)
        m_curves->addEpoch(point);
}

void BiasModelsView::describe()
{
    const BiasModelEntry *e = m_models->find(m_shown);
    if (!e) {
        m_status->setText(tr("Train a model, or load embeddings, to measure their bias."));
        return;
    }
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b> — %2").arg(e->name.toHtmlEscaped(),
                                                        BiasModelList::stateText(e->state));
    if (!e->epochs.empty()) {
        const EpochPoint &last = e->epochs.back();
        text += tr(" · epoch %1").arg(last.epoch);
        if (e->plannedEpochs > 0)
            text += tr(" of %1").arg(e->plannedEpochs);
        text += tr(" · loss %1").arg(locale.toString(last.loss, 'g', 4));
        const double mrr = e->lastValidMrr();
        if (mrr >= 0)
            text += tr(" · validation MRR %1").arg(locale.toString(mrr, 'f', 3));
    }
    if (!e->detail.isEmpty())
        text += QStringLiteral("<br>") + e->detail.toHtmlEscaped();
    m_status->setText(text);
}

} // namespace eg
