#pragma once

#include "pages/thresholds/thresholdjob.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace eg {

// The training form of the Thresholds page: data set, base loss, epochs, seed and the TCM
// regulariser's margins and weights, with Train and Cancel. The readings of the reference that
// are parameters (F1 utility, pooled curve over all pairs, FAR range, epsilon) are named in a
// line below.
class ThresholdTrainBar : public QWidget
{
    Q_OBJECT
public:
    explicit ThresholdTrainBar(QWidget *parent = nullptr);

    ThresholdTrainRequest request() const;
    void setSource(ThresholdData::Source source);
    void setEpochs(int epochs);
    void setRunning(bool running);

    QComboBox *sourceBox() const { return m_source; }
    QPushButton *trainButton() const { return m_train; }

Q_SIGNALS:
    void trainRequested();
    void cancelRequested();

private:
    void sourceChanged();

    QComboBox *m_source;
    QComboBox *m_loss;
    QSpinBox *m_epochs;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_posMargin;
    QDoubleSpinBox *m_negMargin;
    QDoubleSpinBox *m_posWeight;
    QDoubleSpinBox *m_negWeight;
    QPushButton *m_train;
    QPushButton *m_cancel;
    QLabel *m_readings;
};

} // namespace eg
