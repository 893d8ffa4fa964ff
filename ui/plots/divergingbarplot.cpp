#include "plots/divergingbarplot.h"

#include "theme.h"

#include <algorithm>
#include <cmath>

namespace eg {

DivergingBarPlot::DivergingBarPlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_positive(new QCPBars(yAxis, xAxis))
    , m_negative(new QCPBars(yAxis, xAxis))
    , m_ticker(new QCPAxisTickerText)
{
    yAxis->setTicker(m_ticker);
    yAxis->grid()->setVisible(false);
    yAxis->setSubTicks(false);
    yAxis->setTickLength(0, 2);
    QFont labels = font();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    yAxis->setTickLabelFont(labels);
    for (QCPBars *bars : {m_positive, m_negative})
        bars->setWidth(0.7);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    colourBars();
}

void DivergingBarPlot::colourBars()
{
    const QColor colours[2] = {theme::seriesColor(palette(), 0), theme::seriesColor(palette(), 1)};
    QCPBars *bars[2] = {m_positive, m_negative};
    for (int i = 0; i < 2; ++i) {
        QColor fill = colours[i];
        fill.setAlpha(200);
        bars[i]->setPen(QPen(colours[i]));
        bars[i]->setBrush(fill);
    }
}

void DivergingBarPlot::changeEvent(QEvent *event)
{
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourBars();
}

void DivergingBarPlot::setValueLabel(const QString &label)
{
    xAxis->setLabel(label);
}

void DivergingBarPlot::clearBars()
{
    setBars({}, {}, m_positive->name(), m_negative->name());
}

void DivergingBarPlot::setBars(const std::vector<BarItem> &positive,
                               const std::vector<BarItem> &negative,
                               const QString &positiveName, const QString &negativeName)
{
    // Category n at the top, 1 at the bottom: the positive items from the top down, then the
    // negative ones upwards from the bottom, so the most negative is the last bar.
    const int n = int(positive.size() + negative.size());
    m_count = n;
    m_ticker->clear();
    QVector<double> pk, pv, nk, nv;
    double extent = 0.0;
    for (int i = 0; i < n; ++i) {
        const bool isPositive = i < int(positive.size());
        const BarItem &item = isPositive ? positive[size_t(i)] : negative[size_t(n - 1 - i)];
        const double key = n - i;
        m_ticker->addTick(key, item.label);
        (isPositive ? pk : nk).push_back(key);
        (isPositive ? pv : nv).push_back(item.value);
        extent = std::max(extent, std::abs(item.value));
    }
    m_positive->setData(pk, pv);
    m_negative->setData(nk, nv);
    m_positive->setName(positiveName);
    m_negative->setName(negativeName);
    yAxis->setRange(0.3, n + 0.7);
    if (extent <= 0.0)
        extent = 1.0;
    xAxis->setRange(-extent * 1.08, extent * 1.08);
    replot(QCustomPlot::rpQueuedReplot);
}

QStringList DivergingBarPlot::labels() const
{
    QStringList out;
    const QMap<double, QString> &ticks = m_ticker->ticks();
    for (auto it = ticks.constEnd(); it != ticks.constBegin();) {
        --it;
        out.push_back(it.value());
    }
    return out;
}

} // namespace eg
