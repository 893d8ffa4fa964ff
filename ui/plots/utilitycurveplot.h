#pragma once

#include "plots/themedplot.h"
#include "threshold/opis.h"

#include <QString>
#include <vector>

namespace eg {

// Utility against the distance threshold, one curve per class plus the pooled curve (bold), on
// one plot: the calibration range shaded, the classes of the worst epsilon share drawn solid and
// wide (the others thinner and lighter), a legend, and a vertical marker at the threshold the
// user picked.
class UtilityCurvePlot : public ThemedPlot
{
    Q_OBJECT
public:
    explicit UtilityCurvePlot(QWidget *parent = nullptr);

    // `curves` over any thresholds (e.g. the whole distance range); `opis` for the calibration
    // range and the worst classes; `names` by class index (empty: the labels).
    void setCurves(const UtilityCurves &curves, const OpisResult &opis,
                   const std::vector<QString> &names, const QString &title);
    void clearCurves(const QString &message);
    void setMarker(double threshold);

    int classCurveCount() const { return m_classCurves; }
    QCPGraph *pooledGraph() const { return m_pooled; }
    QCPItemRect *calibrationBand() const { return m_band; }
    double marker() const { return m_markerAt; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    UtilityCurves m_curves;
    OpisResult m_opis;
    std::vector<QString> m_names;
    QString m_titleText;
    QCPTextElement *m_title;
    QCPGraph *m_pooled = nullptr;
    QCPItemRect *m_band = nullptr;
    QCPItemStraightLine *m_marker = nullptr;
    QCPItemText *m_bandLabel = nullptr;
    int m_classCurves = 0;
    double m_markerAt = -1.0;
};

} // namespace eg
