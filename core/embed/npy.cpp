#include "embed/npy.h"

#include "common/error.h"
#include "embed/io_files.h"

#include <QBuffer>
#include <QFile>
#include <QSaveFile>
#include <QStringList>
#include <QtEndian>

#include <bit>
#include <cstring>

// Reading and writing .npy array data; the header parser is in npy_header.cpp.

namespace eg {

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr qsizetype kMagicSize = 6;

void readExactly(QIODevice &dev, char *dst, qint64 bytes, const QString &name)
{
    constexpr qint64 chunk = qint64(1) << 28;
    while (bytes > 0) {
        const qint64 got = dev.read(dst, qMin(bytes, chunk));
        if (got <= 0)
            throw Error(Error::tr("read failed: %1").arg(dev.errorString()), name);
        dst += got;
        bytes -= got;
    }
}

double loadValue(const char *p, int bytes, bool swap)
{
    if (bytes == 4) {
        quint32 u;
        std::memcpy(&u, p, 4);
        if (swap)
            u = qbswap(u);
        return double(std::bit_cast<float>(u));
    }
    quint64 u;
    std::memcpy(&u, p, 8);
    if (swap)
        u = qbswap(u);
    return std::bit_cast<double>(u);
}

template <typename T>
using RowMatrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

template <typename T> RowMatrix<T> decodeDevice(QIODevice &dev, const QString &name)
{
    const qint64 fileSize = dev.size();
    QByteArray head = dev.read(10);
    if (head.size() < 10 || !head.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        if (head.startsWith(QByteArrayView(kMagic, kMagicSize)))
            throw Error(Error::tr("truncated .npy file (%1 bytes)").arg(fileSize), name);
        throw Error(Error::tr("not an .npy file (it does not start with \\x93NUMPY)"), name);
    }
    qint64 headerLength = 0;
    if (head[6] == 1) {
        headerLength = qFromLittleEndian<quint16>(head.constData() + 8);
    } else if (head[6] == 2 || head[6] == 3) {
        head += dev.read(2);
        if (head.size() < 12)
            throw Error(Error::tr("truncated .npy header"), name);
        headerLength = qFromLittleEndian<quint32>(head.constData() + 8);
    }
    if (headerLength > fileSize)
        throw Error(Error::tr("truncated .npy header (declares %1 bytes, the file has %2)")
                        .arg(headerLength)
                        .arg(fileSize),
                    name);
    head += dev.read(headerLength);
    const NpyHeader h = parseNpyHeader(head, name);

    if (h.shape.size() != 2) {
        QStringList dims;
        for (qint64 d : h.shape)
            dims << QString::number(d);
        throw Error(Error::tr("expected a 2-D array, found shape (%1)").arg(dims.join(u", ")),
                    name);
    }
    const qint64 rows = h.shape[0], cols = h.shape[1];
    const qint64 dataBytes = h.dataBytes();
    if (dataBytes < 0 || dataBytes > fileSize - h.dataOffset)
        throw Error(Error::tr("truncated .npy file: shape (%1, %2) needs %3 data bytes, "
                              "%4 present")
                        .arg(rows)
                        .arg(cols)
                        .arg(dataBytes < 0 ? Error::tr("too many") : QString::number(dataBytes))
                        .arg(fileSize - h.dataOffset),
                    name);
    if (dataBytes < fileSize - h.dataOffset)
        throw Error(Error::tr("%1 unexpected bytes after the array data")
                        .arg(fileSize - h.dataOffset - dataBytes),
                    name);

    const bool complex = h.kind == 'c';
    const int part = complex ? h.itemBytes / 2 : h.itemBytes;
    RowMatrix<T> m(rows, complex ? 2 * cols : cols);
    const bool swap = (h.byteOrder == '<') != (std::endian::native == std::endian::little);
    if (!complex && !swap && !h.fortranOrder && part == int(sizeof(T))) {
        readExactly(dev, reinterpret_cast<char *>(m.data()), dataBytes, name); // bulk fast path
        return m;
    }
    QByteArray raw(dataBytes, Qt::Uninitialized);
    readExactly(dev, raw.data(), dataBytes, name);
    const char *src = raw.constData();
    T *dst = m.data();
    const qint64 outCols = m.cols();
    for (qint64 i = 0; i < rows; ++i) {
        for (qint64 j = 0; j < cols; ++j) {
            const qint64 k = h.fortranOrder ? j * rows + i : i * cols + j;
            const char *p = src + k * h.itemBytes;
            dst[i * outCols + j] = T(loadValue(p, part, swap));
            if (complex)
                dst[i * outCols + cols + j] = T(loadValue(p + part, part, swap));
        }
    }
    return m;
}

template <typename T> RowMatrix<T> decodeBytes(QByteArrayView bytes, const QString &name)
{
    QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QBuffer buffer(&raw);
    buffer.open(QIODevice::ReadOnly);
    return decodeDevice<T>(buffer, name);
}

template <typename T> RowMatrix<T> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot open: %1").arg(file.errorString()), path);
    return decodeDevice<T>(file, path);
}

