#include "demo/alignment_views.h"
#include "demo/demo_io.h"

namespace eg {

using namespace demo;

namespace {

QString tab()
{
    return QStringLiteral("\t");
}

QByteArray idsFile(const Vocabulary &vocabulary, qint32 offset)
{
    QByteArray out;
    for (qint32 id = 0; id < vocabulary.size(); ++id)
        appendLine(out, QString::number(offset + id) + tab() + vocabulary.keyString(id));
    return out;
}

QByteArray namesFile(const AlignmentView &view)
{
    QByteArray out;
    for (qint32 id = 0; id < view.graph.entityCount(); ++id)
        appendLine(out, QString::number(view.entityIdOffset + id) + tab() +
                            view.graph.entityLabels[size_t(id)]);
    return out;
}

QByteArray triplesFile(const AlignmentView &view)
{
    QByteArray out;
    const qint32 e = view.entityIdOffset, r = view.relationIdOffset;
    for (const Triple &x : view.graph.train)
        appendLine(out, QString::number(e + x.h) + tab() + QString::number(r + x.r) + tab() +
                            QString::number(e + x.t));
    return out;
}

QByteArray linksFile(const AlignmentViews &views,
                     const std::vector<std::pair<qint32, qint32>> &links)
{
    QByteArray out;
    for (const auto &[a, b] : links)
        appendLine(out, QString::number(views.first.entityIdOffset + a) + tab() +
                            QString::number(views.second.entityIdOffset + b));
    return out;
}

// The last path segment of a relation URI ("born_in").
QString relationName(const AlignmentView &view, qint32 relation)
{
    const QString uri = view.graph.relations.keyString(relation);
    return uri.mid(uri.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

void writeAlignmentViews(const AlignmentViews &views, const QString &folder)
{
    makeFolder(folder);
    const AlignmentView &a = views.first, &b = views.second;
    writeFile(folder, QStringLiteral("ent_ids_1"), idsFile(a.graph.entities, a.entityIdOffset));
    writeFile(folder, QStringLiteral("ent_ids_2"), idsFile(b.graph.entities, b.entityIdOffset));
    writeFile(folder, QStringLiteral("rel_ids_1"), idsFile(a.graph.relations, a.relationIdOffset));
    writeFile(folder, QStringLiteral("rel_ids_2"), idsFile(b.graph.relations, b.relationIdOffset));
    writeFile(folder, QStringLiteral("triples_1"), triplesFile(a));
    writeFile(folder, QStringLiteral("triples_2"), triplesFile(b));
    writeFile(folder, QStringLiteral("sup_ent_ids"), linksFile(views, views.trainLinks));
    writeFile(folder, QStringLiteral("ref_ent_ids"), linksFile(views, views.testLinks));
    QByteArray relationLinks;
    for (const auto &[r1, r2] : views.relationLinks)
        appendLine(relationLinks, QString::number(a.relationIdOffset + r1) + tab() +
                                      QString::number(b.relationIdOffset + r2) + tab() +
                                      relationName(a, r1));
    writeFile(folder, QStringLiteral("ref_r_ids"), relationLinks);
    writeFile(folder, QStringLiteral("ent_ids_1_trans_goo"), namesFile(a));
    writeFile(folder, QStringLiteral("ent_ids_2_trans_goo"), namesFile(b));

    const AlignmentViewOptions &o = views.options;
    QByteArray readme;
    appendLine(readme, QStringLiteral("Equigraph demo world: two noisy views for entity "
                                      "alignment, DBP15K layout (see docs/demo-world.md)"));
    appendLine(readme, QStringLiteral("seed: %1").arg(o.seed));
    appendLine(readme, QStringLiteral("view 1: %1 entities (ids %2..), %3 relations, %4 triples")
                           .arg(a.graph.entityCount())
                           .arg(a.entityIdOffset)
                           .arg(a.graph.relationCount())
                           .arg(a.graph.train.size()));
    appendLine(readme, QStringLiteral("view 2: %1 entities (ids %2..), %3 relations, %4 triples")
                           .arg(b.graph.entityCount())
                           .arg(b.entityIdOffset)
                           .arg(b.graph.relationCount())
                           .arg(b.graph.train.size()));
    appendLine(readme, QStringLiteral("gold links: %1 train (sup_ent_ids), %2 test (ref_ent_ids)")
                           .arg(views.trainLinks.size())
                           .arg(views.testLinks.size()));
    writeFile(folder, QStringLiteral("README.txt"), readme);
}

} // namespace eg
