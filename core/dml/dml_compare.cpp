#include "dml/dml_compare.h"

#include "common/error.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace eg::dml {

namespace {

// Maps the share done of a sub-task to [from, to) of `total` steps of `progress`.
ProgressFn slice(const ProgressFn &progress, qint64 from, qint64 to, qint64 total)
{
    if (!progress)
        return {};
    return [progress, from, to, total](qint64 done, qint64 all) {
        const qint64 at = all > 0 ? from + (to - from) * qBound(qint64(0), done, all) / all : from;
        return progress(at, total);
    };
}

DmlFigures mean(const std::vector<DmlFigures> &runs)
{
    DmlFigures m;
    for (const DmlFigures &f : runs) {
        m.opis += f.opis;
        m.epsOpis += f.epsOpis;
        m.recallAt1 += f.recallAt1;
        m.mapAtR += f.mapAtR;
        m.trainSeconds += f.trainSeconds;
    }
    const double n = runs.empty() ? 1.0 : double(runs.size());
    m.opis /= n;
    m.epsOpis /= n;
    m.recallAt1 /= n;
    m.mapAtR /= n;
    m.trainSeconds /= n;
    return m;
}

} // namespace

DmlRunResult trainAndMeasure(const DmlSplit &split, const DmlSettings &settings,
                             const ThresholdSettings &measure, const ProgressFn &progress,
                             const EpochFn &onEpoch)
{
    constexpr qint64 Total = 1000;
    DmlRunResult run;
    run.seed = settings.seed;
    run.tcm = settings.useTcm;
    QElapsedTimer timer;
    timer.start();
    run.model = trainDml(split.train, settings, slice(progress, 0, 900, Total), onEpoch);
    run.trainSeconds = timer.nsecsElapsed() / 1e9;
    run.embeddings = embedImages(run.model, split.evaluation.images, settings.threads);
    ThresholdSettings m = measure;
    m.histograms.threads = settings.threads;
    run.report = analyseThresholds(run.embeddings, split.evaluation.labels, m,
                                   slice(progress, 900, Total, Total));
    return run;
}

DmlFigures figuresOf(const DmlRunResult &run)
{
    DmlFigures f;
    f.opis = run.report.opis.opis;
    f.epsOpis = run.report.opis.epsOpis;
    f.recallAt1 = run.report.retrieval.recallAt1;
    f.mapAtR = run.report.retrieval.mapAtR;
    f.trainSeconds = run.trainSeconds;
    return f;
}

double DmlComparison::opisChange() const
{
    return baseMean.opis > 0.0 ? (tcmMean.opis - baseMean.opis) / baseMean.opis : 0.0;
}

DmlComparison compareTcm(const DmlSplit &split, const DmlSettings &settings,
                         const std::vector<quint64> &seeds, const ThresholdSettings &measure,
                         const ProgressFn &progress, const DmlRunFn &onRun,
                         const DmlEpochFn &onEpoch)
{
    if (seeds.empty())
        throw Error(Error::tr("DML comparison: no seed given"));
    DmlComparison out;
    out.seeds = seeds;
    const qint64 models = qint64(seeds.size()) * 2;
    const qint64 total = models * 1000;
    for (size_t i = 0; i < seeds.size(); ++i) {
        for (const bool tcm : {false, true}) {
            DmlSettings s = settings;
            s.seed = seeds[i];
            s.useTcm = tcm;
            const qint64 index = qint64(i) * 2 + (tcm ? 1 : 0);
            const EpochFn epochs = [&onEpoch, &s](const EpochReport &r) {
                if (onEpoch)
                    onEpoch(s.seed, s.useTcm, r);
            };
            const DmlRunResult run =
                trainAndMeasure(split, s, measure,
                                slice(progress, index * 1000, (index + 1) * 1000, total), epochs);
            (tcm ? out.tcm : out.base).push_back(figuresOf(run));
            if (onRun)
                onRun(run);
        }
    }
    out.baseMean = mean(out.base);
    out.tcmMean = mean(out.tcm);
    for (size_t i = 0; i < seeds.size(); ++i)
        out.tcmLowerOpis += out.tcm[i].opis < out.base[i].opis ? 1 : 0;
    return out;
}

QJsonObject dmlSettingsJson(const DmlSettings &s)
{
    QJsonArray widths;
    for (int w : s.widths)
        widths.append(w);
    return {
        {QStringLiteral("widths"), widths},
        {QStringLiteral("loss"), s.baseLoss == BaseLoss::ArcFace ? QStringLiteral("arcface")
                                                                 : QStringLiteral("proxyanchor")},
        {QStringLiteral("arcfaceScale"), s.arcFace.scale},
        {QStringLiteral("arcfaceMargin"), s.arcFace.margin},
        {QStringLiteral("proxyAlpha"), s.proxyAnchor.alpha},
        {QStringLiteral("proxyDelta"), s.proxyAnchor.delta},
        {QStringLiteral("tcm"), s.useTcm},
        {QStringLiteral("tcmPositiveMargin"), s.tcm.positiveMargin},
        {QStringLiteral("tcmNegativeMargin"), s.tcm.negativeMargin},
        {QStringLiteral("tcmPositiveWeight"), s.tcm.positiveWeight},
        {QStringLiteral("tcmNegativeWeight"), s.tcm.negativeWeight},
        {QStringLiteral("epochs"), s.epochs},
        {QStringLiteral("classesPerBatch"), s.classesPerBatch},
        {QStringLiteral("perClass"), s.perClass},
        {QStringLiteral("learningRate"), s.learningRate},
        {QStringLiteral("classLearningRate"), s.classLearningRate},
        {QStringLiteral("seed"), QString::number(s.seed)},
    };
}

QJsonObject dmlFiguresJson(const DmlFigures &f)
{
    return {{QStringLiteral("opis"), f.opis},
            {QStringLiteral("epsOpis"), f.epsOpis},
            {QStringLiteral("recallAt1"), f.recallAt1},
            {QStringLiteral("mapAtR"), f.mapAtR},
            {QStringLiteral("trainSeconds"), f.trainSeconds}};
}

QJsonObject dmlComparisonJson(const DmlComparison &c)
{
    QJsonArray runs;
    // A comparison may hold one kind only (base or TCM): the other is left out.
    for (size_t i = 0; i < c.seeds.size(); ++i) {
        QJsonObject run{{QStringLiteral("seed"), QString::number(c.seeds[i])}};
        if (i < c.base.size())
            run.insert(QStringLiteral("base"), dmlFiguresJson(c.base[i]));
        if (i < c.tcm.size())
            run.insert(QStringLiteral("tcm"), dmlFiguresJson(c.tcm[i]));
        runs.append(run);
    }
    QJsonObject json{{QStringLiteral("seeds"), runs}};
    if (!c.base.empty())
        json.insert(QStringLiteral("baseMean"), dmlFiguresJson(c.baseMean));
    if (!c.tcm.empty())
        json.insert(QStringLiteral("tcmMean"), dmlFiguresJson(c.tcmMean));
    if (!c.base.empty() && !c.tcm.empty()) {
        json.insert(QStringLiteral("opisChange"), c.opisChange());
        json.insert(QStringLiteral("recallAt1Change"), c.tcmMean.recallAt1 - c.baseMean.recallAt1);
        json.insert(QStringLiteral("tcmLowerOpis"), c.tcmLowerOpis);
    }
    return json;
}

} // namespace eg::dml
