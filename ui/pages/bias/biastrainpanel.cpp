#include "pages/bias/biastrainpanel.h"

#include "common/error.h"
#include "embed/presets.h"
#include "models/biasmodellist.h"
#include "pages/bias/biasdebias.h"
#include "theme.h"
#include "traindialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>

namespace eg {

namespace {

// Model type choices: every engine scoring function; TransE's distance form in both norms.
struct TypeChoice
{
    ModelType type;
    int norm;
};
constexpr TypeChoice kTypes[] = {{ModelType::TransE, 1},
                                 {ModelType::TransE, 2},
                                 {ModelType::TransEDot, 1},
                                 {ModelType::DistMult, 1},
                                 {ModelType::ComplEx, 1}};

QString typeText(const TypeChoice &choice)
{
    ModelSpec spec;
    spec.type = choice.type;
    spec.norm = choice.norm;
    const QString described = describeModelSpec(spec); // "TransE (L1), dim 100"
    return described.left(described.lastIndexOf(QLatin1Char(',')));
}

} // namespace

BiasTrainPanel::BiasTrainPanel(QWidget *parent)
    : QWidget(parent)
    , m_dataSet(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_whitelist(new QLineEdit(this))
    , m_browseWhitelist(new QPushButton(tr("…"), this))
    , m_preset(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_dim(new QSpinBox(this))
    , m_epochs(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_problemText(new QLabel(this))
    , m_train(new QPushButton(tr("&Train"), this))
    , m_load(new QPushButton(tr("&Load Embeddings…"), this))
{
    auto *methods = new QStandardItemModel(m_method);
    for (const BiasMethod &method : BiasMethods::all()) {
        auto *item = new QStandardItem(method.name);
        item->setData(int(method.kind), Qt::UserRole);
        item->setToolTip(method.available ? method.description
                                          : method.description + QLatin1Char('\n') +
                                                BiasMethods::unavailableText());
        item->setEnabled(method.available);
        methods->appendRow(item);
    }
    m_method->setModel(methods);
    m_weight->setRange(0.0, 1000.0);
    m_weight->setDecimals(2);
    m_weight->setEnabled(false);
    m_weight->setToolTip(tr("KL and KL + Attr: a factor on the default KL weights (gender 1, "
                            "religion, ethnicity and nationality 100). Adversarial filters: γ, "
                            "the weight of the discriminators."));
    m_whitelist->setPlaceholderText(tr("none"));
    m_whitelist->setToolTip(tr("KL + Attr: the triples where the sensitive attribute is "
                               "legitimate (e.g. docs/fb15k-whitelist.txt for FB15k)"));
    m_browseWhitelist->setToolTip(tr("Choose a whitelist file"));
    m_browseWhitelist->setMaximumWidth(
        m_browseWhitelist->fontMetrics().horizontalAdvance(m_browseWhitelist->text()) + 24);
    m_whitelist->setEnabled(false);
    m_browseWhitelist->setEnabled(false);
    for (const TrainPreset &preset : trainPresets()) {
        m_preset->addItem(preset.name, preset.name);
        m_preset->setItemData(m_preset->count() - 1, TrainDialog::presetDescription(preset.name),
                              Qt::ToolTipRole);
    }
    for (const TypeChoice &choice : kTypes)
        m_type->addItem(typeText(choice));
    m_dim->setRange(2, 4096);
    m_epochs->setRange(1, 100000);
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_name->setPlaceholderText(tr("automatic"));
    m_problemText->setWordWrap(true);
    m_problemText->setVisible(false);
    QPalette warn = m_problemText->palette();
    warn.setColor(QPalette::WindowText, theme::errorColor(palette()));
    m_problemText->setPalette(warn);
    m_train->setToolTip(tr("Train a model on the data set; progress and Cancel are in the jobs "
                           "panel"));
    m_load->setToolTip(tr("Add embeddings trained elsewhere (.egm, .npy with name maps, "
                          "word2vec text) for the chosen data set"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Data set:"), m_dataSet);
    form->addRow(tr("M&ethod:"), m_method);
    form->addRow(tr("&Weight:"), m_weight);
    auto *whitelist = new QHBoxLayout;
    whitelist->addWidget(m_whitelist, 1);
    whitelist->addWidget(m_browseWhitelist);
    auto *whitelistLabel = new QLabel(tr("W&hitelist:"), this);
    whitelistLabel->setBuddy(m_whitelist);
    form->addRow(whitelistLabel, whitelist);
    form->addRow(tr("&Settings:"), m_preset);
    form->addRow(tr("Sc&oring:"), m_type);
    form->addRow(tr("D&imension:"), m_dim);
    form->addRow(tr("E&pochs:"), m_epochs);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_problemText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_train);
    buttons->addWidget(m_load);
    form->addRow(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &BiasTrainPanel::presetChosen);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        const BiasMethod method = BiasMethods::get(this->method());
        m_weight->setEnabled(!method.weightName.isEmpty());
        m_weight->setValue(method.defaultWeight);
        m_whitelist->setEnabled(method.kind == BiasMethod::KlAttr);
        m_browseWhitelist->setEnabled(method.kind == BiasMethod::KlAttr);
        check();
    });
    for (QSpinBox *spin : {m_dim, m_epochs, m_seed})
        connect(spin, &QSpinBox::valueChanged, this, &BiasTrainPanel::check);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BiasTrainPanel::check);
    connect(m_dataSet, &QComboBox::currentIndexChanged, this, &BiasTrainPanel::dataSetChanged);
    connect(m_train, &QPushButton::clicked, this, &BiasTrainPanel::trainRequested);
    connect(m_load, &QPushButton::clicked, this, &BiasTrainPanel::loadRequested);
    connect(m_browseWhitelist, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Whitelist"), m_whitelist->text(), tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            m_whitelist->setText(path);
    });
    presetChosen();
}

void BiasTrainPanel::setDataSets(const QStringList &names, int current)
{
    const QSignalBlocker block(m_dataSet);
    m_dataSet->clear();
    m_dataSet->addItems(names);
    m_dataSet->setCurrentIndex(current);
}

int BiasTrainPanel::dataSet() const
{
    return m_dataSet->currentIndex();
}

BiasMethod::Kind BiasTrainPanel::method() const
{
    return BiasMethod::Kind(m_method->currentData(Qt::UserRole).toInt());
}

double BiasTrainPanel::methodWeight() const
{
    return m_weight->value();
}

QString BiasTrainPanel::whitelistPath() const
{
    return method() == BiasMethod::KlAttr ? m_whitelist->text().trimmed() : QString();
}

void BiasTrainPanel::setMethodWeight(double weight)
{
    m_weight->setValue(weight);
}

void BiasTrainPanel::setWhitelistPath(const QString &path)
{
    m_whitelist->setText(path);
}

QString BiasTrainPanel::presetName() const
{
    return m_preset->currentData().toString();
}

void BiasTrainPanel::presetChosen()
{
    const TrainPreset *preset = findTrainPreset(presetName());
    if (!preset)
        return;
    const TrainConfig &c = preset->config;
    for (int i = 0; i < int(std::size(kTypes)); ++i) {
        if (kTypes[i].type == c.model.type &&
            (c.model.type != ModelType::TransE || kTypes[i].norm == c.model.norm))
            m_type->setCurrentIndex(i);
    }
    m_dim->setValue(c.model.dim);
    m_epochs->setValue(c.epochs);
    m_seed->setValue(int(c.seed));
    check();
}

TrainConfig BiasTrainPanel::config() const
{
    const TrainPreset *preset = findTrainPreset(presetName());
    TrainConfig c = preset ? preset->config : TrainConfig();
    const TypeChoice &choice = kTypes[qBound(0, m_type->currentIndex(), int(std::size(kTypes)) - 1)];
    c.model.type = choice.type;
    c.model.norm = choice.norm;
    c.model.dim = m_dim->value();
    c.epochs = m_epochs->value();
    c.seed = quint64(m_seed->value());
    return c;
}

QString BiasTrainPanel::modelName(int serial) const
{
    const QString typed = m_name->text().trimmed();
    return typed.isEmpty() ? QStringLiteral("%1 %2").arg(BiasMethods::get(method()).name).arg(serial)
                           : typed;
}

void BiasTrainPanel::check()
{
    m_problem.clear();
    try {
        validate(config());
    } catch (const Error &error) {
        m_problem = error.message();
    }
    if (m_problem.isEmpty() && !BiasMethods::get(method()).available)
        m_problem = BiasMethods::unavailableText();
    if (m_problem.isEmpty())
        m_problem = BiasDebias::problem(method(), config());
    m_problemText->setText(m_problem);
    m_problemText->setVisible(!m_problem.isEmpty());
    m_train->setEnabled(m_problem.isEmpty());
}

void BiasTrainPanel::setPreset(const QString &name)
{
    const int index = m_preset->findData(name);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void BiasTrainPanel::setModelType(ModelType type, int norm)
{
    for (int i = 0; i < int(std::size(kTypes)); ++i) {
        if (kTypes[i].type == type && (type != ModelType::TransE || kTypes[i].norm == norm))
            m_type->setCurrentIndex(i);
    }
}

void BiasTrainPanel::setDimension(int dim)
{
    m_dim->setValue(dim);
}

void BiasTrainPanel::setEpochs(int epochs)
{
    m_epochs->setValue(epochs);
}

void BiasTrainPanel::setSeed(int seed)
{
    m_seed->setValue(seed);
}

bool BiasTrainPanel::setMethod(BiasMethod::Kind kind)
{
    const int index = m_method->findData(int(kind), Qt::UserRole);
    if (index < 0 || !BiasMethods::get(kind).available)
        return false;
    m_method->setCurrentIndex(index);
    return true;
}

} // namespace eg
