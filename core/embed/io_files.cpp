#include "embed/io_files.h"

#include "common/error.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <bit>

#include <zlib.h>

namespace eg {

QByteArray readFileMaybeGzip(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot open: %1").arg(file.errorString()), path);
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(Error::tr("cannot read: %1").arg(file.errorString()), path);
    if (bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b)
        return gunzip(bytes, path);
    return bytes;
}

QByteArray gunzip(QByteArrayView compressed, const QString &path)
{
    z_stream zs{};
    // 16 + MAX_WBITS: expect a gzip wrapper (header and CRC-32 trailer), not raw zlib.
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        throw Error(Error::tr("cannot start gzip decompression"), path);
    QByteArray out;
    out.resize(qMax<qsizetype>(4096, compressed.size() * 4));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    qsizetype inLeft = compressed.size();
    qsizetype produced = 0;
    int rc = Z_OK;
    while (true) {
        if (produced == out.size())
            out.resize(out.size() * 2);
        // zlib counts in uInt; feed and drain in pieces of at most 1 GiB.
        const uInt inChunk = uInt(qMin<qsizetype>(inLeft, 1 << 30));
        const uInt outChunk = uInt(qMin<qsizetype>(out.size() - produced, 1 << 30));
        zs.avail_in = inChunk;
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = outChunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        inLeft -= inChunk - zs.avail_in;
        produced += outChunk - zs.avail_out;
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (as `cat a.gz b.gz` makes).
            if (inLeft == 0)
                break;
            inflateReset(&zs);
            continue;
        }
        if (rc == Z_BUF_ERROR && inLeft == 0 && zs.avail_out > 0)
            break; // input ended inside a member
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            const QString why = QString::fromLatin1(zs.msg ? zs.msg : "corrupt data");
            inflateEnd(&zs);
            throw Error(Error::tr("gzip data is corrupt: %1").arg(why), path);
        }
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END)
        throw Error(Error::tr("gzip data is truncated"), path);
    out.resize(produced);
    return out;
}

void writeFileAtomic(const QString &path, QByteArrayView bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
    if (file.write(bytes.data(), bytes.size()) != bytes.size() || !file.commit())
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
}

namespace {

template <typename T> QByteArray toLittleEndian(const T *data, qint64 count)
{
    const qint64 bytes = count * qint64(sizeof(T));
    if constexpr (std::endian::native == std::endian::little) {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(data), bytes);
    } else {
        QByteArray out(bytes, Qt::Uninitialized);
        qToLittleEndian<T>(data, count, out.data());
        return out;
    }
}

} // namespace

QByteArray littleEndianBytes(const float *data, qint64 count)
{
    return toLittleEndian(data, count);
}
QByteArray littleEndianBytes(const double *data, qint64 count)
{
    return toLittleEndian(data, count);
}

void littleEndianToNative(float *data, qint64 count)
{
    if constexpr (std::endian::native != std::endian::little) {
        qFromLittleEndian<float>(data, count, data);
    } else {
        Q_UNUSED(data);
        Q_UNUSED(count);
    }
}

} // namespace eg
