#include "embed/word2vec.h"

#include "common/error.h"
#include "embed/io_files.h"

#include <QJsonArray>

#include <charconv>
#include <cstring>
#include <vector>

namespace eg {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Appends `prefix` + key and the row values per line; `seen` catches keys that collide.
void appendVectors(QByteArray &out, const Vocabulary &keys, const Matrix &vectors,
                   const QByteArray &prefix, Vocabulary &seen, const QString &path)
{
    char buf[32];
    for (qint32 i = 0; i < keys.size(); ++i) {
        const QByteArray key = prefix + word2vecKey(keys.key(i));
        const qint32 before = seen.size();
        const qint32 id = seen.insert(std::string_view(key.constData(), size_t(key.size())));
        if (id != before)
            throw Error(Error::tr("cannot export: key '%1' becomes the word2vec key '%2', "
                                  "as an earlier key did")
                            .arg(keys.keyString(i), QString::fromUtf8(key)),
                        path);
        out += key;
        const float *row = vectors.row(i).data();
        for (Eigen::Index j = 0; j < vectors.cols(); ++j) {
            out += ' ';
            const auto r = std::to_chars(buf, buf + sizeof buf, row[j]);
            out.append(buf, r.ptr - buf);
        }
        out += '\n';
    }
}

} // namespace

QByteArray word2vecKey(std::string_view key)
{
    if (key.empty())
        return QByteArrayLiteral("_");
    QByteArray out(key.data(), qsizetype(key.size()));
    for (char &c : out) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            c = '_';
    }
    return out;
}

void writeWord2Vec(const QString &path, const Vocabulary &keys, const Matrix &vectors)
{
    if (vectors.rows() != keys.size())
        throw Error(
            Error::tr("cannot export: %1 vectors for %2 keys").arg(vectors.rows()).arg(keys.size()),
            path);
    QByteArray out =
        QByteArray::number(keys.size()) + ' ' + QByteArray::number(qint64(vectors.cols())) + '\n';
    Vocabulary seen;
    appendVectors(out, keys, vectors, {}, seen, path);
    writeFileAtomic(path, out);
}

void exportWord2Vec(const QString &path, const KeyedModel &model, bool includeRelations,
                    const QString &relationPrefix)
{
    const Model &m = model.model;
    const int width = m.spec.width();
    if (m.entities.rows() != model.entities.size() || m.entities.cols() != width ||
        m.relations.rows() != model.relations.size() || m.relations.cols() != width)
        throw Error(Error::tr("cannot export: the matrices do not match the keys and spec"), path);
    const QByteArray prefix = relationPrefix.toUtf8();
    qint64 count = model.entities.size();
    if (includeRelations) {
        count += model.relations.size();
        for (qint32 i = 0; i < model.entities.size() && !prefix.isEmpty(); ++i) {
            if (word2vecKey(model.entities.key(i)).startsWith(prefix))
                throw Error(Error::tr("cannot export: entity key '%1' starts with the "
                                      "relation prefix '%2'")
                                .arg(model.entities.keyString(i), relationPrefix),
                            path);
        }
    }
    QByteArray out = QByteArray::number(count) + ' ' + QByteArray::number(width) + '\n';
    Vocabulary seen;
    appendVectors(out, model.entities, m.entities, {}, seen, path);
    if (includeRelations)
        appendVectors(out, model.relations, m.relations, prefix, seen, path);
    writeFileAtomic(path, out);
}

