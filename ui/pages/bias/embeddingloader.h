#pragma once

#include "embed/embedding_io.h"
#include "embed/model.h"
#include "kg/graph.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace eg {

// Embeddings trained elsewhere, as the bias page's load dialog describes them.
struct EmbeddingSource
{
    enum Format { ModelFile, Npy, Word2Vec };
    Format format = ModelFile;
    QString path;         // the .egm or word2vec file
    EmbeddingFiles files; // Npy: matrices and name maps
    // How to score Npy and word2vec vectors (a .egm file says it itself).
    ModelType type = ModelType::TransEDot;
    int norm = 1;
    QString relationPrefix = QStringLiteral("rel:"); // word2vec: keys of relation vectors
};

struct LoadedEmbedding
{
    std::shared_ptr<const Model> model; // rows in the graph's id order
    QString name;                       // file name without suffix
    QString type;                       // describeModelSpec
    QString source;                     // "loaded from …"
    QString detail;                     // rows the graph has and the file does not, ...
};

class EmbeddingLoader
{
    Q_DECLARE_TR_FUNCTIONS(eg::EmbeddingLoader)
public:
    // Reads the embeddings and lays them onto `graph` by key (eg::mapToGraph). Throws
    // eg::Error naming the file for unreadable input, and when fewer than half of the graph's
    // entities, or none of its relations, have a vector (they belong to another data set).
    static LoadedEmbedding load(const EmbeddingSource &source, const Graph &graph);
};

} // namespace eg
