#pragma once

#include <QSize>
#include <QString>

#include <functional>

class QWidget;

namespace eg {

// Shows `window` at `size`, waits until `ready()` is true (at most `timeoutMs`; the event loop
// keeps running meanwhile) and saves the window as it appears on screen to `path` (PNG).
// Returns false when the wait timed out or the file could not be written.
// Runs the event loop until `ready()` is true; false when `timeoutMs` passed first.
bool waitUntil(const std::function<bool()> &ready, int timeoutMs = 120000);

bool saveScreenshot(QWidget *window, const QString &path, QSize size,
                    const std::function<bool()> &ready, int timeoutMs = 120000);

} // namespace eg
