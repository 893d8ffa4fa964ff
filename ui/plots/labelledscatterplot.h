#pragma once

#include "plots/themedplot.h"

#include <vector>

namespace eg {

struct ScatterItem
{
    double x = 0.0;
    double y = 0.0;
    QString label;
};

// A scatter of labelled points: hovering a point shows its label and values as a tooltip, and
// a note (e.g. the rank correlation) sits in the top-left corner of the axes.
class LabelledScatterPlot : public ThemedPlot
{
    Q_OBJECT
public:
    explicit LabelledScatterPlot(QWidget *parent = nullptr);

    void setPoints(std::vector<ScatterItem> points);
    void setNote(const QString &text);
    QString note() const;
    int pointCount() const { return int(m_points.size()); }
    const std::vector<ScatterItem> &points() const { return m_points; }

    // The tooltip for the point nearest to `pixel` within `radius` pixels, or an empty string.
    QString toolTipAt(const QPointF &pixel, double radius = 8.0) const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void styleSeries();

    QCPGraph *m_graph;
    QCPItemText *m_note;
    std::vector<ScatterItem> m_points;
};

} // namespace eg
