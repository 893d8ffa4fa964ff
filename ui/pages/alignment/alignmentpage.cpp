#include "pages/alignment/alignmentpage.h"

#include "common/error.h"
#include "jobcontroller.h"
#include "models/candidatemodel.h"
#include "models/decisionmodel.h"
#include "pages/alignment/decisionio.h"
#include "pages/alignment/reviewcontroller.h"
#include "pages/alignment/thresholdpanel.h"
#include "store/decisions.h"
#include "store/runs.h"
#include "widgets/neighbourhoodview.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>

namespace eg {

AlignmentPage::AlignmentPage(Workspace *workspace, JobController *jobs, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_jobs(jobs)
    , m_model(new CandidateModel(this))
    , m_trail(new DecisionModel(this))
    , m_review(new ReviewController(workspace, m_model, this))
    , m_threshold(new ThresholdPanel(this)) {
    buildLayout();
    buildShortcuts();
    m_threshold->setCandidates(&m_model->rows());

    connect(m_trainDemo, &QPushButton::clicked, this, [this] { train({}, barOptions()); });
    connect(m_trainFolder, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("DBP15K or OpenEA folder"));
        if (!folder.isEmpty())
            train(folder, barOptions());
    });
    connect(m_cancel, &QPushButton::clicked, this, &AlignmentPage::cancelTraining);
    connect(m_runs, &QComboBox::activated, this,
            [this](int index) { reload(m_runs->itemData(index).toLongLong()); });
    connect(m_order, &QComboBox::activated, this,
            [this](int index) { setOrder(m_order->itemData(index).toInt()); });
    connect(m_blind, &QCheckBox::toggled, this, &AlignmentPage::setBlind);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showCandidate(m_model->data(current, CandidateModel::IdRole).toLongLong());
            });
    connect(m_model, &CandidateModel::countsChanged, this, &AlignmentPage::updateCounts);
    connect(m_review, &ReviewController::decided, this, &AlignmentPage::onDecided);
    connect(m_review, &ReviewController::failed, this,
            [this](const QString &text) { report(true, text); });
    connect(m_threshold, &ThresholdPanel::bulkApproveRequested, this, [this](double t) {
        const int n = m_review->bulkApprove(t, m_why->text());
        if (n > 0)
            report(false,
                   tr("Approved %n pair(s) with score ≥ %1 (Ctrl+Z takes them back).", nullptr, n)
                       .arg(t, 0, 'f', 2));
    });
    connect(m_jobs, &JobController::jobEnded, this, [this](int id, JobState state) {
        if (id != m_jobId)
            return;
        m_jobId = -1;
        m_trainDemo->setEnabled(true);
        m_trainFolder->setEnabled(true);
        m_cancel->setEnabled(false);
        if (state == JobState::Cancelled)
            report(false, tr("Alignment training cancelled."));
        else if (state == JobState::Failed)
            report(true, tr("Scoring failed: the training job ended with an error (see the "
                            "jobs and log panels)."));
        Q_EMIT trainingEnded(state == JobState::Finished);
    });
    connect(m_workspace, &Workspace::sessionChanged, this, [this] { reload(); });
    reload();
}

AlignmentPage::~AlignmentPage() = default;

AlignRunOptions AlignmentPage::defaultOptions() {
    AlignRunOptions options;
    options.train.epochs = 20;
    return options;
}

AlignRunOptions AlignmentPage::barOptions() const {
    AlignRunOptions options = defaultOptions();
    options.train.epochs = m_epochs->value();
    options.train.seed = quint64(m_seed->value());
    options.train.attention.cross = m_cross->isChecked();
    options.train.attention.self = m_self->isChecked();
    return options;
}

