#pragma once

#include "embed/train.h"

#include <QCommandLineParser>

namespace eg::cli {

// The training options shared by `train` and `demo --run`: a preset or a JSON config as the
// base, then one flag per TrainConfig field on top.
void addTrainOptions(QCommandLineParser &parser);

// Builds the TrainConfig from the parsed options. Throws eg::Error naming the bad option.
TrainConfig trainConfigFromOptions(const QCommandLineParser &parser,
                                   const QString &defaultPreset = QString());

} // namespace eg::cli
