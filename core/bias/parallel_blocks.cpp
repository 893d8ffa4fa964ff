#include "bias/parallel_blocks.h"

#include <QThread>
#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace eg::bias {

void parallelBlocks(qint64 count, qint64 perBlock, int threads, Progress &progress,
                    qint64 progressBase, const std::function<void(qint64, qint64)> &fn)
{
    if (count <= 0)
        return;
    perBlock = std::max<qint64>(1, perBlock);
    const qint64 blocks = (count + perBlock - 1) / perBlock;
    int n = threads > 0 ? threads : QThread::idealThreadCount();
    n = int(std::clamp<qint64>(n, 1, blocks));

    std::atomic<qint64> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::mutex failureMutex;
    std::exception_ptr failure;

    auto run = [&](bool caller) {
        while (!stop.load(std::memory_order_relaxed)) {
            const qint64 block = next.fetch_add(1);
            if (block >= blocks)
                return;
            const qint64 begin = block * perBlock, end = std::min(count, begin + perBlock);
            fn(begin, end);
            const qint64 total = done.fetch_add(end - begin) + (end - begin);
            if (caller)
                progress.report(progressBase + total);
        }
    };
    auto worker = [&] {
        try {
            run(false);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < n; ++i)
        pool.emplace_back(worker);
    try {
        run(true);
    } catch (...) {
        stop = true;
        for (std::thread &thread : pool)
            thread.join();
        throw;
    }
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    progress.report(progressBase + done.load());
}

} // namespace eg::bias
