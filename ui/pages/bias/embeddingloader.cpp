#include "pages/bias/embeddingloader.h"

#include "common/error.h"
#include "embed/model_file.h"
#include "embed/word2vec.h"
#include "models/biasmodellist.h"

#include <QFileInfo>

namespace eg {

LoadedEmbedding EmbeddingLoader::load(const EmbeddingSource &source, const Graph &graph)
{
    KeyedModel keyed;
    QString file;
    switch (source.format) {
    case EmbeddingSource::ModelFile:
        file = source.path;
        keyed = loadModel(source.path);
        break;
    case EmbeddingSource::Npy:
        file = source.files.entityVectors;
        keyed = importEmbeddings(source.files, source.type, source.norm);
        break;
    case EmbeddingSource::Word2Vec:
        file = source.path;
        keyed = importWord2Vec(source.path, source.type, source.norm, source.relationPrefix);
        break;
    }
    KeyMapping mapped = mapToGraph(keyed, graph);
    const qint64 missingEntities = qint64(mapped.missingEntities.size());
    const qint64 missingRelations = qint64(mapped.missingRelations.size());
    if (graph.entityCount() > 0 && 2 * missingEntities > graph.entityCount())
        throw Error(tr("%1 of the data set's %2 entities have no vector in the file: the "
                       "embeddings belong to another data set")
                        .arg(missingEntities)
                        .arg(graph.entityCount()),
                    file);
    if (graph.relationCount() > 0 && missingRelations == graph.relationCount())
        throw Error(tr("none of the data set's relations has a vector in the file"), file);

    LoadedEmbedding loaded;
    loaded.name = QFileInfo(file).completeBaseName();
    loaded.type = describeModelSpec(mapped.model.spec);
    loaded.source = tr("loaded from %1").arg(QFileInfo(file).fileName());
    QStringList notes;
    if (missingEntities > 0)
        notes << tr("%1 entities without a vector (zero rows)").arg(missingEntities);
    if (missingRelations > 0)
        notes << tr("%1 relations without a vector (zero rows)").arg(missingRelations);
    if (mapped.unusedEntities > 0)
        notes << tr("%1 vectors of entities the data set does not have").arg(mapped.unusedEntities);
    loaded.detail = notes.join(QStringLiteral("; "));
    loaded.model = std::make_shared<const Model>(std::move(mapped.model));
    return loaded;
}

} // namespace eg
