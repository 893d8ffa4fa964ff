#pragma once

#include "plots/themedplot.h"

#include <vector>

namespace eg {

// Link-prediction quality against remaining bias over a sweep of debiasing weights: one point
// per weight, labelled with it, joined in weight order. Points may arrive one at a time while
// the sweep runs. When the sweep cannot run, the plot is disabled and says why across its
// middle.
class TradeoffPlot : public ThemedPlot
{
    Q_OBJECT
public:
    struct Point
    {
        double weight = 0.0;
        double bias = 0.0; // x
        double mrr = 0.0;  // y
    };

    explicit TradeoffPlot(QWidget *parent = nullptr);

    void addPoint(const Point &point);
    void clearPoints();
    int pointCount() const { return int(m_points.size()); }
    const std::vector<Point> &points() const { return m_points; }

    // A non-empty reason disables the plot and shows the reason; an empty one enables it.
    void setUnavailable(const QString &reason);
    QString unavailableReason() const { return m_reason; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void styleItems();

    QCPCurve *m_curve;
    QCPItemText *m_message;
    std::vector<QCPItemText *> m_labels;
    std::vector<Point> m_points; // by weight
    QString m_reason;
};

} // namespace eg
