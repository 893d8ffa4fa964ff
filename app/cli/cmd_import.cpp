// equigraph-cli import: turn embeddings trained elsewhere into an .egm model.
#include "cli_util.h"
#include "command.h"
#include "data_source.h"

#include "common/error.h"
#include "embed/embedding_io.h"
#include "embed/model_file.h"
#include "embed/word2vec.h"
#include "interop/dglke_files.h"
#include "interop/operator_convert.h"
#include "interop/pbg_checkpoint.h"

#include <QDir>
#include <QFileInfo>

namespace eg::cli {

namespace {

EmbeddingFiles npyFiles(const QCommandLineParser &parser, const QString &source)
{
    EmbeddingFiles files = EmbeddingFiles::dglke(source, parser.value(QStringLiteral("prefix")));
    const auto override = [&](const char *option, QString &field) {
        if (parser.isSet(QLatin1String(option)))
            field = parser.value(QLatin1String(option));
    };
    override("entity-vectors", files.entityVectors);
    override("relation-vectors", files.relationVectors);
    override("entity-names", files.entityNames);
    override("relation-names", files.relationNames);
    override("relation-rhs-vectors", files.relationRhsVectors);
    if (!QFileInfo::exists(files.relationRhsVectors))
        files.relationRhsVectors.clear();
    return files;
}

// A PyTorch-BigGraph checkpoint or DGL-KE save folder as an engine model (.egm holds those).
KeyedModel importOperatorModel(const QString &format, const QString &source)
{
    const KeyedOperatorModel imported =
        format == QLatin1String("pbg") ? readPbgCheckpoint(source) : readDglKe(source);
    const std::optional<ModelSpec> hint = pbgEngineSpec(imported.meta);
    const EngineConversion engine = toEngineModel(imported.model, true, hint ? &*hint : nullptr);
    if (!engine.model)
        throw Error(QStringLiteral("this model cannot be saved as .egm (%1); analyse it with the "
                                   "interop API (core/interop) instead")
                        .arg(engine.reason),
                    source);
    return {*engine.model, imported.entities, imported.relations, imported.meta};
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import embeddings trained elsewhere and save them as an .egm model.\n"
        "  npy:      <source> is a folder with <prefix>_entity.npy, <prefix>_relation.npy,\n"
        "            entities.tsv and relations.tsv (DGL-KE); each file can be named instead\n"
        "  word2vec: <source> is a word2vec text file (relations keyed 'rel:...')\n"
        "  pbg:      <source> is a PyTorch-BigGraph checkpoint folder (--model is ignored)\n"
        "  dglke:    <source> is a DGL-KE save folder with config.json (--model is ignored)"));
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("folder or file"));
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("npy (default), word2vec, pbg or dglke"),
                      QStringLiteral("name"), QStringLiteral("npy")});
    parser.addOption({QStringLiteral("model"),
                      QStringLiteral("how to score: transe, transe-dot, distmult, complex"),
                      QStringLiteral("type"), QStringLiteral("transe")});
    parser.addOption({QStringLiteral("norm"), QStringLiteral("TransE distance norm (1 or 2)"),
                      QStringLiteral("p"), QStringLiteral("1")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")},
                      QStringLiteral("write the model here (.egm)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("prefix"), QStringLiteral("npy file name prefix"),
                      QStringLiteral("name"), QStringLiteral("equigraph")});
    for (const char *name : {"entity-vectors", "relation-vectors", "relation-rhs-vectors",
                             "entity-names", "relation-names"})
        parser.addOption({QLatin1String(name), QStringLiteral("npy: path of this file"),
                          QStringLiteral("file")});
    parser.addOption({QStringLiteral("graph"),
                      QStringLiteral("report how the keys cover this data set"),
                      QStringLiteral("data")});
    QString error;
    if (!parseOrReport(parser, arguments, &error) || parser.positionalArguments().size() != 1 ||
        !parser.isSet(QStringLiteral("out"))) {
        printErr((error.isEmpty() ? QStringLiteral("import: give a source and --out") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }
    return runGuarded("import", [&] {
        const std::optional<ModelType> type = parseModelType(parser.value(QStringLiteral("model")));
        if (!type)
            throw Error(QStringLiteral("unknown model type '%1'")
                            .arg(parser.value(QStringLiteral("model"))));
        const int norm = parser.value(QStringLiteral("norm")).toInt();
        const QString source = parser.positionalArguments().first();
        const QString format = parser.value(QStringLiteral("format"));
        KeyedModel keyed;
        if (format == QLatin1String("word2vec"))
            keyed = importWord2Vec(source, *type, norm, QStringLiteral("rel:"));
        else if (format == QLatin1String("pbg") || format == QLatin1String("dglke"))
            keyed = importOperatorModel(format, source);
        else if (format == QLatin1String("npy"))
            keyed = importEmbeddings(npyFiles(parser, source), *type, norm);
        else
            throw Error(QStringLiteral("--format must be npy, word2vec, pbg or dglke"));

        if (parser.isSet(QStringLiteral("graph"))) {
            const Graph graph = loadDataSource(parser.value(QStringLiteral("graph")), {}, {});
            const KeyMapping mapped = mapToGraph(keyed, graph);
            printErr(QStringLiteral("coverage of %1: %2 of %3 entities, %4 of %5 relations\n")
                         .arg(graph.source)
                         .arg(graph.entityCount() - qint64(mapped.missingEntities.size()))
                         .arg(graph.entityCount())
                         .arg(graph.relationCount() - qint64(mapped.missingRelations.size()))
                         .arg(graph.relationCount()));
        }
        saveModel(parser.value(QStringLiteral("out")), keyed);
        printErr(QStringLiteral("saved %1 (%2 entities, %3 relations, %4 %5)\n")
                     .arg(parser.value(QStringLiteral("out")))
                     .arg(keyed.model.entityCount())
                     .arg(keyed.model.relationCount())
                     .arg(modelTypeName(keyed.model.spec.type))
                     .arg(keyed.model.spec.dim));
        return int(ExitOk);
    });
}

} // namespace eg::cli
