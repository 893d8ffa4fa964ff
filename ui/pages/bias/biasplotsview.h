#pragma once

#include "bias/profession_bias.h"
#include "kg/graph.h"
#include "pages/bias/biassettings.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
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
// against bias over a sweep of debiasing weights.
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
    // The trade-off plot shows the points of `sweep` as they arrive (cleared when it starts).
    void attachSweep(SweepJob *sweep);

    DivergingBarPlot *bars() const { return m_bars; }
    LabelledScatterPlot *scatter() const { return m_scatter; }
    PairedDotPlot *paired() const { return m_paired; }
    TradeoffPlot *tradeoff() const { return m_tradeoff; }
    bool pairedShown() const;

private:
    // A titled frame holding `plot` (or `stack`, when given) and its export button.
    QWidget *frame(const QString &title, QCustomPlot *plot, const QString &baseName,
                   QWidget *content = nullptr);
    void fillPaired(const Input &input, const std::vector<qint32> &professions);

    DivergingBarPlot *m_bars;
    LabelledScatterPlot *m_scatter;
    PairedDotPlot *m_paired;
    TradeoffPlot *m_tradeoff;
    QStackedWidget *m_pairedStack;
    QLabel *m_pairedMessage;
};

} // namespace eg
