#include "align/align_data.h"
#include "align/align_read.h"
#include "common/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <unordered_map>

namespace eg {

using namespace align_read;

namespace {

using IdMap = std::unordered_map<qint64, qint32>; // file id -> local id

struct Reading {
    QString folder;
    Progress progress;
    qint64 base = 0;
    AlignmentData data;
    IdMap entity[2], relation[2];
    const char *entityFile[2] = {"ent_ids_1", "ent_ids_2"};

    QString path(const char *name) const { return QDir(folder).filePath(QLatin1String(name)); }
};

void requireFile(const QString &path) {
    if (!QFileInfo(path).isFile())
        throw Error(Error::tr("missing file"), path, 0);
}

// `id TAB URI` into one side's vocabulary; ids must be unique over both sides.
void readIdFile(Reading &r, const QString &path, Vocabulary &vocabulary,
                std::vector<qint64> &fileIds, IdMap &own, const IdMap &other) {
    r.data.files << path;
    readRows(path, 2, 2, r.progress, r.base, [&](const Fields &f, int, const LineReader &in) {
        const qint64 id = parseId(f[0], in, "id");
        if (own.count(id) || other.count(id))
            in.fail(Error::tr("id %1 is defined twice").arg(id));
        const qint32 before = vocabulary.size();
        const qint32 local = vocabulary.insert(f[1]);
        if (local != before)
            in.fail(Error::tr("URI %1 is defined twice").arg(quoteKey(f[1])));
        own.emplace(id, local);
        fileIds.push_back(id);
    });
}

qint32 lookUp(const IdMap &map, std::string_view text, const LineReader &in, const char *what,
              const char *definedIn) {
    const qint64 id = parseId(text, in, what);
    const auto it = map.find(id);
    if (it == map.end())
        in.fail(Error::tr("unknown %1 id %2 (not in %3)")
                    .arg(QLatin1String(what))
                    .arg(id)
                    .arg(QLatin1String(definedIn)));
    return it->second;
}

void readTriples(Reading &r, int side) {
    const QString path = r.path(side == 0 ? "triples_1" : "triples_2");
    const char *relFile = side == 0 ? "rel_ids_1" : "rel_ids_2";
    Graph &graph = side == 0 ? r.data.first.graph : r.data.second.graph;
    r.data.files << path;
    readRows(path, 3, 3, r.progress, r.base, [&](const Fields &f, int, const LineReader &in) {
        const qint32 h = lookUp(r.entity[side], f[0], in, "head entity", r.entityFile[side]);
        const qint32 rel = lookUp(r.relation[side], f[1], in, "relation", relFile);
        const qint32 t = lookUp(r.entity[side], f[2], in, "tail entity", r.entityFile[side]);
        graph.train.push_back({h, rel, t});
    });
}

std::vector<AlignLink> readLinks(Reading &r, const char *name) {
    std::vector<AlignLink> links;
    const QString path = r.path(name);
    r.data.files << path;
    readRows(path, 2, 2, r.progress, r.base, [&](const Fields &f, int, const LineReader &in) {
        links.push_back({lookUp(r.entity[0], f[0], in, "graph-1 entity", "ent_ids_1"),
                         lookUp(r.entity[1], f[1], in, "graph-2 entity", "ent_ids_2")});
    });
    return links;
}

// `id TAB name` for one side; names of ids of the other side are an error.
void readNamesFile(Reading &r, const QString &path, int side, std::vector<QString> &names) {
    r.data.files << path;
    readRows(path, 2, 2, r.progress, r.base, [&](const Fields &f, int, const LineReader &in) {
        const qint32 local = lookUp(r.entity[side], f[0], in, "entity", r.entityFile[side]);
        names[size_t(local)] = fromUtf8(f[1]);
    });
}

// The folder's translated_ent_name_*.json, or an empty string.
QString findJson(const QString &folder) {
    const QStringList found = QDir(folder).entryList({QStringLiteral("translated_ent_name*.json")},
                                                     QDir::Files, QDir::Name);
    return found.isEmpty() ? QString() : QDir(folder).filePath(found.first());
}

// `[[id, [tokens]], ...]` for both sides; entries for ids of neither side are an error.
void readNamesJson(Reading &r, const QString &path, std::vector<QString> names[2], bool use[2]) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot open the file"), path, 0);
    const QByteArray bytes = file.readAll();
    r.data.files << path;
    r.base += bytes.size();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const qint64 line = bytes.left(parse.offset).count('\n') + 1;
        throw Error(Error::tr("malformed JSON: %1").arg(parse.errorString()), path, line);
    }
    if (!doc.isArray())
        throw Error(Error::tr("expected a JSON array of [id, [tokens]]"), path, 0);
    const QJsonArray all = doc.array();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonArray entry = all[i].toArray();
        if (entry.size() != 2 || !entry[0].isDouble() || !entry[1].isArray())
            throw Error(Error::tr("entry %1 is not [id, [tokens]]").arg(i + 1), path, 0);
        const qint64 id = qint64(entry[0].toDouble());
        QStringList tokens;
        for (const QJsonValue &token : entry[1].toArray())
            tokens << token.toString();
        bool known = false;
        for (int side = 0; side < 2; ++side) {
            const auto it = r.entity[side].find(id);
            if (it == r.entity[side].end())
                continue;
            known = true;
            if (use[side])
                names[side][size_t(it->second)] = tokens.join(QLatin1Char(' '));
        }
        if (!known)
            throw Error(Error::tr("entry %1: unknown entity id %2").arg(i + 1).arg(id), path, 0);
    }
}

