#pragma once

// The entity vectors of a knowledge-graph model as labelled embeddings, with entity types as
// the classes, for the threshold-consistency measures ("one merge threshold for people, films
// and places alike").
//
// Types come from a types file, one entity a line: `key TAB type` (blank lines and lines
// starting with '#' are skipped; every other line needs both fields; an entity listed twice is
// an error), or, with the word "prefix" instead of a file, from the entity key itself: the part
// before the first '/' ("person/0042" -> "person"; the demo world's keys look like that).
// Entities without a type are left out. Type names are sorted; class label i is the i-th name.

#include "embed/model_file.h"
#include "threshold/labelled_embeddings.h"

#include <QString>
#include <vector>

namespace eg {

struct TypedEmbeddings
{
    LabelledEmbeddings data;
    std::vector<QString> typeNames; // by class label
    qint64 untyped = 0;             // entities of the model without a type
};

inline const char *const TypesFromPrefix = "prefix";

// `types` is a file path or "prefix". Throws eg::Error naming the file and line of a bad types
// line, and when fewer than two types remain.
TypedEmbeddings typedEntityEmbeddings(const KeyedModel &model, const QString &types);

} // namespace eg
