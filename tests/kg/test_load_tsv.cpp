#include "common/error.h"
#include "kg/loader.h"
#include "kg_test_util.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace eg;
using eg::test::KeyTriple;

namespace {

// tests/data/kg/tiny: ids in order of first appearance a=0 b=1 c=2 d=3, r1=0 r2=1.
const std::vector<Triple> tinyTrain = {{0, 0, 1}, {0, 0, 2}, {1, 1, 0}, {0, 0, 3},
                                       {2, 1, 0}, {1, 0, 2}, {3, 1, 0}, {0, 0, 1}};

int folderCounter = 0;

// A fresh temporary folder holding the given files; returns its path.
QString writeFolder(const QList<std::pair<QString, QByteArray>> &files)
{
    const QString folder = QStringLiteral("tsv%1").arg(++folderCounter);
    QString path;
    for (const auto &[name, text] : files)
        path = QFileInfo(eg::test::writeTempFile(folder + QLatin1Char('/') + name, text))
                   .absolutePath();
    return path;
}

} // namespace

class TestLoadTsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tinyFolder()
    {
        LoadReport report;
        const QString folder = eg::test::fixture(QStringLiteral("kg/tiny"));
        const Graph g = loadGraph(folder, {}, {}, &report);
        QCOMPARE(report.format, GraphFormat::TsvFolder);
        QCOMPARE(report.files.size(), 3);
        QCOMPARE(g.source, folder);
        QCOMPARE(eg::test::keys(g.entities), QStringList({"a", "b", "c", "d"}));
        QCOMPARE(eg::test::keys(g.relations), QStringList({"r1", "r2"}));
        QVERIFY(g.train == tinyTrain);
        QVERIFY(g.valid == std::vector<Triple>({{2, 0, 3}}));
        QVERIFY(g.test == std::vector<Triple>({{3, 1, 1}, {1, 0, 0}}));
        QCOMPARE(g.tripleCount(), 11);
        QVERIFY(g.entityLabels.empty());
        QCOMPARE(g.entityLabel(1), QStringLiteral("b"));
        // 11 triples of 12 bytes at least, plus keys.
        QVERIFY(g.memoryBytes() >= 11 * 12 + 8);
        QCOMPARE(report.bytes, QFileInfo(folder + "/train.txt").size() +
                                   QFileInfo(folder + "/valid.txt").size() +
                                   QFileInfo(folder + "/test.txt").size());
    }

    // The names file: rest of the line after the first tab is the name; unknown keys skipped.
    void labels()
    {
        LoadOptions options;
        options.namesFile = eg::test::fixture(QStringLiteral("kg/names.txt"));
        LoadReport report;
        const Graph g =
            loadGraph(eg::test::fixture(QStringLiteral("kg/tiny")), options, {}, &report);
        QCOMPARE(g.entityLabels.size(), size_t(4));
        QCOMPARE(g.entityLabel(0), QStringLiteral("Alice"));
        QCOMPARE(g.entityLabel(1), QStringLiteral("Bob Builder"));
        QCOMPARE(g.entityLabel(2), QString::fromUtf8("\xC3\x87" "a va\tbien"));
        QCOMPARE(g.entityLabel(3), QStringLiteral("d")); // no name: the key
        QCOMPARE(report.labelLines, 4);
        QCOMPARE(report.unknownLabelKeys, 1);
        QCOMPARE(report.repeatedLabelKeys, 0);
        QCOMPARE(report.files.size(), 4);

        // Loaded separately, with a repeated key that overrides.
        Graph h = loadGraph(eg::test::fixture(QStringLiteral("kg/tiny")));
        const QString names = eg::test::writeTempFile(QStringLiteral("names_repeat.txt"),
                                                      "b\tFirst\nb\tSecond\r\n");
        LoadReport second;
        loadEntityLabels(h, names, {}, &second);
        QCOMPARE(h.entityLabel(1), QStringLiteral("Second"));
        QCOMPARE(second.repeatedLabelKeys, 1);
        QCOMPARE(h.entityLabels[0], QString());
    }

    // Every accepted spelling of line endings, final newline, trailing blank lines and a
    // byte-order mark gives the same two triples.
    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("LF") << QByteArray("x\tr\ty\ny\tr\tz\n");
        QTest::newRow("CRLF") << QByteArray("x\tr\ty\r\ny\tr\tz\r\n");
        QTest::newRow("no final newline") << QByteArray("x\tr\ty\ny\tr\tz");
        QTest::newRow("CRLF no final newline") << QByteArray("x\tr\ty\r\ny\tr\tz");
        QTest::newRow("mixed") << QByteArray("x\tr\ty\r\ny\tr\tz\n");
        QTest::newRow("trailing blank lines") << QByteArray("x\tr\ty\ny\tr\tz\n\n\n");
        QTest::newRow("trailing CRLF blanks") << QByteArray("x\tr\ty\r\ny\tr\tz\r\n\r\n\r\n");
        QTest::newRow("trailing blank no newline") << QByteArray("x\tr\ty\ny\tr\tz\n\r");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFx\tr\ty\ny\tr\tz\n");
    }

    void lineEndings()
    {
        QFETCH(QByteArray, text);
        const QString file = eg::test::writeTempFile(
            QStringLiteral("endings/%1.txt").arg(QTest::currentDataTag()), text);
        const Graph g = loadGraph(file);
        QCOMPARE(eg::test::keys(g.entities), QStringList({"x", "y", "z"}));
        QCOMPARE(eg::test::keys(g.relations), QStringList({"r"}));
        QVERIFY(g.train == std::vector<Triple>({{0, 0, 1}, {1, 0, 2}}));
    }

    // Keys are taken verbatim: spaces, case and non-ASCII kept.
    void verbatimKeys()
    {
        const QString file = eg::test::writeTempFile(
            QStringLiteral("verbatim.txt"), "New York\tlies in\tUSA\nnew york\tlies in\t"
                                            "\xC3\x89tats-Unis\n New York\tlies in\tUSA\n");
        const Graph g = loadTsvFile(file);
        QCOMPARE(eg::test::keys(g.entities),
                 QStringList({"New York", "USA", "new york", QString::fromUtf8("\xC3\x89tats-Unis"),
                              " New York"}));
        QCOMPARE(g.relations.size(), 1);
    }

    void tsvEndingsAndOptionalSplits()
    {
        const QString folder = writeFolder({{"train.tsv", "a\tr\tb\n"}, {"test.tsv", "b\tr\ta\n"}});
        QCOMPARE(detectGraphFormat(folder), GraphFormat::TsvFolder);
        LoadReport report;
        const Graph g = loadGraph(folder, {}, {}, &report);
        QCOMPARE(g.train.size(), size_t(1));
        QCOMPARE(g.valid.size(), size_t(0));
        QCOMPARE(g.test.size(), size_t(1));
        QCOMPARE(report.files.size(), 2);
        // .txt wins over .tsv
        const QString both =
            writeFolder({{"train.tsv", "a\tr\tb\n"}, {"train.txt", "a\tr\tb\nb\tr\tc\n"}});
        QCOMPARE(loadGraph(both).train.size(), size_t(2));
    }

    void singleFile()
    {
        const QString file = eg::test::fixture(QStringLiteral("kg/tiny/train.txt"));
        QCOMPARE(detectGraphFormat(file), GraphFormat::TsvFile);
        LoadReport report;
        const Graph g = loadGraph(file, {}, {}, &report);
        QCOMPARE(report.format, GraphFormat::TsvFile);
        QVERIFY(g.train == tinyTrain);
        QVERIFY(g.valid.empty() && g.test.empty());
    }

    // tiny's valid has c-r1-d (all known); a folder with an unseen entity and relation.
    void unseen_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("relations");
        QTest::addColumn<int>("valid");
        QTest::addColumn<int>("test");
        QTest::addColumn<int>("unseenEntities");
        QTest::addColumn<int>("unseenRelations");
        QTest::addColumn<int>("dropped");
        // valid: a r b (known), a r q (q new), q r a (q again); test: a s b (s new), b r a.
        QTest::newRow("keep") << int(UnseenIds::Keep) << 3 << 2 << 3 << 2 << 1 << 1 << 0;
        QTest::newRow("drop") << int(UnseenIds::Drop) << 2 << 1 << 1 << 1 << 0 << 0 << 3;
    }

    void unseen()
    {
        QFETCH(int, policy);
        const QString folder = writeFolder({{"train.txt", "a\tr\tb\n"},
                                            {"valid.txt", "a\tr\tb\na\tr\tq\nq\tr\ta\n"},
                                            {"test.txt", "a\ts\tb\nb\tr\ta\n"}});
        LoadOptions options;
        options.unseen = UnseenIds(policy);
        LoadReport report;
        const Graph g = loadGraph(folder, options, {}, &report);
        QTEST(int(g.entityCount()), "entities");
        QTEST(int(g.relationCount()), "relations");
        QTEST(int(g.valid.size()), "valid");
        QTEST(int(g.test.size()), "test");
        QTEST(int(report.unseenEntities), "unseenEntities");
        QTEST(int(report.unseenRelations), "unseenRelations");
        QTEST(int(report.droppedTriples), "dropped");
    }

    // Progress: bytes, never decreasing, ending at the total size of all files read.
    void progress()
    {
        QList<std::pair<qint64, qint64>> calls;
        LoadOptions options;
        options.namesFile = eg::test::fixture(QStringLiteral("kg/names.txt"));
        LoadReport report;
        loadGraph(
            eg::test::fixture(QStringLiteral("kg/tiny")), options,
            [&](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            },
            &report);
        QVERIFY(calls.size() >= 2);
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls[i].first >= calls[i - 1].first);
            QCOMPARE(calls[i].second, report.bytes);
        }
        QCOMPARE(calls.back().first, report.bytes);
        QVERIFY(report.bytes > 0);
    }

    // A callback that says stop makes the load throw eg::Cancelled: at once, and in the middle
    // of a file of several MiB (progress comes every MiB).
    void cancel_data()
    {
        QTest::addColumn<qint64>("stopAfter"); // bytes done before the callback says stop
        QTest::newRow("at once") << qint64(0);
        QTest::newRow("mid-file") << qint64(1);
    }

    void cancel()
    {
        QFETCH(qint64, stopAfter);
        QByteArray text;
        for (int i = 0; i < 200000; ++i)
            text += "/entity/" + QByteArray::number(i) + "\t/relation\t/entity/" +
                    QByteArray::number(i + 1) + '\n';
        QVERIFY(text.size() > 3 * (1 << 20));
        const QString file = eg::test::writeTempFile(QStringLiteral("big.txt"), text);
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        const ProgressFn stop = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return done < stopAfter;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, loadGraph(file, {}, stop));
        QCOMPARE(lastTotal, qint64(text.size()));
        QVERIFY(lastDone >= stopAfter);
        QVERIFY(lastDone < lastTotal); // stopped before the end
    }
};

QTEST_GUILESS_MAIN(TestLoadTsv)
#include "test_load_tsv.moc"
