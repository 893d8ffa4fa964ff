#pragma once

#include "plots/qcp.h"

namespace eg {

// Gives a plot the colours of `palette`: background from Base, axes, ticks, labels and legend
// text from Text, grid lines from Mid, and series in theme::seriesColor order.
void applyPalette(QCustomPlot *plot, const QPalette &palette);

// A QCustomPlot that follows its palette, so it is readable on light and dark desktops alike.
// Every plot of the UI derives from it or calls applyPalette.
class ThemedPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit ThemedPlot(QWidget *parent = nullptr);

    // Adds a line graph in the next series colour.
    QCPGraph *addSeries(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace eg
