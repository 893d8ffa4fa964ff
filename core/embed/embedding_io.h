#pragma once

#include "embed/model_file.h"

#include <QString>

#include <vector>

namespace eg {

struct Graph;

// Embeddings in the PyKEEN / DGL-KE convention: one .npy matrix per table (row i = id i) and a
// name map per table (`id<TAB>name` lines). Details and the ComplEx layout in docs/formats.md.
struct EmbeddingFiles
{
    QString entityVectors;      // .npy, entityCount x width
    QString relationVectors;    // .npy, relationCount x width
    QString relationRhsVectors; // .npy for models with spec.separateRhs (our extension); or empty
    QString entityNames;        // DGL-KE entities.tsv or PyKEEN entity_to_id.tsv(.gz)
    QString relationNames;      // DGL-KE relations.tsv or PyKEEN relation_to_id.tsv(.gz)

    // The files exportEmbeddings writes in `folder`, DGL-KE style: <prefix>_entity.npy,
    // <prefix>_relation.npy, [<prefix>_relation_rhs.npy,] entities.tsv and relations.tsv.
    static EmbeddingFiles dglke(const QString &folder, const QString &prefix,
                                bool separateRhs = false);
};

// Writes the matrices as '<f4' .npy and the name maps DGL-KE style (no header, `id<TAB>key`).
// Throws eg::Error if shapes disagree, a key holds a line break (not representable), or the
// model has right-hand-side relations but files.relationRhsVectors is empty.
void exportEmbeddings(const EmbeddingFiles &files, const Model &model, const Vocabulary &entities,
                      const Vocabulary &relations);

// Reads embeddings trained elsewhere. The caller says how to score them (type and, for TransE,
// norm); dim comes from the matrix width (ComplEx: half of it). separateRhs is set when
// files.relationRhsVectors is given. meta records the format and the source files.
KeyedModel importEmbeddings(const EmbeddingFiles &files, ModelType type, int norm = 1);

// A name map: lines `id<TAB>name`, ids 0..n-1 each exactly once (any order). An optional first
// line whose id field is "id" is a header (PyKEEN's `id<TAB>label`); in such a file a name that
// starts with '"' is CSV-quoted, as pandas writes it. The name is the rest of the line after the
// first tab. gzip is detected by its magic bytes. Errors name file and line.
Vocabulary readNameMap(const QString &path);
void writeNameMap(const QString &path, const Vocabulary &keys);

// Imported embeddings laid onto a graph's vocabularies by key.
struct KeyMapping
{
    Model model;                          // rows in the graph's id order
    std::vector<qint32> missingEntities;  // graph entity ids with no imported row (rows are 0)
    std::vector<qint32> missingRelations; // graph relation ids with no imported row (rows are 0)
    qint32 unusedEntities = 0;            // imported entity keys the graph does not have
    qint32 unusedRelations = 0;
};
KeyMapping mapToVocabularies(const KeyedModel &imported, const Vocabulary &entities,
                             const Vocabulary &relations);
KeyMapping mapToGraph(const KeyedModel &imported, const Graph &graph);

} // namespace eg
