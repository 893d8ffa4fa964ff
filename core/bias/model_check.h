#pragma once

#include "bias/bias_scorer.h"
#include "embed/model.h"
#include "kg/graph.h"

namespace eg::bias {

// Throws eg::Error unless the model has one row per entity and per relation of the graph and
// rows of spec.width() floats (the bias measures index the model by the graph's ids); with
// ScoreForm::HeadPrediction and separateRhs, relationsRhs must have that shape too.
void checkModelFitsGraph(const Model &model, const Graph &graph,
                         ScoreForm form = ScoreForm::TailPrediction);

} // namespace eg::bias
