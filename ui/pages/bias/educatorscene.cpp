#include "pages/bias/educatorscene.h"

#include "plots/plotexportbutton.h"
#include "plots/projectionplot.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <unordered_map>

namespace eg {

EducatorScene::EducatorScene(QWidget *parent)
    : QWidget(parent)
    , m_plot(new ProjectionPlot(this))
    , m_ranking(new QListWidget(this))
    , m_caption(new QLabel(this))
    , m_legend(new QLabel(this))
{
    // At 1280 x 800 with two models each scene is about 620 pixels wide: the texts keep to a
    // column of fixed width beside the plot, which takes the rest of the width and the full
    // height (a word-wrapped label left free would widen its column and squeeze the plot).
    m_plot->setMinimumSize(300, 280);
    m_ranking->setSelectionMode(QAbstractItemView::NoSelection);
    m_ranking->setFocusPolicy(Qt::NoFocus);
    m_caption->setWordWrap(true);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    const int row = m_ranking->fontMetrics().height() + 4;
    m_ranking->setFixedHeight(row * kRanked + 2 * m_ranking->frameWidth() + 6);
    auto *side = new QWidget(this);
    side->setFixedWidth(qMax(220, m_ranking->fontMetrics().horizontalAdvance(
                                      QStringLiteral("8. Mechanical engineer  ▲10")) +
                                      4 * m_ranking->frameWidth() + 16));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(new PlotExportButton(m_plot, QStringLiteral("bias-educator"), side));
    sideLayout->addLayout(top);
    sideLayout->addWidget(m_caption);
    sideLayout->addWidget(m_ranking);
    sideLayout->addWidget(m_legend, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(side);
}

void EducatorScene::setFigure(std::shared_ptr<const SeedFigure> figure,
                              std::shared_ptr<const Graph> graph, const QString &modelName,
                              const QString &valueA, const QString &valueB, bool distanceScores)
{
    m_figure = std::move(figure);
    m_graph = std::move(graph);
    m_distanceScores = distanceScores;
    m_modelName = modelName;
    m_valueA = valueA;
    m_valueB = valueB;
    redraw();
}

void EducatorScene::clear(const QString &message)
{
    m_figure.reset();
    m_ranking->clear();
    m_legend->clear();
    m_caption->setText(message);
    m_plot->setScene({}, {});
    m_plot->setTitleText(m_modelName);
}

void EducatorScene::setAlphaShare(double share)
{
    m_share = share;
    redraw();
}

double EducatorScene::alpha() const
{
    return m_figure ? m_share * m_figure->alphaLimit() : 0.0;
}

void EducatorScene::redraw()
{
    if (!m_figure || !m_graph)
        return;
    const SeedFigure &f = *m_figure;
    const double a = alpha();
    const QLocale locale;
    const auto name = [this](qint32 entity) { return m_graph->entityLabel(entity); };
    const QString person = name(f.query().person);
    const QString sensitive = m_graph->relations.keyString(f.query().sensitiveRelation);
    const QString target = m_graph->relations.keyString(f.query().targetRelation);

    // Colours: 0 the person and its moves, 1 value a, 2 value b, 3 the target query,
    // 4 professions.
    std::vector<ProjectionPlot::Point> points;
    std::vector<ProjectionPlot::Arrow> arrows;
    QPointF origin, movedTo, sensitiveQuery, targetQuery;
    for (const SeedFigure::ScenePoint &p : f.scene(a)) {
        switch (p.role) {
        case SeedFigure::ScenePoint::Person:
            origin = p.pos;
            points.push_back({p.pos, person, 0, false, 10});
            break;
        case SeedFigure::ScenePoint::MovedPerson:
            movedTo = p.pos;
            // The value of α is in the caption: a short label keeps the crowd near the
            // person readable.
            points.push_back({p.pos, tr("moved"), 0, true, 10});
            break;
        case SeedFigure::ScenePoint::SensitiveQuery:
            sensitiveQuery = p.pos;
            points.push_back({p.pos, tr("+ %1").arg(sensitive.section(QLatin1Char('/'), -1)), 0,
                              true, 7});
            break;
        case SeedFigure::ScenePoint::ValueA:
            points.push_back({p.pos, m_valueA, 1, false, 9});
            break;
        case SeedFigure::ScenePoint::ValueB:
            points.push_back({p.pos, m_valueB, 2, false, 9});
            break;
        case SeedFigure::ScenePoint::TargetQuery:
            targetQuery = p.pos;
            points.push_back({p.pos, tr("+ %1").arg(target.section(QLatin1Char('/'), -1)), 3,
                              true, 7});
            break;
        case SeedFigure::ScenePoint::Profession:
            points.push_back({p.pos, name(p.entity), 4, false, 6});
            break;
        }
    }
    const QPointF from = a != 0.0 ? movedTo : origin;
    if (a != 0.0)
        arrows.push_back({origin, movedTo, 0, false});
    arrows.push_back({from, sensitiveQuery, 0, true});
    arrows.push_back({from, targetQuery, 3, true});
    m_plot->setScene(points, arrows);
    m_plot->setTitleText(m_modelName);
    m_plot->setAxisLabels(
        tr("PC 1 (%1 % of variance)").arg(locale.toString(100.0 * f.explained(0), 'f', 0)),
        tr("PC 2 (%1 % of variance)").arg(locale.toString(100.0 * f.explained(1), 'f', 0)));

    // The ranking, with each profession's move against alpha = 0.
    std::unordered_map<qint32, int> before;
    const std::vector<SeedFigure::Ranked> base = f.ranking(0.0, int(f.query().professions.size()));
    for (size_t i = 0; i < base.size(); ++i)
        before[base[i].entity] = int(i);
    m_ranking->clear();
    const std::vector<SeedFigure::Ranked> ranked = f.ranking(a, kRanked);
    for (size_t i = 0; i < ranked.size(); ++i) {
        const int moved = before[ranked[i].entity] - int(i);
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(name(ranked[i].entity));
        if (moved > 0)
            text += QStringLiteral("  ▲%1").arg(moved);
        else if (moved < 0)
            text += QStringLiteral("  ▼%1").arg(-moved);
        auto *item = new QListWidgetItem(text, m_ranking);
        item->setToolTip(tr("score %1").arg(locale.toString(ranked[i].score, 'g', 4)));
        item->setData(Qt::UserRole, ranked[i].entity);
    }
    m_caption->setText(tr("Most likely %1 of %2 at α = %3:")
                           .arg(target.section(QLatin1Char('/'), -1), person,
                                locale.toString(a, 'g', 3)));
    const QString how =
        m_distanceScores
            ? tr("This model scores by distance: the nearer a %1 lies to “+ %1” in the full "
                 "space, the likelier it is.")
            : tr("This model scores with a dot product: the likeliest %1 is the one furthest "
                 "along “+ %1”, not the nearest point.");
    m_legend->setText(
        tr("Large dot: %1; hollow: moved by α along the direction that raises the score of "
           "%2 over %3. Dashed arrows: the person plus the %4 relation and plus the %5 "
           "relation. Axes: the first two principal components of the vectors shown.")
            .arg(person, m_valueA, m_valueB, sensitive.section(QLatin1Char('/'), -1),
                 target.section(QLatin1Char('/'), -1)) +
        QLatin1Char(' ') + how.arg(target.section(QLatin1Char('/'), -1)));
}

} // namespace eg
