// GCC 12 reports -Wmaybe-uninitialized inside Eigen's AVX-512 packet code (maxCoeff, exp);
// a known false positive of that compiler, silenced for this file only.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "embed/softmax_chunk.h"

#include "embed/softmax_composite.h"
#include "embed/softmax_query.h"

#include "common/error.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace eg::softmax {
namespace {

// Turns each row of `scores` (C x K, candidate ids `ids`, row i's positive at column i) into
// d loss / d score and returns the summed loss.
template <typename S>
double softmaxRows(Rows<S> &scores, const std::vector<qint32> &ids, int chunkSize,
                   bool batchNegatives)
{
    const int K = int(scores.cols());
    const S minusInf = -std::numeric_limits<S>::infinity();
    double loss = 0.0;
    for (int i = 0; i < chunkSize; ++i) {
        S *s = scores.row(i).data();
        const S positive = s[i];
        const qint32 truth = ids[size_t(i)];
        const int from = batchNegatives ? 0 : chunkSize; // columns before are never negatives
        for (int j = 0; j < from; ++j)
            s[j] = minusInf;
        for (int j = from; j < K; ++j)
            s[j] = ids[size_t(j)] == truth ? minusInf : s[j];
        s[i] = positive;

        Eigen::Map<Eigen::Array<S, 1, Eigen::Dynamic>> row(s, K);
        const S top = row.maxCoeff();
        row = (row - top).exp();
        // exp() clamps its argument, so the excluded candidates are zeroed explicitly.
        const S expPositive = s[i];
        for (int j = 0; j < from; ++j)
            s[j] = S(0);
        for (int j = from; j < K; ++j)
            s[j] = ids[size_t(j)] == truth ? S(0) : s[j];
        s[i] = expPositive;
        const S sum = row.sum();
        loss += double(std::log(sum)) + double(top) - double(positive);
        row *= S(1) / sum;
        s[i] -= S(1);
    }
    return loss;
}

template <typename S>
double sideLoss(const ChunkSettings &settings, const Tables<S> &tables,
                std::span<const Triple> chunk, std::span<const qint32> negatives, Side side,
                ChunkWorkspace<S> &ws, BatchGradients<S> &grads)
{
    const ModelSpec &spec = settings.spec;
    const int C = int(chunk.size());
    const int K = C + int(negatives.size());
    const int w = spec.width();
    const Rows<S> &E = *tables.entities;
    const bool rhs = side == Side::Head && spec.separateRhs;
    const Rows<S> &R = rhs ? *tables.relationsRhs : *tables.relations;
    RowGradients<S> &gradR = rhs ? grads.relationsRhs : grads.relations;
    const bool noRelation = spec.type == ModelType::TransEDot && side == Side::Head && !rhs;
    const bool anchorIsHead = side == Side::Tail;

    // Positive i's head (or tail) vector: its row, or the row plus its extra rows written to
    // `out`.
    const auto vectorOf = [&](int i, bool head, S *out) -> const S * {
        const Triple &x = chunk[size_t(i)];
        const S *row = E.row(head ? x.h : x.t).data();
        if (!settings.extraRows)
            return row;
        const std::vector<qint32> &extras = (head ? ws.headExtras : ws.tailExtras)[size_t(i)];
        if (extras.empty())
            return row;
        std::memcpy(out, row, sizeof(S) * size_t(w));
        for (qint32 e : extras) {
            const S *add = E.row(e).data();
            for (int k = 0; k < w; ++k)
                out[k] += add[k];
        }
        return out;
    };
    // Adds g to every row that makes up positive i's head (or tail) vector.
    const auto addGradient = [&](int i, bool head, const S *g) {
        const Triple &x = chunk[size_t(i)];
        const auto addTo = [&](qint32 row) {
            S *dst = grads.entities.row(row);
            for (int k = 0; k < w; ++k)
                dst[k] += g[k];
        };
        addTo(head ? x.h : x.t);
        if (settings.extraRows)
            for (qint32 e : (head ? ws.headExtras : ws.tailExtras)[size_t(i)])
                addTo(e);
    };

    ws.queries.resize(C, w);
    ws.candidates.resize(K, w);
    ws.ids.resize(size_t(K));
    ws.vector.resize(size_t(w));
    ws.gradient.resize(size_t(w));
    for (int i = 0; i < C; ++i) {
        const Triple &x = chunk[size_t(i)];
        makeQuery(spec, side, vectorOf(i, anchorIsHead, ws.vector.data()),
                  noRelation ? nullptr : R.row(x.r).data(), ws.queries.row(i).data());
        ws.ids[size_t(i)] = anchorIsHead ? x.t : x.h;
        S *candidate = ws.candidates.row(i).data();
        const S *truth = vectorOf(i, !anchorIsHead, candidate);
        if (truth != candidate)
            std::memcpy(candidate, truth, sizeof(S) * size_t(w));
    }
    for (int u = 0; u < int(negatives.size()); ++u) {
        ws.ids[size_t(C + u)] = negatives[size_t(u)];
        std::memcpy(ws.candidates.row(C + u).data(), E.row(negatives[size_t(u)]).data(),
                    sizeof(S) * size_t(w));
    }

    const SideContext cx{side, anchorIsHead, noRelation};
    const bool composite = compositePrepare(settings, E, R, chunk, cx, ws);
    ws.scores.noalias() = ws.queries * ws.candidates.transpose();
    if (composite)
        compositeScores(settings, E, cx, ws);
    const double loss = softmaxRows(ws.scores, ws.ids, C, settings.batchNegatives);
    if (composite)
        compositeSplit(ws);
    ws.dQueries.noalias() = ws.scores * ws.candidates;
    ws.dCandidates.noalias() = ws.scores.transpose() * ws.queries;

    for (int j = 0; j < C; ++j)
        addGradient(j, !anchorIsHead, ws.dCandidates.row(j).data());
    for (int j = C; j < K; ++j) {
        S *g = grads.entities.row(ws.ids[size_t(j)]);
        const S *d = ws.dCandidates.row(j).data();
        for (int k = 0; k < w; ++k)
            g[k] += d[k];
    }
    if (composite)
        compositeGradients(settings, E, R, chunk, cx, ws, grads.entities, gradR);
    for (int i = 0; i < C; ++i) {
        if (composite && ws.rowIsComposite[size_t(i)])
            continue; // its query was the composite one
        const Triple &x = chunk[size_t(i)];
        const S *anchor = vectorOf(i, anchorIsHead, ws.vector.data());
        S *dRel = noRelation ? nullptr : gradR.row(x.r);
        const S *rel = noRelation ? nullptr : R.row(x.r).data();
        if (settings.extraRows) {
            std::fill(ws.gradient.begin(), ws.gradient.end(), S(0));
            queryBackward(spec, side, anchor, rel, ws.dQueries.row(i).data(), ws.gradient.data(),
                          dRel);
            addGradient(i, anchorIsHead, ws.gradient.data());
        } else {
            queryBackward(spec, side, anchor, rel, ws.dQueries.row(i).data(),
                          grads.entities.row(anchorIsHead ? x.h : x.t), dRel);
        }
    }
    return loss;
}

// weight * sum |x|^p of one row and its gradient (ComplEx N3: modulus of each component).
// Written with Eigen arrays so that the sums are vectorised.
template <typename S>
double regulariseRow(const ChunkSettings &settings, const S *x, S *g)
{
    using Array = Eigen::Array<S, Eigen::Dynamic, 1>;
    const int n = settings.spec.dim;
    const S weight = S(settings.regularization);
    if (settings.regularizer == SoftmaxRegularizer::L2) {
        const int w = settings.spec.width();
        Eigen::Map<const Array> v(x, w);
        Eigen::Map<Array>(g, w) += S(2) * weight * v;
        return double(weight) * double(v.square().sum());
    }
    if (settings.spec.type == ModelType::ComplEx) {
        Eigen::Map<const Array> re(x, n), im(x + n, n);
        const auto modulus = (re.square() + im.square()).sqrt(); // an expression: no allocation
        Eigen::Map<Array>(g, n) += S(3) * weight * re * modulus;
        Eigen::Map<Array>(g + n, n) += S(3) * weight * im * modulus;
        return double(weight) * double(modulus.cube().sum());
    }
    Eigen::Map<const Array> v(x, n);
    const auto magnitude = v.abs();
    Eigen::Map<Array>(g, n) += S(3) * weight * v * magnitude;
    return double(weight) * double(magnitude.cube().sum());
}

} // namespace

