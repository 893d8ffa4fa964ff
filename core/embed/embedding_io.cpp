#include "embed/embedding_io.h"

#include "common/error.h"
#include "embed/io_files.h"
#include "embed/npy.h"
#include "kg/graph.h"

#include <QDir>
#include <QJsonArray>

#include <utility>

namespace eg {

namespace {

// Undoes pandas' CSV quoting of one field: "a ""b""" -> a "b".
QByteArray unquoteCsv(QByteArrayView field, const QString &path, qint64 line)
{
    QByteArray out;
    qsizetype i = 1;
    while (i < field.size()) {
        if (field[i] != '"') {
            out += field[i++];
            continue;
        }
        if (i + 1 < field.size() && field[i + 1] == '"') {
            out += '"';
            i += 2;
            continue;
        }
        if (i + 1 != field.size())
            throw Error(Error::tr("unexpected text after the closing quote of the name"), path,
                        line);
        return out;
    }
    throw Error(Error::tr("unterminated quoted name (line breaks inside names are not "
                          "supported)"),
                path, line);
}

// Lays the rows of `from` (keyed by `fromKeys`) onto `toKeys`; returns the ids with no row.
std::vector<qint32> mapRows(const Vocabulary &fromKeys, const Vocabulary &toKeys,
                            const std::vector<const Matrix *> &from,
                            const std::vector<Matrix *> &to, int width)
{
    std::vector<qint32> missing;
    for (Matrix *m : to)
        *m = Matrix::Zero(toKeys.size(), width);
    for (qint32 id = 0; id < toKeys.size(); ++id) {
        const qint32 src = fromKeys.find(toKeys.key(id));
        if (src < 0) {
            missing.push_back(id);
            continue;
        }
        for (size_t k = 0; k < from.size(); ++k)
            to[k]->row(id) = from[k]->row(src);
    }
    return missing;
}

} // namespace

EmbeddingFiles EmbeddingFiles::dglke(const QString &folder, const QString &prefix, bool separateRhs)
{
    const QDir dir(folder);
    EmbeddingFiles f;
    f.entityVectors = dir.filePath(prefix + QStringLiteral("_entity.npy"));
    f.relationVectors = dir.filePath(prefix + QStringLiteral("_relation.npy"));
    if (separateRhs)
        f.relationRhsVectors = dir.filePath(prefix + QStringLiteral("_relation_rhs.npy"));
    f.entityNames = dir.filePath(QStringLiteral("entities.tsv"));
    f.relationNames = dir.filePath(QStringLiteral("relations.tsv"));
    return f;
}

void exportEmbeddings(const EmbeddingFiles &files, const Model &model, const Vocabulary &entities,
                      const Vocabulary &relations)
{
    const int width = model.spec.width();
    auto check = [&](const Matrix &m, qint64 rows, const QString &path) {
        if (m.rows() != rows || m.cols() != width)
            throw Error(Error::tr("cannot export: matrix is %1 x %2, expected %3 x %4")
                            .arg(m.rows())
                            .arg(m.cols())
                            .arg(rows)
                            .arg(width),
                        path);
    };
    check(model.entities, entities.size(), files.entityVectors);
    check(model.relations, relations.size(), files.relationVectors);
    if (model.spec.separateRhs) {
        if (files.relationRhsVectors.isEmpty())
            throw Error(Error::tr("cannot export: the model has right-hand-side relation "
                                  "vectors but no file was named for them"),
                        files.relationVectors);
        check(model.relationsRhs, relations.size(), files.relationRhsVectors);
    }
    // Name maps first: they are the likelier to fail (a key with a line break).
    writeNameMap(files.entityNames, entities);
    writeNameMap(files.relationNames, relations);
    writeNpy(files.entityVectors, model.entities);
    writeNpy(files.relationVectors, model.relations);
    if (model.spec.separateRhs)
        writeNpy(files.relationRhsVectors, model.relationsRhs);
}

KeyedModel importEmbeddings(const EmbeddingFiles &files, ModelType type, int norm)
{
    if (norm != 1 && norm != 2)
        throw Error(Error::tr("norm must be 1 or 2, not %1").arg(norm));
    KeyedModel out;
    out.entities = readNameMap(files.entityNames);
    out.relations = readNameMap(files.relationNames);
    Model &m = out.model;
    m.entities = readNpy(files.entityVectors);
    m.relations = readNpy(files.relationVectors);
    const bool rhs = !files.relationRhsVectors.isEmpty();
    if (rhs)
        m.relationsRhs = readNpy(files.relationRhsVectors);

    auto checkRows = [](const Matrix &v, qint32 names, const QString &path, const QString &map) {
        if (v.rows() != names)
            throw Error(Error::tr("%1 rows, but %2 names %3 keys")
                            .arg(QString::number(v.rows()), map, QString::number(names)),
                        path);
    };
    checkRows(m.entities, out.entities.size(), files.entityVectors, files.entityNames);
    checkRows(m.relations, out.relations.size(), files.relationVectors, files.relationNames);
    const qint64 width = m.entities.cols();
    auto checkWidth = [&](const Matrix &v, const QString &path) {
        if (v.cols() != width)
            throw Error(
                Error::tr("%1 columns, but the entity vectors have %2").arg(v.cols()).arg(width),
                path);
    };
    checkWidth(m.relations, files.relationVectors);
    if (rhs) {
        checkWidth(m.relationsRhs, files.relationRhsVectors);
        checkRows(m.relationsRhs, out.relations.size(), files.relationRhsVectors,
                  files.relationNames);
    }
    if (width < 1 || (type == ModelType::ComplEx && width % 2 != 0))
        throw Error(
            Error::tr("%1 columns cannot hold %2 vectors").arg(width).arg(modelTypeName(type)),
            files.entityVectors);

    m.spec.type = type;
    m.spec.dim = int(type == ModelType::ComplEx ? width / 2 : width);
    m.spec.norm = norm;
    m.spec.separateRhs = rhs;
    out.meta.insert(QStringLiteral("importedFrom"), QStringLiteral("npy+tsv"));
    QJsonArray sources{files.entityVectors, files.relationVectors, files.entityNames,
                       files.relationNames};
    if (rhs)
        sources.append(files.relationRhsVectors);
    out.meta.insert(QStringLiteral("sources"), sources);
    return out;
}

Vocabulary readNameMap(const QString &path)
{
    const QByteArray bytes = readFileMaybeGzip(path);
    struct Entry
    {
        qint64 id;
        QByteArray name;
        qint64 line;
    };
    std::vector<Entry> entries;
    bool header = false, first = true;
    qint64 lineNo = 0;
    for (qsizetype pos = 0; pos < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line(bytes.constData() + pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            throw Error(Error::tr("expected 'id<TAB>name', found no tab"), path, lineNo);
        const QByteArrayView idField = line.first(tab);
        const QByteArrayView name = line.sliced(tab + 1);
        if (std::exchange(first, false) && idField == "id") {
            header = true; // PyKEEN: "id<TAB>label", written by pandas
            continue;
        }
        bool ok = !idField.isEmpty() && idField[0] >= '0' && idField[0] <= '9';
        const qint64 id = ok ? idField.toLongLong(&ok) : -1;
        if (!ok)
            throw Error(Error::tr("the id '%1' is not a non-negative integer")
                            .arg(QString::fromUtf8(idField)),
                        path, lineNo);
        entries.push_back(
            {id,
             header && name.startsWith('"') ? unquoteCsv(name, path, lineNo) : name.toByteArray(),
             lineNo});
    }

    const qint64 n = qint64(entries.size());
    std::vector<qint64> slot(size_t(n), -1);
    for (qint64 k = 0; k < n; ++k) {
        const Entry &e = entries[size_t(k)];
        if (e.id >= n)
            throw Error(Error::tr("id %1 is out of range: the file has %2 entries, so ids "
                                  "must be 0..%3")
                            .arg(e.id)
                            .arg(n)
                            .arg(n - 1),
                        path, e.line);
        if (slot[size_t(e.id)] >= 0)
            throw Error(Error::tr("id %1 already appeared on line %2")
                            .arg(e.id)
                            .arg(entries[size_t(slot[size_t(e.id)])].line),
                        path, e.line);
        slot[size_t(e.id)] = k;
    }
    Vocabulary keys;
    keys.reserve(n);
    for (qint64 id = 0; id < n; ++id) {
        const Entry &e = entries[size_t(slot[size_t(id)])];
        const qint32 got = keys.insert(std::string_view(e.name.constData(), size_t(e.name.size())));
        if (got != qint32(id))
            throw Error(Error::tr("the name '%1' already has id %2")
                            .arg(QString::fromUtf8(e.name), QString::number(got)),
                        path, e.line);
    }
    return keys;
}

void writeNameMap(const QString &path, const Vocabulary &keys)
{
    QByteArray out;
    for (qint32 id = 0; id < keys.size(); ++id) {
        const std::string_view key = keys.key(id);
        if (key.find_first_of("\r\n") != std::string_view::npos)
            throw Error(Error::tr("cannot export: key %1 ('%2') holds a line break")
                            .arg(id)
                            .arg(keys.keyString(id)),
                        path);
        out += QByteArray::number(id);
        out += '\t';
        out.append(key.data(), qsizetype(key.size()));
        out += '\n';
    }
    writeFileAtomic(path, out);
}

KeyMapping mapToVocabularies(const KeyedModel &imported, const Vocabulary &entities,
                             const Vocabulary &relations)
{
    const Model &src = imported.model;
    KeyMapping r;
    r.model.spec = src.spec;
    const int width = src.spec.width();
    r.missingEntities =
        mapRows(imported.entities, entities, {&src.entities}, {&r.model.entities}, width);
    if (src.spec.separateRhs)
        r.missingRelations =
            mapRows(imported.relations, relations, {&src.relations, &src.relationsRhs},
                    {&r.model.relations, &r.model.relationsRhs}, width);
    else
        r.missingRelations =
            mapRows(imported.relations, relations, {&src.relations}, {&r.model.relations}, width);
    r.unusedEntities =
        imported.entities.size() - (entities.size() - qint32(r.missingEntities.size()));
    r.unusedRelations =
        imported.relations.size() - (relations.size() - qint32(r.missingRelations.size()));
    return r;
}

KeyMapping mapToGraph(const KeyedModel &imported, const Graph &graph)
{
    return mapToVocabularies(imported, graph.entities, graph.relations);
}

} // namespace eg
