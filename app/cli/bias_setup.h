#pragma once

#include "embed/model.h"
#include "kg/graph.h"

#include <QString>

namespace eg::cli {

// Helpers shared by `bias` and `compare`: finding the sensitive and target relations and their
// values by name, whatever the data set calls them (FB15k "/people/person/gender", the demo
// world "gender").

// The relation `name` names (eg::findRelation), trying "person/<name>" first; -1 when none.
qint32 findSensitiveRelation(const Graph &graph, const QString &name);
// An entity by key, else by display label (case-insensitive, first match); throws eg::Error.
qint32 findEntity(const Graph &graph, const QString &keyOrLabel);
// Display labels for a data-set folder with Freebase names (entity2text.txt,
// entity2wikidata.json); does nothing for the demo world or a folder without them.
void loadBiasLabels(Graph &graph, const QString &source);
// The demo world's model, trained in seconds with the "demo" preset (progress on stderr).
Model trainDemoModel(const Graph &graph, int threads);

} // namespace eg::cli