template <typename S>
double chunkLoss(const ChunkSettings &settings, const Tables<S> &tables,
                 std::span<const Triple> chunk, std::span<const qint32> tailNegatives,
                 std::span<const qint32> headNegatives, ChunkWorkspace<S> &workspace,
                 BatchGradients<S> &gradients)
{
    if (settings.extraRows) {
        const qint64 rows = tables.entities->rows();
        workspace.headExtras.resize(chunk.size());
        workspace.tailExtras.resize(chunk.size());
        for (size_t i = 0; i < chunk.size(); ++i) {
            workspace.headExtras[i].clear();
            workspace.tailExtras[i].clear();
            settings.extraRows(chunk[i], workspace.headExtras[i], workspace.tailExtras[i]);
            for (const auto *list : {&workspace.headExtras[i], &workspace.tailExtras[i]})
                for (qint32 e : *list)
                    if (e < 0 || e >= rows)
                        throw Error(Error::tr("softmax extra rows: entity %1 out of range").arg(e));
        }
    }
    double loss = sideLoss(settings, tables, chunk, tailNegatives, Side::Tail, workspace,
                           gradients);
    loss += sideLoss(settings, tables, chunk, headNegatives, Side::Head, workspace, gradients);
    if (settings.regularization > 0.0) {
        const Rows<S> &E = *tables.entities;
        for (const Triple &x : chunk) {
            loss += regulariseRow(settings, E.row(x.h).data(), gradients.entities.row(x.h));
            loss += regulariseRow(settings, E.row(x.t).data(), gradients.entities.row(x.t));
            loss += regulariseRow(settings, tables.relations->row(x.r).data(),
                                  gradients.relations.row(x.r));
            if (settings.spec.separateRhs)
                loss += regulariseRow(settings, tables.relationsRhs->row(x.r).data(),
                                      gradients.relationsRhs.row(x.r));
        }
    }
    return loss;
}

template double chunkLoss<float>(const ChunkSettings &, const Tables<float> &,
                                 std::span<const Triple>, std::span<const qint32>,
                                 std::span<const qint32>, ChunkWorkspace<float> &,
                                 BatchGradients<float> &);
template double chunkLoss<double>(const ChunkSettings &, const Tables<double> &,
                                  std::span<const Triple>, std::span<const qint32>,
                                  std::span<const qint32>, ChunkWorkspace<double> &,
                                  BatchGradients<double> &);

} // namespace eg::softmax
