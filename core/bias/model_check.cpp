#include "bias/model_check.h"

#include "common/error.h"

namespace eg::bias {

void checkModelFitsGraph(const Model &model, const Graph &graph, ScoreForm form)
{
    const int w = model.spec.width();
    if (model.spec.dim <= 0)
        throw Error(Error::tr("the model's dimension is %1").arg(model.spec.dim));
    if (model.entityCount() != graph.entityCount() || model.entities.cols() != w)
        throw Error(Error::tr("the model has %1 x %2 entity rows, the graph needs %3 x %4")
                        .arg(model.entities.rows())
                        .arg(model.entities.cols())
                        .arg(graph.entityCount())
                        .arg(w));
    if (model.relationCount() != graph.relationCount() || model.relations.cols() != w)
        throw Error(Error::tr("the model has %1 x %2 relation rows, the graph needs %3 x %4")
                        .arg(model.relations.rows())
                        .arg(model.relations.cols())
                        .arg(graph.relationCount())
                        .arg(w));
    if (form == ScoreForm::HeadPrediction && model.spec.separateRhs &&
        (model.relationsRhs.rows() != graph.relationCount() || model.relationsRhs.cols() != w))
        throw Error(Error::tr("the model has %1 x %2 head-prediction relation rows, the "
                              "graph needs %3 x %4")
                        .arg(model.relationsRhs.rows())
                        .arg(model.relationsRhs.cols())
                        .arg(graph.relationCount())
                        .arg(w));
}

} // namespace eg::bias
