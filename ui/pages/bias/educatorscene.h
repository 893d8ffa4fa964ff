#pragma once

#include "kg/graph.h"
#include "pages/bias/seedfigure.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace eg {

class ProjectionPlot;

// One model's half of the educator view: the seed figure projected in 2-D, and beside it the
// person's most likely professions at the current alpha, with how far each moved from
// alpha = 0.
class EducatorScene : public QWidget
{
    Q_OBJECT
public:
    explicit EducatorScene(QWidget *parent = nullptr);

    // Professions listed beside the plot.
    static constexpr int kRanked = 8;

    // distanceScores: the model scores by distance (TransE), else by a dot product.
    void setFigure(std::shared_ptr<const SeedFigure> figure, std::shared_ptr<const Graph> graph,
                   const QString &modelName, const QString &valueA, const QString &valueB,
                   bool distanceScores);
    void clear(const QString &message);
    // alpha as a share of the figure's own limit, -1 .. 1.
    void setAlphaShare(double share);

    QListWidget *rankingList() const { return m_ranking; }
    ProjectionPlot *plot() const { return m_plot; }
    const SeedFigure *figure() const { return m_figure.get(); }
    double alpha() const;

private:
    void redraw();

    ProjectionPlot *m_plot;
    QListWidget *m_ranking;
    QLabel *m_caption;
    QLabel *m_legend;
    std::shared_ptr<const SeedFigure> m_figure;
    std::shared_ptr<const Graph> m_graph;
    QString m_modelName;
    QString m_valueA;
    QString m_valueB;
    double m_share = 0.0;
    bool m_distanceScores = false;
};

} // namespace eg
