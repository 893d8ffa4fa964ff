#include "common/error.h"
#include "embed/npy.h"
#include "testsupport.h"

#include <QTest>

#include <cstring>
#include <limits>

using namespace eg;

namespace {

// The matrix every hand-made file below holds: [[1, -2, 0.5], [0, 3.25, -0.125]] (all exact in
// binary, so float32 and float64 files decode to the same floats).
Matrix expected23()
{
    Matrix m(2, 3);
    m << 1.0f, -2.0f, 0.5f, 0.0f, 3.25f, -0.125f;
    return m;
}

// "\x93NUMPY", version, header length (2 bytes for 1.x, 4 for 2.x/3.x), dict, then data.
QByteArray npyFile(int major, const QByteArray &dict, const QByteArray &data)
{
    QByteArray out("\x93NUMPY", 6);
    out += char(major);
    out += char(0);
    const qsizetype len = dict.size();
    out += char(len & 0xff);
    out += char((len >> 8) & 0xff);
    if (major >= 2)
        out += QByteArray(2, '\0');
    return out + dict + data;
}

// The values of expected23() in C order as little-endian float32.
const QByteArray kF4 = QByteArray::fromHex("0000803f"
                                           "000000c0"
                                           "0000003f"
                                           "00000000"
                                           "00005040"
                                           "000000be");

bool bitEqual(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a.size() == 0 ||
            std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(float)) == 0);
}

} // namespace

