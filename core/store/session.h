#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace eg {

enum class OpenMode {
    ReadWrite, // falls back to read-only (and says why) when another instance holds the session
    ReadOnly,
};

// An Equigraph session file (*.equigraph): one SQLite database, format in docs/session-format.md.
//
// Every write is its own transaction (eg::WriteTransaction, store/write_transaction.h) and is
// in the file when the call returns, so there is no "unsaved" state: the session is saved after
// every epoch and every decision. The repositories are in store/*.h (datasets, runs, epochs,
// embeddings, reports, candidates, decisions, notes).
//
// Opening checks the file before anything is written: a missing, empty, non-SQLite, damaged,
// foreign (another application's) or newer-schema file throws eg::Error and is left byte for
// byte as it was. An older-schema file is first copied to "<file>.bak-v<old>" and then upgraded
// step by step.
//
// A writable session holds "<file>.lock" (QLockFile; a lock left by a crashed process is
// recognised by its PID and taken over). A second instance opening the same file gets a
// read-only session: isReadOnly() is true, readOnlyReason() says why, and writes throw eg::Error.
//
// Threads: a Session is one QSqlDatabase connection and may only be used on the thread that
// opened it (other threads get eg::Error). A worker thread opens its own connection with
// openOnThisThread(session.handle()); it shares the owner's lock (and read-only state).
class Session
{
public:
    // What a worker needs to open its own connection. Copyable and safe to hand to another
    // thread; keeps the session's lock alive while it exists, so drop it once used.
    class Handle
    {
    public:
        Handle();
        ~Handle();
        Handle(const Handle &);
        Handle &operator=(const Handle &);
        bool isValid() const;

    private:
        friend class Session;
        struct Shared;
        std::shared_ptr<Shared> m_shared;
    };

    Session();
    ~Session();
    Session(Session &&) noexcept;
    Session &operator=(Session &&) noexcept;
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // A new, empty session at `path` (which must not exist yet), at the current schema.
    static Session create(const QString &path);
    // An existing session; see the class comment for what is checked.
    static Session open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    // Another connection to the same session for the calling thread (e.g. a training worker
    // that appends epochs). Throws eg::Error when the handle is invalid or the open fails.
    static Session openOnThisThread(const Handle &handle);

    Handle handle() const;

    // Writes a consistent copy to `newPath` (VACUUM INTO a temporary file, then an atomic
    // rename; embedding files are copied to "<newPath>.d/") and continues in the copy, which is
    // writable even when this session was read-only. The old file is left as it is. Refused
    // while worker connections from openOnThisThread() are open, and when another instance
    // holds `newPath`.
    void saveAs(const QString &newPath);
    // Closes this connection (the last one to close releases the lock). Safe to call twice.
    void close();

    bool isOpen() const;
    QString path() const;
    // Folder beside the session that holds embedding files: "<path>.d".
    QString dataDir() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;
    // The copy made before this open upgraded an older file, else empty.
    QString backupPath() const;

    // PRAGMA integrity_check: "ok" or the problems found, one a line.
    QString integrityCheck() const;
    // Folds the write-ahead log into the main file (PRAGMA wal_checkpoint(TRUNCATE)), e.g.
    // before the file is copied by other means. Not needed for durability.
    void checkpoint();

    // The connection, for the repositories. Throws eg::Error when closed or called from a
    // thread other than the one that opened the session.
    QSqlDatabase database() const;
    // Throws eg::Error "<file>: cannot <what>: the session is read-only (<reason>)".
    void requireWritable(const QString &what) const;

private:
    friend class WriteTransaction;
    struct Impl;
    explicit Session(std::unique_ptr<Impl> impl);
    // A bare connection of the calling thread.
    static Session openWith(std::shared_ptr<Handle::Shared> shared);
    // Checks the file, then (when writable) backs it up, switches it to WAL and upgrades it.
    static Session openChecked(std::shared_ptr<Handle::Shared> shared);
    void requireUsable() const;
    std::unique_ptr<Impl> d;
};

} // namespace eg