int AlignmentPage::train(const QString &folder, const AlignRunOptions &given) {
    if (m_jobId >= 0)
        return -1;
    const AlignRunOptions options = given;
    const QString label =
        folder.isEmpty()
            ? tr("align demo views (seed %1)").arg(options.train.seed)
            : tr("align %1 (seed %2)").arg(QDir(folder).dirName()).arg(options.train.seed);
    using Result = std::shared_ptr<const AlignRunResult>;
    auto data = std::make_shared<std::shared_ptr<const AlignmentData>>();
    m_jobId = m_jobs->run<Result>(
        label,
        [folder, options, data](const ProgressFn &progress) -> Result {
            const auto load = [&](const ProgressFn &p) {
                return folder.isEmpty() ? loadDemoAlignment(p) : loadAlignmentData(folder, {}, p);
            };
            *data = std::make_shared<const AlignmentData>(
                load([&](qint64 d, qint64 t) { return progress(t > 0 ? d * 50 / t : 0, 1000); }));
            return std::make_shared<const AlignRunResult>(
                runAlignment(**data, options, [&](qint64 d, qint64 t) {
                    return progress(50 + (t > 0 ? d * 950 / t : 0), 1000);
                }));
        },
        [this, options, label, data](const Result &result) {
            m_data = *data;
            onTrained(result, options, label);
        });
    m_trainDemo->setEnabled(false);
    m_trainFolder->setEnabled(false);
    m_cancel->setEnabled(true);
    report(false, tr("Training: %1…").arg(label));
    return m_jobId;
}

void AlignmentPage::cancelTraining() {
    if (m_jobId >= 0)
        m_jobs->cancel(m_jobId);
}

bool AlignmentPage::ensureSession() {
    if (m_workspace->hasSession() && !m_workspace->isReadOnly())
        return true;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    const QString path =
        folder +
        QStringLiteral("/alignment-%1.equigraph")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    try {
        m_workspace->setSession(Session::create(path));
    } catch (const Error &error) {
        report(true, error.describe());
        return false;
    }
    report(false, tr("No writable session was open: the review is kept in %1 (File > Save "
                     "Session As to keep it elsewhere).")
                      .arg(QDir::toNativeSeparators(path)));
    return true;
}

void AlignmentPage::onTrained(const std::shared_ptr<const AlignRunResult> &result,
                              const AlignRunOptions &options, const QString &label) {
    if (!ensureSession())
        throw Error(tr("no session to record the alignment in"));
    const qint64 runId =
        recordAlignment(m_workspace->session(), *result, options, label, m_workspace->datasetId());
    m_dataRun = runId;
    m_workspace->notifySessionEdited();
    reload(runId);
    const AlignEvaluation &ev = result->evaluation;
    report(false, tr("%1: Hits@1 %2, MRR %3, PRAUC %4 (refined); %5 candidates to review.")
                      .arg(label)
                      .arg(ev.refined.hits1, 0, 'f', 4)
                      .arg(ev.refined.mrr, 0, 'f', 4)
                      .arg(ev.refinedPr.prauc, 0, 'f', 4)
                      .arg(result->candidates.size()));
}

void AlignmentPage::reload(qint64 runId) {
    const std::vector<store::RunRecord> runs = m_review->alignmentRuns();
    m_runs->clear();
    for (const store::RunRecord &r : runs)
        m_runs->addItem(tr("#%1 %2").arg(r.id).arg(r.label), r.id);
    if (runs.empty()) {
        m_review->unload();
        m_current = -1;
        m_history.clear();
        m_view->clear(m_workspace->hasSession()
                          ? tr("This session has no alignment run yet.\nPress \"Train on demo "
                               "views\" (or pick a DBP15K / OpenEA folder) to propose pairs.")
                          : tr("No session is open.\nPress \"Train on demo views\" to start: a "
                               "session for the review is created."));
        m_trail->setTrail({});
        m_threshold->setCandidates(&m_model->rows());
        updateRunInfo();
        updatePairInfo();
        return;
    }
    const qint64 id = runId > 0 ? runId : runs.front().id;
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(id)));
    m_review->loadRun(id);
    m_threshold->setCandidates(&m_model->rows());
    m_history.clear();
    m_current = -1;
    updateRunInfo();
    if (m_model->rowCount() == 0) {
        m_view->clear(tr("No candidate found: this run proposed no pair to review."));
        updatePairInfo();
        return;
    }
    const int first = m_model->candidate(0).status == store::CandidateStatus::Pending
                          ? 0
                          : std::max(0, m_model->nextPending(0));
    showCandidate(m_model->candidate(first).id);
}

qint64 AlignmentPage::currentRunId() const {
    return m_review->runId();
}

