#pragma once

#include "plots/themedplot.h"

#include <vector>

namespace eg {

// A labelled 2-D scene with arrows, at equal scale on both axes (a projection of embedding
// vectors). Each point belongs to a style: its colour is the series colour of `colour`, its
// marker hollow or filled.
class ProjectionPlot : public ThemedPlot
{
    Q_OBJECT
public:
    struct Point
    {
        QPointF pos;
        QString label;
        int colour = 0;      // series colour index
        bool hollow = false; // an outline marker (e.g. a moved or a derived point)
        int size = 8;
    };
    struct Arrow
    {
        QPointF from;
        QPointF to;
        int colour = 0;
        bool dashed = false;
    };

    explicit ProjectionPlot(QWidget *parent = nullptr);

    void setScene(const std::vector<Point> &points, const std::vector<Arrow> &arrows);
    void setAxisLabels(const QString &x, const QString &y);
    void setTitleText(const QString &title);
    const std::vector<Point> &scenePoints() const { return m_points; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fitRanges();
    void placeLabels();
    QRectF bounds() const;

    QCPTextElement *m_title;
    std::vector<Point> m_points;
    std::vector<Arrow> m_arrows;
    std::vector<QCPItemText *> m_labels; // one per point

};

} // namespace eg
