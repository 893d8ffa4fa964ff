#pragma once

#include <QtGlobal>
#include <algorithm>
#include <exception>
#include <thread>
#include <vector>

namespace eg {

// Runs body(thread, begin, end) on `threads` contiguous slices of [0, n) in parallel (the
// calling thread takes slice 0). The first exception thrown by a slice is rethrown.
template <typename Body> void parallelSlices(qint64 n, int threads, const Body &body) {
    threads = int(std::clamp<qint64>(n, 1, std::max(threads, 1)));
    if (threads == 1) {
        body(0, qint64(0), n);
        return;
    }
    std::vector<std::exception_ptr> errors(static_cast<size_t>(threads));
    const auto run = [&](int t) {
        try {
            body(t, n * t / threads, n * (t + 1) / threads);
        } catch (...) {
            errors[size_t(t)] = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run, t);
    run(0);
    for (std::thread &worker : pool)
        worker.join();
    for (const std::exception_ptr &error : errors)
        if (error)
            std::rethrow_exception(error);
}

} // namespace eg
