// Loading a knowledge graph: triples per second, wall seconds and memory of eg::loadGraph from
// a warm file cache, against a naive peer in the same process (QTextStream::readLine,
// QString::split and QHash), plus the time to build the adjacency index and relation stats.
//
//   bench_load [data-folder ...] [--runs 5]
//
// Default folders: ../shared/data/fb15k and ../shared/data/fb15k-237 (TSV train/valid/test).

#include "common/error.h"
#include "kg/adjacency.h"
#include "kg/loader.h"
#include "kg/relation_stats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

// The peer: what a straightforward Qt loader looks like. Returns the number of triples.
qint64 naiveLoad(const QString &folder, QHash<QString, int> &entities,
                 QHash<QString, int> &relations, std::vector<eg::Triple> &triples)
{
    for (const char *name : {"train.txt", "valid.txt", "test.txt"}) {
        QFile file(folder + QLatin1Char('/') + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QStringList fields = in.readLine().split(QLatin1Char('\t'));
            if (fields.size() != 3)
                continue;
            int h = entities.value(fields[0], -1);
            if (h < 0)
                entities.insert(fields[0], h = int(entities.size()));
            int r = relations.value(fields[1], -1);
            if (r < 0)
                relations.insert(fields[1], r = int(relations.size()));
            int t = entities.value(fields[2], -1);
            if (t < 0)
                entities.insert(fields[2], t = int(entities.size()));
            triples.push_back({h, r, t});
        }
    }
    return qint64(triples.size());
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Median wall and CPU seconds of `runs` runs of `work`, after one warm-up run. The machine is
// shared: CPU seconds of this thread are the steadier figure when others are busy.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing timeRuns(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuSeconds();
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) * 1e-9);
        cpu.push_back(threadCpuSeconds() - cpuStart);
    }
    return {median(wall), median(cpu)};
}

void benchFolder(const QString &folder, int runs)
{
    std::printf("== %s\n", qPrintable(QDir::cleanPath(folder)));
    eg::Graph graph;
    eg::LoadReport report;
    const Timing ours = timeRuns(runs, [&] { graph = eg::loadGraph(folder, {}, {}, &report); });
    const qint64 triples = graph.tripleCount();
    std::printf("format %s, %lld triples, %d entities, %d relations, %.1f MB of files\n",
                qPrintable(eg::graphFormatName(report.format)), static_cast<long long>(triples),
                graph.entityCount(), graph.relationCount(), double(report.bytes) / 1e6);
    const auto line = [&](const char *what, const Timing &t) {
        std::printf("%-14s wall %7.4f s (%5.2f M triples/s)   cpu %7.4f s (%5.2f M triples/s, "
                    "%6.1f MB/s)\n",
                    what, t.wall, double(triples) / t.wall / 1e6, t.cpu,
                    double(triples) / t.cpu / 1e6, double(report.bytes) / t.cpu / 1e6);
    };
    line("eg::loadGraph", ours);
    std::printf("graph memory %.1f MB (vocabularies %.2f MB)\n", double(graph.memoryBytes()) / 1e6,
                double(graph.entities.memoryBytes() + graph.relations.memoryBytes()) / 1e6);

    if (report.format == eg::GraphFormat::TsvFolder) {
        qint64 peerTriples = 0;
        const Timing peer = timeRuns(qMax(1, runs / 2), [&] {
            QHash<QString, int> entities;
            QHash<QString, int> relations;
            std::vector<eg::Triple> list;
            peerTriples = naiveLoad(folder, entities, relations, list);
        });
        line("naive peer", peer);
        if (peerTriples != triples)
            std::printf("(the peer read %lld triples)\n", static_cast<long long>(peerTriples));
        std::printf("speed-up over the peer: %.1fx wall, %.1fx cpu\n", peer.wall / ours.wall,
                    peer.cpu / ours.cpu);
    } else {
        std::printf("(no peer for this format)\n");
    }

    eg::Adjacency adjacency;
    eg::RelationStats stats;
    const Timing index = timeRuns(runs, [&] {
        adjacency = eg::Adjacency(graph.train, graph.entityCount());
        stats = eg::RelationStats(adjacency, graph.relationCount());
    });
    std::printf("adjacency + relation stats of train: wall %.4f s, cpu %.4f s, %.1f MB + %.3f MB\n",
                index.wall, index.cpu, double(adjacency.memoryBytes()) / 1e6,
                double(stats.memoryBytes()) / 1e6);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Knowledge-graph loading benchmark"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folders"),
                                 QStringLiteral("Graph folders (default: fb15k, fb15k-237)"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"),
                                     QStringLiteral("Timed runs after one warm-up (median)"),
                                     QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(runsOpt);
    parser.process(app);

    QStringList folders = parser.positionalArguments();
    if (folders.isEmpty()) {
        folders = {QStringLiteral(EG_DEFAULT_SHARED_DATA "/fb15k"),
                   QStringLiteral(EG_DEFAULT_SHARED_DATA "/fb15k-237")};
    }
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    try {
        for (const QString &folder : folders)
            benchFolder(folder, runs);
    } catch (const eg::Error &error) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error.describe()));
        return 1;
    }
    return 0;
}
