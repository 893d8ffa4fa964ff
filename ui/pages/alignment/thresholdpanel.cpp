#include "pages/alignment/thresholdpanel.h"

#include "plots/plotexportbutton.h"
#include "plots/thresholdplot.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace eg {

ThresholdPanel::ThresholdPanel(QWidget *parent)
    : QWidget(parent)
    , m_plot(new ThresholdPlot(this))
    , m_source(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_figures(new QLabel(this))
    , m_bulk(new QPushButton(this)) {
    m_source->addItem(tr("reference links"), ReferenceLinks);
    m_source->addItem(tr("my decisions"), Decisions);
    m_source->setToolTip(tr("What counts as a true match: the data set's reference links, or "
                            "the pairs approved so far (rejected ones are non-matches)."));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.01);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.5);
    m_plot->setMinimumSize(220, 170);
    m_figures->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Labels:"), m_source);
    form->addRow(tr("Threshold:"), m_threshold);

    auto *grid = new QGridLayout;
    auto *corner = new QLabel(tr("<b>actual \\ decision</b>"), this);
    corner->setWordWrap(true); // two lines where the column is narrow
    grid->addWidget(corner, 0, 0);
    grid->addWidget(new QLabel(tr("<b>accept</b>"), this), 0, 1, Qt::AlignRight | Qt::AlignBottom);
    grid->addWidget(new QLabel(tr("<b>reject</b>"), this), 0, 2, Qt::AlignRight | Qt::AlignBottom);
    grid->addWidget(new QLabel(tr("match"), this), 1, 0);
    grid->addWidget(new QLabel(tr("no match"), this), 2, 0);
    for (int i = 0; i < 4; ++i) {
        m_cells[i] = new QLabel(this);
        m_cells[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_cells[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(m_cells[i], 1 + i / 2, 1 + i % 2);
    }
    grid->setColumnStretch(0, 1);
    m_cells[0]->setToolTip(tr("true positives"));
    m_cells[1]->setToolTip(tr("false negatives"));
    m_cells[2]->setToolTip(tr("false positives"));
    m_cells[3]->setToolTip(tr("true negatives"));

    // The chart takes the room; beside it what to count, the counts and the bulk approval.
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addSpacing(6);
    side->addLayout(grid);
    side->addWidget(m_figures);
    side->addWidget(m_bulk);
    side->addStretch(1);
    side->addWidget(new PlotExportButton(m_plot, QStringLiteral("alignment-threshold"), this), 0,
                    Qt::AlignRight);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_plot, 1);
    layout->addLayout(side);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double t) {
        m_plot->setThreshold(t);
        update();
        Q_EMIT thresholdChanged(t);
    });
    connect(m_plot, &ThresholdPlot::thresholdPicked, m_threshold, &QDoubleSpinBox::setValue);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ThresholdPanel::refresh);
    connect(m_bulk, &QPushButton::clicked, this,
            [this] { Q_EMIT bulkApproveRequested(m_threshold->value()); });
    refresh();
}

void ThresholdPanel::setCandidates(const std::vector<CandidateRow> *rows) {
    m_rows = rows;
    bool gold = false;
    if (rows)
        for (const CandidateRow &r : *rows)
            gold = gold || r.hasGold >= 0;
    setLabelSource(gold ? ReferenceLinks : Decisions);
    refresh();
}

void ThresholdPanel::setLabelSource(LabelSource source) {
    m_source->setCurrentIndex(m_source->findData(source));
}

ThresholdPanel::LabelSource ThresholdPanel::labelSource() const {
    return LabelSource(m_source->currentData().toInt());
}

double ThresholdPanel::threshold() const {
    return m_threshold->value();
}

void ThresholdPanel::setThreshold(double threshold) {
    m_threshold->setValue(threshold);
}

void ThresholdPanel::refresh() {
    std::vector<LabelledScore> samples;
    const bool reference = labelSource() == ReferenceLinks;
    if (m_rows)
        for (const CandidateRow &r : *m_rows) {
            if (reference && r.hasGold >= 0)
                samples.push_back({r.score, r.hasGold == 1});
            else if (!reference && r.status == store::CandidateStatus::Approved)
                samples.push_back({r.score, true});
            else if (!reference && r.status == store::CandidateStatus::Rejected)
                samples.push_back({r.score, false});
        }
    m_plot->setEmptyText(reference ? tr("This run has no reference links.")
                                   : tr("No decisions yet:\napprove or reject a few pairs."));
    m_plot->setSamples(std::move(samples));
    update();
}

void ThresholdPanel::update() {
    const double t = m_threshold->value();
    const ThresholdCounts c = thresholdCounts(m_plot->samples(), t);
    const qint64 values[4] = {c.truePositives, c.falseNegatives, c.falsePositives, c.trueNegatives};
    for (int i = 0; i < 4; ++i)
        m_cells[i]->setText(QLocale().toString(values[i]));
    if (m_plot->samples().empty())
        m_figures->setText(tr("No labelled pairs."));
    else
        m_figures->setText(tr("At %1 over %2 labelled pairs: precision %3, recall %4, F1 %5")
                               .arg(t, 0, 'f', 2)
                               .arg(QLocale().toString(qint64(m_plot->samples().size())))
                               .arg(c.precision(), 0, 'f', 3)
                               .arg(c.recall(), 0, 'f', 3)
                               .arg(c.f1(), 0, 'f', 3));
    qint64 pending = 0;
    if (m_rows)
        for (const CandidateRow &r : *m_rows)
            pending += r.status == store::CandidateStatus::Pending && r.score >= t ? 1 : 0;
    m_bulk->setText(
        tr("Approve %n pending pair(s) with score ≥ %1", nullptr, int(pending)).arg(t, 0, 'f', 2));
    m_bulk->setEnabled(pending > 0);
}

QString ThresholdPanel::confusionText() const {
    return QStringLiteral("TP %1 FN %2 FP %3 TN %4")
        .arg(m_cells[0]->text(), m_cells[1]->text(), m_cells[2]->text(), m_cells[3]->text());
}

} // namespace eg
