#include "bias/fact_probe.h"

#include "bias/probe_split.h"
#include "common/error.h"
#include "embed/rng.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace eg {

namespace {

void checkOptions(const Graph &graph, const FactProbeOptions &o) {
    checkProbeOptions(graph, o.relation, o.topValues, o.testShare, o.validShare);
    if (o.minCount < 1 || o.maxEpochs < 1 || o.patience < 1)
        badProbeOption("minCount, maxEpochs or patience (at least 1)");
    if (!(o.learningRate > 0) || !std::isfinite(o.learningRate))
        badProbeOption("learningRate (positive)");
    if (!(o.l2 >= 0) || !std::isfinite(o.l2))
        badProbeOption("l2 (not negative)");
}

// A fact as one number: direction bit, relation, the other end.
quint64 factKey(bool incoming, qint32 relation, qint32 other) {
    return (quint64(incoming) << 63) | (quint64(quint32(relation)) << 32) | quint32(other);
}

// Softmax regression over sparse binary features.
class Classifier {
public:
    Classifier(qint64 features, int classes, double lr, double l2)
        : m_classes(classes)
        , m_lr(lr)
        , m_l2(l2)
        , m_w(size_t(features * classes), 0.0)
        , m_gw(m_w.size(), 0.0)
        , m_b(size_t(classes), 0.0)
        , m_gb(m_b.size(), 0.0) {}

    // Class probabilities of one person.
    std::vector<double> probabilities(const std::vector<qint32> &facts) const {
        std::vector<double> z = m_b;
        for (qint32 f : facts)
            for (int c = 0; c < m_classes; ++c)
                z[size_t(c)] += m_w[size_t(f) * size_t(m_classes) + size_t(c)];
        const double top = *std::max_element(z.begin(), z.end());
        double sum = 0.0;
        for (double &v : z)
            sum += (v = std::exp(v - top));
        for (double &v : z)
            v /= sum;
        return z;
    }

    void step(const std::vector<qint32> &facts, qint32 label) {
        std::vector<double> g = probabilities(facts);
        g[size_t(label)] -= 1.0;
        for (int c = 0; c < m_classes; ++c)
            update(m_b[size_t(c)], m_gb[size_t(c)], g[size_t(c)]);
        for (qint32 f : facts)
            for (int c = 0; c < m_classes; ++c) {
                const size_t k = size_t(f) * size_t(m_classes) + size_t(c);
                update(m_w[k], m_gw[k], g[size_t(c)] + m_l2 * m_w[k]);
            }
    }

    struct State {
        std::vector<double> w, b;
    };
    State state() const { return {m_w, m_b}; }
    void restore(const State &s) {
        m_w = s.w;
        m_b = s.b;
    }

private:
    void update(double &value, double &sumSquares, double grad) {
        sumSquares += grad * grad;
        value -= m_lr * grad / (std::sqrt(sumSquares) + 1e-10);
    }

    int m_classes;
    double m_lr, m_l2;
    std::vector<double> m_w, m_gw, m_b, m_gb;
};

} // namespace

