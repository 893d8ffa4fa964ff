#include "interop/operator_ranking.h"

#include "bias/parallel_blocks.h"
#include "common/error.h"
#include "eval/metrics.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <random>
#include <unordered_map>

namespace eg {

namespace {

constexpr qint64 kBlock = 64; // queries per block

// Candidate rows prepared for the comparator: cos rows normalised (bias column kept).
struct Candidates {
    std::vector<qint32> ids;     // sampled ids (sorted); empty = every entity, row c = id c
    Matrix owned;                // prepared copy, or empty when `view` is the entity table
    const float *view = nullptr; // rows x dim
    qint64 rows = 0;
    std::vector<float> norm2; // l2 / squared_l2: squared norm of the comparator part
};

void prepareRow(const OperatorModel &m, float *row) {
    if (m.comparator != PbgComparator::Cos)
        return;
    const int s = m.bias ? 1 : 0;
    double n2 = 0.0;
    for (int i = s; i < m.dim; ++i)
        n2 += double(row[i]) * row[i];
    const float inv = float(1.0 / std::sqrt(n2));
    for (int i = s; i < m.dim; ++i)
        row[i] *= inv;
}

// Candidates from entity rows, each passed through `transform` (may be null).
Candidates makeCandidates(const OperatorModel &m, const std::vector<qint32> &ids, qint32 relation) {
    Candidates c;
    c.ids = ids;
    const bool transform = relation >= 0;
    const bool copy = transform || !ids.empty() || m.comparator == PbgComparator::Cos;
    c.rows = ids.empty() ? m.entities.rows() : qint64(ids.size());
    if (copy) {
        c.owned.resize(c.rows, m.dim);
        for (qint64 i = 0; i < c.rows; ++i) {
            const float *src = m.entities.row(ids.empty() ? i : ids[size_t(i)]);
            float *dst = c.owned.row(i).data();
            if (transform)
                m.applyOperator(false, relation, src, dst);
            else
                std::copy(src, src + m.dim, dst);
            prepareRow(m, dst);
        }
        c.view = c.owned.data();
    } else {
        c.view = m.entities.data();
    }
    if (m.comparator == PbgComparator::L2 || m.comparator == PbgComparator::SquaredL2) {
        const int s = m.bias ? 1 : 0;
        c.norm2.resize(size_t(c.rows));
        for (qint64 i = 0; i < c.rows; ++i) {
            const float *row = c.view + i * m.dim;
            float n2 = 0.f;
            for (int k = s; k < m.dim; ++k)
                n2 += row[k] * row[k];
            c.norm2[size_t(i)] = n2;
        }
    }
    return c;
}

// S(k, j) = comparator(q_k, candidate j) (+ bias terms), float.
void scoreBlock(const OperatorModel &m, const Matrix &q, const Candidates &c, Matrix &out) {
    const int s = m.bias ? 1 : 0, n = m.dim - s;
    const Eigen::Map<const Matrix> cand(c.view, c.rows, m.dim);
    out.resize(q.rows(), c.rows);
    switch (m.comparator) {
    case PbgComparator::Dot:
    case PbgComparator::Cos:
        out.noalias() = q.rightCols(n) * cand.rightCols(n).transpose();
        break;
    case PbgComparator::L2:
    case PbgComparator::SquaredL2: {
        out.noalias() = q.rightCols(n) * cand.rightCols(n).transpose();
        for (Eigen::Index k = 0; k < q.rows(); ++k) {
            const float qn = q.row(k).tail(n).squaredNorm();
            float *o = out.row(k).data();
            for (qint64 j = 0; j < c.rows; ++j) {
                const float d2 = std::max(qn + c.norm2[size_t(j)] - 2.f * o[j], 0.f);
                o[j] = m.comparator == PbgComparator::L2 ? -std::sqrt(std::max(d2, 1e-30f)) : -d2;
            }
        }
        break;
    }
    case PbgComparator::L1:
    case PbgComparator::ComplexL1: {
        const int half = m.dim / 2;
        for (Eigen::Index k = 0; k < q.rows(); ++k) {
            const float *a = q.row(k).data();
            for (qint64 j = 0; j < c.rows; ++j) {
                const float *b = c.view + j * m.dim;
                float acc = 0.f;
                if (m.comparator == PbgComparator::L1) {
                    for (int i = s; i < m.dim; ++i)
                        acc += std::abs(a[i] - b[i]);
                } else {
                    for (int i = 0; i < half; ++i)
                        acc += std::hypot(a[i] - b[i], a[half + i] - b[half + i]);
                }
                out(k, j) = -acc;
            }
        }
        break;
    }
    }
    if (m.bias)
        for (Eigen::Index k = 0; k < q.rows(); ++k)
            for (qint64 j = 0; j < c.rows; ++j)
                out(k, j) += q(k, 0) + cand(j, 0);
}

double rankOf(const float *scores, float answerScore, qint32 answer, const Candidates &c,
              std::span<const qint32> filter) {
    qint64 greater = 0, equal = 0;
    if (c.ids.empty()) {
        for (qint64 j = 0; j < c.rows; ++j) {
            greater += scores[j] > answerScore;
            equal += scores[j] == answerScore;
        }
        equal -= 1; // the answer itself
        for (qint32 f : filter) {
            if (f == answer)
                continue;
            greater -= scores[f] > answerScore;
            equal -= scores[f] == answerScore;
        }
    } else {
        for (size_t j = 0; j < c.ids.size(); ++j) {
            const qint32 id = c.ids[j];
            if (id == answer || std::binary_search(filter.begin(), filter.end(), id))
                continue;
            greater += scores[j] > answerScore;
            equal += scores[j] == answerScore;
        }
    }
    return 1.0 + double(greater) + 0.5 * double(equal);
}

} // namespace

QString OperatorEvalResult::label() const {
    const QString f = filtered ? QStringLiteral("filtered") : QStringLiteral("raw");
    return sampledCandidates > 0 ? QStringLiteral("sampled %1 (%2)").arg(sampledCandidates).arg(f)
                                 : f;
}

OperatorEvalResult evaluateOperatorModel(const OperatorModel &m, std::span<const Triple> queries,
                                         const KnownTriples *known,
                                         const OperatorEvalOptions &options,
                                         const ProgressFn &progress) {
    QElapsedTimer timer;
    timer.start();
    m.validate();
    const EvalOptions &o = options.base;
    if (o.filtered && !known)
        throw Error(Error::tr("filtered ranking needs the known triples"));
    const qint32 ne = m.entityCount(), nr = m.relationCount();
    for (size_t k = 0; k < queries.size(); ++k) {
        const Triple &x = queries[k];
        if (x.h < 0 || x.h >= ne || x.t < 0 || x.t >= ne || x.r < 0 || x.r >= nr)
            throw Error(Error::tr("query triple %1 (%2, %3, %4) is outside the model")
                            .arg(k + 1)
                            .arg(x.h)
                            .arg(x.r)
                            .arg(x.t));
    }
    OperatorEvalResult out;
    out.filtered = o.filtered;
    std::vector<qint32> sample;
    if (options.sampledCandidates > 0 && options.sampledCandidates < ne) {
        out.sampledCandidates = options.sampledCandidates;
        std::mt19937_64 rng(options.seed);
        // Partial Fisher-Yates over a lazily built permutation of 0..ne-1.
        std::unordered_map<qint32, qint32> swapped;
        for (qint32 i = 0; i < options.sampledCandidates; ++i) {
            const qint32 j = i + qint32(rng() % quint64(ne - i));
            const qint32 vi = swapped.count(i) ? swapped[i] : i;
            const qint32 vj = swapped.count(j) ? swapped[j] : j;
            swapped[j] = vi;
            sample.push_back(vj);
        }
        std::sort(sample.begin(), sample.end());
    }
    const qint64 nq = qint64(queries.size());
    std::vector<double> ranks[2] = {std::vector<double>(size_t(nq)),
                                    std::vector<double>(size_t(nq))};
    const Candidates shared = makeCandidates(m, sample, -1);
    Progress report(progress, 2 * nq);
    report.report(0);
    for (int side = 0; side < 2; ++side) {
        const bool tail = side == 0;
        // Standard relations transform the candidates of tail prediction: group by relation.
        const bool transformed = tail && !m.dynamic;
        std::vector<qint64> order(static_cast<size_t>(nq));
        for (qint64 k = 0; k < nq; ++k)
            order[size_t(k)] = k;
        if (transformed)
            std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
                return queries[size_t(a)].r < queries[size_t(b)].r;
            });
        std::vector<double> &out = ranks[side];
        bias::parallelBlocks(nq, kBlock, o.threads, report, side * nq, [&](qint64 b0, qint64 b1) {
            Matrix q, scores;
            // Sub-blocks of one relation when the candidates depend on it.
            for (qint64 first = b0, count = 0; first < b1; first += count) {
                count = 1;
                while (first + count < b1 &&
                       (!transformed || queries[size_t(order[size_t(first + count)])].r ==
                                            queries[size_t(order[size_t(first)])].r))
                    ++count;
                q.resize(count, m.dim);
                for (qint64 k = 0; k < count; ++k) {
                    const Triple &x = queries[size_t(order[size_t(first + k)])];
                    float *row = q.row(k).data();
                    if (tail && m.dynamic)
                        m.applyOperator(true, x.r, m.entities.row(x.h), row);
                    else if (tail)
                        std::copy(m.entities.row(x.h), m.entities.row(x.h) + m.dim, row);
                    else
                        m.applyOperator(false, x.r, m.entities.row(x.t), row);
                    prepareRow(m, row);
                }
                const qint32 r0 = queries[size_t(order[size_t(first)])].r;
                const Candidates local = transformed ? makeCandidates(m, sample, r0) : Candidates();
                const Candidates &cand = transformed ? local : shared;
                scoreBlock(m, q, cand, scores);
                for (qint64 k = 0; k < count; ++k) {
                    const qint64 index = order[size_t(first + k)];
                    const Triple &x = queries[size_t(index)];
                    const qint32 answer = tail ? x.t : x.h;
                    float answerScore;
                    if (sample.empty()) {
                        answerScore = scores(k, answer);
                    } else {
                        Candidates one;
                        one.rows = 1;
                        Matrix row(1, m.dim);
                        if (transformed)
                            m.applyOperator(false, x.r, m.entities.row(answer), row.data());
                        else
                            std::copy(m.entities.row(answer), m.entities.row(answer) + m.dim,
                                      row.data());
                        prepareRow(m, row.data());
                        one.view = row.data();
                        if (!cand.norm2.empty())
                            one.norm2 = {row.rightCols(m.dim - (m.bias ? 1 : 0)).squaredNorm()};
                        Matrix s1;
                        scoreBlock(m, q.middleRows(k, 1), one, s1);
                        answerScore = s1(0, 0);
                    }
                    std::span<const qint32> filter;
                    if (o.filtered)
                        filter = tail ? known->tails(x.h, x.r) : known->heads(x.r, x.t);
                    out[size_t(index)] =
                        rankOf(scores.row(k).data(), answerScore, answer, cand, filter);
                }
            }
        });
    }

    EvalResult &result = out.result;
    MetricsAccumulator tailAcc, headAcc;
    std::vector<MetricsAccumulator> relTail, relHead;
    if (o.perRelation) {
        relTail.resize(size_t(nr));
        relHead.resize(size_t(nr));
    }
    for (qint64 k = 0; k < nq; ++k) {
        tailAcc.add(ranks[0][size_t(k)]);
        headAcc.add(ranks[1][size_t(k)]);
        if (o.perRelation) {
            relTail[size_t(queries[size_t(k)].r)].add(ranks[0][size_t(k)]);
            relHead[size_t(queries[size_t(k)].r)].add(ranks[1][size_t(k)]);
        }
    }
    MetricsAccumulator overall;
    overall.add(headAcc);
    overall.add(tailAcc);
    result.overall = overall.metrics();
    result.head = headAcc.metrics();
    result.tail = tailAcc.metrics();
    for (size_t r = 0; r < relTail.size(); ++r) {
        if (relTail[r].count() == 0)
            continue;
        result.perRelation.push_back({qint32(r), relHead[r].metrics(), relTail[r].metrics()});
    }
    if (o.keepRanks) {
        result.tailRanks = std::move(ranks[0]);
        result.headRanks = std::move(ranks[1]);
    }
    report.force(2 * nq);
    result.seconds = double(timer.nsecsElapsed()) * 1e-9;
    return out;
}

} // namespace eg
