#include "store/session.h"

#include "common/error.h"
#include "store/file_check.h"
#include "store/file_ops.h"
#include "store/schema.h"
#include "store/session_p.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace eg {

namespace store {

QString absoluteSessionPath(const QString &path)
{
    if (path.isEmpty())
        throw Error(Error::tr("no session file name given"));
    return QFileInfo(path).absoluteFilePath();
}

namespace {

QString lockPath(const QString &path)
{
    return path + QStringLiteral(".lock");
}

} // namespace

std::unique_ptr<QLockFile> tryLockSession(const QString &path, QString *reason)
{
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    // Never stale by age (training runs for hours without touching the lock); a lock whose
    // process is gone is still recognised by its PID and taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        if (lock->getLockInfo(&pid, &host, &app))
            *reason = Error::tr("it is open in another Equigraph (%1, process %2 on %3)")
                          .arg(app)
                          .arg(pid)
                          .arg(host);
        else
            *reason = Error::tr("it is open in another Equigraph");
        break;
    case QLockFile::PermissionError:
        *reason = Error::tr("its folder is not writable");
        break;
    default:
        *reason = Error::tr("its lock file %1 cannot be created").arg(lockPath(path));
        break;
    }
    return nullptr;
}

} // namespace store

Session::Handle::Handle() = default;
Session::Handle::~Handle() = default;
Session::Handle::Handle(const Handle &) = default;
Session::Handle &Session::Handle::operator=(const Handle &) = default;

bool Session::Handle::isValid() const
{
    return m_shared != nullptr;
}

Session::Session() = default;
Session::~Session() = default;
Session::Session(Session &&) noexcept = default;
Session &Session::operator=(Session &&) noexcept = default;

Session::Session(std::unique_ptr<Impl> impl)
    : d(std::move(impl)) {}

Session Session::openWith(std::shared_ptr<Handle::Shared> shared)
{
    auto impl = std::make_unique<Impl>();
    impl->thread = QThread::currentThread();
    impl->connection = std::make_unique<store::Connection>(
        shared->path, shared->readOnly ? store::Connection::Access::ReadOnly
                                       : store::Connection::Access::ReadWrite);
    ++shared->connections;
    impl->shared = std::move(shared);
    return Session(std::move(impl));
}

Session Session::create(const QString &pathIn)
{
    const QString path = store::absoluteSessionPath(pathIn);
    if (QFileInfo::exists(path))
        throw Error(Error::tr("cannot create the session: the file already exists"), path);
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        throw Error(Error::tr("cannot create the session: no such folder"), path);
    auto shared = std::make_shared<Handle::Shared>();
    shared->path = path;
    QString reason;
    shared->lock = store::tryLockSession(path, &reason);
    if (!shared->lock)
        throw Error(Error::tr("cannot create the session: %1").arg(reason), path);

    // Built under a temporary name in rollback-journal mode and renamed into place when
    // complete, so a crash never leaves a half-made session under the real name.
    const QString partial = store::partialPath(path);
    store::removePartial(path);
    try {
        store::Connection connection(partial, store::Connection::Access::ReadWrite);
        // Before any table: the id sits in the main file's header from the very first write.
        connection.run(QStringLiteral("PRAGMA application_id = %1").arg(store::kApplicationId),
                       Error::tr("setting the application id"));
        store::migrate(connection.db(), 0, store::kSchemaVersion, path);
        connection.run(QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                      "('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), "
                                      "('created_schema', '%1')")
                           .arg(store::kSchemaVersion),
                       Error::tr("writing the session's creation time"));
    } catch (...) {
        store::removePartial(path);
        throw;
    }
    store::syncFile(partial);
    store::replaceFile(partial, path);
    return openChecked(std::move(shared));
}

Session Session::open(const QString &pathIn, OpenMode mode)
{
    const QString path = store::absoluteSessionPath(pathIn);
    // Junk is refused before a lock file is even created beside it.
    store::checkHeader(path);
    auto shared = std::make_shared<Handle::Shared>();
    shared->path = path;
    if (mode == OpenMode::ReadOnly) {
        shared->readOnly = true;
        shared->reason = Error::tr("opened read-only as asked");
    } else {
        QString why;
        shared->lock = store::tryLockSession(path, &why);
        if (!shared->lock) {
            shared->readOnly = true;
            shared->reason = Error::tr("opened read-only because %1").arg(why);
        }
    }
    return openChecked(std::move(shared));
}

