#include "common/error.h"
#include "store/file_ops.h"
#include "store/session.h"
#include "store/session_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace eg {

void Session::saveAs(const QString &newPathIn)
{
    requireUsable();
    const QString newPath = store::absoluteSessionPath(newPathIn);
    const QString oldPath = d->shared->path;
    if (newPath == oldPath) {
        requireWritable(Error::tr("save"));
        checkpoint();
        return;
    }
    const auto refused = [&](const QString &why) {
        return Error(Error::tr("cannot save as %1: %2").arg(newPath, why), oldPath);
    };
    if (d->depth > 0)
        throw refused(Error::tr("a write is in progress"));
    if (const int others = d->shared->connections - 1; others > 0)
        throw refused(Error::tr("%1 background connection(s) still write to the session; wait "
                                "for them to finish")
                          .arg(others));
    auto shared = std::make_shared<Handle::Shared>();
    shared->path = newPath;
    QString why;
    shared->lock = store::tryLockSession(newPath, &why);
    if (!shared->lock)
        throw refused(why);

    // Embedding files first: the copy must never name a file that is not beside it.
    const QString newDataDir = newPath + QStringLiteral(".d");
    QSqlQuery files(database());
    if (!files.exec(QStringLiteral("SELECT DISTINCT file_name FROM embeddings")))
        throw refused(files.lastError().databaseText());
    while (files.next()) {
        const QString name = files.value(0).toString();
        const QString source = dataDir() + QLatin1Char('/') + name;
        const QString target = newDataDir + QLatin1Char('/') + name;
        if (!QFileInfo::exists(source) || QFileInfo::exists(target))
            continue; // missing stays missing (and is reported on use); names are content hashes
        if (!QDir().mkpath(newDataDir))
            throw refused(Error::tr("cannot create the folder %1").arg(newDataDir));
        const QString partial = store::partialPath(target);
        QFile::remove(partial);
        if (!QFile::copy(source, partial))
            throw refused(Error::tr("cannot copy the embedding file %1").arg(name));
        store::syncFile(partial);
        store::replaceFile(partial, target);
    }
    files.finish();

    const QString partial = store::partialPath(newPath);
    store::removePartial(newPath);
    QSqlQuery vacuum(database());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        const QString error = vacuum.lastError().databaseText();
        store::removePartial(newPath);
        throw refused(error);
    }
    vacuum.finish();
    store::syncFile(partial);
    // A write-ahead log left by an older file of that name must never be replayed onto the copy.
    QFile::remove(newPath + QStringLiteral("-wal"));
    QFile::remove(newPath + QStringLiteral("-shm"));
    store::replaceFile(partial, newPath);
    *this = openChecked(std::move(shared)); // closes the old connection, releases its lock
}

} // namespace eg
