#include "plots/paireddotplot.h"

#include "theme.h"

#include <algorithm>
#include <cmath>

namespace eg {

PairedDotPlot::PairedDotPlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_a(addGraph(yAxis, xAxis))
    , m_b(addGraph(yAxis, xAxis))
    , m_ticker(new QCPAxisTickerText)
{
    yAxis->setTicker(m_ticker);
    yAxis->grid()->setVisible(false);
    yAxis->setSubTicks(false);
    yAxis->setTickLength(0, 2);
    QFont labels = font();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    yAxis->setTickLabelFont(labels);
    for (QCPGraph *g : {m_a, m_b})
        g->setLineStyle(QCPGraph::lsNone);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    styleSeries();
}

void PairedDotPlot::styleSeries()
{
    QCPGraph *graphs[2] = {m_a, m_b};
    for (int i = 0; i < 2; ++i) {
        const QColor colour = theme::seriesColor(palette(), i);
        graphs[i]->setPen(QPen(colour));
        graphs[i]->setScatterStyle(
            QCPScatterStyle(i == 0 ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssSquare, colour,
                            colour, 7));
    }
    QColor link = palette().color(QPalette::Text);
    link.setAlpha(110);
    for (QCPItemLine *line : m_links)
        line->setPen(QPen(link, 1.5));
}

void PairedDotPlot::changeEvent(QEvent *event)
{
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleSeries();
}

void PairedDotPlot::setValueLabel(const QString &label)
{
    xAxis->setLabel(label);
}

void PairedDotPlot::setItems(const std::vector<PairedItem> &items, const QString &nameA,
                             const QString &nameB)
{
    for (QCPItemLine *line : m_links)
        removeItem(line);
    m_links.clear();
    m_ticker->clear();
    const int n = int(items.size());
    m_count = n;
    QVector<double> keys, a, b;
    double low = 0.0, high = 0.0;
    for (int i = 0; i < n; ++i) {
        const PairedItem &item = items[size_t(i)];
        const double key = n - i;
        m_ticker->addTick(key, item.label);
        keys.push_back(key);
        a.push_back(item.a);
        b.push_back(item.b);
        low = std::min({low, item.a, item.b});
        high = std::max({high, item.a, item.b});
        auto *line = new QCPItemLine(this);
        line->setLayer(QStringLiteral("grid")); // under the dots
        line->start->setAxes(xAxis, yAxis);
        line->end->setAxes(xAxis, yAxis);
        line->start->setCoords(item.a, key);
        line->end->setCoords(item.b, key);
        m_links.push_back(line);
    }
    m_a->setData(keys, a);
    m_b->setData(keys, b);
    m_a->setName(nameA);
    m_b->setName(nameB);
    styleSeries();
    yAxis->setRange(0.3, n + 0.7);
    const double pad = high > low ? 0.06 * (high - low) : 1.0;
    xAxis->setRange(low - pad, high + pad);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace eg
