#include "demo/world_builder.h"

#include "common/error.h"

namespace eg::demo {

qint32 WorldBuilder::addEntity(const QString &key, const QString &label)
{
    const qint32 id = qint32(m_keys.size());
    if (m_index.contains(key))
        throw Error(Error::tr("demo world: entity key %1 generated twice").arg(key));
    m_index.insert(key, id);
    m_keys.push_back(key);
    m_labels.push_back(label);
    return id;
}

qint32 WorldBuilder::relation(const QString &key)
{
    for (size_t i = 0; i < m_relationKeys.size(); ++i)
        if (m_relationKeys[i] == key)
            return qint32(i);
    m_relationKeys.push_back(key);
    return qint32(m_relationKeys.size() - 1);
}

Graph WorldBuilder::build(std::span<const SplitPart> parts, std::vector<qint32> &entityMap,
                          std::vector<qint32> &relationMap) const
{
    Graph graph;
    entityMap.assign(m_keys.size(), -1);
    relationMap.assign(m_relationKeys.size(), -1);
    std::vector<QString> labels;
    const auto entityId = [&](qint32 provisional) {
        qint32 &mapped = entityMap[size_t(provisional)];
        if (mapped < 0) {
            const QByteArray key = m_keys[size_t(provisional)].toUtf8();
            mapped = graph.entities.insert(std::string_view(key.constData(), size_t(key.size())));
            labels.push_back(m_labels[size_t(provisional)]);
        }
        return mapped;
    };
    const auto relationId = [&](qint32 provisional) {
        qint32 &mapped = relationMap[size_t(provisional)];
        if (mapped < 0) {
            const QByteArray key = m_relationKeys[size_t(provisional)].toUtf8();
            mapped = graph.relations.insert(std::string_view(key.constData(), size_t(key.size())));
        }
        return mapped;
    };
    for (SplitPart wanted : {SplitPart::Train, SplitPart::Valid, SplitPart::Test}) {
        std::vector<Triple> &out = wanted == SplitPart::Train   ? graph.train
                                   : wanted == SplitPart::Valid ? graph.valid
                                                                : graph.test;
        for (size_t i = 0; i < m_triples.size(); ++i) {
            if (parts[i] != wanted)
                continue;
            const Triple &x = m_triples[i];
            const qint32 h = entityId(x.h);
            const qint32 r = relationId(x.r);
            const qint32 t = entityId(x.t);
            out.push_back({h, r, t});
        }
    }
    graph.entityLabels = std::move(labels);
    return graph;
}

} // namespace eg::demo
