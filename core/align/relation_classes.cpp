#include "align/relation_classes.h"

#include "kg/adjacency.h"

#include <map>
#include <unordered_map>

namespace eg {

namespace {

QString lastSegment(const QString &uri) {
    qsizetype cut = std::max(uri.lastIndexOf(QLatin1Char('/')), uri.lastIndexOf(QLatin1Char('#')));
    return uri.mid(cut + 1);
}

} // namespace

RelationClasses buildRelationClasses(const AlignmentData &data, int minSupport) {
    const Graph &g1 = data.first.graph, &g2 = data.second.graph;
    RelationClasses out;
    out.classOf[0].resize(size_t(g1.relationCount()));
    out.classOf[1].assign(size_t(g2.relationCount()), -1);
    for (qint32 r = 0; r < g1.relationCount(); ++r) {
        out.classOf[0][size_t(r)] = r;
        out.name.push_back(lastSegment(g1.relations.keyString(r)));
    }
    for (const auto &[r1, r2] : data.relationLinks)
        if (out.classOf[1][size_t(r2)] < 0) {
            out.classOf[1][size_t(r2)] = r1;
            ++out.fromData;
        }

    // Co-occurrence of relations on linked entity pairs.
    std::vector<qint32> partner(size_t(g1.entityCount()), -1);
    for (const AlignLink &link : data.trainLinks)
        partner[size_t(link.first)] = link.second;
    std::unordered_map<quint64, qint32> edges2; // (h', t') -> index into list
    std::vector<std::vector<qint32>> relations2;
    for (const Triple &x : g2.train) {
        const quint64 key = (quint64(quint32(x.h)) << 32) | quint32(x.t);
        auto [it, added] = edges2.emplace(key, qint32(relations2.size()));
        if (added)
            relations2.emplace_back();
        relations2[size_t(it->second)].push_back(x.r);
    }
    std::vector<std::map<qint32, qint32>> votes(size_t(g2.relationCount()));
    std::vector<qint32> linked(size_t(g2.relationCount()), 0);
    for (const Triple &x : g1.train) {
        const qint32 h = partner[size_t(x.h)], t = partner[size_t(x.t)];
        if (h < 0 || t < 0)
            continue;
        const auto it = edges2.find((quint64(quint32(h)) << 32) | quint32(t));
        if (it == edges2.end())
            continue;
        for (const qint32 r2 : relations2[size_t(it->second)]) {
            ++votes[size_t(r2)][x.r];
            ++linked[size_t(r2)];
        }
    }
    for (qint32 r2 = 0; r2 < g2.relationCount(); ++r2) {
        if (out.classOf[1][size_t(r2)] >= 0 || votes[size_t(r2)].empty())
            continue;
        qint32 best = -1, count = 0;
        for (const auto &[r1, n] : votes[size_t(r2)])
            if (n > count) {
                best = r1;
                count = n;
            }
        if (count >= minSupport && 2 * count >= linked[size_t(r2)]) {
            out.classOf[1][size_t(r2)] = best;
            ++out.fromAnchors;
        }
    }
    out.classCount = g1.relationCount();
    for (qint32 r2 = 0; r2 < g2.relationCount(); ++r2)
        if (out.classOf[1][size_t(r2)] < 0) {
            out.classOf[1][size_t(r2)] = out.classCount++;
            out.name.push_back(lastSegment(g2.relations.keyString(r2)));
        }
    return out;
}

} // namespace eg
