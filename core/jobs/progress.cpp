#include "jobs/progress.h"

#include "common/error.h"

namespace eg {

Progress::Progress(ProgressFn fn, qint64 total)
    : m_fn(std::move(fn))
    , m_total(total)
{
}

void Progress::report(qint64 done)
{
    if (!m_fn)
        return;
    if (m_last >= 0 && done - m_last < m_stride && done != m_total)
        return;
    force(done);
}

void Progress::force(qint64 done)
{
    m_last = done;
    if (m_fn && !m_fn(done, m_total))
        throw Cancelled();
}

} // namespace eg
