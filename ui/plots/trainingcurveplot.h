#pragma once

#include "models/biasmodelentry.h"
#include "plots/themedplot.h"

#include <vector>

namespace eg {

// A training run's curves: the mean loss per epoch on the left axis and the validation MRR on
// the right axis (0..1), growing as epochs are reported.
class TrainingCurvePlot : public ThemedPlot
{
    Q_OBJECT
public:
    explicit TrainingCurvePlot(QWidget *parent = nullptr);

    void setEpochs(const std::vector<EpochPoint> &epochs);
    void addEpoch(const EpochPoint &point);
    int lossPoints() const { return m_loss->dataCount(); }
    int mrrPoints() const { return m_mrr->dataCount(); }

private:
    void rescale();

    QCPGraph *m_loss;
    QCPGraph *m_mrr;
};

} // namespace eg
