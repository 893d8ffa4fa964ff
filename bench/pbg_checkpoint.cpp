#include "pbg_checkpoint.h"

#include "common/error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <vector>

#ifdef EG_HAVE_HDF5
#include <hdf5.h>
#endif

namespace eg::bench {

namespace {

#ifdef EG_HAVE_HDF5
QStringList readNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read the file"), path);
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isArray())
        throw Error(QStringLiteral("expected a JSON list of names"), path);
    QStringList names;
    for (const QJsonValue &v : doc.array())
        names << v.toString();
    return names;
}

// A 2-D float dataset, row-major.
Matrix readDataset(const QString &path, const char *name)
{
    const hid_t file = H5Fopen(QFile::encodeName(path).constData(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (file < 0)
        throw Error(QStringLiteral("cannot open the HDF5 file"), path);
    const hid_t set = H5Dopen2(file, name, H5P_DEFAULT);
    if (set < 0) {
        H5Fclose(file);
        throw Error(QStringLiteral("no dataset %1").arg(QLatin1String(name)), path);
    }
    const hid_t space = H5Dget_space(set);
    hsize_t dims[2] = {0, 0};
    const int rank = H5Sget_simple_extent_ndims(space);
    if (rank == 2)
        H5Sget_simple_extent_dims(space, dims, nullptr);
    Matrix out(static_cast<Eigen::Index>(dims[0]), static_cast<Eigen::Index>(dims[1]));
    const herr_t status =
        rank == 2 ? H5Dread(set, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()) : -1;
    H5Sclose(space);
    H5Dclose(set);
    H5Fclose(file);
    if (status < 0)
        throw Error(
            QStringLiteral("cannot read dataset %1 as a float matrix").arg(QLatin1String(name)),
            path);
    return out;
}

// Rows of `from` (keyed by `names`) in the order of `vocabulary`.
Matrix reorder(const Matrix &from, const QStringList &names, const Vocabulary &vocabulary,
               const QString &file)
{
    if (from.rows() != names.size())
        throw Error(QStringLiteral("%1 rows but %2 names").arg(from.rows()).arg(names.size()),
                    file);
    QHash<QString, int> row;
    for (int i = 0; i < names.size(); ++i)
        row.insert(names[i], i);
    Matrix out(vocabulary.size(), from.cols());
    for (qint32 id = 0; id < vocabulary.size(); ++id) {
        const auto it = row.constFind(vocabulary.keyString(id));
        if (it == row.constEnd())
            throw Error(QStringLiteral("no row for %1").arg(vocabulary.keyString(id)), file);
        out.row(id) = from.row(*it);
    }
    return out;
}
#endif

} // namespace

bool pbgSupported()
{
#ifdef EG_HAVE_HDF5
    return true;
#else
    return false;
#endif
}

Model loadPbgCheckpoint(const QString &folder, const Graph &graph, int version)
{
#ifdef EG_HAVE_HDF5
    const QDir dir(folder);
    const QString v = QString::number(version);
    const QString embeddings =
        dir.filePath(QStringLiteral("checkpoint/embeddings_all_0.v") + v + QStringLiteral(".h5"));
    const QString model =
        dir.filePath(QStringLiteral("checkpoint/model.v") + v + QStringLiteral(".h5"));
    const QString entityNames = dir.filePath(QStringLiteral("entities/entity_names_all_0.json"));
    const QString relationNames = dir.filePath(QStringLiteral("entities/dynamic_rel_names.json"));
    Model out;
    out.entities = reorder(readDataset(embeddings, "embeddings"), readNames(entityNames),
                           graph.entities, embeddings);
    const QStringList relations = readNames(relationNames);
    out.relations = reorder(readDataset(model, "model/relations/0/operator/lhs/translations"),
                            relations, graph.relations, model);
    out.relationsRhs = reorder(readDataset(model, "model/relations/0/operator/rhs/translations"),
                               relations, graph.relations, model);
    out.spec.type = ModelType::TransEDot;
    out.spec.dim = int(out.entities.cols());
    out.spec.separateRhs = true;
    return out;
#else
    Q_UNUSED(graph);
    Q_UNUSED(version);
    throw Error(QStringLiteral("this build cannot read HDF5 (install libhdf5-dev)"), folder);
#endif
}

} // namespace eg::bench
