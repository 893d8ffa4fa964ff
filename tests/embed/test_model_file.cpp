#include "common/error.h"
#include "embed/model_file.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <random>

#include <zlib.h>

using namespace eg;

namespace {

Vocabulary vocabulary(const QStringList &keys)
{
    Vocabulary v;
    for (const QString &k : keys) {
        const QByteArray utf8 = k.toUtf8();
        v.insert(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    return v;
}

// Random-filled matrices of the right shapes (fixed seed).
Model makeModel(ModelSpec spec, qint32 entities, qint32 relations, unsigned seed = 7)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    auto fill = [&](Matrix &m, qint32 rows) {
        m.resize(rows, spec.width());
        for (Eigen::Index i = 0; i < m.size(); ++i)
            m.data()[i] = normal(rng);
    };
    Model m;
    m.spec = spec;
    fill(m.entities, entities);
    fill(m.relations, relations);
    if (spec.separateRhs)
        fill(m.relationsRhs, relations);
    return m;
}

bool bitEqual(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a.size() == 0 ||
            std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(float)) == 0);
}

QStringList keys(const Vocabulary &v)
{
    QStringList out;
    for (qint32 i = 0; i < v.size(); ++i)
        out << v.keyString(i);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Recomputes the CRC-32 trailer after a test has patched the bytes before it.
void fixChecksum(QByteArray &bytes)
{
    const uLong crc =
        crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size() - 4));
    qToLittleEndian(quint32(crc), bytes.data() + bytes.size() - 4);
}

const QStringList kEntityKeys = {QStringLiteral("/m/01"),     QStringLiteral("São Paulo"),
                                 QStringLiteral("tab\there"), QStringLiteral("line\nbreak"),
                                 QStringLiteral("日本"),      QString()};
