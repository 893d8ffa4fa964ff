#pragma once

#include "jobs/progress.h"
#include "kg/graph.h"

#include <QString>
#include <QStringList>

namespace eg {

// Loading a knowledge graph from files into an eg::Graph.
//
// Formats
//  - TsvFolder: a folder with train.txt (or train.tsv) and optionally valid.txt and test.txt
//    (or .tsv; .txt wins when both exist). Each line is `head TAB relation TAB tail`; the three
//    keys are taken verbatim (case and spaces kept) and must be non-empty UTF-8. Ids are given
//    in order of first appearance: train first, then valid, then test.
//  - TsvFile: one such file; every triple goes to Graph::train.
//  - OpenKE: a folder with entity2id.txt and relation2id.txt (line 1 = number of entries, then
//    `name<whitespace>id` with ids 0..n-1 each used once) and train2id.txt, optionally
//    valid2id.txt and test2id.txt (line 1 = number of triples, then `head tail relation` ids
//    separated by whitespace; note the order). Vocabulary ids are the file's ids.
//  - A names file (LoadOptions::namesFile, or loadEntityLabels): `key TAB name` per line, the
//    name being the rest of the line; fills Graph::entityLabels. Keys that are no entity of the
//    graph are skipped and counted in LoadReport::unknownLabelKeys; a repeated key overrides
//    the earlier name (counted in LoadReport::repeatedLabelKeys).
//
// All text files: "\n" or "\r\n" line endings, final newline optional, a UTF-8 byte-order mark
// at the start is skipped. Blank lines are accepted at the end of a file only; a blank line
// with text after it is an error at the blank line (it usually means a damaged or concatenated
// file). A line of only spaces is not blank.
//
// Errors: every fault in the input throws eg::Error with the file, the 1-based line (0 when
// the fault is about the whole file) and what is wrong: missing file or folder, wrong number of
// fields, empty field, key that is not valid UTF-8, OpenKE count line that disagrees with the
// number of lines, OpenKE id that is not a number or out of range, repeated OpenKE id or name,
// and no training triples at all. Ids in valid/test that no training triple uses are handled as
// LoadOptions::unseen says.
//
// Progress: bytes read so far out of the total size of every file to be read (names file
// included). Returning false from the callback throws eg::Cancelled.

enum class GraphFormat {
    Auto,      // detectGraphFormat()
    TsvFolder, // train/valid/test .txt or .tsv
    TsvFile,   // a single triples file
    OpenKE,    // entity2id.txt, relation2id.txt, train2id.txt, ...
};

// What to do with an entity or relation that occurs in valid/test but in no training triple.
// The default is Keep because the standard benchmarks have them: FB15k-237 has 36 entities
// that appear only in valid/test (its published 14,541 entities count them).
enum class UnseenIds {
    Keep,   // keep the triple; TSV: the key gets the next free id. Counted in LoadReport.
    Drop,   // leave the triple out. Counted in LoadReport::droppedTriples.
    Reject, // throw eg::Error naming the file and line
};

struct LoadOptions
{
    GraphFormat format = GraphFormat::Auto;
    UnseenIds unseen = UnseenIds::Keep;
    // Optional `key TAB name` file for Graph::entityLabels; empty = none.
    QString namesFile;
};

struct LoadReport
{
    GraphFormat format = GraphFormat::Auto; // the format actually read
    QStringList files;                      // every file read, in order
    qint64 bytes = 0;                       // their total size
    qint32 unseenEntities = 0;  // distinct entities only in valid/test (UnseenIds::Keep)
    qint32 unseenRelations = 0; // distinct relations only in valid/test (UnseenIds::Keep)
    qint64 droppedTriples = 0;  // valid/test triples left out (UnseenIds::Drop)
    qint64 labelLines = 0;       // lines read from the names file
    qint64 unknownLabelKeys = 0; // names-file lines whose key is no entity (skipped)
    qint64 repeatedLabelKeys = 0; // names-file lines that replaced an earlier name
    double seconds = 0;           // wall time of the whole load
};

// "TSV folder", "TSV file", "OpenKE" or "auto".
QString graphFormatName(GraphFormat format);

// The format of `path`: TsvFile for a file; for a folder OpenKE when it has entity2id.txt,
// else TsvFolder when it has train.txt or train.tsv. Throws eg::Error when `path` does not
// exist or is a folder with neither.
GraphFormat detectGraphFormat(const QString &path);

// Loads `path` in options.format (detected when Auto), then options.namesFile if set.
Graph loadGraph(const QString &path, const LoadOptions &options = {},
                const ProgressFn &progress = {}, LoadReport *report = nullptr);

// The same for one known format (options.format is ignored).
Graph loadTsvFolder(const QString &folder, const LoadOptions &options = {},
                    const ProgressFn &progress = {}, LoadReport *report = nullptr);
Graph loadTsvFile(const QString &file, const LoadOptions &options = {},
                  const ProgressFn &progress = {}, LoadReport *report = nullptr);
Graph loadOpenKE(const QString &folder, const LoadOptions &options = {},
                 const ProgressFn &progress = {}, LoadReport *report = nullptr);

// Reads a `key TAB name` file into graph.entityLabels (sized to the entity count; entities
// without a name get an empty string). Adds to the label counts of `report` when given.
void loadEntityLabels(Graph &graph, const QString &file, const ProgressFn &progress = {},
                      LoadReport *report = nullptr);

} // namespace eg
