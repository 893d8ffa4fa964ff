#pragma once

// Small fixtures shared by the shell's tests.

#include "kg/graph.h"

#include <QString>

#include <memory>
#include <random>

namespace eg::test {

// A random graph (fixed seed): `entities` entities "e<i>", `relations` relations "r<j>",
// `train` training triples and 50 each for validation and test. Ids as the loader would give
// them do not matter here: the vocabularies are filled in id order first.
inline std::shared_ptr<const Graph> randomGraph(int entities = 120, int relations = 4,
                                                int train = 1500, unsigned seed = 7)
{
    auto graph = std::make_shared<Graph>();
    for (int i = 0; i < entities; ++i)
        graph->entities.insert(QStringLiteral("e%1").arg(i).toStdString());
    for (int j = 0; j < relations; ++j)
        graph->relations.insert(QStringLiteral("r%1").arg(j).toStdString());
    std::mt19937 rng(seed);
    std::uniform_int_distribution<qint32> entity(0, entities - 1), relation(0, relations - 1);
    const auto draw = [&](std::vector<Triple> &into, int count) {
        for (int i = 0; i < count; ++i)
            into.push_back({entity(rng), relation(rng), entity(rng)});
    };
    draw(graph->train, train);
    draw(graph->valid, 50);
    draw(graph->test, 50);
    graph->source = QStringLiteral("random graph");
    return graph;
}

} // namespace eg::test
