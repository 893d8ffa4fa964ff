#pragma once

#include "kg/graph.h"

#include <QString>
#include <vector>

namespace eg {

// The "KL + Attr" whitelist (Fisher et al., EMNLP 2020, §4.2): the triples for which using a
// person's sensitive attributes is legitimate (a nun is a woman and a Catholic; an award for
// the best actress goes to a woman), so the person's attribute vectors are added to the
// person's embedding when such a triple is scored.
//
// File format (UTF-8 text, one entry per line):
//   # a comment line; blank lines are ignored
//   relation <relation key>    <reason ...>
//   profession <entity key>    <reason ...>
//   entity <entity key>        <reason ...>
// Fields are separated by spaces or tabs; keys contain no spaces (Freebase keys, MIDs). A
// `relation` entry whitelists every triple of that relation; a `profession` or `entity` entry
// every triple that has that entity at either end (`profession` says the entity is a value of
// the target relation, checked when the whitelist is resolved against a graph with a target
// relation). The reason is free text, required (a whitelist must say why), and kept for reports.
struct WhitelistEntry {
    enum Kind { Relation, Profession, Entity };
    Kind kind = Relation;
    QString key;
    QString reason;
    qint64 line = 0;
};

struct Whitelist {
    QString file; // where it was read from ("" when built in code)
    std::vector<WhitelistEntry> entries;
};

// Parses the text of a whitelist. Throws eg::Error naming `file` and the line when a line has
// an unknown kind, no key, or no reason.
Whitelist parseWhitelist(const QString &text, const QString &file = {});
// Reads and parses a file; throws eg::Error when it cannot be read or a line is bad.
Whitelist readWhitelist(const QString &path);

// A whitelist resolved against a graph's vocabularies.
struct ResolvedWhitelist {
    std::vector<char> relation;   // per relation id: whitelisted
    std::vector<char> entity;     // per entity id: whitelisted (professions and entities)
    std::vector<QString> unknown; // keys not in the graph ("relation /x/y (line 4)")

    bool allows(const Triple &x) const {
        return relation[size_t(x.r)] || entity[size_t(x.h)] || entity[size_t(x.t)];
    }
};

// Keys the graph does not have are listed in `unknown` (a whitelist written for FB15k still
// loads on a subset), not an error. Throws eg::Error naming the file and line when a
// `profession` entry names an entity that is no tail of targetRelation (when >= 0).
ResolvedWhitelist resolveWhitelist(const Whitelist &whitelist, const Graph &graph,
                                   qint32 targetRelation = -1);

} // namespace eg
