#include "align/align_model.h"

#include "align/pair_scorer.h"
#include "align/parallel.h"
#include "common/error.h"
#include "embed/rng.h"

#include <cmath>

namespace eg {

using Eigen::MatrixXf;
using Eigen::VectorXf;

ParamLayout::ParamLayout(int inputDim, int hiddenDim, int columnCount)
    : input(inputDim)
    , hidden(hiddenDim)
    , columns(columnCount) {
    qint64 at = 0;
    const auto take = [&](qint64 n) {
        const qint64 start = at;
        at += n;
        return start;
    };
    const qint64 h = hidden, d = input;
    w1s = take(h * d);
    w1f = take(h * d);
    w1i = take(h * d);
    b1 = take(2 * h);
    w2s = take(h * 2 * h);
    w2f = take(h * 2 * h);
    w2i = take(h * 2 * h);
    b2 = take(2 * h);
    att = take(2 * h * columns);
    u1 = take(2 * h);
    u2 = take(2 * h);
    uName = take(1);
    uMass = take(1);
    bias = take(1);
    total = at;
}

ParamViews::ParamViews(float *p, const ParamLayout &l)
    : w1s(p + l.w1s, l.hidden, l.input)
    , w1f(p + l.w1f, l.hidden, l.input)
    , w1i(p + l.w1i, l.hidden, l.input)
    , b1(p + l.b1, 2 * l.hidden)
    , w2s(p + l.w2s, l.hidden, 2 * l.hidden)
    , w2f(p + l.w2f, l.hidden, 2 * l.hidden)
    , w2i(p + l.w2i, l.hidden, 2 * l.hidden)
    , b2(p + l.b2, 2 * l.hidden)
    , att(p + l.att, 2 * l.hidden, l.columns)
    , u1(p + l.u1, 2 * l.hidden)
    , u2(p + l.u2, 2 * l.hidden)
    , uName(p[l.uName])
    , uMass(p[l.uMass])
    , bias(p[l.bias]) {}

void EncoderInput::aggregate() {
    meanOut = RowMatrixXf::Zero(x.rows(), x.cols());
    meanIn = RowMatrixXf::Zero(x.rows(), x.cols());
    for (qint32 g = 0; g < qint32(x.rows()); ++g) {
        const int s = side(g);
        const qint32 base = s == 0 ? 0 : offset;
        const auto list = neighbours[s](local(g));
        if (list.empty())
            continue;
        for (const Neighbour &n : list)
            (n.inverse ? meanIn : meanOut).row(g) += x.row(base + n.entity);
        meanOut.row(g) /= float(list.size());
        meanIn.row(g) /= float(list.size());
    }
}

void EncoderGrad::reset(qsizetype rows, int hidden, qint64 paramCount) {
    dzs = RowMatrixXf::Zero(rows, hidden);
    dzf = RowMatrixXf::Zero(rows, hidden);
    dzi = RowMatrixXf::Zero(rows, hidden);
    params = VectorXf::Zero(paramCount);
}

void AlignEncoder::encode(const VectorXf &params, const EncoderInput &input,
                          const std::vector<qint32> &centres, EncodedSet &out, int threads,
                          bool withNeighbours) const {
    out.ids.clear();
    out.row.clear();
    const auto add = [&](qint32 g) {
        if (out.row.emplace(g, qint32(out.ids.size())).second)
            out.ids.push_back(g);
    };
    for (const qint32 g : centres) {
        add(g);
        if (!withNeighbours)
            continue;
        const int s = input.side(g);
        const qint32 base = s == 0 ? 0 : input.offset;
        for (const Neighbour &n : input.neighbours[s](input.local(g)))
            add(base + n.entity);
    }
    const qsizetype n = qsizetype(out.ids.size()), d = input.x.cols();
    const int h = m_layout.hidden;
    out.x.resize(n, d);
    out.meanOut.resize(n, d);
    out.meanIn.resize(n, d);
    out.h1.resize(n, 2 * h);
    out.zs.resize(n, h);
    out.zf.resize(n, h);
    out.zi.resize(n, h);
    ParamViews p(const_cast<float *>(params.data()), m_layout);
    parallelSlices(n, threads, [&](int, qint64 begin, qint64 end) {
        const qsizetype rows = qsizetype(end - begin);
        for (qint64 r = begin; r < end; ++r) {
            const qint32 g = out.ids[size_t(r)];
            out.x.row(r) = input.x.row(g);
            out.meanOut.row(r) = input.meanOut.row(g);
            out.meanIn.row(r) = input.meanIn.row(g);
        }
        auto h1 = out.h1.middleRows(begin, rows);
        h1.leftCols(h).noalias() = out.x.middleRows(begin, rows) * p.w1s.transpose();
        h1.rightCols(h).noalias() = out.meanOut.middleRows(begin, rows) * p.w1f.transpose();
        h1.rightCols(h).noalias() += out.meanIn.middleRows(begin, rows) * p.w1i.transpose();
        h1.rowwise() += p.b1.transpose();
        h1 = h1.array().tanh().matrix();
        out.zs.middleRows(begin, rows).noalias() = h1 * p.w2s.transpose();
        out.zf.middleRows(begin, rows).noalias() = h1 * p.w2f.transpose();
        out.zi.middleRows(begin, rows).noalias() = h1 * p.w2i.transpose();
    });
}

void AlignEncoder::side(const EncoderInput &input, const EncodedSet &set, qint32 global,
                        CollectiveSide &out, qint32 &centreRow, std::vector<qint32> &rows) const {
    const auto found = set.row.find(global);
    if (found == set.row.end())
        throw Error(Error::tr("alignment encoder: entity %1 was not encoded").arg(global));
    centreRow = found->second;
    out.centre = (set.centreZs.rows() ? set.centreZs : set.zs).row(centreRow).transpose();
    const int s = input.side(global);
    const qint32 base = s == 0 ? 0 : input.offset;
    const auto list = input.neighbours[s](input.local(global));
    out.neighbours.resize(qsizetype(list.size()), m_layout.hidden);
    out.attention.resize(list.size());
    rows.resize(list.size());
    for (size_t k = 0; k < list.size(); ++k) {
        const Neighbour &n = list[k];
        const auto it = set.row.find(base + n.entity);
        if (it == set.row.end())
            throw Error(
                Error::tr("alignment encoder: neighbour %1 was not encoded").arg(base + n.entity));
        rows[k] = it->second;
        out.neighbours.row(qsizetype(k)) =
            n.inverse ? set.zi.row(it->second) : set.zf.row(it->second);
        out.attention[k] = input.column(n);
    }
}

float AlignEncoder::forwardPair(const VectorXf &params, const EncoderInput &input,
                                const EncodedSet &set, qint32 a, qint32 b, float cosine,
                                PairWork &w) const {
    ParamViews p(const_cast<float *>(params.data()), m_layout);
    w.a = a;
    w.b = b;
    w.cosine = cosine;
    side(input, set, a, w.sideA, w.rowA, w.rowsA);
    side(input, set, b, w.sideB, w.rowB, w.rowsB);
    CollectiveLayer::forward(w.sideA, w.sideB, p.att, p.b2, m_switches, w.stateA, w.stateB,
                             w.cache);
    w.logit = PairScorer::logit(w.stateA.h, w.stateB.h, cosine, w.cache.mass, p.u1, p.u2, p.uName,
                                p.uMass, p.bias);
    return w.logit;
}

void AlignEncoder::backwardPair(const VectorXf &params, const EncodedSet &, const PairWork &w,
                                float dlogit, EncoderGrad &grad) const {
    ParamViews p(const_cast<float *>(params.data()), m_layout);
    ParamViews g(grad.params.data(), m_layout);
    VectorXf dhA = VectorXf::Zero(w.stateA.h.size()), dhB = VectorXf::Zero(w.stateB.h.size());
    float dMass = 0;
    PairScorer::backward(w.stateA.h, w.stateB.h, w.cosine, w.cache.mass, p.u1, p.u2, p.uMass,
                         dlogit, dhA, dhB, g.u1, g.u2, g.uName, g.uMass, dMass, g.bias);
    CollectiveGrad ga, gb;
    CollectiveLayer::backward(w.sideA, w.sideB, p.att, m_switches, w.stateA, w.stateB, w.cache, dhA,
                              dhB, dMass, ga, gb, g.att, g.b2);
    const auto scatter = [&](const CollectiveSide &side, const CollectiveGrad &cg, qint32 centre,
                             const std::vector<qint32> &rows) {
        grad.dzs.row(centre) += cg.centre.transpose();
        for (size_t k = 0; k < rows.size(); ++k)
            (side.attention[k] % 2 ? grad.dzi : grad.dzf).row(rows[k]) +=
                cg.neighbours.row(qsizetype(k));
    };
    scatter(w.sideA, ga, w.rowA, w.rowsA);
    scatter(w.sideB, gb, w.rowB, w.rowsB);
}

void AlignEncoder::backwardEncode(const VectorXf &params, const EncoderInput &,
                                  const EncodedSet &set, EncoderGrad &grad) const {
    ParamViews p(const_cast<float *>(params.data()), m_layout);
    ParamViews g(grad.params.data(), m_layout);
    const int h = m_layout.hidden;
    g.w2s.noalias() += grad.dzs.transpose() * set.h1;
    g.w2f.noalias() += grad.dzf.transpose() * set.h1;
    g.w2i.noalias() += grad.dzi.transpose() * set.h1;
    RowMatrixXf dpre = grad.dzs * p.w2s;
    dpre.noalias() += grad.dzf * p.w2f;
    dpre.noalias() += grad.dzi * p.w2i;
    dpre = dpre.cwiseProduct((1.0f - set.h1.array().square()).matrix());
    g.b1 += dpre.colwise().sum().transpose();
    g.w1s.noalias() += dpre.leftCols(h).transpose() * set.x;
    g.w1f.noalias() += dpre.rightCols(h).transpose() * set.meanOut;
    g.w1i.noalias() += dpre.rightCols(h).transpose() * set.meanIn;
}

VectorXf initialParameters(const ParamLayout &l, quint64 seed) {
    VectorXf out = VectorXf::Zero(l.total);
    Rng rng(seed, 3);
    const auto fill = [&](qint64 start, qint64 count, double range) {
        for (qint64 i = 0; i < count; ++i)
            out(start + i) = float((2 * rng.uniformDouble() - 1) * range);
    };
    const qint64 h = l.hidden, d = l.input;
    const double g1 = std::sqrt(6.0 / double(d + h)), g2 = std::sqrt(6.0 / double(3 * h));
    fill(l.w1s, h * d, g1);
    fill(l.w1f, h * d, g1);
    fill(l.w1i, h * d, g1);
    fill(l.w2s, 2 * h * h, g2);
    fill(l.w2f, 2 * h * h, g2);
    fill(l.w2i, 2 * h * h, g2);
    return out;
}

} // namespace eg
