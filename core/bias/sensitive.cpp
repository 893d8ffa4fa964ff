#include "bias/sensitive.h"

#include "common/error.h"

#include <QStringList>
#include <algorithm>

namespace eg {

QString splitSetName(unsigned splits)
{
    if ((splits & SplitAll) == SplitAll)
        return QStringLiteral("all");
    QStringList parts;
    if (splits & SplitTrain)
        parts << QStringLiteral("train");
    if (splits & SplitValid)
        parts << QStringLiteral("valid");
    if (splits & SplitTest)
        parts << QStringLiteral("test");
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char('+'));
}

std::vector<qint32> findRelations(const Graph &graph, const QString &name)
{
    std::vector<qint32> matches;
    if (name.isEmpty())
        return matches;
    QString suffix = name;
    if (!suffix.startsWith(QLatin1Char('/')))
        suffix.prepend(QLatin1Char('/'));
    qint32 exact = -1;
    for (qint32 r = 0; r < graph.relationCount(); ++r) {
        const QString key = graph.relations.keyString(r);
        if (key == name)
            exact = r;
        else if (key.endsWith(suffix))
            matches.push_back(r);
    }
    std::vector<qint64> counts(size_t(graph.relationCount()), 0);
    forEachTriple(graph, SplitAll, -1, [&](const Triple &x) { ++counts[size_t(x.r)]; });
    std::sort(matches.begin(), matches.end(), [&](qint32 a, qint32 b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)]
                                                      : a < b;
    });
    if (exact >= 0)
        matches.insert(matches.begin(), exact);
    return matches;
}

qint32 findRelation(const Graph &graph, const QString &name)
{
    const std::vector<qint32> matches = findRelations(graph, name);
    if (matches.empty())
        return -1;
    if (graph.relations.keyString(matches.front()) == name || matches.size() == 1)
        return matches.front();
    QStringList keys;
    for (qint32 r : matches)
        keys << graph.relations.keyString(r);
    throw Error(Error::tr("relation name \"%1\" is ambiguous: %2")
                    .arg(name, keys.join(QStringLiteral(", "))));
}

HeadValues::HeadValues(const Graph &graph, qint32 relation, unsigned splits)
{
    const size_t ne = size_t(graph.entityCount());
    std::vector<std::pair<qint32, qint32>> pairs;
    forEachTriple(graph, splits, relation, [&](const Triple &x) { pairs.push_back({x.h, x.t}); });
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    m_start.assign(ne + 1, 0);
    m_values.reserve(pairs.size());
    for (const auto &[h, t] : pairs) {
        if (h < 0 || size_t(h) >= ne)
            throw Error(Error::tr("entity id %1 outside the graph").arg(h));
        ++m_start[size_t(h) + 1];
        m_values.push_back(t);
    }
    for (size_t e = 0; e < ne; ++e)
        m_start[e + 1] += m_start[e];
}

bool HeadValues::has(qint32 entity, qint32 value) const
{
    const std::span<const qint32> v = values(entity);
    return std::binary_search(v.begin(), v.end(), value);
}

std::vector<ValueCount> relationValues(const Graph &graph, qint32 relation, unsigned splits,
                                       qint32 limit)
{
    std::vector<std::pair<qint32, qint32>> pairs; // (tail, head)
    forEachTriple(graph, splits, relation, [&](const Triple &x) { pairs.push_back({x.t, x.h}); });
    std::sort(pairs.begin(), pairs.end());
    std::vector<ValueCount> out;
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (out.empty() || out.back().entity != pairs[i].first)
            out.push_back({pairs[i].first, 0, 0});
        ++out.back().triples;
        if (i == 0 || pairs[i] != pairs[i - 1])
            ++out.back().heads;
    }
    std::sort(out.begin(), out.end(), [](const ValueCount &a, const ValueCount &b) {
        if (a.heads != b.heads)
            return a.heads > b.heads;
        if (a.triples != b.triples)
            return a.triples > b.triples;
        return a.entity < b.entity;
    });
    if (limit > 0 && out.size() > size_t(limit))
        out.resize(size_t(limit));
    return out;
}

std::vector<qint32> relationHeads(const Graph &graph, qint32 relation, unsigned splits)
{
    std::vector<qint32> heads;
    forEachTriple(graph, splits, relation, [&](const Triple &x) { heads.push_back(x.h); });
    std::sort(heads.begin(), heads.end());
    heads.erase(std::unique(heads.begin(), heads.end()), heads.end());
    return heads;
}

} // namespace eg