class TestNpy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A (2, 3) float32 array byte for byte as numpy.save writes it: format 1.0, a 118-byte
    // header (the dict, 58 spaces, '\n') so the data starts at byte 128, then six floats.
    void handWritten()
    {
        QByteArray bytes("\x93NUMPY\x01\x00\x76\x00", 10);
        bytes += "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        bytes += QByteArray(58, ' ') + '\n';
        bytes += QByteArray::fromHex("0000803f"
                                     "000000c0"
                                     "0000003f" // 1, -2, 0.5
                                     "00000000"
                                     "00005040"
                                     "000000be"); // 0, 3.25, -0.125
        QCOMPARE(bytes.size(), 128 + 24);

        const NpyHeader h = parseNpyHeader(bytes, QStringLiteral("hand.npy"));
        QCOMPARE(h.majorVersion, 1);
        QCOMPARE(h.kind, 'f');
        QCOMPARE(h.itemBytes, 4);
        QCOMPARE(h.fortranOrder, false);
        QCOMPARE(h.shape, (std::vector<qint64>{2, 3}));
        QCOMPARE(h.dataOffset, qint64(128));
        QCOMPARE(h.dataBytes(), qint64(24));

        const Matrix m = decodeNpy(bytes, QStringLiteral("hand.npy"));
        QCOMPARE(m.rows(), Eigen::Index(2));
        QCOMPARE(m.cols(), Eigen::Index(3));
        QCOMPARE(m(0, 0), 1.0f);
        QCOMPARE(m(0, 1), -2.0f);
        QCOMPARE(m(0, 2), 0.5f);
        QCOMPARE(m(1, 0), 0.0f);
        QCOMPARE(m(1, 1), 3.25f);
        QCOMPARE(m(1, 2), -0.125f);
        // Our writer produces exactly these bytes.
        QCOMPARE(encodeNpy(m), bytes);
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray dictF4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }\n";
        QTest::newRow("v1 f4") << npyFile(1, dictF4, kF4);
        QTest::newRow("v2 f4") << npyFile(2, dictF4, kF4);
        QTest::newRow("v3 f4") << npyFile(3, dictF4, kF4);
        QTest::newRow("f8") << npyFile(1,
                                       "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3)}",
                                       QByteArray::fromHex("000000000000f03f"
                                                           "00000000000000c0"
                                                           "000000000000e03f"
                                                           "0000000000000000"
                                                           "0000000000000a40"
                                                           "000000000000c0bf"));
        QTest::newRow("big-endian f4")
            << npyFile(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (2, 3), }",
                       QByteArray::fromHex("3f800000"
                                           "c0000000"
                                           "3f000000"
                                           "00000000"
                                           "40500000"
                                           "be000000"));
        // Fortran order: the same matrix stored column by column: 1, 0, -2, 3.25, 0.5, -0.125.
        QTest::newRow("fortran order")
            << npyFile(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }",
                       QByteArray::fromHex("0000803f00000000000000c0"
                                           "000050400000003f000000be"));
        QTest::newRow("keys reordered, double quotes, py2 longs, no trailing comma") << npyFile(
            1, "{\"shape\": (2L, 3L), \"fortran_order\": False, \"descr\": \"<f4\"}", kF4);
        QTest::newRow("no byte-order mark, tabs")
            << npyFile(1, "{'descr':'f4',\t'fortran_order':False,'shape':(2,3,)}   \n", kF4);
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(bitEqual(decodeNpy(bytes, QStringLiteral("x.npy")), expected23()));
        const MatrixD d = decodeNpyDouble(bytes, QStringLiteral("x.npy"));
        QVERIFY(d == expected23().cast<double>());
    }

    // complex64 (n, d) reads as n x 2d rows [re | im]: [[1+2i, 3-1i]] -> [1, 3, 2, -1].
    void complexToHalves()
    {
        const QByteArray bytes =
            npyFile(1, "{'descr': '<c8', 'fortran_order': False, 'shape': (1, 2), }",
                    QByteArray::fromHex("0000803f00000040"
                                        "00004040000080bf"));
        const Matrix m = decodeNpy(bytes, QStringLiteral("c.npy"));
        Matrix want(1, 4);
        want << 1.0f, 3.0f, 2.0f, -1.0f;
        QVERIFY(bitEqual(m, want));
    }

    void emptyRows()
    {
        const QByteArray bytes =
            npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 7), }", {});
        const Matrix m = decodeNpy(bytes, QStringLiteral("e.npy"));
        QCOMPARE(m.rows(), Eigen::Index(0));
        QCOMPARE(m.cols(), Eigen::Index(7));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        QTest::newRow("not npy") << QByteArray("PK\x03\x04 zip", 8) << "not an .npy file";
        QTest::newRow("empty") << QByteArray() << "not an .npy file";
        QTest::newRow("magic only") << QByteArray("\x93NUMPY\x01", 7) << "truncated";
        QByteArray v4 = npyFile(1, ok, kF4);
        v4[6] = 4;
        QTest::newRow("version 4") << v4 << "unsupported .npy format version 4.0";
        QTest::newRow("header cut") << npyFile(1, ok, kF4).left(40) << "truncated .npy header";
        QTest::newRow("data cut") << npyFile(1, ok, kF4.left(20)) << "truncated .npy file";
        QTest::newRow("trailing bytes") << npyFile(1, ok, kF4 + "xx") << "2 unexpected bytes";
        QTest::newRow("int dtype")
            << npyFile(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }", kF4)
            << "unsupported .npy dtype '<i8'";
        QTest::newRow("half dtype")
            << npyFile(1, "{'descr': '<f2', 'fortran_order': False, 'shape': (2, 3), }", kF4)
            << "unsupported .npy dtype '<f2'";
        QTest::newRow("structured")
            << npyFile(1, "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }", kF4)
            << "structured (record) dtypes are not supported";
        QTest::newRow("3-D")
            << npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2, 3), }", kF4)
            << "expected a 2-D array, found shape (1, 2, 3)";
        QTest::newRow("1-D") << npyFile(1,
                                        "{'descr': '<f4', 'fortran_order': False, 'shape': (6,), }",
                                        kF4)
                             << "expected a 2-D array, found shape (6)";
        QTest::newRow("missing key") << npyFile(1, "{'descr': '<f4', 'shape': (2, 3)}", kF4)
                                     << "missing key 'fortran_order'";
        QTest::newRow("duplicate key")
            << npyFile(1, "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False}", kF4)
            << "key 'descr' appears twice";
        QTest::newRow("unknown key")
            << npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), 'x': True}",
                       kF4)
            << "unexpected key 'x'";
        QTest::newRow("None for a bool")
            << npyFile(1, "{'descr': '<f4', 'fortran_order': None, 'shape': (2, 3), }", kF4)
            << "expected a string, True, False or a tuple";
        QTest::newRow("bool for a string")
            << npyFile(1, "{'descr': True, 'fortran_order': False, 'shape': (2, 3), }", kF4)
            << "'descr' is not a string";
        QTest::newRow("negative dimension")
            << npyFile(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (-2, 3), }", kF4)
            << "expected a non-negative integer";
        QTest::newRow("unterminated string")
            << npyFile(1, "{'descr': '<f4", kF4) << "unterminated string";
        QTest::newRow("text after brace")
            << npyFile(1, ok + " junk", kF4) << "unexpected text after the closing '}'";
        QTest::newRow("not a dict") << npyFile(1, "[1, 2]", kF4) << "expected '{'";
        QTest::newRow("huge shape")
            << npyFile(1,
                       "{'descr': '<f8', 'fortran_order': False, 'shape': (100000000000000, "
                       "100000000000000), }",
                       kF4)
            << "truncated .npy file";
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        try {
            decodeNpy(bytes, QStringLiteral("bad.npy"));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.describe()));
            QCOMPARE(e.file(), QStringLiteral("bad.npy"));
        }
    }

    void missingFile()
    {
        QVERIFY_THROWS_EXCEPTION(Error, readNpy(QStringLiteral("/nonexistent/x.npy")));
    }

    // Files round-trip bit for bit, including -0, the smallest subnormal, infinities and NaN.
    void roundTripFloat()
    {
        Matrix m(3, 4);
        m << 0.1f, -0.0f, std::numeric_limits<float>::denorm_min(),
            std::numeric_limits<float>::max(), std::numeric_limits<float>::infinity(),
            -std::numeric_limits<float>::infinity(), std::numeric_limits<float>::quiet_NaN(),
            1.0f / 3.0f, -7.5f, 1e-30f, 123456.789f, 2.0f;
        const QString path = eg::test::writeTempFile(QStringLiteral("rt.npy"), {});
        writeNpy(path, m);
        QVERIFY(bitEqual(readNpy(path), m));
        const NpyHeader h = parseNpyHeader(encodeNpy(m), path);
        QCOMPARE(h.dataOffset % 64, qint64(0)); // aligned as numpy aligns it
    }

    void roundTripDouble()
    {
        MatrixD m(2, 2);
        m << 0.1, -1e300, std::numeric_limits<double>::denorm_min(), 1.0 / 3.0;
        const QString path = eg::test::writeTempFile(QStringLiteral("rt8.npy"), {});
        writeNpy(path, m);
        const MatrixD back = readNpyDouble(path);
        QVERIFY(std::memcmp(back.data(), m.data(), sizeof(double) * 4) == 0);
        QCOMPARE(parseNpyHeader(encodeNpy(m), path).itemBytes, 8);
        // Reading float64 as float32 rounds to nearest.
        const Matrix asFloat = readNpy(path);
        QCOMPARE(asFloat(0, 0), 0.1f);
        QCOMPARE(asFloat(1, 1), float(1.0 / 3.0));
    }

    // A header too long for format 1.0 (over 65535 bytes) cannot happen for 2-D shapes, but a
    // long header written as 2.0 must still read: here 70000 bytes of padding.
    void longVersion2Header()
    {
        QByteArray dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        dict += QByteArray(70000, ' ') + '\n';
        QByteArray bytes("\x93NUMPY\x02\x00", 8);
        const quint32 len = quint32(dict.size());
        for (int i = 0; i < 4; ++i)
            bytes += char((len >> (8 * i)) & 0xff);
        bytes += dict + kF4;
        QVERIFY(bitEqual(decodeNpy(bytes, QStringLiteral("v2.npy")), expected23()));
    }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "test_npy.moc"
