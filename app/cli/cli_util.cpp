#include "cli_util.h"

#include "common/error.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace eg::cli {

namespace {
std::atomic<bool> g_interrupted{false};
void onSignal(int) { g_interrupted = true; }
} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void installInterruptHandler()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool interrupted() { return g_interrupted.load(); }

ProgressFn stderrProgress(const QString &label)
{
    const bool show = isatty(fileno(stderr)) || qEnvironmentVariableIntValue("EG_PROGRESS") == 1;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto lastDraw = std::make_shared<qint64>(-1000);
    return [=](qint64 done, qint64 total) {
        if (interrupted())
            return false;
        if (!show)
            return true;
        const qint64 now = timer->elapsed();
        const bool finished = total > 0 && done >= total;
        if (now - *lastDraw < 200 && !finished)
            return true;
        *lastDraw = now;
        QString line = QStringLiteral("\r%1").arg(label);
        if (total > 0) {
            const double share = double(done) / double(total);
            line += QStringLiteral("  %1%").arg(int(share * 100.0), 3);
            if (share > 0.0 && !finished) {
                const double eta = now / 1000.0 * (1.0 - share) / share;
                line += QStringLiteral("  eta %1 s").arg(eta, 0, 'f', 0);
            }
        } else {
            line += QStringLiteral("  %1").arg(done);
        }
        line += finished ? QStringLiteral("\n") : QStringLiteral("   ");
        printErr(line);
        return true;
    };
}

int runGuarded(const char *command, const std::function<int()> &body)
{
    try {
        return body();
    } catch (const Cancelled &) {
        printErr(QStringLiteral("\nequigraph-cli %1: interrupted\n").arg(QLatin1String(command)));
        return ExitCancelled;
    } catch (const Error &error) {
        printErr(QStringLiteral("equigraph-cli %1: %2\n")
                     .arg(QLatin1String(command), error.describe()));
        return ExitError;
    } catch (const std::exception &error) {
        printErr(QStringLiteral("equigraph-cli %1: internal error: %2\n")
                     .arg(QLatin1String(command), QString::fromUtf8(error.what())));
        return ExitError;
    }
}

bool parseOrReport(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        std::exit(ExitOk);
    }
    return true;
}

} // namespace eg::cli
