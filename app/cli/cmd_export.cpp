// equigraph-cli export: write a saved model's embeddings for other tools.
#include "cli_util.h"
#include "command.h"

#include "common/error.h"
#include "embed/embedding_io.h"
#include "embed/model_file.h"
#include "embed/word2vec.h"
#include "interop/dglke_files.h"
#include "interop/operator_convert.h"
#include "interop/pbg_checkpoint.h"

#include <QDir>

namespace eg::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a model's embeddings.\n"
        "  npy:      <out>/<prefix>_entity.npy, <prefix>_relation.npy, entities.tsv,\n"
        "            relations.tsv (the DGL-KE / PyKEEN convention)\n"
        "  word2vec: one text file, 'count dim' then 'key v1 v2 ...' per entity\n"
        "  pbg:      <out> as a PyTorch-BigGraph checkpoint (version 1, dynamic relations)\n"
        "  dglke:    <out>/<prefix>_<Model>_entity.npy, ... and config.json as DGL-KE saves"));
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("the model (.egm)"));
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("npy (default), word2vec, pbg or dglke"),
                      QStringLiteral("name"), QStringLiteral("npy")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")},
                      QStringLiteral("output folder (npy) or file (word2vec)"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("prefix"), QStringLiteral("npy file name prefix"),
                      QStringLiteral("name"), QStringLiteral("equigraph")});
    parser.addOption({QStringLiteral("with-relations"),
                      QStringLiteral("word2vec: also write relations, keys prefixed 'rel:'")});
    QString error;
    if (!parseOrReport(parser, arguments, &error) || parser.positionalArguments().size() != 1 ||
        !parser.isSet(QStringLiteral("out"))) {
        printErr((error.isEmpty() ? QStringLiteral("export: give a model and --out") : error) +
                 QStringLiteral("\n\n") + parser.helpText());
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("npy"), QStringLiteral("word2vec"), QStringLiteral("pbg"),
                     QStringLiteral("dglke")}
             .contains(format)) {
        printErr(QStringLiteral("export: --format must be npy, word2vec, pbg or dglke\n"));
        return ExitUsage;
    }
    return runGuarded("export", [&] {
        const KeyedModel keyed = loadModel(parser.positionalArguments().first());
        const QString out = parser.value(QStringLiteral("out"));
        if (format == QLatin1String("pbg")) {
            const KeyedOperatorModel pbg{fromEngineModel(keyed.model), keyed.entities,
                                         keyed.relations, keyed.meta};
            writePbgCheckpoint(out, pbg, 1, &keyed.model.spec);
        } else if (format == QLatin1String("dglke")) {
            writeDglKe(out, parser.value(QStringLiteral("prefix")), keyed.model, keyed.entities,
                       keyed.relations);
        } else if (format == QLatin1String("word2vec")) {
            exportWord2Vec(out, keyed, parser.isSet(QStringLiteral("with-relations")));
        } else {
            if (!QDir().mkpath(out))
                throw Error(QStringLiteral("cannot create the folder"), out);
            exportEmbeddings(EmbeddingFiles::dglke(out, parser.value(QStringLiteral("prefix")),
                                                   keyed.model.spec.separateRhs),
                             keyed.model, keyed.entities, keyed.relations);
        }
        printErr(QStringLiteral("wrote %1 (%2 entities, %3 relations, width %4)\n")
                     .arg(out)
                     .arg(keyed.model.entityCount())
                     .arg(keyed.model.relationCount())
                     .arg(keyed.model.spec.width()));
        return int(ExitOk);
    });
}

} // namespace eg::cli
