#include "plots/groupedbarplot.h"

#include "theme.h"

#include <algorithm>
#include <cmath>

namespace eg {

GroupedBarPlot::GroupedBarPlot(QWidget *parent)
    : ThemedPlot(parent), m_title(new QCPTextElement(this)), m_group(new QCPBarsGroup(this))
{
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(2);
    xAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    xAxis->setTickLength(0, 2);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    setMinimumHeight(200);
}

void GroupedBarPlot::setTitle(const QString &title)
{
    m_title->setText(title);
    QFont font = this->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextColor(palette().color(QPalette::Text));
    replot();
}

void GroupedBarPlot::setValueLabel(const QString &label)
{
    yAxis->setLabel(label);
    replot();
}

void GroupedBarPlot::setBars(const QStringList &categories, const std::vector<Series> &series)
{
    for (QCPBars *bars : m_bars)
        removePlottable(bars);
    m_bars.clear();
    m_colours.clear();
    m_group->clear();
    m_categories = categories;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int c = 0; c < categories.size(); ++c)
        ticker->addTick(c + 1, categories[c]);
    xAxis->setTicker(ticker);

    const double width = 0.8 / std::max<size_t>(1, series.size());
    double low = 0.0, high = 0.0;
    for (const Series &s : series) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(s.name);
        bars->setWidth(width);
        bars->setBarsGroup(m_group);
        QVector<double> keys, values;
        for (size_t c = 0; c < s.values.size() && int(c) < categories.size(); ++c) {
            if (!std::isfinite(s.values[c]))
                continue;
            keys << double(c + 1);
            values << s.values[c];
            low = std::min(low, s.values[c]);
            high = std::max(high, s.values[c]);
        }
        bars->setData(keys, values, true);
        m_bars.push_back(bars);
        m_colours.push_back(s.colour);
    }
    colourBars();
    xAxis->setRange(0.4, categories.size() + 0.6);
    const double span = std::max(high - low, 1e-6);
    yAxis->setRange(low < 0 ? low - 0.08 * span : 0.0, high > 0 ? high + 0.15 * span : 0.0);
    // A zero line when bars go both ways (the axis is at the bottom otherwise).
    yAxis->grid()->setZeroLinePen(low < 0 && high > 0
                                      ? QPen(palette().color(QPalette::Text), 1)
                                      : Qt::NoPen);
    legend->setVisible(!series.empty());
    replot();
}

int GroupedBarPlot::barCount() const
{
    int n = 0;
    for (const QCPBars *bars : m_bars)
        n += bars->data()->size();
    return n;
}

std::vector<double> GroupedBarPlot::drawnValues(int series) const
{
    std::vector<double> out;
    if (series < 0 || size_t(series) >= m_bars.size())
        return out;
    for (const QCPBarsData &d : *m_bars[size_t(series)]->data())
        out.push_back(d.value);
    return out;
}

void GroupedBarPlot::colourBars()
{
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const QColor colour = theme::seriesColor(palette(), m_colours[i]);
        QColor fill = colour;
        fill.setAlpha(200);
        m_bars[i]->setPen(QPen(colour));
        m_bars[i]->setBrush(fill);
    }
    m_title->setTextColor(palette().color(QPalette::Text));
}

void GroupedBarPlot::changeEvent(QEvent *event)
{
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        colourBars();
        replot();
    }
}

} // namespace eg
