#include "interop/pbg_checkpoint.h"

#include "common/error.h"
#include "interop/hdf5_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace eg {

namespace {

QByteArray readSmallFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot read the file: %1").arg(file.errorString()), path);
    return file.readAll();
}

QJsonDocument readJson(const QString &path) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readSmallFile(path), &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(
            Error::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()),
            path);
    return doc;
}

QStringList readNames(const QString &path) {
    const QJsonDocument doc = readJson(path);
    if (!doc.isArray())
        throw Error(Error::tr("expected a JSON list of names"), path);
    QStringList names;
    const QJsonArray array = doc.array();
    names.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isString())
            throw Error(Error::tr("name %1 is not a string").arg(names.size() + 1), path);
        names << v.toString();
    }
    return names;
}

// The first folder of `dirs` holding `name`, else an error listing where we looked.
QString findFile(const QStringList &dirs, const QString &name) {
    for (const QString &dir : dirs)
        if (!dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(name)))
            return QDir(dir).filePath(name);
    throw Error(Error::tr("no %1 in %2").arg(name, dirs.join(QStringLiteral(", "))));
}

// Parameters of one operator from model.vN.h5 in our row layout, one row per relation.
// prefix = "model/relations/<i>/operator/<side>/"; plural = dynamic-relation names.
Matrix readParams(const Hdf5File &file, const QString &prefix, PbgOperator op, int dim,
                  qint64 relations, bool plural) {
    auto read = [&](const char *single, const char *many, qint64 cols) {
        const QString name = prefix + QLatin1String(plural ? many : single);
        Matrix m = file.readMatrix(name);
        if (!plural)
            m = Eigen::Map<Matrix>(m.data(), 1, m.size()).eval();
        if (m.rows() != relations || m.cols() != cols)
            throw Error(Error::tr("dataset %1 is %2 x %3, expected %4 x %5")
                            .arg(name)
                            .arg(m.rows())
                            .arg(m.cols())
                            .arg(relations)
                            .arg(cols),
                        file.path());
        return m;
    };
    Matrix out(relations, pbgOperatorParams(op, dim));
    switch (op) {
    case PbgOperator::None:
        break;
    case PbgOperator::Translation:
        out = read("translation", "translations", dim);
        break;
    case PbgOperator::Diagonal:
        out = read("diagonal", "diagonals", dim);
        break;
    case PbgOperator::Linear:
        out = read("linear_transformation", "linear_transformations", qint64(dim) * dim);
        break;
    case PbgOperator::Affine:
        out << read("linear_transformation", "linear_transformations", qint64(dim) * dim),
            read("translation", "translations", dim);
        break;
    case PbgOperator::ComplexDiagonal:
        out << read("real", "real", dim / 2), read("imag", "imag", dim / 2);
        break;
    }
    return out;
}

} // namespace

std::optional<ModelSpec> pbgEngineSpec(const QJsonObject &meta) {
    const QJsonObject s = meta.value(QStringLiteral("equigraphSpec")).toObject();
    const std::optional<ModelType> type =
        parseModelType(s.value(QStringLiteral("type")).toString());
    if (!type)
        return std::nullopt;
    ModelSpec spec;
    spec.type = *type;
    spec.dim = s.value(QStringLiteral("dim")).toInt();
    spec.norm = s.value(QStringLiteral("norm")).toInt(1);
    spec.separateRhs = s.value(QStringLiteral("separateRhs")).toBool();
    return spec;
}

