// File interoperability: ours -> PyTorch-BigGraph checkpoint -> ours and ours -> DGL-KE -> ours
// bit-exact, DGL-KE scores (gamma, RotatE) by hand, memory-mapped tables, and the streaming
// bias measure against the engine's professionBias.

#include "bias/profession_bias.h"
#include "common/error.h"
#include "embed/model_file.h"
#include "embed/npy.h"
#include "interop/dglke_files.h"
#include "interop/hdf5_file.h"
#include "interop/mapped_embeddings.h"
#include "interop/operator_convert.h"
#include "interop/pbg_checkpoint.h"
#include "interop/streaming_bias.h"
#include "kg/graph.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace eg;

namespace {

Model randomModel(ModelType type, int norm, bool separateRhs, qint32 entities = 9,
                  qint32 relations = 3, quint32 seed = 5) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.f, 1.f);
    Model m;
    m.spec.type = type;
    m.spec.dim = 3;
    m.spec.norm = norm;
    m.spec.separateRhs = separateRhs;
    auto fill = [&](qint32 rows) {
        Matrix x(rows, m.spec.width());
        for (qint64 i = 0; i < x.size(); ++i)
            x.data()[i] = n(rng);
        return x;
    };
    m.entities = fill(entities);
    m.relations = fill(relations);
    if (separateRhs)
        m.relationsRhs = fill(relations);
    return m;
}

Vocabulary keys(const char *prefix, qint32 count) {
    Vocabulary v;
    for (qint32 i = 0; i < count; ++i)
        v.insert(QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i).toStdString());
    return v;
}

bool sameModel(const Model &a, const Model &b) {
    return a.spec.type == b.spec.type && a.spec.dim == b.spec.dim &&
           (a.spec.type != ModelType::TransE || a.spec.norm == b.spec.norm) &&
           a.spec.separateRhs == b.spec.separateRhs && a.entities == b.entities &&
           a.relations == b.relations && a.relationsRhs == b.relationsRhs;
}

void writeText(const QString &path, const QByteArray &text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A tiny graph: people 0..5, values male 6 / female 7, professions 8, 9; relation 0 gender,
// 1 profession, 2 unrelated.
Graph biasGraph() {
    Graph g;
    for (int i = 0; i < 12; ++i)
        g.entities.insert(QStringLiteral("e%1").arg(i).toStdString());
    for (const char *r : {"gender", "profession", "other"})
        g.relations.insert(r);
    const int gender[6] = {6, 6, 7, 7, 6, 7};
    for (qint32 p = 0; p < 6; ++p) {
        g.train.push_back({p, 0, gender[p]});
        g.train.push_back({p, 1, p % 3 == 0 ? 8 : 9});
    }
    g.train.push_back({10, 2, 11});
    return g;
}

} // namespace

class TestInteropFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void pbgRoundTrip_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("norm");
        QTest::addColumn<bool>("separateRhs");
        QTest::newRow("transe-dot") << int(ModelType::TransEDot) << 1 << false;
        QTest::newRow("transe-dot rhs") << int(ModelType::TransEDot) << 1 << true;
        QTest::newRow("transe l2") << int(ModelType::TransE) << 2 << false;
        QTest::newRow("transe l2 rhs") << int(ModelType::TransE) << 2 << true;
        QTest::newRow("distmult") << int(ModelType::DistMult) << 1 << false;
        QTest::newRow("distmult rhs") << int(ModelType::DistMult) << 1 << true;
        QTest::newRow("complex") << int(ModelType::ComplEx) << 1 << false;
        QTest::newRow("complex rhs") << int(ModelType::ComplEx) << 1 << true;
    }
    void pbgRoundTrip() {
        if (!hdf5Available())
            QSKIP("built without HDF5");
        QFETCH(int, type);
        QFETCH(int, norm);
        QFETCH(bool, separateRhs);
        const Model model = randomModel(ModelType(type), norm, separateRhs);
        KeyedOperatorModel keyed;
        keyed.model = fromEngineModel(model);
        keyed.entities = keys("ent", model.entityCount());
        keyed.relations = keys("rel", model.relationCount());
        const QString folder =
            m_dir.filePath(QStringLiteral("pbg-%1").arg(QTest::currentDataTag()));
        writePbgCheckpoint(folder, keyed, 3, &model.spec);
        const KeyedOperatorModel back = readPbgCheckpoint(folder);
        QCOMPARE(back.meta.value(QStringLiteral("checkpointVersion")).toInt(), 3);
        QCOMPARE(back.entities.keyString(4), QStringLiteral("ent4"));
        QCOMPARE(back.relations.keyString(2), QStringLiteral("rel2"));
        const std::optional<ModelSpec> hint = pbgEngineSpec(back.meta);
        QVERIFY(hint);
        const EngineConversion engine = toEngineModel(back.model, false, &*hint);
        QVERIFY2(engine.model, qPrintable(engine.reason));
        QVERIFY(sameModel(*engine.model, model)); // bit-exact matrices
    }

    void pbgRefusesL1() {
        KeyedOperatorModel keyed;
        keyed.model = fromEngineModel(randomModel(ModelType::TransE, 1, false));
        keyed.entities = keys("e", 9);
        keyed.relations = keys("r", 3);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 writePbgCheckpoint(m_dir.filePath(QStringLiteral("l1")), keyed));
    }

    void pbgHyperslabRows() {
        if (!hdf5Available())
            QSKIP("built without HDF5");
        const Model model = randomModel(ModelType::DistMult, 1, false, 40);
        KeyedOperatorModel keyed;
        keyed.model = fromEngineModel(model);
        keyed.entities = keys("e", 40);
        keyed.relations = keys("r", 3);
        const QString folder = m_dir.filePath(QStringLiteral("slabs"));
        writePbgCheckpoint(folder, keyed, 1);
        const Hdf5Rows rows(QDir(folder).filePath(QStringLiteral("embeddings_all_0.v1.h5")));
        QCOMPARE(rows.rows(), 40);
        const std::vector<qint64> ids = {0, 1, 2, 7, 7, 20, 39};
        Matrix got(qint64(ids.size()), 3);
        rows.gather(ids, got.data());
        for (size_t k = 0; k < ids.size(); ++k)
            QCOMPARE(Matrix(got.row(qint64(k))), Matrix(model.entities.row(ids[k])));
    }

    void dglkeRoundTrip_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("norm");
        QTest::newRow("TransE_l1") << int(ModelType::TransE) << 1;
        QTest::newRow("TransE_l2") << int(ModelType::TransE) << 2;
        QTest::newRow("DistMult") << int(ModelType::DistMult) << 1;
        QTest::newRow("ComplEx") << int(ModelType::ComplEx) << 1;
    }
    void dglkeRoundTrip() {
        QFETCH(int, type);
        QFETCH(int, norm);
        const Model model = randomModel(ModelType(type), norm, false);
        const QString folder =
            m_dir.filePath(QStringLiteral("dglke-%1").arg(QTest::currentDataTag()));
        writeDglKe(folder, QStringLiteral("toy"), model, keys("e", 9), keys("r", 3), 9.0);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("toy_") +
                                                    QLatin1String(QTest::currentDataTag()) +
                                                    QStringLiteral("_entity.npy"))));
        const KeyedOperatorModel back = readDglKe(folder);
        // DGL-KE's score: gamma - distance for TransE (gamma 9), plain for the others.
        const double gamma = model.spec.type == ModelType::TransE ? 9.0 : 0.0;
        QCOMPARE(back.model.offset, gamma);
        // float scores O(1..10): 1e-5 covers the rounding.
        QVERIFY(std::abs(back.model.score(1, 2, 3, ScoreSide::Tail) -
                         (gamma + model.score(1, 2, 3))) < 1e-5);
        const EngineConversion engine = toEngineModel(back.model);
        QVERIFY2(engine.model, qPrintable(engine.reason));
        QVERIFY(sameModel(*engine.model, model));
    }

    void dglkeRefuses() {
        const QString folder = m_dir.filePath(QStringLiteral("refuse"));
        QVERIFY_THROWS_EXCEPTION(Error, writeDglKe(folder, QStringLiteral("x"),
                                                   randomModel(ModelType::TransEDot, 1, false),
                                                   keys("e", 9), keys("r", 3)));
        QVERIFY_THROWS_EXCEPTION(Error, writeDglKe(folder, QStringLiteral("x"),
                                                   randomModel(ModelType::DistMult, 1, true),
                                                   keys("e", 9), keys("r", 3)));
    }

    // RotatE by hand: gamma 4, d = 1, emb_init = (4 + 2) / 1 = 6, theta = 6 / 4 -> phase pi/4.
    void dglkeRotatE() {
        const QString folder = m_dir.filePath(QStringLiteral("rotate"));
        QVERIFY(QDir().mkpath(folder));
        const QDir dir(folder);
        Matrix e(2, 2);
        e << 1, 0, 0, 1; // h = 1, t = i
        Matrix r(1, 1);
        r << 1.5f;
        writeNpy(dir.filePath(QStringLiteral("kg_RotatE_entity.npy")), e);
        writeNpy(dir.filePath(QStringLiteral("kg_RotatE_relation.npy")), r);
        writeText(dir.filePath(QStringLiteral("entities.tsv")), "0\ta\n1\tb\n");
        writeText(dir.filePath(QStringLiteral("relations.tsv")), "0\tr\n");
        writeText(dir.filePath(QStringLiteral("config.json")),
                  R"({"model": "RotatE", "gamma": 4.0, "dataset": "kg"})");
        const KeyedOperatorModel m = readDglKe(folder);
        // h rho = (1 + i)/sqrt2; |h rho - t| = |1/sqrt2 + i (1/sqrt2 - 1)|
        //       = sqrt(1/2 + (1 - 1/sqrt2)^2) = sqrt(2 - sqrt2)
        const double expected = 4.0 - std::sqrt(2.0 - std::sqrt(2.0));
        // float trigonometry: 1e-6.
        QVERIFY(std::abs(m.model.score(0, 0, 1, ScoreSide::Tail) - expected) < 1e-6);
        QVERIFY(std::abs(m.model.score(0, 0, 1, ScoreSide::Head) - expected) < 1e-6);
        QVERIFY(!toEngineModel(m.model).model);
    }

    void mappedNpy() {
        const Matrix m = randomModel(ModelType::DistMult, 1, false, 50).entities;
        const QString path = m_dir.filePath(QStringLiteral("m.npy"));
        writeNpy(path, m);
        const RowTable t = mapNpy(path);
        QVERIFY(t.isMapped());
        QCOMPARE(Matrix(t.matrix()), m);
        writeNpy(path, MatrixD(m.cast<double>()));
        QVERIFY_THROWS_EXCEPTION(Error, mapNpy(path)); // '<f8' cannot be mapped
    }

    void mappedModel() {
        const Model m = randomModel(ModelType::ComplEx, 1, true, 20);
        const QString path = m_dir.filePath(QStringLiteral("m.egm"));
        saveModel(path, m, keys("e", 20), keys("r", 3));
        const MappedModel mapped = mapModel(path, true);
        QCOMPARE(mapped.spec.type, ModelType::ComplEx);
        QVERIFY(mapped.spec.separateRhs);
        QCOMPARE(Matrix(mapped.entities.matrix()), m.entities);
        QCOMPARE(mapped.relations, m.relations);
        QCOMPARE(mapped.relationsRhs, m.relationsRhs);
        QCOMPARE(mapped.entityKeys.keyString(19), QStringLiteral("e19"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 8));
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, mapModel(path));
    }

    // Streaming B_p equals the engine's professionBias (affine and non-affine types, both
    // forms), whatever the chunk size.
    void streamingBias_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("norm");
        QTest::addColumn<bool>("head");
        QTest::newRow("distmult") << int(ModelType::DistMult) << 1 << false;
        QTest::newRow("complex") << int(ModelType::ComplEx) << 1 << false;
        QTest::newRow("transe-dot head") << int(ModelType::TransEDot) << 1 << true;
        QTest::newRow("transe l2") << int(ModelType::TransE) << 2 << false;
        QTest::newRow("transe l1") << int(ModelType::TransE) << 1 << false;
    }
    void streamingBias() {
        QFETCH(int, type);
        QFETCH(int, norm);
        QFETCH(bool, head);
        const Graph g = biasGraph();
        const Model model = randomModel(ModelType(type), norm, head, 12, 3);
        ProfessionBiasOptions o;
        o.sensitiveRelation = 0;
        o.valueA = 6;
        o.valueB = 7;
        o.targetRelation = 1;
        o.minPeople = 1;
        o.alpha = 0.05f;
        o.form = head ? ScoreForm::HeadPrediction : ScoreForm::TailPrediction;
        const ProfessionBiasResult engine = professionBias(model, g, o);
        const ProfessionBiasResult streamed = professionBiasOperator(fromEngineModel(model), g, o);
        QCOMPARE(streamed.rows.size(), engine.rows.size());
        for (size_t i = 0; i < engine.rows.size(); ++i) {
            QCOMPARE(streamed.rows[i].profession, engine.rows[i].profession);
            // Affine forms: the same closed form in another summation order (1e-6). TransE:
            // float score differences of O(0.05) against the engine's stable form: 1e-4.
            QVERIFY2(std::abs(streamed.rows[i].bias - engine.rows[i].bias) <
                         (type == int(ModelType::TransE) ? 1e-4 : 1e-6),
                     qPrintable(QStringLiteral("%1 vs %2")
                                    .arg(streamed.rows[i].bias)
                                    .arg(engine.rows[i].bias)));
        }
        // Chunks of one block, one thread against one chunk, two threads: identical bits.
        const EngineVectorScorer scorer(model.spec, model.relations, model.relationsRhs, o.form);
        const TableRows rows{RowTable(model.entities)};
        const std::vector<qint32> humans = {0, 1, 2, 3, 4, 5}, b = {7}, p = {8, 9};
        StreamingBiasOptions small, large;
        small.chunk = 1;
        small.threads = 1;
        large.threads = 2;
        Progress none;
        QCOMPARE(streamingProfessionBias(scorer, rows, humans, 0, 6, b, 1, p, small, none),
                 streamingProfessionBias(scorer, rows, humans, 0, 6, b, 1, p, large, none));
    }
};

QTEST_GUILESS_MAIN(TestInteropFiles)
#include "test_interop_files.moc"