const QStringList kRelationKeys = {QStringLiteral("/people/person/gender"),
                                   QStringLiteral("born in")};

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A small saved model and its bytes, for the tests that damage files.
    QByteArray savedBytes(const QJsonObject &meta = {})
    {
        const ModelSpec spec{ModelType::TransE, 3, 2, false};
        const QString p = path(QStringLiteral("base.egm"));
        saveModel(p, makeModel(spec, 6, 2), vocabulary(kEntityKeys), vocabulary(kRelationKeys),
                  meta);
        return readAll(p);
    }

    void expectError(const QByteArray &bytes, const QString &message)
    {
        const QString p = eg::test::writeTempFile(QStringLiteral("damaged.egm"), bytes);
        try {
            loadModel(p);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.describe()));
            QCOMPARE(e.file(), p);
        }
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("norm");
        QTest::addColumn<bool>("rhs");
        QTest::addColumn<bool>("withMeta");
        QTest::newRow("transe l1") << int(ModelType::TransE) << 4 << 1 << false << false;
        QTest::newRow("transe l2 meta") << int(ModelType::TransE) << 5 << 2 << false << true;
        QTest::newRow("transe-dot rhs") << int(ModelType::TransEDot) << 3 << 1 << true << true;
        QTest::newRow("distmult") << int(ModelType::DistMult) << 1 << 1 << false << true;
        QTest::newRow("complex") << int(ModelType::ComplEx) << 3 << 1 << false << true;
    }

    void roundTrip()
    {
        QFETCH(int, type);
        QFETCH(int, dim);
        QFETCH(int, norm);
        QFETCH(bool, rhs);
        QFETCH(bool, withMeta);
        const ModelSpec spec{ModelType(type), dim, norm, rhs};
        const Model model = makeModel(spec, qint32(kEntityKeys.size()), 2);
        QJsonObject meta;
        if (withMeta) {
            meta.insert(QStringLiteral("epochs"), 50);
            meta.insert(QStringLiteral("dataset"), QStringLiteral("fb15k-237"));
            meta.insert(QStringLiteral("sha256"), QStringLiteral("ab12"));
            meta.insert(QStringLiteral("lr"), QJsonArray{0.1, 0.01});
            meta.insert(QStringLiteral("note"), QStringLiteral("ünïcödé"));
        }
        const QString p = path(QStringLiteral("rt.egm"));
        saveModel(p, model, vocabulary(kEntityKeys), vocabulary(kRelationKeys), meta);
        const KeyedModel back = loadModel(p);
        QCOMPARE(back.model.spec.type, spec.type);
        QCOMPARE(back.model.spec.dim, dim);
        QCOMPARE(back.model.spec.norm, norm);
        QCOMPARE(back.model.spec.separateRhs, rhs);
        QVERIFY(bitEqual(back.model.entities, model.entities));
        QVERIFY(bitEqual(back.model.relations, model.relations));
        QVERIFY(bitEqual(back.model.relationsRhs, model.relationsRhs));
        QCOMPARE(keys(back.entities), kEntityKeys);
        QCOMPARE(keys(back.relations), kRelationKeys);
        QCOMPARE(back.meta, meta);
        // The matrices start at a multiple of 64 and the file ends with the CRC.
        const QByteArray bytes = readAll(p);
        const qint64 matrixBytes =
            (model.entities.size() + model.relations.size() + model.relationsRhs.size()) * 4;
        QCOMPARE((bytes.size() - 4 - matrixBytes) % 64, qint64(0));
    }

    void emptyModel()
    {
        const ModelSpec spec{ModelType::DistMult, 2, 1, false};
        const QString p = path(QStringLiteral("empty.egm"));
        saveModel(p, makeModel(spec, 0, 0), Vocabulary(), Vocabulary());
        const KeyedModel back = loadModel(p);
        QCOMPARE(back.model.entities.rows(), Eigen::Index(0));
        QCOMPARE(back.model.entities.cols(), Eigen::Index(2));
        QVERIFY(back.meta.isEmpty());
    }

    // The documented header fields at their documented offsets (docs/formats.md).
    void layout()
    {
        QJsonObject meta;
        meta.insert(QStringLiteral("k"), 1);
        const ModelSpec spec{ModelType::ComplEx, 2, 1, false};
        Model model = makeModel(spec, 2, 1);
        const QString p = path(QStringLiteral("layout.egm"));
        saveModel(p, model, vocabulary({"a", "bc"}), vocabulary({"r"}), meta);
        const QByteArray b = readAll(p);
        auto u32 = [&](int at) {
            return qFromLittleEndian<quint32>(b.constData() + at);
        };
        auto u64 = [&](int at) {
            return qFromLittleEndian<quint64>(b.constData() + at);
        };
        QCOMPARE(b.left(8), QByteArray("\x89"
                                       "EGM\r\n\x1a\n"));
        QCOMPARE(u32(8), 1u);          // version
        QCOMPARE(u32(12), 3u);         // ComplEx
        QCOMPARE(u32(16), 2u);         // dim
        QCOMPARE(u32(20), 1u);         // norm
        QCOMPARE(u32(24), 0u);         // flags
        QCOMPARE(u32(28), 2u);         // entities
        QCOMPARE(u32(32), 1u);         // relations
        QCOMPARE(u32(36), 0u);         // reserved
        QCOMPARE(u64(40), quint64(7)); // {"k":1}
        QCOMPARE(u64(48), quint64(4 + 1 + 4 + 2));
        QCOMPARE(u64(56), quint64(4 + 1));
        QCOMPARE(b.mid(64, 7), QByteArray("{\"k\":1}"));
        QCOMPARE(b.mid(71, 11), QByteArray("\x01\0\0\0a\x02\0\0\0bc", 11));
        QCOMPARE(b.mid(82, 5), QByteArray("\x01\0\0\0r", 5));
        // Zero padding to 128, then 3 rows x 4 floats, then the CRC: 128 + 48 + 4 bytes.
        QCOMPARE(b.size(), 180);
        QCOMPARE(b.mid(87, 128 - 87), QByteArray(128 - 87, '\0'));
        float first;
        std::memcpy(&first, b.constData() + 128, 4);
        QCOMPARE(first, model.entities(0, 0));
        const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(b.constData()), 176);
        QCOMPARE(u32(176), quint32(crc));
    }

    // Saving writes through a temporary file: no stray files remain, and an old file is
    // replaced whole.
    void atomicWrite()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("m.egm"));
        const ModelSpec spec{ModelType::TransE, 2, 1, false};
        saveModel(p, makeModel(spec, 1, 1, 1), vocabulary({"a"}), vocabulary({"r"}));
        saveModel(p, makeModel(spec, 2, 1, 2), vocabulary({"a", "b"}), vocabulary({"r"}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"m.egm"});
        QCOMPARE(loadModel(p).entities.size(), 2);
        QVERIFY_THROWS_EXCEPTION(Error, saveModel(dir.filePath(QStringLiteral("no/such/m.egm")),
                                                  makeModel(spec, 1, 1), vocabulary({"a"}),
                                                  vocabulary({"r"})));
    }

    void saveRejectsBadShapes_data()
    {
        QTest::addColumn<int>("entityRows");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("rhs");
        QTest::addColumn<int>("norm");
        QTest::newRow("rows vs keys") << 3 << 2 << false << 1;
        QTest::newRow("width vs dim") << 2 << 3 << false << 1;
        QTest::newRow("rhs missing") << 2 << 2 << true << 1;
        QTest::newRow("norm 3") << 2 << 2 << false << 3;
    }

    void saveRejectsBadShapes()
    {
        QFETCH(int, entityRows);
        QFETCH(int, width);
        QFETCH(bool, rhs);
        QFETCH(int, norm);
        Model m = makeModel({ModelType::TransE, 2, norm, false}, 2, 1);
        m.entities = Matrix::Zero(entityRows, width);
        m.spec.separateRhs = rhs; // with an empty relationsRhs
        const QString p = path(QStringLiteral("bad.egm"));
        try {
            saveModel(p, m, vocabulary({"a", "b"}), vocabulary({"r"}));
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.file(), p);
            QVERIFY(e.message().startsWith(QStringLiteral("cannot save")));
        }
    }

    // One test per load error class.
    void notOurFormat()
    {
        expectError("hello world, not a model", QStringLiteral("not an Equigraph model file"));
        expectError({}, QStringLiteral("not an Equigraph model file"));
        expectError(QByteArray("\x93NUMPY\x01\x00", 8) + QByteArray(100, ' '),
                    QStringLiteral("not an Equigraph model file"));
    }

    void newerVersion()
    {
        QByteArray b = savedBytes();
        qToLittleEndian(quint32(2), b.data() + 8);
        fixChecksum(b);
        expectError(b, QStringLiteral("newer Equigraph: model format version 2"));
    }

    void truncated_data()
    {
        QTest::addColumn<int>("keep");
        QTest::newRow("header cut") << 40;
        QTest::newRow("inside the keys") << 80;
        QTest::newRow("inside the matrices") << 250;
        QTest::newRow("checksum missing") << -4;
        QTest::newRow("last byte missing") << -1;
    }

    void truncated()
    {
        QFETCH(int, keep);
        const QByteArray b = savedBytes();
        expectError(b.left(keep >= 0 ? keep : b.size() + keep), QStringLiteral("truncated"));
    }

    void trailingBytes() { expectError(savedBytes() + "x", QStringLiteral("unexpected bytes")); }

    void checksumMismatch_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("in a key") << 70;
        QTest::newRow("in the matrices") << 200;
        QTest::newRow("in the checksum") << -2;
    }

    void checksumMismatch()
    {
        QFETCH(int, offset);
        QByteArray b = savedBytes();
        b[offset >= 0 ? offset : b.size() + offset] ^= 0x10; // one flipped bit
        expectError(b, QStringLiteral("checksum mismatch"));
    }

    void corruptHeader()
    {
        QByteArray b = savedBytes();
        qToLittleEndian(quint32(9), b.data() + 12); // no such model type
        fixChecksum(b);
        expectError(b, QStringLiteral("corrupt header"));
    }

    // Files with a valid checksum whose sections disagree (as a faulty writer could make).
    void inconsistentShapes_data()
    {
        QTest::addColumn<int>("patch");
        QTest::newRow("key length overruns section") << 0;
        QTest::newRow("duplicate key") << 1;
        QTest::newRow("metadata not JSON") << 2;
    }

    void inconsistentShapes()
    {
        QFETCH(int, patch);
        QJsonObject meta;
        meta.insert(QStringLiteral("a"), 1);
        QByteArray b = savedBytes(meta); // {"a":1}: 7 bytes at 64; entity keys from 71
        QString message;
        if (patch == 0) {
            qToLittleEndian(quint32(200), b.data() + 71); // first key claims 200 bytes
            message = QStringLiteral("entity key section");
        } else if (patch == 1) {
            // Rewrite the entity key section with "/m/01" twice (six keys, as declared).
            QByteArray section;
            for (const char *k : {"/m/01", "/m/01", "x", "y", "z", "w"}) {
                char len[4];
                qToLittleEndian(quint32(std::strlen(k)), len);
                section.append(len, 4);
                section.append(k);
            }
            const quint64 oldSize = qFromLittleEndian<quint64>(b.constData() + 48);
            const quint64 newSize = quint64(section.size());
            QVERIFY(newSize < oldSize);
            // Move the relation keys up; the bytes freed become padding before the matrices,
            // which still start at 192 (64 + 7 + 38 + 36 rounds up to 192, as 64 + 7 + 63 + 36).
            const quint64 relSize = qFromLittleEndian<quint64>(b.constData() + 56);
            const QByteArray rel = b.mid(qsizetype(71 + oldSize), qsizetype(relSize));
            QByteArray rebuilt = section + rel;
            rebuilt += QByteArray(qsizetype(oldSize - newSize), '\0');
            b.replace(71, rebuilt.size(), rebuilt);
            qToLittleEndian(newSize, b.data() + 48);
            message = QStringLiteral("entity key '/m/01' appears twice");
        } else {
            b[64] = '[';
            message = QStringLiteral("metadata is not a JSON object");
        }
        fixChecksum(b);
        expectError(b, message);
    }

    void missingFile()
    {
        try {
            loadModel(path(QStringLiteral("absent.egm")));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(e.message().startsWith(QStringLiteral("cannot open")));
        }
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "test_model_file.moc"
