#pragma once

#include "interop/operator_model.h"

#include <QString>
#include <QStringList>

namespace eg {

// PyTorch-BigGraph checkpoints (docs/formats.md §5). A checkpoint folder holds
// checkpoint_version.txt (N), config.json, embeddings_<type>_<part>.vN.h5 (dataset
// `embeddings`, one per entity type and partition) and model.vN.h5 (datasets
// model/relations/<i>/operator/<side>/<param>, model/entities/<type>/global_embedding). The
// entity and relation names come from PBG's importer output, entity_names_<type>_<part>.json
// and dynamic_rel_names.json (dynamic relations; standard relations are named in config.json).
// Reading needs an HDF5 build (hdf5Available()); without one it throws saying so.
struct PbgImportOptions {
    int version = -1;   // checkpoint version; -1 = checkpoint_version.txt
    QString entityPath; // folder of the name files; empty = search (see readPbgCheckpoint)
};

// All entity types and partitions become one entity table, in config order of types (sorted
// by name, as config.json is a JSON object) and partition order. Keys are the names; with more
// than one entity type they are "<type>:<name>". Global embeddings (global_emb) are added to
// the rows and max_norm is applied (rows longer than max_norm scaled to it, as PBG's lookup
// does), so the table holds the vectors PBG feeds its operators. Name files are searched in
// options.entityPath, the checkpoint folder, <checkpoint>/../entities, and config.json's
// entity_path (relative paths taken from the checkpoint's parent). meta records the source,
// the version, the config and, for checkpoints written by writePbgCheckpoint, the engine spec
// ("equigraphSpec"). Throws eg::Error naming the file for every fault: missing files,
// featurized entity types, unknown operators or comparators, shapes that disagree.
KeyedOperatorModel readPbgCheckpoint(const QString &checkpoint,
                                     const PbgImportOptions &options = {});

// The engine spec recorded by writePbgCheckpoint, if meta has one.
std::optional<ModelSpec> pbgEngineSpec(const QJsonObject &meta);

// Writes `model` as version `version` of a PBG checkpoint into `folder` (created if needed):
// one entity type "all" in one partition, dynamic relations when model.dynamic (one relation
// template "all_edges"), else one relation per row named by its key. The name files are
// written beside it and config.json's entity_path points at the folder. `engineSpec`, when
// given, is recorded as the root attribute "equigraph/spec" of model.vN.h5 so that reading
// the checkpoint back gives exactly that engine model. Throws eg::Error for comparators PBG
// does not have (l1, complex_l1), mixed operators with dynamic relations, or write failures.
void writePbgCheckpoint(const QString &folder, const KeyedOperatorModel &model, int version = 1,
                        const ModelSpec *engineSpec = nullptr);

} // namespace eg
