// equigraph: the desktop workbench.
#include "commandline.h"
#include "datacontroller.h"
#include "jobcontroller.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "scripted.h"
#include "traindialog.h"
#include "translations.h"
#include "uisettings.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Equigraph"));
    QCoreApplication::setApplicationName(QStringLiteral("Equigraph"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EG_VERSION));
}

// The language chosen in the preferences, else the system's.
void installTranslations(eg::Translations &translations)
{
    translations.install(eg::Translations::resolve(eg::UiSettings().language()));
}

// --screenshot: the window (or the Train dialog) once the moment asked for has come.
int screenshot(eg::MainWindow &window, const eg::gui::Options &options,
               const eg::gui::Scripted &scripted)
{
    std::function<bool()> ready = [&scripted] { return scripted.idle(); };
    if (options.screenshotWhen == QLatin1String("training"))
        ready = [&scripted] { return scripted.training(3); };
    if (!options.screenshotTrainDialog)
        return eg::saveScreenshot(&window, options.screenshot, {1280, 800}, ready) ? 0 : 1;
    window.resize(1280, 800);
    window.show();
    if (!eg::waitUntil(ready))
        return 1;
    eg::TrainDialog *dialog = window.openTrainDialog();
    if (!options.trainPreset.isEmpty())
        dialog->selectPreset(options.trainPreset);
    return eg::saveScreenshot(dialog, options.screenshot, dialog->sizeHint(), {}) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (eg::gui::wantsConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        eg::Translations translations;
        installTranslations(translations);
        QCommandLineParser parser;
        eg::gui::describe(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.equigraph.Equigraph"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/equigraph.svg"))); // every window
    eg::Translations translations;
    installTranslations(translations);

    QCommandLineParser parser;
    eg::gui::describe(parser);
    parser.process(app);
    eg::gui::Options options;
    QString error;
    if (!eg::gui::read(parser, &options, &error)) {
        std::fprintf(stderr, "equigraph: %s\n", qPrintable(error));
        return 2;
    }

    eg::MainWindow window;
    eg::gui::Scripted scripted(&window, options);
    if (scripted.active())
        scripted.start();
    window.showWorkbench(options.workbench);
    const bool openIsSession = QFileInfo(options.open).suffix() == eg::MainWindow::sessionSuffix();
    // A session named on the command line is opened (--session-file: created when missing); else
    // the last one or the default one. Then the data set, which is recorded in it.
    if (!options.session.isEmpty())
        window.openStartupSession(options.session);
    else
        window.openStartupSession(openIsSession ? options.open : QString(), !openIsSession);
    if (!options.open.isEmpty() && !openIsSession)
        window.openPath(options.open);
    if (options.demo)
        window.data()->loadDemoWorld();

    if (!options.screenshot.isEmpty())
        return screenshot(window, options, scripted);
    window.show();
    return app.exec();
}
