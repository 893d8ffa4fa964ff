#include "common/error.h"
#include "embed/word2vec.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <limits>
#include <random>

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

bool bitEqual(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a.size() == 0 ||
            std::memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(float)) == 0);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

class TestWord2Vec : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name)
    {
        return m_dir.filePath(QString::number(++m_counter) + QLatin1Char('_') + name);
    }

    QString file(const QByteArray &contents)
    {
        const QString p = path(QStringLiteral("in.txt"));
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(contents);
        return p;
    }

private Q_SLOTS:
    // The exact text of a tiny export: shortest round-trip numbers, single spaces.
    void exactText()
    {
        Matrix v(2, 3);
        v << 1.0f, 0.5f, -2.0f, 0.1f, 0.0f, 1e-8f;
        const QString p = path(QStringLiteral("tiny.txt"));
        writeWord2Vec(p, vocabulary({"a", "b"}), v);
        QCOMPARE(readAll(p), QByteArray("2 3\na 1 0.5 -2\nb 0.1 0 1e-08\n"));
    }

    // Export -> import is exact, for entities and prefixed relations, including values whose
    // shortest decimal forms are long (subnormals, FLT_MAX, 1/3) and -0.
    void roundTrip()
    {
        KeyedModel m;
        m.model.spec = {ModelType::ComplEx, 2, 1, false};
        m.model.entities.resize(3, 4);
        m.model.entities << 0.1f, -0.0f, std::numeric_limits<float>::denorm_min(),
            std::numeric_limits<float>::max(), 1.0f / 3.0f, -1e-30f,
            std::numeric_limits<float>::min(), 123456.79f, 1, 2, 3, 4;
        std::mt19937 rng(3);
        std::normal_distribution<float> normal;
        m.model.relations.resize(2, 4);
        for (Eigen::Index i = 0; i < m.model.relations.size(); ++i)
            m.model.relations.data()[i] = normal(rng);
        m.entities = vocabulary({"/m/01", QStringLiteral("São_Paulo"), QStringLiteral("日本")});
        m.relations = vocabulary({"/people/person/gender", "born_in"});
        const QString p = path(QStringLiteral("rt.txt"));
        exportWord2Vec(p, m, true, QStringLiteral("rel:"));
        QVERIFY(readAll(p).startsWith("5 4\n"));

        const Word2VecTable table = readWord2Vec(p);
        QCOMPARE(table.keys.size(), 5);
        QCOMPARE(table.keys.keyString(3), QStringLiteral("rel:/people/person/gender"));

        const KeyedModel back = importWord2Vec(p, ModelType::ComplEx, 1, QStringLiteral("rel:"));
        QCOMPARE(keys(back.entities), keys(m.entities));
        QCOMPARE(keys(back.relations), keys(m.relations));
        QCOMPARE(back.model.spec.dim, 2);
        QVERIFY(bitEqual(back.model.entities, m.model.entities));
        QVERIFY(bitEqual(back.model.relations, m.model.relations));

        // Without relations and without a prefix on import, everything is an entity.
        exportWord2Vec(p, m);
        const KeyedModel entitiesOnly = importWord2Vec(p, ModelType::DistMult);
        QCOMPARE(entitiesOnly.entities.size(), 3);
        QCOMPARE(entitiesOnly.relations.size(), 0);
        QCOMPARE(entitiesOnly.model.relations.rows(), Eigen::Index(0));
        QCOMPARE(entitiesOnly.model.spec.dim, 4);
    }

    // Keys cannot hold the separator: ASCII whitespace becomes '_', the empty key "_".
    void keySanitising_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("written");
        QTest::newRow("space") << "New York"
                               << "New_York";
        QTest::newRow("tab and newline") << "a\tb\nc\rd"
                                         << "a_b_c_d";
        QTest::newRow("empty") << ""
                               << "_";
        QTest::newRow("utf-8 kept") << QStringLiteral("São Paulo") << QStringLiteral("São_Paulo");
        QTest::newRow("no-break space kept")
            << QStringLiteral("a\u00a0b") << QStringLiteral("a\u00a0b");
    }

    void keySanitising()
    {
        QFETCH(QString, key);
        QFETCH(QString, written);
        const QString p = path(QStringLiteral("keys.txt"));
        writeWord2Vec(p, vocabulary({key}), Matrix::Ones(1, 2));
        QCOMPARE(readAll(p), "1 2\n" + written.toUtf8() + " 1 1\n");
        QCOMPARE(keys(readWord2Vec(p).keys), QStringList{written});
    }

    void exportErrors()
    {
        const QString p = path(QStringLiteral("collide.txt"));
        try {
            writeWord2Vec(p, vocabulary({"a b", "a_b"}), Matrix::Zero(2, 1));
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("becomes the word2vec key 'a_b'")),
                     qPrintable(e.describe()));
            QCOMPARE(e.file(), p);
        }
        KeyedModel m;
        m.model.spec = {ModelType::DistMult, 1, 1, false};
        m.model.entities = Matrix::Zero(1, 1);
        m.model.relations = Matrix::Zero(1, 1);
        m.entities = vocabulary({"rel:x"});
        m.relations = vocabulary({"r"});
        QVERIFY_THROWS_EXCEPTION(Error, exportWord2Vec(p, m, true, QStringLiteral("rel:")));
        exportWord2Vec(p, m, false, QStringLiteral("rel:")); // fine without relations
        QVERIFY_THROWS_EXCEPTION(Error, writeWord2Vec(p, vocabulary({"a"}), Matrix::Zero(2, 1)));
    }

    // Forms other writers produce: a trailing space (the original C tool), CRLF, runs of
    // blanks and blank lines.
    void tolerantReading()
    {
        const Word2VecTable t = readWord2Vec(file("2 2\r\nx 1 2 \r\n\ny  3\t4\n\n"));
        QCOMPARE(keys(t.keys), QStringList({"x", "y"}));
        Matrix want(2, 2);
        want << 1, 2, 3, 4;
        QVERIFY(t.vectors == want);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::newRow("empty file") << QByteArray() << "expected 'count dim'" << 1;
        QTest::newRow("bad first line") << QByteArray("x 1 2\n") << "expected 'count dim'" << 1;
        QTest::newRow("three numbers on line 1")
            << QByteArray("2 3 4\n") << "expected 'count dim'" << 1;
        QTest::newRow("dim 0") << QByteArray("1 0\na\n") << "expected 'count dim'" << 1;
        QTest::newRow("too few values") << QByteArray("2 3\na 1 2 3\nb 1 2\n")
                                        << "expected 3 values after the key, found 2" << 3;
        QTest::newRow("too many values")
            << QByteArray("1 2\na 1 2 3\n") << "expected 2 values after the key, found 3" << 2;
        QTest::newRow("key only") << QByteArray("1 2\na\n") << "found 0" << 2;
        QTest::newRow("not a number")
            << QByteArray("2 2\na 1 2\nb 1 x2\n") << "value 2 ('x2') is not a float32 number" << 3;
        QTest::newRow("comma decimal")
            << QByteArray("1 2\na 1,5 2\n") << "value 1 ('1,5') is not a float32 number" << 2;
        QTest::newRow("out of float range")
            << QByteArray("1 1\na 1e60\n") << "value 1 ('1e60') is not a float32 number" << 2;
        QTest::newRow("fewer vectors than announced")
            << QByteArray("3 1\na 1\nb 2\n") << "announces 3 vectors, the file holds 2" << 1;
        QTest::newRow("more vectors than announced")
            << QByteArray("1 1\na 1\nb 2\n") << "more vectors than the 1 announced" << 3;
        QTest::newRow("duplicate key")
            << QByteArray("2 1\na 1\na 2\n") << "the key 'a' already appeared on line 2" << 3;
    }

    void errors()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QFETCH(int, line);
        const QString p = file(contents);
        try {
            readWord2Vec(p);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.describe()));
            QCOMPARE(e.file(), p);
            QCOMPARE(e.line(), qint64(line));
        }
    }

    void complexNeedsEvenWidth()
    {
        QVERIFY_THROWS_EXCEPTION(Error, importWord2Vec(file("1 3\na 1 2 3\n"), ModelType::ComplEx));
    }
};

QTEST_GUILESS_MAIN(TestWord2Vec)
#include "test_word2vec.moc"
