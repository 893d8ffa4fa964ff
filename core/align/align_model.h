#pragma once

#include "align/collective_layer.h"
#include "align/neighbour_sampler.h"

#include <Eigen/Core>
#include <unordered_map>
#include <vector>

namespace eg {

using RowMatrixXf = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Where each parameter block sits in the flat parameter vector. W matrices are column-major
// (rows = outputs). H = hidden (half of a layer's width), D = level-0 width, C = attention
// columns (relation classes * 2).
struct ParamLayout {
    ParamLayout() = default;
    ParamLayout(int input, int hidden, int columns);

    int input = 0, hidden = 0, columns = 0;
    // Layer 1: W1s, W1f, W1i are H x D, b1 has 2H. Layer 2: W2s, W2f, W2i are H x 2H, b2 2H.
    // Self-attention table 2H x C. Scorer: u1, u2 (2H each), uName, uMass, bias.
    qint64 w1s = 0, w1f = 0, w1i = 0, b1 = 0, w2s = 0, w2f = 0, w2i = 0, b2 = 0, att = 0, u1 = 0,
           u2 = 0, uName = 0, uMass = 0, bias = 0, total = 0;
};

// Views of the blocks of a flat vector laid out by ParamLayout.
struct ParamViews {
    ParamViews(float *base, const ParamLayout &layout);
    Eigen::Map<Eigen::MatrixXf> w1s, w1f, w1i;
    Eigen::Map<Eigen::VectorXf> b1;
    Eigen::Map<Eigen::MatrixXf> w2s, w2f, w2i;
    Eigen::Map<Eigen::VectorXf> b2;
    Eigen::Map<Eigen::MatrixXf> att;
    Eigen::Map<Eigen::VectorXf> u1, u2;
    float &uName, &uMass, &bias;
};

// Level-0 features and sampled neighbourhoods of both graphs in one global index (graph-2
// entity e is offset + e). Layer 1 averages the neighbours: meanOut / meanIn hold
// sum over outgoing (incoming) sampled neighbours of x_j, divided by the number of sampled
// neighbours, so W1f meanOut + W1i meanIn = (1/|N_i|) sum_j W_dir(j) x_j.
struct EncoderInput {
    qint32 offset = 0;
    RowMatrixXf x, meanOut, meanIn; // entities x D
    Neighbourhoods neighbours[2];
    // Self-attention column of (relation class, direction): column[class * 2 + inverse]; empty
    // means class * 2 + inverse.
    std::vector<qint32> attentionColumn;

    qint32 column(const Neighbour &n) const {
        const qint32 key = n.relation * 2 + (n.inverse ? 1 : 0);
        return attentionColumn.empty() ? key : attentionColumn[size_t(key)];
    }

    qint32 side(qint32 global) const { return global < offset ? 0 : 1; }
    qint32 local(qint32 global) const { return global < offset ? global : global - offset; }
    // Fills meanOut / meanIn from x and the neighbourhoods.
    void aggregate();
};

// Layer-1 and transformed layer-2 inputs of a set of entities.
struct EncodedSet {
    std::vector<qint32> ids;                // global ids
    std::unordered_map<qint32, qint32> row; // global id -> row
    RowMatrixXf x, meanOut, meanIn;         // gathered level-0 inputs
    RowMatrixXf h1;                         // |ids| x 2H
    RowMatrixXf zs, zf, zi;                 // |ids| x H: W2s h1, W2f h1, W2i h1
    // Inference only: when not empty, the centres' W2s h1 (from other level-0 rows, e.g.
    // without their own pseudo-anchor codes); zs then serves neighbours only.
    RowMatrixXf centreZs;
};

// Per-pair forward state (kept for backward and explanations).
struct PairWork {
    qint32 a = 0, b = 0; // global ids
    float cosine = 0, logit = 0;
    qint32 rowA = 0, rowB = 0;        // rows of the centres in the EncodedSet
    std::vector<qint32> rowsA, rowsB; // rows of their neighbours
    CollectiveSide sideA, sideB;
    CollectiveState stateA, stateB;
    CrossCache cache;
};

// Gradients of one worker: rows of dZ for an EncodedSet, and the flat parameter gradient.
struct EncoderGrad {
    RowMatrixXf dzs, dzf, dzi;
    Eigen::VectorXf params;
    void reset(qsizetype rows, int hidden, qint64 paramCount);
};

class AlignEncoder {
public:
    AlignEncoder(const ParamLayout &layout, const AttentionSwitches &switches)
        : m_layout(layout)
        , m_switches(switches) {}
    const ParamLayout &layout() const { return m_layout; }
    const AttentionSwitches &switches() const { return m_switches; }

    // Every entity in `centres` and its sampled neighbours; layer 1 and the layer-2
    // transforms. `threads` split the matrix products.
    void encode(const Eigen::VectorXf &params, const EncoderInput &input,
                const std::vector<qint32> &centres, EncodedSet &out, int threads = 1,
                bool withNeighbours = true) const;

    // Layer 2 (collective) and the scorer for the pair (a, b) of global ids.
    float forwardPair(const Eigen::VectorXf &params, const EncoderInput &input,
                      const EncodedSet &set, qint32 a, qint32 b, float cosine,
                      PairWork &work) const;
    // Adds dL/dlogit * d(logit) to grad (dZ rows and layer-2 / scorer parameters).
    void backwardPair(const Eigen::VectorXf &params, const EncodedSet &set, const PairWork &work,
                      float dlogit, EncoderGrad &grad) const;
    // Turns the dZ rows of grad into layer-1 / layer-2 weight gradients (added to
    // grad.params).
    void backwardEncode(const Eigen::VectorXf &params, const EncoderInput &input,
                        const EncodedSet &set, EncoderGrad &grad) const;

private:
    void side(const EncoderInput &input, const EncodedSet &set, qint32 global, CollectiveSide &out,
              qint32 &centreRow, std::vector<qint32> &rows) const;

    ParamLayout m_layout;
    AttentionSwitches m_switches;
};

// Glorot-uniform weights; zero biases, scorer and self-attention (so attention starts uniform
// and moves away only where the loss gains).
Eigen::VectorXf initialParameters(const ParamLayout &layout, quint64 seed);

} // namespace eg
