#pragma once

#include "embed/train.h"
#include "pages/bias/biasmethods.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace eg {

// The bias page's form for a new model: data set, method (Basic or a debiasing method) with its
// weight and, for KL + Attr, a whitelist file, settings preset (eg::trainPresets), scoring
// function (every engine model type), dimension, epochs and seed; Train, and Load for
// embeddings trained elsewhere. A combination the engine refuses (eg::validate, or a debiasing
// method without the softmax loss) disables Train and says why.
class BiasTrainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BiasTrainPanel(QWidget *parent = nullptr);

    // The data sets on offer, by name; `current` is selected.
    void setDataSets(const QStringList &names, int current);
    int dataSet() const;

    BiasMethod::Kind method() const;
    double methodWeight() const;
    // KL + Attr's whitelist file; empty for none (and for the other methods).
    QString whitelistPath() const;
    QString presetName() const;
    // The preset's configuration with the form's model type, dimension, epochs and seed.
    TrainConfig config() const;
    // The name for the model ("Basic 2"), or what the user typed.
    QString modelName(int serial) const;
    // Why the engine would refuse config(), or an empty string.
    QString problem() const { return m_problem; }

    void setPreset(const QString &name);
    void setModelType(ModelType type, int norm = 1);
    void setDimension(int dim);
    void setEpochs(int epochs);
    void setSeed(int seed);
    // False (and no change) for a method the engine does not provide yet.
    bool setMethod(BiasMethod::Kind kind);
    void setMethodWeight(double weight);
    void setWhitelistPath(const QString &path);

Q_SIGNALS:
    void trainRequested();
    void loadRequested();
    void dataSetChanged(int index);

private:
    void presetChosen();
    void check();

    QComboBox *m_dataSet;
    QComboBox *m_method;
    QDoubleSpinBox *m_weight;
    QLineEdit *m_whitelist;
    QPushButton *m_browseWhitelist;
    QComboBox *m_preset;
    QComboBox *m_type;
    QSpinBox *m_dim;
    QSpinBox *m_epochs;
    QSpinBox *m_seed;
    QLineEdit *m_name;
    QLabel *m_problemText;
    QPushButton *m_train;
    QPushButton *m_load;
    QString m_problem;
};

} // namespace eg
