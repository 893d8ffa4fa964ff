// Round trips through the repositories of inputs and training: content hashes, data sets, the
// JSON of training settings, runs and epochs (SHA-256 test vectors from FIPS 180-2).

#include "common/error.h"
#include "store/config_json.h"
#include "store/content_hash.h"
#include "store/datasets.h"
#include "store/epochs.h"
#include "store/runs.h"
#include "store/session.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace eg;
using namespace eg::store;

namespace {

const QString kShaAbc =
    QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const QString kShaEmpty =
    QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

} // namespace

class TestStoreRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session =
            Session::create(m_dir.filePath(QStringLiteral("s%1.equigraph").arg(++m_sessions)));
    }
    void cleanup() { m_session.close(); }

    void contentHashes()
    {
        const QString file = m_dir.filePath(QStringLiteral("abc.txt"));
        writeFile(file, "abc");
        QCOMPARE(sha256OfFile(file), kShaAbc);
        QCOMPARE(sha256Hex(QByteArray()), kShaEmpty);

        // Folder: lines "<relative path>\t<size>\t<sha256>\n", sorted by path.
        const QString folder = m_dir.filePath(QStringLiteral("set"));
        writeFile(folder + QStringLiteral("/train.txt"), "abc");
        writeFile(folder + QStringLiteral("/sub/empty.txt"), "");
        const QByteArray listing = "sub/empty.txt\t0\t" + kShaEmpty.toLatin1() +
                                   "\ntrain.txt\t3\t" + kShaAbc.toLatin1() + "\n";
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(listing, QCryptographicHash::Sha256).toHex());
        qint64 lastDone = -1, lastTotal = -1;
        QCOMPARE(contentHash(folder,
                             [&](qint64 done, qint64 total) {
                                 lastDone = done;
                                 lastTotal = total;
                                 return true;
                             }),
                 expected);
        QCOMPARE(lastDone, 3);
        QCOMPARE(lastTotal, 3);
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 contentHash(folder, [](qint64, qint64) { return false; }));
        QVERIFY_THROWS_EXCEPTION(Error, contentHash(m_dir.filePath(QStringLiteral("none"))));
    }

    void datasetsRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("triples.tsv"));
        writeFile(file, "abc");
        DatasetRecord in;
        in.name = QStringLiteral("tiny");
        in.path = file;
        in.entities = 4;
        in.relations = 2;
        in.triples = 8;
        in.counts = {{QStringLiteral("train"), 6}, {QStringLiteral("test"), 2}};
        const qint64 id = addDataset(m_session, in);
        const DatasetRecord out = *dataset(m_session, id);
        QCOMPARE(out.id, id);
        QCOMPARE(out.name, in.name);
        QCOMPARE(out.path, file);
        QCOMPARE(out.sha256, kShaAbc); // computed
        QCOMPARE(out.bytes, 3);        // computed
        QCOMPARE(out.entities, 4);
        QCOMPARE(out.relations, 2);
        QCOMPARE(out.triples, 8);
        QCOMPARE(out.counts, in.counts);
        QVERIFY(out.addedAt.endsWith(QLatin1Char('Z')));

        DatasetRecord given = in; // hash given by the caller is kept (lower-cased)
        given.sha256 = kShaEmpty.toUpper();
        given.bytes = 99;
        const qint64 id2 = addDataset(m_session, given);
        QCOMPARE(dataset(m_session, id2)->sha256, kShaEmpty);
        QCOMPARE(dataset(m_session, id2)->bytes, 99);
        QCOMPARE(datasets(m_session).size(), size_t(2));
        QCOMPARE(datasetsWithHash(m_session, kShaAbc).size(), size_t(1));
        QVERIFY(!dataset(m_session, 999));

        DatasetRecord bad = in; // the schema refuses a hash that is not 64 hex digits long
        bad.sha256 = QStringLiteral("abc");
        QVERIFY_THROWS_EXCEPTION(Error, addDataset(m_session, bad));
        QCOMPARE(datasets(m_session).size(), size_t(2));
    }

    void trainConfigJson_data()
    {
        QTest::addColumn<int>("variant");
        for (int v = 0; v < 4; ++v)
            QTest::addRow("variant-%d", v) << v;
    }

    void trainConfigJson()
    {
        // Every enum value appears in some row; numbers are floats that double must carry.
        QFETCH(int, variant);
        TrainConfig c;
        c.model.type = ModelType(variant);
        c.model.dim = 17 + variant;
        c.model.norm = 2;
        c.model.separateRhs = variant % 2 == 1;
        c.loss = LossType(variant % 3);
        c.optimizer = OptimizerType((variant + 1) % 3);
        c.corruption = Corruption(variant % 2);
        c.epochs = 50 + variant;
        c.batchesPerEpoch = 7;
        c.batchSize = 1000;
        c.negatives = 3;
        c.batchNegatives = 50;
        c.learningRate = 0.1f / float(variant + 3);
        c.margin = 9.5f;
        c.adversarialTemperature = 0.3f;
        c.regularization = 1e-7f;
        c.warmupEpochs = 1.5f;
        c.normalizeEntities = variant % 2 == 0;
        c.threads = 1;
        c.seed = 0xFFFFFFFFFFFFFFF1ull - variant; // above 2^53 and 2^63
        c.initScale = 0.001f;
        const TrainConfig back = trainConfigFromJson(toJson(c));
        QCOMPARE(back.model.type, c.model.type);
        QCOMPARE(back.model.dim, c.model.dim);
        QCOMPARE(back.model.norm, c.model.norm);
        QCOMPARE(back.model.separateRhs, c.model.separateRhs);
        QCOMPARE(back.loss, c.loss);
        QCOMPARE(back.optimizer, c.optimizer);
        QCOMPARE(back.corruption, c.corruption);
        QCOMPARE(back.epochs, c.epochs);
        QCOMPARE(back.batchesPerEpoch, c.batchesPerEpoch);
        QCOMPARE(back.batchSize, c.batchSize);
        QCOMPARE(back.negatives, c.negatives);
        QCOMPARE(back.batchNegatives, c.batchNegatives);
        QCOMPARE(back.learningRate, c.learningRate); // exact: float -> double -> float
        QCOMPARE(back.margin, c.margin);
        QCOMPARE(back.adversarialTemperature, c.adversarialTemperature);
        QCOMPARE(back.regularization, c.regularization);
        QCOMPARE(back.warmupEpochs, c.warmupEpochs);
        QCOMPARE(back.normalizeEntities, c.normalizeEntities);
        QCOMPARE(back.threads, c.threads);
        QCOMPARE(back.seed, c.seed);
        QCOMPARE(back.initScale, c.initScale);
    }

    void trainConfigJsonErrors()
    {
        // Missing keys take defaults; wrong ones are named.
        const TrainConfig defaults;
        const TrainConfig sparse = trainConfigFromJson(
            {{QStringLiteral("model"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("complex")}}}});
        QCOMPARE(sparse.model.type, ModelType::ComplEx);
        QCOMPARE(sparse.epochs, defaults.epochs);
        QCOMPARE(sparse.seed, defaults.seed);
        const QJsonObject model{{QStringLiteral("type"), QStringLiteral("transe")}};
        const QList<QJsonObject> bad = {
            {},
            {{QStringLiteral("model"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("rotate")}}}},
            {{QStringLiteral("model"), model}, {QStringLiteral("loss"), QStringLiteral("hinge")}},
            {{QStringLiteral("model"), model}, {QStringLiteral("epochs"), QStringLiteral("ten")}},
            {{QStringLiteral("model"), model}, {QStringLiteral("seed"), QStringLiteral("-1")}},
            {{QStringLiteral("model"), model}, {QStringLiteral("normalizeEntities"), 1}},
        };
        for (const QJsonObject &json : bad)
            QVERIFY_THROWS_EXCEPTION(Error, trainConfigFromJson(json));
        RankingMetrics m;
        m.mrr = 0.25;
        m.meanRank = 12.5;
        m.hits1 = 0.125;
        m.hits3 = 0.375;
        m.hits10 = 0.5;
        m.count = 40;
        const RankingMetrics back = rankingMetricsFromJson(toJson(m));
        QCOMPARE(back.mrr, m.mrr);
        QCOMPARE(back.meanRank, m.meanRank);
        QCOMPARE(back.hits10, m.hits10);
        QCOMPARE(back.count, m.count);
    }

    void runsAndEpochs()
    {
        TrainConfig config;
        config.model.type = ModelType::DistMult;
        config.seed = 0x8000000000000005ull; // the top bit set: stored as a negative integer
        const qint64 id = beginRun(m_session, config, std::nullopt, QStringLiteral("first"));
        RunRecord r = *run(m_session, id);
        QCOMPARE(r.status, RunStatus::Running);
        QCOMPARE(r.label, QStringLiteral("first"));
        QCOMPARE(r.seed, config.seed);
        QVERIFY(!r.datasetId);
        QCOMPARE(modelSpecFromJson(r.model).type, ModelType::DistMult);
        QCOMPARE(trainConfigFromJson(r.config).seed, config.seed);
        QVERIFY(r.finishedAt.isEmpty());

        appendEpoch(m_session, id, {1, 0.75, 0.5, 100, {}, {}});
        appendEpoch(m_session, id,
                    {2, std::nan(""), 0.25, 100, {{QStringLiteral("valid"), 0.5}}, {}});
        QVERIFY_THROWS_EXCEPTION(Error, appendEpoch(m_session, id, {2, 0.1, 0.1, 1, {}, {}}));
        QVERIFY_THROWS_EXCEPTION(Error, appendEpoch(m_session, 999, {1, 0.1, 0.1, 1, {}, {}}));
        QVERIFY_THROWS_EXCEPTION(Error, appendEpoch(m_session, id, {0, 0.1, 0.1, 1, {}, {}}));
        const std::vector<EpochRecord> e = epochs(m_session, id);
        QCOMPARE(e.size(), size_t(2));
        QCOMPARE(e[0].epoch, 1);
        QCOMPARE(e[0].loss, 0.75);
        QCOMPARE(e[0].seconds, 0.5);
        QCOMPARE(e[0].positives, 100);
        QVERIFY(std::isnan(e[1].loss));
        QCOMPARE(e[1].metrics.value(QStringLiteral("valid")).toDouble(), 0.5);
        QCOMPARE(lastEpoch(m_session, id), 2);
        QCOMPARE(lastEpoch(m_session, 999), 0);

        finishRun(m_session, id, RunStatus::Finished, {{QStringLiteral("mrr"), 0.3}});
        r = *run(m_session, id);
        QCOMPARE(r.status, RunStatus::Finished);
        QVERIFY(!r.finishedAt.isEmpty());
        QCOMPARE(r.finalMetrics.value(QStringLiteral("mrr")).toDouble(), 0.3);
        QVERIFY_THROWS_EXCEPTION(Error, finishRun(m_session, 999, RunStatus::Failed));

        const qint64 failed = beginRun(m_session, TrainConfig{});
        finishRun(m_session, failed, RunStatus::Failed, {}, QStringLiteral("diverged at epoch 3"));
        QCOMPARE(run(m_session, failed)->message, QStringLiteral("diverged at epoch 3"));
        QCOMPARE(runs(m_session).size(), size_t(2));
        for (RunStatus s :
             {RunStatus::Running, RunStatus::Finished, RunStatus::Cancelled, RunStatus::Failed})
            QCOMPARE(parseRunStatus(runStatusName(s)), std::optional<RunStatus>(s));
    }

    void recordEpochsFeedsTheSession()
    {
        const qint64 id = beginRun(m_session, TrainConfig{});
        int calls = 0;
        const EpochFn fn = recordEpochs(
            m_session, id, [&](const EpochStats &, const Model &) { return ++calls < 2; },
            [](const EpochStats &s, const Model &) {
                return QJsonObject{{QStringLiteral("twice"), 2 * s.loss}};
            });
        const Model model;
        QVERIFY(fn(EpochStats{1, 0.5, 0.1, 10}, model));
        QVERIFY(!fn(EpochStats{2, 0.25, 0.1, 10}, model)); // `next` said stop
        const std::vector<EpochRecord> e = epochs(m_session, id);
        QCOMPARE(e.size(), size_t(2));
        QCOMPARE(e[1].loss, 0.25);
        QCOMPARE(e[1].metrics.value(QStringLiteral("twice")).toDouble(), 0.5);
    }

private:
    QTemporaryDir m_dir;
    Session m_session;
    int m_sessions = 0;
};

QTEST_GUILESS_MAIN(TestStoreRecords)
#include "test_store_records.moc"