FactProbeResult factProbeAccuracy(const Graph &graph, const FactProbeOptions &options,
                                  const ProgressFn &progress) {
    QElapsedTimer timer;
    timer.start();
    checkOptions(graph, options);
    FactProbeResult result;
    const LabelledHumans humans =
        labelledHumans(graph, options.relation, options.humanSplits, options.topValues);
    result.classes = humans.classes;
    result.skipped = humans.skipped;
    const qint64 n = qint64(humans.people.size());
    Rng rng(options.seed);
    const ProbeSplit split = splitHumans(n, options.testShare, options.validShare, rng);
    result.testHumans = split.nTest;
    result.validHumans = split.nValid;
    result.trainHumans = split.nTrain;
    for (qint64 r : split.test())
        result.heldOut.push_back(humans.people[size_t(r)]);

    // Each person's distinct facts.
    std::vector<qint64> rowOf(size_t(graph.entityCount()), -1);
    for (qint64 i = 0; i < n; ++i)
        rowOf[size_t(humans.people[size_t(i)])] = i;
    std::vector<char> never(size_t(graph.relationCount()), 0);
    never[size_t(options.relation)] = 1;
    for (qint32 r : options.excludeRelations)
        if (r >= 0 && r < graph.relationCount())
            never[size_t(r)] = 1;
    std::vector<std::vector<quint64>> keys(static_cast<size_t>(n));
    forEachTriple(graph, options.factSplits, -1, [&](const Triple &x) {
        const qint64 head = rowOf[size_t(x.h)], tail = rowOf[size_t(x.t)];
        if (head < 0 && tail < 0)
            return;
        if (never[size_t(x.r)] || (options.excluded && options.excluded(x))) {
            result.excludedFacts += (head >= 0) + (tail >= 0);
            return;
        }
        if (head >= 0)
            keys[size_t(head)].push_back(factKey(false, x.r, x.t));
        if (tail >= 0)
            keys[size_t(tail)].push_back(factKey(true, x.r, x.h));
    });
    for (auto &k : keys) {
        std::sort(k.begin(), k.end());
        k.erase(std::unique(k.begin(), k.end()), k.end());
    }

    // The vocabulary: facts of at least minCount training people, in first-seen order.
    std::unordered_map<quint64, qint64> seen;
    for (qint64 r : split.train())
        for (quint64 k : keys[size_t(r)])
            ++seen[k];
    std::unordered_map<quint64, qint32> index;
    for (qint64 r : split.train())
        for (quint64 k : keys[size_t(r)])
            if (seen[k] >= options.minCount && !index.contains(k))
                index.emplace(k, qint32(index.size()));
    result.features = qint64(index.size());
    std::vector<std::vector<qint32>> facts(static_cast<size_t>(n));
    qint64 kept = 0;
    for (qint64 i = 0; i < n; ++i) {
        for (quint64 k : keys[size_t(i)])
            if (const auto it = index.find(k); it != index.end())
                facts[size_t(i)].push_back(it->second);
        kept += qint64(facts[size_t(i)].size());
        result.withoutFacts += facts[size_t(i)].empty();
    }
    result.meanFacts = n > 0 ? double(kept) / double(n) : 0.0;

    const int classes = int(result.classes.size());
    Classifier model(result.features, classes, options.learningRate, options.l2);
    auto evaluate = [&](std::span<const qint64> rows, double *loss) {
        qint64 right = 0;
        double sum = 0.0;
        for (qint64 r : rows) {
            const std::vector<double> p = model.probabilities(facts[size_t(r)]);
            const qint32 y = humans.labels[size_t(r)];
            sum -= std::log(std::max(p[size_t(y)], 1e-300));
            right += qint32(std::max_element(p.begin(), p.end()) - p.begin()) == y;
        }
        if (loss)
            *loss = sum / double(rows.size());
        return double(right) / double(rows.size());
    };

    std::vector<qint64> order(split.train().begin(), split.train().end());
    Classifier::State best = model.state();
    Progress report(progress, options.maxEpochs);
    report.report(0);
    EarlyStopping stopping(options.patience);
    for (int epoch = 1; epoch <= options.maxEpochs && !stopping.done(); ++epoch) {
        shuffleInPlace(std::span(order), rng);
        for (qint64 r : order)
            model.step(facts[size_t(r)], humans.labels[size_t(r)]);
        double loss = 0.0;
        evaluate(split.valid(), &loss);
        if (!std::isfinite(loss))
            throw Error(Error::tr("the graph-facts probe diverged at epoch %1").arg(epoch));
        result.epochs = epoch;
        if (stopping.improved(loss, epoch))
            best = model.state();
        report.report(epoch);
    }
    result.validLoss = stopping.bestLoss();
    result.bestEpoch = stopping.bestEpoch();
    model.restore(best);
    result.accuracy = evaluate(split.test(), nullptr);
    result.validAccuracy = evaluate(split.valid(), nullptr);
    result.majorityRate = majorityRate(humans.labels, split.test(), result.classes.size());
    report.force(options.maxEpochs);
    result.seconds = timer.nsecsElapsed() * 1e-9;
    return result;
}

} // namespace eg
