// Translations: the language choice, the German translation of our texts and of Qt's, the
// engine's error messages, the completeness of equigraph_de.ts, the language setting of the
// preferences dialog, and the German main window on a 1280x800 screen.
#include "common/error.h"
#include "datacontroller.h"
#include "enginehooks.h"
#include "kg/loader.h"
#include "mainwindow.h"
#include "models/jobsmodel.h"
#include "pages/bias/biasreport.h"
#include "pages/workbenchtabs.h"
#include "panels/datasetpanel.h"
#include "preferencesdialog.h"
#include "translations.h"
#include "uisettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    void germanEngineErrors();
    void germanFileIsComplete();
    void preferencesStoreLanguage();
    void germanMainWindowFits();
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
    // The bias report says which language its words are in.
    BiasReportInput report;
    report.first.result = std::make_shared<ProfessionBiasResult>();
    QVERIFY(BiasReport::html(report).contains(QStringLiteral("<html lang=\"de\">")));

    // Back to English: the translators are removed again.
    QVERIFY(translations.install(QStringLiteral("en")));
    MainWindow english(EngineHooks{});
    QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QVERIFY(BiasReport::html(report).contains(QStringLiteral("<html lang=\"en\">")));
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

// The engine's messages (eg::Error) are translated by the installed translator, arguments and
// all; without one (as in the CLI) they stay English.
void TestTranslations::germanEngineErrors()
{
    const QString missing = QStringLiteral("/no/such/folder/for/equigraph");
    const auto loadError = [&missing] {
        try {
            loadGraph(missing);
        } catch (const Error &error) {
            return error.message();
        }
        return QString();
    };
    QCOMPARE(loadError(), QStringLiteral("no such file or folder"));
    QCOMPARE(Error::tr("%1 failed: %2").arg(QStringLiteral("x"), QStringLiteral("y")),
             QStringLiteral("x failed: y"));
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("de")));
    QCOMPARE(loadError(), QStringLiteral("Datei oder Ordner nicht gefunden"));
    QCOMPARE(Error::tr("%1 failed: %2").arg(Error::tr("reading the runs"), QStringLiteral("y")),
             QStringLiteral("Lesen der Läufe fehlgeschlagen: y"));
    QVERIFY(translations.install(QStringLiteral("en")));
    QCOMPARE(loadError(), QStringLiteral("no such file or folder"));
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

// In German the main window still fits a 1280x800 screen with the demo world loaded and a
// session open, and the Data panel shows its figures in full: every label is at least as tall as
// its text needs at the width it was given (wrapped values: Source, Triples, the session).
void TestTranslations::germanMainWindowFits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("de")));
    MainWindow window(engineHooks());
    window.openStartupSession(dir.filePath(QStringLiteral("fits.equigraph")));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.data()->loadDemoWorld();
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->graph() != nullptr, 60000);
    QTest::qWait(200); // the layouts settle

    QString pages;
    for (int i = 0; i < window.workbenches()->count(); ++i)
        pages += QStringLiteral(" %1: %2")
                     .arg(window.workbenches()->tabText(i))
                     .arg(window.workbenches()->widget(i)->minimumSizeHint().width());
    QVERIFY2(window.minimumSizeHint().width() <= 1280,
             qPrintable(QStringLiteral("window %1 px, pages%2")
                            .arg(window.minimumSizeHint().width())
                            .arg(pages)));
    QCOMPARE(window.width(), 1280);

    DatasetPanel *panel = window.datasetPanel();
    const QString summary = panel->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Quelle: demo world")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Tripel: 30.964 (Training ")), qPrintable(summary));
    QVERIFY(panel->sessionText().startsWith(QStringLiteral("Aktuell: fits.equigraph")));
    int checked = 0;
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&window) || label->text().isEmpty())
            continue;
        const int needs =
            label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(needs <= label->height(),
                 qPrintable(QStringLiteral("\"%1\" is %2 px tall, needs %3")
                                .arg(label->text())
                                .arg(label->height())
                                .arg(needs)));
        if (!label->wordWrap())
            QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->text()));
        ++checked;
    }
    QVERIFY(checked >= 9); // the form's four rows, the session and the recent-sessions title
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
