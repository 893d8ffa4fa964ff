// The numeric core of the per-profession bias: the gradient steps of the humans and the mean
// score change per profession, for every model type (see profession_bias.h for the formulas).

// GCC 12 reports -Wmaybe-uninitialized inside Eigen's AVX-512 matrix-vector packet code (a
// known false positive); the same pragma as core/embed/softmax_chunk.cpp.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "bias/bias_scorer.h"
#include "bias/parallel_blocks.h"
#include "bias/profession_bias.h"
#include "common/error.h"

#include <Eigen/Dense>
#include <cmath>

namespace eg {

namespace {

constexpr qint64 kBlock = 128; // humans per block (work item of a thread)

using MatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

void checkEntity(const Model &model, qint32 id, const char *what)
{
    if (id < 0 || id >= model.entityCount())
        throw Error(Error::tr("%1 %2 is no entity of the model (%3 entities)")
                        .arg(QLatin1String(what))
                        .arg(id)
                        .arg(model.entityCount()));
}

void checkRelation(const Model &model, qint32 id)
{
    if (id < 0 || id >= model.relationCount())
        throw Error(Error::tr("relation %1 is no relation of the model (%2 relations)")
                        .arg(id)
                        .arg(model.relationCount()));
}

// TransEDot, DistMult and ComplEx: g(h + d) - g(h) = <d, dg/dh>, dg/dh independent of h.
std::vector<double> affineChange(const Model &model, const BiasScorer &scorer,
                                 std::span<const qint32> humans, const Matrix &steps, qint32 target,
                                 std::span<const qint32> professions)
{
    const int w = model.spec.width();
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(w);
    for (Eigen::Index j = 0; j < steps.rows(); ++j)
        mean += steps.row(j).transpose().cast<double>();
    mean /= double(humans.size());
    const std::vector<float> zero(size_t(w), 0.0f);
    std::vector<float> c(static_cast<size_t>(w));
    std::vector<double> out(professions.size());
    for (size_t p = 0; p < professions.size(); ++p) {
        scorer.headGradient(zero.data(), target, model.entities.row(professions[p]).data(),
                            c.data());
        double s = 0;
        for (int i = 0; i < w; ++i)
            s += mean[i] * double(c[size_t(i)]);
        out[p] = s;
    }
    return out;
}

// TransE L2, one block of humans: sum over the block of ||u|| - ||u + d|| per profession.
void l2Block(const Model &model, std::span<const qint32> humans, const Matrix &steps,
             const MatrixD &y, const Eigen::VectorXd &yy, qint64 begin, qint64 end, double *sums)
{
    const Eigen::Index m = end - begin, w = steps.cols();
    MatrixD x(m, w);
    for (Eigen::Index j = 0; j < m; ++j)
        x.row(j) = model.entities.row(humans[size_t(begin + j)]).cast<double>();
    const MatrixD d = steps.middleRows(begin, m).cast<double>();
    const MatrixD xy = x * y.transpose(); // m x P
    const MatrixD dy = d * y.transpose();
    for (Eigen::Index j = 0; j < m; ++j) {
        const double xx = x.row(j).squaredNorm(), dd = d.row(j).squaredNorm();
        const double dx = d.row(j).dot(x.row(j));
        for (Eigen::Index p = 0; p < y.rows(); ++p) {
            const double uu = std::max(0.0, xx + yy[p] - 2.0 * xy(j, p)); // ||u||^2
            const double grow = 2.0 * (dx - dy(j, p)) + dd;               // ||u + d||^2 - ||u||^2
            const double den = std::sqrt(uu) + std::sqrt(std::max(0.0, uu + grow));
            sums[p] += den > 0.0 ? -grow / den : 0.0;
        }
    }
}

// TransE L1, one block of humans: sum over the block of sum_i |u_i| - |u_i + d_i|.
void l1Block(const Model &model, std::span<const qint32> humans, const Matrix &steps,
             const Matrix &y, qint64 begin, qint64 end, double *sums)
{
    const Eigen::Index w = steps.cols();
    Eigen::ArrayXf u(w);
    for (qint64 j = begin; j < end; ++j) {
        const Eigen::Map<const Eigen::ArrayXf> x(model.entities.row(humans[size_t(j)]).data(), w);
        const Eigen::Map<const Eigen::ArrayXf> d(steps.row(j).data(), w);
        for (Eigen::Index p = 0; p < y.rows(); ++p) {
            u = x - Eigen::Map<const Eigen::ArrayXf>(y.row(p).data(), w);
            sums[p] += double((u.abs() - (u + d).abs()).sum());
        }
    }
}

} // namespace

Matrix sensitiveSteps(const Model &model, std::span<const qint32> humans, qint32 relation,
                      qint32 valueA, std::span<const qint32> valuesB, float alpha, int threads,
                      ScoreForm form)
{
    checkRelation(model, relation);
    checkEntity(model, valueA, "value");
    if (valuesB.empty())
        throw Error(Error::tr("no value to compare the sensitive value with"));
    for (qint32 v : valuesB)
        checkEntity(model, v, "value");
    for (qint32 h : humans)
        checkEntity(model, h, "human");
    const int w = model.spec.width();
    Matrix steps(Eigen::Index(humans.size()), w);
    const BiasScorer scorer(model, form);
    const float *a = model.entities.row(valueA).data();
    Progress none;
    bias::parallelBlocks(
        qint64(humans.size()), kBlock, threads, none, 0, [&](qint64 begin, qint64 end) {
            std::vector<float> ga(static_cast<size_t>(w)), gb(static_cast<size_t>(w));
            std::vector<double> sumB(static_cast<size_t>(w));
            for (qint64 j = begin; j < end; ++j) {
                const float *h = model.entities.row(humans[size_t(j)]).data();
                scorer.headGradient(h, relation, a, ga.data());
                std::fill(sumB.begin(), sumB.end(), 0.0);
                for (qint32 v : valuesB) {
                    scorer.headGradient(h, relation, model.entities.row(v).data(), gb.data());
                    for (int i = 0; i < w; ++i)
                        sumB[size_t(i)] += gb[size_t(i)];
                }
                const double nb = double(valuesB.size());
                for (int i = 0; i < w; ++i)
                    steps(j, i) = float(double(alpha) * (ga[size_t(i)] - sumB[size_t(i)] / nb));
            }
        });
    return steps;
}

std::vector<double> meanScoreChange(const Model &model, std::span<const qint32> humans,
                                    const Matrix &steps, qint32 target,
                                    std::span<const qint32> professions, int threads,
                                    Progress &progress, qint64 progressBase, ScoreForm form)
{
    checkRelation(model, target);
    for (qint32 p : professions)
        checkEntity(model, p, "profession");
    for (qint32 h : humans)
        checkEntity(model, h, "human");
    const int w = model.spec.width();
    if (steps.rows() != Eigen::Index(humans.size()) || steps.cols() != w)
        throw Error(Error::tr("the steps matrix is %1 x %2, expected %3 x %4")
                        .arg(steps.rows())
                        .arg(steps.cols())
                        .arg(humans.size())
                        .arg(w));
    const qint64 n = qint64(humans.size());
    const size_t np = professions.size();
    if (n == 0)
        return std::vector<double>(np, 0.0);
    const BiasScorer scorer(model, form);
    if (scorer.affineInHead()) {
        std::vector<double> out = affineChange(model, scorer, humans, steps, target, professions);
        progress.report(progressBase + n);
        return out;
    }

    // y_p = e_p - r_p, so that u = e_j + r_p - e_p = e_j - y_p.
    const Eigen::Map<const Eigen::RowVectorXf> r(scorer.relation(target), w);
    Matrix y(Eigen::Index(np), w);
    for (size_t p = 0; p < np; ++p)
        y.row(Eigen::Index(p)) = model.entities.row(professions[p]) - r;
    const MatrixD yd = y.cast<double>();
    const Eigen::VectorXd yy = yd.rowwise().squaredNorm();

    const qint64 blocks = (n + kBlock - 1) / kBlock;
    std::vector<double> partial(size_t(blocks) * np, 0.0);
    const bool l2 = model.spec.norm != 1; // as scoreVectors: anything but 1 is L2
    bias::parallelBlocks(n, kBlock, threads, progress, progressBase, [&](qint64 begin, qint64 end) {
        double *sums = partial.data() + size_t(begin / kBlock) * np;
        if (l2)
            l2Block(model, humans, steps, yd, yy, begin, end, sums);
        else
            l1Block(model, humans, steps, y, begin, end, sums);
    });
    std::vector<double> out(np, 0.0);
    for (qint64 b = 0; b < blocks; ++b)
        for (size_t p = 0; p < np; ++p)
            out[p] += partial[size_t(b) * np + p];
    for (double &v : out)
        v /= double(n);
    return out;
}

} // namespace eg
