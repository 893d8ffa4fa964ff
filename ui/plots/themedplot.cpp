#include "plots/themedplot.h"

#include "theme.h"

namespace eg {

namespace {

void styleAxis(QCPAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(grid));
}

} // namespace

void applyPalette(QCustomPlot *plot, const QPalette &palette)
{
    plot->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis *axis : plot->axisRect()->axes())
        styleAxis(axis, palette);
    plot->legend->setBrush(palette.brush(QPalette::Base));
    plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
    plot->legend->setTextColor(palette.color(QPalette::Text));
    for (int i = 0; i < plot->graphCount(); ++i) {
        QPen pen = plot->graph(i)->pen();
        pen.setColor(theme::seriesColor(palette, i));
        plot->graph(i)->setPen(pen);
    }
    plot->replot(QCustomPlot::rpQueuedReplot);
}

ThemedPlot::ThemedPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    applyPalette(this, palette());
}

QCPGraph *ThemedPlot::addSeries(const QString &name)
{
    QCPGraph *graph = addGraph();
    graph->setName(name);
    graph->setPen(QPen(theme::seriesColor(palette(), graphCount() - 1), 2));
    return graph;
}

void ThemedPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette(this, palette());
}

} // namespace eg
