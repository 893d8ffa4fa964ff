#include "bias_setup.h"

#include "cli_util.h"

#include "bias/labels.h"
#include "bias/sensitive.h"
#include "common/error.h"
#include "embed/presets.h"
#include "embed/train.h"

#include <QFileInfo>

namespace eg::cli {

qint32 findSensitiveRelation(const Graph &graph, const QString &name)
{
    if (!name.contains(QLatin1Char('/'))) {
        const qint32 r = findRelation(graph, QStringLiteral("person/") + name);
        if (r >= 0)
            return r;
    }
    return findRelation(graph, name);
}

qint32 findEntity(const Graph &graph, const QString &keyOrLabel)
{
    const qint32 id = graph.entities.find(keyOrLabel);
    if (id >= 0)
        return id;
    for (qint32 e = 0; e < qint32(graph.entityLabels.size()); ++e)
        if (graph.entityLabels[size_t(e)].compare(keyOrLabel, Qt::CaseInsensitive) == 0)
            return e;
    for (qint32 e = 0; e < graph.entityCount(); ++e) // demo keys: "gender/male" for "male"
        if (graph.entities.keyString(e).endsWith(QLatin1Char('/') + keyOrLabel))
            return e;
    throw Error(QStringLiteral("no entity '%1' in %2").arg(keyOrLabel, graph.source));
}

void loadBiasLabels(Graph &graph, const QString &source)
{
    const QFileInfo info(source);
    if (!info.isDir())
        return;
    const FreebaseLabelStats stats = loadFreebaseLabels(graph, info.absoluteFilePath());
    if (stats.fromText + stats.fromWikidata > 0)
        printErr(QStringLiteral("labels: %1 from entity2text.txt, %2 from Wikidata\n")
                     .arg(stats.fromText)
                     .arg(stats.fromWikidata));
}

Model trainDemoModel(const Graph &graph, int threads)
{
    TrainConfig config = findTrainPreset(QStringLiteral("demo"))->config;
    config.threads = threads;
    return train(graph.train, graph.entityCount(), graph.relationCount(), config,
                 stderrProgress(QStringLiteral("training the demo model")));
}

} // namespace eg::cli
