#include "align/align_data.h"
#include "common/error.h"
#include "demo/alignment_views.h"
#include "demo/demo_world.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;

namespace {

int folderCounter = 0;

QByteArray readFixture(const QString &folder, const QString &name) {
    QFile file(eg::test::fixture(QStringLiteral("align/") + folder + QLatin1Char('/') + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A copy of fixture `folder` with `file` replaced by `text` (removed when text is null).
QString variant(const QString &folder, const QStringList &files, const QString &file,
                const QByteArray &text) {
    const QString name = QStringLiteral("align%1").arg(++folderCounter);
    const QString root =
        QFileInfo(eg::test::writeTempFile(name + QStringLiteral("/.keep"), {})).absolutePath();
    for (const QString &f : files) {
        if (f == file && text.isNull())
            continue;
        eg::test::writeTempFile(name + QLatin1Char('/') + f,
                                f == file ? text : readFixture(folder, f));
    }
    if (!files.contains(file) && !text.isNull())
        eg::test::writeTempFile(name + QLatin1Char('/') + file, text);
    return root;
}

const QStringList kDbp = {QStringLiteral("ent_ids_1"),   QStringLiteral("ent_ids_2"),
                          QStringLiteral("rel_ids_1"),   QStringLiteral("rel_ids_2"),
                          QStringLiteral("triples_1"),   QStringLiteral("triples_2"),
                          QStringLiteral("sup_ent_ids"), QStringLiteral("ref_ent_ids"),
                          QStringLiteral("ref_r_ids"),   QStringLiteral("ent_ids_1_trans_goo")};
const QStringList kOpenEA = {QStringLiteral("rel_triples_1"), QStringLiteral("rel_triples_2"),
                             QStringLiteral("ent_links")};

} // namespace

class TestAlignLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dbp15k() {
        const AlignmentData d =
            loadAlignmentData(eg::test::fixture(QStringLiteral("align/dbp_tiny")));
        QCOMPARE(d.format, AlignFormat::Dbp15k);
        QCOMPARE(d.first.graph.entityCount(), 3);
        QCOMPARE(d.second.graph.entityCount(), 4);
        QCOMPARE(d.first.graph.relationCount(), 2);
        QCOMPARE(d.second.graph.train.size(), size_t(3));
        // Local ids follow file order; file ids are kept.
        QCOMPARE(d.second.fileIds[3], 13);
        QCOMPARE(d.second.relationFileIds[1], 21);
        QCOMPARE(d.first.graph.train[1], (Triple{2, 1, 0}));
        QCOMPARE(d.trainLinks, (std::vector<AlignLink>{{1, 1}}));
        QCOMPARE(d.testLinks, (std::vector<AlignLink>{{0, 0}, {2, 2}}));
        QCOMPARE(d.relationLinks.size(), size_t(1));
        // Names: graph 1 from ent_ids_1_trans_goo, graph 2 (no name file) from the URIs.
        QCOMPARE(d.first.graph.entityLabels[2], QStringLiteral("Victor Hugo"));
        QVERIFY(d.first.namesFrom.endsWith(QStringLiteral("ent_ids_1_trans_goo")));
        QCOMPARE(d.second.namesFrom, QStringLiteral("URI"));
        QCOMPARE(d.second.graph.entityLabels[3], QStringLiteral("Where Is My Mind?"));
    }

    void jsonNames() {
        const QString folder = variant(
            QStringLiteral("dbp_tiny"), kDbp, QStringLiteral("translated_ent_name_dbp_x.json"),
            "[[0, [\"paris\", \"city\"]], [12, [\"victor\", \"hugo\"]]]");
        const AlignmentData d = loadDbp15k(folder);
        QCOMPARE(d.first.graph.entityLabels[0], QStringLiteral("paris city"));
        QCOMPARE(d.second.graph.entityLabels[2], QStringLiteral("victor hugo"));
        // Not in the JSON: the URI name.
        QCOMPARE(d.first.graph.entityLabels[1], QStringLiteral("France"));
        AlignLoadOptions goo;
        goo.names = AlignNames::TransGoo;
        QCOMPARE(loadDbp15k(folder, goo).first.graph.entityLabels[0], QStringLiteral("paris"));
    }

    void uriNames_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("name");
        QTest::newRow("underscores") << "http://dbpedia.org/resource/Victor_Hugo"
                                     << "Victor Hugo";
        QTest::newRow("percent") << "http://dbpedia.org/resource/Where_Is_My_Mind%3F"
                                 << "Where Is My Mind?";
        QTest::newRow("utf-8 percent")
            << "http://dbpedia.org/resource/Citro%C3%ABn_ZX" << QString::fromUtf8("Citroën ZX");
        QTest::newRow("trailing slash") << "http://x.org/a/Paris/"
                                        << "Paris";
    }
    void uriNames() {
        QFETCH(QString, uri);
        QFETCH(QString, name);
        QCOMPARE(nameFromUri(uri), name);
    }

    void openEA() {
        const AlignmentData d =
            loadAlignmentData(eg::test::fixture(QStringLiteral("align/openea_tiny")));
        QCOMPARE(d.format, AlignFormat::OpenEA);
        QCOMPARE(d.first.graph.entityCount(), 3);
        QCOMPARE(d.trainLinks, (std::vector<AlignLink>{{1, 1}}));
        QCOMPARE(d.validLinks, (std::vector<AlignLink>{{0, 0}}));
        QCOMPARE(d.testLinks, (std::vector<AlignLink>{{2, 2}}));
        QCOMPARE(d.first.graph.entityLabels[2], QStringLiteral("Hugo"));
        // Without the split folder: the first third of ent_links trains.
        const QString flat = variant(QStringLiteral("openea_tiny"), kOpenEA, {}, {});
        AlignLoadOptions o;
        o.trainShare = 0.34;
        const AlignmentData f = loadOpenEA(flat, o);
        QCOMPARE(f.trainLinks, (std::vector<AlignLink>{{0, 0}}));
        QCOMPARE(f.testLinks.size(), size_t(2));
    }

    void errors_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("fragment");
        const QString dbp("dbp_tiny"), oea("openea_tiny");
        QTest::newRow("wrong column count") << dbp << "triples_1" << QByteArray("0\t0\t1\n2\t1\n")
                                            << 2LL << "expected 3 TAB-separated fields, found 2";
        QTest::newRow("too many columns")
            << dbp << "sup_ent_ids" << QByteArray("1\t11\t5\n") << 1LL << "found 3";
        QTest::newRow("unknown id in triples")
            << dbp << "triples_1" << QByteArray("0\t0\t1\n2\t1\t7\n") << 2LL
            << "unknown tail entity id 7";
        QTest::newRow("unknown relation")
            << dbp << "triples_2" << QByteArray("10\t1\t11\n") << 1LL << "unknown relation id 1";
        QTest::newRow("unknown id in links") << dbp << "ref_ent_ids" << QByteArray("0\t10\n5\t12\n")
                                             << 2LL << "unknown graph-1 entity id 5";
        QTest::newRow("link of the wrong graph") << dbp << "sup_ent_ids" << QByteArray("11\t1\n")
                                                 << 1LL << "unknown graph-1 entity id 11";
        QTest::newRow("duplicate id")
            << dbp << "ent_ids_1" << QByteArray("0\thttp://a/x\n0\thttp://a/y\n2\thttp://a/z\n")
            << 2LL << "id 0 is defined twice";
        QTest::newRow("id of the other graph")
            << dbp << "ent_ids_2" << QByteArray("10\thttp://b/x\n2\thttp://b/y\n") << 2LL
            << "id 2 is defined twice";
        QTest::newRow("duplicate URI")
            << dbp << "rel_ids_1" << QByteArray("0\thttp://r/a\n1\thttp://r/a\n") << 2LL
            << "defined twice";
        QTest::newRow("id not a number") << dbp << "ent_ids_1" << QByteArray("zero\thttp://a/x\n")
                                         << 1LL << "not a non-negative integer";
        QTest::newRow("bad UTF-8")
            << dbp << "ent_ids_1" << QByteArray("0\thttp://a/x\n1\thttp://a/\xC3(\n") << 2LL
            << "not valid UTF-8";
        QTest::newRow("bad UTF-8 in names")
            << dbp << "ent_ids_1_trans_goo" << QByteArray("0\tparis\n1\t\xFF\n") << 2LL
            << "not valid UTF-8";
        QTest::newRow("missing file")
            << dbp << "triples_2" << QByteArray() << 0LL << "missing file";
        QTest::newRow("empty field")
            << dbp << "ref_ent_ids" << QByteArray("0\t\n") << 1LL << "field 2 is empty";
        QTest::newRow("blank line inside")
            << dbp << "triples_1" << QByteArray("0\t0\t1\n\n2\t1\t0\n") << 2LL << "blank line";
        QTest::newRow("malformed JSON")
            << dbp << "translated_ent_name_dbp_x.json"
            << QByteArray("[[0, [\"a\"]],\n [1, [\"b\"]\n") << 3LL << "malformed JSON";
        QTest::newRow("OpenEA wrong column count")
            << oea << "rel_triples_2" << QByteArray("http://b/a\thttp://b/r\n") << 1LL << "found 2";
        QTest::newRow("OpenEA unknown entity in links")
            << oea << "ent_links"
            << QByteArray("http://a/Paris\thttp://b/Paris\nhttp://a/Lyon\thttp://b/Paris\n") << 2LL
            << "unknown graph-1 entity";
        QTest::newRow("OpenEA missing file")
            << oea << "ent_links" << QByteArray() << 0LL << "missing file";
    }

