#include "interop/streaming_bias.h"

#include "bias/parallel_blocks.h"
#include "common/error.h"

#include <QThread>
#include <algorithm>

namespace eg {

namespace {

constexpr qint64 kBlock = 256; // humans per deterministic partial sum

void checkIds(std::span<const qint32> ids, qint64 limit, const char *what) {
    for (qint32 id : ids)
        if (id < 0 || id >= limit)
            throw Error(Error::tr("%1 id %2 is outside 0..%3")
                            .arg(QLatin1String(what))
                            .arg(id)
                            .arg(limit - 1));
}

Matrix fetch(const RowSource &rows, std::span<const qint32> ids) {
    std::vector<size_t> index(ids.size());
    for (size_t i = 0; i < index.size(); ++i)
        index[i] = i;
    std::sort(index.begin(), index.end(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
    std::vector<qint64> sorted(ids.size());
    for (size_t i = 0; i < index.size(); ++i)
        sorted[i] = ids[index[i]];
    Matrix tmp(qint64(ids.size()), rows.cols());
    rows.gather(sorted, tmp.data());
    Matrix out(qint64(ids.size()), rows.cols());
    for (size_t i = 0; i < index.size(); ++i)
        out.row(qint64(index[i])) = tmp.row(qint64(i));
    return out;
}

} // namespace

std::vector<double> streamingProfessionBias(const VectorScorer &scorer, const RowSource &rows,
                                            std::span<const qint32> humans, qint32 sensitive,
                                            qint32 valueA, std::span<const qint32> valuesB,
                                            qint32 target, std::span<const qint32> professions,
                                            const StreamingBiasOptions &options, Progress &report,
                                            qint64 progressBase) {
    const int w = scorer.width();
    if (rows.cols() != w)
        throw Error(Error::tr("the entity rows have %1 floats, the scorer needs %2")
                        .arg(rows.cols())
                        .arg(w));
    checkIds(humans, rows.rows(), "human");
    checkIds(professions, rows.rows(), "profession");
    checkIds(valuesB, rows.rows(), "sensitive value");
    const qint32 a1[1] = {valueA};
    checkIds(a1, rows.rows(), "sensitive value");
    const qint32 rel[2] = {sensitive, target};
    checkIds(rel, scorer.relationCount(), "relation");
    if (!std::is_sorted(humans.begin(), humans.end()))
        throw Error(Error::tr("the humans must be in increasing id order"));
    if (valuesB.empty())
        throw Error(Error::tr("no second sensitive value"));

    const Matrix valueA_row = fetch(rows, a1);
    const Matrix valueRows = fetch(rows, valuesB);
    const Matrix professionRows = fetch(rows, professions);
    const qint64 nh = qint64(humans.size());
    const size_t np = professions.size();
    const qint64 chunk = std::max<qint64>(kBlock, options.chunk / kBlock * kBlock);
    const bool affine = scorer.affineInHead();

    std::vector<double> meanStep(size_t(w), 0.0); // affine: sum of d_j
    std::vector<double> totals(np, 0.0);          // non-affine: sum of D_{j,p}
    Matrix chunkRows;
    std::vector<double> steps;
    for (qint64 c0 = 0; c0 < nh; c0 += chunk) {
        const qint64 count = std::min(chunk, nh - c0);
        const std::span<const qint32> ids = humans.subspan(size_t(c0), size_t(count));
        chunkRows.resize(count, w);
        const std::vector<qint64> ids64(ids.begin(), ids.end());
        rows.gather(ids64, chunkRows.data());
        steps.assign(size_t(count * w), 0.0);
        const qint64 blocks = (count + kBlock - 1) / kBlock;
        std::vector<double> partial(size_t(blocks) * (affine ? size_t(w) : np), 0.0);
        // Steps d_j (and, for non-affine scorers, the score changes) per block of humans.
        Progress none;
        bias::parallelBlocks(blocks, 1, options.threads, none, 0, [&](qint64 b0, qint64 b1) {
            std::vector<double> g(static_cast<size_t>(w)), gb(static_cast<size_t>(w));
            std::vector<float> moved(static_cast<size_t>(w));
            for (qint64 b = b0; b < b1; ++b) {
                double *sum = partial.data() + size_t(b) * (affine ? size_t(w) : np);
                for (qint64 j = b * kBlock; j < std::min(count, (b + 1) * kBlock); ++j) {
                    const float *e = chunkRows.row(j).data();
                    double *d = steps.data() + j * w;
                    scorer.headGradient(e, sensitive, valueA_row.row(0).data(), g.data());
                    std::fill(gb.begin(), gb.end(), 0.0);
                    for (Eigen::Index v = 0; v < valueRows.rows(); ++v) {
                        scorer.headGradient(e, sensitive, valueRows.row(v).data(), d);
                        for (int i = 0; i < w; ++i)
                            gb[size_t(i)] += d[i];
                    }
                    const double inv = 1.0 / double(valueRows.rows());
                    for (int i = 0; i < w; ++i)
                        d[i] = double(options.alpha) * (g[size_t(i)] - gb[size_t(i)] * inv);
                    if (affine) {
                        for (int i = 0; i < w; ++i)
                            sum[i] += d[i];
                        continue;
                    }
                    for (int i = 0; i < w; ++i)
                        moved[size_t(i)] = float(double(e[i]) + d[i]);
                    for (size_t p = 0; p < np; ++p) {
                        const float *t = professionRows.row(qint64(p)).data();
                        sum[p] +=
                            scorer.score(moved.data(), target, t) - scorer.score(e, target, t);
                    }
                }
            }
        });
        for (qint64 b = 0; b < blocks; ++b) {
            const double *sum = partial.data() + size_t(b) * (affine ? size_t(w) : np);
            if (affine)
                for (int i = 0; i < w; ++i)
                    meanStep[size_t(i)] += sum[i];
            else
                for (size_t p = 0; p < np; ++p)
                    totals[p] += sum[p];
        }
        report.report(progressBase + c0 + count);
    }
    std::vector<double> out(np, 0.0);
    if (nh == 0)
        return out;
    if (affine) {
        // dg/dh does not depend on h: take it at h = 0.
        const std::vector<float> zero(size_t(w), 0.f);
        std::vector<double> grad(static_cast<size_t>(w));
        for (size_t p = 0; p < np; ++p) {
            scorer.headGradient(zero.data(), target, professionRows.row(qint64(p)).data(),
                                grad.data());
            double dot = 0.0;
            for (int i = 0; i < w; ++i)
                dot += grad[size_t(i)] * meanStep[size_t(i)];
            out[p] = dot / double(nh);
        }
    } else {
        for (size_t p = 0; p < np; ++p)
            out[p] = totals[p] / double(nh);
    }
    report.report(progressBase + 2 * nh);
    return out;
}

ProfessionBiasResult professionBiasOperator(const OperatorModel &model, const Graph &graph,
                                            const ProfessionBiasOptions &options,
                                            const ProgressFn &progress) {
    model.validate();
    if (model.entityCount() != graph.entityCount() ||
        model.relationCount() != graph.relationCount())
        throw Error(Error::tr("the model (%1 entities, %2 relations) does not fit the graph "
                              "(%3, %4): match keys first")
                        .arg(model.entityCount())
                        .arg(model.relationCount())
                        .arg(graph.entityCount())
                        .arg(graph.relationCount()));
    const OperatorVectorScorer scorer(
        model, options.form == ScoreForm::TailPrediction ? ScoreSide::Tail : ScoreSide::Head);
    const TableRows rows(model.entities);
    StreamingBiasOptions streaming;
    streaming.alpha = options.alpha;
    streaming.threads = options.threads;
    const auto measure = [&](std::span<const qint32> humans, std::span<const qint32> valuesB,
                             std::span<const qint32> professions, Progress &report) {
        return streamingProfessionBias(scorer, rows, humans, options.sensitiveRelation,
                                       options.valueA, valuesB, options.targetRelation, professions,
                                       streaming, report, 0);
    };
    return professionBiasWith(graph, options, measure, progress);
}

} // namespace eg
