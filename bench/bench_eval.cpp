// Filtered link-prediction ranking: wall seconds and queries per second of eg::evaluate on the
// whole test set of a data set (both sides, every entity a candidate, filtered against
// train + valid + test), against a straightforward two-thread scalar evaluator in the same
// process (a loop over candidates calling eg::scoreVectors, known triples skipped) on a
// subset of the queries; the ranks of both are compared on that subset.
//
//   bench_eval [--data DIR] [--model FILE.egm | --type transe --norm 1 --dim 100 --rhs]
//              [--threads 2] [--runs 3] [--peer-queries 1000] [--seed 1]
//
// Default data: ../shared/data/fb15k-237. Without --model the model is random (seeded) with
// the graph's shape; speed does not depend on the values.

#include "common/error.h"
#include "embed/model_file.h"
#include "embed/rng.h"
#include "eval/candidate_scorer.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"
#include "kg/loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

namespace {

eg::Model randomModel(const eg::ModelSpec &spec, qint32 entities, qint32 relations,
                      quint64 seed)
{
    eg::Model model;
    model.spec = spec;
    eg::Rng rng(seed);
    const float scale = 6.0f / std::sqrt(float(spec.dim));
    auto fill = [&](eg::Matrix &m, qint64 rows) {
        m.resize(rows, spec.width());
        for (qint64 i = 0; i < m.size(); ++i)
            m.data()[i] = (2.0f * rng.uniform() - 1.0f) * scale;
    };
    fill(model.entities, entities);
    fill(model.relations, relations);
    if (spec.separateRhs)
        fill(model.relationsRhs, relations);
    return model;
}

// Rows of a model file reordered to the graph's ids, matched by key.
eg::Model modelForGraph(const eg::KeyedModel &keyed, const eg::Graph &graph)
{
    eg::Model model;
    model.spec = keyed.model.spec;
    auto remap = [](const eg::Matrix &from, const eg::Vocabulary &keys,
                    const eg::Vocabulary &want, eg::Matrix &to, const char *what) {
        if (from.rows() == 0)
            return;
        to.resize(want.size(), from.cols());
        for (qint32 i = 0; i < want.size(); ++i) {
            const qint32 row = keys.find(want.key(i));
            if (row < 0)
                throw eg::Error(QStringLiteral("the model has no %1 %2")
                                    .arg(QLatin1String(what), want.keyString(i)));
            to.row(i) = from.row(row);
        }
    };
    remap(keyed.model.entities, keyed.entities, graph.entities, model.entities, "entity");
    remap(keyed.model.relations, keyed.relations, graph.relations, model.relations, "relation");
    remap(keyed.model.relationsRhs, keyed.relations, graph.relations, model.relationsRhs,
          "relation");
    return model;
}

// The peer: per query and side, one scoreVectors call per candidate, known triples skipped by
// walking the sorted known list, ties counted as half. Two std::threads over the queries.
std::vector<double> peerRanks(const eg::Model &model, std::span<const eg::Triple> queries,
                              const eg::KnownTriples &known, int threads)
{
    const eg::ModelSpec &spec = model.spec;
    const qint32 ne = model.entityCount();
    std::vector<double> ranks(2 * queries.size());
    auto rankOne = [&](size_t k, bool tail) {
        const eg::Triple &x = queries[k];
        const float *h = model.entities.row(x.h).data(), *t = model.entities.row(x.t).data();
        const bool rhs = !tail && spec.separateRhs;
        const float *r = (rhs ? model.relationsRhs : model.relations).row(x.r).data();
        auto score = [&](qint32 c) {
            const float *cv = model.entities.row(c).data();
            if (tail)
                return eg::scoreVectors(spec, h, r, cv);
            if (rhs && spec.type == eg::ModelType::TransEDot)
                return eg::scoreVectors(spec, t, r, cv);
            return eg::scoreVectors(spec, cv, r, t);
        };
        const qint32 answer = tail ? x.t : x.h;
        const std::span<const qint32> skip = tail ? known.tails(x.h, x.r) : known.heads(x.r, x.t);
        const float target = score(answer);
        qint64 greater = 0, equal = 0;
        size_t s = 0;
        for (qint32 c = 0; c < ne; ++c) {
            while (s < skip.size() && skip[s] < c)
                ++s;
            if (c == answer || (s < skip.size() && skip[s] == c))
                continue;
            const float v = score(c);
            greater += v > target;
            equal += v == target;
        }
        return 1.0 + double(greater) + 0.5 * double(equal);
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) {
        pool.emplace_back([&, i] {
            for (size_t k = size_t(i); k < queries.size(); k += size_t(threads)) {
                ranks[k] = rankOne(k, false);                  // head
                ranks[queries.size() + k] = rankOne(k, true); // tail
            }
        });
    }
    for (std::thread &thread : pool)
        thread.join();
    return ranks;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("Data set folder."), QStringLiteral("dir"),
         QStringLiteral(EG_DEFAULT_SHARED_DATA "/fb15k-237")},
        {QStringLiteral("model"), QStringLiteral("Trained model (.egm)."), QStringLiteral("file")},
        {QStringLiteral("type"), QStringLiteral("Random model type."), QStringLiteral("type"),
         QStringLiteral("transe")},
        {QStringLiteral("norm"), QStringLiteral("TransE norm."), QStringLiteral("p"),
         QStringLiteral("1")},
        {QStringLiteral("dim"), QStringLiteral("Dimension."), QStringLiteral("n"),
         QStringLiteral("100")},
        {QStringLiteral("rhs"), QStringLiteral("Separate right-hand-side relations.")},
        {QStringLiteral("threads"), QStringLiteral("Threads."), QStringLiteral("n"),
         QStringLiteral("2")},
        {QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("n"),
         QStringLiteral("3")},
        {QStringLiteral("peer-queries"), QStringLiteral("Queries for the peer."),
         QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("n"),
         QStringLiteral("1")},
    });
    parser.process(app);

    try {
        QElapsedTimer timer;
        timer.start();
        const eg::Graph graph = eg::loadGraph(parser.value(QStringLiteral("data")));
        const eg::KnownTriples known({graph.train, graph.valid, graph.test});
        std::printf("data %s: %d entities, %d relations, %lld test triples; load %.2f s, "
                    "known triples %lld (%.1f MB)\n",
                    qPrintable(graph.source), graph.entityCount(), graph.relationCount(),
                    qlonglong(graph.test.size()), timer.elapsed() / 1000.0,
                    qlonglong(known.size()), known.memoryBytes() / 1e6);

        eg::Model model;
        if (parser.isSet(QStringLiteral("model"))) {
            model = modelForGraph(eg::loadModel(parser.value(QStringLiteral("model"))), graph);
        } else {
            eg::ModelSpec spec;
            const auto type = eg::parseModelType(parser.value(QStringLiteral("type")));
            if (!type)
                throw eg::Error(QStringLiteral("unknown model type"));
            spec.type = *type;
            spec.dim = parser.value(QStringLiteral("dim")).toInt();
            spec.norm = parser.value(QStringLiteral("norm")).toInt();
            spec.separateRhs = parser.isSet(QStringLiteral("rhs"));
            model = randomModel(spec, graph.entityCount(), graph.relationCount(),
                                parser.value(QStringLiteral("seed")).toULongLong());
        }
        const eg::ModelSpec &spec = model.spec;
        std::printf("model %s%s dim %d%s\n", qPrintable(eg::modelTypeName(spec.type)),
                    spec.type == eg::ModelType::TransE
                        ? (spec.norm == 1 ? " L1" : " L2")
                        : "",
                    spec.dim, spec.separateRhs ? " separate rhs" : "");

        const int threads = parser.value(QStringLiteral("threads")).toInt();
        const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
        eg::EvalOptions options;
        options.threads = threads;
        options.keepRanks = true;
        const std::span<const eg::Triple> test(graph.test);
        std::vector<double> seconds;
        eg::EvalResult result;
        for (int run = 0; run < runs; ++run) {
            const std::clock_t cpu = std::clock();
            result = eg::evaluate(model, test, &known, options);
            seconds.push_back(result.seconds);
            // Process CPU time (all threads): on a busy machine wall time includes waiting.
            std::printf("  run %d: %.3f s wall, %.3f s cpu\n", run + 1, result.seconds,
                        double(std::clock() - cpu) / CLOCKS_PER_SEC);
        }
        std::sort(seconds.begin(), seconds.end());
        const double best = seconds.front(), median = seconds[seconds.size() / 2];
        const double queries = 2.0 * double(test.size());
        std::printf("evaluate, %d threads: best %.3f s, median %.3f s, %.0f queries/s; "
                    "MRR %.4f MR %.1f H@1 %.4f H@3 %.4f H@10 %.4f\n",
                    threads, best, median, queries / median, result.overall.mrr,
                    result.overall.meanRank, result.overall.hits1, result.overall.hits3,
                    result.overall.hits10);

        const size_t subset =
            std::min(test.size(), size_t(parser.value(QStringLiteral("peer-queries")).toLong()));
        if (subset > 0) {
            timer.restart();
            const std::vector<double> peer = peerRanks(model, test.first(subset), known, 2);
            const double peerSeconds = timer.nsecsElapsed() * 1e-9;
            qint64 mismatches = 0;
            for (size_t k = 0; k < subset; ++k) {
                mismatches += peer[k] != result.headRanks[k];
                mismatches += peer[subset + k] != result.tailRanks[k];
            }
            const double peerRate = 2.0 * double(subset) / peerSeconds;
            std::printf("peer (scalar scoreVectors, 2 threads) on %zu queries: %.3f s, %.0f "
                        "queries/s, whole set extrapolated %.1f s; rank mismatches %lld\n",
                        subset, peerSeconds, peerRate, queries / peerRate,
                        qlonglong(mismatches));
            std::printf("ratio (peer time / evaluate time, per query): %.1fx\n",
                        (queries / peerRate) / median);
        }
    } catch (const eg::Error &error) {
        std::fprintf(stderr, "bench_eval: %s\n", qPrintable(error.describe()));
        return 1;
    }
    return 0;
}
