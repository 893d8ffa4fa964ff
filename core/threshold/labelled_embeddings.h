#pragma once

// Labelled embeddings for the threshold-consistency methods, and their two file forms.
//
// CSV: one item per line, `label,value,value,...` (comma-separated, spaces around fields
// ignored). The label is an integer (32-bit), the values finite decimal numbers; every line has
// the same field count. An optional header is recognised by a first field that is not an
// integer. Blank lines are accepted only at the end.
//
// NumPy: a 2-D float32/float64 .npy (embed/npy.h) plus a labels text file with one integer per
// line, as many lines as the array has rows.
//
// Every error names the file, the line (when there is one) and the fault.

#include "embed/model.h"
#include "jobs/progress.h"

#include <QString>
#include <vector>

namespace eg {

struct LabelledEmbeddings
{
    Matrix embeddings;          // one row per item
    std::vector<qint32> labels; // one per row
};

LabelledEmbeddings readLabelledCsv(const QString &path, const ProgressFn &progress = {});
std::vector<qint32> readLabelFile(const QString &path, const ProgressFn &progress = {});
LabelledEmbeddings readNpyWithLabels(const QString &npyPath, const QString &labelsPath,
                                     const ProgressFn &progress = {});

} // namespace eg
