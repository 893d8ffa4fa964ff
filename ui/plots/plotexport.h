#pragma once

#include <QSize>
#include <QString>

#include <optional>

class QCustomPlot;

namespace eg {

enum class PlotFormat { Png, Pdf, Svg };

// The format a file name asks for by its suffix (case-insensitive), or nothing.
std::optional<PlotFormat> plotFormatFromSuffix(const QString &path);
QString plotFormatSuffix(PlotFormat format); // "png", "pdf", "svg"

// Saves `plot` as it is drawn now. PNG at `size` logical pixels times `scale` (QCustomPlot's
// savePng), PDF as vector graphics (savePdf), SVG through QSvgGenerator and a QCPPainter. An
// empty size means the widget's current size. Returns false when the file could not be
// written.
bool savePlot(QCustomPlot *plot, const QString &path, PlotFormat format, QSize size = {},
              double scale = 2.0);

} // namespace eg
