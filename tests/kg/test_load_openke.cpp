#include "common/error.h"
#include "kg/loader.h"
#include "kg_test_util.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace eg;

namespace {

int folderCounter = 0;

QString writeFolder(const QList<std::pair<QString, QByteArray>> &files)
{
    const QString folder = QStringLiteral("openke%1").arg(++folderCounter);
    QString path;
    for (const auto &[name, text] : files)
        path = QFileInfo(eg::test::writeTempFile(folder + QLatin1Char('/') + name, text))
                   .absolutePath();
    return path;
}

} // namespace

class TestLoadOpenKE : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // tests/data/kg/tiny_openke is tests/data/kg/tiny in OpenKE form with other ids
    // (a=3 b=2 c=1 d=0, r1=1 r2=0), tabs and runs of spaces as separators, and a CRLF test
    // file without a final newline.
    void tiny()
    {
        const QString folder = eg::test::fixture(QStringLiteral("kg/tiny_openke"));
        QCOMPARE(detectGraphFormat(folder), GraphFormat::OpenKE);
        LoadReport report;
        const Graph g = loadGraph(folder, {}, {}, &report);
        QCOMPARE(report.format, GraphFormat::OpenKE);
        QCOMPARE(report.files.size(), 5);
        QCOMPARE(eg::test::keys(g.entities), QStringList({"d", "c", "b", "a"}));
        QCOMPARE(eg::test::keys(g.relations), QStringList({"r2", "r1"}));
        QCOMPARE(g.train.size(), size_t(8));
        QCOMPARE(g.train[0], (Triple{3, 1, 2})); // line "3 2 1": head 3, tail 2, relation 1
        QCOMPARE(g.test[1], (Triple{2, 1, 3}));

        const Graph tsv = loadGraph(eg::test::fixture(QStringLiteral("kg/tiny")));
        QVERIFY(eg::test::keyTriples(g, g.train) == eg::test::keyTriples(tsv, tsv.train));
        QVERIFY(eg::test::keyTriples(g, g.valid) == eg::test::keyTriples(tsv, tsv.valid));
        QVERIFY(eg::test::keyTriples(g, g.test) == eg::test::keyTriples(tsv, tsv.test));
    }

    void labels()
    {
        LoadOptions options;
        options.namesFile = eg::test::fixture(QStringLiteral("kg/names.txt"));
        LoadReport report;
        const Graph g = loadOpenKE(eg::test::fixture(QStringLiteral("kg/tiny_openke")), options,
                                   {}, &report);
        QCOMPARE(g.entityLabel(3), QStringLiteral("Alice")); // a has id 3 here
        QCOMPARE(g.entityLabel(0), QStringLiteral("d"));
        QCOMPARE(report.unknownLabelKeys, 1);
    }

    // Names with spaces in entity2id.txt: the id is the last token.
    void namesWithSpaces()
    {
        const QString folder =
            writeFolder({{"entity2id.txt", "2\nNew York\t1\nParis  0\r\n"},
                         {"relation2id.txt", "1\r\nis twinned with 0\r\n"},
                         {"train2id.txt", "1\n1 0 0"}});
        const Graph g = loadGraph(folder);
        QCOMPARE(eg::test::keys(g.entities), QStringList({"Paris", "New York"}));
        QCOMPARE(eg::test::keys(g.relations), QStringList({"is twinned with"}));
        QCOMPARE(g.train[0], (Triple{1, 0, 0}));
    }

    // In OpenKE every entity has an id, but some may be used by valid/test only.
    void unseen_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("valid");
        QTest::addColumn<int>("unseenEntities");
        QTest::addColumn<int>("unseenRelations");
        QTest::addColumn<int>("dropped");
        // valid: 0-1 r0 (seen), 0-2 r0 (2 unseen), 2-0 r1 (2 again, r1 unseen)
        QTest::newRow("keep") << int(UnseenIds::Keep) << 3 << 1 << 1 << 0;
        QTest::newRow("drop") << int(UnseenIds::Drop) << 1 << 0 << 0 << 2;
    }

    void unseen()
    {
        QFETCH(int, policy);
        const QString folder = writeFolder({{"entity2id.txt", "3\na 0\nb 1\nc 2\n"},
                                            {"relation2id.txt", "2\nr 0\ns 1\n"},
                                            {"train2id.txt", "1\n0 1 0\n"},
                                            {"valid2id.txt", "3\n0 1 0\n0 2 0\n2 0 1\n"}});
        LoadOptions options;
        options.unseen = UnseenIds(policy);
        LoadReport report;
        const Graph g = loadOpenKE(folder, options, {}, &report);
        QCOMPARE(g.entityCount(), 3);
        QTEST(int(g.valid.size()), "valid");
        QTEST(int(report.unseenEntities), "unseenEntities");
        QTEST(int(report.unseenRelations), "unseenRelations");
        QTEST(int(report.droppedTriples), "dropped");
    }

    void forcedFormat()
    {
        // A folder with both layouts: detection picks OpenKE, an explicit format wins.
        const QString folder = writeFolder({{"entity2id.txt", "1\na 0\n"},
                                            {"relation2id.txt", "1\nr 0\n"},
                                            {"train2id.txt", "1\n0 0 0\n"},
                                            {"train.txt", "x\tr\ty\n"}});
        QCOMPARE(loadGraph(folder).entities.keyString(0), QStringLiteral("a"));
        LoadOptions options;
        options.format = GraphFormat::TsvFolder;
        QCOMPARE(loadGraph(folder, options).entities.keyString(0), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestLoadOpenKE)
#include "test_load_openke.moc"