void readNames(Reading &r, AlignNames mode) {
    AlignSide *sides[2] = {&r.data.first, &r.data.second};
    std::vector<QString> names[2];
    for (int side = 0; side < 2; ++side)
        names[side].resize(size_t(sides[side]->graph.entityCount()));
    const QString goo[2] = {r.path("ent_ids_1_trans_goo"), r.path("ent_ids_2_trans_goo")};
    const QString json = findJson(r.folder);
    if (mode == AlignNames::Auto)
        mode = !json.isEmpty()              ? AlignNames::Json
               : QFileInfo(goo[0]).isFile() ? AlignNames::TransGoo
                                            : AlignNames::Uri;
    if (mode == AlignNames::TransGoo) {
        requireFile(goo[0]);
        for (int side = 0; side < 2; ++side)
            if (QFileInfo(goo[side]).isFile()) {
                readNamesFile(r, goo[side], side, names[side]);
                sides[side]->namesFrom = goo[side];
            }
    } else if (mode == AlignNames::Json) {
        if (json.isEmpty())
            throw Error(Error::tr("missing file translated_ent_name_*.json"), r.folder, 0);
        bool both[2] = {true, true};
        readNamesJson(r, json, names, both);
        sides[0]->namesFrom = sides[1]->namesFrom = json;
    }
    for (int side = 0; side < 2; ++side) {
        Graph &g = sides[side]->graph;
        if (sides[side]->namesFrom.isEmpty())
            sides[side]->namesFrom = QStringLiteral("URI");
        for (qint32 e = 0; e < g.entityCount(); ++e)
            if (names[side][size_t(e)].trimmed().isEmpty())
                names[side][size_t(e)] = nameFromUri(g.entities.keyString(e));
        g.entityLabels = std::move(names[side]);
    }
}

} // namespace

AlignmentData loadDbp15k(const QString &folder, const AlignLoadOptions &options,
                         const ProgressFn &progress) {
    Reading r;
    r.folder = folder;
    r.progress = Progress(progress);
    const char *required[] = {"ent_ids_1", "ent_ids_2", "rel_ids_1",   "rel_ids_2",
                              "triples_1", "triples_2", "sup_ent_ids", "ref_ent_ids"};
    qint64 total = 0;
    for (const char *name : required) {
        requireFile(r.path(name));
        total += QFileInfo(r.path(name)).size();
    }
    r.progress.setTotal(total);
    AlignSide *sides[2] = {&r.data.first, &r.data.second};
    for (int side = 0; side < 2; ++side)
        readIdFile(r, r.path(r.entityFile[side]), sides[side]->graph.entities, sides[side]->fileIds,
                   r.entity[side], r.entity[1 - side]);
    for (int side = 0; side < 2; ++side)
        readIdFile(r, r.path(side == 0 ? "rel_ids_1" : "rel_ids_2"), sides[side]->graph.relations,
                   sides[side]->relationFileIds, r.relation[side], r.relation[1 - side]);
    for (int side = 0; side < 2; ++side) {
        readTriples(r, side);
        if (sides[side]->graph.train.empty())
            throw Error(Error::tr("no triples"), r.path(side == 0 ? "triples_1" : "triples_2"), 0);
    }
    r.data.trainLinks = readLinks(r, "sup_ent_ids");
    r.data.testLinks = readLinks(r, "ref_ent_ids");
    if (r.data.testLinks.empty())
        throw Error(Error::tr("no test links"), r.path("ref_ent_ids"), 0);
    const QString relLinks = r.path("ref_r_ids");
    if (QFileInfo(relLinks).isFile()) {
        r.data.files << relLinks;
        readRows(relLinks, 2, 3, r.progress, r.base,
                 [&](const Fields &f, int, const LineReader &in) {
                     r.data.relationLinks.emplace_back(
                         lookUp(r.relation[0], f[0], in, "graph-1 relation", "rel_ids_1"),
                         lookUp(r.relation[1], f[1], in, "graph-2 relation", "rel_ids_2"));
                 });
    }
    readNames(r, options.names);
    for (int side = 0; side < 2; ++side)
        sides[side]->graph.source = folder;
    r.data.format = AlignFormat::Dbp15k;
    r.data.source = folder;
    r.progress.force(r.progress.total());
    return std::move(r.data);
}

QString nameFromUri(const QString &uri) {
    QString tail = uri;
    while (tail.endsWith(QLatin1Char('/')))
        tail.chop(1);
    tail = tail.mid(tail.lastIndexOf(QLatin1Char('/')) + 1);
    const QByteArray decoded = QByteArray::fromPercentEncoding(tail.toUtf8());
    QString name = QString::fromUtf8(decoded);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name.simplified();
}

} // namespace eg
