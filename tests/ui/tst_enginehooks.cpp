// The engine hooks of this build, against the real core: loader, demo world and session store.
#include "common/error.h"
#include "enginehooks.h"
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
    void sessionsCreateSaveAsAndOpen();
};

void TestEngineHooks::everyHookIsWired()
{
    const EngineHooks hooks = engineHooks();
    QVERIFY(hooks.canLoadTriples());
    QVERIFY(hooks.canLoadDemo());
    QVERIFY(hooks.canOpenSessions());
    QVERIFY(hooks.canSaveSessions());
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

void TestEngineHooks::sessionsCreateSaveAsAndOpen()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.equigraph"));
    const QString second = dir.filePath(QStringLiteral("second.equigraph"));
    {
        const EngineHooks hooks = engineHooks();
        // No session yet: saving creates one.
        SessionSummary summary = hooks.saveSession(first);
        QCOMPARE(summary.path, first);
        QCOMPARE(summary.runs, 0);
        QVERIFY(QFileInfo::exists(first));
        // Saving to the same path keeps it; to another path writes a copy and continues there.
        QCOMPARE(hooks.saveSession(first).path, first);
        QCOMPARE(hooks.saveSession(second).path, second);
        QVERIFY(QFileInfo::exists(second));
        // Opening a file that is no session fails and leaves the current one.
        const QString junk = test::writeTempFile(QStringLiteral("junk.equigraph"), "not sqlite");
        QVERIFY_THROWS_EXCEPTION(Error, hooks.openSession(junk));
        QCOMPARE(hooks.saveSession(second).path, second);
    }
    // Another window's hooks open the file written above.
    const SessionSummary opened = engineHooks().openSession(first);
    QCOMPARE(opened.path, first);
    QCOMPARE(opened.decisions, 0);
    QVERIFY(opened.note.isEmpty()); // writable: no other holder
}

QTEST_MAIN(TestEngineHooks)
#include "tst_enginehooks.moc"
