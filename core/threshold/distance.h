#pragma once

// The pair distance of the threshold-consistency methods and the unit-length rows it is
// computed from. Both distances are monotone in the cosine similarity s of the two rows and
// lie in [0, 2]:  L2 of the normalised rows = sqrt(2 - 2 s),  cosine distance = 1 - s.

#include "embed/model.h"

#include <algorithm>
#include <cmath>

namespace eg {

enum class DistanceKind {
    L2Normalised, // Euclidean distance of the L2-normalised embeddings (default)
    Cosine,       // 1 - cosine similarity
};

// Largest possible distance of either kind (opposite unit vectors).
inline constexpr double MaxPairDistance = 2.0;

// The distance of two unit vectors whose dot product is `s` (clamped to [-1, 1] first, since a
// float dot product of unit vectors can stray just outside).
inline float distanceFromCosine(float s, DistanceKind kind)
{
    s = std::clamp(s, -1.0f, 1.0f);
    return kind == DistanceKind::Cosine ? 1.0f - s : std::sqrt(2.0f - 2.0f * s);
}

// The rows of `embeddings` scaled to unit Euclidean length. Throws eg::Error naming the row
// (0-based) when a row has zero length or a value that is not finite.
Matrix normalisedRows(const Matrix &embeddings);

} // namespace eg
