#include "plots/trainingcurveplot.h"

#include <algorithm>

namespace eg {

TrainingCurvePlot::TrainingCurvePlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_loss(addSeries(tr("Loss")))
    , m_mrr(addSeries(tr("Validation MRR")))
{
    m_mrr->setValueAxis(yAxis2);
    m_mrr->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    yAxis2->setVisible(true);
    yAxis2->setRange(0, 1);
    xAxis->setLabel(tr("Epoch"));
    yAxis->setLabel(tr("Loss (mean per positive)"));
    yAxis2->setLabel(tr("Validation MRR (filtered)"));
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1.0);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(epochs);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    applyPalette(this, palette()); // the right axis exists now
}

void TrainingCurvePlot::setEpochs(const std::vector<EpochPoint> &epochs)
{
    m_loss->data()->clear();
    m_mrr->data()->clear();
    for (const EpochPoint &p : epochs) {
        m_loss->addData(p.epoch, p.loss);
        if (p.hasValid)
            m_mrr->addData(p.epoch, p.validMrr);
    }
    rescale();
}

void TrainingCurvePlot::addEpoch(const EpochPoint &point)
{
    m_loss->addData(point.epoch, point.loss);
    if (point.hasValid)
        m_mrr->addData(point.epoch, point.validMrr);
    rescale();
}

void TrainingCurvePlot::rescale()
{
    bool found = false;
    const QCPRange keys = m_loss->getKeyRange(found);
    xAxis->setRange(0, found ? std::max(1.0, keys.upper) + 0.5 : 1.0);
    const QCPRange loss = m_loss->getValueRange(found);
    yAxis->setRange(0, found && loss.upper > 0 ? loss.upper * 1.1 : 1.0);
    const QCPRange mrr = m_mrr->getValueRange(found);
    yAxis2->setRange(0, found ? std::min(1.0, std::max(0.1, mrr.upper * 1.15)) : 1.0);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace eg
