#pragma once

#include "plots/plotexport.h"

#include <QToolButton>

class QCustomPlot;

namespace eg {

// An "Export" button with a menu: PNG, PDF or SVG; asks for a file name and saves the plot.
class PlotExportButton : public QToolButton
{
    Q_OBJECT
public:
    // `baseName` suggests the file name ("bias-bars").
    PlotExportButton(QCustomPlot *plot, const QString &baseName, QWidget *parent = nullptr);

Q_SIGNALS:
    void saved(const QString &path);
    void failed(const QString &path);

private:
    void exportAs(PlotFormat format);

    QCustomPlot *m_plot;
    QString m_baseName;
};

} // namespace eg
