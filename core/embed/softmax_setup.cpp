#include "embed/softmax_setup.h"

#include "common/error.h"
#include "embed/rng.h"

#include <algorithm>
#include <cmath>

namespace eg::softmax {
namespace {

constexpr float kDefaultInitScale = 0.001f; // PBG's init_scale

void check(bool ok, const QString &message)
{
    if (!ok)
        throw Error(Error::tr("softmax trainer: %1").arg(message));
}

} // namespace

void validateInputs(std::span<const Triple> triples, qint32 entityCount, qint32 relationCount,
                    const TrainConfig &c, const Model *initial, const SoftmaxOptions &o)
{
    const ModelType type = c.model.type;
    check(type == ModelType::TransEDot || type == ModelType::DistMult || type == ModelType::ComplEx,
          Error::tr("model %1 is not supported (transe-dot, distmult or complex)")
              .arg(modelTypeName(type)));
    check(c.model.dim >= 1, Error::tr("dimension must be at least 1"));
    check(c.epochs >= 0, Error::tr("epochs must not be negative"));
    check(c.batchSize >= 0 && c.batchesPerEpoch >= 1,
          Error::tr("batch size must be >= 0 and batches per epoch >= 1"));
    check(c.negatives >= 0 && c.batchNegatives >= 0,
          Error::tr("negative counts must not be negative"));
    check(c.negatives > 0 || c.batchNegatives > 1,
          Error::tr("needs uniform negatives or at least 2 batch negatives"));
    check(std::isfinite(c.learningRate) && c.learningRate > 0.0f,
          Error::tr("learning rate must be positive"));
    check(c.regularization >= 0.0f && c.warmupEpochs >= 0.0f && c.initScale >= 0.0f,
          Error::tr("regularization, warm-up and init scale must not be negative"));
    check(c.threads >= 0, Error::tr("threads must not be negative"));
    check(entityCount >= 1 && relationCount >= 1 && !triples.empty(),
          Error::tr("needs entities, relations and training triples"));
    check(o.sampledEntities >= 0 && o.sampledEntities <= entityCount,
          Error::tr("sampledEntities must be in [0, entityCount]"));
    if (const SoftmaxComposites *cp = o.hooks.composites.get()) {
        check(cp->start.empty() ||
                  (cp->start.front() == 0 && cp->start.back() == qint64(cp->rows.size()) &&
                   std::is_sorted(cp->start.begin(), cp->start.end())),
              Error::tr("composite rows: the start offsets do not index the rows"));
        for (qint32 row : cp->rows)
            check(row >= 0 && row < entityCount,
                  Error::tr("composite rows: entity %1 out of range").arg(row));
    }
    for (size_t i = 0; i < triples.size(); ++i) {
        const Triple &x = triples[i];
        check(x.h >= 0 && x.h < entityCount && x.t >= 0 && x.t < entityCount && x.r >= 0 &&
                  x.r < relationCount,
              Error::tr("triple %1 (%2, %3, %4) has an id out of range")
                  .arg(i)
                  .arg(x.h)
                  .arg(x.r)
                  .arg(x.t));
    }
    if (initial) {
        const ModelSpec &s = initial->spec;
        const int w = c.model.width();
        check(s.type == c.model.type && s.dim == c.model.dim &&
                  s.separateRhs == c.model.separateRhs && initial->entities.rows() == entityCount &&
                  initial->entities.cols() == w && initial->relations.rows() == relationCount &&
                  initial->relations.cols() == w &&
                  (!s.separateRhs || (initial->relationsRhs.rows() == relationCount &&
                                      initial->relationsRhs.cols() == w)),
              Error::tr("the initial model does not match the configuration"));
    }
}

Model initialModel(qint32 entityCount, qint32 relationCount, const TrainConfig &c)
{
    Model m;
    m.spec = c.model;
    const int w = c.model.width();
    const float scale = c.initScale > 0.0f ? c.initScale : kDefaultInitScale;
    Rng rng(c.seed, 0x1417u);
    m.entities.resize(entityCount, w);
    float *e = m.entities.data();
    for (qint64 i = 0; i < qint64(entityCount) * w; ++i) { // Box-Muller
        const double u1 = 1.0 - rng.uniformDouble(), u2 = rng.uniformDouble();
        e[i] = float(scale * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2));
    }
    // Relations start as their operator's identity.
    const float one = c.model.type == ModelType::TransEDot ? 0.0f : 1.0f;
    m.relations = Matrix::Zero(relationCount, w);
    m.relations.leftCols(c.model.dim).setConstant(one);
    if (c.model.separateRhs)
        m.relationsRhs = m.relations;
    return m;
}

} // namespace eg::softmax