    void errors() {
        QFETCH(QString, folder);
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(qint64, line);
        QFETCH(QString, fragment);
        const QString root =
            variant(folder, folder == QLatin1String("dbp_tiny") ? kDbp : kOpenEA, file, text);
        AlignLoadOptions options;
        if (file.endsWith(QLatin1String(".json")))
            options.names = AlignNames::Json;
        try {
            loadAlignmentData(root, options);
        } catch (const Error &error) {
            if (!error.file().endsWith(file) || error.line() != line ||
                !error.message().contains(fragment))
                QFAIL(qPrintable(QStringLiteral("unexpected error: ") + error.describe()));
            return;
        }
        QFAIL("no error");
    }

    void notAFolder() {
        QVERIFY_THROWS_EXCEPTION(Error, detectAlignFormat(QStringLiteral("/nonexistent/align")));
    }

    // The demo world's two views, written in the DBP15K layout, load back unchanged.
    void demoViews() {
        DemoOptions small;
        small.people = 400;
        const DemoWorld world = generateDemoWorld(small);
        const AlignmentViews views = makeAlignmentViews(world);
        QTemporaryDir dir;
        writeAlignmentViews(views, dir.path());
        const AlignmentData d = loadAlignmentData(dir.path());
        QCOMPARE(d.first.graph.entityCount(), views.first.graph.entityCount());
        QCOMPARE(d.second.graph.train.size(), views.second.graph.train.size());
        QCOMPARE(d.testLinks.size(), views.testLinks.size());
        QCOMPARE(d.trainLinks.front().first, views.trainLinks.front().first);
        QCOMPARE(d.trainLinks.front().second, views.trainLinks.front().second);
        QCOMPARE(d.second.namesFrom.endsWith(QStringLiteral("ent_ids_2_trans_goo")), true);
        QCOMPARE(d.second.graph.entityLabels[5], views.second.graph.entityLabels[5]);
        QCOMPARE(d.relationLinks.size(), views.relationLinks.size());
    }
};

QTEST_GUILESS_MAIN(TestAlignLoader)
#include "test_align_loader.moc"
