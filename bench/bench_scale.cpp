// Out-of-core analysis at Wikidata-like scale on synthetic data: a memory-mapped entity table
// (default 5M x 200 float32 = 4 GB, written to a temporary .npy and deleted afterwards), 1M
// people with a gender, 1000 professions. Measures: opening (mapping) the table, the
// per-profession bias B_p streamed over all people (PBG's translation + dot form, affine), a
// non-affine B_p (TransE L2) on a subset for the per-pair rate, and sampled-candidate link
// prediction; prints the process's resident memory split into anonymous (our own) and
// file-backed (pages of the mapped table) from /proc/self/status. Not part of CI: run by hand
// under /usr/bin/time -v (docs/benchmarks.md, "Out of core").
//   bench_scale [--entities 5000000] [--dim 200] [--people 1000000] [--professions 1000]
//               [--threads 2] [--dir /tmp] [--keep]
#include "common/error.h"
#include "interop/mapped_embeddings.h"
#include "interop/operator_ranking.h"
#include "interop/streaming_bias.h"
#include "jobs/progress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <random>

using namespace eg;

namespace {

// "RssAnon: 123 kB" lines of /proc/self/status, in MB.
double statusMb(const char *field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').first().toDouble() /
                   1024.0;
    return -1;
}

void printMemory(const char *when) {
    std::printf("  memory %-28s RssAnon %8.1f MB  RssFile %8.1f MB  VmHWM %8.1f MB\n", when,
                statusMb("RssAnon:"), statusMb("RssFile:"), statusMb("VmHWM:"));
}

// Writes rows x dim float32 N(0, 0.1)-ish values (a fast xorshift, 4 values per draw) as .npy,
// in blocks of 4096 rows, without holding the matrix.
void writeSynthetic(const QString &path, qint64 rows, int dim) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot create the file"), path);
    QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
                        QByteArray::number(rows) + ", " + QByteArray::number(dim) + "), }";
    const qsizetype total = ((10 + header.size() + 1 + 63) / 64) * 64;
    header += QByteArray(total - 10 - header.size() - 1, ' ') + '\n';
    QByteArray prefix("\x93NUMPY\x01\x00", 8);
    const quint16 len = quint16(header.size());
    prefix.append(char(len & 0xff)).append(char(len >> 8));
    f.write(prefix + header);
    quint64 s = 0x9E3779B97F4A7C15ull;
    std::vector<float> block(size_t(4096) * size_t(dim));
    for (qint64 r0 = 0; r0 < rows; r0 += 4096) {
        const qint64 n = std::min<qint64>(4096, rows - r0);
        for (size_t i = 0; i < size_t(n) * size_t(dim); ++i) {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            block[i] = float(qint32(s >> 32)) * (0.1f / 2147483648.f);
        }
        if (f.write(reinterpret_cast<const char *>(block.data()),
                    qint64(n) * dim * qint64(sizeof(float))) != n * dim * qint64(sizeof(float)))
            throw Error(QStringLiteral("write failed (disk full?)"), path);
    }
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    auto option = [&](const char *name, const char *def) {
        p.addOption(
            {QLatin1String(name), QLatin1String(name), QStringLiteral("n"), QLatin1String(def)});
    };
    option("entities", "5000000");
    option("dim", "200");
    option("people", "1000000");
    option("professions", "1000");
    option("threads", "2");
    option("dir", "/tmp");
    p.addOption({QStringLiteral("keep"), QStringLiteral("keep the generated file")});
    p.process(app);
    const qint64 ne = p.value(QStringLiteral("entities")).toLongLong();
    const int dim = p.value(QStringLiteral("dim")).toInt();
    const qint64 people = p.value(QStringLiteral("people")).toLongLong();
    const qint32 professions = p.value(QStringLiteral("professions")).toInt();
    const int threads = p.value(QStringLiteral("threads")).toInt();
    const QString path =
        QDir(p.value(QStringLiteral("dir")))
            .filePath(
                QStringLiteral("eg_bench_scale_%1.npy").arg(QCoreApplication::applicationPid()));
    try {
        QElapsedTimer t;
        std::printf("bench_scale: %lld entities x %d dims (%.2f GB), %lld people, %d professions, "
                    "%d threads\n",
                    ne, dim, double(ne) * dim * 4 / 1e9, people, professions, threads);
        t.start();
        writeSynthetic(path, ne, dim);
        std::printf("  generate %.1f s (%s)\n", t.nsecsElapsed() * 1e-9, qPrintable(path));
        printMemory("after generating");

        t.restart();
        const RowTable table = mapNpy(path);
        std::printf("  open (map) %.3f s: %lld x %d\n", t.nsecsElapsed() * 1e-9, table.rows(),
                    table.cols());
        printMemory("after open");

        // Relations 0 gender, 1 profession; PBG's translation + dot (TransEDot), tail form.
        std::mt19937 rng(1);
        std::normal_distribution<float> n01(0.f, 0.1f);
        Matrix relations(2, dim);
        for (qint64 i = 0; i < relations.size(); ++i)
            relations.data()[i] = n01(rng);
        ModelSpec spec;
        spec.type = ModelType::TransEDot;
        spec.dim = dim;
        const EngineVectorScorer dot(spec, relations, Matrix(), ScoreForm::TailPrediction);
        // People: every (ne / people)-th entity from 10000 on (spread over the whole file);
        // male = entity 0, female = 1; professions = entities 2 .. 2 + professions.
        std::vector<qint32> humans;
        const qint64 stride = std::max<qint64>(1, (ne - 10000) / people);
        for (qint64 i = 0; i < people; ++i)
            humans.push_back(qint32(10000 + i * stride));
        std::vector<qint32> jobs;
        for (qint32 i = 0; i < professions; ++i)
            jobs.push_back(2 + i);
        const std::vector<qint32> female = {1};
        const TableRows rows(table);
        StreamingBiasOptions o;
        o.threads = threads;
        // Peak anonymous memory, sampled after every chunk of people.
        double peakAnon = 0;
        Progress none, sampling(
                           [&](qint64, qint64) {
                               peakAnon = std::max(peakAnon, statusMb("RssAnon:"));
                               return true;
                           },
                           2 * people);
        t.restart();
        const std::vector<double> b =
            streamingProfessionBias(dot, rows, humans, 0, 0, female, 1, jobs, o, sampling);
        const double biasSeconds = t.nsecsElapsed() * 1e-9;
        std::printf("  B_p translation+dot, %lld people x %d professions: %.2f s (B_0 = %.3g)\n",
                    people, professions, biasSeconds, b.front());
        printMemory("after B_p (dot)");
        std::printf("  peak RssAnon during B_p (sampled per chunk): %.1f MB\n", peakAnon);

        spec.type = ModelType::TransE;
        spec.norm = 2;
        const EngineVectorScorer l2(spec, relations, Matrix(), ScoreForm::TailPrediction);
        const std::vector<qint32> few(humans.begin(),
                                      humans.begin() + std::min<qint64>(2000, people));
        t.restart();
        streamingProfessionBias(l2, rows, few, 0, 0, female, 1, jobs, o, none);
        const double l2Seconds = t.nsecsElapsed() * 1e-9;
        std::printf("  B_p TransE L2 (non-affine), %zu people x %d professions: %.2f s "
                    "(%.2f M pairs/s)\n",
                    few.size(), professions, l2Seconds,
                    double(few.size()) * professions / l2Seconds / 1e6);

        // Sampled link prediction: 2000 queries (h, 1, t) against 10000 sampled candidates.
        OperatorModel m;
        m.dim = dim;
        m.entities = table;
        m.ops.assign(2, PbgOperator::Translation);
        m.lhsParams = relations;
        m.rhsParams = Matrix::Zero(2, dim);
        std::vector<Triple> queries;
        for (int i = 0; i < 2000; ++i)
            queries.push_back(
                {humans[size_t(i) * 97 % humans.size()], 1, jobs[size_t(i) % jobs.size()]});
        OperatorEvalOptions eo;
        eo.base.filtered = false;
        eo.base.threads = threads;
        eo.sampledCandidates = 10000;
        t.restart();
        const OperatorEvalResult r = evaluateOperatorModel(m, queries, nullptr, eo);
        std::printf("  link prediction, %zu queries x 2 sides, %s: MRR %.4f, %.2f s\n",
                    queries.size(), qPrintable(r.label()), r.result.overall.mrr,
                    t.nsecsElapsed() * 1e-9);
        printMemory("at the end");
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(e.describe()));
        QFile::remove(path);
        return 1;
    }
    if (!p.isSet(QStringLiteral("keep")))
        QFile::remove(path);
    return 0;
}
