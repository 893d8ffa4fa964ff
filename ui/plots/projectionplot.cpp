#include "plots/projectionplot.h"

#include "theme.h"

#include <algorithm>

namespace eg {

ProjectionPlot::ProjectionPlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_title(new QCPTextElement(this))
{
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextColor(palette().color(QPalette::Text));
    // Equal scale needs the axis rect's final size: set the ranges once the layout is done,
    // just before drawing.
    connect(this, &QCustomPlot::afterLayout, this, &ProjectionPlot::fitRanges);
}

void ProjectionPlot::setAxisLabels(const QString &x, const QString &y)
{
    xAxis->setLabel(x);
    yAxis->setLabel(y);
}

void ProjectionPlot::setTitleText(const QString &title)
{
    m_title->setText(title);
    replot(QCustomPlot::rpQueuedReplot);
}

void ProjectionPlot::setScene(const std::vector<Point> &points, const std::vector<Arrow> &arrows)
{
    m_points = points;
    m_arrows = arrows;
    rebuild();
}

void ProjectionPlot::changeEvent(QEvent *event)
{
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_title->setTextColor(palette().color(QPalette::Text));
        rebuild();
    }
}

void ProjectionPlot::rebuild()
{
    clearGraphs();
    clearItems();
    const QPalette &pal = palette();
    m_labels.clear();
    for (const Arrow &a : m_arrows) {
        auto *line = new QCPItemLine(this);
        line->start->setCoords(a.from);
        line->end->setCoords(a.to);
        line->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 9, 11));
        line->setPen(QPen(theme::seriesColor(pal, a.colour), 1.6,
                          a.dashed ? Qt::DashLine : Qt::SolidLine));
        line->setLayer(QStringLiteral("grid"));
    }
    for (const Point &p : m_points) {
        QCPGraph *g = addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        const QColor colour = theme::seriesColor(pal, p.colour);
        g->setPen(QPen(colour, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 2),
                                           p.hollow ? QBrush(Qt::NoBrush) : QBrush(colour),
                                           p.size));
        g->addData(p.pos.x(), p.pos.y());
        auto *text = new QCPItemText(this);
        text->position->setType(QCPItemPosition::ptAbsolute); // placed by placeLabels()
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        text->setText(p.label);
        text->setColor(pal.color(QPalette::Text));
        m_labels.push_back(text);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

QRectF ProjectionPlot::bounds() const
{
    if (m_points.empty())
        return QRectF(-1, -1, 2, 2);
    double left = m_points[0].pos.x(), right = left;
    double top = m_points[0].pos.y(), bottom = top;
    for (const Point &p : m_points) {
        left = std::min(left, p.pos.x());
        right = std::max(right, p.pos.x());
        top = std::min(top, p.pos.y());
        bottom = std::max(bottom, p.pos.y());
    }
    if (right - left <= 0 && bottom - top <= 0)
        return QRectF(left - 1, top - 1, 2, 2);
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

void ProjectionPlot::placeLabels()
{
    // Greedy: each label (in scene order, so the person and the values come first) takes the
    // first place beside its point that no earlier label covers, trying right and left, above
    // and below, then further up and down.
    // A place must also lie inside the axis rect, so that no label is cut at its edge.
    std::vector<QRectF> placed;
    const QRectF inside = axisRect()->rect();
    for (size_t i = 0; i < m_labels.size() && i < m_points.size(); ++i) {
        QCPItemText *text = m_labels[i];
        const QFontMetricsF metrics(text->font());
        const QSizeF size(metrics.horizontalAdvance(text->text()) + 2, metrics.height());
        const QPointF at(xAxis->coordToPixel(m_points[i].pos.x()),
                         yAxis->coordToPixel(m_points[i].pos.y()));
        const double gap = m_points[i].size / 2.0 + 3;
        const QPointF sides[] = {{gap, -size.height()}, {gap, 0},
                                 {-gap - size.width(), -size.height()},
                                 {-gap - size.width(), 0}};
        QRectF chosen(at + sides[0], size);
        bool found = false;
        for (int step = 0; step < 9 && !found; ++step) {
            const double shift = (step % 2 ? 1 : -1) * ((step + 1) / 2) * size.height();
            for (const QPointF &side : sides) {
                const QRectF r(at + side + QPointF(0, shift), size);
                const bool free = inside.contains(r) &&
                                  std::none_of(placed.begin(), placed.end(),
                                               [&r](const QRectF &o) { return o.intersects(r); });
                if (free) {
                    chosen = r;
                    found = true;
                    break;
                }
            }
        }
        placed.push_back(chosen);
        text->position->setCoords(chosen.topLeft());
    }
}

void ProjectionPlot::fitRanges()
{
    QRectF box = bounds();
    // Margins: labels sit beside their points, mostly to the right (placeLabels keeps them
    // inside, moving one to the left of its point near the right edge).
    const double span = std::max(box.width(), box.height());
    box.adjust(-0.08 * span, -0.08 * span, 0.16 * span, 0.08 * span);
    const QCPRange oldX = xAxis->range(), oldY = yAxis->range();
    xAxis->setRange(box.left(), box.right());
    yAxis->setRange(box.top(), box.bottom());
    // Equal scale: widen whichever axis has room to spare.
    if (axisRect()->width() > 0 && axisRect()->height() > 0) {
        const double xPerPixel = box.width() / axisRect()->width();
        const double yPerPixel = box.height() / axisRect()->height();
        if (xPerPixel > yPerPixel)
            yAxis->setScaleRatio(xAxis, 1.0);
        else
            xAxis->setScaleRatio(yAxis, 1.0);
    }
    placeLabels();
    // The ticks of this frame were laid out for the old ranges: draw once more when they moved.
    if (oldX != xAxis->range() || oldY != yAxis->range())
        replot(QCustomPlot::rpQueuedReplot);
}

} // namespace eg
