#pragma once

#include "plots/themedplot.h"

#include <QString>
#include <map>

namespace eg {

// Training loss per epoch of several runs on one plot (one line with dots per run), growing as
// epochs are reported.
class LossCurvePlot : public ThemedPlot
{
    Q_OBJECT
public:
    explicit LossCurvePlot(QWidget *parent = nullptr);

    // Adds the point (epoch, loss) to the run's line, making the line on first use.
    void addPoint(const QString &run, int epoch, double loss);
    void clearRuns();
    int runCount() const { return int(m_runs.size()); }
    int pointCount(const QString &run) const;

private:
    void rescale();

    std::map<QString, QCPGraph *> m_runs;
};

} // namespace eg
