#include "pages/bias/biasmeasuresview.h"

#include "jobcontroller.h"
#include "debias/whitelist.h"
#include "pages/bias/tablecsv.h"
#include "plots/groupedbarplot.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace eg {

BiasMeasuresView::BiasMeasuresView(JobController *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_model(new BiasMeasuresModel(this))
    , m_table(new QTableView(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_differences(new GroupedBarPlot(this))
    , m_gaps(new GroupedBarPlot(this)) {
    m_differences->setTitle(tr("Difference in scores"));
    m_differences->setValueLabel(tr("true value − mean of the others (score units)"));
    m_gaps->setTitle(tr("Probe gap"));
    m_gaps->setValueLabel(tr("accuracy − most frequent class"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    header->setStretchLastSection(false);
    // The frame hugs the rows and columns; the reading aid sits right under the last row.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // a handful of rows
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setText(tr("A probe gap below the graph facts’ gap means the embedding tells the "
                       "attribute less well than the facts it is trained on; a difference in "
                       "scores near 0 means the model prefers no value."));
    m_export->setToolTip(tr("Save the measures as a CSV table"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &BiasMeasuresView::exportDialog);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_note, 1);
    bottom->addWidget(m_export, 0, Qt::AlignTop);
    // Under the table, what people would rather look at: the two kinds of measure as bars.
    auto *plots = new QHBoxLayout;
    plots->addWidget(m_differences, 3);
    plots->addWidget(m_gaps, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addLayout(bottom);
    layout->addLayout(plots, 1);

    connect(m_jobs, &JobController::jobEnded, this, [this](int id, JobState state) {
        if (id != m_jobId)
            return;
        m_jobId = -1;
        if (state == JobState::Cancelled || state == JobState::Failed) {
            m_cancelled = true;
            update();
            m_status->setText(state == JobState::Cancelled
                                  ? tr("Cancelled. Choose another model or show the tab again "
                                       "to compute the measures.")
                                  : tr("The measures could not be computed (see Jobs)."));
        }
    });
}

BiasMeasuresView::~BiasMeasuresView() {
    cancelJob();
}

void BiasMeasuresView::setSelection(const BiasModelEntry *current, const BiasModelEntry *compare,
                                    const BiasSettings &settings) {
    const auto choose = [](const BiasModelEntry *e) {
        return e && e->isReady() ? Chosen{e->id, e->name, e->model, e->graph, e->whitelistPath}
                                 : Chosen{};
    };
    Chosen c = choose(current), o = choose(compare);
    if (!c.model || (o.model && o.graph != c.graph))
        o = {}; // measured with the current graph's relations: same data set only
    const bool changed = c.id != m_current.id || o.id != m_compare.id ||
                         settings.sensitiveRelation != m_settings.sensitiveRelation ||
                         settings.form != m_settings.form;
    m_current = std::move(c);
    m_compare = std::move(o);
    m_settings = settings;
    if (changed)
        m_cancelled = false;
    update();
}

void BiasMeasuresView::clear(const QString &message) {
    setSelection(nullptr, nullptr, {});
    m_status->setText(message);
}

void BiasMeasuresView::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        m_cancelled = false; // showing the tab again asks anew
    update();
}

QString BiasMeasuresView::note() const {
    return m_note->text();
}

QString BiasMeasuresView::statusText() const {
    return m_status->text();
}

BiasMeasuresView::ModelKey BiasMeasuresView::key(const Chosen &chosen) const {
    return {chosen.id, int(m_settings.form), m_settings.sensitiveRelation};
}

std::shared_ptr<const BiasModelMeasures> BiasMeasuresView::cached(const Chosen &chosen) const {
    const auto found = m_cache.find(key(chosen));
    return found == m_cache.end() ? nullptr : found->second;
}

QString BiasMeasuresView::factWhitelist() const {
    return m_current.whitelist.isEmpty() ? m_compare.whitelist : m_current.whitelist;
}

BiasMeasuresView::FactKey BiasMeasuresView::factKey() const {
    return {m_current.graph.get(), m_settings.sensitiveRelation, factWhitelist()};
}

std::shared_ptr<const BiasFactMeasures> BiasMeasuresView::cachedFacts() const {
    const auto found = m_factCache.find(factKey());
    return found == m_factCache.end() ? nullptr : found->second.second;
}

void BiasMeasuresView::updatePlots(const BiasMeasuresModel::Table &t) {
    const double none = kNoValue;
    QStringList relations;
    for (const BiasMeasuresSpec::Relation &r : t.spec.relations)
        relations << r.name;
    std::vector<GroupedBarPlot::Series> differences, gaps;
    const BiasMeasuresModel::Side *sides[2] = {&t.current, &t.compare};
    for (int i = 0; i < 2; ++i) {
        const BiasMeasuresModel::Side &side = *sides[i];
        if (side.name.isEmpty())
            continue;
        std::vector<double> values(size_t(relations.size()), none);
        if (side.measures)
            for (size_t r = 0; r < values.size() && r < side.measures->scoreDifference.size(); ++r)
                values[r] = side.measures->scoreDifference[r];
        differences.push_back({side.name, values, i});
        gaps.push_back({side.name, {side.measures ? side.measures->probeGap() : none}, i});
    }
    gaps.push_back({tr("graph facts alone"), {t.facts ? t.facts->gap() : none}, 2});
    m_differences->setBars(relations, differences);
    if (t.spec.probed.relation >= 0)
        m_gaps->setBars({t.spec.probed.name}, gaps);
    else
        m_gaps->clearBars();
}

void BiasMeasuresView::update() {
    if (!m_current.model) {
        cancelJob();
        m_model->clear();
        m_differences->clearBars();
        m_gaps->clearBars();
        m_export->setEnabled(false);
        m_status->clear();
        return;
    }
    BiasMeasuresModel::Table t;
    t.spec =
        BiasMeasuresSpec::forGraph(*m_current.graph, m_settings.sensitiveRelation, m_settings.form);
    t.current = {m_current.name, false, cached(m_current)};
    t.compare = {m_compare.name, false, m_compare.model ? cached(m_compare) : nullptr};
    t.facts = t.spec.probed.relation >= 0 ? cachedFacts() : nullptr;
    // What is missing, as a signature: a running job computing exactly this is left alone.
    QStringList missing;
    if (!t.current.measures)
        missing << QStringLiteral("m%1").arg(m_current.id);
    if (m_compare.model && !t.compare.measures)
        missing << QStringLiteral("c%1").arg(m_compare.id);
    if (t.spec.probed.relation >= 0 && !t.facts)
        missing << QStringLiteral("f");
    const QString signature = missing.isEmpty() ? QString()
                                                : QStringLiteral("%1|%2|%3")
                                                      .arg(missing.join(QLatin1Char(',')))
                                                      .arg(int(m_settings.form))
                                                      .arg(m_settings.sensitiveRelation);
    const bool computing = !missing.isEmpty() && m_active && !m_cancelled;
    if (!computing || signature != m_runSignature)
        cancelJob();
    t.current.computing = computing && !t.current.measures;
    t.compare.computing = computing && m_compare.model && !t.compare.measures;
    t.factsComputing = computing && !t.facts;
    m_model->setTable(t);
    updatePlots(t);
    // The graph facts hold for every model of the data set: one cell over both model columns.
    m_table->clearSpans();
    for (BiasMeasuresModel::Kind k :
         {BiasMeasuresModel::FactAccuracy, BiasMeasuresModel::FactGap}) {
        if (const int row = m_model->rowOf(k); row >= 0)
            m_table->setSpan(row, BiasMeasuresModel::CurrentColumn, 1, 2);
    }
    m_export->setEnabled(m_model->rowCount() > 0);
    if (computing) {
        m_status->setText(tr("Computing the measures of %1…").arg(m_current.name));
        if (m_jobId < 0)
            start();
    } else if (!m_cancelled) {
        m_status->setText(
            tr("Sensitive relations of %1; probe on %2, mean over %3 held-out splits.")
                .arg(m_current.graph->source.isEmpty() ? tr("the data set")
                                                       : m_current.graph->source,
                     t.spec.probed.name)
                .arg(t.spec.seeds) +
            (factWhitelist().isEmpty()
                 ? QString()
                 : QLatin1Char(' ') + tr("Graph facts without the triples of the whitelist %1.")
                                          .arg(QFileInfo(factWhitelist()).fileName())));
    }
    if (missing.isEmpty())
        Q_EMIT updated();
    m_runSignature = m_jobId >= 0 ? signature : QString();
}

void BiasMeasuresView::start() {
    const BiasMeasuresSpec spec =
        BiasMeasuresSpec::forGraph(*m_current.graph, m_settings.sensitiveRelation, m_settings.form);
    std::shared_ptr<const Model> current = cached(m_current) ? nullptr : m_current.model;
    std::shared_ptr<const Model> compare =
        m_compare.model && !cached(m_compare) ? m_compare.model : nullptr;
    const bool facts = spec.probed.relation >= 0 && !cachedFacts();
    std::shared_ptr<const Graph> graph = m_current.graph;
    const QString whitelistPath = facts ? factWhitelist() : QString();
    auto work = [spec, current, compare, facts, graph, whitelistPath](const ProgressFn &progress) {
        const int n = (current ? 1 : 0) + (compare ? 1 : 0) + (facts ? 1 : 0);
        int at = 0;
        const auto stage = [&progress, &at, n](qint64 done, qint64 total) {
            const qint64 part =
                total > 0 ? qBound(qint64(0), done * 1000 / total, qint64(1000)) : 0;
            return progress(qint64(at) * 1000 + part, qint64(n) * 1000);
        };
        Result r;
        if (current) {
            r.current = std::make_shared<BiasModelMeasures>(
                BiasMeasures::measure(*current, *graph, spec, stage));
            ++at;
        }
        if (compare) {
            r.compare = std::make_shared<BiasModelMeasures>(
                BiasMeasures::measure(*compare, *graph, spec, stage));
            ++at;
        }
        if (facts) {
            // The whitelisted triples may use the attribute: they are no facts here either.
            std::function<bool(const Triple &)> excluded;
            if (!whitelistPath.isEmpty()) {
                auto resolved = std::make_shared<const ResolvedWhitelist>(
                    resolveWhitelist(readWhitelist(whitelistPath), *graph));
                excluded = [resolved](const Triple &x) { return resolved->allows(x); };
            }
            r.facts = std::make_shared<BiasFactMeasures>(
                BiasMeasures::measureFacts(*graph, spec, stage, excluded));
        }
        return r;
    };
    const ModelKey currentKey = key(m_current), compareKey = key(m_compare);
    const FactKey factKey = this->factKey();
    const int generation = ++m_generation;
    m_future = runAsync<Result>(std::move(work));
    const QPointer<BiasMeasuresView> self(this);
    const QFuture<Result> future = m_future;
    m_jobId = m_jobs->start<Result>(
        tr("Bias measures of %1").arg(m_current.name), future,
        [self, future, generation, currentKey, compareKey, factKey, graph](const Result &r) {
            if (future.isCanceled() || !self || generation != self->m_generation)
                return;
            if (r.current)
                self->m_cache[currentKey] = r.current;
            if (r.compare)
                self->m_cache[compareKey] = r.compare;
            if (r.facts)
                self->m_factCache[factKey] = {graph, r.facts};
            self->m_jobId = -1;
            self->m_runSignature.clear();
            self->update();
        });
}

void BiasMeasuresView::cancelJob() {
    if (m_jobId < 0)
        return;
    ++m_generation; // whatever it still delivers is dropped
    const int id = m_jobId;
    m_jobId = -1;
    m_runSignature.clear();
    m_jobs->cancel(id);
}

bool BiasMeasuresView::exportCsv(const QString &path, QString *error) {
    if (m_model->rowCount() == 0) {
        if (error)
            *error = tr("There are no measures to export.");
        return false;
    }
    return writeTableCsv(m_model, path, error);
}

void BiasMeasuresView::exportDialog() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Table"), QStringLiteral("bias-measures.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        Q_EMIT exported(path);
    else
        Q_EMIT exportFailed(tr("Could not write %1: %2").arg(path, error));
}

} // namespace eg