void AlignmentPage::showCandidate(qint64 id) {
    const CandidateRow *row = m_model->byId(id);
    if (!row)
        return;
    if (m_current >= 0 && m_current != id)
        m_history.push_back(m_current);
    m_current = id;
    const int position = m_model->positionOf(id);
    const QModelIndex index = m_model->index(position, CandidateModel::LeftColumn);
    if (m_queue->currentIndex().row() != position) {
        const QSignalBlocker block(m_queue->selectionModel());
        m_queue->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
    m_queue->scrollTo(index);
    m_view->setCandidate(*row);
    m_trail->setTrail(m_workspace->hasSession() ? store::auditTrail(m_workspace->session(), id)
                                                : std::vector<store::DecisionRecord>());
    updatePairInfo();
}

void AlignmentPage::previous() {
    while (!m_history.empty()) {
        const qint64 id = m_history.back();
        m_history.pop_back();
        if (m_model->byId(id)) {
            m_current = -1; // do not push the pair we leave
            showCandidate(id);
            return;
        }
    }
    const int position = m_model->positionOf(m_current);
    if (position > 0) {
        m_current = -1;
        showCandidate(m_model->candidate(position - 1).id);
    }
}

bool AlignmentPage::decideCurrent(int verdict) {
    if (m_current < 0)
        return false;
    const bool ok = m_review->decide(m_current, store::Verdict(verdict), m_why->text());
    if (ok)
        m_why->clear();
    return ok;
}

void AlignmentPage::onDecided(const std::vector<qint64> &ids, int verdict) {
    m_threshold->refresh();
    if (ids.size() == 1 && store::Verdict(verdict) == store::Verdict::Undo) {
        showCandidate(ids.front()); // back to the pair whose decision was taken back
        return;
    }
    if (ids.size() == 1 && ids.front() == m_current) {
        const int next = m_model->nextPending(m_model->positionOf(m_current));
        if (next >= 0) {
            showCandidate(m_model->candidate(next).id);
            return;
        }
        report(false, tr("Every candidate of this run has a decision."));
    }
    if (m_current >= 0)
        showCandidate(m_current); // refresh its audit trail and status
}

void AlignmentPage::updateCounts() {
    const auto c = m_model->statusCounts();
    const qint64 total = m_model->rowCount();
    const QLocale locale;
    m_counts->setText(
        total == 0
            ? tr("No candidates.")
            : tr("Reviewed %1 of %2: %3 approved, %4 rejected, %5 unsure; %6 pending.")
                  .arg(locale.toString(total - c[0]), locale.toString(total), locale.toString(c[1]),
                       locale.toString(c[2]), locale.toString(c[3]), locale.toString(c[0])));
}

QString AlignmentPage::progressText() const {
    return m_counts->text();
}

void AlignmentPage::updatePairInfo() {
    const CandidateRow *row = m_current >= 0 ? m_model->byId(m_current) : nullptr;
    if (!row) {
        m_pairInfo->clear();
        return;
    }
    QString text = tr("<b>%1</b> ↔ <b>%2</b> — %3, candidate %4 of its entity")
                       .arg(row->left.name.toHtmlEscaped(), row->right.name.toHtmlEscaped(),
                            store::candidateStatusName(row->status))
                       .arg(row->rank);
    if (!m_model->isBlind()) {
        text += tr("<br>score %1 · model %2 · name similarity %3")
                    .arg(row->score, 0, 'f', 3)
                    .arg(row->probability, 0, 'f', 3)
                    .arg(row->nameCosine, 0, 'f', 3);
        if (row->hasGold >= 0)
            text += row->hasGold ? tr(" · a reference link") : tr(" · not a reference link");
        if (row->scoresDisagree())
            text += tr("<br>≠ The refined score and the model's own score disagree (%1 against "
                       "%2): look at both neighbourhoods before deciding.")
                        .arg(row->score, 0, 'f', 3)
                        .arg(row->probability, 0, 'f', 3);
    } else {
        text += tr("<br>blind mode: scores hidden");
    }
    m_pairInfo->setText(text);
}

void AlignmentPage::updateRunInfo() {
    if (!m_workspace->hasSession() || m_review->runId() == 0) {
        m_runInfo->setText(tr("No run."));
        m_runInfo->setToolTip(QString());
        return;
    }
    const auto run = store::run(m_workspace->session(), m_review->runId());
    const QJsonObject m = run ? run->finalMetrics : QJsonObject();
    // A small table: the figures of the names alone and of the refined model, one row each.
    const auto row = [](const QStringList &texts, bool head = false) -> QString {
        const QString cell = head ? QStringLiteral("<th align=%1>%2%3</th>")
                                  : QStringLiteral("<td align=%1>%2%3</td>");
        QString html = QStringLiteral("<tr>");
        for (qsizetype i = 0; i < texts.size(); ++i)
            html += cell.arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                             i == 0 ? QString() : QStringLiteral("&nbsp;&nbsp;"),
                             texts[i].toHtmlEscaped());
        html += QStringLiteral("</tr>");
        return html;
    };
    const auto figures = [&m, &row](const QString &name, const char *key) {
        const QJsonObject o = m.value(QLatin1String(key)).toObject();
        QStringList texts{name};
        for (const char *figure : {"hits1", "mrr", "prauc"})
            texts << QString::number(o.value(QLatin1String(figure)).toDouble(), 'f', 3);
        return row(texts);
    };
    m_runInfo->setText(QStringLiteral("<table cellspacing=0 cellpadding=0>%1%2%3</table>")
                           .arg(row({tr("Test links"), QStringLiteral("Hits@1"),
                                     QStringLiteral("MRR"), QStringLiteral("PRAUC")},
                                    true),
                                figures(tr("names only"), "names"),
                                figures(tr("refined model"), "refined")));
    m_runInfo->setToolTip(tr("Run #%1 on the test links of the data set: the entity names alone, "
                             "and the model after its refinement.")
                              .arg(m_review->runId()));
}

