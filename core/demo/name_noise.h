#pragma once

#include "embed/rng.h"

#include <QString>

#include <array>

namespace eg::demo {

// The ways a name is disturbed in the noisy views of the demo world.
enum class NameNoise {
    Typo,          // one letter swapped with its neighbour, dropped, doubled or mistyped
    Reorder,       // last part first: "Mara Lindqvist" -> "Lindqvist, Mara"
    Abbreviate,    // "University" -> "Univ.", a given name -> its initial
    Transliterate, // one spelling rule everywhere: ph -> f, w -> v, c -> k, ...
    Lowercase,     // lower case without punctuation, like machine-translated names
};
constexpr int kNameNoiseKinds = 5;

// Applies one disturbance. Returns `name` unchanged when the kind does not apply to it (a
// single word cannot be reordered, a name without a matching spelling cannot be
// transliterated, ...). The first letter of a word is never mistyped.
QString applyNameNoise(const QString &name, NameNoise kind, Rng &rng);

// With probability `probability` applies one disturbance whose kind is drawn with the given
// weights (indexed by NameNoise); falls back to a typo when the drawn kind does not apply.
QString perturbName(const QString &name, double probability,
                    const std::array<double, kNameNoiseKinds> &weights, Rng &rng);

} // namespace eg::demo
