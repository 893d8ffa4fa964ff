#pragma once

#include "debias/kl_term.h"
#include "embed/model.h"
#include "kg/graph.h"

#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace eg::cli {

// The measures of `compare`, one JSON object per model.
struct MeasureOptions {
    bool probe = true;
    int threads = 0;
};

// Filtered link prediction on filtered.test (known triples: all splits of `graph`), the
// difference in scores of each sensitive relation (keys gender, religion, ... by the last path
// component), the gender probe, and B_p (gender, profession): Spearman and mean |B_p| over the
// professions with >= 20 gendered people.
QJsonObject measureModel(const Model &model, const Graph &graph, const Graph &filtered,
                         const std::vector<KlRelation> &sensitive, const MeasureOptions &options);

// Adds costRatio (s / epoch against Basic) and the reductions of the gender difference in
// scores and of mean |B_p| against Basic.
void addRatios(QJsonObject &row, const QJsonObject &basic);

// The text table of `compare`.
QString comparisonTable(const QJsonArray &rows);

} // namespace eg::cli
