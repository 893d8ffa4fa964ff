#pragma once

#include "embed/train.h"

#include <QString>

#include <vector>

namespace eg {

// Named training settings, shared by the CLI (--preset) and the GUI's model chooser. Each is
// documented (with the figures it reached) in docs/training.md.
struct TrainPreset
{
    QString name;        // stable identifier, e.g. "fast-transx"
    QString description; // one line for --help and tooltips
    TrainConfig config;
};

const std::vector<TrainPreset> &trainPresets();
// The preset called `name`, or nullptr.
const TrainPreset *findTrainPreset(const QString &name);

} // namespace eg
