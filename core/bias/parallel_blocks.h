#pragma once

#include "jobs/progress.h"

#include <functional>

namespace eg::bias {

// Runs fn(begin, end) over the items [0, count) cut into blocks of `perBlock`, on `threads`
// threads (0 = QThread::idealThreadCount()), the calling thread being one of them. Blocks are
// handed out from a shared counter, so fn must only write to per-item outputs. The calling
// thread reports progress.report(progressBase + items done) after each of its blocks (so
// eg::Cancelled is thrown there, the other threads stop after their current block). The
// first exception of any thread is rethrown after all threads have stopped.
void parallelBlocks(qint64 count, qint64 perBlock, int threads, Progress &progress,
                    qint64 progressBase, const std::function<void(qint64, qint64)> &fn);

} // namespace eg::bias
