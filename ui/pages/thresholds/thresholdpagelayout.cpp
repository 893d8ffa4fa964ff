// The Thresholds page's two panes beside the plots' tabs: the curves tab (which model, its
// figures, export) and the side panel (two models compared, the threshold slider with its
// per-class table, table exports).
#include "pages/thresholds/thresholdpage.h"

#include "models/thresholdcomparisonmodel.h"
#include "plots/plotexportbutton.h"
#include "plots/utilitycurveplot.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace eg {

QWidget *ThresholdPage::makeCurvesTab()
{
    auto *tab = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), tab));
    top->addWidget(m_showA);
    top->addWidget(m_showB);
    auto *group = new QButtonGroup(tab);
    group->addButton(m_showA);
    group->addButton(m_showB);
    m_showA->setChecked(true);
    top->addSpacing(12);
    top->addWidget(m_opisLabel, 1);
    top->addWidget(new PlotExportButton(m_curves, QStringLiteral("threshold-curves"), tab));
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_curves, 1);
    return tab;
}

QWidget *ThresholdPage::makeSidePanel()
{
    auto *panel = new QWidget(this);
    auto *compare = new QGroupBox(tr("OPIS of two models"), panel);
    auto *form = new QFormLayout;
    form->addRow(tr("Model A:"), m_firstBox);
    form->addRow(tr("Model B:"), m_secondBox);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->addLayout(form);
    compareLayout->addWidget(m_comparisonView);
    // Exactly the rows: header plus six figures, no scrolling.
    const int rowHeight = m_comparisonView->verticalHeader()->defaultSectionSize();
    m_comparisonView->setFixedHeight(rowHeight * ThresholdComparisonModel::RowCount +
                                     m_comparisonView->horizontalHeader()->sizeHint().height() +
                                     2 * m_comparisonView->frameWidth());
    m_comparisonView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *rates = new QGroupBox(tr("One global threshold"), panel);
    m_slider->setRange(0, SliderSteps);
    m_slider->setToolTip(tr("Distance threshold: pairs at or below it are declared a match"));
    auto *ratesLayout = new QVBoxLayout(rates);
    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(m_slider, 1);
    sliderRow->addWidget(m_thresholdLabel);
    ratesLayout->addLayout(sliderRow);
    ratesLayout->addWidget(m_ratesView, 1);

    auto *exportButton = new QToolButton(panel);
    exportButton->setText(tr("Export tables"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("FAR / FRR table (CSV)…"), this, [this] { exportDialog(0); });
    menu->addAction(tr("Comparison table (CSV)…"), this, [this] { exportDialog(1); });
    menu->addAction(tr("Utility curves (CSV)…"), this, [this] { exportDialog(2); });
    exportButton->setMenu(menu);

    auto *measure = new QPushButton(tr("&Measure a File…"), panel);
    measure->setToolTip(tr("Measure labelled embeddings trained elsewhere: a CSV file "
                           "(label,value,…) or a .npy array with a labels file"));
    connect(measure, &QPushButton::clicked, this, &ThresholdPage::measureDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(measure);
    buttons->addStretch(1);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(compare);
    layout->addWidget(rates, 1);
    layout->addLayout(buttons);
    return panel;
}

} // namespace eg
