// The labelled-embedding loaders: CSV with and without a header, .npy + labels file, and the
// file / line / fault named by every error.

#include "common/error.h"
#include "embed/npy.h"
#include "testsupport.h"
#include "threshold/labelled_embeddings.h"

#include <QTest>

using namespace eg;
using namespace eg::test;

class TestLabelledEmbeddings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCsv_data();
    void readsCsv();
    void csvErrors_data();
    void csvErrors();
    void readsNpyWithLabels();
    void npyErrors();
};

void TestLabelledEmbeddings::readsCsv_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("plain") << QByteArray("3,1.5,-2\n-1, 0.25 ,4e-1\n3,0,1\n");
    QTest::newRow("header crlf") << QByteArray("label,x,y\r\n3,1.5,-2\r\n-1,0.25,0.4\r\n3,0,1");
    QTest::newRow("trailing blanks") << QByteArray("3,1.5,-2\n-1,+0.25,0.4\n3,0,1\n\n\n");
}

void TestLabelledEmbeddings::readsCsv()
{
    QFETCH(QByteArray, text);
    const QString path = writeTempFile(QStringLiteral("ok.csv"), text);
    const LabelledEmbeddings data = readLabelledCsv(path);
    QCOMPARE(data.labels, (std::vector<qint32>{3, -1, 3}));
    QCOMPARE(data.embeddings.rows(), 3);
    QCOMPARE(data.embeddings.cols(), 2);
    QCOMPARE(data.embeddings(0, 1), -2.0f);
    QCOMPARE(data.embeddings(1, 0), 0.25f);
    QCOMPARE(data.embeddings(1, 1), 0.4f);
    QCOMPARE(data.embeddings(2, 1), 1.0f);
}

void TestLabelledEmbeddings::csvErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fault");
    QTest::newRow("short row") << QByteArray("1,2,3\n2,4\n") << 2 << QStringLiteral("expected 2");
    QTest::newRow("bad label") << QByteArray("l,a\n1,2\nx,3\n") << 3
                               << QStringLiteral("not an integer");
    QTest::newRow("bad value") << QByteArray("1,2\n1,abc\n") << 2
                               << QStringLiteral("not a finite number");
    QTest::newRow("nan value") << QByteArray("1,nan\n") << 1
                               << QStringLiteral("not a finite number");
    QTest::newRow("label only") << QByteArray("1\n") << 1 << QStringLiteral("at least one value");
    QTest::newRow("inner blank") << QByteArray("1,2\n\n1,3\n") << 2 << QStringLiteral("blank");
    QTest::newRow("header only") << QByteArray("label,x\n") << 0 << QStringLiteral("no embeddings");
}

void TestLabelledEmbeddings::csvErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, fault);
    const QString path = writeTempFile(QStringLiteral("bad.csv"), text);
    try {
        readLabelledCsv(path);
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.file(), path);
        QCOMPARE(error.line(), qint64(line));
        QVERIFY2(error.message().contains(fault), qPrintable(error.describe()));
    }
    QVERIFY_THROWS_EXCEPTION(Error, readLabelledCsv(path + QStringLiteral(".missing")));
}

void TestLabelledEmbeddings::readsNpyWithLabels()
{
    Matrix m(3, 2);
    m << 1, 2, 3, 4, 5, 6;
    const QString npy = writeTempFile(QStringLiteral("e.npy"), encodeNpy(m));
    const QString labels = writeTempFile(QStringLiteral("e.labels"), "7\n8\n7\n");
    const LabelledEmbeddings data = readNpyWithLabels(npy, labels);
    QCOMPARE(data.embeddings, m);
    QCOMPARE(data.labels, (std::vector<qint32>{7, 8, 7}));
}

void TestLabelledEmbeddings::npyErrors()
{
    Matrix m(3, 2);
    m.setOnes();
    const QString npy = writeTempFile(QStringLiteral("f.npy"), encodeNpy(m));
    const QString two = writeTempFile(QStringLiteral("two.labels"), "7\n8\n");
    try {
        readNpyWithLabels(npy, two);
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.file(), two);
        QVERIFY(error.message().contains(u"2 labels for 3"));
    }
    const QString bad = writeTempFile(QStringLiteral("bad.labels"), "7\n8.5\n7\n");
    try {
        readNpyWithLabels(npy, bad);
        QFAIL("no error");
    } catch (const Error &error) {
        QCOMPARE(error.line(), qint64(2));
    }
    const QString notNpy = writeTempFile(QStringLiteral("g.npy"), "hello");
    QVERIFY_THROWS_EXCEPTION(Error, readNpyWithLabels(notNpy, two));
}

QTEST_GUILESS_MAIN(TestLabelledEmbeddings)
#include "test_labelled_embeddings.moc"
