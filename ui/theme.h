#pragma once

#include <QColor>
#include <QPalette>

// Colours derived from the current palette, so that light and dark desktops both stay readable.
// Nothing here is a fixed colour: a hue is chosen, and its lightness is moved until the text
// reaches a contrast ratio against the palette's base colour.
namespace eg::theme {

// True when the palette's base (the background of views) is dark.
bool isDark(const QPalette &palette);

// WCAG 2 contrast ratio of two colours (1 .. 21).
double contrastRatio(const QColor &a, const QColor &b);

// `hue` (HSL hue, 0..359) at full saturation, made lighter or darker until it reaches `ratio`
// against `background`.
QColor readableHue(int hue, const QColor &background, double ratio);

// Text colours for error and warning messages on the palette's base (contrast >= 4.5).
QColor errorColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);

// The colour of data series `index` in plots: the palette's highlight first, then hues spread
// round the circle, each with contrast >= 3 against the base.
QColor seriesColor(const QPalette &palette, int index);

} // namespace eg::theme
