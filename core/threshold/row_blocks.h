#pragma once

// Internal to core/threshold: runs a function over blocks of rows on a few threads, with
// progress and cancellation reported from the calling thread only.

#include "jobs/progress.h"

#include <functional>

namespace eg {

struct RowBlockPlan
{
    qint64 rows = 0;
    int blockRows = 256;
    int threads = 2; // <= 0: std::thread::hardware_concurrency()
};

// Calls work(begin, end, thread) for each block [begin, end) tiling [0, plan.rows). Blocks are
// handed out in order from a shared counter, so blocks of uneven cost balance across threads.
// The calling thread is thread 0 and the only one that calls `progress`, with the summed
// cost(begin, end) of the finished blocks. When `progress` asks to stop, the other threads finish
// their current block, all are joined and eg::Cancelled is thrown. An exception thrown by `work`
// on any thread stops the others and is rethrown here.
void forEachRowBlock(const RowBlockPlan &plan,
                     const std::function<void(qint64 begin, qint64 end, int thread)> &work,
                     const std::function<qint64(qint64 begin, qint64 end)> &cost,
                     const ProgressFn &progress);

// The thread count a plan asks for, resolved (at least 1).
int resolvedThreads(int threads);

// `blockRows` reduced so that a block of similarities (rows x columns floats) stays within
// 64 MiB per thread; at least 1.
int boundedBlockRows(int blockRows, qint64 columns);

} // namespace eg
