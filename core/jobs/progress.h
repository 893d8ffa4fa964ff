#pragma once

#include <QtGlobal>

#include <functional>

namespace eg {

// The progress/cancel callback every long-running engine function takes.
// Called with work done so far and the total (total may be 0 when unknown).
// Return false to ask the work to stop; the function then throws eg::Cancelled.
// It is called from the thread that called the engine function, never from worker threads.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

// Small helper around a ProgressFn: throttles calls and turns "stop" into eg::Cancelled.
class Progress
{
public:
    explicit Progress(ProgressFn fn = {}, qint64 total = 0);

    void setTotal(qint64 total) { m_total = total; }
    qint64 total() const { return m_total; }

    // Report; throws eg::Cancelled if the callback asks to stop. Cheap to call often: the
    // callback runs at most every `stride` units of work and always at the end.
    void report(qint64 done);
    void setStride(qint64 stride) { m_stride = stride; }

    // Report unconditionally (e.g. at the end of an epoch).
    void force(qint64 done);

private:
    ProgressFn m_fn;
    qint64 m_total = 0;
    qint64 m_stride = 1;
    qint64 m_last = -1;
};

} // namespace eg
