// The engine hooks of this build, against the real core: loader, demo world and the data-set
// record of loaded files.
#include "common/error.h"
#include "datasetsource.h"
#include "enginehooks.h"
#include "store/content_hash.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace eg;

class TestEngineHooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyHookIsWired();
    void loadsTriplesFolderWithNames();
    void demoWorldIsAGraph();
    void describesFilesForTheSession();
};

void TestEngineHooks::everyHookIsWired()
{
    const EngineHooks hooks = engineHooks();
    QVERIFY(hooks.canLoadTriples());
    QVERIFY(hooks.canLoadDemo());
    QVERIFY(hooks.describeFiles);
}

// train: a-r-b, b-r-c; valid: a-s-c; names.tsv beside them names a and c.
void TestEngineHooks::loadsTriplesFolderWithNames()
{
    const QString train = test::writeTempFile(QStringLiteral("kg/train.txt"), "a\tr\tb\nb\tr\tc\n");
    test::writeTempFile(QStringLiteral("kg/valid.txt"), "a\ts\tc\n");
    test::writeTempFile(QStringLiteral("kg/names.tsv"), "a\tAlpha\nc\tGamma\n");
    const QString folder = QFileInfo(train).absolutePath();
    qint64 lastDone = -1, lastTotal = -1;
    const Graph graph = engineHooks().loadTriples(folder, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QCOMPARE(graph.entityCount(), 3);
    QCOMPARE(graph.relationCount(), 2);
    QCOMPARE(graph.train.size(), size_t(2));
    QCOMPARE(graph.valid.size(), size_t(1));
    QCOMPARE(graph.entityLabel(0), QStringLiteral("Alpha"));
    QCOMPARE(graph.entityLabel(1), QStringLiteral("b")); // no name: the key
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);

    // A bad file is an eg::Error naming file and line.
    const QString bad = test::writeTempFile(QStringLiteral("bad.tsv"), "a\tr\n");
    try {
        engineHooks().loadTriples(bad, {});
        QFAIL("no error for a line with two fields");
    } catch (const Error &error) {
        QVERIFY2(error.describe().contains(QStringLiteral("bad.tsv:1")),
                 qPrintable(error.describe()));
    }
}

void TestEngineHooks::demoWorldIsAGraph()
{
    const Graph graph = engineHooks().demoWorld({});
    QVERIFY(graph.entityCount() > 0);
    QVERIFY(!graph.train.empty());
    QVERIFY(graph.source.contains(QStringLiteral("demo")));
}

// The data-set record of a folder: its content hash is the store's, its size the files' sum.
void TestEngineHooks::describesFilesForTheSession()
{
    const QString train = test::writeTempFile(QStringLiteral("described/train.txt"), "a\tr\tb\n");
    test::writeTempFile(QStringLiteral("described/valid.txt"), "b\tr\tc\n");
    const QString folder = QFileInfo(train).absolutePath();
    const DatasetSource source = engineHooks().describeFiles(folder, QStringLiteral("kg"), {});
    QCOMPARE(source.name, QStringLiteral("kg"));
    QCOMPARE(source.path, folder);
    QCOMPARE(source.sha256, store::contentHash(folder));
    QCOMPARE(source.bytes, qint64(12)); // two lines of 6 bytes

    // A generated graph is hashed by its triples: the same triples, the same hash; one triple
    // more, another.
    Graph graph = engineHooks().loadTriples(folder, {});
    const QString hash = graphContentHash(graph);
    QCOMPARE(hash.size(), 64);
    QCOMPARE(graphContentHash(engineHooks().loadTriples(folder, {})), hash);
    graph.test.push_back({0, 0, 2});
    QVERIFY(graphContentHash(graph) != hash);
}

QTEST_MAIN(TestEngineHooks)
#include "tst_enginehooks.moc"
