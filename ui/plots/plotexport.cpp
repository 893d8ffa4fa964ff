#include "plots/plotexport.h"

#include "plots/qcp.h"

#include <QFileInfo>
#include <QSvgGenerator>

namespace eg {

std::optional<PlotFormat> plotFormatFromSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return PlotFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return PlotFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return PlotFormat::Svg;
    return std::nullopt;
}

QString plotFormatSuffix(PlotFormat format)
{
    switch (format) {
    case PlotFormat::Png:
        return QStringLiteral("png");
    case PlotFormat::Pdf:
        return QStringLiteral("pdf");
    case PlotFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

namespace {

bool saveSvg(QCustomPlot *plot, const QString &path, QSize size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(plot->windowTitle().isEmpty() ? plot->objectName() : plot->windowTitle());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    return QFileInfo(path).size() > 0;
}

} // namespace

bool savePlot(QCustomPlot *plot, const QString &path, PlotFormat format, QSize size,
              double scale)
{
    if (!size.isValid() || size.isEmpty())
        size = plot->size();
    switch (format) {
    case PlotFormat::Png:
        return plot->savePng(path, size.width(), size.height(), scale);
    case PlotFormat::Pdf:
        return plot->savePdf(path, size.width(), size.height());
    case PlotFormat::Svg:
        return saveSvg(plot, path, size);
    }
    return false;
}

} // namespace eg