Session Session::openChecked(std::shared_ptr<Handle::Shared> shared)
{
    const QString path = shared->path;
    store::checkHeader(path);
    const store::FileCheck check = store::checkDatabase(path);
    if (shared->readOnly) {
        if (check.schemaVersion < store::kSchemaVersion)
            throw Error(Error::tr("the file has the older schema %1 and must be upgraded "
                                  "before it can be read, but it was %2; nothing was changed")
                            .arg(check.schemaVersion)
                            .arg(shared->reason),
                        path);
        return openWith(std::move(shared));
    }
    // We hold the lock: what an interrupted Save As, create or embedding copy of the previous
    // holder left behind is garbage now.
    store::removePartial(path);
    store::removePartialFiles(path + QStringLiteral(".d"));
    Session session = openWith(std::move(shared));
    store::Connection &connection = *session.d->connection;
    // The authoritative version: the checks above may have read a main file that lags the WAL.
    const int version =
        connection
            .value(QStringLiteral("PRAGMA user_version"), Error::tr("reading the schema version"))
            .toInt();
    if (version > store::kSchemaVersion)
        throw Error(store::newerSchemaMessage(version), path);
    if (version >= 1 && version < store::kSchemaVersion) {
        // A consistent copy (WAL included) of the old file, kept for going back.
        const QString backup = store::unusedBackupPath(path, version);
        QSqlQuery query(connection.db());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec())
            throw Error(Error::tr("cannot back up the file to %1 before upgrading it: %2; "
                                  "nothing was changed")
                            .arg(backup, query.lastError().databaseText()),
                        path);
        store::syncFile(backup);
        session.d->backupPath = backup;
    }
    const QString journal = connection
                                .value(QStringLiteral("PRAGMA journal_mode = WAL"),
                                       Error::tr("switching to write-ahead logging"))
                                .toString();
    if (journal.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw Error(Error::tr("write-ahead logging is not available here (journal mode "
                              "\"%1\"); is the folder on a network file system?")
                        .arg(journal),
                    path);
    if (version < store::kSchemaVersion)
        store::migrate(connection.db(), version, store::kSchemaVersion, path);
    return session;
}

Session Session::openOnThisThread(const Handle &handle)
{
    if (!handle.isValid())
        throw Error(Error::tr("cannot open a connection: the session handle is empty"));
    return openWith(handle.m_shared);
}

Session::Handle Session::handle() const
{
    requireUsable();
    Handle handle;
    handle.m_shared = d->shared;
    return handle;
}

void Session::close()
{
    d.reset();
}

bool Session::isOpen() const
{
    return d != nullptr;
}

QString Session::path() const
{
    return d ? d->shared->path : QString();
}

QString Session::dataDir() const
{
    return d ? d->shared->path + QStringLiteral(".d") : QString();
}

bool Session::isReadOnly() const
{
    return d && d->shared->readOnly;
}

QString Session::readOnlyReason() const
{
    return d ? d->shared->reason : QString();
}

QString Session::backupPath() const
{
    return d ? d->backupPath : QString();
}

QString Session::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        throw Error(Error::tr("integrity check failed: %1").arg(query.lastError().databaseText()),
                    path());
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

void Session::checkpoint()
{
    requireUsable();
    if (d->shared->readOnly)
        return; // a read-only connection cannot write the main file; the writer will
    d->connection->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), Error::tr("checkpoint"));
}

void Session::requireUsable() const
{
    if (!d)
        throw Error(Error::tr("the session is not open"));
    if (QThread::currentThread() != d->thread)
        throw Error(Error::tr("the session was opened on another thread; open a connection "
                              "for this one with Session::openOnThisThread()"),
                    d->shared->path);
}

QSqlDatabase Session::database() const
{
    requireUsable();
    return d->connection->db();
}

void Session::requireWritable(const QString &what) const
{
    requireUsable();
    if (d->shared->readOnly)
        throw Error(
            Error::tr("cannot %1: the session is read-only (%2)").arg(what, d->shared->reason),
            d->shared->path);
}

} // namespace eg
