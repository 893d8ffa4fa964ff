#include "plots/plotexportbutton.h"

#include "plots/qcp.h"

#include <QFileDialog>
#include <QMenu>

namespace eg {

PlotExportButton::PlotExportButton(QCustomPlot *plot, const QString &baseName, QWidget *parent)
    : QToolButton(parent)
    , m_plot(plot)
    , m_baseName(baseName)
{
    setText(tr("Export"));
    setToolTip(tr("Save this plot as a PNG image, a PDF document or an SVG drawing"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    menu->addAction(tr("PNG image…"), this, [this] { exportAs(PlotFormat::Png); });
    menu->addAction(tr("PDF document…"), this, [this] { exportAs(PlotFormat::Pdf); });
    menu->addAction(tr("SVG drawing…"), this, [this] { exportAs(PlotFormat::Svg); });
    setMenu(menu);
}

void PlotExportButton::exportAs(PlotFormat format)
{
    const QString suffix = plotFormatSuffix(format);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Plot"), m_baseName + QLatin1Char('.') + suffix,
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (!plotFormatFromSuffix(path))
        path += QLatin1Char('.') + suffix;
    if (savePlot(m_plot, path, format))
        Q_EMIT saved(path);
    else
        Q_EMIT failed(path);
}

} // namespace eg
