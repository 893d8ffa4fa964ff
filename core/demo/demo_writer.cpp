#include "demo/demo_io.h"
#include "demo/demo_world.h"

#include <QStringList>

namespace eg {

using namespace demo;

namespace {

QByteArray triplesFile(const Graph &graph, const std::vector<Triple> &triples)
{
    QByteArray out;
    out.reserve(qsizetype(triples.size()) * 40);
    for (const Triple &x : triples) {
        const std::string_view h = graph.entities.key(x.h);
        const std::string_view r = graph.relations.key(x.r);
        const std::string_view t = graph.entities.key(x.t);
        out.append(h.data(), qsizetype(h.size())).append('\t');
        out.append(r.data(), qsizetype(r.size())).append('\t');
        out.append(t.data(), qsizetype(t.size())).append('\n');
    }
    return out;
}

// Shares and counts with a fixed number of decimals, so the bytes depend on the world only.
QString share(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

void writeDemoWorld(const DemoWorld &world, const QString &folder)
{
    makeFolder(folder);
    const Graph &g = world.graph;
    writeFile(folder, QStringLiteral("train.txt"), triplesFile(g, g.train));
    writeFile(folder, QStringLiteral("valid.txt"), triplesFile(g, g.valid));
    writeFile(folder, QStringLiteral("test.txt"), triplesFile(g, g.test));

    QByteArray names;
    for (qint32 id = 0; id < g.entityCount(); ++id)
        appendLine(names,
                   g.entities.keyString(id) + QLatin1Char('\t') + oneLine(g.entityLabel(id)));
    writeFile(folder, QStringLiteral("names.tsv"), names);

    QByteArray bias;
    appendLine(bias, QStringLiteral("profession\tfemale_share\tpeople\twomen\tlabel"));
    for (const DemoProfession &p : world.professions)
        appendLine(bias, QStringList{p.key, share(p.plantedFemaleShare), QString::number(p.people),
                                     QString::number(p.women), oneLine(p.label)}
                             .join(QLatin1Char('\t')));
    writeFile(folder, QStringLiteral("planted_bias.tsv"), bias);

    QByteArray skews;
    appendLine(skews, QStringLiteral("relation\tprofession\tvalue\tstrength\tpeople\twith_value"));
    for (const PlantedSkew &s : world.skews)
        appendLine(skews, QStringList{s.relation, world.professions[size_t(s.profession)].key,
                                      g.entities.keyString(s.value), share(s.strength),
                                      QString::number(s.people), QString::number(s.withValue)}
                              .join(QLatin1Char('\t')));
    writeFile(folder, QStringLiteral("planted_skews.tsv"), skews);

    QByteArray readme;
    appendLine(readme, QStringLiteral("Equigraph demo world (synthetic; see docs/demo-world.md)"));
    appendLine(readme, QStringLiteral("seed: %1").arg(world.options.seed));
    appendLine(readme, QStringLiteral("people: %1").arg(world.options.people));
    appendLine(
        readme,
        QStringLiteral("entities: %1, relations: %2").arg(g.entityCount()).arg(g.relationCount()));
    appendLine(readme, QStringLiteral("triples: train %1, valid %2, test %3")
                           .arg(g.train.size())
                           .arg(g.valid.size())
                           .arg(g.test.size()));
    appendLine(readme, QStringLiteral("target relation: ") + world.targetRelationKey);
    QStringList sensitive;
    for (const SensitiveRelation &s : world.sensitive)
        sensitive << s.key;
    appendLine(readme, QStringLiteral("sensitive relations (all in train): ") +
                           sensitive.join(QStringLiteral(", ")));
    appendLine(readme, QStringLiteral("female shares: ") + world.shareSource);
    writeFile(folder, QStringLiteral("README.txt"), readme);
}

} // namespace eg
