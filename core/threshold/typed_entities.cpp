#include "threshold/typed_entities.h"

#include "common/error.h"

#include <QFile>

#include <map>

namespace eg {

namespace {

// entity row -> type name; empty when untyped.
std::vector<QString> typesFromFile(const KeyedModel &model, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(Error::tr("cannot open the types file: %1").arg(file.errorString()), path);
    std::vector<QString> typeOf(size_t(model.entities.size()));
    std::vector<qint64> lineOf(typeOf.size(), 0);
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const QString key = tab < 0 ? QString() : line.left(tab).trimmed();
        const QString type = tab < 0 ? QString() : line.mid(tab + 1).trimmed();
        if (key.isEmpty() || type.isEmpty())
            throw Error(Error::tr("expected 'entity TAB type'"), path, lineNumber);
        const qint32 id = model.entities.find(key);
        if (id < 0)
            continue; // an entity the model does not have
        if (lineOf[size_t(id)] > 0)
            throw Error(Error::tr("entity '%1' already has a type (line %2)")
                            .arg(key)
                            .arg(lineOf[size_t(id)]),
                        path, lineNumber);
        typeOf[size_t(id)] = type;
        lineOf[size_t(id)] = lineNumber;
    }
    return typeOf;
}

std::vector<QString> typesFromPrefix(const KeyedModel &model)
{
    std::vector<QString> typeOf(size_t(model.entities.size()));
    for (qint32 id = 0; id < model.entities.size(); ++id) {
        const QString key = model.entities.keyString(id);
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash > 0)
            typeOf[size_t(id)] = key.left(slash);
    }
    return typeOf;
}

} // namespace

TypedEmbeddings typedEntityEmbeddings(const KeyedModel &model, const QString &types)
{
    const std::vector<QString> typeOf = types == QLatin1String(TypesFromPrefix)
                                            ? typesFromPrefix(model)
                                            : typesFromFile(model, types);
    std::map<QString, qint32> labelOf;
    for (const QString &t : typeOf)
        if (!t.isEmpty())
            labelOf.emplace(t, 0);
    if (labelOf.size() < 2)
        throw Error(Error::tr("the entities of the model have %1 type(s) from '%2'; at "
                              "least two are needed")
                        .arg(labelOf.size())
                        .arg(types));
    TypedEmbeddings out;
    for (auto &[name, label] : labelOf) {
        label = qint32(out.typeNames.size());
        out.typeNames.push_back(name);
    }
    const Matrix &vectors = model.model.entities;
    qint64 typed = 0;
    for (const QString &t : typeOf)
        typed += t.isEmpty() ? 0 : 1;
    out.data.embeddings.resize(typed, vectors.cols());
    qint64 row = 0;
    for (size_t id = 0; id < typeOf.size(); ++id) {
        if (typeOf[id].isEmpty()) {
            ++out.untyped;
            continue;
        }
        out.data.embeddings.row(row++) = vectors.row(qint64(id));
        out.data.labels.push_back(labelOf[typeOf[id]]);
    }
    return out;
}

} // namespace eg
