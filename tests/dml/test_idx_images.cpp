// The gzip IDX reader: tiny hand-made image and label files (written with zlib here), every
// fault it must name, and (when Debian's dataset-fashion-mnist is installed) the real files.

#include "common/error.h"
#include "dml/idx_images.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <zlib.h>

using namespace eg;
using namespace eg::dml;
using namespace eg::test;

namespace {

QByteArray bigEndian(quint32 v)
{
    QByteArray b(4, '\0');
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

QByteArray imagesIdx(quint32 count, quint32 rows, quint32 cols, const QByteArray &pixels)
{
    return bigEndian(2051) + bigEndian(count) + bigEndian(rows) + bigEndian(cols) + pixels;
}

QByteArray labelsIdx(quint32 count, const QByteArray &labels)
{
    return bigEndian(2049) + bigEndian(count) + labels;
}

// `contents` gzip-compressed into a temporary file.
QString writeGz(const QString &name, const QByteArray &contents)
{
    const QString path = writeTempFile(name, {});
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    gzwrite(file, contents.constData(), unsigned(contents.size()));
    gzclose(file);
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestIdxImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHandMadeFiles();
    void faults_data();
    void faults();
    void corruptGzip();
    void selectsLabels();
    void realFashionMnist();
};

void TestIdxImages::readsHandMadeFiles()
{
    // Two 2 x 3 images: pixels 0, 51, 255, ... -> 0, 0.2, 1.
    const QByteArray pixels("\x00\x33\xff\x66\x99\xcc"
                            "\x01\x02\x03\x04\x05\x06",
                            12);
    const QString images = writeGz(QStringLiteral("i.gz"), imagesIdx(2, 2, 3, pixels));
    const QString labels = writeGz(QStringLiteral("l.gz"), labelsIdx(2, QByteArray("\x07\x02")));
    const ImageSet set = readIdxImageSet(images, labels);
    QCOMPARE(set.height, 2);
    QCOMPARE(set.width, 3);
    QCOMPARE(set.images.rows(), 2);
    QCOMPARE(set.images.cols(), 6);
    QCOMPARE(set.images(0, 1), 0.2f);
    QCOMPARE(set.images(0, 2), 1.0f);
    QCOMPARE(set.images(1, 5), 6.0f / 255.0f);
    QCOMPARE(set.labels, (std::vector<qint32>{7, 2}));
    // An uncompressed IDX file reads the same (zlib passes plain files through).
    const QString plain = writeTempFile(QStringLiteral("plain.idx"), imagesIdx(2, 2, 3, pixels));
    QCOMPARE(readIdxImages(plain), set.images);
}

void TestIdxImages::faults_data()
{
    QTest::addColumn<QByteArray>("images");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("inLabels");
    const QByteArray four("\x01\x02\x03\x04", 4);
    const QByteArray okImages = imagesIdx(1, 2, 2, four);
    const QByteArray okLabels = labelsIdx(1, QByteArray("\x01"));
    QTest::newRow("image magic") << imagesIdx(1, 2, 2, four).replace(3, 1, "\x01") << okLabels
                                 << QStringLiteral("magic number 2049, expected 2051") << false;
    QTest::newRow("label magic") << okImages << okImages << QStringLiteral("expected 2049") << true;
    QTest::newRow("short pixels") << imagesIdx(2, 2, 2, four) << okLabels
                                  << QStringLiteral("truncated: 4 of 8 bytes") << false;
    QTest::newRow("short header") << QByteArray("\x00\x00\x08\x03\x00", 5) << okLabels
                                  << QStringLiteral("truncated") << false;
    QTest::newRow("trailing data")
        << okImages + "x" << okLabels << QStringLiteral("unexpected data") << false;
    QTest::newRow("short labels") << okImages << labelsIdx(3, QByteArray("\x01"))
                                  << QStringLiteral("truncated: 1 of 3 bytes") << true;
    QTest::newRow("count mismatch") << okImages << labelsIdx(2, QByteArray("\x01\x02"))
                                    << QStringLiteral("2 labels for the 1 images") << true;
    QTest::newRow("zero size") << imagesIdx(1, 0, 2, {}) << okLabels
                               << QStringLiteral("implausible image size") << false;
    QTest::newRow("huge count") << imagesIdx(0xFFFFFFFF, 28, 28, four) << okLabels
                                << QStringLiteral("more than the") << false;
}

void TestIdxImages::faults()
{
    QFETCH(QByteArray, images);
    QFETCH(QByteArray, labels);
    QFETCH(QString, fault);
    QFETCH(bool, inLabels);
    const QString imagesPath = writeGz(QStringLiteral("fi.gz"), images);
    const QString labelsPath = writeGz(QStringLiteral("fl.gz"), labels);
    try {
        readIdxImageSet(imagesPath, labelsPath);
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.file(), inLabels ? labelsPath : imagesPath);
        QVERIFY2(error.message().contains(fault), qPrintable(error.describe()));
    }
}

void TestIdxImages::corruptGzip()
{
    QVERIFY_THROWS_EXCEPTION(Error, readIdxImages(QStringLiteral("/nonexistent/x.gz")));
    try {
        readIdxLabels(QStringLiteral("/nonexistent/x.gz"));
        QFAIL("no error");
    } catch (const Error &error) {
        QVERIFY(error.message().contains(u"no such file"));
    }
    // Flip bytes of the compressed stream (after the 10-byte gzip header): zlib reports a data
    // error or the trailer's CRC check fails; either way a "corrupt gzip data" error.
    QByteArray pixels(3000, '\0');
    for (int k = 0; k < pixels.size(); ++k)
        pixels[k] = char((k * 7919) % 251);
    const QString good = writeGz(QStringLiteral("good.gz"), imagesIdx(3, 10, 100, pixels));
    QByteArray bytes = readAll(good);
    for (int k = 20; k < 40; ++k)
        bytes[k] = char(bytes[k] ^ 0x5A);
    const QString bad = writeTempFile(QStringLiteral("bad.gz"), bytes);
    try {
        readIdxImages(bad);
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.file(), bad);
        QVERIFY2(error.message().contains(u"corrupt gzip data") ||
                     error.message().contains(u"not an IDX"),
                 qPrintable(error.describe()));
    }
    // A damaged CRC in the trailer alone (the data inflates fine).
    QByteArray crc = readAll(good);
    crc[crc.size() - 8] = char(crc[crc.size() - 8] ^ 0x01);
    const QString badCrc = writeTempFile(QStringLiteral("crc.gz"), crc);
    try {
        readIdxImages(badCrc);
        QFAIL("no error for a bad CRC");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(u"corrupt gzip data"), qPrintable(error.describe()));
    }
}

