#include "pages/bias/biasplotsview.h"

#include "models/biastablemodel.h"
#include "pages/bias/biasanalysis.h"
#include "pages/bias/biasmethods.h"
#include "pages/bias/sweepjob.h"
#include "plots/divergingbarplot.h"
#include "plots/labelledscatterplot.h"
#include "plots/paireddotplot.h"
#include "plots/plotexportbutton.h"
#include "plots/tradeoffplot.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>
#include <unordered_map>

namespace eg {

namespace {

// Bars per side at most, so the category labels stay readable.
constexpr int kMaxBars = 10;

} // namespace

BiasPlotsView::BiasPlotsView(QWidget *parent)
    : QWidget(parent)
    , m_bars(new DivergingBarPlot(this))
    , m_scatter(new LabelledScatterPlot(this))
    , m_paired(new PairedDotPlot(this))
    , m_tradeoff(new TradeoffPlot(this))
    , m_pairedStack(new QStackedWidget(this))
    , m_pairedMessage(new QLabel(this))
    , m_sweepWeights(new QLineEdit(this))
    , m_sweepButton(new QPushButton(tr("Run &Sweep"), this))
{
    m_pairedMessage->setAlignment(Qt::AlignCenter);
    m_pairedMessage->setWordWrap(true);
    m_pairedMessage->setText(tr("Choose a second model in “Compare with” to see how each "
                                "profession's B_p moves between the two."));
    m_pairedStack->addWidget(m_pairedMessage);
    m_pairedStack->addWidget(m_paired);
    m_tradeoff->xAxis->setLabel(tr("Difference in scores (score units)"));
    m_tradeoff->yAxis->setLabel(tr("Validation MRR (filtered)"));
    m_tradeoff->setUnavailable(
        tr("Run Sweep trains one KL model per weight with the settings of the Models form\n"
           "(KL + Attr when chosen there) and draws each weight's point as it arrives."));

    auto *grid = new QGridLayout(this);
    grid->addWidget(frame(tr("Top ±k B_p"), m_bars, QStringLiteral("bias-bars")), 0, 0);
    grid->addWidget(frame(tr("B_p against the data"), m_scatter, QStringLiteral("bias-scatter")),
                    0, 1);
    grid->addWidget(frame(tr("Two models per profession"), m_paired,
                          QStringLiteral("bias-paired"), m_pairedStack),
                    1, 0);
    grid->addWidget(frame(tr("Quality against bias"), m_tradeoff,
                          QStringLiteral("bias-tradeoff"), nullptr, sweepTools()),
                    1, 1);
}

QWidget *BiasPlotsView::sweepTools()
{
    auto *tools = new QWidget(this);
    auto *label = new QLabel(tr("KL &weights:"), tools);
    label->setBuddy(m_sweepWeights);
    setSweepWeights({0.0, 0.1, 1.0, 10.0});
    m_sweepWeights->setToolTip(tr("Factors on the default KL weights (gender 1, the other "
                                  "sensitive relations 100), one model each"));
    m_sweepWeights->setMinimumWidth(m_sweepWeights->fontMetrics().horizontalAdvance(
        QStringLiteral("0; 0.1; 1; 10; 100  ")));
    m_sweepButton->setToolTip(tr("Train a model for each weight as one job and plot its "
                                 "validation MRR against the remaining bias"));
    auto *layout = new QHBoxLayout(tools);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_sweepWeights);
    layout->addWidget(m_sweepButton);
    const auto check = [this] {
        m_sweepButton->setEnabled(!sweepWeights().empty() && !(m_sweep && m_sweep->isRunning()));
    };
    connect(m_sweepWeights, &QLineEdit::textChanged, this, check);
    connect(m_sweepButton, &QPushButton::clicked, this, [this] {
        const std::vector<double> weights = sweepWeights();
        if (!weights.empty())
            Q_EMIT sweepRequested(weights);
    });
    return tools;
}

std::vector<double> BiasPlotsView::sweepWeights() const
{
    const QLocale locale;
    const QString separators = locale.decimalPoint() == QStringLiteral(",")
                                   ? QStringLiteral("[;\\s]+")
                                   : QStringLiteral("[;,\\s]+");
    std::vector<double> weights;
    for (const QString &item :
         m_sweepWeights->text().split(QRegularExpression(separators), Qt::SkipEmptyParts)) {
        bool ok = false;
        double w = locale.toDouble(item, &ok);
        if (!ok)
            w = QLocale::c().toDouble(item, &ok);
        if (!ok || !std::isfinite(w) || w < 0)
            return {};
        weights.push_back(w);
    }
    return weights;
}

