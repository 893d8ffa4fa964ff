#include "commandline.h"

#include "embed/presets.h"
#include "pages/workbenchtabs.h"

#include <QCoreApplication>

namespace eg::gui {

namespace {
const QString demoName = QStringLiteral("demo");
// Not "--session": QGuiApplication takes -session (and --session) for X11 session management.
const QString sessionName = QStringLiteral("session-file");
const QString workbenchName = QStringLiteral("workbench");
const QString screenshotName = QStringLiteral("screenshot");
const QString screenshotWhenName = QStringLiteral("screenshot-when");
const QString screenshotDialogName = QStringLiteral("screenshot-train-dialog");
const QString trainPresetName = QStringLiteral("train-preset");
const QString trainEpochsName = QStringLiteral("train-epochs");
const QString trainThreadsName = QStringLiteral("train-threads");
const QString saveAsLoopName = QStringLiteral("save-as-loop");
const QString printStateName = QStringLiteral("print-state");

// Options for tests and the screenshot script, left out of --help. Their texts are not
// translated: nobody reads them but developers.
void addHidden(QCommandLineParser &parser, const QString &name, const QString &description,
               const QString &valueName = {})
{
    QCommandLineOption option(name, description, valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(option);
}

bool readNumber(const QCommandLineParser &parser, const QString &name, int minimum, int *value,
                QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (ok && *value >= minimum)
        return true;
    *error = QStringLiteral("--%1 needs a whole number of at least %2.").arg(name).arg(minimum);
    return false;
}

} // namespace

bool wantsConsoleOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

// The texts are in the translation context "CommandLine".
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Equigraph: a workbench for bias, threshold consistency and entity alignment "
        "in knowledge-graph embeddings."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate(
            "CommandLine",
            "A session file (.equigraph), a triples folder or a triples file to open."),
        QStringLiteral("[path]"));
    parser.addOption({demoName, QCoreApplication::translate(
                                    "CommandLine", "Load the built-in demo world at start.")});
    parser.addOption(
        {sessionName,
         QCoreApplication::translate(
             "CommandLine",
             "Record the work in this session file (created when missing). Without it, "
             "the last session used is opened, or else the default session."),
         QCoreApplication::translate("CommandLine", "file")});
    parser.addOption(
        {workbenchName,
         QCoreApplication::translate("CommandLine",
                                     "Show this workbench first: bias, thresholds or alignment."),
         QCoreApplication::translate("CommandLine", "name")});
    addHidden(parser, screenshotName, QStringLiteral("Save a 1280x800 picture and quit."),
              QStringLiteral("file"));
    addHidden(parser, screenshotWhenName,
              QStringLiteral("When to take the picture: idle (no job running, the default) or "
                             "training (a run has recorded three epochs and still trains)."),
              QStringLiteral("moment"));
    addHidden(parser, screenshotDialogName,
              QStringLiteral("The picture is of the Train dialog (with --train-preset's "
                             "settings)."));
    addHidden(parser, trainPresetName,
              QStringLiteral("Once a data set is loaded, train with this preset."),
              QStringLiteral("name"));
    addHidden(parser, trainEpochsName, QStringLiteral("Epochs for --train-preset."),
              QStringLiteral("n"));
    addHidden(parser, trainThreadsName, QStringLiteral("Threads for --train-preset."),
              QStringLiteral("n"));
    addHidden(parser, saveAsLoopName,
              QStringLiteral("Once no job runs: Save As to this file and back, for ever, "
                             "printing 'saving <file> <n>' and 'saved <file> <n>'."),
              QStringLiteral("file"));
    addHidden(parser, printStateName,
              QStringLiteral("Once no job runs: print what the window shows as JSON and quit."));
}

bool read(const QCommandLineParser &parser, Options *options, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("CommandLine", "Give at most one path to open.");
        return false;
    }
    options->open = positional.value(0);
    options->session = parser.value(sessionName);
    options->demo = parser.isSet(demoName);
    if (parser.isSet(workbenchName)) {
        options->workbench = WorkbenchTabs::fromName(parser.value(workbenchName));
        if (options->workbench < 0) {
            *error =
                QCoreApplication::translate(
                    "CommandLine", "Unknown workbench '%1': use bias, thresholds or alignment.")
                    .arg(parser.value(workbenchName));
            return false;
        }
    }
    options->screenshot = parser.value(screenshotName);
    options->screenshotWhen = parser.value(screenshotWhenName);
    if (!options->screenshotWhen.isEmpty() && options->screenshotWhen != QLatin1String("idle") &&
        options->screenshotWhen != QLatin1String("training")) {
        *error = QStringLiteral("--screenshot-when takes idle or training.");
        return false;
    }
    options->screenshotTrainDialog = parser.isSet(screenshotDialogName);
    options->trainPreset = parser.value(trainPresetName);
    if (!options->trainPreset.isEmpty() && !findTrainPreset(options->trainPreset)) {
        *error = QStringLiteral("Unknown preset '%1'.").arg(options->trainPreset);
        return false;
    }
    options->saveAsLoop = parser.value(saveAsLoopName);
    options->printState = parser.isSet(printStateName);
    return readNumber(parser, trainEpochsName, 1, &options->trainEpochs, error) &&
           readNumber(parser, trainThreadsName, 0, &options->trainThreads, error);
}

} // namespace eg::gui
