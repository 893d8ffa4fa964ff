#pragma once

#include "embed/train.h"
#include "services/trainingservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace eg {

class Workspace;

// What the Train dialog asks the training service to do.
struct TrainRequest
{
    QString title;
    TrainConfig config;
    TrainingService::Options options;
};

// "Train a Model": a preset (eg::trainPresets()) fills the form; the model type, the key
// hyperparameters, epochs, threads and seed can then be changed. The settings the form does not
// show (corruption, batch negatives, warm-up, ...) are the preset's. OK ("Train") is refused,
// with the reason shown, while the settings are invalid (eg::validate).
class TrainDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrainDialog(const Workspace *workspace, QWidget *parent = nullptr);

    // Selects the preset and fills the form from it; false when there is no such preset.
    bool selectPreset(const QString &name);
    void setConfig(const TrainConfig &config);
    TrainConfig config() const;
    TrainRequest request() const;
    // Why the settings are invalid (the engine's words), or an empty string.
    QString problem() const;

    // The preset's description in the user's language (the engine's English one otherwise).
    static QString presetDescription(const QString &name);
    static QString modelName(ModelType type);

    QComboBox *presetBox() const { return m_preset; }
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *dimBox() const { return m_dim; }
    QSpinBox *epochsBox() const { return m_epochs; }
    QSpinBox *threadsBox() const { return m_threads; }
    QLineEdit *seedEdit() const { return m_seed; }
    QSpinBox *evalEveryBox() const { return m_evalEvery; }
    QLineEdit *titleEdit() const { return m_title; }

    void accept() override;

private:
    QWidget *buildModelGroup();
    QWidget *buildRunGroup();
    void presetChosen(int index);
    void updateState();
    QString defaultTitle() const;

    const Workspace *m_workspace;
    TrainConfig m_base; // the preset's settings, for those the form does not show
    QString m_autoTitle; // the title last filled in automatically
    QComboBox *m_preset;
    QLabel *m_presetText;
    QComboBox *m_model;
    QSpinBox *m_dim;
    QComboBox *m_norm;
    QComboBox *m_loss;
    QComboBox *m_optimizer;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_margin;
    QSpinBox *m_negatives;
    QSpinBox *m_batch;
    QSpinBox *m_epochs;
    QSpinBox *m_threads;
    QLineEdit *m_seed;
    QSpinBox *m_evalEvery;
    QCheckBox *m_evalTest;
    QLineEdit *m_title;
    QLabel *m_data;
    QLabel *m_problem;
    QPushButton *m_train = nullptr;
};

} // namespace eg
