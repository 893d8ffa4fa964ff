#pragma once

#include "models/candidaterow.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace eg {

class ThresholdPlot;

// Threshold selection for the review: precision, recall and F1 against the threshold and,
// beside the chart, a confusion matrix and the figures at the chosen threshold, all following
// it as it moves (spin box, or a click / drag in the chart). Labels come from the data set's
// reference links (when the run knows them) or from the curator's decisions so far (approved =
// match, rejected = no match; pending and unsure pairs are left out). "Approve above" asks for a
// bulk approval of every pending pair at or above the threshold.
class ThresholdPanel : public QWidget {
    Q_OBJECT
public:
    enum LabelSource { ReferenceLinks, Decisions };

    explicit ThresholdPanel(QWidget *parent = nullptr);

    void setCandidates(const std::vector<CandidateRow> *rows); // not owned; null = none
    void refresh();                                            // after decisions changed
    void setLabelSource(LabelSource source);
    LabelSource labelSource() const;
    double threshold() const;
    void setThreshold(double threshold);

    ThresholdPlot *plot() const { return m_plot; }
    QPushButton *bulkButton() const { return m_bulk; }
    // TP, FP, FN, TN as shown.
    QString confusionText() const;

Q_SIGNALS:
    void bulkApproveRequested(double threshold);
    void thresholdChanged(double threshold);

private:
    void update();

    const std::vector<CandidateRow> *m_rows = nullptr;
    ThresholdPlot *m_plot;
    QComboBox *m_source;
    QDoubleSpinBox *m_threshold;
    QLabel *m_cells[4]; // TP, FN, FP, TN
    QLabel *m_figures;
    QPushButton *m_bulk;
};

} // namespace eg