template <typename T> QByteArray headerBytes(qint64 rows, qint64 cols)
{
    const QByteArray dict = "{'descr': '" + QByteArray(sizeof(T) == 4 ? "<f4" : "<f8") +
                            "', 'fortran_order': False, 'shape': (" + QByteArray::number(rows) +
                            ", " + QByteArray::number(cols) + "), }";
    // Pad with spaces and end with '\n' so that the data starts at a multiple of 64 bytes.
    const bool v2 = dict.size() + 1 + 64 > 0xffff;
    const qsizetype prefix = v2 ? 12 : 10;
    const qsizetype unpadded = prefix + dict.size() + 1;
    const qsizetype padding = (64 - unpadded % 64) % 64;
    const qsizetype headerLength = dict.size() + padding + 1;
    QByteArray out(kMagic, kMagicSize);
    out += char(v2 ? 2 : 1);
    out += char(0);
    if (v2) {
        char len[4];
        qToLittleEndian<quint32>(quint32(headerLength), len);
        out.append(len, 4);
    } else {
        char len[2];
        qToLittleEndian<quint16>(quint16(headerLength), len);
        out.append(len, 2);
    }
    out += dict;
    out += QByteArray(padding, ' ');
    out += '\n';
    return out;
}

template <typename T> QByteArray encode(const RowMatrix<T> &m)
{
    return headerBytes<T>(m.rows(), m.cols()) + littleEndianBytes(m.data(), m.size());
}

template <typename T> void write(const QString &path, const RowMatrix<T> &m)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
    const QByteArray header = headerBytes<T>(m.rows(), m.cols());
    const QByteArray data = littleEndianBytes(m.data(), m.size());
    if (file.write(header) != header.size() || file.write(data) != data.size() || !file.commit())
        throw Error(Error::tr("cannot write: %1").arg(file.errorString()), path);
}

} // namespace

Matrix readNpy(const QString &path)
{
    return readFile<float>(path);
}
Matrix decodeNpy(QByteArrayView bytes, const QString &name)
{
    return decodeBytes<float>(bytes, name);
}
MatrixD readNpyDouble(const QString &path)
{
    return readFile<double>(path);
}
MatrixD decodeNpyDouble(QByteArrayView bytes, const QString &name)
{
    return decodeBytes<double>(bytes, name);
}

void writeNpy(const QString &path, const Matrix &matrix)
{
    write<float>(path, matrix);
}
void writeNpy(const QString &path, const MatrixD &matrix)
{
    write<double>(path, matrix);
}
QByteArray encodeNpy(const Matrix &matrix)
{
    return encode<float>(matrix);
}
QByteArray encodeNpy(const MatrixD &matrix)
{
    return encode<double>(matrix);
}

} // namespace eg
