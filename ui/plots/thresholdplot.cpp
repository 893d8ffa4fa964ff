#include "plots/thresholdplot.h"

#include "theme.h"

#include <QMouseEvent>

namespace eg {

double ThresholdCounts::precision() const {
    const qint64 accepted = truePositives + falsePositives;
    return accepted > 0 ? double(truePositives) / double(accepted) : 1.0;
}

double ThresholdCounts::recall() const {
    const qint64 positives = truePositives + falseNegatives;
    return positives > 0 ? double(truePositives) / double(positives) : 0.0;
}

double ThresholdCounts::f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2.0 * p * r / (p + r) : 0.0;
}

ThresholdCounts thresholdCounts(const std::vector<LabelledScore> &samples, double threshold) {
    ThresholdCounts c;
    for (const LabelledScore &s : samples) {
        const bool accept = s.score >= threshold;
        if (s.positive)
            ++(accept ? c.truePositives : c.falseNegatives);
        else
            ++(accept ? c.falsePositives : c.trueNegatives);
    }
    return c;
}

ThresholdPlot::ThresholdPlot(QWidget *parent)
    : ThemedPlot(parent)
    , m_line(new QCPItemStraightLine(this))
    , m_message(new QCPItemText(this)) {
    addSeries(tr("precision"));
    addSeries(tr("recall"));
    addSeries(tr("F1"));
    // A short axis label (the chart is narrow beside the main window's docks); the rule in full
    // in the tooltip.
    xAxis->setLabel(tr("threshold"));
    setToolTip(tr("A pair is accepted when its score is at or above the threshold. Click or "
                  "drag in the chart to move the threshold."));
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1.02);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.4);
    m_message->setPositionAlignment(Qt::AlignCenter);
    m_message->setLayer(QStringLiteral("overlay"));
    m_message->setVisible(false);
    setThreshold(m_threshold);
    styleItems();
}

void ThresholdPlot::styleItems() {
    QPen pen(palette().color(QPalette::Text), 1.5, Qt::DashLine);
    m_line->setPen(pen);
    m_message->setColor(palette().color(QPalette::Text));
    // On the plot's background, so the threshold line does not cross the words.
    m_message->setBrush(palette().color(QPalette::Base));
    m_message->setPadding(QMargins(6, 4, 6, 4));
}

void ThresholdPlot::changeEvent(QEvent *event) {
    ThemedPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        styleItems();
}

void ThresholdPlot::setSamples(std::vector<LabelledScore> samples) {
    m_samples = std::move(samples);
    QVector<double> t, p, r, f;
    if (!m_samples.empty())
        for (int i = 0; i <= 100; ++i) {
            const double x = i / 100.0;
            const ThresholdCounts c = thresholdCounts(m_samples, x);
            t.push_back(x);
            p.push_back(c.precision());
            r.push_back(c.recall());
            f.push_back(c.f1());
        }
    graph(0)->setData(t, p, true);
    graph(1)->setData(t, r, true);
    graph(2)->setData(t, f, true);
    m_message->setText(m_emptyText);
    m_message->setVisible(m_samples.empty() && !m_emptyText.isEmpty());
    replot(QCustomPlot::rpQueuedReplot);
}

void ThresholdPlot::setEmptyText(const QString &text) {
    m_emptyText = text;
    m_message->setText(text);
    m_message->setVisible(m_samples.empty() && !text.isEmpty());
    replot(QCustomPlot::rpQueuedReplot);
}

void ThresholdPlot::setThreshold(double threshold) {
    m_threshold = qBound(0.0, threshold, 1.0);
    m_line->point1->setCoords(m_threshold, 0);
    m_line->point2->setCoords(m_threshold, 1);
    replot(QCustomPlot::rpQueuedReplot);
}

void ThresholdPlot::pick(const QPointF &position) {
    if (!axisRect()->rect().contains(position.toPoint()))
        return;
    const double x = qBound(0.0, xAxis->pixelToCoord(position.x()), 1.0);
    setThreshold(std::round(x * 100.0) / 100.0);
    Q_EMIT thresholdPicked(m_threshold);
}

void ThresholdPlot::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton)
        pick(event->position());
    ThemedPlot::mousePressEvent(event);
}

void ThresholdPlot::mouseMoveEvent(QMouseEvent *event) {
    if (event->buttons() & Qt::LeftButton)
        pick(event->position());
    ThemedPlot::mouseMoveEvent(event);
}

} // namespace eg
