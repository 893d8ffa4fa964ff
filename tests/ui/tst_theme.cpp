// Colours from the palette: readable on light and dark bases, and plots that follow the palette.
#include "plots/themedplot.h"
#include "theme.h"

#include <QtTest>

using namespace eg;

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastRatio_data();
    void contrastRatio();
    void readableOnBothBases_data();
    void readableOnBothBases();
    void plotFollowsPalette();
};

// A dark palette as a desktop's dark theme would give it (test fixture only).
static QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
    return palette;
}

static QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

void TestTheme::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    // WCAG: (L1 + 0.05) / (L2 + 0.05); white L = 1, black L = 0, so 1.05 / 0.05 = 21.
    QTest::newRow("white on black") << QColor(Qt::white) << QColor(Qt::black) << 21.0;
    QTest::newRow("order does not matter") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(Qt::red) << QColor(Qt::red) << 1.0;
    // Pure red: L = 0.2126, so (1.05) / (0.2626) = 3.998...
    QTest::newRow("red on white") << QColor(Qt::red) << QColor(Qt::white) << 1.05 / 0.2626;
}

void TestTheme::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    // 1e-3: the sRGB channel values pass through 16-bit QColor storage.
    QVERIFY(qAbs(theme::contrastRatio(a, b) - ratio) < 1e-3);
}

void TestTheme::readableOnBothBases_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestTheme::readableOnBothBases()
{
    QFETCH(QPalette, palette);
    QTEST(theme::isDark(palette), "dark");
    const QColor base = palette.color(QPalette::Base);
    const QColor error = theme::errorColor(palette);
    const QColor warning = theme::warningColor(palette);
    QVERIFY(theme::contrastRatio(error, base) >= 4.5); // WCAG AA for text
    QVERIFY(theme::contrastRatio(warning, base) >= 4.5);
    QVERIFY(error.hslHue() <= 10 || error.hslHue() >= 350); // still red
    QVERIFY(warning.hslHue() >= 25 && warning.hslHue() <= 45); // still orange
    QSet<QRgb> seen;
    for (int i = 0; i < 8; ++i) {
        const QColor series = theme::seriesColor(palette, i);
        QVERIFY2(theme::contrastRatio(series, base) >= 3.0, qPrintable(series.name()));
        seen.insert(series.rgb());
    }
    QCOMPARE(seen.size(), 8);
}

void TestTheme::plotFollowsPalette()
{
    ThemedPlot plot;
    QCPGraph *series = plot.addSeries(QStringLiteral("loss"));
    plot.setPalette(darkPalette());
    const QPalette palette = plot.palette();
    QCOMPARE(plot.xAxis->tickLabelColor(), palette.color(QPalette::Text));
    QCOMPARE(plot.yAxis->labelColor(), palette.color(QPalette::Text));
    QCOMPARE(plot.xAxis->basePen().color(), palette.color(QPalette::Text));
    QCOMPARE(plot.legend->textColor(), palette.color(QPalette::Text));
    QCOMPARE(series->pen().color(), theme::seriesColor(palette, 0));
    QCOMPARE(plot.grab().toImage().pixelColor(2, 2), palette.color(QPalette::Base));

    plot.setPalette(lightPalette());
    QCOMPARE(plot.xAxis->tickLabelColor(), QColor(Qt::black));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
