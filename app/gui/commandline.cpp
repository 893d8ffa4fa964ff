#include "commandline.h"

#include "pages/workbenchtabs.h"

#include <QCoreApplication>

namespace eg::gui {

namespace {
const QString demoName = QStringLiteral("demo");
const QString workbenchName = QStringLiteral("workbench");
const QString screenshotName = QStringLiteral("screenshot");
} // namespace

bool wantsConsoleOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" ||
            arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// The texts are in the translation context "CommandLine".
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Equigraph: a workbench for bias, threshold consistency and entity "
                       "alignment in knowledge-graph embeddings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate(
            "CommandLine",
            "A session file (.equigraph), a triples folder or a triples file to open."),
        QStringLiteral("[path]"));
    parser.addOption(
        {demoName,
         QCoreApplication::translate("CommandLine", "Load the built-in demo world at start.")});
    parser.addOption(
        {workbenchName,
         QCoreApplication::translate("CommandLine",
                                     "Show this workbench first: bias, thresholds or alignment."),
         QCoreApplication::translate("CommandLine", "name")});
    QCommandLineOption screenshot(
        screenshotName,
        QCoreApplication::translate("CommandLine",
                                    "Save a 1280x800 picture of the window and quit."),
        QCoreApplication::translate("CommandLine", "file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
}

bool read(const QCommandLineParser &parser, Options *options, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("CommandLine", "Give at most one path to open.");
        return false;
    }
    options->open = positional.value(0);
    options->demo = parser.isSet(demoName);
    options->screenshot = parser.value(screenshotName);
    if (parser.isSet(workbenchName)) {
        options->workbench = WorkbenchTabs::fromName(parser.value(workbenchName));
        if (options->workbench < 0) {
            *error = QCoreApplication::translate(
                         "CommandLine",
                         "Unknown workbench '%1': use bias, thresholds or alignment.")
                         .arg(parser.value(workbenchName));
            return false;
        }
    }
    return true;
}

} // namespace eg::gui
