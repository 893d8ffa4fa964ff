#include "debias/adversarial_labels.h"

#include "common/error.h"

#include <algorithm>

namespace eg::adversarial {

AttributeLabels attributeLabels(const Graph &graph, const AdversarialAttribute &attribute,
                                unsigned splits)
{
    const qint32 r = attribute.relation;
    if (r < 0 || r >= graph.relationCount())
        throw Error(Error::tr("adversarial filters: sensitive relation id %1 is out of "
                              "range (%2 relations)")
                        .arg(r)
                        .arg(graph.relationCount()));
    if (attribute.topValues < 2)
        throw Error(Error::tr("adversarial filters: an attribute needs at least 2 classes "
                              "(topValues %1)")
                        .arg(attribute.topValues));
    AttributeLabels out;
    for (const ValueCount &v : relationValues(graph, r, splits, attribute.topValues))
        out.classes.push_back(v.entity);
    const QString name = graph.relations.keyString(r);
    if (out.classes.size() < 2)
        throw Error(Error::tr("adversarial filters: relation %1 has fewer than two values "
                              "in the chosen splits")
                        .arg(name));
    // A person's label: the first class, in class order, among its values (eg::probeAccuracy's
    // rule), so the most frequent value wins when a person has several.
    std::vector<qint32> classOf(size_t(graph.entityCount()), -1);
    for (size_t c = 0; c < out.classes.size(); ++c)
        classOf[size_t(out.classes[c])] = qint32(c);
    out.label.assign(size_t(graph.entityCount()), -1);
    forEachTriple(graph, splits, r, [&](const Triple &x) {
        const qint32 c = classOf[size_t(x.t)];
        qint32 &label = out.label[size_t(x.h)];
        if (c >= 0 && (label < 0 || c < label))
            label = c;
    });
    out.people = std::count_if(out.label.begin(), out.label.end(), [](qint32 l) { return l >= 0; });
    if (out.people == 0)
        throw Error(Error::tr("adversarial filters: relation %1 has no labelled people").arg(name));
    return out;
}

} // namespace eg::adversarial
