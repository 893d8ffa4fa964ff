#include "store/file_check.h"

#include "common/error.h"
#include "store/connection.h"
#include "store/schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace eg::store {

namespace {

// Ends every message about a file that was refused. A function: it is translated when used.
QString unchanged()
{
    return Error::tr("; nothing was changed");
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

QString newerSchemaMessage(int fileVersion)
{
    return Error::tr("the file was written by a newer Equigraph (schema %1, this version "
                     "reads up to %2)")
               .arg(fileVersion)
               .arg(kSchemaVersion) +
           unchanged();
}

QString foreignFileMessage(quint32 applicationId)
{
    if (applicationId == 0)
        return Error::tr("not an Equigraph session (an SQLite database of another "
                         "application, without an application id)") +
               unchanged();
    return Error::tr("not an Equigraph session (an SQLite database of another application, "
                     "application_id 0x%1)")
               .arg(applicationId, 8, 16, QLatin1Char('0')) +
           unchanged();
}

FileCheck checkHeader(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw Error(Error::tr("no such session file"), path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot read the file: %1").arg(file.errorString()), path);
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        throw Error(Error::tr("the file is empty, not an Equigraph session") + unchanged(), path);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        throw Error(Error::tr("not an Equigraph session (not an SQLite database)") + unchanged(),
                    path);
    FileCheck check;
    check.schemaVersion = int(bigEndian32(header, 60));
    check.applicationId = bigEndian32(header, 68);
    // The application id is written before the first transaction, so it is never stale; the
    // schema version may lag behind committed WAL frames, but only ever downwards.
    if (check.applicationId != kApplicationId)
        throw Error(foreignFileMessage(check.applicationId), path);
    if (check.schemaVersion > kSchemaVersion || check.schemaVersion < 0)
        throw Error(newerSchemaMessage(check.schemaVersion), path);
    return check;
}

FileCheck checkDatabase(const QString &path)
{
    // A live writer always has a "-wal" file; so does a crashed one, whose committed frames are
    // then only in that file. Without one, the main file is all there is and "immutable" reads
    // it without creating "-wal" / "-shm" files.
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const auto access = hasWal ? Connection::Access::ReadOnly : Connection::Access::Immutable;
    FileCheck check;
    try {
        Connection connection(path, access);
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("PRAGMA quick_check(3)")))
            throw Error(query.lastError().databaseText(), path);
        QStringList problems;
        while (query.next())
            problems << query.value(0).toString();
        query.finish();
        if (problems != QStringList{QStringLiteral("ok")})
            throw Error(problems.join(QLatin1Char('\n')).simplified(), path);
        check.applicationId = connection
                                  .value(QStringLiteral("PRAGMA application_id"),
                                         Error::tr("reading the application id"))
                                  .toUInt();
        check.schemaVersion = connection
                                  .value(QStringLiteral("PRAGMA user_version"),
                                         Error::tr("reading the schema version"))
                                  .toInt();
    } catch (const Error &error) {
        throw Error(
            Error::tr("the file is damaged (SQLite: %1)").arg(error.message()) + unchanged(), path);
    }
    if (check.applicationId != kApplicationId)
        throw Error(foreignFileMessage(check.applicationId), path);
    if (check.schemaVersion > kSchemaVersion)
        throw Error(newerSchemaMessage(check.schemaVersion), path);
    return check;
}

} // namespace eg::store
