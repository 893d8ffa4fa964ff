#include "command.h"

namespace eg::cli {

int runVersion(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runTrain(const QStringList &arguments);
int runEval(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runBias(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runOpis(const QStringList &arguments);
int runDml(const QStringList &arguments);
int runAlign(const QStringList &arguments);

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"version", "print the version", runVersion},
        {"demo", "write the built-in demo world (--run: train and evaluate on it)", runDemo},
        {"train", "train an embedding model on a data set", runTrain},
        {"eval", "filtered link-prediction evaluation of a model", runEval},
        {"export", "export a model's embeddings (npy + TSV, word2vec)", runExport},
        {"import", "import embeddings trained elsewhere (npy + TSV, word2vec)", runImport},
        {"bias", "per-profession bias B_p of a model (--aggregate: scores, probe)", runBias},
        {"compare", "train Basic, Bose, KL, KL + Attr and compare accuracy, bias, cost", runCompare},
        {"opis", "threshold consistency (utility curves, OPIS) of labelled embeddings", runOpis},
        {"dml", "metric learning with and without TCM, compared over seeds", runDml},
        {"align", "entity alignment: train, evaluate, write review candidates", runAlign},
    };
    return list;
}

} // namespace eg::cli
