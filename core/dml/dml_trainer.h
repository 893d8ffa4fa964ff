#pragma once

// The metric-learning trainer: an MLP with unit-length output (dml/mlp.h) trained with a base
// loss over learnable class vectors (ArcFace or Proxy-Anchor), optionally plus the TCM
// regulariser, on batches of P classes x K images, with Adam.
//
// Inputs are standardised with the training set's pixel mean and standard deviation (kept in
// the model, so embedImages applies the same). Each step: forward on the batch split into
// `threads` parts on their own threads, losses on the whole batch (double precision), backward
// on the same parts, gradients summed, one Adam step for the network and the class vectors.

#include "dml/arcface_loss.h"
#include "dml/idx_images.h"
#include "dml/proxy_anchor_loss.h"
#include "dml/tcm_loss.h"
#include "jobs/progress.h"

#include <functional>
#include <vector>

namespace eg::dml {

enum class BaseLoss { ArcFace, ProxyAnchor };

struct DmlSettings
{
    std::vector<int> widths = {784, 256, 64};
    BaseLoss baseLoss = BaseLoss::ArcFace;
    ArcFaceParams arcFace;
    ProxyAnchorParams proxyAnchor;
    bool useTcm = false;
    TcmParams tcm;
    int epochs = 10;
    int classesPerBatch = 5; // P
    int perClass = 32;       // K
    double learningRate = 1e-3;
    double classLearningRate = 1e-2; // for the class weight vectors / proxies
    quint64 seed = 1;
    int threads = 2; // <= 0: all hardware threads
};

struct EpochReport
{
    int epoch = 0;         // 1-based
    double loss = 0.0;     // mean total loss over the epoch's steps
    double baseLoss = 0.0; // mean base loss
    double tcmLoss = 0.0;  // mean TCM term (0 without TCM)
    double seconds = 0.0;  // wall time of the epoch
};

struct DmlModel
{
    Mlp<float> network;
    float inputMean = 0.0f;
    float inputScale = 1.0f;         // 1 / standard deviation
    Matrix classVectors;             // ArcFace weights or proxies, one row per training class
    std::vector<qint32> classLabels; // label of each row of classVectors
    std::vector<EpochReport> history;
};

using EpochFn = std::function<void(const EpochReport &)>;

// Throws eg::Error on bad settings or data (image width differs from widths.front(), fewer
// than P classes); eg::Cancelled when `progress` (counting steps) says stop. `onEpoch` is
// called on the calling thread after each epoch.
DmlModel trainDml(const ImageSet &train, const DmlSettings &settings,
                  const ProgressFn &progress = {}, const EpochFn &onEpoch = {});

// Unit-length embeddings of `images` (one per row), computed in blocks on `threads` threads.
Matrix embedImages(const DmlModel &model, const Matrix &images, int threads = 2);

} // namespace eg::dml
