#pragma once

#include "plots/themedplot.h"

#include <vector>

namespace eg {

struct BarItem
{
    QString label;
    double value = 0.0;
};

// Horizontal bars either side of zero: the `positive` items (largest first) at the top in the
// first series colour, the `negative` items (most negative first) at the bottom in the second,
// each labelled on the category axis. For the top ±k B_p of a bias result.
class DivergingBarPlot : public ThemedPlot
{
    Q_OBJECT
public:
    explicit DivergingBarPlot(QWidget *parent = nullptr);

    // `positiveName` / `negativeName` name the two ends in the legend ("towards male").
    void setBars(const std::vector<BarItem> &positive, const std::vector<BarItem> &negative,
                 const QString &positiveName, const QString &negativeName);
    void setValueLabel(const QString &label);
    void clearBars();

    int barCount() const { return m_count; }
    // Category labels from the top bar down.
    QStringList labels() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourBars();

    QCPBars *m_positive;
    QCPBars *m_negative;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    int m_count = 0;
};

} // namespace eg
