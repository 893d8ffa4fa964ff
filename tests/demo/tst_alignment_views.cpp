#include "common/error.h"
#include "demo/alignment_views.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

using namespace eg;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Rows of a TAB-separated file (final "\n" dropped).
QList<QList<QByteArray>> rows(const QString &path)
{
    QList<QList<QByteArray>> out;
    for (const QByteArray &line : readAll(path).split('\n'))
        if (!line.isEmpty())
            out.push_back(line.split('\t'));
    return out;
}

const QStringList kFiles = {
    QStringLiteral("ent_ids_1"),           QStringLiteral("ent_ids_2"),
    QStringLiteral("rel_ids_1"),           QStringLiteral("rel_ids_2"),
    QStringLiteral("triples_1"),           QStringLiteral("triples_2"),
    QStringLiteral("sup_ent_ids"),         QStringLiteral("ref_ent_ids"),
    QStringLiteral("ref_r_ids"),           QStringLiteral("ent_ids_1_trans_goo"),
    QStringLiteral("ent_ids_2_trans_goo"), QStringLiteral("README.txt")};

} // namespace

class TestAlignmentViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_world = generateDemoWorld({});
        m_views = makeAlignmentViews(m_world, {});
    }

    void goldLinksPointAtTheSameEntity()
    {
        const AlignmentView &a = m_views.first, &b = m_views.second;
        for (const auto *links : {&m_views.trainLinks, &m_views.testLinks})
            for (const auto &[x, y] : *links) {
                QVERIFY(x >= 0 && x < a.graph.entityCount());
                QVERIFY(y >= 0 && y < b.graph.entityCount());
                QCOMPARE(a.worldEntity[size_t(x)], b.worldEntity[size_t(y)]);
            }
    }

    void trainAndTestSplitTheLinks()
    {
        std::set<qint32> first, second;
        for (const auto *links : {&m_views.trainLinks, &m_views.testLinks})
            for (const auto &[x, y] : *links) {
                QVERIFY(first.insert(x).second); // one link per entity: disjoint, one to one
                QVERIFY(second.insert(y).second);
            }
        // Every entity present in both views is linked.
        std::set<qint32> worldFirst(m_views.first.worldEntity.begin(),
                                    m_views.first.worldEntity.end());
        qint64 shared = 0;
        for (qint32 e : m_views.second.worldEntity)
            shared += worldFirst.count(e);
        const qint64 links = qint64(m_views.trainLinks.size() + m_views.testLinks.size());
        QCOMPARE(links, shared);
        QCOMPARE(qint64(m_views.trainLinks.size()), qint64(std::llround(0.3 * double(links))));
    }

    void someEntitiesInOneViewOnly()
    {
        const qint32 all = m_world.graph.entityCount();
        const qint64 links = qint64(m_views.trainLinks.size() + m_views.testLinks.size());
        const qint64 onlyFirst = m_views.first.graph.entityCount() - links;
        const qint64 onlySecond = m_views.second.graph.entityCount() - links;
        // 2 % of ~4,000 people and works on each side: ~80 expected.
        QVERIFY2(onlyFirst > 30 && onlyFirst < 160, qPrintable(QString::number(onlyFirst)));
        QVERIFY2(onlySecond > 30 && onlySecond < 160, qPrintable(QString::number(onlySecond)));
        QCOMPARE(links + onlyFirst + onlySecond, qint64(all));
    }

    void keptTripleRatioNearOption_data()
    {
        QTest::addColumn<double>("keep1");
        QTest::addColumn<double>("keep2");
        QTest::newRow("defaults") << 0.80 << 0.75;
        QTest::newRow("0.70 / 0.85") << 0.70 << 0.85;
    }
    void keptTripleRatioNearOption()
    {
        QFETCH(double, keep1);
        QFETCH(double, keep2);
        AlignmentViewOptions options;
        options.keepRatio1 = keep1;
        options.keepRatio2 = keep2;
        const AlignmentViews views = makeAlignmentViews(m_world, options);
        // Each eligible triple is kept independently: kept ~ Bin(n, p), n ~ 32,000, so the
        // ratio has sd sqrt(p(1-p)/n) ~ 0.0024; 4 sd is allowed.
        for (const auto &[view, p] : {std::pair{&views.first, keep1}, {&views.second, keep2}}) {
            const double n = double(view->eligibleTriples);
            QVERIFY(n > 30000);
            const double ratio = double(view->graph.train.size()) / n;
            QVERIFY2(std::abs(ratio - p) <= 4 * std::sqrt(p * (1 - p) / n),
                     qPrintable(QString::number(ratio)));
        }
    }

    void namesAndRelationsDiffer()
    {
        const AlignmentView &a = m_views.first, &b = m_views.second;
        qint64 differ = 0, total = 0;
        for (const auto *links : {&m_views.trainLinks, &m_views.testLinks})
            for (const auto &[x, y] : *links) {
                ++total;
                differ += a.graph.entityLabels[size_t(x)] != b.graph.entityLabels[size_t(y)];
            }
        // Disturbed in view 1 with probability 0.25, in view 2 with 0.5: the names of a pair
        // differ with probability ~1 - 0.75 * 0.5 = 0.625 (a little less when both happen to
        // be disturbed the same way).
        const double share = double(differ) / double(total);
        QVERIFY2(share > 0.55 && share < 0.68, qPrintable(QString::number(share)));

        QCOMPARE(a.graph.relationCount(), b.graph.relationCount());
        QVERIFY(a.graph.relations.find(
                    QStringLiteral("http://kg1.equigraph.example/property/born_in")) >= 0);
        QVERIFY(b.graph.relations.find(
                    QStringLiteral("http://kg2.equigraph.example/property/place_of_birth")) >= 0);
        QVERIFY(b.graph.relations.find(
                    QStringLiteral("http://kg2.equigraph.example/property/gender")) >= 0);
        // Ids are shuffled per view: aligned entities rarely share a local id.
        qint64 sameId = 0;
        for (const auto &[x, y] : m_views.testLinks)
            sameId += x == y;
        QVERIFY(sameId < 20);
    }

    void writesTheDbp15kLayout()
    {
        QTemporaryDir dir;
        writeAlignmentViews(m_views, dir.path());
        for (const QString &name : kFiles)
            QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
        const qint32 n1 = m_views.first.graph.entityCount();
        const qint32 n2 = m_views.second.graph.entityCount();
        const qint32 r1 = m_views.first.graph.relationCount();

        std::set<qint64> ids1, ids2, rels1, rels2;
        for (const auto &row : rows(dir.filePath(QStringLiteral("ent_ids_1")))) {
            QCOMPARE(row.size(), 2);
            QVERIFY(row[1].startsWith("http://kg1.equigraph.example/resource/"));
            ids1.insert(row[0].toLongLong());
        }
        for (const auto &row : rows(dir.filePath(QStringLiteral("ent_ids_2"))))
            ids2.insert(row[0].toLongLong());
        QCOMPARE(qint64(ids1.size()), qint64(n1));
        QCOMPARE(*ids1.begin(), 0);
        QCOMPARE(qint64(ids2.size()), qint64(n2));
        QCOMPARE(*ids2.begin(), qint64(n1)); // one id space, view 2 after view 1
        for (const auto &row : rows(dir.filePath(QStringLiteral("rel_ids_1"))))
            rels1.insert(row[0].toLongLong());
        for (const auto &row : rows(dir.filePath(QStringLiteral("rel_ids_2"))))
            rels2.insert(row[0].toLongLong());
        QCOMPARE(*rels2.begin(), qint64(r1));

        for (const auto &[file, ids, rels] :
             {std::tuple{"triples_1", &ids1, &rels1}, std::tuple{"triples_2", &ids2, &rels2}}) {
            const auto triples = rows(dir.filePath(QLatin1String(file)));
            QVERIFY(!triples.isEmpty());
            for (const auto &row : triples) {
                QCOMPARE(row.size(), 3);
                QVERIFY(ids->count(row[0].toLongLong()) && ids->count(row[2].toLongLong()));
                QVERIFY(rels->count(row[1].toLongLong()));
            }
        }
        const auto sup = rows(dir.filePath(QStringLiteral("sup_ent_ids")));
        const auto ref = rows(dir.filePath(QStringLiteral("ref_ent_ids")));
        QCOMPARE(qsizetype(sup.size()), qsizetype(m_views.trainLinks.size()));
        QCOMPARE(qsizetype(ref.size()), qsizetype(m_views.testLinks.size()));
        for (const auto *links : {&sup, &ref})
            for (const auto &row : *links) {
                QCOMPARE(row.size(), 2);
                QVERIFY(ids1.count(row[0].toLongLong()) && ids2.count(row[1].toLongLong()));
            }
        const auto names = rows(dir.filePath(QStringLiteral("ent_ids_1_trans_goo")));
        QCOMPARE(qsizetype(names.size()), qsizetype(n1));
        for (const auto &row : names)
            QCOMPARE(row.size(), 2);
        const auto relationLinks = rows(dir.filePath(QStringLiteral("ref_r_ids")));
        QCOMPARE(qsizetype(relationLinks.size()), qsizetype(r1));
        QCOMPARE(relationLinks.front().size(), 3);
    }

    void sameSeedSameBytes()
    {
        DemoOptions small;
        small.people = 600;
        const DemoWorld world = generateDemoWorld(small);
        QTemporaryDir a, b, c;
        writeAlignmentViews(makeAlignmentViews(world, {}), a.path());
        writeAlignmentViews(makeAlignmentViews(world, {}), b.path());
        AlignmentViewOptions other;
        other.seed = 8;
        writeAlignmentViews(makeAlignmentViews(world, other), c.path());
        for (const QString &name : kFiles) {
            QVERIFY2(readAll(a.filePath(name)) == readAll(b.filePath(name)), qPrintable(name));
            if (name != QLatin1String("rel_ids_1") && name != QLatin1String("rel_ids_2") &&
                name != QLatin1String("ref_r_ids") && name != QLatin1String("README.txt"))
                QVERIFY2(readAll(a.filePath(name)) != readAll(c.filePath(name)), qPrintable(name));
        }
    }

    void rejectsBadOptions()
    {
        AlignmentViewOptions options;
        options.keepRatio1 = 1.5;
        QVERIFY_THROWS_EXCEPTION(Error, makeAlignmentViews(m_world, options));
        options = {};
        options.onlyInOneView = 0.4;
        QVERIFY_THROWS_EXCEPTION(Error, makeAlignmentViews(m_world, options));
    }

private:
    DemoWorld m_world;
    AlignmentViews m_views;
};

QTEST_GUILESS_MAIN(TestAlignmentViews)
#include "tst_alignment_views.moc"
