// Translations: the language choice, the German translation of our texts and of Qt's, the
// completeness of equigraph_de.ts, and the language setting of the preferences dialog.
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "pages/workbenchtabs.h"
#include "preferencesdialog.h"
#include "translations.h"
#include "uisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace eg;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void available();
    void resolve_data();
    void resolve();
    void germanChangesWidgetTexts();
    void germanLoadsQtTranslation();
    void germanFileIsComplete();
    void preferencesStoreLanguage();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EquigraphTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    // Each test's Translations object removed its translators when it went; reset the locale.
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestTranslations::available()
{
    const QStringList codes = Translations::available();
    QVERIFY(codes.contains(QStringLiteral("de")));
    QVERIFY(codes.contains(QStringLiteral("en")));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

void TestTranslations::resolve_data()
{
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << "" << "de_DE" << "de";
    QTest::newRow("system Austrian German") << "" << "de_AT" << "de";
    QTest::newRow("system French: English") << "" << "fr_FR" << "en";
    QTest::newRow("preference wins") << "en" << "de_DE" << "en";
    QTest::newRow("preference German") << "de" << "en_US" << "de";
    QTest::newRow("unknown preference: system") << "xx" << "de_CH" << "de";
}

void TestTranslations::resolve()
{
    QFETCH(QString, preference);
    QFETCH(QString, system);
    QTEST(Translations::resolve(preference, QLocale(system)), "expected");
}

void TestTranslations::germanChangesWidgetTexts()
{
    {
        MainWindow english(EngineHooks{});
        QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(english.workbenches()->tabText(WorkbenchTabs::Thresholds),
                 QStringLiteral("Thresholds"));
    }
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("de")));
    QCOMPARE(translations.installed(), QStringLiteral("de"));
    MainWindow german(EngineHooks{});
    QCOMPARE(german.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(german.workbenches()->tabText(WorkbenchTabs::Thresholds),
             QStringLiteral("Schwellenwerte"));
    QCOMPARE(JobsModel::stateText(JobState::Cancelled), QStringLiteral("Abgebrochen"));
    // Numbers follow the language too (German groups thousands with a dot).
    QCOMPARE(QLocale().toString(14541), QStringLiteral("14.541"));

    // Back to English: the translators are removed again.
    QVERIFY(translations.install(QStringLiteral("en")));
    MainWindow english(EngineHooks{});
    QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestTranslations::germanLoadsQtTranslation()
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(folder + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's German translation is not installed (qt6-translations-l10n)");
    Translations translations;
    translations.install(QStringLiteral("de"));
    QVERIFY(translations.qtLoaded());
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

// Every message of equigraph_de.ts is translated (no "unfinished" entry, no empty text, every
// plural form filled), and the file is not empty. Whether the file still holds every tr() text
// of the sources is the ctest `translations_complete` (check_translations.cmake runs lupdate).
void TestTranslations::germanFileIsComplete()
{
    QFile file(QStringLiteral(EG_TRANSLATIONS_DIR "/equigraph_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                type == QLatin1String("obsolete"))
                problems << type + QStringLiteral(": ") + source;
        } else if (xml.name() == QLatin1String("numerusform")) {
            if (xml.readElementText().isEmpty())
                problems << QStringLiteral("empty plural form: ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::preferencesStoreLanguage()
{
    UiSettings settings;
    PreferencesDialog dialog(&settings);
    QComboBox *box = dialog.languageBox();
    QCOMPARE(box->itemData(0).toString(), QString()); // "System default" first
    const int german = box->findData(QStringLiteral("de"));
    QVERIFY(german > 0);
    QCOMPARE(box->itemText(german), QStringLiteral("Deutsch"));
    QVERIFY(!dialog.apply()); // nothing changed yet
    box->setCurrentIndex(german);
    QVERIFY(dialog.apply());
    QCOMPARE(UiSettings().language(), QStringLiteral("de"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
