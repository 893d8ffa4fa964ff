#include "traindialog.h"

#include "common/error.h"
#include "embed/presets.h"
#include "theme.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace eg {

namespace {

QSpinBox *spinBox(int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox *doubleBox(double minimum, double maximum, int decimals, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(std::pow(10.0, -decimals + 1));
    return box;
}

void selectData(QComboBox *box, int value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace

TrainDialog::TrainDialog(const Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_preset(new QComboBox(this))
    , m_presetText(new QLabel(this))
    , m_model(new QComboBox(this))
    , m_dim(spinBox(1, 65536, this))
    , m_norm(new QComboBox(this))
    , m_loss(new QComboBox(this))
    , m_optimizer(new QComboBox(this))
    , m_rate(doubleBox(0.00001, 10.0, 5, this))
    , m_margin(doubleBox(0.0, 1000.0, 2, this))
    , m_negatives(spinBox(0, 100000, this))
    , m_batch(spinBox(0, 10000000, this))
    , m_epochs(spinBox(1, 1000000, this))
    , m_threads(spinBox(0, 1024, this))
    , m_seed(new QLineEdit(this))
    , m_evalEvery(spinBox(0, 100000, this))
    , m_evalTest(new QCheckBox(tr("Rank the &test split when training ends"), this))
    , m_title(new QLineEdit(this))
    , m_data(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Train a Model"));
    for (const TrainPreset &preset : trainPresets()) {
        m_preset->addItem(preset.name, preset.name);
        m_preset->setItemData(m_preset->count() - 1, presetDescription(preset.name),
                              Qt::ToolTipRole);
    }
    m_presetText->setWordWrap(true);
    for (ModelType type : {ModelType::TransE, ModelType::TransEDot, ModelType::DistMult,
                           ModelType::ComplEx})
        m_model->addItem(modelName(type), int(type));
    m_norm->addItem(tr("L1 (Manhattan)"), 1);
    m_norm->addItem(tr("L2 (Euclidean)"), 2);
    m_loss->addItem(tr("Margin ranking"), int(LossType::Margin));
    m_loss->addItem(tr("Self-adversarial"), int(LossType::SelfAdversarial));
    m_loss->addItem(tr("Softmax over negatives"), int(LossType::Softmax));
    m_optimizer->addItem(tr("SGD"), int(OptimizerType::Sgd));
    m_optimizer->addItem(tr("Adagrad"), int(OptimizerType::Adagrad));
    m_optimizer->addItem(tr("Adam"), int(OptimizerType::Adam));
    m_batch->setSpecialValueText(tr("automatic"));
    m_batch->setToolTip(tr("Positive triples per batch; automatic splits each epoch into the "
                           "preset's number of batches."));
    m_threads->setSpecialValueText(tr("all cores"));
    m_threads->setToolTip(tr("With one thread and a fixed seed, a run is reproducible bit for "
                             "bit."));
    m_seed->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
    m_evalEvery->setSpecialValueText(tr("never"));
    m_evalEvery->setToolTip(tr("Filtered MRR on (a sample of) the validation split every n "
                               "epochs; shown as the run goes and kept with each epoch."));
    m_data->setWordWrap(true);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, theme::errorColor(palette));
    m_problem->setPalette(palette);

    auto *groups = new QHBoxLayout;
    groups->addWidget(buildModelGroup(), 1);
    groups->addWidget(buildRunGroup(), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_train = buttons->button(QDialogButtonBox::Ok);
    m_train->setText(tr("&Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_data);
    layout->addLayout(groups);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TrainDialog::presetChosen);
    for (QComboBox *box : {m_model, m_norm, m_loss, m_optimizer})
        connect(box, &QComboBox::currentIndexChanged, this, &TrainDialog::updateState);
    for (QSpinBox *box : {m_dim, m_negatives, m_batch, m_epochs, m_threads, m_evalEvery})
        connect(box, &QSpinBox::valueChanged, this, &TrainDialog::updateState);
    for (QDoubleSpinBox *box : {m_rate, m_margin})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainDialog::updateState);
    connect(m_seed, &QLineEdit::textChanged, this, &TrainDialog::updateState);
    presetChosen(0);
}

QWidget *TrainDialog::buildModelGroup()
{
    auto *group = new QGroupBox(tr("Model and objective"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(QString(), m_presetText);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Dimension:"), m_dim);
    form->addRow(tr("&Norm:"), m_norm);
    form->addRow(tr("&Loss:"), m_loss);
    form->addRow(tr("&Optimizer:"), m_optimizer);
    form->addRow(tr("Learning &rate:"), m_rate);
    form->addRow(tr("M&argin:"), m_margin);
    form->addRow(tr("Ne&gatives per positive:"), m_negatives);
    form->addRow(tr("&Batch size:"), m_batch);
    return group;
}

QWidget *TrainDialog::buildRunGroup()
{
    auto *group = new QGroupBox(tr("Run"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("T&hreads:"), m_threads);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Validate every:"), m_evalEvery);
    form->addRow(QString(), m_evalTest);
    form->addRow(tr("&Name:"), m_title);
    return group;
}

QString TrainDialog::presetDescription(const QString &name)
{
    if (name == QLatin1String("demo"))
        return tr("Dot-form TransE for the built-in demo world; trains in seconds.");
    if (name == QLatin1String("fast-transx"))
        return tr("Classic TransE as Fast-TransX trains it (L1 distance, margin 1, SGD).");
    if (name == QLatin1String("transe-adv"))
        return tr("TransE (L1 distance) with self-adversarial negatives, tuned on FB15k-237.");
    if (name == QLatin1String("fisher-pbg"))
        return tr("Dot-form TransE as Fisher et al. trained it with PyTorch-BigGraph (softmax "
                  "over 1,000 negatives, Adagrad).");
    const TrainPreset *preset = findTrainPreset(name);
    return preset ? preset->description : QString();
}

QString TrainDialog::modelName(ModelType type)
{
    switch (type) {
    case ModelType::TransE:
        return tr("TransE (distance)");
    case ModelType::TransEDot:
        return tr("TransE (dot product)");
    case ModelType::DistMult:
        return tr("DistMult");
    case ModelType::ComplEx:
        return tr("ComplEx");
    }
    return {};
}

bool TrainDialog::selectPreset(const QString &name)
{
    const int index = m_preset->findData(name);
    if (index < 0)
        return false;
    if (index == m_preset->currentIndex())
        presetChosen(index); // back to the preset's values
    else
        m_preset->setCurrentIndex(index);
    return true;
}

void TrainDialog::presetChosen(int index)
{
    const TrainPreset *preset = findTrainPreset(m_preset->itemData(index).toString());
    if (!preset)
        return;
    m_presetText->setText(presetDescription(preset->name));
    setConfig(preset->config);
}

void TrainDialog::setConfig(const TrainConfig &config)
{
    m_base = config;
    selectData(m_model, int(config.model.type));
    m_dim->setValue(config.model.dim);
    selectData(m_norm, config.model.norm);
    selectData(m_loss, int(config.loss));
    selectData(m_optimizer, int(config.optimizer));
    m_rate->setValue(double(config.learningRate));
    m_margin->setValue(double(config.margin));
    m_negatives->setValue(config.negatives);
    m_batch->setValue(config.batchSize);
    m_epochs->setValue(config.epochs);
    m_threads->setValue(config.threads);
    m_seed->setText(QString::number(config.seed));
    updateState();
}

TrainConfig TrainDialog::config() const
{
    TrainConfig c = m_base;
    c.model.type = ModelType(m_model->currentData().toInt());
    c.model.dim = m_dim->value();
    c.model.norm = m_norm->currentData().toInt();
    c.loss = LossType(m_loss->currentData().toInt());
    c.optimizer = OptimizerType(m_optimizer->currentData().toInt());
    c.learningRate = float(m_rate->value());
    c.margin = float(m_margin->value());
    c.negatives = m_negatives->value();
    c.batchSize = m_batch->value();
    c.epochs = m_epochs->value();
    c.threads = m_threads->value();
    c.seed = m_seed->text().toULongLong();
    // Dynamic relations belong to the dot-form TransE of the PyTorch-BigGraph presets only.
    if (c.model.type != ModelType::TransEDot)
        c.model.separateRhs = false;
    return c;
}

QString TrainDialog::defaultTitle() const
{
    const TrainConfig c = config();
    const QString model = tr("%1, dimension %2").arg(modelName(c.model.type)).arg(c.model.dim);
    const QString data = m_workspace ? m_workspace->graphName() : QString();
    return data.isEmpty() ? model : tr("%1 on %2").arg(model, data);
}

TrainRequest TrainDialog::request() const
{
    TrainRequest request;
    request.config = config();
    request.title = m_title->text().trimmed().isEmpty() ? defaultTitle() : m_title->text().trimmed();
    request.options.evalEvery = m_evalEvery->value();
    request.options.evalTest = m_evalTest->isChecked();
    return request;
}

QString TrainDialog::problem() const
{
    if (!m_seed->hasAcceptableInput())
        return tr("The seed must be a whole number of at most 20 digits.");
    bool ok = false;
    m_seed->text().toULongLong(&ok);
    if (!ok)
        return tr("The seed must be below 2^64.");
    try {
        validate(config());
    } catch (const Error &error) {
        return error.describe();
    }
    return {};
}

void TrainDialog::updateState()
{
    const auto type = ModelType(m_model->currentData().toInt());
    m_norm->setEnabled(type == ModelType::TransE);
    const auto loss = LossType(m_loss->currentData().toInt());
    m_margin->setEnabled(loss != LossType::Softmax);
    // The automatic name follows the settings until the user types one.
    if (m_title->text() == m_autoTitle) {
        m_autoTitle = defaultTitle();
        m_title->setText(m_autoTitle);
    }

    const std::shared_ptr<const Graph> graph = m_workspace ? m_workspace->graph() : nullptr;
    QString data;
    if (!graph) {
        data = tr("No data set is loaded: load one (or the demo world) first.");
    } else {
        data = tr("Trains on %1 (%2 training triples).")
                   .arg(m_workspace->graphName(), QLocale().toString(qint64(graph->train.size())));
        if (!m_workspace->hasSession())
            data += QLatin1Char(' ') + tr("No session is open: the run will not be recorded.");
        else if (m_workspace->isReadOnly())
            data += QLatin1Char(' ') +
                    tr("The session is read-only: the run will not be recorded.");
        else
            data += QLatin1Char(' ') + tr("The run and every epoch are recorded in %1.")
                                           .arg(QFileInfo(m_workspace->sessionPath()).fileName());
    }
    m_data->setText(data);

    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_train->setEnabled(why.isEmpty() && graph != nullptr);
}

void TrainDialog::accept()
{
    updateState();
    if (!m_train->isEnabled())
        return;
    QDialog::accept();
}

} // namespace eg
