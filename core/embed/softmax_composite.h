#pragma once

#include "embed/softmax_chunk.h"
#include "embed/softmax_query.h"

#include <algorithm>
#include <cstring>

// The whitelist rule of SoftmaxComposites inside one side of a chunk (softmax_chunk.cpp).
//
// With Q the positives' queries and C the candidates, the trainer's scores are S0 = Q C^T. A
// candidate triple (anchor_i, r_i, c) that the rule makes composite is scored instead with the
// composite query Q1_i = op(e_anchor + A_anchor, r_i) and the composite candidate e_c + A_c
// (A_e: the sum of e's extra rows). Such entries fill whole rows (relation or anchor allowed:
// "composite rows") and whole columns (candidate entity allowed: "composite columns").
//
// - Composite rows: Q1_i replaces Q_i in the main product, which gives <Q1_i, C_c>; the
//   columns whose composite differs from the base candidate (an entity with extra rows, or a
//   chunk column whose base vector carries extraRows X_c) add <Q1_i, A_c - X_c>, scored
//   through the few rows those deltas are made of (attribute rows shared by many columns).
//   Backward, the main products give d/dQ1_i and the base candidates' gradient; the deltas'
//   rows get theirs separately.
// - Composite columns of the other rows ("block B"): a small product of Q1 with the composite
//   candidates; backward their entries are taken out of the main products.
//
// TransEDot head side without separateRhs drops the constant <r, t> of <c + r, t> from every
// score; a composite entry keeps the part that does not cancel, <r, A_t> ("relation term"). On
// a composite row every entry carries it, so it cancels there too: only block B needs it.
namespace eg::softmax {

struct SideContext
{
    Side side = Side::Tail;
    bool anchorIsHead = true;
    bool noRelation = false; // TransEDot head side without separateRhs
};

// The extraRows that the base vector of candidate column c carries (chunk columns only), or null.
template <typename S>
const std::vector<qint32> *baseExtras(const ChunkSettings &settings, const SideContext &cx,
                                      const ChunkWorkspace<S> &ws, int c)
{
    if (!settings.extraRows)
        return nullptr;
    const auto &lists = cx.anchorIsHead ? ws.tailExtras : ws.headExtras; // the candidates' end
    return size_t(c) < lists.size() ? &lists[size_t(c)] : nullptr;
}

// Before the main product (ws.queries, ws.candidates and ws.ids filled): finds the composite
// rows and columns; when there are any, computes the composite anchors and queries and puts
// the composite queries into ws.queries. Returns whether any entry is composite.
template <typename S>
bool compositePrepare(const ChunkSettings &settings, const Rows<S> &E, const Rows<S> &R,
                      std::span<const Triple> chunk, const SideContext &cx,
                      ChunkWorkspace<S> &ws)
{
    const SoftmaxComposites *cp = settings.composites;
    ws.compositeRows.clear();
    ws.compositeColumns.clear();
    if (!cp)
        return false;
    const int C = int(chunk.size()), K = int(ws.ids.size()), w = settings.spec.width();
    ws.rowIsComposite.assign(size_t(C), 0);
    for (int i = 0; i < C; ++i) {
        const Triple &x = chunk[size_t(i)];
        if (SoftmaxComposites::flag(cp->relationAllowed, x.r) ||
            SoftmaxComposites::flag(cp->entityAllowed, cx.anchorIsHead ? x.h : x.t)) {
            ws.compositeRows.push_back(i);
            ws.rowIsComposite[size_t(i)] = 1;
        }
    }
    for (int c = 0; c < K; ++c)
        if (SoftmaxComposites::flag(cp->entityAllowed, ws.ids[size_t(c)]))
            ws.compositeColumns.push_back(c);
    if (ws.compositeRows.empty() && ws.compositeColumns.empty())
        return false;

    ws.anchors1.resize(C, w);
    ws.queries1.resize(C, w);
    ws.relationTerm.assign(size_t(C), S(0));
    for (int i = 0; i < C; ++i) {
        const Triple &x = chunk[size_t(i)];
        const qint32 anchor = cx.anchorIsHead ? x.h : x.t;
        S *a = ws.anchors1.row(i).data();
        std::memcpy(a, E.row(anchor).data(), sizeof(S) * size_t(w));
        for (qint32 extra : cp->rowsOf(anchor))
            for (int k = 0; k < w; ++k)
                a[k] += E(extra, k);
        makeQuery(settings.spec, cx.side, a, cx.noRelation ? nullptr : R.row(x.r).data(),
                  ws.queries1.row(i).data());
        if (cx.noRelation) {
            const S *r = R.row(x.r).data(), *plain = E.row(anchor).data();
            S term = 0;
            for (int k = 0; k < w; ++k)
                term += r[k] * (a[k] - plain[k]);
            ws.relationTerm[size_t(i)] = term;
        }
    }
    for (int i : ws.compositeRows)
        ws.queries.row(i) = ws.queries1.row(i);
    return true;
}

// After the main product: adds the deltas and the relation term to the composite rows and
// writes block B into the other rows.
template <typename S>
void compositeScores(const ChunkSettings &settings, const Rows<S> &E, const SideContext &cx,
                     ChunkWorkspace<S> &ws)
{
    const SoftmaxComposites *cp = settings.composites;
    const int C = int(ws.rowIsComposite.size()), K = int(ws.ids.size());
    const int w = settings.spec.width();
    const int nA = int(ws.compositeRows.size()), nB = int(ws.compositeColumns.size());
    ws.candidatesB.resize(nB, w);
    for (int b = 0; b < nB; ++b) {
        const qint32 id = ws.ids[size_t(ws.compositeColumns[size_t(b)])];
        S *out = ws.candidatesB.row(b).data();
        std::memcpy(out, E.row(id).data(), sizeof(S) * size_t(w));
        for (qint32 extra : cp->rowsOf(id))
            for (int k = 0; k < w; ++k)
                out[k] += E(extra, k);
    }
    ws.blockB.noalias() = ws.queries1 * ws.candidatesB.transpose();
    for (int i = 0; i < C; ++i)
        if (!ws.rowIsComposite[size_t(i)])
            for (int b = 0; b < nB; ++b)
                ws.scores(i, ws.compositeColumns[size_t(b)]) =
                    ws.blockB(i, b) + ws.relationTerm[size_t(i)];
    if (nA == 0)
        return;

    ws.queriesA.resize(nA, w);
    for (int a = 0; a < nA; ++a)
        ws.queriesA.row(a) = ws.queries1.row(ws.compositeRows[size_t(a)]);
    ws.deltaColumns.clear();
    ws.deltaStart.assign(1, 0);
    ws.deltaTerms.clear(); // (local row u, sign)
    if (ws.localRow.size() < size_t(E.rows()))
        ws.localRow.assign(size_t(E.rows()), -1);
    ws.usedRows.clear();
    const auto local = [&](qint32 row) {
        int &u = ws.localRow[size_t(row)];
        if (u < 0) {
            u = int(ws.usedRows.size());
            ws.usedRows.push_back(row);
        }
        return u;
    };
    for (int c = 0; c < K; ++c) {
        const auto extras = cp->rowsOf(ws.ids[size_t(c)]);
        const std::vector<qint32> *base = baseExtras(settings, cx, ws, c);
        if (extras.empty() && (!base || base->empty()))
            continue;
        for (qint32 extra : extras)
            ws.deltaTerms.push_back({local(extra), 1});
        if (base)
            for (qint32 extra : *base)
                ws.deltaTerms.push_back({local(extra), -1});
        ws.deltaColumns.push_back(c);
        ws.deltaStart.push_back(int(ws.deltaTerms.size()));
    }
    const int nU = int(ws.usedRows.size());
    ws.deltas.resize(nU, w);
    for (int u = 0; u < nU; ++u) {
        ws.deltas.row(u) = E.row(ws.usedRows[size_t(u)]);
        ws.localRow[size_t(ws.usedRows[size_t(u)])] = -1; // clean for the next chunk
    }
    ws.deltaScores.noalias() = ws.queriesA * ws.deltas.transpose(); // nA x nU
    for (int a = 0; a < nA; ++a) {
        const int i = ws.compositeRows[size_t(a)];
        for (size_t k = 0; k < ws.deltaColumns.size(); ++k) {
            S add = 0;
            for (int t = ws.deltaStart[k]; t < ws.deltaStart[k + 1]; ++t)
                add += S(ws.deltaTerms[size_t(t)].second) *
                       ws.deltaScores(a, ws.deltaTerms[size_t(t)].first);
            ws.scores(i, ws.deltaColumns[k]) += add;
        }
    }
}

// After the softmax (ws.scores = d loss / d score), before the main backward products: moves
// block B's entries out of ws.scores.
template <typename S>
void compositeSplit(ChunkWorkspace<S> &ws)
{
    const int C = int(ws.rowIsComposite.size()), nB = int(ws.compositeColumns.size());
    for (int i = 0; i < C; ++i)
        for (int b = 0; b < nB; ++b) {
            S &entry = ws.scores(i, ws.compositeColumns[size_t(b)]);
            ws.blockB(i, b) = ws.rowIsComposite[size_t(i)] ? S(0) : entry;
            if (!ws.rowIsComposite[size_t(i)])
                entry = S(0);
        }
}

// After the main backward products (ws.dQueries = S C holds d/dQ1 of the composite rows' base
// part): the gradient of the deltas, of block B, of the composite queries and of the relation
// term. The caller skips its own query backward for the composite rows.
template <typename S>
void compositeGradients(const ChunkSettings &settings, const Rows<S> &E, const Rows<S> &R,
                        std::span<const Triple> chunk, const SideContext &cx,
                        ChunkWorkspace<S> &ws, RowGradients<S> &gradE, RowGradients<S> &gradR)
{
    const SoftmaxComposites *cp = settings.composites;
    const int C = int(chunk.size()), w = settings.spec.width();
    const int nA = int(ws.compositeRows.size()), nB = int(ws.compositeColumns.size());
    const auto addRow = [&](qint32 row, const S *g) {
        S *dst = gradE.row(row);
        for (int k = 0; k < w; ++k)
            dst[k] += g[k];
    };
    const auto addComposite = [&](qint32 id, const S *g) {
        addRow(id, g);
        for (qint32 extra : cp->rowsOf(id))
            addRow(extra, g);
    };

    // Block B: composite candidates of the composite columns (entity row and extra rows).
    ws.dQueries1.noalias() = ws.blockB * ws.candidatesB;
    ws.dCandidatesB.noalias() = ws.blockB.transpose() * ws.queries1;
    for (int b = 0; b < nB; ++b)
        addComposite(ws.ids[size_t(ws.compositeColumns[size_t(b)])],
                     ws.dCandidatesB.row(b).data());

    // Composite rows: the base part from the main product, the deltas' part through their rows.
    if (nA > 0) {
        const int nU = int(ws.usedRows.size());
        ws.deltaScores.setZero(nA, nU); // now G[a, u]: d loss / d <Q1_a, E_u>
        for (int a = 0; a < nA; ++a) {
            const int i = ws.compositeRows[size_t(a)];
            for (size_t k = 0; k < ws.deltaColumns.size(); ++k) {
                const S g = ws.scores(i, ws.deltaColumns[k]);
                for (int t = ws.deltaStart[k]; t < ws.deltaStart[k + 1]; ++t)
                    ws.deltaScores(a, ws.deltaTerms[size_t(t)].first) +=
                        S(ws.deltaTerms[size_t(t)].second) * g;
            }
            ws.dQueries1.row(i) += ws.dQueries.row(i) + ws.deltaScores.row(a) * ws.deltas;
        }
        ws.dDeltas.noalias() = ws.deltaScores.transpose() * ws.queriesA; // nU x w
        for (int u = 0; u < nU; ++u)
            addRow(ws.usedRows[size_t(u)], ws.dDeltas.row(u).data());
    }

    // The composite queries: anchor row, the anchor's extra rows, the relation.
    ws.gradient.resize(size_t(w));
    for (int i = 0; i < C; ++i) {
        const bool composite = ws.rowIsComposite[size_t(i)];
        if (!composite && nB == 0)
            continue;
        const Triple &x = chunk[size_t(i)];
        const qint32 anchor = cx.anchorIsHead ? x.h : x.t;
        std::fill(ws.gradient.begin(), ws.gradient.end(), S(0));
        S *dRel = cx.noRelation ? nullptr : gradR.row(x.r);
        queryBackward(settings.spec, cx.side, ws.anchors1.row(i).data(),
                      cx.noRelation ? nullptr : R.row(x.r).data(), ws.dQueries1.row(i).data(),
                      ws.gradient.data(), dRel);
        addComposite(anchor, ws.gradient.data());
        if (!cx.noRelation || composite)
            continue;
        // d <r, A>: the summed d loss / d score of the row's block B entries, times A for r and
        // times r for each extra row of the anchor.
        const S sum = ws.blockB.row(i).sum();
        if (sum == S(0))
            continue;
        const S *r = R.row(x.r).data(), *an = ws.anchors1.row(i).data(),
                *plain = E.row(anchor).data();
        S *dr = gradR.row(x.r);
        for (int k = 0; k < w; ++k)
            dr[k] += sum * (an[k] - plain[k]);
        for (qint32 extra : cp->rowsOf(anchor)) {
            S *dst = gradE.row(extra);
            for (int k = 0; k < w; ++k)
                dst[k] += sum * r[k];
        }
    }
}

} // namespace eg::softmax
