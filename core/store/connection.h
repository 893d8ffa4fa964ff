#pragma once

// One QSqlDatabase connection with a unique name, removed again when this object dies. Internal
// to core/store: the Session and the file probe use it.

#include <QSqlDatabase>
#include <QString>

namespace eg::store {

class Connection
{
public:
    enum class Access {
        ReadWrite, // creates the file when missing
        ReadOnly,  // SQLite read-only, sees the write-ahead log (may create "-shm" beside it)
        Immutable, // read-only and touching nothing but the file itself; ignores any WAL
    };

    // Opens `path` and applies the per-connection pragmas: foreign_keys, trusted_schema=OFF and
    // a 10 s busy timeout; for ReadWrite also synchronous=NORMAL. Throws eg::Error.
    Connection(const QString &path, Access access);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QSqlDatabase &db() const { return m_db; }

    // Runs a statement without results; throws eg::Error("<path>: <what> failed: ...").
    void run(const QString &sql, const QString &what);
    // The first column of the first row of a statement (a PRAGMA, typically).
    QVariant value(const QString &sql, const QString &what);

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace eg::store
