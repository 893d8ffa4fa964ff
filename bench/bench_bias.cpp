// Bias measures on FB15k (core/bias): the figures of the PyTorch-BigGraph TransE checkpoint in
// ../shared/data/pbg-fb15k-transe (difference in scores, per-profession B_p and its Spearman
// correlation with the data, probe accuracy), the sensitive-relation mirrors, and the speed of
// the full B_p table (every person with a gender triple x every profession) against a naive
// per-(person, profession) loop of eg::scoreVectors calls, for the dot form (the checkpoint,
// or a random model when HDF5 is unavailable) and random TransE L1 / L2 models.
//
//   bench_bias [--data DIR] [--pbg DIR] [--threads 2] [--runs 5] [--dim 200] [--no-probe]
//
// Defaults: ../shared/data/fb15k and ../shared/data/pbg-fb15k-transe.

#include "bias/filter.h"
#include "bias/labels.h"
#include "bias/probe.h"
#include "bias/profession_bias.h"
#include "bias/score_difference.h"
#include "common/error.h"
#include "embed/rng.h"
#include "kg/loader.h"
#include "pbg_checkpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace eg;

namespace {

Model randomModel(const ModelSpec &spec, const Graph &graph, quint64 seed)
{
    Model model;
    model.spec = spec;
    Rng rng(seed);
    const float scale = 1.0f / std::sqrt(float(spec.dim));
    auto fill = [&](Matrix &m, qint64 rows) {
        m.resize(rows, spec.width());
        for (qint64 i = 0; i < m.size(); ++i)
            m.data()[i] = (2.0f * rng.uniform() - 1.0f) * scale;
    };
    fill(model.entities, graph.entityCount());
    fill(model.relations, graph.relationCount());
    return model;
}

// The peer: for each human the gradient step, then one pair of scoreVectors calls per
// profession; one thread.
std::vector<double> naiveBias(const Model &model, const std::vector<qint32> &humans,
                              const ProfessionBiasOptions &o,
                              const std::vector<qint32> &professions)
{
    const ModelSpec &s = model.spec;
    const int w = s.width();
    std::vector<float> ga(static_cast<size_t>(w)), gb(static_cast<size_t>(w)),
        moved(static_cast<size_t>(w));
    std::vector<double> sums(professions.size(), 0.0);
    const float *rs = model.relations.row(o.sensitiveRelation).data();
    const float *rp = model.relations.row(o.targetRelation).data();
    for (qint32 j : humans) {
        const float *e = model.entities.row(j).data();
        headGradient(s, e, rs, model.entities.row(o.valueA).data(), ga.data());
        headGradient(s, e, rs, model.entities.row(o.valueB).data(), gb.data());
        for (int i = 0; i < w; ++i)
            moved[size_t(i)] = e[i] + o.alpha * (ga[size_t(i)] - gb[size_t(i)]);
        for (size_t p = 0; p < professions.size(); ++p) {
            const float *t = model.entities.row(professions[p]).data();
            sums[p] += double(scoreVectors(s, moved.data(), rp, t)) - scoreVectors(s, e, rp, t);
        }
    }
    for (double &v : sums)
        v /= double(humans.size());
    return sums;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void printRows(const Graph &graph, const std::vector<ProfessionBias> &rows)
{
    for (const ProfessionBias &r : rows)
        std::printf("    %+.4f  %-28s C_male %5lld  C_female %5lld  log-ratio %+.2f\n", r.bias,
                    qPrintable(graph.entityLabel(r.profession).left(28)), qlonglong(r.countA),
                    qlonglong(r.countB), r.dataLogRatio);
}

void figures(const Model &model, const Graph &graph, const ProfessionBiasOptions &base, bool probe)
{
    for (ScoreForm form : {ScoreForm::TailPrediction, ScoreForm::HeadPrediction}) {
        std::printf("\n=== score form: %s prediction (%s) ===\n", qPrintable(scoreFormName(form)),
                    form == ScoreForm::TailPrediction ? "<h + T_lhs, t>, the engine's g"
                                                      : "<h, t + T_rhs>, PBG's edge score");
        std::printf("Difference in scores (true value minus mean of the false top-30 values, "
                    "humans with the triple in train):\n");
        for (const char *name :
             {"person/gender", "person/religion", "person/ethnicity", "person/nationality"}) {
            ScoreDifferenceOptions o;
            o.relation = findRelation(graph, QLatin1String(name));
            o.form = form;
            const ScoreDifferenceResult r = scoreDifference(model, graph, o);
            std::printf("  %-20s %.3f over %lld humans (%lld skipped, %zu values)\n", name, r.mean,
                        qlonglong(r.humans), qlonglong(r.skipped), r.values.size());
        }
        for (unsigned counts : {unsigned(SplitTrain), unsigned(SplitAll)}) {
            ProfessionBiasOptions o = base;
            o.countSplits = counts;
            o.form = form;
            const ProfessionBiasResult r = professionBias(model, graph, o);
            std::printf("B_p (alpha %.3g, male vs female), %lld humans (gender in %s); counts "
                        "in %s: %zu professions, %lld with >= %lld gendered people; Spearman "
                        "with the data log-ratio %.3f; %.3f s\n",
                        double(o.alpha), qlonglong(r.humans),
                        qPrintable(splitSetName(o.humanSplits)), qPrintable(splitSetName(counts)),
                        r.rows.size(), qlonglong(r.kept), qlonglong(o.minPeople), r.spearman,
                        r.seconds);
            if (counts != SplitTrain)
                continue;
            std::printf("  most male:\n");
            printRows(graph, mostBiased(r, 5, true));
            std::printf("  most female:\n");
            printRows(graph, mostBiased(r, 5, false));
        }
    }

    if (probe) {
        std::printf("\nProbe (300 ReLU units, Adam, 80/20 split by person, seed 1):\n");
        for (const char *name :
             {"person/gender", "person/religion", "person/ethnicity", "person/nationality"}) {
            ProbeOptions o;
            o.relation = findRelation(graph, QLatin1String(name));
            const ProbeResult r = probeAccuracy(model, graph, o);
            std::printf("  %-20s accuracy %.3f, most-frequent class %.3f (%lld held out, %zu "
                        "classes, best epoch %d of %d, %.1f s)\n",
                        name, r.accuracy, r.majorityRate, qlonglong(r.testHumans), r.classes.size(),
                        r.bestEpoch, r.epochs, r.seconds);
        }
    }
}

void mirrors(const Graph &graph)
{
    FilterOptions o;
    for (const char *name : {"person/gender", "person/profession", "person/religion",
                             "person/ethnicity", "person/nationality"})
        o.relations.push_back(findRelation(graph, QLatin1String(name)));
    QElapsedTimer timer;
    timer.start();
    FilterReport report;
    const Graph filtered = filterSensitive(graph, o, &report);
    std::printf("\nFiltered data set (%.3f s): %lld valid and %lld test triples removed; "
                "%zu / %zu valid / test left\n",
                timer.nsecsElapsed() * 1e-9, qlonglong(report.removed(1)),
                qlonglong(report.removed(2)), filtered.valid.size(), filtered.test.size());
    for (const FilterReport::Entry &e : report.entries)
        std::printf("  %-48s valid %5lld  test %5lld%s%s\n",
                    qPrintable(graph.relations.keyString(e.relation)), qlonglong(e.removed[1]),
                    qlonglong(e.removed[2]), e.mirrorOf >= 0 ? "  mirror of " : "",
                    e.mirrorOf >= 0 ? qPrintable(graph.relations.keyString(e.mirrorOf)) : "");
}

void timing(const char *what, const Model &model, const Graph &graph, ProfessionBiasOptions o,
            int threads, int runs)
{
    o.humanSplits = SplitAll;
    o.countSplits = SplitAll;
    std::vector<double> one, many;
    ProfessionBiasResult result;
    for (int run = 0; run < runs; ++run) {
        o.threads = 1;
        result = professionBias(model, graph, o);
        one.push_back(result.seconds);
        o.threads = threads;
        result = professionBias(model, graph, o);
        many.push_back(result.seconds);
    }
    const std::vector<qint32> humans = relationHeads(graph, o.sensitiveRelation, o.humanSplits);
    std::vector<qint32> professions;
    for (const ProfessionBias &r : result.rows)
        professions.push_back(r.profession);
    QElapsedTimer timer;
    timer.start();
    const std::vector<double> peer = naiveBias(model, humans, o, professions);
    const double peerSeconds = timer.nsecsElapsed() * 1e-9;
    double worst = 0, scale = 0;
    for (size_t p = 0; p < professions.size(); ++p) {
        worst = std::max(worst, std::abs(peer[p] - result.rows[p].bias));
        scale = std::max(scale, std::abs(peer[p]));
    }
    std::printf("  %-22s %lld x %zu: 1 thread %.4f s, %d threads %.4f s (median of %d); naive "
                "loop %.3f s -> %.0fx (1 thread) / %.0fx; max |difference| %.2g (max |B_p| "
                "%.2g)\n",
                what, qlonglong(humans.size()), professions.size(), median(one), threads,
                median(many), runs, peerSeconds, peerSeconds / median(one),
                peerSeconds / median(many), worst, scale);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("FB15k folder."), QStringLiteral("dir"),
         QStringLiteral(EG_DEFAULT_SHARED_DATA "/fb15k")},
        {QStringLiteral("pbg"), QStringLiteral("PyTorch-BigGraph checkpoint folder."),
         QStringLiteral("dir"), QStringLiteral(EG_DEFAULT_SHARED_DATA "/pbg-fb15k-transe")},
        {QStringLiteral("threads"), QStringLiteral("Threads."), QStringLiteral("n"),
         QStringLiteral("2")},
        {QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("n"),
         QStringLiteral("5")},
        {QStringLiteral("dim"), QStringLiteral("Dimension of the random models."),
         QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("no-probe"), QStringLiteral("Skip the probe.")},
    });
    parser.process(app);
    try {
        QElapsedTimer timer;
        timer.start();
        Graph graph = loadGraph(parser.value(QStringLiteral("data")));
        const FreebaseLabelStats labels =
            loadFreebaseLabels(graph, parser.value(QStringLiteral("data")));
        std::printf("data %s: %d entities, %d relations; %lld labels (%lld from Wikidata); "
                    "%.2f s\n",
                    qPrintable(graph.source), graph.entityCount(), graph.relationCount(),
                    qlonglong(graph.entityCount() - labels.missing), qlonglong(labels.fromWikidata),
                    timer.nsecsElapsed() * 1e-9);

        ProfessionBiasOptions base;
        base.sensitiveRelation = findRelation(graph, QStringLiteral("person/gender"));
        base.targetRelation = findRelation(graph, QStringLiteral("person/profession"));
        base.valueA = graph.entities.find(QStringLiteral("/m/05zppz")); // male
        base.valueB = graph.entities.find(QStringLiteral("/m/02zsn"));  // female
        if (base.sensitiveRelation < 0 || base.targetRelation < 0 || base.valueA < 0 ||
            base.valueB < 0)
            throw Error(QStringLiteral("not FB15k: gender, profession, male or female missing"));

        const QString pbg = parser.value(QStringLiteral("pbg"));
        Model dot;
        if (bench::pbgSupported() && QFileInfo::exists(pbg)) {
            timer.restart();
            dot = bench::loadPbgCheckpoint(pbg, graph);
            std::printf("model: PyTorch-BigGraph TransE (translation + dot) from %s, dim %d; "
                        "%.2f s\n",
                        qPrintable(pbg), dot.spec.dim, timer.nsecsElapsed() * 1e-9);
            figures(dot, graph, base, !parser.isSet(QStringLiteral("no-probe")));
        } else {
            std::printf("model: no checkpoint (HDF5 support %s, %s %s); timing a random model\n",
                        bench::pbgSupported() ? "built" : "not built", qPrintable(pbg),
                        QFileInfo::exists(pbg) ? "exists" : "absent");
        }
        mirrors(graph);

        const int threads = std::max(1, parser.value(QStringLiteral("threads")).toInt());
        const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
        const int dim = parser.value(QStringLiteral("dim")).toInt();
        std::printf("\nB_p table, every person with a gender triple x every profession (all "
                    "splits):\n");
        ModelSpec spec;
        spec.dim = dim;
        spec.type = ModelType::TransEDot;
        timing(dot.entityCount() > 0 ? "transe-dot (checkpoint)" : "transe-dot (random)",
               dot.entityCount() > 0 ? dot : randomModel(spec, graph, 1), graph, base, threads,
               runs);
        spec.type = ModelType::TransE;
        spec.norm = 1;
        timing("transe L1 (random)", randomModel(spec, graph, 2), graph, base, threads, runs);
        spec.norm = 2;
        timing("transe L2 (random)", randomModel(spec, graph, 3), graph, base, threads, runs);
        spec.type = ModelType::DistMult;
        timing("distmult (random)", randomModel(spec, graph, 4), graph, base, threads, runs);
    } catch (const Error &error) {
        std::fprintf(stderr, "bench_bias: %s\n", qPrintable(error.describe()));
        return 1;
    }
    return 0;
}
