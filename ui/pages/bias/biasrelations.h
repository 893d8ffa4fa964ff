#pragma once

#include "kg/graph.h"

#include <QString>

#include <vector>

namespace eg {

// Which relations and values the bias page offers, found by name in any graph: the demo
// world's "gender", FB15k's "/people/person/gender", a Wikidata dump's "P21".

struct RelationChoice
{
    qint32 relation = -1;
    QString kind; // "gender", "religion", ... for a recognised sensitive relation, else empty
};

struct ValueChoice
{
    qint32 entity = -1;
    qint64 people = 0; // distinct heads with this value (all splits)
};

// The sensitive relations recognised in `graph`: gender, religion, ethnicity, nationality (in
// that order), at most one each.
std::vector<RelationChoice> sensitiveRelations(const Graph &graph);
// The profession (occupation) relation, or -1.
qint32 professionRelation(const Graph &graph);
// Every relation by key, for choosing one that is not recognised.
std::vector<qint32> relationsByKey(const Graph &graph);

// The most frequent values of `relation` (by distinct heads, all splits), at most `limit`.
std::vector<ValueChoice> valueChoices(const Graph &graph, qint32 relation, int limit = 50);
// The default pair among `values`: the two most frequent, with a value labelled "male" first
// when it is one of them (so that positive B_p reads "most male" as in Fisher et al.).
std::pair<qint32, qint32> defaultValuePair(const Graph &graph,
                                           const std::vector<ValueChoice> &values);

// The last component of a relation key ("/people/person/gender" -> "gender").
QString relationShortName(const Graph &graph, qint32 relation);

} // namespace eg
