#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"
#include "workspace.h"

namespace eg {

// SHA-256 of the graph's triples as keys, one "<split>\t<head>\t<relation>\t<tail>\n" line per
// triple (train, valid, test, each in its order): the content hash of a graph that has no files
// (the demo world). Throws eg::Cancelled when progress says stop.
QString graphContentHash(const Graph &graph, const ProgressFn &progress = {});

// The data-set record of a graph read from `path` (a file or folder): its absolute path, the
// content hash of the files (store::contentHash) and their size. Runs in the load job. Throws
// eg::Error when the files cannot be read, eg::Cancelled.
DatasetSource describeFiles(const QString &path, const QString &name,
                            const ProgressFn &progress = {});

// The record of a generated graph: named `name`, hashed by its triples.
DatasetSource describeGenerated(const Graph &graph, const QString &name,
                                const ProgressFn &progress = {});

// Maps a sub-task's progress onto [from, to] (fractions of 1000) of the whole job's progress.
ProgressFn progressPart(const ProgressFn &whole, double from, double to);

} // namespace eg
