#include "cli_util.h"
#include "command.h"

#include <QCoreApplication>

namespace eg::cli {

int runVersion(const QStringList &)
{
    printOut(QCoreApplication::applicationName() + QLatin1Char(' ') +
             QCoreApplication::applicationVersion() + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace eg::cli
