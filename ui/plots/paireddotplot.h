#pragma once

#include "plots/themedplot.h"

#include <vector>

namespace eg {

struct PairedItem
{
    QString label;
    double a = 0.0; // first model's value
    double b = 0.0; // second model's value
};

// Two values per category, as two dots joined by a line (a "dumbbell" chart): how much each
// profession's B_p moves from one model to another. Categories run top to bottom in the
// given order.
class PairedDotPlot : public ThemedPlot
{
    Q_OBJECT
public:
    explicit PairedDotPlot(QWidget *parent = nullptr);

    void setItems(const std::vector<PairedItem> &items, const QString &nameA,
                  const QString &nameB);
    void setValueLabel(const QString &label);
    int itemCount() const { return m_count; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleSeries();

    QCPGraph *m_a;
    QCPGraph *m_b;
    QSharedPointer<QCPAxisTickerText> m_ticker;
    std::vector<QCPItemLine *> m_links;
    int m_count = 0;
};

} // namespace eg
