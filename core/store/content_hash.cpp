#include "store/content_hash.h"

#include "common/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace eg::store {

namespace {

constexpr qint64 kChunk = 1 << 20;

// Hashes one file, reporting `offset + bytes read` of `total` to the progress.
QString hashFile(const QString &path, Progress &progress, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot read the file: %1").arg(file.errorString()), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), kChunk);
        if (n < 0)
            throw Error(Error::tr("cannot read the file: %1").arg(file.errorString()), path);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        progress.report(offset + done);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString sha256OfFile(const QString &path, const ProgressFn &progressFn)
{
    Progress progress(progressFn, QFileInfo(path).size());
    progress.setStride(64 * kChunk);
    const QString hex = hashFile(path, progress, 0);
    progress.force(progress.total());
    return hex;
}

QString contentHash(const QString &path, const ProgressFn &progressFn)
{
    const QFileInfo info(path);
    if (info.isFile())
        return sha256OfFile(path, progressFn);
    if (!info.isDir())
        throw Error(Error::tr("no such file or folder"), path);

    struct Entry
    {
        QByteArray relative;
        QString absolute;
        qint64 size;
    };
    std::vector<Entry> entries;
    const QDir root(path);
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const qint64 size = it.fileInfo().size();
        entries.push_back({root.relativeFilePath(file).toUtf8(), file, size});
        total += size;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.relative < b.relative; });

    Progress progress(progressFn, total);
    progress.setStride(64 * kChunk);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 offset = 0;
    for (const Entry &entry : entries) {
        const QString fileHash = hashFile(entry.absolute, progress, offset);
        offset += entry.size;
        const QByteArray line = entry.relative + '\t' + QByteArray::number(entry.size) + '\t' +
                                fileHash.toLatin1() + '\n';
        hash.addData(line);
    }
    progress.force(total);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace eg::store
