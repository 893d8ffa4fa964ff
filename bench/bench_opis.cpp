// OPIS and eps-OPIS of labelled embeddings: wall seconds of core/threshold (blockwise pair
// histograms on N threads + curves, calibration range, OPIS, eps-OPIS, all from one pass),
// against the brute-force definitions of tests/threshold/brute_force_opis.h (every pair's
// distance in double, sorted per class, rates by counting) in the same process. The peer is
// quadratic in time and memory, so both run on a subset of --peer-n items and the ratio is
// taken there; the full-size engine time is the figure checked against the 1 s bar.
//
//   bench_opis [--n 10000] [--dim 64] [--classes 10] [--threads 2] [--bins 4096]
//              [--runs 3] [--peer-n 2000] [--seed 1]
//
// Data: seeded Gaussian clusters, one random unit centre per class and a per-class spread
// between 0.8 and 2.0 (noise norm), so the classes' curves differ.

#include "brute_force_opis.h"
#include "common/error.h"
#include "embed/rng.h"
#include "threshold/opis.h"
#include "threshold/retrieval.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

struct Data
{
    eg::Matrix embeddings;
    std::vector<qint32> labels;
};

double normal(eg::Rng &rng)
{
    const double u = std::max(rng.uniformDouble(), 1e-300);
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * rng.uniformDouble());
}

Data clusters(int n, int dim, int classes, quint64 seed)
{
    eg::Rng rng(seed);
    eg::Matrix centres(classes, dim);
    std::vector<double> spread(static_cast<size_t>(classes));
    for (int c = 0; c < classes; ++c) {
        for (int k = 0; k < dim; ++k)
            centres(c, k) = float(normal(rng));
        centres.row(c).normalize();
        spread[size_t(c)] = 0.8 + 1.2 * rng.uniformDouble();
    }
    Data data;
    data.embeddings.resize(n, dim);
    for (int i = 0; i < n; ++i) {
        const int c = i % classes;
        data.labels.push_back(c);
        for (int k = 0; k < dim; ++k)
            data.embeddings(i, k) =
                centres(c, k) + float(spread[size_t(c)] * normal(rng) / std::sqrt(double(dim)));
    }
    return data;
}

struct Figures
{
    double opis = 0.0, epsOpis = 0.0, seconds = 0.0, cpuSeconds = 0.0;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Figures engine(const Data &data, int threads, int bins, int runs)
{
    eg::PairHistogramOptions histogramOptions;
    histogramOptions.threads = threads;
    histogramOptions.bins = bins;
    std::vector<double> seconds, cpuSeconds;
    eg::OpisResult result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        result = eg::computeOpis(data.embeddings, data.labels, histogramOptions);
        cpuSeconds.push_back(double(std::clock() - cpu) / CLOCKS_PER_SEC);
        seconds.push_back(timer.nsecsElapsed() / 1e9);
    }
    return {result.opis, result.epsOpis, median(seconds), median(cpuSeconds)};
}

Figures peer(const Data &data)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    const eg::OpisOptions defaults;
    const auto pairs =
        eg::test::brute::allPairs(data.embeddings, data.labels, eg::DistanceKind::L2Normalised);
    const double low = eg::test::brute::farQuantile(pairs.allNegative, defaults.farLow);
    const double high = eg::test::brute::farQuantile(pairs.allNegative, defaults.farHigh);
    const auto opis =
        eg::test::brute::opis(pairs, eg::evenlySpaced(low, high, defaults.thresholds),
                              defaults.utility.beta, defaults.utility.pooled, defaults.epsilon);
    return {opis.opis, opis.epsOpis, timer.nsecsElapsed() / 1e9,
            double(std::clock() - cpu) / CLOCKS_PER_SEC};
}

Data firstRows(const Data &data, int n)
{
    Data subset;
    subset.embeddings = data.embeddings.topRows(n);
    subset.labels.assign(data.labels.begin(), data.labels.begin() + n);
    return subset;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    auto option = [&](const char *name, const char *help, const char *value) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("n"),
                          QString::fromLatin1(value)});
    };
    option("n", "Items.", "10000");
    option("dim", "Embedding dimension.", "64");
    option("classes", "Classes.", "10");
    option("threads", "Engine threads.", "2");
    option("bins", "Histogram bins.", "4096");
    option("runs", "Timed engine runs (median reported).", "3");
    option("peer-n", "Items for the brute-force comparison.", "2000");
    option("seed", "Seed.", "1");
    parser.process(app);
    auto value = [&](const char *name) {
        return parser.value(QString::fromLatin1(name)).toInt();
    };

    try {
        const int n = value("n"), dim = value("dim"), classes = value("classes");
        const int threads = value("threads"), bins = value("bins");
        const int runs = std::max(1, value("runs"));
        const int peerN = std::clamp(value("peer-n"), 2 * classes, n);
        const Data data = clusters(n, dim, classes, quint64(value("seed")));
        std::printf("data: %d items, dim %d, %d classes (Gaussian clusters, seed %d); "
                    "%d threads, %d bins\n",
                    n, dim, classes, value("seed"), threads, bins);

        const Figures full = engine(data, threads, bins, runs);
        std::printf("engine, all %d items: OPIS %.6f  eps-OPIS %.6f\n"
                    "  wall %.3f s, CPU %.3f s (medians of %d runs): %s\n"
                    "  (on a busy machine the wall time includes waiting; CPU / threads is the "
                    "wall time an idle machine would give)\n",
                    n, full.opis, full.epsOpis, full.seconds, full.cpuSeconds, runs,
                    full.seconds < 1.0 ? "under 1 s" : "OVER 1 s");

        const Data subset = firstRows(data, peerN);
        const Figures ours = engine(subset, threads, bins, runs);
        const Figures slow = peer(subset);
        std::printf("subset of %d items:\n", peerN);
        std::printf("  engine      OPIS %.6f  eps-OPIS %.6f  wall %.4f s  CPU %.4f s\n", ours.opis,
                    ours.epsOpis, ours.seconds, ours.cpuSeconds);
        std::printf("  brute force OPIS %.6f  eps-OPIS %.6f  wall %.4f s  CPU %.4f s "
                    "(1 thread, double)\n",
                    slow.opis, slow.epsOpis, slow.seconds, slow.cpuSeconds);
        const double scale = (double(n) / peerN) * (double(n) / peerN);
        std::printf("  ratio brute / engine: wall %.1fx, CPU %.1fx; brute force scaled to %d "
                    "items (n^2): wall %.1f s\n",
                    slow.seconds / ours.seconds, slow.cpuSeconds / ours.cpuSeconds, n,
                    slow.seconds * scale);

        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        eg::RetrievalOptions retrievalOptions;
        retrievalOptions.threads = threads;
        const eg::RetrievalResult retrieval =
            eg::retrievalMetrics(data.embeddings, data.labels, retrievalOptions);
        std::printf("retrieval, all %d items: Recall@1 %.4f  MAP@R %.4f  wall %.3f s  CPU %.3f s\n",
                    n, retrieval.recallAt1, retrieval.mapAtR, timer.nsecsElapsed() / 1e9,
                    double(std::clock() - cpu) / CLOCKS_PER_SEC);
    } catch (const eg::Error &error) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error.describe()));
        return 1;
    }
    return 0;
}