void TestIdxImages::selectsLabels()
{
    ImageSet set;
    set.images.resize(4, 1);
    set.images << 0, 1, 2, 3;
    set.labels = {5, 1, 5, 3};
    const ImageSet subset = selectLabels(set, {5, 3});
    QCOMPARE(subset.labels, (std::vector<qint32>{5, 5, 3}));
    QCOMPARE(subset.images(1, 0), 2.0f);
}

void TestIdxImages::realFashionMnist()
{
    const QString folder = QString::fromLatin1(FashionMnistDefaultFolder);
    if (!QFileInfo::exists(folder + QStringLiteral("/t10k-images-idx3-ubyte.gz")))
        QSKIP("Debian's dataset-fashion-mnist is not installed");
    const ImageSet test = loadFashionMnist(folder, FashionMnistPart::Test);
    QCOMPARE(test.size(), qint64(10000));
    QCOMPARE(test.images.cols(), 784);
    std::vector<int> perClass(10, 0);
    for (qint32 label : test.labels) {
        QVERIFY(label >= 0 && label <= 9);
        ++perClass[size_t(label)];
    }
    QCOMPARE(perClass, std::vector<int>(10, 1000)); // balanced, as documented
    QVERIFY(test.images.minCoeff() >= 0.0f && test.images.maxCoeff() == 1.0f);
}

QTEST_GUILESS_MAIN(TestIdxImages)
#include "test_idx_images.moc"
