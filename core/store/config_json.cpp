#include "store/config_json.h"

#include "common/error.h"

#include <array>
#include <utility>

namespace eg::store {

namespace {

template <typename Enum, std::size_t N> using Names = std::array<std::pair<Enum, const char *>, N>;

constexpr Names<LossType, 3> kLosses{{{LossType::Margin, "margin"},
                                      {LossType::SelfAdversarial, "self-adversarial"},
                                      {LossType::Softmax, "softmax"}}};
constexpr Names<OptimizerType, 3> kOptimizers{{{OptimizerType::Sgd, "sgd"},
                                               {OptimizerType::Adagrad, "adagrad"},
                                               {OptimizerType::Adam, "adam"}}};
constexpr Names<Corruption, 2> kCorruptions{
    {{Corruption::Uniform, "uniform"}, {Corruption::Bernoulli, "bernoulli"}}};

template <typename Enum, std::size_t N> QString nameOf(const Names<Enum, N> &names, Enum value)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
Enum parse(const Names<Enum, N> &names, const QJsonObject &json, const char *key, Enum fallback)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    for (const auto &[v, name] : names)
        if (value.toString() == QLatin1String(name))
            return v;
    throw Error(Error::tr("unknown %1 \"%2\" in the stored settings")
                    .arg(QLatin1String(key), value.toString()));
}

double number(const QJsonObject &json, const char *key, double fallback)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble())
        throw Error(Error::tr("the stored setting %1 is not a number").arg(QLatin1String(key)));
    return value.toDouble();
}

int integer(const QJsonObject &json, const char *key, int fallback)
{
    return int(number(json, key, fallback));
}

bool boolean(const QJsonObject &json, const char *key, bool fallback)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isBool())
        throw Error(
            Error::tr("the stored setting %1 is not true or false").arg(QLatin1String(key)));
    return value.toBool();
}

} // namespace

QJsonObject toJson(const ModelSpec &spec)
{
    return {{QStringLiteral("type"), modelTypeName(spec.type)},
            {QStringLiteral("dim"), spec.dim},
            {QStringLiteral("norm"), spec.norm},
            {QStringLiteral("separateRhs"), spec.separateRhs}};
}

ModelSpec modelSpecFromJson(const QJsonObject &json)
{
    ModelSpec spec;
    const QString type = json.value(QStringLiteral("type")).toString();
    const std::optional<ModelType> parsed = parseModelType(type);
    if (!parsed)
        throw Error(Error::tr("unknown model type \"%1\" in the stored settings").arg(type));
    spec.type = *parsed;
    spec.dim = integer(json, "dim", spec.dim);
    spec.norm = integer(json, "norm", spec.norm);
    spec.separateRhs = boolean(json, "separateRhs", spec.separateRhs);
    return spec;
}

QJsonObject toJson(const TrainConfig &config)
{
    return {
        {QStringLiteral("model"), toJson(config.model)},
        {QStringLiteral("loss"), nameOf(kLosses, config.loss)},
        {QStringLiteral("optimizer"), nameOf(kOptimizers, config.optimizer)},
        {QStringLiteral("corruption"), nameOf(kCorruptions, config.corruption)},
        {QStringLiteral("epochs"), config.epochs},
        {QStringLiteral("batchesPerEpoch"), config.batchesPerEpoch},
        {QStringLiteral("batchSize"), config.batchSize},
        {QStringLiteral("negatives"), config.negatives},
        {QStringLiteral("batchNegatives"), config.batchNegatives},
        {QStringLiteral("learningRate"), double(config.learningRate)},
        {QStringLiteral("margin"), double(config.margin)},
        {QStringLiteral("adversarialTemperature"), double(config.adversarialTemperature)},
        {QStringLiteral("regularization"), double(config.regularization)},
        {QStringLiteral("warmupEpochs"), double(config.warmupEpochs)},
        {QStringLiteral("normalizeEntities"), config.normalizeEntities},
        {QStringLiteral("threads"), config.threads},
        // A string: JSON numbers are doubles and would round seeds above 2^53.
        {QStringLiteral("seed"), QString::number(config.seed)},
        {QStringLiteral("initScale"), double(config.initScale)},
    };
}

TrainConfig trainConfigFromJson(const QJsonObject &json)
{
    TrainConfig c;
    c.model = modelSpecFromJson(json.value(QStringLiteral("model")).toObject());
    c.loss = parse(kLosses, json, "loss", c.loss);
    c.optimizer = parse(kOptimizers, json, "optimizer", c.optimizer);
    c.corruption = parse(kCorruptions, json, "corruption", c.corruption);
    c.epochs = integer(json, "epochs", c.epochs);
    c.batchesPerEpoch = integer(json, "batchesPerEpoch", c.batchesPerEpoch);
    c.batchSize = integer(json, "batchSize", c.batchSize);
    c.negatives = integer(json, "negatives", c.negatives);
    c.batchNegatives = integer(json, "batchNegatives", c.batchNegatives);
    c.learningRate = float(number(json, "learningRate", c.learningRate));
    c.margin = float(number(json, "margin", c.margin));
    c.adversarialTemperature =
        float(number(json, "adversarialTemperature", c.adversarialTemperature));
    c.regularization = float(number(json, "regularization", c.regularization));
    c.warmupEpochs = float(number(json, "warmupEpochs", c.warmupEpochs));
    c.normalizeEntities = boolean(json, "normalizeEntities", c.normalizeEntities);
    c.threads = integer(json, "threads", c.threads);
    if (const QJsonValue seed = json.value(QStringLiteral("seed")); !seed.isUndefined()) {
        bool ok = false;
        c.seed = seed.toString().toULongLong(&ok);
        if (!ok)
            throw Error(
                Error::tr("the stored seed \"%1\" is not a whole number").arg(seed.toString()));
    }
    c.initScale = float(number(json, "initScale", c.initScale));
    return c;
}

QJsonObject toJson(const RankingMetrics &m)
{
    return {{QStringLiteral("mrr"), m.mrr},       {QStringLiteral("meanRank"), m.meanRank},
            {QStringLiteral("hits1"), m.hits1},   {QStringLiteral("hits3"), m.hits3},
            {QStringLiteral("hits10"), m.hits10}, {QStringLiteral("count"), double(m.count)}};
}

RankingMetrics rankingMetricsFromJson(const QJsonObject &json)
{
    RankingMetrics m;
    m.mrr = number(json, "mrr", 0.0);
    m.meanRank = number(json, "meanRank", 0.0);
    m.hits1 = number(json, "hits1", 0.0);
    m.hits3 = number(json, "hits3", 0.0);
    m.hits10 = number(json, "hits10", 0.0);
    m.count = qint64(number(json, "count", 0.0));
    return m;
}

} // namespace eg::store
