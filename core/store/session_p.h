#pragma once

// What Session's implementation files share. Internal to core/store.

#include "store/connection.h"
#include "store/session.h"

#include <QLockFile>
#include <QThread>

#include <atomic>
#include <memory>

namespace eg {

// What every connection to one open session shares: the lock and the read-only state.
struct Session::Handle::Shared
{
    QString path;
    std::unique_ptr<QLockFile> lock; // null when read-only
    bool readOnly = false;
    QString reason;
    std::atomic<int> connections{0};
};

struct Session::Impl
{
    std::shared_ptr<Handle::Shared> shared;
    std::unique_ptr<store::Connection> connection;
    QThread *thread = nullptr;
    int depth = 0; // WriteTransaction nesting
    QString backupPath;

    ~Impl()
    {
        connection.reset();
        if (shared)
            --shared->connections;
    }
};

namespace store {

// The absolute form of a session path; throws eg::Error for an empty one.
QString absoluteSessionPath(const QString &path);
// Tries to take the writer's lock of `path` ("<path>.lock"). On failure returns null and says
// why in `reason`.
std::unique_ptr<QLockFile> tryLockSession(const QString &path, QString *reason);

} // namespace store

} // namespace eg
