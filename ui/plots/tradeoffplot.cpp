#include "plots/tradeoffplot.h"

#include "theme.h"

#include <QLocale>

#include <algorithm>

namespace eg {

TradeoffPlot::TradeoffPlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_curve(new QCPCurve(xAxis, yAxis))
    , m_message(new QCPItemText(this))
{
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setPositionAlignment(Qt::AlignCenter);
    m_message->setTextAlignment(Qt::AlignCenter);
    m_message->setPadding(QMargins(8, 6, 8, 6));
    m_message->setLayer(QStringLiteral("overlay"));
    m_message->setVisible(false);
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    styleItems();
}

void TradeoffPlot::styleItems()
{
    const QColor colour = theme::seriesColor(palette(), 0);
    m_curve->setPen(QPen(colour, 1.5));
    m_curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 7));
    m_message->setColor(palette().color(QPalette::Text));
    m_message->setBrush(palette().brush(QPalette::Base));
    m_message->setPen(QPen(palette().color(QPalette::Mid)));
    for (QCPItemText *label : m_labels)
        label->setColor(palette().color(QPalette::Text));
}

void TradeoffPlot::changeEvent(QEvent *event)
{
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleItems();
}

void TradeoffPlot::addPoint(const Point &point)
{
    const auto at = std::upper_bound(m_points.begin(), m_points.end(), point.weight,
                                      [](double w, const Point &p) { return w < p.weight; });
    m_points.insert(at, point);
    redraw();
}

void TradeoffPlot::clearPoints()
{
    m_points.clear();
    redraw();
}

void TradeoffPlot::redraw()
{
    QVector<double> t, x, y;
    for (size_t i = 0; i < m_points.size(); ++i) {
        t.push_back(double(i));
        x.push_back(m_points[i].bias);
        y.push_back(m_points[i].mrr);
    }
    m_curve->setData(t, x, y);
    for (QCPItemText *label : m_labels)
        removeItem(label);
    m_labels.clear();
    const QLocale locale;
    for (const Point &p : m_points) {
        auto *label = new QCPItemText(this);
        label->position->setCoords(p.bias, p.mrr);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(5, 0, 0, 3));
        label->setText(tr("w = %1").arg(locale.toString(p.weight, 'g', 3)));
        m_labels.push_back(label);
    }
    styleItems();
    if (!m_points.empty()) {
        m_curve->rescaleAxes();
        xAxis->scaleRange(1.25);
        yAxis->scaleRange(1.25);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void TradeoffPlot::setUnavailable(const QString &reason)
{
    m_reason = reason;
    m_message->setText(reason);
    m_message->setVisible(!reason.isEmpty());
    setEnabled(reason.isEmpty());
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace eg
