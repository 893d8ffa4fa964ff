#pragma once

// Helpers shared by the kg tests.

#include "kg/graph.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <tuple>
#include <vector>

namespace eg::test {

// A triple spelled with its keys, for comparing graphs whose ids differ.
using KeyTriple = std::tuple<QString, QString, QString>;

inline std::vector<KeyTriple> keyTriples(const Graph &graph, const std::vector<Triple> &triples)
{
    std::vector<KeyTriple> out;
    for (const Triple &t : triples)
        out.emplace_back(graph.entities.keyString(t.h), graph.relations.keyString(t.r),
                         graph.entities.keyString(t.t));
    return out;
}

inline QStringList keys(const Vocabulary &vocabulary)
{
    QStringList out;
    for (qint32 id = 0; id < vocabulary.size(); ++id)
        out.append(vocabulary.keyString(id));
    return out;
}

} // namespace eg::test