KeyedOperatorModel readPbgCheckpoint(const QString &checkpoint, const PbgImportOptions &options) {
    if (!hdf5Available()) {
        const Hdf5File probe(checkpoint); // throws the "this build cannot read HDF5" error
    }
    const QDir dir(checkpoint);
    int version = options.version;
    if (version < 0) {
        const QString path = dir.filePath(QStringLiteral("checkpoint_version.txt"));
        bool ok = false;
        version = QString::fromUtf8(readSmallFile(path)).trimmed().toInt(&ok);
        if (!ok || version < 0)
            throw Error(Error::tr("expected one integer, the checkpoint version"), path);
    }
    const QString v = QStringLiteral(".v%1.h5").arg(version);
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    const QJsonObject config = readJson(configPath).object();

    QStringList nameDirs = {options.entityPath, dir.path(),
                            dir.filePath(QStringLiteral("../entities"))};
    const QString entityPath = config.value(QStringLiteral("entity_path")).toString();
    if (!entityPath.isEmpty())
        nameDirs << (QDir::isAbsolutePath(entityPath)
                         ? entityPath
                         : dir.filePath(QStringLiteral("../") + entityPath));

    KeyedOperatorModel out;
    OperatorModel &m = out.model;
    m.dim = config.value(QStringLiteral("dimension")).toInt();
    m.dynamic = config.value(QStringLiteral("dynamic_relations")).toBool();
    m.bias = config.value(QStringLiteral("bias")).toBool();
    const QString comparator = config.value(QStringLiteral("comparator")).toString();
    const std::optional<PbgComparator> c = parsePbgComparator(comparator);
    if (!c || *c == PbgComparator::L1 || *c == PbgComparator::ComplexL1)
        throw Error(Error::tr("unknown comparator '%1'").arg(comparator), configPath);
    m.comparator = *c;

    // Entities: every type, every partition.
    const QJsonObject types = config.value(QStringLiteral("entities")).toObject();
    if (types.isEmpty())
        throw Error(Error::tr("config has no entity types"), configPath);
    const QString modelPath = dir.filePath(QStringLiteral("model") + v);
    const Hdf5File modelFile(modelPath);
    const bool global = config.value(QStringLiteral("global_emb")).toBool();
    std::vector<Matrix> blocks;
    qint64 total = 0;
    for (auto it = types.begin(); it != types.end(); ++it) {
        const QJsonObject type = it.value().toObject();
        if (type.value(QStringLiteral("featurized")).toBool())
            throw Error(
                Error::tr("entity type '%1' is featurized, which is not supported").arg(it.key()),
                configPath);
        const int parts = type.value(QStringLiteral("num_partitions")).toInt(1);
        for (int part = 0; part < parts; ++part) {
            const QString stem = QStringLiteral("%1_%2").arg(it.key()).arg(part);
            const QString file = dir.filePath(QStringLiteral("embeddings_") + stem + v);
            Matrix rows = Hdf5File(file).readMatrix(QStringLiteral("embeddings"));
            if (rows.cols() != m.dim)
                throw Error(Error::tr("embeddings have %1 columns, config dimension is %2")
                                .arg(rows.cols())
                                .arg(m.dim),
                            file);
            if (global)
                rows.rowwise() +=
                    modelFile
                        .readMatrix(
                            QStringLiteral("model/entities/%1/global_embedding").arg(it.key()))
                        .row(0);
            const QString namesFile = findFile(nameDirs, QStringLiteral("entity_names_") + stem +
                                                             QStringLiteral(".json"));
            const QStringList names = readNames(namesFile);
            if (names.size() != rows.rows())
                throw Error(Error::tr("%1 names for %2 embedding rows in %3")
                                .arg(names.size())
                                .arg(rows.rows())
                                .arg(file),
                            namesFile);
            for (const QString &name : names) {
                const QString key = types.size() > 1 ? it.key() + QLatin1Char(':') + name : name;
                if (out.entities.insert(key.toStdString()) != out.entities.size() - 1)
                    throw Error(Error::tr("entity name '%1' appears twice").arg(key), namesFile);
            }
            total += rows.rows();
            blocks.push_back(std::move(rows));
        }
    }
    Matrix entities(total, m.dim);
    qint64 at = 0;
    for (const Matrix &b : blocks) {
        entities.middleRows(at, b.rows()) = b;
        at += b.rows();
    }
    const QJsonValue maxNorm = config.value(QStringLiteral("max_norm"));
    if (maxNorm.isDouble()) {
        const double limit = maxNorm.toDouble();
        for (Eigen::Index i = 0; i < entities.rows(); ++i) {
            const double norm = entities.row(i).norm();
            if (norm > limit) // torch.embedding_renorm_: scale = max_norm / (norm + 1e-7)
                entities.row(i) *= float(limit / (norm + 1e-7));
        }
    }
    m.entities = RowTable(std::move(entities));

    // Relations and their operators.
    const QJsonArray relations = config.value(QStringLiteral("relations")).toArray();
    if (relations.isEmpty())
        throw Error(Error::tr("config has no relations"), configPath);
    auto operatorOf = [&](const QJsonValue &rel) {
        const QString name = rel.toObject().value(QStringLiteral("operator")).toString();
        const std::optional<PbgOperator> op = parsePbgOperator(name);
        if (!op)
            throw Error(Error::tr("unknown operator '%1'").arg(name), configPath);
        return *op;
    };
    if (m.dynamic) {
        const PbgOperator op = operatorOf(relations.first());
        const QStringList names =
            readNames(findFile(nameDirs, QStringLiteral("dynamic_rel_names.json")));
        for (const QString &name : names)
            if (out.relations.insert(name.toStdString()) != out.relations.size() - 1)
                throw Error(Error::tr("relation name '%1' appears twice").arg(name));
        m.ops.assign(size_t(names.size()), op);
        const QString base = QStringLiteral("model/relations/0/operator/");
        m.lhsParams =
            readParams(modelFile, base + QStringLiteral("lhs/"), op, m.dim, names.size(), true);
        m.rhsParams =
            readParams(modelFile, base + QStringLiteral("rhs/"), op, m.dim, names.size(), true);
    } else {
        int width = 0;
        for (const QJsonValue &rel : relations) {
            m.ops.push_back(operatorOf(rel));
            width = std::max(width, pbgOperatorParams(m.ops.back(), m.dim));
            const QString name = rel.toObject().value(QStringLiteral("name")).toString();
            if (out.relations.insert(name.toStdString()) != out.relations.size() - 1)
                throw Error(Error::tr("relation name '%1' appears twice").arg(name), configPath);
        }
        m.rhsParams = Matrix::Zero(relations.size(), width);
        m.lhsParams = Matrix(relations.size(), 0);
        for (qint32 i = 0; i < relations.size(); ++i) {
            const PbgOperator op = m.ops[size_t(i)];
            const Matrix row =
                readParams(modelFile, QStringLiteral("model/relations/%1/operator/rhs/").arg(i), op,
                           m.dim, 1, false);
            m.rhsParams.row(i).head(row.cols()) = row.row(0);
        }
    }
    m.validate();

    out.meta.insert(QStringLiteral("importedFrom"), QStringLiteral("pytorch-biggraph"));
    out.meta.insert(QStringLiteral("source"), QFileInfo(checkpoint).absoluteFilePath());
    out.meta.insert(QStringLiteral("checkpointVersion"), version);
    out.meta.insert(QStringLiteral("config"), config);
    const QString spec =
        modelFile.stringAttribute(QStringLiteral("/"), QStringLiteral("equigraph/spec"));
    if (!spec.isEmpty())
        out.meta.insert(QStringLiteral("equigraphSpec"),
                        QJsonDocument::fromJson(spec.toUtf8()).object());
    return out;
}

} // namespace eg
