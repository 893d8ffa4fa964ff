#include "common/error.h"
#include "kg/loader.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

using namespace eg;

namespace {

int folderCounter = 0;

// Writes the non-null files into a fresh folder and returns it.
QString writeFolder(const QList<std::pair<QString, QByteArray>> &files)
{
    const QString folder = QStringLiteral("bad%1").arg(++folderCounter);
    const QString path =
        QFileInfo(eg::test::writeTempFile(folder + QStringLiteral("/.keep"), {})).absolutePath();
    for (const auto &[name, text] : files) {
        if (!text.isNull())
            eg::test::writeTempFile(folder + QLatin1Char('/') + name, text);
    }
    return path;
}

// Runs `load`, expecting an eg::Error in `file` at `line` whose message holds `fragment`.
template<typename Load>
void expectError(Load load, const QString &file, qint64 line, const QString &fragment)
{
    try {
        load();
    } catch (const Error &error) {
        if (!error.file().endsWith(file) || error.line() != line ||
            !error.message().contains(fragment)) {
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + error.describe()));
        }
        // describe() is what front ends print: "file:line: message".
        QVERIFY(error.describe().contains(file));
        return;
    }
    QFAIL("no error");
}

} // namespace

class TestLoadErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // TSV folders: train (valid, test optional); the policy for unseen ids is Reject.
    void tsv_data()
    {
        QTest::addColumn<QByteArray>("train");
        QTest::addColumn<QByteArray>("valid");
        QTest::addColumn<QByteArray>("test");
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("fragment");
        const QByteArray ok("a\tr\tb\nb\tr\ta\n");
        const QByteArray none;
        const QString train("train.txt"), valid("valid.txt"), test("test.txt");

        QTest::newRow("two fields") << QByteArray("a\tr\tb\nc\td\n") << none << none << train
                                    << 2LL << "found 2";
        QTest::newRow("four fields") << QByteArray("a\tr\tb\tx\n") << none << none << train
                                     << 1LL << "found 4";
        QTest::newRow("spaces not tabs") << QByteArray("a r b\n") << none << none << train
                                         << 1LL << "found 1";
        QTest::newRow("empty head") << QByteArray("a\tr\tb\n\tr\tb\n") << none << none << train
                                    << 2LL << "empty head field";
        QTest::newRow("empty relation") << QByteArray("a\t\tb\n") << none << none << train
                                        << 1LL << "empty relation field";
        QTest::newRow("empty tail CRLF") << QByteArray("a\tr\tb\r\na\tr\t\r\n") << none << none
                                         << train << 2LL << "empty tail field";
        QTest::newRow("empty tail last line") << QByteArray("a\tr\tb\na\tr\t") << none << none
                                              << train << 2LL << "empty tail field";
        QTest::newRow("invalid UTF-8 head") << QByteArray("a\tr\tb\n\xFF\tr\tb\n") << none
                                            << none << train << 2LL << "head field is not valid";
        QTest::newRow("overlong UTF-8 relation") << QByteArray("a\t\xC0\xAF\tb\n") << none
                                                 << none << train << 1LL << "relation field";
        QTest::newRow("truncated UTF-8 tail") << QByteArray("a\tr\tb\na\tr\t\xE2\x82\n") << none
                                              << none << train << 2LL << "tail field";
        QTest::newRow("latin1 in valid") << ok << QByteArray("a\tr\tb\ncaf\xE9\tr\tb\n") << none
                                         << valid << 2LL << "not valid UTF-8";
        QTest::newRow("blank line inside") << QByteArray("a\tr\tb\n\nb\tr\ta\n") << none << none
                                           << train << 2LL << "blank line";
        QTest::newRow("blank CRLF line inside") << QByteArray("a\tr\tb\r\n\r\n\r\nb\tr\ta\r\n")
                                                << none << none << train << 2LL << "blank line";
        QTest::newRow("blank first line") << QByteArray("\na\tr\tb\n") << none << none << train
                                          << 1LL << "blank line";
        QTest::newRow("empty train") << QByteArray("") << none << none << train << 0LL
                                     << "no training triples";
        QTest::newRow("only blank lines") << QByteArray("\r\n\n") << ok << none << train << 0LL
                                          << "no training triples";
        QTest::newRow("unseen head in valid") << ok << QByteArray("a\tr\tb\nzz\tr\tb\n") << none
                                              << valid << 2LL << "entity 'zz' (head field)";
        QTest::newRow("blank line in test") << ok << ok << QByteArray("a\tr\tb\n\na\tr\tq")
                                             << test << 2LL << "blank line";
        QTest::newRow("unseen tail in test") << ok << ok << QByteArray("a\tr\tb\na\tr\tq")
                                               << test << 2LL << "entity 'q' (tail field)";
        QTest::newRow("unseen relation in test") << ok << none << QByteArray("a\ts\tb\n") << test
                                                 << 1LL << "relation 's'";
        QTest::newRow("fields in test") << ok << ok << QByteArray("a\tr\tb\na\tr\n") << test
                                        << 2LL << "found 2";
    }

    void tsv()
    {
        QFETCH(QByteArray, train);
        QFETCH(QByteArray, valid);
        QFETCH(QByteArray, test);
        QFETCH(QString, file);
        QFETCH(qint64, line);
        QFETCH(QString, fragment);
        const QString folder =
            writeFolder({{"train.txt", train}, {"valid.txt", valid}, {"test.txt", test}});
        LoadOptions options;
        options.unseen = UnseenIds::Reject;
        expectError([&] { loadGraph(folder, options); }, file, line, fragment);
    }

    // OpenKE folders: each row replaces one file of a good folder.
    void openKE_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("fragment");
        const QString e("entity2id.txt"), r("relation2id.txt"), tr("train2id.txt"),
            va("valid2id.txt");

        QTest::newRow("count above lines") << tr << QByteArray("3\n0 1 0\n1 2 0\n") << 1LL
                                           << "announces 3 entries but the file has 2";
        QTest::newRow("count below lines") << tr << QByteArray("1\n0 1 0\n1 2 0\n") << 3LL
                                           << "more entries than the 1";
        QTest::newRow("count far above lines") << tr << QByteArray("2000000000\n0 1 0\n1 2 0")
                                               << 1LL << "announces 2000000000 entries but "
                                                         "the file has 2";
        QTest::newRow("huge entity count") << e << QByteArray("2147483646\na 0\n") << 1LL
                                           << "the file has 1";
        QTest::newRow("count not a number") << tr << QByteArray("two\n0 1 0\n1 2 0\n") << 1LL
                                            << "count 'two' is not a number";
        QTest::newRow("count line with more") << tr << QByteArray("2 x\n0 1 0\n1 2 0\n") << 1LL
                                              << "only the number";
        QTest::newRow("empty file") << tr << QByteArray("") << 1LL << "empty file";
        QTest::newRow("zero triples") << tr << QByteArray("0\n") << 0LL << "no training triples";
        QTest::newRow("non-numeric head") << tr << QByteArray("2\n0 1 0\nq 2 0\n") << 3LL
                                          << "head entity id 'q' is not a number";
        QTest::newRow("junk after id") << tr << QByteArray("2\n0 1 0\n1 2x 0\n") << 3LL
                                       << "tail entity id '2x' is not a number";
        QTest::newRow("negative id") << tr << QByteArray("2\n0 -1 0\n1 2 0\n") << 2LL
                                     << "'-1' is out of range (0 to 2)";
        QTest::newRow("entity out of range") << tr << QByteArray("2\n0 1 0\n3 2 0\n") << 3LL
                                             << "head entity id '3' is out of range";
        QTest::newRow("relation out of range") << tr << QByteArray("2\n0 1 0\n1 2 1\r\n") << 3LL
                                               << "relation id '1' is out of range (0 to 0)";
        QTest::newRow("huge id") << tr << QByteArray("2\n0 1 0\n1 99999999999999999999 0\n")
                                 << 3LL << "out of range";
        QTest::newRow("two fields") << tr << QByteArray("2\n0 1 0\n1 2\n") << 3LL << "found 2";
        QTest::newRow("four fields") << tr << QByteArray("2\n0 1 0 0\n1 2 0\n") << 2LL
                                     << "found 4";
        QTest::newRow("blank line inside") << tr << QByteArray("2\n0 1 0\n\n1 2 0\n") << 3LL
                                           << "blank line";
        QTest::newRow("repeated id") << e << QByteArray("3\na\t0\nb\t0\nc\t2\n") << 3LL
                                     << "id 0 was already given on line 2";
        QTest::newRow("repeated name") << e << QByteArray("3\na\t0\na\t1\nc\t2\n") << 3LL
                                       << "name 'a' was already given on line 2";
        QTest::newRow("name without id") << e << QByteArray("3\na\nb\t1\nc\t2\n") << 2LL
                                         << "expected a name and an id";
        QTest::newRow("id without name") << e << QByteArray("3\n\t0\nb\t1\nc\t2\n") << 2LL
                                         << "expected a name and an id";
        QTest::newRow("id beyond count") << e << QByteArray("3\na\t0\nb\t3\nc\t2\n") << 3LL
                                         << "id '3' is out of range (0 to 2)";
        QTest::newRow("entity count short") << e << QByteArray("4\na\t0\nb\t1\nc\t2\n") << 1LL
                                            << "announces 4 entries but the file has 3";
        QTest::newRow("invalid UTF-8 name") << e << QByteArray("3\na\t0\n\xC3\t1\nc\t2\n") << 3LL
                                            << "not valid UTF-8";
        QTest::newRow("relation count long") << r << QByteArray("1\nr\t0\ns\t1\n") << 3LL
                                             << "more entries";
        QTest::newRow("unseen entity in valid") << va << QByteArray("2\n0 1 0\n0 3 0\n") << 3LL
                                                << "entity id 3 ('d') does not occur";
        QTest::newRow("valid count short") << va << QByteArray("2\n0 1 0\n") << 1LL
                                           << "announces 2";
    }

    void openKE()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, text);
        QFETCH(qint64, line);
        QFETCH(QString, fragment);
        QList<std::pair<QString, QByteArray>> files = {
            {"entity2id.txt", "4\na\t0\nb\t1\nc\t2\nd\t3\n"},
            {"relation2id.txt", "1\nr\t0\n"},
            {"train2id.txt", "2\n0 1 0\n1 2 0\n"},
            {"valid2id.txt", "1\n2 0 0\n"}};
        // Rows about ids beyond the entity count assume three entities.
        if (name != QLatin1String("valid2id.txt"))
            files[0].second = "3\na\t0\nb\t1\nc\t2\n";
        for (auto &[fileName, fileText] : files) {
            if (fileName == name)
                fileText = text;
        }
        LoadOptions options;
        options.unseen = UnseenIds::Reject;
        const QString folder = writeFolder(files);
        expectError([&] { loadGraph(folder, options); }, name, line, fragment);
    }

    // An empty relation2id.txt is fine by itself; the first triple then has no valid relation.
    void openKENoRelations()
    {
        const QString folder = writeFolder({{"entity2id.txt", "1\na 0\n"},
                                            {"relation2id.txt", "0\n"},
                                            {"train2id.txt", "1\n0 0 0\n"}});
        expectError([&] { loadGraph(folder); }, "train2id.txt", 2,
                    "relation id '0' is out of range (there are no ids)");
    }

    // Missing files and folders: an error naming the path, line 0.
    void missing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no such path") << "path" << "nowhere" << "no such file or folder";
        QTest::newRow("folder without train") << "empty folder" << "bad" << "not a graph folder";
        QTest::newRow("tsv folder without train") << "tsv folder" << "bad" << "missing file";
        QTest::newRow("file as folder") << "file as folder" << "x.txt" << "expected a folder";
        QTest::newRow("no relation2id") << "openke" << "relation2id.txt" << "missing file";
        QTest::newRow("no train2id") << "openke no train" << "train2id.txt" << "missing file";
        QTest::newRow("no names file") << "names" << "names.txt" << "no such file";
        QTest::newRow("no single file") << "single" << "gone.txt" << "no such file";
    }

    void missing()
    {
        QFETCH(QString, what);
        QFETCH(QString, file);
        QFETCH(QString, fragment);
        const QString tmp = QFileInfo(eg::test::writeTempFile("x.txt", "a\tr\tb\n")).absolutePath();
        const QString empty = writeFolder({});
        std::function<void()> load;
        if (what == QLatin1String("path"))
            load = [&] { loadGraph(tmp + "/nowhere"); };
        else if (what == QLatin1String("empty folder"))
            load = [&] { loadGraph(empty); };
        else if (what == QLatin1String("tsv folder"))
            load = [&] { loadTsvFolder(empty); };
        else if (what == QLatin1String("file as folder"))
            load = [&] { loadOpenKE(tmp + "/x.txt"); };
        else if (what == QLatin1String("openke"))
            load = [&] {
                loadGraph(writeFolder({{"entity2id.txt", "1\na 0\n"}, {"train2id.txt", "0\n"}}));
            };
        else if (what == QLatin1String("openke no train"))
            load = [&] {
                loadGraph(writeFolder({{"entity2id.txt", "1\na 0\n"}, {"relation2id.txt", "0\n"}}));
            };
        else if (what == QLatin1String("single"))
            load = [&] { loadTsvFile(tmp + "/gone.txt"); };
        else
            load = [&] {
                LoadOptions options;
                options.namesFile = tmp + "/names.txt";
                loadGraph(tmp + "/x.txt", options);
            };
        if (file == QLatin1String("bad"))
            file = QFileInfo(empty).fileName();
        expectError(load, file, 0, fragment);
    }

    // A failed names file leaves the labels as they were.
    void labelsUnchangedOnError()
    {
        Graph g = loadGraph(eg::test::writeTempFile("g.txt", "a\tr\tb\n"));
        loadEntityLabels(g, eg::test::writeTempFile("n1.txt", "a\tA\n"));
        const QString bad = eg::test::writeTempFile("n2.txt", "b\tB\nno tab here\n");
        expectError([&] { loadEntityLabels(g, bad); }, "n2.txt", 2, "no tab");
        QCOMPARE(g.entityLabel(0), QStringLiteral("A"));
        QCOMPARE(g.entityLabel(1), QStringLiteral("b"));
        const QString empty = eg::test::writeTempFile("n3.txt", "\tB\n");
        expectError([&] { loadEntityLabels(g, empty); }, "n3.txt", 1, "empty key");
        const QString utf = eg::test::writeTempFile("n4.txt", "a\tB\xFF\n");
        expectError([&] { loadEntityLabels(g, utf); }, "n4.txt", 1, "not valid UTF-8");
    }
};

QTEST_GUILESS_MAIN(TestLoadErrors)
#include "test_load_errors.moc"
