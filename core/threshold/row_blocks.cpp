#include "threshold/row_blocks.h"

#include "common/error.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace eg {

int resolvedThreads(int threads)
{
    if (threads > 0)
        return threads;
    return std::max(1, int(std::thread::hardware_concurrency()));
}

int boundedBlockRows(int blockRows, qint64 columns)
{
    constexpr qint64 MaxFloats = qint64(16) << 20;
    return int(
        std::max<qint64>(1, std::min<qint64>(blockRows, MaxFloats / std::max<qint64>(1, columns))));
}

void forEachRowBlock(const RowBlockPlan &plan, const std::function<void(qint64, qint64, int)> &work,
                     const std::function<qint64(qint64, qint64)> &cost,
                     const ProgressFn &progressFn)
{
    if (plan.rows <= 0)
        return;
    const qint64 blockRows = std::max(1, plan.blockRows);
    const qint64 blocks = (plan.rows + blockRows - 1) / blockRows;
    const int threads = int(std::min<qint64>(resolvedThreads(plan.threads), blocks));

    qint64 total = 0;
    for (qint64 b = 0; b < blocks; ++b)
        total += cost(b * blockRows, std::min(plan.rows, (b + 1) * blockRows));
    Progress progress(progressFn, total);
    progress.force(0); // a stop asked before the start throws here, before any thread exists

    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<int> running{threads};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable wake;
    std::exception_ptr failure;

    auto runBlocks = [&](int thread, bool oneBlock) {
        try {
            while (!stop.load(std::memory_order_relaxed)) {
                const qint64 block = next.fetch_add(1);
                if (block >= blocks)
                    return false;
                const qint64 begin = block * blockRows;
                const qint64 end = std::min(plan.rows, begin + blockRows);
                work(begin, end, thread);
                done.fetch_add(cost(begin, end));
                if (oneBlock)
                    return true;
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
        return false;
    };

    bool cancelled = false;
    auto report = [&] {
        if (cancelled || stop)
            return;
        try {
            progress.force(done.load());
        } catch (const Cancelled &) {
            cancelled = true;
            stop = true;
        } catch (...) { // a throwing callback must not leave the workers running
            std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back([&, t] {
            runBlocks(t, false);
            std::lock_guard lock(mutex);
            --running;
            wake.notify_all();
        });
    }

    // The calling thread works one block at a time and reports between blocks; once the
    // blocks run out it keeps reporting until the others finish.
    while (runBlocks(0, true))
        report();
    {
        std::unique_lock lock(mutex);
        --running;
        while (running > 0) {
            wake.wait_for(lock, std::chrono::milliseconds(50));
            lock.unlock();
            report();
            lock.lock();
        }
    }
    for (std::thread &thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    if (cancelled)
        throw Cancelled();
    report();
    if (cancelled)
        throw Cancelled();
}

} // namespace eg
