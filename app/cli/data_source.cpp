#include "data_source.h"

#include "cli_util.h"
#include "common/error.h"
#include "demo/demo_world.h"
#include "kg/loader.h"

namespace eg::cli {

Graph loadDataSource(const QString &source, const QString &names, const ProgressFn &progress)
{
    if (source == QLatin1String("demo") || source.startsWith(QLatin1String("demo:"))) {
        DemoOptions options;
        if (source.startsWith(QLatin1String("demo:"))) {
            bool ok = false;
            options.seed = source.mid(5).toULongLong(&ok);
            if (!ok)
                throw Error(QStringLiteral("'%1': the demo seed must be a whole number").arg(source));
        }
        Graph graph = generateDemoWorld(options).graph;
        graph.source = source;
        return graph;
    }
    LoadOptions options;
    options.namesFile = names;
    LoadReport report;
    Graph graph = loadGraph(source, options, progress, &report);
    if (report.unseenEntities > 0 || report.unseenRelations > 0)
        printErr(QStringLiteral("warning: %1 entities and %2 relations occur only in valid/test\n")
                     .arg(report.unseenEntities)
                     .arg(report.unseenRelations));
    return graph;
}

QString graphSummary(const Graph &graph)
{
    return QStringLiteral("%1 entities, %2 relations, %3 / %4 / %5 train / valid / test triples")
        .arg(graph.entityCount())
        .arg(graph.relationCount())
        .arg(graph.train.size())
        .arg(graph.valid.size())
        .arg(graph.test.size());
}

} // namespace eg::cli
