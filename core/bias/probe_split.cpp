#include "bias/probe_split.h"

#include "bias/sensitive.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace eg {

LabelledHumans labelledHumans(const Graph &graph, qint32 relation, unsigned splits,
                              qint32 topValues) {
    LabelledHumans out;
    for (const ValueCount &v : relationValues(graph, relation, splits, topValues))
        out.classes.push_back(v.entity);
    if (out.classes.size() < 2)
        throw Error(Error::tr("relation %1 has fewer than two values in %2")
                        .arg(graph.relations.keyString(relation), splitSetName(splits)));
    std::vector<qint32> classOf(size_t(graph.entityCount()), -1);
    for (size_t c = 0; c < out.classes.size(); ++c)
        classOf[size_t(out.classes[c])] = qint32(c);
    const HeadValues values(graph, relation, splits);
    for (qint32 h : relationHeads(graph, relation, splits)) {
        qint32 label = -1;
        for (qint32 v : values.values(h))
            if (classOf[size_t(v)] >= 0 && (label < 0 || classOf[size_t(v)] < label))
                label = classOf[size_t(v)];
        if (label < 0) {
            ++out.skipped;
            continue;
        }
        out.people.push_back(h);
        out.labels.push_back(label);
    }
    return out;
}

void badProbeOption(const char *what)
{
    throw Error(Error::tr("probe option %1 is out of range").arg(QLatin1String(what)));
}

void checkProbeOptions(const Graph &graph, qint32 relation, qint32 topValues, double testShare,
                       double validShare)
{
    if (relation < 0 || relation >= graph.relationCount())
        throw Error(Error::tr("sensitive relation %1 is no relation of the graph").arg(relation));
    if (topValues < 2)
        badProbeOption("topValues (at least 2)");
    if (!(testShare > 0 && testShare < 1))
        badProbeOption("testShare (between 0 and 1)");
    if (!(validShare > 0 && validShare < 1))
        badProbeOption("validShare (between 0 and 1)");
}

ProbeSplit splitHumans(qint64 n, double testShare, double validShare, Rng &rng) {
    ProbeSplit s;
    s.order.resize(size_t(std::max<qint64>(n, 0)));
    for (qint64 i = 0; i < n; ++i)
        s.order[size_t(i)] = i;
    shuffleInPlace(std::span(s.order), rng);
    s.nTest = qint64(std::llround(testShare * double(n)));
    s.nValid = qint64(std::llround(validShare * double(n - s.nTest)));
    s.nTrain = n - s.nTest - s.nValid;
    if (s.nTest < 1 || s.nValid < 1 || s.nTrain < 1)
        throw Error(
            Error::tr("too few humans (%1) for a training, validation and test part").arg(n));
    return s;
}

double majorityRate(std::span<const qint32> labels, std::span<const qint64> rows, size_t classes) {
    if (rows.empty() || classes == 0)
        return std::nan("");
    std::vector<qint64> counts(classes, 0);
    for (qint64 r : rows)
        ++counts[size_t(labels[size_t(r)])];
    return double(*std::max_element(counts.begin(), counts.end())) / double(rows.size());
}

} // namespace eg
