#pragma once

// Train / evaluation splits for metric learning and the threshold-consistency evaluation of a
// trained model.
//
// Open world: train on the training images of the first `seenClasses` labels (0 .. 4 for
// Fashion-MNIST by default) and evaluate on the test images of the other labels (5 .. 9),
// classes the model never saw. Closed world: train on all training images, evaluate on all
// test images.

#include "dml/dml_trainer.h"
#include "threshold/opis.h"
#include "threshold/retrieval.h"

namespace eg::dml {

enum class WorldSplit { OpenWorld, ClosedWorld };

struct DmlSplit
{
    ImageSet train;
    ImageSet evaluation;
};

// Labels 0 .. seenClasses - 1 count as seen in the open world. Throws eg::Error when either
// side comes out empty.
DmlSplit makeSplit(const ImageSet &train, const ImageSet &test, WorldSplit split,
                   int seenClasses = 5);

struct DmlEvaluation
{
    OpisResult opis;           // core/threshold defaults unless given
    RetrievalResult retrieval; // Recall@1, MAP@R
};

// Embeds the evaluation images and measures OPIS, eps-OPIS, Recall@1 and MAP@R on them.
DmlEvaluation evaluateModel(const DmlModel &model, const ImageSet &evaluation, int threads = 2,
                            const PairHistogramOptions &histogramOptions = {},
                            const OpisOptions &opisOptions = {});

} // namespace eg::dml
