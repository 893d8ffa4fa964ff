#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>

namespace eg {

// Display labels for Freebase-keyed graphs (FB15k, FB15k-237), for bias tables.

// Removes the stray "-GB" suffix that 147 names of FB15k's entity2text.txt carry as distributed
// ("Actor-GB" -> "Actor"); other names are returned unchanged.
QString cleanFreebaseName(const QString &name);

// Reads a JSON object mapping an entity key to an object with a string "label" (the
// entity2wikidata.json of FB15k / FB15k-237: MID -> {label, description, wikidata_id, ...})
// and sets graph.entityLabels for every graph entity that has a non-empty label (the vector is
// sized to the entity count first). Keys that are no entity are ignored. Returns the number
// of labels set. Throws eg::Error naming the file and line when the file cannot be read, is
// not valid JSON, or is not an object of objects.
qint64 loadWikidataLabels(Graph &graph, const QString &file);

struct FreebaseLabelStats
{
    qint64 fromText = 0;     // labels from entity2text.txt ("-GB" stripped)
    qint64 fromWikidata = 0; // of which replaced, or added, from entity2wikidata.json
    qint64 missing = 0;      // entities with no label at all
};

// Labels from a data-set folder: entity2text.txt (`MID TAB name`, "-GB" stripped) when it
// exists, then the Wikidata label from entity2wikidata.json wherever there is one. Either
// file may be absent. Throws eg::Error as loadEntityLabels / loadWikidataLabels do.
FreebaseLabelStats loadFreebaseLabels(Graph &graph, const QString &folder,
                                      const ProgressFn &progress = {});

} // namespace eg