void AlignmentPage::setBlind(bool blind) {
    if (m_blind->isChecked() != blind)
        m_blind->setChecked(blind);
    m_model->setBlind(blind);
    m_runInfo->setVisible(!blind);
    updatePairInfo();
}

bool AlignmentPage::isBlind() const {
    return m_model->isBlind();
}

void AlignmentPage::setOrder(int order) {
    m_order->setCurrentIndex(std::max(0, m_order->findData(order)));
    m_model->setOrder(CandidateModel::Order(order));
    if (m_current >= 0) {
        const qint64 id = m_current;
        m_current = -1;
        showCandidate(id);
    }
}

void AlignmentPage::exportMergedGraph(const QString &path) {
    try {
        const bool withData = m_data && m_dataRun == m_review->runId();
        const qint64 links =
            writeMergedGraph(path, m_model->rows(), withData ? m_data.get() : nullptr);
        report(false, withData ? tr("Wrote the merged graph with %1 sameAs links to %2.")
                                     .arg(links)
                                     .arg(QDir::toNativeSeparators(path))
                               : tr("Wrote %1 sameAs links to %2 (the graphs of this run are "
                                    "not loaded: train again to write the merged triples).")
                                     .arg(links)
                                     .arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        report(true, error.describe());
    }
}

void AlignmentPage::exportDecisions(const QString &path) {
    if (!m_workspace->hasSession())
        return report(true, tr("No session is open."));
    try {
        writeDecisionsCsv(path, m_workspace->session(), m_model->rows());
        report(false, tr("Wrote the decisions to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &error) {
        report(true, error.describe());
    }
}

void AlignmentPage::importDecisions(const QString &path) {
    if (!m_workspace->hasSession() || m_workspace->isReadOnly() || m_review->runId() == 0)
        return report(true, tr("Open a writable session with an alignment run first."));
    try {
        const ImportReport r = importDecisionsCsv(path, m_workspace->session(), m_model->rows());
        m_workspace->notifySessionEdited();
        reload(m_review->runId());
        report(false, tr("Imported %1 decisions from %2 (%3 lines for pairs not in this run "
                         "skipped).")
                          .arg(r.applied)
                          .arg(QDir::toNativeSeparators(path))
                          .arg(r.skipped));
    } catch (const Error &error) {
        report(true, error.describe());
    }
}

void AlignmentPage::report(bool error, const QString &text) {
    m_status->setText(text);
    Q_EMIT m_workspace->message(error ? LogLevel::Error : LogLevel::Info, text);
}

} // namespace eg
