#include "debias/whitelist.h"

#include "bias/sensitive.h"
#include "common/error.h"

#include <QFile>
#include <QRegularExpression>

namespace eg {

Whitelist parseWhitelist(const QString &text, const QString &file) {
    Whitelist out;
    out.file = file;
    static const QRegularExpression space(QStringLiteral("[ \\t]+"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 lineNo = i + 1;
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(space, Qt::SkipEmptyParts);
        WhitelistEntry entry;
        entry.line = lineNo;
        const QString kind = fields.at(0);
        if (kind == QLatin1String("relation"))
            entry.kind = WhitelistEntry::Relation;
        else if (kind == QLatin1String("profession"))
            entry.kind = WhitelistEntry::Profession;
        else if (kind == QLatin1String("entity"))
            entry.kind = WhitelistEntry::Entity;
        else
            throw Error(Error::tr("whitelist: unknown entry kind '%1' (expected relation, "
                                  "profession or entity)")
                            .arg(kind),
                        file, lineNo);
        if (fields.size() < 2)
            throw Error(Error::tr("whitelist: '%1' without a key").arg(kind), file, lineNo);
        if (fields.size() < 3)
            throw Error(Error::tr("whitelist: '%1 %2' has no reason (say why the attribute "
                                  "may be used)")
                            .arg(kind, fields.at(1)),
                        file, lineNo);
        entry.key = fields.at(1);
        entry.reason = fields.mid(2).join(QLatin1Char(' '));
        out.entries.push_back(entry);
    }
    return out;
}

Whitelist readWhitelist(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot read the whitelist: %1").arg(f.errorString()), path);
    return parseWhitelist(QString::fromUtf8(f.readAll()), path);
}

ResolvedWhitelist resolveWhitelist(const Whitelist &whitelist, const Graph &graph,
                                   qint32 targetRelation) {
    ResolvedWhitelist out;
    out.relation.assign(size_t(graph.relationCount()), 0);
    out.entity.assign(size_t(graph.entityCount()), 0);
    std::vector<char> isProfession;
    if (targetRelation >= 0) {
        isProfession.assign(size_t(graph.entityCount()), 0);
        forEachTriple(graph, SplitAll, targetRelation,
                      [&](const Triple &x) { isProfession[size_t(x.t)] = 1; });
    }
    for (const WhitelistEntry &e : whitelist.entries) {
        const char *kind = e.kind == WhitelistEntry::Relation     ? "relation"
                           : e.kind == WhitelistEntry::Profession ? "profession"
                                                                  : "entity";
        const qint32 id = e.kind == WhitelistEntry::Relation ? graph.relations.find(e.key)
                                                             : graph.entities.find(e.key);
        if (id < 0) {
            out.unknown.push_back(
                QStringLiteral("%1 %2 (line %3)").arg(QLatin1String(kind), e.key).arg(e.line));
            continue;
        }
        if (e.kind == WhitelistEntry::Relation) {
            out.relation[size_t(id)] = 1;
            continue;
        }
        if (e.kind == WhitelistEntry::Profession && !isProfession.empty() &&
            !isProfession[size_t(id)])
            throw Error(Error::tr("whitelist: %1 is no value of the target relation %2")
                            .arg(e.key, graph.relations.keyString(targetRelation)),
                        whitelist.file, e.line);
        out.entity[size_t(id)] = 1;
    }
    return out;
}

} // namespace eg
