// writePbgCheckpoint (declared in pbg_checkpoint.h).
#include "common/error.h"
#include "interop/hdf5_file.h"
#include "interop/pbg_checkpoint.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace eg {

namespace {

void writeText(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::tr("cannot write the file"), path);
}

QByteArray namesJson(const Vocabulary &keys) {
    QJsonArray array;
    for (qint32 i = 0; i < keys.size(); ++i)
        array.append(keys.keyString(i));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

struct ParamNames {
    const char *single;
    const char *many;
};

// Writes one operator's parameters (rows of `params`) in PBG's dataset layout.
void writeParams(Hdf5File &file, const QString &prefix, const QString &stateKey, PbgOperator op,
                 int dim, const Matrix &params, bool plural) {
    const qint64 n = params.rows();
    auto put = [&](ParamNames names, qint64 firstCol, std::vector<qint64> shape) {
        const QString param = QLatin1String(plural ? names.many : names.single);
        qint64 cols = 1;
        for (size_t i = 1; i < shape.size(); ++i)
            cols *= shape[i];
        const Matrix block = params.middleCols(firstCol, cols);
        if (!plural)
            shape.erase(shape.begin());
        file.writeFloats(prefix + param, block.data(), shape);
        file.writeStringAttribute(prefix + param, QStringLiteral("state_dict_key"),
                                  stateKey + param);
    };
    switch (op) {
    case PbgOperator::None:
        return;
    case PbgOperator::Translation:
        put({"translation", "translations"}, 0, {n, dim});
        return;
    case PbgOperator::Diagonal:
        put({"diagonal", "diagonals"}, 0, {n, dim});
        return;
    case PbgOperator::Linear:
        put({"linear_transformation", "linear_transformations"}, 0, {n, dim, dim});
        return;
    case PbgOperator::Affine:
        put({"linear_transformation", "linear_transformations"}, 0, {n, dim, dim});
        put({"translation", "translations"}, qint64(dim) * dim, {n, dim});
        return;
    case PbgOperator::ComplexDiagonal:
        put({"real", "real"}, 0, {n, dim / 2});
        put({"imag", "imag"}, dim / 2, {n, dim / 2});
        return;
    }
}

} // namespace

