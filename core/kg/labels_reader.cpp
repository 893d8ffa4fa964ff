#include "common/error.h"
#include "kg/load_steps.h"
#include "kg/text_lines.h"
#include "kg/utf8.h"

#include <cstring>

namespace eg {

void readEntityLabels(const QString &path, Graph &graph, LoadContext &context)
{
    const TextFile file(path);
    LineReader reader(file, &context.progress, context.base);
    LoadReport &report = *context.report;
    graph.entityLabels.resize(size_t(graph.entityCount()));
    std::string_view line;
    while (reader.next(line)) {
        ++report.labelLines;
        const auto *tab = static_cast<const char *>(std::memchr(line.data(), '\t', line.size()));
        if (!tab)
            reader.fail(Error::tr("expected `key TAB name`, found no tab"));
        const std::string_view key(line.data(), size_t(tab - line.data()));
        const std::string_view name = line.substr(key.size() + 1);
        if (key.empty())
            reader.fail(Error::tr("empty key field"));
        if (!isValidUtf8(line))
            reader.fail(Error::tr("the line is not valid UTF-8"));
        const qint32 id = graph.entities.find(key);
        if (id < 0) {
            ++report.unknownLabelKeys;
            continue;
        }
        QString &label = graph.entityLabels[size_t(id)];
        if (!label.isEmpty())
            ++report.repeatedLabelKeys;
        label = QString::fromUtf8(name.data(), qsizetype(name.size()));
    }
    context.base += file.size();
}

} // namespace eg
