#include "pages/thresholds/thresholdtrainbar.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace eg {

namespace {

QDoubleSpinBox *spin(double low, double high, double value, int decimals, QWidget *parent,
                     const QString &tip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setToolTip(tip);
    return box;
}

} // namespace

ThresholdTrainBar::ThresholdTrainBar(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_loss(new QComboBox(this))
    , m_epochs(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    // Defaults: the settings measured in docs/reproduction.md ("Threshold consistency on
    // Fashion-MNIST"); the reference's own defaults are m+ 0.9, m- 0.5, lambda 1.
    , m_posMargin(spin(-1, 1, 0.9, 2, this,
                       tr("TCM m⁺: positive pairs with cosine ≤ m⁺ count (reference: 0.9)")))
    , m_negMargin(spin(-1, 1, 0.4, 2, this,
                       tr("TCM m⁻: negative pairs with cosine ≥ m⁻ count (reference: 0.5)")))
    , m_posWeight(spin(0, 1000, 96, 1, this,
                       tr("TCM λ⁺: weight of the hard-positive term (reference: 1)")))
    , m_negWeight(spin(0, 1000, 2, 1, this,
                       tr("TCM λ⁻: weight of the hard-negative term (reference: 1)")))
    , m_train(new QPushButton(tr("&Train base and base + TCM"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_readings(new QLabel(this))
{
    m_source->addItem(ThresholdData::sourceName(ThresholdData::FashionMnist),
                      int(ThresholdData::FashionMnist));
    m_source->addItem(ThresholdData::sourceName(ThresholdData::Synthetic),
                      int(ThresholdData::Synthetic));
    if (!ThresholdData::fashionMnistAvailable()) {
        m_source->setItemData(0, false, Qt::UserRole - 1); // disabled item
        m_source->setItemData(0, tr("Install Debian's dataset-fashion-mnist package"),
                              Qt::ToolTipRole);
        m_source->setCurrentIndex(1);
    }
    m_source->setToolTip(tr("Open world: train on classes 0-4, measure on the unseen 5-9"));
    m_loss->addItem(tr("Proxy-Anchor"), int(dml::BaseLoss::ProxyAnchor));
    m_loss->addItem(tr("ArcFace"), int(dml::BaseLoss::ArcFace));
    m_epochs->setRange(1, 200);
    m_epochs->setToolTip(tr("Epochs per model"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Seed of both models (same initial weights, same batches)"));
    m_cancel->setEnabled(false);
    m_train->setToolTip(tr("Train the base loss alone and with the TCM regulariser, then "
                           "measure both on the unseen classes"));
    m_readings->setWordWrap(true);
    m_readings->setText(tr("Readings of the reference (parameters; defaults): utility = F₁ of "
                           "TPR and TNR; Ū pooled over all pairs; calibration range at global "
                           "FAR 1 %–10 %, 101 thresholds; ε = 10 % of classes; L2 distance."));
    QPalette muted = m_readings->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_readings->setPalette(muted);

    // Two rows, so the page fits beside the main window's docks at 1280 pixels: what to train
    // on, then the regulariser's settings beside the readings.
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    const auto add = [this](QHBoxLayout *row, const QString &label, QWidget *widget) {
        auto *text = new QLabel(label, this);
        text->setBuddy(widget);
        row->addWidget(text);
        row->addWidget(widget);
    };
    add(first, tr("&Data:"), m_source);
    add(first, tr("&Loss:"), m_loss);
    add(first, tr("&Epochs:"), m_epochs);
    add(first, tr("&Seed:"), m_seed);
    first->addStretch(1);
    first->addWidget(m_train);
    first->addWidget(m_cancel);
    second->addWidget(new QLabel(tr("TCM:"), this));
    add(second, tr("m⁺"), m_posMargin);
    add(second, tr("m⁻"), m_negMargin);
    add(second, tr("λ⁺"), m_posWeight);
    add(second, tr("λ⁻"), m_negWeight);
    second->addSpacing(12);
    second->addWidget(m_readings, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ThresholdTrainBar::sourceChanged);
    connect(m_train, &QPushButton::clicked, this, &ThresholdTrainBar::trainRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ThresholdTrainBar::cancelRequested);
    sourceChanged();
}

void ThresholdTrainBar::sourceChanged()
{
    // Fashion-MNIST: about 1 s per epoch on two cores; the synthetic set trains in moments.
    const bool fashion = m_source->currentData().toInt() == ThresholdData::FashionMnist;
    m_epochs->setValue(fashion ? 10 : 8);
}

void ThresholdTrainBar::setSource(ThresholdData::Source source)
{
    m_source->setCurrentIndex(m_source->findData(int(source)));
}

void ThresholdTrainBar::setEpochs(int epochs)
{
    m_epochs->setValue(epochs);
}

void ThresholdTrainBar::setRunning(bool running)
{
    m_train->setEnabled(!running);
    m_cancel->setEnabled(running);
}

ThresholdTrainRequest ThresholdTrainBar::request() const
{
    ThresholdTrainRequest r;
    r.source = ThresholdData::Source(m_source->currentData().toInt());
    dml::DmlSettings &s = r.settings;
    s.widths = ThresholdData::widths(r.source);
    s.baseLoss = dml::BaseLoss(m_loss->currentData().toInt());
    s.epochs = m_epochs->value();
    s.tcm.positiveMargin = m_posMargin->value();
    s.tcm.negativeMargin = m_negMargin->value();
    s.tcm.positiveWeight = m_posWeight->value();
    s.tcm.negativeWeight = m_negWeight->value();
    s.threads = 2;
    r.seeds = {quint64(m_seed->value())};
    return r;
}

} // namespace eg
