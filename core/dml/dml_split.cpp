#include "dml/dml_split.h"

#include "common/error.h"

#include <algorithm>
#include <set>

namespace eg::dml {

DmlSplit makeSplit(const ImageSet &train, const ImageSet &test, WorldSplit split, int seenClasses)
{
    DmlSplit result;
    if (split == WorldSplit::ClosedWorld) {
        result.train = train;
        result.evaluation = test;
    } else {
        std::set<qint32> all(train.labels.begin(), train.labels.end());
        all.insert(test.labels.begin(), test.labels.end());
        std::vector<qint32> seen, unseen;
        for (qint32 label : all)
            (label >= 0 && label < seenClasses ? seen : unseen).push_back(label);
        result.train = selectLabels(train, seen);
        result.evaluation = selectLabels(test, unseen);
    }
    if (result.train.size() == 0 || result.evaluation.size() == 0)
        throw Error(Error::tr("split: %1 training and %2 evaluation images (labels below "
                              "%3 are the seen classes)")
                        .arg(result.train.size())
                        .arg(result.evaluation.size())
                        .arg(seenClasses));
    return result;
}

DmlEvaluation evaluateModel(const DmlModel &model, const ImageSet &evaluation, int threads,
                            const PairHistogramOptions &histogramOptions,
                            const OpisOptions &opisOptions)
{
    const Matrix embeddings = embedImages(model, evaluation.images, threads);
    PairHistogramOptions histograms = histogramOptions;
    histograms.threads = threads;
    RetrievalOptions retrieval;
    retrieval.threads = threads;
    DmlEvaluation result;
    result.opis = computeOpis(embeddings, evaluation.labels, histograms, opisOptions);
    result.retrieval = retrievalMetrics(embeddings, evaluation.labels, retrieval);
    return result;
}

} // namespace eg::dml
