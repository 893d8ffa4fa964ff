#include "theme.h"

#include <cmath>

namespace eg::theme {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// True when light text stands out more on `background` than dark text does.
bool wantsLightText(const QColor &background)
{
    return contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return wantsLightText(palette.color(QPalette::Base));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableHue(int hue, const QColor &background, double ratio)
{
    // Start at the pure hue (lightness 50 %) and walk towards black or white, whichever stands
    // out more: the better of the two reaches at least 4.58 against any background, so every
    // ratio up to that is reached.
    const bool darkBackground = wantsLightText(background);
    QColor best;
    for (int step = 0; step <= 50; ++step) {
        const int lightness = darkBackground ? 128 + step * 127 / 50 : 128 - step * 128 / 50;
        best = QColor::fromHsl(hue, 255, lightness);
        if (contrastRatio(best, background) >= ratio)
            break;
    }
    return best;
}

QColor errorColor(const QPalette &palette)
{
    return readableHue(0, palette.color(QPalette::Base), 4.5);
}

QColor warningColor(const QPalette &palette)
{
    return readableHue(35, palette.color(QPalette::Base), 4.5);
}

QColor seriesColor(const QPalette &palette, int index)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    if (index == 0 && contrastRatio(highlight, base) >= 3.0)
        return highlight;
    // Golden-angle steps from the highlight's hue keep neighbouring series apart.
    const int start = highlight.hslHue() < 0 ? 210 : highlight.hslHue();
    return readableHue((start + index * 137) % 360, base, 3.0);
}

} // namespace eg::theme
