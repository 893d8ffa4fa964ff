#include "screenshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QThread>
#include <QWidget>

namespace eg {

bool waitUntil(const std::function<bool()> &ready, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!ready() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return ready();
}

bool saveScreenshot(QWidget *window, const QString &path, QSize size,
                    const std::function<bool()> &ready, int timeoutMs)
{
    window->resize(size);
    window->show();
    const auto isReady = [&ready] { return !ready || ready(); };
    waitUntil(isReady, timeoutMs);
    // Let layouts, deferred deletions and repaints settle before the grab.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return window->grab().save(path, "PNG") && isReady();
}

} // namespace eg
