#include "common/error.h"
#include "demo/demo_world.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eg;

namespace {

const QStringList kFiles = {QStringLiteral("train.txt"),        QStringLiteral("valid.txt"),
                            QStringLiteral("test.txt"),         QStringLiteral("names.tsv"),
                            QStringLiteral("planted_bias.tsv"), QStringLiteral("planted_skews.tsv"),
                            QStringLiteral("README.txt")};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Lines of a file without the final empty piece after the last "\n".
QList<QByteArray> lines(const QString &path)
{
    QList<QByteArray> out = readAll(path).split('\n');
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

DemoWorld world(quint64 seed, qint32 people = 3000)
{
    DemoOptions options;
    options.seed = seed;
    options.people = people;
    return generateDemoWorld(options);
}

} // namespace

class TestDemoWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryFile()
    {
        const DemoWorld w = world(42);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nested/demo"));
        writeDemoWorld(w, folder); // creates missing folders
        for (const QString &name : kFiles)
            QVERIFY2(QFile::exists(QDir(folder).filePath(name)), qPrintable(name));

        const QList<QByteArray> train = lines(QDir(folder).filePath(QStringLiteral("train.txt")));
        QCOMPARE(qsizetype(train.size()), qsizetype(w.graph.train.size()));
        for (const QByteArray &line : train)
            QCOMPARE(line.count('\t'), 2);
        QCOMPARE(train.front(), w.graph.entities.keyString(w.graph.train[0].h).toUtf8() + '\t' +
                                    w.graph.relations.keyString(w.graph.train[0].r).toUtf8() +
                                    '\t' + w.graph.entities.keyString(w.graph.train[0].t).toUtf8());
        QCOMPARE(qsizetype(lines(QDir(folder).filePath(QStringLiteral("valid.txt"))).size()),
                 qsizetype(w.graph.valid.size()));
        QCOMPARE(qsizetype(lines(QDir(folder).filePath(QStringLiteral("test.txt"))).size()),
                 qsizetype(w.graph.test.size()));

        const QList<QByteArray> names = lines(QDir(folder).filePath(QStringLiteral("names.tsv")));
        QCOMPARE(qsizetype(names.size()), qsizetype(w.graph.entityCount()));
        for (qint32 id = 0; id < w.graph.entityCount(); ++id) {
            const QList<QByteArray> fields = names[id].split('\t');
            QCOMPARE(fields.size(), 2);
            QCOMPARE(QString::fromUtf8(fields[0]), w.graph.entities.keyString(id));
            QCOMPARE(QString::fromUtf8(fields[1]), w.graph.entityLabel(id));
        }
    }

    void plantedBiasFile()
    {
        const DemoWorld w = world(42);
        QTemporaryDir dir;
        writeDemoWorld(w, dir.path());
        const QList<QByteArray> rows = lines(dir.filePath(QStringLiteral("planted_bias.tsv")));
        QCOMPARE(rows.front(), QByteArray("profession\tfemale_share\tpeople\twomen\tlabel"));
        QCOMPARE(qsizetype(rows.size()), qsizetype(w.professions.size() + 1));
        qint64 people = 0;
        for (size_t i = 0; i < w.professions.size(); ++i) {
            const QList<QByteArray> f = rows[qsizetype(i + 1)].split('\t');
            QCOMPARE(f.size(), 5);
            QCOMPARE(QString::fromUtf8(f[0]), w.professions[i].key);
            QCOMPARE(f[1].toDouble(), w.professions[i].plantedFemaleShare);
            QCOMPARE(f[2].toInt(), w.professions[i].people);
            QCOMPARE(f[3].toInt(), w.professions[i].women);
            people += f[2].toInt();
        }
        QCOMPARE(people, qint64(w.options.people));
        QCOMPARE(rows[1], QByteArray("profession/nurse\t0.880\t") +
                              QByteArray::number(w.professions[0].people) + '\t' +
                              QByteArray::number(w.professions[0].women) + "\tRegistered nurse");
        const QList<QByteArray> skews = lines(dir.filePath(QStringLiteral("planted_skews.tsv")));
        QCOMPARE(qsizetype(skews.size()), qsizetype(w.skews.size() + 1));
    }

    void readsBackWithTheSameIds()
    {
        // Numbering the written train/valid/test keys in order of first appearance (what the
        // TSV loader does) gives back the generator's ids.
        const DemoWorld w = world(7, 500);
        QTemporaryDir dir;
        writeDemoWorld(w, dir.path());
        QHash<QByteArray, qint32> entities, relations;
        for (const char *name : {"train.txt", "valid.txt", "test.txt"})
            for (const QByteArray &line : lines(dir.filePath(QLatin1String(name)))) {
                const QList<QByteArray> f = line.split('\t');
                for (const QByteArray &key : {f[0], f[2]})
                    if (!entities.contains(key))
                        entities.insert(key, qint32(entities.size()));
                if (!relations.contains(f[1]))
                    relations.insert(f[1], qint32(relations.size()));
            }
        QCOMPARE(qint32(entities.size()), w.graph.entityCount());
        QCOMPARE(qint32(relations.size()), w.graph.relationCount());
        for (qint32 id = 0; id < w.graph.entityCount(); ++id)
            QCOMPARE(entities.value(w.graph.entities.keyString(id).toUtf8(), -1), id);
        for (qint32 id = 0; id < w.graph.relationCount(); ++id)
            QCOMPARE(relations.value(w.graph.relations.keyString(id).toUtf8(), -1), id);
    }

    void sameSeedSameBytes_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<qint32>("people");
        QTest::newRow("seed 1") << quint64(1) << 800;
        QTest::newRow("seed 42 (default)") << quint64(42) << 3000;
    }
    void sameSeedSameBytes()
    {
        QFETCH(quint64, seed);
        QFETCH(qint32, people);
        QTemporaryDir a, b;
        writeDemoWorld(world(seed, people), a.path());
        writeDemoWorld(world(seed, people), b.path());
        for (const QString &name : kFiles) {
            const QByteArray bytes = readAll(a.filePath(name));
            QVERIFY(!bytes.isEmpty());
            QVERIFY2(bytes == readAll(b.filePath(name)), qPrintable(name));
        }
    }

    void differentSeedDifferentBytes()
    {
        QTemporaryDir a, b;
        writeDemoWorld(world(1, 800), a.path());
        writeDemoWorld(world(2, 800), b.path());
        for (const char *name : {"train.txt", "names.tsv", "planted_bias.tsv"})
            QVERIFY2(readAll(a.filePath(QLatin1String(name))) !=
                         readAll(b.filePath(QLatin1String(name))),
                     name);
    }

    void unwritableFolderThrows()
    {
        // A folder below a plain file cannot be created; the error names it.
        const QString file = test::writeTempFile(QStringLiteral("plain-file"), "x");
        const QString folder = file + QStringLiteral("/demo");
        try {
            writeDemoWorld(world(1, 100), folder);
            QFAIL("no exception");
        } catch (const Error &e) {
            QCOMPARE(e.file(), folder);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoWriter)
#include "tst_demo_writer.moc"
