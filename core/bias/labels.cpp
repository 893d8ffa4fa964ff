#include "bias/labels.h"

#include "common/error.h"
#include "kg/loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace eg {

QString cleanFreebaseName(const QString &name)
{
    static const QString suffix = QStringLiteral("-GB");
    return name.endsWith(suffix) ? name.chopped(suffix.size()) : name;
}

qint64 loadWikidataLabels(Graph &graph, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot read the file: %1").arg(in.errorString()), file);
    const QByteArray bytes = in.readAll();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const qint64 line = 1 + bytes.left(parse.offset).count('\n');
        throw Error(Error::tr("invalid JSON: %1").arg(parse.errorString()), file, line);
    }
    if (!doc.isObject())
        throw Error(Error::tr("expected a JSON object of entity keys"), file);
    const QJsonObject root = doc.object();
    graph.entityLabels.resize(size_t(graph.entityCount()));
    qint64 set = 0;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject())
            throw Error(Error::tr("the value of \"%1\" is not an object").arg(it.key()), file);
        const qint32 id = graph.entities.find(it.key());
        if (id < 0)
            continue;
        const QString label = it.value().toObject().value(QLatin1String("label")).toString();
        if (label.isEmpty())
            continue;
        graph.entityLabels[size_t(id)] = label;
        ++set;
    }
    return set;
}

FreebaseLabelStats loadFreebaseLabels(Graph &graph, const QString &folder,
                                      const ProgressFn &progress)
{
    FreebaseLabelStats stats;
    const QDir dir(folder);
    graph.entityLabels.resize(size_t(graph.entityCount()));
    const QString text = dir.filePath(QStringLiteral("entity2text.txt"));
    if (QFileInfo::exists(text)) {
        loadEntityLabels(graph, text, progress);
        for (QString &label : graph.entityLabels) {
            label = cleanFreebaseName(label);
            stats.fromText += !label.isEmpty();
        }
    }
    const QString json = dir.filePath(QStringLiteral("entity2wikidata.json"));
    if (QFileInfo::exists(json))
        stats.fromWikidata = loadWikidataLabels(graph, json);
    for (const QString &label : graph.entityLabels)
        stats.missing += label.isEmpty();
    return stats;
}

} // namespace eg
