#include "embed/margin_init.h"

#include "embed/rng.h"

#include <cmath>

namespace eg::margin {

namespace {

void fillUniform(Matrix &m, float a, Rng &rng)
{
    float *p = m.data();
    for (Eigen::Index i = 0; i < m.size(); ++i)
        p[i] = a * (2.0f * rng.uniform() - 1.0f);
}

void normalizeRows(Matrix &m)
{
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        const float norm = m.row(i).norm();
        if (norm > 0.0f)
            m.row(i) /= norm;
    }
}

} // namespace

Model initialMarginModel(const TrainConfig &config, qint32 entityCount, qint32 relationCount)
{
    Model model;
    model.spec = config.model;
    const int width = config.model.width();
    model.entities.resize(entityCount, width);
    model.relations.resize(relationCount, width);
    const float dim = float(config.model.dim);
    float a = config.initScale;
    if (a <= 0.0f) {
        a = config.loss == LossType::Margin ? 6.0f / std::sqrt(dim)
                                            : (std::fabs(config.margin) + 2.0f) / dim;
    }
    Rng rng(config.seed, initStream);
    fillUniform(model.entities, a, rng);
    fillUniform(model.relations, a, rng);
    if (config.loss == LossType::Margin) {
        normalizeRows(model.relations);
        if (config.normalizeEntities)
            normalizeRows(model.entities);
    }
    return model;
}

} // namespace eg::margin
