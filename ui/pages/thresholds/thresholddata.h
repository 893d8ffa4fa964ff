#pragma once

#include "dml/dml_split.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace eg {

// The labelled image sets the Thresholds page trains on: Fashion-MNIST from Debian's
// dataset-fashion-mnist package when it is installed, else (and on request) the built-in
// synthetic set of core/dml/synthetic_images.h, 10 classes of 32 values with class-dependent
// spread. Both are split open-world: train on labels 0-4, evaluate on the unseen 5-9.
class ThresholdData
{
    Q_DECLARE_TR_FUNCTIONS(eg::ThresholdData)
public:
    enum Source { FashionMnist, Synthetic };

    struct Loaded
    {
        dml::DmlSplit split;
        std::vector<QString> classNames; // of the evaluation labels, ascending
        QString description;             // "Fashion-MNIST, unseen classes 5-9"
    };

    static bool fashionMnistAvailable(const QString &folder = QString());
    static QString sourceName(Source source);
    // The network widths that suit the source ({784, 256, 64} or {32, 64, 16}).
    static std::vector<int> widths(Source source);
    // Throws eg::Error (e.g. a missing or damaged Fashion-MNIST file).
    static Loaded load(Source source, const QString &folder = QString());
    // Fashion-MNIST's class names by label 0-9.
    static QString fashionClassName(int label);
};

} // namespace eg
