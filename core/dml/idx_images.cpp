#include "dml/idx_images.h"

#include "common/error.h"

#include <QFileInfo>
#include <algorithm>
#include <zlib.h>

namespace eg::dml {

namespace {

// A gzip (or plain) file read through zlib, closed on destruction.
class GzReader
{
public:
    explicit GzReader(const QString &path)
        : m_path(path)
    {
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(Error::tr("no such file"), path);
        if (info.isDir())
            throw Error(Error::tr("is a folder, expected a file"), path);
        m_file = gzopen(QFile::encodeName(path).constData(), "rb");
        if (!m_file)
            throw Error(Error::tr("cannot open"), path);
        gzbuffer(m_file, 1 << 17);
    }
    ~GzReader() { gzclose_r(m_file); }
    GzReader(const GzReader &) = delete;
    GzReader &operator=(const GzReader &) = delete;

    // Reads exactly `bytes` bytes of `what` (a phrase for the error message).
    void read(void *to, qint64 bytes, const QString &what)
    {
        auto *out = static_cast<char *>(to);
        qint64 got = 0;
        while (got < bytes) {
            const unsigned chunk = unsigned(std::min<qint64>(bytes - got, 1 << 30));
            const int n = gzread(m_file, out + got, chunk);
            if (n < 0)
                failCorrupt();
            if (n == 0)
                throw Error(
                    Error::tr("truncated: %1 of %2 bytes of %3").arg(got).arg(bytes).arg(what),
                    m_path);
            got += n;
        }
    }

    quint32 readBigEndian32(const QString &what)
    {
        unsigned char b[4];
        read(b, 4, what);
        return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3];
    }

    // Reading on must find the end (this also makes zlib check the gzip trailer's CRC).
    void expectEnd()
    {
        char extra;
        const int n = gzread(m_file, &extra, 1);
        if (n < 0)
            failCorrupt();
        if (n > 0)
            throw Error(Error::tr("unexpected data after the last record"), m_path);
    }

private:
    [[noreturn]] void failCorrupt()
    {
        int code = 0;
        const char *message = gzerror(m_file, &code);
        throw Error(Error::tr("corrupt gzip data: %1").arg(QString::fromUtf8(message)), m_path);
    }

    QString m_path;
    gzFile m_file = nullptr;
};

void expectMagic(quint32 magic, quint32 expected, const char *kind, const QString &path)
{
    if (magic != expected)
        throw Error(Error::tr("not an IDX %1 file: magic number %2, expected %3")
                        .arg(QLatin1String(kind))
                        .arg(magic)
                        .arg(expected),
                    path);
}

// A damaged header must not make us allocate terabytes before the data runs out.
void checkSize(qint64 bytes, const QString &path)
{
    constexpr qint64 Largest = qint64(1) << 32;
    if (bytes > Largest)
        throw Error(Error::tr("the header promises %1 bytes of data, more than the %2 "
                              "this reader accepts (damaged header?)")
                        .arg(bytes)
                        .arg(Largest),
                    path);
}

} // namespace

Matrix readIdxImages(const QString &path, int *height, int *width)
{
    GzReader file(path);
    expectMagic(file.readBigEndian32(Error::tr("the header")), 2051, "image", path);
    const quint32 count = file.readBigEndian32(Error::tr("the header"));
    const quint32 rows = file.readBigEndian32(Error::tr("the header"));
    const quint32 cols = file.readBigEndian32(Error::tr("the header"));
    if (rows == 0 || cols == 0 || rows > 4096 || cols > 4096)
        throw Error(Error::tr("implausible image size %1 x %2").arg(rows).arg(cols), path);
    const qint64 pixels = qint64(rows) * cols;
    checkSize(qint64(count) * pixels, path);
    std::vector<unsigned char> bytes(size_t(count) * size_t(pixels));
    file.read(bytes.data(), qint64(bytes.size()),
              Error::tr("pixels (%1 images of %2 x %3)").arg(count).arg(rows).arg(cols));
    file.expectEnd();
    Matrix images(qint64(count), pixels);
    for (size_t k = 0; k < bytes.size(); ++k)
        images.data()[k] = float(bytes[k]) * (1.0f / 255.0f);
    if (height)
        *height = int(rows);
    if (width)
        *width = int(cols);
    return images;
}

std::vector<qint32> readIdxLabels(const QString &path)
{
    GzReader file(path);
    expectMagic(file.readBigEndian32(Error::tr("the header")), 2049, "label", path);
    const quint32 count = file.readBigEndian32(Error::tr("the header"));
    checkSize(count, path);
    std::vector<unsigned char> bytes(count);
    file.read(bytes.data(), qint64(bytes.size()), QStringLiteral("%1 labels").arg(count));
    file.expectEnd();
    return std::vector<qint32>(bytes.begin(), bytes.end());
}

ImageSet readIdxImageSet(const QString &imagesPath, const QString &labelsPath)
{
    ImageSet set;
    set.images = readIdxImages(imagesPath, &set.height, &set.width);
    set.labels = readIdxLabels(labelsPath);
    if (qint64(set.labels.size()) != set.images.rows())
        throw Error(Error::tr("%1 labels for the %2 images of %3")
                        .arg(set.labels.size())
                        .arg(set.images.rows())
                        .arg(imagesPath),
                    labelsPath);
    return set;
}

ImageSet loadFashionMnist(const QString &folder, FashionMnistPart part)
{
    const QString prefix =
        part == FashionMnistPart::Train ? QStringLiteral("/train") : QStringLiteral("/t10k");
    return readIdxImageSet(folder + prefix + QStringLiteral("-images-idx3-ubyte.gz"),
                           folder + prefix + QStringLiteral("-labels-idx1-ubyte.gz"));
}

ImageSet selectLabels(const ImageSet &set, const std::vector<qint32> &labels)
{
    std::vector<qint64> rows;
    for (qint64 i = 0; i < set.size(); ++i) {
        if (std::find(labels.begin(), labels.end(), set.labels[size_t(i)]) != labels.end())
            rows.push_back(i);
    }
    ImageSet subset;
    subset.height = set.height;
    subset.width = set.width;
    subset.images.resize(qint64(rows.size()), set.images.cols());
    for (size_t r = 0; r < rows.size(); ++r) {
        subset.images.row(qint64(r)) = set.images.row(rows[r]);
        subset.labels.push_back(set.labels[size_t(rows[r])]);
    }
    return subset;
}

} // namespace eg::dml
