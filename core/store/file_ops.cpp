#include "store/file_ops.h"

#include "common/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace eg::store {

QString partialPath(const QString &path)
{
    return path + QStringLiteral(".partial");
}

void removePartial(const QString &path)
{
    const QString partial = partialPath(path);
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
}

void removePartialFiles(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.partial")}, QDir::Files))
        QFile::remove(dir.filePath(name));
}

void syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot open the file to flush it: %1").arg(file.errorString()),
                    path);
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        throw Error(Error::tr("cannot flush the file to disk: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))),
                    path);
#endif
}

void replaceFile(const QString &from, const QString &to)
{
    // std::rename is rename(2) on POSIX: atomic, and it replaces an existing `to`.
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (std::rename(source.constData(), target.constData()) != 0)
        throw Error(Error::tr("cannot rename %1 to this name: %2")
                        .arg(from, QString::fromLocal8Bit(std::strerror(errno))),
                    to);
}

QString unusedBackupPath(const QString &path, int version)
{
    const QString base = path + QStringLiteral(".bak-v%1").arg(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    return candidate;
}

} // namespace eg::store
