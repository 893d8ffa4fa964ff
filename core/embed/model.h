#pragma once

#include <Eigen/Core>
#include <QString>

#include <optional>

namespace eg {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;

// The scoring functions of the engine. Higher score = more plausible, for every type.
//   TransE     distance form   g = -||h + r - t||_p   (p = 1 or 2)
//   TransEDot  PyTorch-BigGraph's translation operator + dot comparator   g = <h + r, t>
//   DistMult                   g = <h, r, t> = sum_i h_i r_i t_i
//   ComplEx                    g = Re <h, r, conj(t)>; vectors hold [re(0..dim) | im(0..dim)]
enum class ModelType { TransE, TransEDot, DistMult, ComplEx };

QString modelTypeName(ModelType type);
std::optional<ModelType> parseModelType(const QString &name);

struct ModelSpec
{
    ModelType type = ModelType::TransE;
    int dim = 100; // embedding dimension (ComplEx: complex components; a vector is 2*dim floats)
    int norm = 1;  // TransE distance form only: 1 or 2
    // PyTorch-BigGraph "dynamic relations": head prediction (?, r, t) uses a second relation
    // table. TransEDot scores tail prediction <h + r, t> and head prediction <h, t + r_rhs>.
    bool separateRhs = false;

    // Floats per entity / relation vector.
    int width() const { return type == ModelType::ComplEx ? 2 * dim : dim; }
};

// Embeddings plus the spec that says how to score them.
struct Model
{
    ModelSpec spec;
    Matrix entities;     // entityCount x width, row-major
    Matrix relations;    // relationCount x width
    Matrix relationsRhs; // relationCount x width when spec.separateRhs, else empty

    qint32 entityCount() const { return qint32(entities.rows()); }
    qint32 relationCount() const { return qint32(relations.rows()); }

    float score(qint32 h, qint32 r, qint32 t) const;
};

// Scores and gradients on raw vectors (length spec.width()), for code that moves embeddings
// (bias measurement, debiasing) without a Model.
float scoreVectors(const ModelSpec &spec, const float *h, const float *r, const float *t);
// d g(h, r, t) / d h, written to out[spec.width()].
void headGradient(const ModelSpec &spec, const float *h, const float *r, const float *t, float *out);

} // namespace eg
