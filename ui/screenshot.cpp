#include "screenshot.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QThread>
#include <QWidget>

namespace eg {

bool saveScreenshot(QWidget *window, const QString &path, QSize size,
                    const std::function<bool()> &ready, int timeoutMs)
{
    window->resize(size);
    window->show();
    const QDeadlineTimer deadline(timeoutMs);
    const auto isReady = [&ready] { return !ready || ready(); };
    while (!isReady() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    // Let layouts, deferred deletions and repaints settle before the grab.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    return window->grab().save(path, "PNG") && isReady();
}

} // namespace eg
