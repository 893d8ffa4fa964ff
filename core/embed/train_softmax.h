#pragma once

#include "embed/train.h"

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace eg {

// The PyTorch-BigGraph style trainer: LossType::Softmax for ModelType::TransEDot, DistMult and
// ComplEx (with or without spec.separateRhs).
//
// Each batch of `batchSize` positives is cut into chunks of `batchNegatives` positives (50 when
// batchNegatives is 0). Within a chunk, every positive is scored against the same candidates,
// on both sides (tail prediction and head prediction):
//   - the other positives' true entities of the chunk ("batch negatives", when batchNegatives > 0),
//   - `negatives` entities drawn uniformly for the chunk and side ("uniform negatives").
// A candidate equal to the positive's own true entity is left out. The loss of one positive and
// side is the softmax cross-entropy  -s_pos + log(exp(s_pos) + sum_neg exp(s_neg)),  summed
// over the batch, plus the regulariser. Scores are matrix products (chunk queries x candidates).
// Optimiser: Adagrad whatever config.optimizer says (row-wise for entities: one accumulator per
// row += mean of the row's squared gradient; element-wise for relations), one step per batch,
// learning rate warmed up linearly over config.warmupEpochs. docs/training.md, "Softmax
// trainer", has the details and the measured figures.

enum class SoftmaxRegularizer {
    N3, // weight * sum over the batch's positives of |h|^3 + |r|^3 + |t|^3 (ComplEx: modulus)
    L2  // weight * sum over the batch's positives of |h|^2 + |r|^2 + |t|^2
};

enum class SoftmaxParallel {
    Hogwild,    // each thread trains whole batches and updates the shared tables without locks
    Synchronous // threads split each batch's chunks, then apply one summed step together
};

// Gradients of the current batch, row by row. Rows are summed with the link-prediction
// gradient before the optimiser step. The pointers stay valid until the hook returns.
class SoftmaxGradients
{
public:
    virtual ~SoftmaxGradients() = default;
    // d loss / d row (length spec.width()); zero the first time a row is asked for in a batch.
    virtual float *entity(qint32 row) = 0;
    virtual float *relation(qint32 row) = 0;
    virtual float *relationRhs(qint32 row) = 0; // only when spec.separateRhs
};

// Fills the extra entity rows of one positive: see SoftmaxHooks::extraRows.
using SoftmaxExtraRowsFn =
    std::function<void(const Triple &positive, std::vector<qint32> &headExtras,
                       std::vector<qint32> &tailExtras)>;

// Whitelisted composites (Fisher et al.'s "KL + Attr" scoring rule). A triple (h, r, t) is
// composite when relationAllowed[r] or entityAllowed[h] or entityAllowed[t] (ids beyond a vector's
// size count as not allowed); a composite triple is scored with each end's row plus that
// entity's extra rows, rows[start[e] .. start[e + 1]) (none for ids beyond start.size() - 1).
// The rule holds for every candidate triple of a chunk: for the positive and for each negative,
// so a negative entity c of a positive (h, r, t) on the tail side is scored as part of (h, r, c),
// composite exactly when that triple is. The gradient of a composite reaches every row in it.
struct SoftmaxComposites
{
    std::vector<char> relationAllowed;
    std::vector<char> entityAllowed;
    std::vector<qint64> start;
    std::vector<qint32> rows;

    bool allowed(qint32 r, qint32 h, qint32 t) const
    {
        return flag(relationAllowed, r) || flag(entityAllowed, h) || flag(entityAllowed, t);
    }
    static bool flag(const std::vector<char> &v, qint32 i)
    {
        return i >= 0 && size_t(i) < v.size() && v[size_t(i)];
    }
    std::span<const qint32> rowsOf(qint32 e) const
    {
        if (e < 0 || size_t(e) + 1 >= start.size())
            return {};
        return {rows.data() + start[size_t(e)], size_t(start[size_t(e) + 1] - start[size_t(e)])};
    }
};

// Extension points for debiasing (issue 3). All are optional and may be combined.
struct SoftmaxHooks
{
    // Called once per batch, after the batch's link-prediction gradients are computed and before
    // the optimiser step, on the worker thread that trains the batch (`worker` in [0, threads)).
    // Reads `model` (under Hogwild other workers may be writing to it), adds d extra / d row to
    // `gradients` and returns the extra loss (summed into EpochStats::loss). Must be safe to
    // call from several workers at once. Throwing eg::Error stops the training with that error.
    std::function<double(int worker, std::span<const Triple> batch, const Model &model,
                         SoftmaxGradients &gradients)>
        batchLoss;

    // Composite entities (Fisher et al.'s attribute vectors, "KL + Attr"): for each positive,
    // entity rows to add to its head's (tail's) vector wherever that head (tail) is scored in
    // its chunk: as the query's anchor, as the true candidate, and as a batch negative of the
    // chunk's other positives. The gradient of the sum reaches every added row. Uniform
    // negatives and the regulariser use plain rows. Keep such rows out of the sampling with
    // SoftmaxOptions::sampledEntities. The vectors come in empty; the function must be safe to
    // call from several workers at once.
    SoftmaxExtraRowsFn extraRows;

    // Whitelisted composites (see SoftmaxComposites), applied on top of extraRows: a positive
    // whose triple is composite should get no extra rows from extraRows. Its extra rows must be
    // kept out of the sampling (SoftmaxOptions::sampledEntities). Not regularised.
    std::shared_ptr<const SoftmaxComposites> composites;
};

// Settings that only this trainer has.
struct SoftmaxOptions
{
    SoftmaxRegularizer regularizer = SoftmaxRegularizer::N3;
    SoftmaxParallel parallel = SoftmaxParallel::Hogwild;
    // Uniform negatives are drawn from [0, sampledEntities); 0 = every entity. Lets a caller keep
    // extra rows (e.g. attribute vectors) at the end of the entity table out of the sampling.
    qint32 sampledEntities = 0;
    SoftmaxHooks hooks;
};

// Trains as described above. `initial`, when given, must have config.model's spec and shapes;
// otherwise entities start as N(0, initScale^2) (initScale 0 = 0.001, PBG's default) and
// relations as the identity of their operator (TransEDot: 0; DistMult: 1; ComplEx: 1 + 0i).
// With config.threads == 1 (or SoftmaxParallel::Synchronous and a fixed thread count) and a
// fixed seed, the run is reproducible bit for bit. Throws eg::Error on an invalid setting or
// when the loss becomes NaN or infinite ("training diverged at epoch N ..."), eg::Cancelled when
// `progress` says stop.
Model trainSoftmax(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
                   const TrainConfig &config, const ProgressFn &progress = {},
                   const EpochFn &onEpoch = {}, const Model *initial = nullptr,
                   const SoftmaxOptions &options = {});

} // namespace eg
