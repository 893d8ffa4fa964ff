#pragma once

#include "bias/profession_bias.h"
#include "kg/graph.h"
#include "pages/bias/biassettings.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace eg {

class DivergingBarPlot;
class LabelledScatterPlot;
class PairedDotPlot;
class SweepJob;
class TradeoffPlot;

// The bias page's four plots, each with its export button: the top ±k B_p as diverging bars;
// B_p against the data's log-ratio (hover for the profession, Spearman ρ in the corner); the
// current and the comparison model per profession, joined; and link-prediction quality
// against bias over a sweep of KL weights (Run Sweep asks the page to train one model per
// weight; each point is drawn as it arrives).
class BiasPlotsView : public QWidget
{
    Q_OBJECT
public:
    explicit BiasPlotsView(QWidget *parent = nullptr);

    struct Input
    {
        std::shared_ptr<const ProfessionBiasResult> result;
        std::shared_ptr<const ProfessionBiasResult> comparison; // may be null
        std::shared_ptr<const Graph> graph;
        BiasSettings settings;
        QString valueA;
        QString valueB;
        QString modelName;
        QString comparisonName;
    };
    void setInput(const Input &input);
    // The trade-off plot shows the points of `sweep` as they arrive (cleared when it starts);
    // Run Sweep is disabled while it runs.
    void attachSweep(SweepJob *sweep);
    // The weights typed beside Run Sweep (separated by ";" or spaces, and "," where it is not
    // the decimal sign); empty when the text is not a list of weights >= 0.
    std::vector<double> sweepWeights() const;
    void setSweepWeights(const std::vector<double> &weights);
    QPushButton *sweepButton() const { return m_sweepButton; }

    DivergingBarPlot *bars() const { return m_bars; }
    LabelledScatterPlot *scatter() const { return m_scatter; }
    PairedDotPlot *paired() const { return m_paired; }
    TradeoffPlot *tradeoff() const { return m_tradeoff; }
    bool pairedShown() const;

Q_SIGNALS:
    // Run Sweep was pressed with valid weights.
    void sweepRequested(const std::vector<double> &weights);

private:
    // A titled frame holding `plot` (or `stack`, when given) and its export button.
    // `tools` goes in the heading, before the export button.
    QWidget *frame(const QString &title, QCustomPlot *plot, const QString &baseName,
                   QWidget *content = nullptr, QWidget *tools = nullptr);
    QWidget *sweepTools();
    void fillPaired(const Input &input, const std::vector<qint32> &professions);

    DivergingBarPlot *m_bars;
    LabelledScatterPlot *m_scatter;
    PairedDotPlot *m_paired;
    TradeoffPlot *m_tradeoff;
    QStackedWidget *m_pairedStack;
    QLabel *m_pairedMessage;
    QLineEdit *m_sweepWeights;
    QPushButton *m_sweepButton;
    SweepJob *m_sweep = nullptr;
};

} // namespace eg
