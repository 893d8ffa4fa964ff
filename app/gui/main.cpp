// equigraph: the desktop workbench.
#include "commandline.h"
#include "jobcontroller.h"
#include "mainwindow.h"
#include "datacontroller.h"
#include "screenshot.h"
#include "translations.h"
#include "uisettings.h"

#include <QApplication>

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
    window.showWorkbench(options.workbench);
    if (!options.open.isEmpty())
        window.openPath(options.open);
    if (options.demo)
        window.data()->loadDemoWorld();
    if (!options.screenshot.isEmpty()) {
        const auto idle = [&window] { return window.jobs()->activeCount() == 0; };
        return eg::saveScreenshot(&window, options.screenshot, {1280, 800}, idle) ? 0 : 1;
    }
    window.show();
    return app.exec();
}
