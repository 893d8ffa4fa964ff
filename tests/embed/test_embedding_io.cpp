#include "common/error.h"
#include "embed/embedding_io.h"
#include "embed/npy.h"
#include "kg/graph.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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

QStringList keys(const Vocabulary &v)
{
    QStringList out;
    for (qint32 i = 0; i < v.size(); ++i)
        out << v.keyString(i);
    return out;
}

Matrix randomMatrix(qint64 rows, qint64 cols, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = normal(rng);
    return m;
}

bool bitEqual(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a.size() == 0 ||
            std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(float)) == 0);
}

// A gzip member of `plain`, as Python's gzip module or pandas would write it.
QByteArray gzip(const QByteArray &plain)
{
    z_stream zs{};
    if (deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2");
    QByteArray out(int(deflateBound(&zs, uLong(plain.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    zs.avail_in = uInt(plain.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate");
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

const QStringList kEntityKeys = {QStringLiteral("/m/01"),     QStringLiteral("São Paulo"),
                                 QStringLiteral("tab\there"), QStringLiteral("\"quoted\""),
                                 QStringLiteral("日本 語"),   QString()};
const QStringList kRelationKeys = {QStringLiteral("/people/person/gender"),
                                   QStringLiteral("born in")};

} // namespace

class TestEmbeddingIo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString file(const QString &name, const QByteArray &contents)
    {
        const QString p = m_dir.filePath(QString::number(++m_counter) + QLatin1Char('_') + name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(p));
        f.write(contents);
        return p;
    }

    QString folder()
    {
        const QString name = QStringLiteral("export%1").arg(++m_counter);
        QDir(m_dir.path()).mkdir(name);
        return m_dir.filePath(name);
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("norm");
        QTest::addColumn<bool>("rhs");
        QTest::newRow("transe l2") << int(ModelType::TransE) << 2 << false;
        QTest::newRow("transe-dot rhs") << int(ModelType::TransEDot) << 1 << true;
        QTest::newRow("distmult") << int(ModelType::DistMult) << 1 << false;
        QTest::newRow("complex") << int(ModelType::ComplEx) << 1 << false;
    }

    // export -> import gives the same keys and bit-identical matrices.
    void roundTrip()
    {
        QFETCH(int, type);
        QFETCH(int, norm);
        QFETCH(bool, rhs);
        Model m;
        m.spec = {ModelType(type), 3, norm, rhs};
        m.entities = randomMatrix(kEntityKeys.size(), m.spec.width(), 1);
        m.relations = randomMatrix(2, m.spec.width(), 2);
        if (rhs)
            m.relationsRhs = randomMatrix(2, m.spec.width(), 3);
        const EmbeddingFiles files = EmbeddingFiles::dglke(folder(), QStringLiteral("tiny"), rhs);
        exportEmbeddings(files, m, vocabulary(kEntityKeys), vocabulary(kRelationKeys));
        const KeyedModel back = importEmbeddings(files, ModelType(type), norm);
        QCOMPARE(back.model.spec.type, m.spec.type);
        QCOMPARE(back.model.spec.dim, 3);
        QCOMPARE(back.model.spec.norm, norm);
        QCOMPARE(back.model.spec.separateRhs, rhs);
        QVERIFY(bitEqual(back.model.entities, m.entities));
        QVERIFY(bitEqual(back.model.relations, m.relations));
        QVERIFY(bitEqual(back.model.relationsRhs, m.relationsRhs));
        QCOMPARE(keys(back.entities), kEntityKeys);
        QCOMPARE(keys(back.relations), kRelationKeys);
        QCOMPARE(back.meta.value(QStringLiteral("importedFrom")).toString(),
                 QStringLiteral("npy+tsv"));
    }

    // DGL-KE file names and name-map lines: "id<TAB>name\n", no header.
    void dglkeLayout()
    {
        const QString dir = folder();
        const EmbeddingFiles files = EmbeddingFiles::dglke(dir, QStringLiteral("FB15k_TransE_l2"));
        QCOMPARE(QFileInfo(files.entityVectors).fileName(),
                 QStringLiteral("FB15k_TransE_l2_entity.npy"));
        QCOMPARE(QFileInfo(files.relationVectors).fileName(),
                 QStringLiteral("FB15k_TransE_l2_relation.npy"));
        QVERIFY(files.relationRhsVectors.isEmpty());
        Model m;
        m.spec = {ModelType::TransE, 2, 1, false};
        m.entities = randomMatrix(2, 2, 4);
        m.relations = randomMatrix(1, 2, 5);
        exportEmbeddings(files, m, vocabulary({"São Paulo", "b\tc"}), vocabulary({"r"}));
        QFile f(files.entityNames);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("0\tS\xc3\xa3o Paulo\n1\tb\tc\n"));
        QCOMPARE(QFileInfo(files.entityNames).fileName(), QStringLiteral("entities.tsv"));
        QVERIFY(bitEqual(readNpy(files.entityVectors), m.entities));
    }

    // PyKEEN's training_triples/entity_to_id.tsv.gz: gzip, a header, pandas CSV quoting.
    void pykeenGzip()
    {
        EmbeddingFiles files;
        files.entityNames =
            file(QStringLiteral("entity_to_id.tsv.gz"), gzip("id\tlabel\n"
                                                             "1\tS\xc3\xa3o Paulo\n"
                                                             "0\t/m/01\n"
                                                             "2\t\"say \"\"hi\"\"\"\n"));
        files.relationNames =
            file(QStringLiteral("relation_to_id.tsv.gz"), gzip("id\tlabel\n0\tlives in\n"));
        Matrix e(3, 2);
        e << 1, 2, 3, 4, 5, 6;
        Matrix r(1, 2);
        r << 7, 8;
        files.entityVectors = m_dir.filePath(QStringLiteral("pykeen_entities.npy"));
        files.relationVectors = m_dir.filePath(QStringLiteral("pykeen_relations.npy"));
        writeNpy(files.entityVectors, e);
        writeNpy(files.relationVectors, r);
        const KeyedModel k = importEmbeddings(files, ModelType::DistMult);
        QCOMPARE(keys(k.entities),
                 QStringList({"/m/01", QStringLiteral("São Paulo"), "say \"hi\""}));
        QCOMPARE(keys(k.relations), QStringList{"lives in"});
        QCOMPARE(k.model.entities(1, 0), 3.0f); // row 1 belongs to id 1, São Paulo
        QCOMPARE(k.model.spec.dim, 2);
        QVERIFY(!k.model.spec.separateRhs);
    }

    void nameMapForms_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("dgl-ke") << QByteArray("0\ta\n1\tb c\n") << QStringList{"a", "b c"};
        QTest::newRow("ids out of order, CRLF, blank lines, no final newline")
            << QByteArray("1\tb\r\n\r\n0\ta\r\n\n2\tc") << QStringList{"a", "b", "c"};
        QTest::newRow("tab in a name") << QByteArray("0\tx\ty\n") << QStringList{"x\ty"};
        QTest::newRow("quotes kept without a header")
            << QByteArray("0\t\"a\"\"b\"\n") << QStringList{"\"a\"\"b\""};
        QTest::newRow("concatenated gzip members")
            << gzip("id\tlabel\n0\ta\n") + gzip("1\tb\n") << QStringList{"a", "b"};
        QTest::newRow("empty") << QByteArray() << QStringList{};
    }

    void nameMapForms()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, expected);
        QCOMPARE(keys(readNameMap(file(QStringLiteral("names.tsv"), contents))), expected);
    }

    void nameMapErrors_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("no tab") << QByteArray("0\ta\nx\n") << "found no tab" << 2;
        QTest::newRow("negative id")
            << QByteArray("0\ta\n-1\tb\n") << "is not a non-negative integer" << 2;
        QTest::newRow("id not a number")
            << QByteArray("0\ta\n1x\tb\n") << "is not a non-negative integer" << 2;
        QTest::newRow("id out of range")
            << QByteArray("0\ta\n5\tb\n") << "id 5 is out of range" << 2;
        QTest::newRow("id twice") << QByteArray("0\ta\n0\tb\n") << "id 0 already appeared on line 1"
                                  << 2;
        QTest::newRow("name twice")
            << QByteArray("0\ta\n1\ta\n") << "the name 'a' already has id 0" << 2;
        QTest::newRow("header only on line 1")
            << QByteArray("0\ta\nid\tlabel\n") << "is not a non-negative integer" << 2;
        QTest::newRow("unterminated quote")
            << QByteArray("id\tlabel\n0\t\"abc\n") << "unterminated quoted name" << 2;
        QTest::newRow("text after quote")
            << QByteArray("id\tlabel\n0\t\"a\"b\n") << "after the closing quote" << 2;
        const QByteArray gz = gzip("0\ta\n1\tb\n");
        QTest::newRow("gzip truncated") << gz.left(gz.size() - 6) << "gzip data is truncated" << 0;
        QByteArray badCrc = gz;
        badCrc[badCrc.size() - 6] ^= 1; // CRC-32 of the trailer
        QTest::newRow("gzip corrupt") << badCrc << "gzip data is corrupt" << 0;
    }

    void nameMapErrors()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QFETCH(int, line);
        const QString p = file(QStringLiteral("bad.tsv"), contents);
        try {
            readNameMap(p);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.describe()));
            QCOMPARE(e.file(), p);
            QCOMPARE(e.line(), qint64(line));
        }
    }

    void importErrors_data()
    {
        QTest::addColumn<int>("entityRows");
        QTest::addColumn<int>("entityCols");
        QTest::addColumn<int>("relationCols");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("rows vs names") << 3 << 4 << 4 << int(ModelType::TransE) << "3 rows";
        QTest::newRow("widths differ")
            << 2 << 4 << 3 << int(ModelType::TransE) << "3 columns, but the entity vectors have 4";
        QTest::newRow("complex odd")
            << 2 << 5 << 5 << int(ModelType::ComplEx) << "5 columns cannot hold complex vectors";
        QTest::newRow("zero width")
            << 2 << 0 << 0 << int(ModelType::TransE) << "0 columns cannot hold";
    }

    void importErrors()
    {
        QFETCH(int, entityRows);
        QFETCH(int, entityCols);
        QFETCH(int, relationCols);
        QFETCH(int, type);
        QFETCH(QString, message);
        EmbeddingFiles files;
        files.entityNames = file(QStringLiteral("entities.tsv"), "0\ta\n1\tb\n");
        files.relationNames = file(QStringLiteral("relations.tsv"), "0\tr\n");
        files.entityVectors = file(QStringLiteral("e.npy"), {});
        files.relationVectors = file(QStringLiteral("r.npy"), {});
        writeNpy(files.entityVectors, Matrix(Matrix::Zero(entityRows, entityCols)));
        writeNpy(files.relationVectors, Matrix(Matrix::Zero(1, relationCols)));
        try {
            importEmbeddings(files, ModelType(type));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.describe()));
            QVERIFY(!e.file().isEmpty());
        }
    }

    void exportErrors()
    {
        Model m;
        m.spec = {ModelType::TransE, 2, 1, false};
        m.entities = randomMatrix(1, 2, 6);
        m.relations = randomMatrix(1, 2, 7);
        const EmbeddingFiles files = EmbeddingFiles::dglke(folder(), QStringLiteral("x"));
        try {
            exportEmbeddings(files, m, vocabulary({"line\nbreak"}), vocabulary({"r"}));
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.file(), files.entityNames);
            QVERIFY(e.message().contains(QStringLiteral("line break")));
        }
        m.spec.separateRhs = true;
        m.relationsRhs = randomMatrix(1, 2, 8);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 exportEmbeddings(files, m, vocabulary({"a"}), vocabulary({"r"})));
        m.spec.separateRhs = false;
        QVERIFY_THROWS_EXCEPTION(
            Error, exportEmbeddings(files, m, vocabulary({"a", "b"}), vocabulary({"r"})));
    }

    // Imported keys {a, b, c} and relations {r, s}; the graph has entities {c, x, a} and
    // relations {s, t}: x and t are missing (zero rows), b and r are unused.
    void mapOntoGraph()
    {
        KeyedModel imported;
        imported.model.spec = {ModelType::TransEDot, 2, 1, true};
        imported.model.entities.resize(3, 2);
        imported.model.entities << 1, 1, 2, 2, 3, 3;
        imported.model.relations.resize(2, 2);
        imported.model.relations << 10, 10, 20, 20;
        imported.model.relationsRhs.resize(2, 2);
        imported.model.relationsRhs << -10, -10, -20, -20;
        imported.entities = vocabulary({"a", "b", "c"});
        imported.relations = vocabulary({"r", "s"});
        Graph g;
        g.entities = vocabulary({"c", "x", "a"});
        g.relations = vocabulary({"s", "t"});
        const KeyMapping map = mapToGraph(imported, g);
        Matrix entities(3, 2), relations(2, 2), rhs(2, 2);
        entities << 3, 3, 0, 0, 1, 1;
        relations << 20, 20, 0, 0;
        rhs << -20, -20, 0, 0;
        QVERIFY(map.model.entities == entities);
        QVERIFY(map.model.relations == relations);
        QVERIFY(map.model.relationsRhs == rhs);
        QCOMPARE(map.missingEntities, std::vector<qint32>{1});
        QCOMPARE(map.missingRelations, std::vector<qint32>{1});
        QCOMPARE(map.unusedEntities, 1);
        QCOMPARE(map.unusedRelations, 1);
        QVERIFY(map.model.spec.separateRhs);
        QCOMPARE(map.model.score(0, 0, 2), imported.model.score(2, 1, 0));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingIo)
#include "test_embedding_io.moc"
