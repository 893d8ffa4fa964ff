#include "plots/losscurveplot.h"

#include <algorithm>

namespace eg {

LossCurvePlot::LossCurvePlot(QWidget *parent)
    : ThemedPlot(parent)
{
    setObjectName(QStringLiteral("lossCurvePlot"));
    xAxis->setLabel(tr("Epoch"));
    yAxis->setLabel(tr("Training loss (mean over the epoch's batches)"));
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1.0);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(epochs);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
}

void LossCurvePlot::addPoint(const QString &run, int epoch, double loss)
{
    auto it = m_runs.find(run);
    if (it == m_runs.end()) {
        QCPGraph *g = addSeries(run);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        it = m_runs.emplace(run, g).first;
    }
    it->second->addData(epoch, loss);
    rescale();
}

void LossCurvePlot::clearRuns()
{
    clearGraphs();
    m_runs.clear();
    rescale();
}

int LossCurvePlot::pointCount(const QString &run) const
{
    const auto it = m_runs.find(run);
    return it == m_runs.end() ? 0 : it->second->dataCount();
}

void LossCurvePlot::rescale()
{
    double lastEpoch = 1.0, top = 0.0;
    for (const auto &[name, g] : m_runs) {
        bool found = false;
        const QCPRange keys = g->getKeyRange(found);
        if (found)
            lastEpoch = std::max(lastEpoch, keys.upper);
        const QCPRange values = g->getValueRange(found);
        if (found)
            top = std::max(top, values.upper);
    }
    xAxis->setRange(0.5, lastEpoch + 0.5);
    yAxis->setRange(0, top > 0 ? top * 1.1 : 1.0);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace eg
