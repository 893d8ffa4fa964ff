// equigraph-cli: the headless front end of the Equigraph engine.
#include "cli_util.h"
#include "command.h"

#include <QCoreApplication>

using namespace eg::cli;

static QString usage()
{
    QString text = QStringLiteral(
        "Usage: equigraph-cli <command> [options]\n\n"
        "Knowledge-graph embeddings: training, evaluation, bias, thresholds and alignment.\n\n"
        "Commands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(command.name), -12)
                    .arg(QString::fromLatin1(command.summary));
    text += QStringLiteral(
        "\nRun 'equigraph-cli <command> --help' for the options of one command.\n"
        "Options: -h/--help, -v/--version.\n"
        "Exit codes: 0 success, 1 error (bad input, divergence, ...), 2 usage, 3 interrupted.\n");
    return text;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("equigraph-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EG_VERSION));
    installInterruptHandler();

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printErr(usage());
        return ExitUsage;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("-h") || name == QLatin1String("--help") ||
        name == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (name == QLatin1String("-v") || name == QLatin1String("--version"))
        return commands().front().run(args);
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            QStringList rest = args;
            rest[0] = args.at(0) + QLatin1Char(' ') + name;
            rest.removeAt(1);
            return command.run(rest);
        }
    }
    printErr(QStringLiteral("equigraph-cli: unknown command '%1'\n\n").arg(name) + usage());
    return ExitUsage;
}
