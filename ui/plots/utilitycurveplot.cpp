#include "plots/utilitycurveplot.h"

#include "theme.h"

#include <algorithm>
#include <cmath>

namespace eg {

UtilityCurvePlot::UtilityCurvePlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_title(new QCPTextElement(this))
{
    setObjectName(QStringLiteral("utilityCurvePlot"));
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    xAxis->setLabel(tr("Distance threshold d"));
    yAxis->setLabel(tr("Utility U(d) = F₁(TPR, TNR)"));
    legend->setVisible(true);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setFont(small);
    legend->setRowSpacing(0);
    // Top right: past the calibration range every curve has fallen (TNR drops), so the corner
    // is free.
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    clearCurves(QString());
}

void UtilityCurvePlot::clearCurves(const QString &message)
{
    m_curves = {};
    m_opis = {};
    m_names.clear();
    m_titleText = message;
    rebuild();
}

void UtilityCurvePlot::setCurves(const UtilityCurves &curves, const OpisResult &opis,
                                 const std::vector<QString> &names, const QString &title)
{
    m_curves = curves;
    m_opis = opis;
    m_names = names;
    m_titleText = title;
    rebuild();
}

void UtilityCurvePlot::setMarker(double threshold)
{
    m_markerAt = threshold;
    if (m_marker) {
        m_marker->setVisible(threshold >= 0.0);
        m_marker->point1->setCoords(threshold, 0);
        m_marker->point2->setCoords(threshold, 1);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void UtilityCurvePlot::changeEvent(QEvent *event)
{
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void UtilityCurvePlot::rebuild()
{
    clearGraphs();
    clearItems();
    m_pooled = nullptr;
    m_band = nullptr;
    m_marker = nullptr;
    m_bandLabel = nullptr;
    m_classCurves = 0;
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    m_title->setText(m_titleText);
    m_title->setTextColor(text);
    const std::vector<double> &d = m_curves.thresholds;
    const QVector<double> keys(d.begin(), d.end());
    xAxis->setRange(0, keys.isEmpty() ? 2.0 : keys.back());
    yAxis->setRange(0, 1.02);
    legend->setVisible(!keys.isEmpty());
    if (keys.isEmpty()) {
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    // Calibration range, behind the curves.
    m_band = new QCPItemRect(this);
    m_band->setLayer(QStringLiteral("grid"));
    m_band->topLeft->setCoords(m_opis.range.low, 1.02);
    m_band->bottomRight->setCoords(m_opis.range.high, 0);
    QColor shade = pal.color(QPalette::Highlight);
    shade.setAlpha(45);
    m_band->setBrush(shade);
    m_band->setPen(Qt::NoPen);
    m_bandLabel = new QCPItemText(this);
    m_bandLabel->position->setCoords((m_opis.range.low + m_opis.range.high) / 2, 1.0);
    m_bandLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_bandLabel->setText(tr("calibration\nrange"));
    m_bandLabel->setColor(text);
    QFont small = m_bandLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_bandLabel->setFont(small);

    // Worst classes last, so they are drawn on top of the others.
    std::vector<int> order;
    for (size_t c = 0; c < m_curves.classes.size(); ++c)
        if (m_curves.classes[c].eligible)
            order.push_back(int(c));
    const auto isWorst = [this](int c) {
        return std::find(m_opis.worstClasses.begin(), m_opis.worstClasses.end(), c) !=
               m_opis.worstClasses.end();
    };
    std::stable_partition(order.begin(), order.end(), [&](int c) { return !isWorst(c); });
    for (int c : order) {
        const ClassCurve &curve = m_curves.classes[size_t(c)];
        QCPGraph *g = addGraph();
        const QString name = size_t(c) < m_names.size() && !m_names[size_t(c)].isEmpty()
                                 ? m_names[size_t(c)]
                                 : QString::number(curve.label);
        QColor colour = theme::seriesColor(pal, c + 1);
        const bool worst = isWorst(c);
        if (!worst)
            colour.setAlpha(170);
        g->setPen(QPen(colour, worst ? 2.6 : 1.3, worst ? Qt::SolidLine : Qt::SolidLine));
        g->setName(worst ? tr("%1 (worst ε)").arg(name) : name);
        g->setData(keys, QVector<double>(curve.utility.begin(), curve.utility.end()), true);
        ++m_classCurves;
    }
    m_pooled = addGraph();
    m_pooled->setName(tr("Pooled Ū (all pairs)"));
    m_pooled->setPen(QPen(text, 3.6));
    m_pooled->setData(keys,
                      QVector<double>(m_curves.pooledUtility.begin(),
                                      m_curves.pooledUtility.end()),
                      true);

    m_marker = new QCPItemStraightLine(this);
    m_marker->setPen(QPen(text, 1, Qt::DashLine));
    m_marker->setVisible(false);
    setMarker(m_markerAt);
}

} // namespace eg