void writePbgCheckpoint(const QString &folder, const KeyedOperatorModel &keyed, int version,
                        const ModelSpec *engineSpec) {
    const OperatorModel &m = keyed.model;
    m.validate();
    if (m.comparator == PbgComparator::L1 || m.comparator == PbgComparator::ComplexL1)
        throw Error(Error::tr("PyTorch-BigGraph has no %1 comparator (TransE L1 and "
                              "RotatE cannot be exported as a PBG checkpoint)")
                        .arg(pbgComparatorName(m.comparator)),
                    folder);
    if (m.offset != 0.0)
        throw Error(Error::tr("PyTorch-BigGraph scores have no offset (gamma)"), folder);
    if (m.entityCount() != keyed.entities.size() || m.relationCount() != keyed.relations.size())
        throw Error(Error::tr("the key lists do not match the model's tables"), folder);
    for (PbgOperator op : m.ops)
        if (m.dynamic && op != m.ops.front())
            throw Error(Error::tr("dynamic relations share one operator type"), folder);
    if (!QDir().mkpath(folder))
        throw Error(Error::tr("cannot create the folder"), folder);
    const QDir dir(folder);
    const QString v = QStringLiteral(".v%1.h5").arg(version);

    QJsonObject config;
    QJsonObject all;
    all.insert(QStringLiteral("num_partitions"), 1);
    all.insert(QStringLiteral("featurized"), false);
    all.insert(QStringLiteral("dimension"), QJsonValue::Null);
    config.insert(QStringLiteral("entities"), QJsonObject{{QStringLiteral("all"), all}});
    QJsonArray relations;
    auto relation = [&](const QString &name, PbgOperator op) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("lhs"), QStringLiteral("all")},
                           {QStringLiteral("rhs"), QStringLiteral("all")},
                           {QStringLiteral("weight"), 1.0},
                           {QStringLiteral("operator"), pbgOperatorName(op)},
                           {QStringLiteral("all_negs"), false}};
    };
    if (m.dynamic)
        relations.append(relation(QStringLiteral("all_edges"), m.ops.front()));
    else
        for (qint32 r = 0; r < m.relationCount(); ++r)
            relations.append(relation(keyed.relations.keyString(r), m.ops[size_t(r)]));
    config.insert(QStringLiteral("relations"), relations);
    config.insert(QStringLiteral("dimension"), m.dim);
    config.insert(QStringLiteral("comparator"), pbgComparatorName(m.comparator));
    config.insert(QStringLiteral("bias"), m.bias);
    config.insert(QStringLiteral("global_emb"), false);
    config.insert(QStringLiteral("max_norm"), QJsonValue::Null);
    config.insert(QStringLiteral("dynamic_relations"), m.dynamic);
    config.insert(QStringLiteral("entity_path"), dir.absolutePath());
    config.insert(QStringLiteral("edge_paths"), QJsonArray());
    config.insert(QStringLiteral("checkpoint_path"), dir.absolutePath());
    const QByteArray configJson = QJsonDocument(config).toJson(QJsonDocument::Indented);

    // Names and counts, as PBG's importer writes them into entity_path.
    writeText(dir.filePath(QStringLiteral("entity_names_all_0.json")), namesJson(keyed.entities));
    writeText(dir.filePath(QStringLiteral("entity_count_all_0.txt")),
              QByteArray::number(keyed.entities.size()));
    if (m.dynamic) {
        writeText(dir.filePath(QStringLiteral("dynamic_rel_names.json")),
                  namesJson(keyed.relations));
        writeText(dir.filePath(QStringLiteral("dynamic_rel_count.txt")),
                  QByteArray::number(keyed.relations.size()));
    }

    {
        Hdf5File file(dir.filePath(QStringLiteral("embeddings_all_0") + v), Hdf5File::Mode::Create);
        file.writeFloats(QStringLiteral("embeddings"), m.entities.data(),
                         {m.entities.rows(), m.dim});
        file.writeIntAttribute(QStringLiteral("/"), QStringLiteral("format_version"), 1);
        file.writeStringAttribute(QStringLiteral("/"), QStringLiteral("config/json"),
                                  QString::fromUtf8(configJson));
        file.commit();
    }
    {
        Hdf5File file(dir.filePath(QStringLiteral("model") + v), Hdf5File::Mode::Create);
        if (m.dynamic) {
            for (const char *side : {"lhs", "rhs"}) {
                const QString s = QLatin1String(side);
                writeParams(file, QStringLiteral("model/relations/0/operator/%1/").arg(s),
                            QStringLiteral("%1_operators.0.").arg(s), m.ops.front(), m.dim,
                            s == QLatin1String("lhs") ? m.lhsParams : m.rhsParams, true);
            }
        } else {
            for (qint32 r = 0; r < m.relationCount(); ++r) {
                const PbgOperator op = m.ops[size_t(r)];
                writeParams(file, QStringLiteral("model/relations/%1/operator/rhs/").arg(r),
                            QStringLiteral("rhs_operators.%1.").arg(r), op, m.dim,
                            m.rhsParams.row(r).head(pbgOperatorParams(op, m.dim)), false);
            }
        }
        file.writeIntAttribute(QStringLiteral("/"), QStringLiteral("format_version"), 1);
        file.writeStringAttribute(QStringLiteral("/"), QStringLiteral("config/json"),
                                  QString::fromUtf8(configJson));
        if (engineSpec) {
            const QJsonObject spec{{QStringLiteral("type"), modelTypeName(engineSpec->type)},
                                   {QStringLiteral("dim"), engineSpec->dim},
                                   {QStringLiteral("norm"), engineSpec->norm},
                                   {QStringLiteral("separateRhs"), engineSpec->separateRhs}};
            file.writeStringAttribute(
                QStringLiteral("/"), QStringLiteral("equigraph/spec"),
                QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact)));
        }
        file.commit();
    }
    writeText(dir.filePath(QStringLiteral("config.json")), configJson);
    writeText(dir.filePath(QStringLiteral("checkpoint_version.txt")), QByteArray::number(version));
}

} // namespace eg