void BiasPlotsView::setSweepWeights(const std::vector<double> &weights)
{
    const QLocale locale;
    QStringList items;
    for (double w : weights)
        items << locale.toString(w, 'g', 6);
    m_sweepWeights->setText(items.join(QStringLiteral("; ")));
}

QWidget *BiasPlotsView::frame(const QString &title, QCustomPlot *plot, const QString &baseName,
                              QWidget *content, QWidget *tools)
{
    auto *box = new QWidget(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    auto *button = new PlotExportButton(plot, baseName, box);
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    if (tools)
        top->addWidget(tools);
    top->addWidget(button);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(content ? content : plot, 1);
    plot->setMinimumSize(200, 150);
    return box;
}

void BiasPlotsView::setInput(const Input &input)
{
    const QString unit = tr("B_p (score change, α = %1)")
                             .arg(QLocale().toString(double(input.settings.alpha), 'g', 3));
    m_bars->setValueLabel(unit);
    m_scatter->yAxis->setLabel(unit);
    m_scatter->xAxis->setLabel(tr("Data skew: log ratio towards %1").arg(input.valueA));
    m_paired->setValueLabel(unit);
    if (!input.result) {
        m_bars->clearBars();
        m_scatter->setPoints({});
        m_scatter->setNote({});
        m_paired->setItems({}, {}, {});
        m_pairedStack->setCurrentWidget(m_pairedMessage);
        return;
    }
    const ProfessionBiasResult &r = *input.result;
    const int k = qMin(input.settings.topK, kMaxBars);
    const auto label = [&input](qint32 entity) { return input.graph->entityLabel(entity); };
    std::vector<BarItem> positive, negative;
    std::vector<qint32> shown;
    for (bool towardsA : {true, false}) {
        for (qint32 at : BiasTableModel::sideOrder(r, towardsA, input.settings.minCount, k)) {
            const ProfessionBias &row = r.rows[size_t(at)];
            (towardsA ? positive : negative).push_back({label(row.profession), row.bias});
            shown.push_back(row.profession);
        }
    }
    m_bars->setBars(positive, negative, tr("towards %1").arg(input.valueA),
                    tr("towards %1").arg(input.valueB));

    std::vector<ScatterItem> points;
    for (const ProfessionBias &row : r.rows) {
        if (row.countA + row.countB >= input.settings.minCount)
            points.push_back({row.dataLogRatio, row.bias, label(row.profession)});
    }
    m_scatter->setPoints(std::move(points));
    const double rho = BiasAnalysis::spearmanAt(r, input.settings.minCount);
    m_scatter->setNote(std::isnan(rho) ? tr("Spearman ρ: n/a")
                                       : tr("Spearman ρ = %1 (%2 professions)")
                                             .arg(QLocale().toString(rho, 'f', 2))
                                             .arg(m_scatter->pointCount()));
    fillPaired(input, shown);
}

void BiasPlotsView::fillPaired(const Input &input, const std::vector<qint32> &professions)
{
    if (!input.comparison) {
        m_paired->setItems({}, {}, {});
        m_pairedStack->setCurrentWidget(m_pairedMessage);
        return;
    }
    std::unordered_map<qint32, double> other;
    for (const ProfessionBias &row : input.comparison->rows)
        other[row.profession] = row.bias;
    std::unordered_map<qint32, double> own;
    for (const ProfessionBias &row : input.result->rows)
        own[row.profession] = row.bias;
    std::vector<PairedItem> items;
    for (qint32 p : professions) {
        const auto found = other.find(p);
        if (found != other.end())
            items.push_back({input.graph->entityLabel(p), own[p], found->second});
    }
    m_paired->setItems(items, input.modelName, input.comparisonName);
    m_pairedStack->setCurrentWidget(m_paired);
}

void BiasPlotsView::attachSweep(SweepJob *sweep)
{
    m_sweep = sweep;
    connect(sweep, &SweepJob::pointReady, this, [this](const SweepPoint &p) {
        m_tradeoff->addPoint({p.weight, p.bias, p.mrr});
    });
    connect(sweep, &SweepJob::started, this, [this] { m_sweepButton->setEnabled(false); });
    connect(sweep, &SweepJob::ended, this,
            [this] { m_sweepButton->setEnabled(!sweepWeights().empty()); });
}

bool BiasPlotsView::pairedShown() const
{
    return m_pairedStack->currentWidget() == m_paired;
}

} // namespace eg
