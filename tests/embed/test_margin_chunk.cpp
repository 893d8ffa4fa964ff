// The shared-negatives step (margin_chunk.h): five positives (four through the 4-query kernels,
// one through the single-query path), mixed corruption sides, sharing four negatives. With SGD
// at rate 1 each row moves by minus its gradient; a shared negative by minus the sum of its
// gradients over the chunk. Compared with central differences of an independent double loss,
// for every model, both losses, with and without the regulariser, on both SIMD packs.
// Also: a shared negative equal to a positive's own replaced entity is left out for it.
//
// Rows are disjoint between positives so the sequential updates of the chunk do not interact;
// tolerance as in test_margin_step.cpp (2e-4; step 1e-3, kinks and hinges >= 0.02 away).

#include "embed/margin_chunk.h"
#include "embed/margin_optimizer.h"
#include "margin_test_util.h"

#include <QTest>

using namespace eg;
using namespace eg::margin;

namespace {

constexpr int chunk = 5, entityCount = 14, relationCount = 5;
// Positive i: (2i, i, 2i + 1); negatives 10..13.
const std::vector<Triple> positives{{0, 0, 1}, {2, 1, 3}, {4, 2, 5}, {6, 3, 7}, {8, 4, 9}};
const std::vector<quint8> sides{0, 1, 0, 1, 1};
const std::vector<qint32> negatives{10, 11, 12, 13};

struct Case
{
    ModelSpec spec;
    LossSettings loss;
    float regularization = 0.0f;
};

struct Rows
{
    std::vector<float> entities, relations;
};

// Scores of positive i: [true, negatives...], from double rows.
std::vector<double> scoresOf(const Case &c, const double *ent, const double *rel, int i,
                             const std::vector<qint32> &negs)
{
    const int w = c.spec.width();
    const Triple &x = positives[size_t(i)];
    const auto e = [&](qint32 id) {
        return ent + size_t(id) * w;
    };
    const double *r = rel + size_t(x.r) * w;
    std::vector<double> s{test::referenceScore(c.spec, e(x.h), r, e(x.t))};
    for (qint32 n : negs)
        s.push_back(sides[size_t(i)] ? test::referenceScore(c.spec, e(n), r, e(x.t))
                                     : test::referenceScore(c.spec, e(x.h), r, e(n)));
    return s;
}

// The chunk's loss; p[i] freezes positive i's adversarial weights (filled when empty).
double referenceLoss(const Case &c, const std::vector<double> &ent, const std::vector<double> &rel,
                     std::vector<std::vector<double>> &p,
                     const std::vector<qint32> &negs = negatives, int excludedFor = -1)
{
    const int w = c.spec.width();
    p.resize(chunk);
    double loss = 0.0;
    for (int i = 0; i < chunk; ++i) {
        std::vector<double> s = scoresOf(c, ent.data(), rel.data(), i, negs);
        if (i == excludedFor)
            s.erase(s.begin() + 1); // the first negative is this positive's own entity
        const double gamma = c.loss.margin;
        if (c.loss.type == LossType::Margin) {
            for (size_t k = 1; k < s.size(); ++k)
                loss += std::max(0.0, gamma - s[0] + s[k]);
        } else {
            std::vector<double> &pi = p[size_t(i)];
            if (pi.empty()) {
                double z = 0.0;
                for (size_t k = 1; k < s.size(); ++k)
                    z += std::exp(c.loss.temperature * s[k]);
                for (size_t k = 1; k < s.size(); ++k)
                    pi.push_back(std::exp(c.loss.temperature * s[k]) / z);
            }
            loss += std::log1p(std::exp(-gamma - s[0]));
            for (size_t k = 1; k < s.size(); ++k)
                loss += pi[k - 1] * std::log1p(std::exp(gamma + s[k]));
        }
        const Triple &x = positives[size_t(i)];
        for (const double *row : {ent.data() + size_t(x.h) * w, rel.data() + size_t(x.r) * w,
                                  ent.data() + size_t(x.t) * w})
            for (int j = 0; j < w; ++j)
                loss += c.regularization * row[j] * row[j];
    }
    return loss;
}

bool smooth(const Case &c, const Rows &rows)
{
    const std::vector<double> ent(rows.entities.begin(), rows.entities.end());
    const std::vector<double> rel(rows.relations.begin(), rows.relations.end());
    const int w = c.spec.width();
    for (int i = 0; i < chunk; ++i) {
        const Triple &x = positives[size_t(i)];
        std::vector<qint32> candidates{sides[size_t(i)] ? x.h : x.t};
        candidates.insert(candidates.end(), negatives.begin(), negatives.end());
        if (c.spec.type == ModelType::TransE) {
            const float *r = rows.relations.data() + size_t(x.r) * w;
            for (qint32 e : candidates) {
                const float *h = rows.entities.data() + size_t(sides[size_t(i)] ? e : x.h) * w;
                const float *t = rows.entities.data() + size_t(sides[size_t(i)] ? x.t : e) * w;
                if (test::smallestGap(h, r, t, c.spec.dim) < 0.02)
                    return false;
            }
        }
        if (c.loss.type == LossType::Margin) {
            const std::vector<double> s = scoresOf(c, ent.data(), rel.data(), i, negatives);
            for (size_t k = 1; k < s.size(); ++k)
                if (std::abs(c.loss.margin - s[0] + s[k]) < 0.02)
                    return false;
        }
    }
    return true;
}

template <class P> double runChunk(const Case &c, Rows &rows, const std::vector<qint32> &negs)
{
    Tables tab;
    tab.entities = rows.entities.data();
    tab.relations = rows.relations.data();
    tab.width = c.spec.width();
    const StepSettings settings{c.spec, c.loss, c.regularization, false};
    ChunkScratch scratch(tab.width, int(negs.size()), chunk);
    const SgdUpdate<P> sgd(1.0f);
    switch (comparator(c.spec)) {
    case Cmp::L1:
        return chunkStep<P, Cmp::L1>(settings, tab, scratch, sgd, positives.data(), sides.data(),
                                     chunk, negs.data(), int(negs.size()));
    case Cmp::L2:
        return chunkStep<P, Cmp::L2>(settings, tab, scratch, sgd, positives.data(), sides.data(),
                                     chunk, negs.data(), int(negs.size()));
    case Cmp::Dot:
        return chunkStep<P, Cmp::Dot>(settings, tab, scratch, sgd, positives.data(), sides.data(),
                                      chunk, negs.data(), int(negs.size()));
    }
    return 0.0;
}

Rows randomRows(const Case &c)
{
    const int w = c.spec.width();
    for (quint64 seed = 1;; ++seed) {
        Rng rng(seed);
        Rows rows{test::randomRow(rng, entityCount * w), test::randomRow(rng, relationCount * w)};
        if (smooth(c, rows) || seed > 2000)
            return rows;
    }
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestMarginChunk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradient_data();
    void gradient();
    void ownEntityIsLeftOut();
};

void TestMarginChunk::gradient_data()
{
    QTest::addColumn<Case>("c");
    const std::pair<const char *, ModelSpec> models[] = {
        {"transe-l1", {ModelType::TransE, 6, 1, false}},
        {"transe-l2", {ModelType::TransE, 6, 2, false}},
        {"transe-dot", {ModelType::TransEDot, 6, 1, false}},
        {"distmult", {ModelType::DistMult, 6, 1, false}},
        {"complex", {ModelType::ComplEx, 6, 1, false}},
    };
    for (const auto &[name, spec] : models) {
        for (int loss = 0; loss < 2; ++loss) {
            for (float reg : {0.0f, 0.1f}) {
                Case c;
                c.spec = spec;
                c.loss = loss == 0 ? LossSettings{LossType::Margin, 3.0f, 1.0f}
                                   : LossSettings{LossType::SelfAdversarial, 2.0f, 1.0f};
                c.regularization = reg;
                const QByteArray row =
                    QByteArray(name) + (loss == 0 ? " margin" : " adv") + (reg > 0 ? " reg" : "");
                QTest::newRow(row.constData()) << c;
            }
        }
    }
}

void TestMarginChunk::gradient()
{
    QFETCH(Case, c);
    const Rows start = randomRows(c);
    QVERIFY(smooth(c, start));
    std::vector<double> ent(start.entities.begin(), start.entities.end());
    std::vector<double> rel(start.relations.begin(), start.relations.end());
    std::vector<std::vector<double>> p;
    const double expected = referenceLoss(c, ent, rel, p);
    const int w = c.spec.width();
    for (int pack = 0; pack < 2; ++pack) {
        Rows rows = start;
        const double loss = pack == 0 ? runChunk<simd::Scalar>(c, rows, negatives)
                                      : runChunk<simd::Native>(c, rows, negatives);
        QVERIFY2(std::abs(loss - expected) < 1e-4 * (1.0 + expected),
                 qPrintable(QStringLiteral("loss %1 vs %2").arg(loss).arg(expected)));
        const double h = 1e-3;
        const auto check = [&](std::vector<double> &x, const std::vector<float> &before,
                               const std::vector<float> &after, const char *what) {
            for (size_t i = 0; i < x.size(); ++i) {
                const double keep = x[i];
                x[i] = keep + h;
                const double up = referenceLoss(c, ent, rel, p);
                x[i] = keep - h;
                const double down = referenceLoss(c, ent, rel, p);
                x[i] = keep;
                const double numeric = (up - down) / (2 * h);
                const double analytic = double(before[i]) - double(after[i]);
                if (std::abs(numeric - analytic) > 2e-4 * (1.0 + std::abs(numeric)))
                    QFAIL(qPrintable(QStringLiteral("pack %1, %2 row %3 col %4: analytic %5, "
                                                    "numeric %6")
                                         .arg(pack)
                                         .arg(QLatin1String(what))
                                         .arg(i / size_t(w))
                                         .arg(i % size_t(w))
                                         .arg(analytic)
                                         .arg(numeric)));
            }
        };
        check(ent, start.entities, rows.entities, "entity");
        check(rel, start.relations, rows.relations, "relation");
    }
}

// Negative 1 is positive 0's true tail: for positive 0 it is no negative (its pair would score
// exactly like the positive); for the others it is.
void TestMarginChunk::ownEntityIsLeftOut()
{
    for (int type = 0; type < 2; ++type) {
        Case c;
        c.spec = {ModelType::TransE, 6, 1, false};
        c.loss = type == 0 ? LossSettings{LossType::Margin, 3.0f, 1.0f}
                           : LossSettings{LossType::SelfAdversarial, 2.0f, 1.0f};
        Rows rows = randomRows(c);
        const std::vector<qint32> negs{1, 11, 12, 13};
        std::vector<double> ent(rows.entities.begin(), rows.entities.end());
        std::vector<double> rel(rows.relations.begin(), rows.relations.end());
        std::vector<std::vector<double>> p;
        const double expected = referenceLoss(c, ent, rel, p, negs, 0);
        const double loss = runChunk<simd::Native>(c, rows, negs);
        QVERIFY2(std::abs(loss - expected) < 1e-4 * (1.0 + expected),
                 qPrintable(QStringLiteral("loss %1 vs %2").arg(loss).arg(expected)));
    }
}

QTEST_APPLESS_MAIN(TestMarginChunk)
#include "test_margin_chunk.moc"
