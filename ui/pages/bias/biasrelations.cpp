#include "pages/bias/biasrelations.h"

#include "bias/sensitive.h"

#include <QStringList>

#include <algorithm>

namespace eg {

namespace {

// The first relation any of `names` finds (findRelations: exact key, or whole trailing path
// components), trying the names in order; -1 when none does.
qint32 firstMatch(const Graph &graph, const QStringList &names)
{
    for (const QString &name : names) {
        const std::vector<qint32> found = findRelations(graph, name);
        if (!found.empty())
            return found.front();
    }
    return -1;
}

} // namespace

std::vector<RelationChoice> sensitiveRelations(const Graph &graph)
{
    // Freebase paths first (FB15k has three relations ending in "/gender"), then plain names,
    // then Wikidata property ids.
    const std::pair<QString, QStringList> kinds[] = {
        {QStringLiteral("gender"),
         {QStringLiteral("person/gender"), QStringLiteral("gender"), QStringLiteral("sex"),
          QStringLiteral("P21")}},
        {QStringLiteral("religion"),
         {QStringLiteral("person/religion"), QStringLiteral("religion"), QStringLiteral("P140")}},
        {QStringLiteral("ethnicity"),
         {QStringLiteral("person/ethnicity"), QStringLiteral("ethnicity"),
          QStringLiteral("ethnic_group"), QStringLiteral("P172")}},
        {QStringLiteral("nationality"),
         {QStringLiteral("person/nationality"), QStringLiteral("nationality"),
          QStringLiteral("citizenship"), QStringLiteral("P27")}},
    };
    std::vector<RelationChoice> found;
    for (const auto &[kind, names] : kinds) {
        const qint32 r = firstMatch(graph, names);
        if (r >= 0)
            found.push_back({r, kind});
    }
    return found;
}

qint32 professionRelation(const Graph &graph)
{
    return firstMatch(graph, {QStringLiteral("person/profession"), QStringLiteral("profession"),
                              QStringLiteral("occupation"), QStringLiteral("P106")});
}

std::vector<qint32> relationsByKey(const Graph &graph)
{
    std::vector<qint32> ids(size_t(graph.relationCount()));
    for (qint32 i = 0; i < graph.relationCount(); ++i)
        ids[size_t(i)] = i;
    std::sort(ids.begin(), ids.end(), [&graph](qint32 a, qint32 b) {
        return graph.relations.key(a) < graph.relations.key(b);
    });
    return ids;
}

std::vector<ValueChoice> valueChoices(const Graph &graph, qint32 relation, int limit)
{
    std::vector<ValueChoice> values;
    if (relation < 0 || relation >= graph.relationCount())
        return values;
    for (const ValueCount &v : relationValues(graph, relation, SplitAll, limit))
        values.push_back({v.entity, v.heads});
    return values;
}

std::pair<qint32, qint32> defaultValuePair(const Graph &graph,
                                           const std::vector<ValueChoice> &values)
{
    if (values.empty())
        return {-1, -1};
    if (values.size() == 1)
        return {values[0].entity, -1};
    qint32 a = values[0].entity, b = values[1].entity;
    if (graph.entityLabel(b).compare(QLatin1String("male"), Qt::CaseInsensitive) == 0)
        std::swap(a, b);
    return {a, b};
}

QString relationShortName(const Graph &graph, qint32 relation)
{
    if (relation < 0 || relation >= graph.relationCount())
        return {};
    const QString key = graph.relations.keyString(relation);
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 && slash + 1 < key.size() ? key.mid(slash + 1) : key;
}

} // namespace eg
