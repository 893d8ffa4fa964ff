#include "embed/train.h"

#include "common/error.h"
#include "embed/train_margin.h"
#include "embed/train_softmax.h"

#include <cmath>

namespace eg {

namespace {

void require(bool ok, const QString &message)
{
    if (!ok)
        throw Error(message);
}

bool finiteAtLeast(float value, float low)
{
    return std::isfinite(value) && value >= low;
}

void checkInputs(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
                 const TrainConfig &config, const Model *initial)
{
    require(entityCount >= 1 && relationCount >= 1,
            Error::tr("training needs at least one entity and one relation"));
    require(!triples.empty(), Error::tr("no training triples"));
    for (size_t i = 0; i < triples.size(); ++i) {
        const Triple &x = triples[i];
        require(x.h >= 0 && x.h < entityCount && x.t >= 0 && x.t < entityCount && x.r >= 0 &&
                    x.r < relationCount,
                Error::tr("training triple %1 (%2, %3, %4) has an id out of range "
                          "(%5 entities, %6 relations)")
                    .arg(i)
                    .arg(x.h)
                    .arg(x.r)
                    .arg(x.t)
                    .arg(entityCount)
                    .arg(relationCount));
    }
    if (!initial)
        return;
    const ModelSpec &s = initial->spec;
    const qint64 w = config.model.width();
    const bool rhsOk = !s.separateRhs || (initial->relationsRhs.rows() == relationCount &&
                                          initial->relationsRhs.cols() == w);
    require(s.type == config.model.type && s.dim == config.model.dim &&
                (s.type != ModelType::TransE || s.norm == config.model.norm) &&
                s.separateRhs == config.model.separateRhs &&
                initial->entities.rows() == entityCount && initial->entities.cols() == w &&
                initial->relations.rows() == relationCount && initial->relations.cols() == w &&
                rhsOk,
            Error::tr("the initial model (%1, dim %2, %3 x %4 entities) does not match the "
                      "configuration (%5, dim %6, %7 entities)")
                .arg(modelTypeName(s.type))
                .arg(s.dim)
                .arg(initial->entities.rows())
                .arg(initial->entities.cols())
                .arg(modelTypeName(config.model.type))
                .arg(config.model.dim)
                .arg(entityCount));
}

} // namespace

void validate(const TrainConfig &c)
{
    require(c.model.dim >= 1 && c.model.dim <= 65536,
            Error::tr("dimension must be between 1 and 65536 (got %1)").arg(c.model.dim));
    require(c.model.type != ModelType::TransE || c.model.norm == 1 || c.model.norm == 2,
            Error::tr("TransE norm must be 1 or 2 (got %1)").arg(c.model.norm));
    require(c.epochs >= 0, Error::tr("epochs must not be negative (got %1)").arg(c.epochs));
    require(c.batchSize >= 0,
            Error::tr("batch size must not be negative (got %1)").arg(c.batchSize));
    require(c.batchSize > 0 || c.batchesPerEpoch >= 1,
            Error::tr("batches per epoch must be at least 1 (got %1)").arg(c.batchesPerEpoch));
    require(c.negatives >= 0 && c.batchNegatives >= 0,
            Error::tr("negative counts must not be negative"));
    require(std::isfinite(c.learningRate) && c.learningRate > 0.0f,
            Error::tr("learning rate must be positive and finite (got %1)")
                .arg(double(c.learningRate)));
    require(std::isfinite(c.margin),
            Error::tr("margin must be finite (got %1)").arg(double(c.margin)));
    require(finiteAtLeast(c.adversarialTemperature, 0.0f),
            Error::tr("adversarial temperature must be finite and not negative (got %1)")
                .arg(double(c.adversarialTemperature)));
    require(finiteAtLeast(c.regularization, 0.0f),
            Error::tr("regularization must be finite and not negative (got %1)")
                .arg(double(c.regularization)));
    require(finiteAtLeast(c.warmupEpochs, 0.0f),
            Error::tr("warm-up epochs must be finite and not negative (got %1)")
                .arg(double(c.warmupEpochs)));
    require(
        finiteAtLeast(c.initScale, 0.0f),
        Error::tr("init scale must be finite and not negative (got %1)").arg(double(c.initScale)));
    require(c.threads >= 0, Error::tr("threads must not be negative (got %1)").arg(c.threads));
    if (c.loss == LossType::Softmax) {
        require(c.model.type != ModelType::TransE,
                Error::tr("the softmax loss needs a dot-form model (transe-dot, distmult, "
                          "complex); train the TransE distance form with the margin or "
                          "self-adversarial loss"));
        require(c.negatives > 0 || c.batchNegatives > 1,
                Error::tr("the softmax loss needs uniform negatives or at least 2 batch "
                          "negatives"));
    } else {
        validateMargin(c);
    }
}

Model train(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
            const TrainConfig &config, const ProgressFn &progress, const EpochFn &onEpoch,
            const Model *initial)
{
    validate(config);
    checkInputs(triples, entityCount, relationCount, config, initial);
    if (config.loss == LossType::Softmax)
        return trainSoftmax(triples, entityCount, relationCount, config, progress, onEpoch,
                            initial);
    return trainMargin(triples, entityCount, relationCount, config, progress, onEpoch, initial);
}

} // namespace eg
