#include "store/connection.h"

#include "common/error.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace eg::store {

namespace {

// Milliseconds a statement waits for a lock held by another connection before it fails.
constexpr int kBusyTimeoutMs = 10000;

QString uniqueName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("eg-store-%1").arg(++counter);
}

} // namespace

Connection::Connection(const QString &path, Access access)
    : m_path(path)
    , m_name(uniqueName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (access == Access::Immutable) {
        // URI form so that "immutable=1" can be passed: SQLite then takes no locks and creates
        // no "-wal" / "-shm" files, so probing a file cannot change anything beside it.
        const QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
        m_db.setDatabaseName(uri + QStringLiteral("?mode=ro&immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        m_db.setDatabaseName(path);
        if (access == Access::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QString why = m_db.lastError().databaseText();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw Error(Error::tr("cannot open the session: %1").arg(why), path);
    }
    try {
        run(QStringLiteral("PRAGMA foreign_keys = ON"), Error::tr("enabling foreign keys"));
        // A session may come from someone else: never run functions from its schema.
        run(QStringLiteral("PRAGMA trusted_schema = OFF"), Error::tr("setting trust"));
        if (access == Access::ReadWrite)
            run(QStringLiteral("PRAGMA synchronous = NORMAL"), Error::tr("setting synchronous"));
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw;
    }
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void Connection::run(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw Error(Error::tr("%1 failed: %2").arg(what, query.lastError().databaseText()), m_path);
}

QVariant Connection::value(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw Error(Error::tr("%1 failed: %2").arg(what, query.lastError().databaseText()), m_path);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace eg::store
