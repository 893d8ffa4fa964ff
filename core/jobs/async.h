#pragma once

#include "common/error.h"
#include "jobs/progress.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace eg {

// Runs `work(ProgressFn)` on the global thread pool and returns a QFuture for it.
// Progress is mapped to the future's range [0, 1000]; QFuture::cancel() makes the ProgressFn
// return false, so the engine function throws eg::Cancelled and the future ends cancelled with
// no result. An eg::Error travels to the future (QFuture::waitForFinished / result rethrow it).
template<typename T, typename Work>
QFuture<T> runAsync(Work work)
{
    return QtConcurrent::run([work = std::move(work)](QPromise<T> &promise) mutable {
        promise.setProgressRange(0, 1000);
        ProgressFn progress = [&promise](qint64 done, qint64 total) {
            if (promise.isCanceled())
                return false;
            if (total > 0)
                promise.setProgressValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
            return true;
        };
        try {
            promise.addResult(work(progress));
        } catch (const Cancelled &) {
            promise.future().cancel();
        } catch (const Error &error) {
            promise.setException(error);
        } catch (const std::exception &error) {
            promise.setException(Error(QString::fromUtf8(error.what())));
        }
    });
}

} // namespace eg