Word2VecTable readWord2Vec(const QString &path)
{
    const QByteArray bytes = readFileMaybeGzip(path);
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    qint64 lineNo = 0;
    // The next line without its terminator ("\n" or "\r\n") and trailing blanks.
    auto nextLine = [&](const char *&b, const char *&e) {
        if (p >= end)
            return false;
        b = p;
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        e = nl ? static_cast<const char *>(nl) : end;
        p = nl ? e + 1 : end;
        ++lineNo;
        while (e > b && (e[-1] == '\r' || isBlank(e[-1])))
            --e;
        return true;
    };

    const char *b = nullptr, *e = nullptr;
    qint64 count = -1, dim = -1;
    if (nextLine(b, e)) {
        while (b < e && isBlank(*b))
            ++b;
        auto r = std::from_chars(b, e, count);
        if (r.ec == std::errc() && r.ptr < e && isBlank(*r.ptr)) {
            b = r.ptr;
            while (b < e && isBlank(*b))
                ++b;
            r = std::from_chars(b, e, dim);
            if (r.ec != std::errc() || r.ptr != e)
                dim = -1;
        }
    }
    if (count < 0 || dim < 1 || dim > (1 << 24))
        throw Error(Error::tr("expected 'count dim' (two integers, dim >= 1) on the first "
                              "line"),
                    path, 1);

    Word2VecTable table;
    std::vector<qint64> keyLines;
    std::vector<float> values;
    // Each value takes at least two bytes ("0 "), which bounds a count the file cannot hold.
    values.reserve(size_t(qMin<qint64>(count, bytes.size() / 2 / dim) * dim));
    while (nextLine(b, e)) {
        if (b == e)
            continue; // blank line
        const char *space = static_cast<const char *>(std::memchr(b, ' ', size_t(e - b)));
        const char *keyEnd = space ? space : e;
        const std::string_view key(b, size_t(keyEnd - b));
        if (table.keys.size() == count)
            throw Error(
                Error::tr("more vectors than the %1 announced on the first line").arg(count), path,
                lineNo);
        const qint32 before = table.keys.size();
        const qint32 id = table.keys.insert(key);
        if (id != before)
            throw Error(Error::tr("the key '%1' already appeared on line %2")
                            .arg(QString::fromUtf8(key.data(), qsizetype(key.size())),
                                 QString::number(keyLines[size_t(id)])),
                        path, lineNo);
        keyLines.push_back(lineNo);
        qint64 found = 0;
        for (const char *q = keyEnd; q < e;) {
            while (q < e && isBlank(*q))
                ++q;
            const char *tokenEnd = q;
            while (tokenEnd < e && !isBlank(*tokenEnd))
                ++tokenEnd;
            ++found;
            float v = 0.0f;
            const auto r = std::from_chars(q, tokenEnd, v);
            if (r.ec != std::errc() || r.ptr != tokenEnd)
                throw Error(Error::tr("value %1 ('%2') is not a float32 number")
                                .arg(found)
                                .arg(QString::fromUtf8(q, tokenEnd - q)),
                            path, lineNo);
            if (found <= dim)
                values.push_back(v);
            q = tokenEnd;
        }
        if (found != dim)
            throw Error(Error::tr("expected %1 values after the key, found %2").arg(dim).arg(found),
                        path, lineNo);
    }
    if (table.keys.size() != count)
        throw Error(Error::tr("the first line announces %1 vectors, the file holds %2")
                        .arg(count)
                        .arg(table.keys.size()),
                    path, 1);
    table.vectors.resize(count, dim);
    if (!values.empty())
        std::memcpy(table.vectors.data(), values.data(), values.size() * sizeof(float));
    return table;
}

KeyedModel importWord2Vec(const QString &path, ModelType type, int norm,
                          const QString &relationPrefix)
{
    if (norm != 1 && norm != 2)
        throw Error(Error::tr("norm must be 1 or 2, not %1").arg(norm));
    Word2VecTable table = readWord2Vec(path);
    const qint64 width = table.vectors.cols();
    if (type == ModelType::ComplEx && width % 2 != 0)
        throw Error(Error::tr("%1 values per vector cannot hold complex vectors").arg(width), path);
    KeyedModel out;
    out.model.spec.type = type;
    out.model.spec.dim = int(type == ModelType::ComplEx ? width / 2 : width);
    out.model.spec.norm = norm;
    const QByteArray prefix = relationPrefix.toUtf8();
    const std::string_view pre(prefix.constData(), size_t(prefix.size()));
    std::vector<qint32> entityRows, relationRows;
    for (qint32 i = 0; i < table.keys.size(); ++i) {
        const std::string_view key = table.keys.key(i);
        if (!pre.empty() && key.starts_with(pre)) {
            out.relations.insert(key.substr(pre.size()));
            relationRows.push_back(i);
        } else {
            out.entities.insert(key);
            entityRows.push_back(i);
        }
    }
    // Two prefixed keys cannot collide after the prefix is removed, nor two unprefixed ones, so
    // the vocabularies have one key per row.
    out.model.entities = table.vectors(entityRows, Eigen::all);
    out.model.relations = table.vectors(relationRows, Eigen::all);
    out.meta.insert(QStringLiteral("importedFrom"), QStringLiteral("word2vec"));
    out.meta.insert(QStringLiteral("sources"), QJsonArray{path});
    return out;
}

} // namespace eg
