#pragma once

#include "plots/themedplot.h"

#include <QStringList>
#include <vector>

namespace eg {

// Vertical bars in groups: one group per category (labelled on the key axis), one bar per
// series inside each group, in the theme's series colours, with a legend; a NaN value leaves
// its bar out. A zero line is drawn when values have both signs. For the aggregate bias
// measures of two models side by side (difference in scores per sensitive relation; probe
// gaps).
class GroupedBarPlot : public ThemedPlot
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        std::vector<double> values; // one per category; NaN: no bar
        int colour = 0;             // theme::seriesColor index
    };

    explicit GroupedBarPlot(QWidget *parent = nullptr);

    void setBars(const QStringList &categories, const std::vector<Series> &series);
    void clearBars() { setBars({}, {}); }
    void setTitle(const QString &title);
    void setValueLabel(const QString &label);

    // For tests: the bars drawn (values that are not NaN), and a series' drawn values.
    int barCount() const;
    std::vector<double> drawnValues(int series) const;
    QStringList categories() const { return m_categories; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourBars();

    QCPTextElement *m_title;
    QCPBarsGroup *m_group;
    std::vector<QCPBars *> m_bars;
    std::vector<int> m_colours;
    QStringList m_categories;
};

} // namespace eg
