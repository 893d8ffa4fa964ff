#pragma once

#include "debias/adversarial.h"

#include <vector>

namespace eg::adversarial {

// The discriminator's data for one attribute (see eg::AdversarialAttribute).
struct AttributeLabels
{
    std::vector<qint32> classes; // class -> value entity id, most frequent first
    std::vector<qint32> label;   // entity -> class, -1 for an entity the discriminator skips
    qint64 people = 0;           // entities with a label
};

// Throws eg::Error when the relation is out of range, topValues < 2, or fewer than two classes
// or no labelled people are found in `splits`.
AttributeLabels attributeLabels(const Graph &graph, const AdversarialAttribute &attribute,
                                unsigned splits);

} // namespace eg::adversarial
