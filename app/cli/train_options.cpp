#include "train_options.h"

#include "common/error.h"
#include "embed/presets.h"
#include "store/config_json.h"

#include <QFile>
#include <QJsonDocument>

namespace eg::cli {

namespace {

struct Flag
{
    const char *name;
    const char *key; // TrainConfig JSON key (see store/config_json.h); "model.x" for ModelSpec
    const char *help;
    bool isNumber;
};

const Flag kFlags[] = {
    {"model", "model.type", "model: transe, transe-dot, distmult, complex", false},
    {"dim", "model.dim", "embedding dimension", true},
    {"norm", "model.norm", "TransE distance norm: 1 or 2", true},
    {"loss", "loss", "loss: margin, self-adversarial, softmax", false},
    {"optimizer", "optimizer", "optimizer: sgd, adagrad, adam", false},
    {"corruption", "corruption", "negative sampling: uniform, bernoulli", false},
    {"epochs", "epochs", "number of epochs", true},
    {"batches", "batchesPerEpoch", "batches per epoch (when --batch-size is 0)", true},
    {"batch-size", "batchSize", "positives per batch (0: from --batches)", true},
    {"negatives", "negatives", "uniform negatives per positive (softmax: per chunk)", true},
    {"batch-negatives", "batchNegatives", "softmax: in-batch negatives per chunk", true},
    {"lr", "learningRate", "learning rate", true},
    {"margin", "margin", "margin (margin loss) or gamma (self-adversarial)", true},
    {"temperature", "adversarialTemperature", "self-adversarial sampling temperature", true},
    {"reg", "regularization", "regularisation weight", true},
    {"warmup", "warmupEpochs", "learning-rate warm-up in epochs", true},
    {"threads", "threads", "worker threads (0: every core)", true},
    {"seed", "seed", "random seed", false},
};

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read the config: %1").arg(file.errorString()), path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw Error(QStringLiteral("not a JSON object (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    path);
    return document.object();
}

} // namespace

void addTrainOptions(QCommandLineParser &parser)
{
    QStringList presetNames;
    for (const TrainPreset &preset : trainPresets())
        presetNames << preset.name;
    parser.addOption({QStringLiteral("preset"),
                      QStringLiteral("start from a named setting: %1")
                          .arg(presetNames.join(QStringLiteral(", "))),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("start from a JSON training config (keys as in the session)"),
                      QStringLiteral("file")});
    for (const Flag &flag : kFlags)
        parser.addOption({QString::fromLatin1(flag.name), QString::fromLatin1(flag.help),
                          QStringLiteral("value")});
    parser.addOption({QStringLiteral("no-normalize"),
                      QStringLiteral("do not renormalise entity rows (margin loss)")});
}

TrainConfig trainConfigFromOptions(const QCommandLineParser &parser, const QString &defaultPreset)
{
    QJsonObject json;
    QString presetName = parser.value(QStringLiteral("preset"));
    if (presetName.isEmpty() && !parser.isSet(QStringLiteral("config")))
        presetName = defaultPreset;
    if (!presetName.isEmpty()) {
        const TrainPreset *preset = findTrainPreset(presetName);
        if (!preset)
            throw Error(QStringLiteral("unknown preset '%1'").arg(presetName));
        json = store::toJson(preset->config);
    }
    if (parser.isSet(QStringLiteral("config")))
        json = readJsonFile(parser.value(QStringLiteral("config")));

    QJsonObject model = json.value(QStringLiteral("model")).toObject();
    for (const Flag &flag : kFlags) {
        const QString name = QString::fromLatin1(flag.name);
        if (!parser.isSet(name))
            continue;
        const QString text = parser.value(name);
        QJsonValue value = text;
        if (flag.isNumber) {
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (!ok)
                throw Error(QStringLiteral("--%1 wants a number, not '%2'").arg(name, text));
            value = number;
        }
        const QString key = QString::fromLatin1(flag.key);
        if (key.startsWith(QLatin1String("model.")))
            model.insert(key.mid(6), value);
        else
            json.insert(key, value);
    }
    if (parser.isSet(QStringLiteral("no-normalize")))
        json.insert(QStringLiteral("normalizeEntities"), false);
    json.insert(QStringLiteral("model"), model);
    TrainConfig config = store::trainConfigFromJson(json);
    validate(config);
    return config;
}

} // namespace eg::cli
