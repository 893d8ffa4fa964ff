#pragma once

// Retrieval quality of labelled embeddings: Recall@1 and MAP@R, every item a query against all
// other items, ranked by cosine similarity (the same order as either pair distance).
//
// For a query of class c with R = |c| - 1 other items of its class, the R nearest other items
// are retrieved; AP@R = (1/R) sum_{k=1..R} P@k * rel(k), P@k the share of relevant items among
// the first k, rel(k) = 1 when the k-th item is of class c. MAP@R is the mean AP@R over the
// queries, Recall@1 the share of queries whose nearest other item is of their class. Items of a
// class of one (R = 0) are not queries (they still act as distractors). Equal similarities are
// ordered by item index, so results are deterministic. Up to 2^32 items.

#include "embed/model.h"
#include "jobs/progress.h"

#include <vector>

namespace eg {

struct RetrievalOptions
{
    int threads = 2;     // <= 0: all hardware threads
    int blockRows = 128; // queries per block of the similarity product (fewer if a block
                         // would exceed 64 MiB)
};

// A plain value. Per-class vectors are in ascending label order (NaN for a class of one).
struct RetrievalResult
{
    double recallAt1 = 0.0;
    double mapAtR = 0.0;
    qint64 queries = 0;
    std::vector<qint32> classLabels;
    std::vector<double> classRecallAt1;
    std::vector<double> classMapAtR;
};

// Throws eg::Error on a size mismatch, no query (every class a singleton), or a zero or
// non-finite row; eg::Cancelled when `progress` says stop. Progress counts queries.
RetrievalResult retrievalMetrics(const Matrix &embeddings, const std::vector<qint32> &labels,
                                 const RetrievalOptions &options = {},
                                 const ProgressFn &progress = {});

} // namespace eg
