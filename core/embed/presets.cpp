#include "embed/presets.h"

namespace eg {

namespace {

// Fast-TransX's defaults (Train_TransE.cpp): dim 100, L1, margin 1, one uniform negative per
// positive, 100 batches per epoch, SGD with rate 0.001, entity rows renormalised.
TrainConfig fastTransX()
{
    TrainConfig c;
    c.model = {ModelType::TransE, 100, 1, false};
    c.loss = LossType::Margin;
    c.optimizer = OptimizerType::Sgd;
    c.corruption = Corruption::Uniform;
    c.epochs = 1000;
    c.batchesPerEpoch = 100;
    c.negatives = 1;
    c.learningRate = 0.001f;
    c.margin = 1.0f;
    c.normalizeEntities = true;
    return c;
}

// Fisher et al. (EMNLP 2020) / PyTorch-BigGraph: translation + dot comparator, softmax over
// 1000 uniform + 50 batch negatives, batch 1000, Adagrad 0.1 with a one-epoch warm-up.
TrainConfig fisherPbg()
{
    TrainConfig c;
    c.model = {ModelType::TransEDot, 200, 1, true};
    c.loss = LossType::Softmax;
    c.optimizer = OptimizerType::Adagrad;
    c.epochs = 50;
    c.batchSize = 1000;
    c.negatives = 1000;
    c.batchNegatives = 50;
    c.learningRate = 0.1f;
    c.warmupEpochs = 1.0f;
    return c;
}

// TransE (distance form) with self-adversarial negative sampling (Sun et al. 2019): the setting
// docs/training.md chose for FB15k-237 (filtered test MRR >= 0.30, Hits@10 >= 0.48). 256 uniform
// negatives shared by chunks of 32 positives, negatives that form training triples left out.
TrainConfig transeAdversarial()
{
    TrainConfig c;
    c.model = {ModelType::TransE, 200, 1, false};
    c.loss = LossType::SelfAdversarial;
    c.optimizer = OptimizerType::Adagrad;
    c.corruption = Corruption::Uniform;
    c.epochs = 30;
    c.batchesPerEpoch = 100;
    c.negatives = 256;
    c.learningRate = 0.05f;
    c.margin = 6.0f;
    c.adversarialTemperature = 1.0f;
    return c;
}

// The demo world: the same family as Fisher's model, small enough to train in seconds.
TrainConfig demo()
{
    TrainConfig c = fisherPbg();
    c.model = {ModelType::TransEDot, 100, 1, false};
    c.epochs = 30;
    c.negatives = 100;
    return c;
}

} // namespace

const std::vector<TrainPreset> &trainPresets()
{
    static const std::vector<TrainPreset> presets = {
        {QStringLiteral("demo"),
         QStringLiteral("dot-form TransE for the built-in demo world (seconds)"), demo()},
        {QStringLiteral("fast-transx"),
         QStringLiteral("classic TransE as Fast-TransX trains it (L1, margin 1, SGD)"),
         fastTransX()},
        {QStringLiteral("transe-adv"),
         QStringLiteral("TransE (L1) with self-adversarial negatives, tuned on FB15k-237"),
         transeAdversarial()},
        {QStringLiteral("fisher-pbg"),
         QStringLiteral("dot-form TransE as Fisher et al. trained it with PyTorch-BigGraph"),
         fisherPbg()},
    };
    return presets;
}

const TrainPreset *findTrainPreset(const QString &name)
{
    for (const TrainPreset &preset : trainPresets()) {
        if (preset.name.compare(name, Qt::CaseInsensitive) == 0)
            return &preset;
    }
    return nullptr;
}

} // namespace eg
