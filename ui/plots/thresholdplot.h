#pragma once

#include "plots/themedplot.h"

#include <vector>

namespace eg {

// A labelled score: accept the pair when score >= threshold; `positive` = the pair is a match.
struct LabelledScore {
    double score = 0;
    bool positive = false;
};

// The confusion matrix of accept / reject decisions at one threshold, and what follows from it.
struct ThresholdCounts {
    qint64 truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
    double precision() const; // 1 when nothing is accepted
    double recall() const;    // 0 when there is no positive
    double f1() const;
};
ThresholdCounts thresholdCounts(const std::vector<LabelledScore> &samples, double threshold);

// Precision, recall and F1 of the samples against the threshold (0 .. 1, 101 steps), and a
// vertical line at the chosen threshold. A click or drag in the plot picks a threshold.
class ThresholdPlot : public ThemedPlot {
    Q_OBJECT
public:
    explicit ThresholdPlot(QWidget *parent = nullptr);

    void setSamples(std::vector<LabelledScore> samples);
    const std::vector<LabelledScore> &samples() const { return m_samples; }
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    // Shown across the plot when there is nothing to draw (e.g. no labels yet).
    void setEmptyText(const QString &text);

Q_SIGNALS:
    void thresholdPicked(double threshold);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void pick(const QPointF &position);
    void styleItems();

    std::vector<LabelledScore> m_samples;
    double m_threshold = 0.5;
    QCPItemStraightLine *m_line;
    QCPItemText *m_message;
    QString m_emptyText;
};

} // namespace eg
