#include "plots/labelledscatterplot.h"

#include "theme.h"

#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace eg {

LabelledScatterPlot::LabelledScatterPlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_graph(addSeries(QString()))
    , m_note(new QCPItemText(this))
{
    m_graph->setLineStyle(QCPGraph::lsNone);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.02, 0.03);
    m_note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note->setPadding(QMargins(4, 2, 4, 2));
    m_note->setClipToAxisRect(true);
    setMouseTracking(true);
    styleSeries();
}

void LabelledScatterPlot::styleSeries()
{
    const QColor colour = theme::seriesColor(palette(), 0);
    QColor fill = colour;
    fill.setAlpha(150);
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, fill, 7));
    m_note->setColor(palette().color(QPalette::Text));
    m_note->setBrush(palette().brush(QPalette::Base));
}

void LabelledScatterPlot::changeEvent(QEvent *event)
{
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleSeries();
}

void LabelledScatterPlot::setPoints(std::vector<ScatterItem> points)
{
    m_points = std::move(points);
    QVector<double> xs, ys;
    for (const ScatterItem &p : m_points) {
        xs.push_back(p.x);
        ys.push_back(p.y);
    }
    m_graph->setData(xs, ys);
    if (m_points.empty()) {
        xAxis->setRange(-1, 1);
        yAxis->setRange(-1, 1);
    } else {
        rescaleAxes();
        // Room round the outermost points, and for the note.
        xAxis->scaleRange(1.1);
        const QCPRange y = yAxis->range();
        const double span = y.size() > 0 ? y.size() : 1.0;
        yAxis->setRange(y.lower - 0.08 * span, y.upper + 0.25 * span);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void LabelledScatterPlot::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    replot(QCustomPlot::rpQueuedReplot);
}

QString LabelledScatterPlot::note() const
{
    return m_note->text();
}

QString LabelledScatterPlot::toolTipAt(const QPointF &pixel, double radius) const
{
    double best = radius * radius;
    const ScatterItem *found = nullptr;
    for (const ScatterItem &p : m_points) {
        const double dx = xAxis->coordToPixel(p.x) - pixel.x();
        const double dy = yAxis->coordToPixel(p.y) - pixel.y();
        const double d = dx * dx + dy * dy;
        if (d <= best) {
            best = d;
            found = &p;
        }
    }
    if (!found)
        return {};
    const QLocale locale;
    return QStringLiteral("%1\n%2: %3\n%4: %5")
        .arg(found->label, xAxis->label(), locale.toString(found->x, 'g', 4), yAxis->label(),
             locale.toString(found->y, 'g', 4));
}

void LabelledScatterPlot::mouseMoveEvent(QMouseEvent *event)
{
    ThemedPlot::mouseMoveEvent(event);
    const QString tip = toolTipAt(event->position());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

} // namespace eg
