#include "interop/dglke_files.h"

#include "common/error.h"
#include "embed/embedding_io.h"
#include "embed/npy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>

namespace eg {

namespace {

constexpr DglKeModel kModels[] = {DglKeModel::TransE_l1, DglKeModel::TransE_l2,
                                  DglKeModel::DistMult, DglKeModel::ComplEx, DglKeModel::RotatE};

QJsonObject readConfig(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::tr("cannot read the file"), path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(Error::tr("not a JSON object: %1").arg(error.errorString()), path);
    return doc.object();
}

// The <dataset> of the one <dataset>_<model>_entity.npy in the folder.
QString findDataset(const QDir &dir, const QString &model) {
    const QString suffix = QLatin1Char('_') + model + QStringLiteral("_entity.npy");
    const QStringList found = dir.entryList({QLatin1Char('*') + suffix}, QDir::Files);
    if (found.size() != 1)
        throw Error(Error::tr("expected one *%1 file, found %2").arg(suffix).arg(found.size()),
                    dir.path());
    return found.first().chopped(suffix.size());
}

Matrix conjugate(const Matrix &m) {
    Matrix out = m;
    out.rightCols(m.cols() / 2) *= -1.f;
    return out;
}

} // namespace

QString dglkeModelName(DglKeModel model) {
    switch (model) {
    case DglKeModel::TransE_l1:
        return QStringLiteral("TransE_l1");
    case DglKeModel::TransE_l2:
        return QStringLiteral("TransE_l2");
    case DglKeModel::DistMult:
        return QStringLiteral("DistMult");
    case DglKeModel::ComplEx:
        return QStringLiteral("ComplEx");
    case DglKeModel::RotatE:
        return QStringLiteral("RotatE");
    }
    return {};
}

std::optional<DglKeModel> parseDglKeModel(const QString &name) {
    for (DglKeModel m : kModels)
        if (name == dglkeModelName(m))
            return m;
    if (name == QLatin1String("TransE")) // DGL-KE's alias for TransE_l2
        return DglKeModel::TransE_l2;
    return std::nullopt;
}

KeyedOperatorModel readDglKe(const QString &folder, const DglKeImportOptions &options) {
    const QDir dir(folder);
    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    const QJsonObject config = readConfig(configPath);
    std::optional<DglKeModel> model = options.model;
    if (!model && config.contains(QStringLiteral("model"))) {
        model = parseDglKeModel(config.value(QStringLiteral("model")).toString());
        if (!model)
            throw Error(Error::tr("unsupported DGL-KE model '%1' (TransE_l1, TransE_l2, "
                                  "DistMult, ComplEx, RotatE)")
                            .arg(config.value(QStringLiteral("model")).toString()),
                        configPath);
    }
    if (!model) {
        for (DglKeModel m : kModels)
            if (!dir.entryList(
                        {QStringLiteral("*_") + dglkeModelName(m) + QStringLiteral("_entity.npy")})
                     .isEmpty())
                model = m;
        if (!model)
            throw Error(Error::tr("no <dataset>_<model>_entity.npy of a supported model"), folder);
    }
    const QString name = dglkeModelName(*model);
    const double gamma =
        options.gamma ? *options.gamma : config.value(QStringLiteral("gamma")).toDouble(12.0);
    QString dataset = options.dataset;
    if (dataset.isEmpty() &&
        QFileInfo::exists(dir.filePath(config.value(QStringLiteral("dataset")).toString() +
                                       QLatin1Char('_') + name + QStringLiteral("_entity.npy"))))
        dataset = config.value(QStringLiteral("dataset")).toString();
    if (dataset.isEmpty())
        dataset = findDataset(dir, name);
    const QString stem = dir.filePath(dataset + QLatin1Char('_') + name);
    const QString entityFile = stem + QStringLiteral("_entity.npy");
    const QString relationFile = stem + QStringLiteral("_relation.npy");

    KeyedOperatorModel out;
    OperatorModel &m = out.model;
    Matrix entities = readNpy(entityFile);
    const Matrix relations = readNpy(relationFile);
    out.entities =
        readNameMap(options.entityNames.isEmpty() ? dir.filePath(QStringLiteral("entities.tsv"))
                                                  : options.entityNames);
    out.relations =
        readNameMap(options.relationNames.isEmpty() ? dir.filePath(QStringLiteral("relations.tsv"))
                                                    : options.relationNames);
    if (entities.rows() != out.entities.size())
        throw Error(
            Error::tr("%1 rows but %2 entity names").arg(entities.rows()).arg(out.entities.size()),
            entityFile);
    if (relations.rows() != out.relations.size())
        throw Error(Error::tr("%1 rows but %2 relation names")
                        .arg(relations.rows())
                        .arg(out.relations.size()),
                    relationFile);
    const bool rotate = *model == DglKeModel::RotatE;
    const qint64 expected = rotate ? 2 * relations.cols() : relations.cols();
    if (entities.cols() != expected)
        throw Error(Error::tr("entity vectors have %1 floats, the %2 relation vectors "
                              "need %3")
                        .arg(entities.cols())
                        .arg(name)
                        .arg(expected),
                    entityFile);
    m.dim = int(entities.cols());
    m.dynamic = true;
    m.entities = RowTable(std::move(entities));
    m.ops.assign(size_t(relations.rows()), PbgOperator::Translation);
    switch (*model) {
    case DglKeModel::TransE_l1:
    case DglKeModel::TransE_l2:
        m.comparator = *model == DglKeModel::TransE_l1 ? PbgComparator::L1 : PbgComparator::L2;
        m.offset = gamma;
        m.lhsParams = relations;
        m.rhsParams = -relations;
        break;
    case DglKeModel::DistMult:
        m.ops.assign(m.ops.size(), PbgOperator::Diagonal);
        m.lhsParams = m.rhsParams = relations;
        break;
    case DglKeModel::ComplEx:
        m.ops.assign(m.ops.size(), PbgOperator::ComplexDiagonal);
        m.lhsParams = relations;
        m.rhsParams = conjugate(relations);
        break;
    case DglKeModel::RotatE: {
        m.ops.assign(m.ops.size(), PbgOperator::ComplexDiagonal);
        m.comparator = PbgComparator::ComplexL1;
        m.offset = gamma;
        const qint64 d = relations.cols();
        // As DGL-KE computes it in float32: phase = theta / (emb_init / pi).
        const float divisor = float(((gamma + 2.0) / double(d)) / M_PI);
        Matrix rho(relations.rows(), 2 * d);
        for (qint64 r = 0; r < relations.rows(); ++r)
            for (qint64 k = 0; k < d; ++k) {
                const float phase = relations(r, k) / divisor;
                rho(r, k) = std::cos(phase);
                rho(r, d + k) = std::sin(phase);
            }
        m.lhsParams = rho;
        m.rhsParams = conjugate(rho);
        out.meta.insert(QStringLiteral("rotatePhaseDivisor"), double(divisor));
        break;
    }
    }
    m.validate();
    out.meta.insert(QStringLiteral("importedFrom"), QStringLiteral("dgl-ke"));
    out.meta.insert(QStringLiteral("dglkeModel"), name);
    out.meta.insert(QStringLiteral("gamma"), gamma);
    out.meta.insert(QStringLiteral("sources"),
                    QJsonArray{QFileInfo(entityFile).absoluteFilePath(),
                               QFileInfo(relationFile).absoluteFilePath()});
    if (!config.isEmpty())
        out.meta.insert(QStringLiteral("config"), config);
    return out;
}

void writeDglKe(const QString &folder, const QString &dataset, const Model &model,
                const Vocabulary &entities, const Vocabulary &relations, double gamma) {
    QString name;
    switch (model.spec.type) {
    case ModelType::TransE:
        name = model.spec.norm == 1 ? QStringLiteral("TransE_l1") : QStringLiteral("TransE_l2");
        break;
    case ModelType::DistMult:
        name = QStringLiteral("DistMult");
        break;
    case ModelType::ComplEx:
        name = QStringLiteral("ComplEx");
        break;
    case ModelType::TransEDot:
        throw Error(Error::tr("DGL-KE has no translation + dot model (TransEDot); export it "
                              "as a PyTorch-BigGraph checkpoint"),
                    folder);
    }
    if (model.spec.separateRhs)
        throw Error(Error::tr("DGL-KE keeps one relation table; this model has a second "
                              "one for head prediction"),
                    folder);
    if (!QDir().mkpath(folder))
        throw Error(Error::tr("cannot create the folder"), folder);
    exportEmbeddings(EmbeddingFiles::dglke(folder, dataset + QLatin1Char('_') + name), model,
                     entities, relations);
    const bool transe = model.spec.type == ModelType::TransE;
    QJsonObject config{{QStringLiteral("model"), name},
                       {QStringLiteral("dataset"), dataset},
                       {QStringLiteral("emb_size"), model.spec.dim},
                       {QStringLiteral("gamma"), transe ? gamma : 0.0},
                       {QStringLiteral("double_ent"), model.spec.type == ModelType::ComplEx},
                       {QStringLiteral("double_rel"), model.spec.type == ModelType::ComplEx},
                       {QStringLiteral("writtenBy"), QStringLiteral("equigraph")}};
    const QString path = QDir(folder).filePath(QStringLiteral("config.json"));
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(config).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::tr("cannot write the file"), path);
}

} // namespace eg
