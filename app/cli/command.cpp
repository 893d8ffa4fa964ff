#include "command.h"

namespace eg::cli {

int runVersion(const QStringList &arguments);

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"version", "print the version", runVersion},
    };
    return list;
}

} // namespace eg::cli
