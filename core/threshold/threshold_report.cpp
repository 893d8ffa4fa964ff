#include "threshold/threshold_report.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>

namespace eg {

namespace {

// Maps a pass's own progress to [offset, offset + 1000) of a 2000-step whole.
ProgressFn part(const ProgressFn &progress, qint64 offset)
{
    if (!progress)
        return {};
    return [progress, offset](qint64 done, qint64 total) {
        const qint64 share = total > 0 ? qBound(qint64(0), done * 1000 / total, qint64(1000)) : 0;
        return progress(offset + share, 2000);
    };
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double> &values)
{
    QJsonArray out;
    for (double v : values)
        out.append(number(v));
    return out;
}

QString className(const std::vector<QString> &names, size_t c, qint32 label)
{
    return c < names.size() && !names[c].isEmpty() ? names[c] : QString::number(label);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

ThresholdReport analyseThresholds(const Matrix &embeddings, const std::vector<qint32> &labels,
                                  const ThresholdSettings &settings, const ProgressFn &progress)
{
    QElapsedTimer timer;
    timer.start();
    ThresholdReport report;
    report.items = embeddings.rows();
    report.dimension = int(embeddings.cols());
    report.histograms =
        buildPairHistograms(embeddings, labels, settings.histograms, part(progress, 0));
    report.opis = computeOpis(report.histograms, settings.opis);
    if (settings.retrieval) {
        RetrievalOptions options;
        options.threads = settings.histograms.threads;
        report.retrieval = retrievalMetrics(embeddings, labels, options, part(progress, 1000));
    }
    if (progress)
        progress(2000, 2000);
    report.seconds = timer.nsecsElapsed() / 1e9;
    return report;
}

std::vector<ClassRates> ratesAt(const PairHistograms &histograms, double threshold,
                                const UtilityOptions &options)
{
    const UtilityCurves curves = utilityCurves(histograms, {threshold}, options);
    std::vector<ClassRates> out;
    for (const ClassCurve &c : curves.classes) {
        ClassRates r;
        r.label = c.label;
        r.items = c.items;
        r.eligible = c.eligible;
        r.far = c.eligible ? 1.0 - c.tnr[0] : std::nan("");
        r.frr = c.eligible ? 1.0 - c.tpr[0] : std::nan("");
        r.utility = c.eligible ? c.utility[0] : std::nan("");
        out.push_back(r);
    }
    return out;
}

ClassRates pooledRatesAt(const PairHistograms &histograms, double threshold,
                         const UtilityOptions &options)
{
    const UtilityCurves curves = utilityCurves(histograms, {threshold}, options);
    ClassRates r;
    r.eligible = true;
    for (const ClassCurve &c : curves.classes)
        r.items += c.items;
    r.far = 1.0 - curves.pooledTnr[0];
    r.frr = 1.0 - curves.pooledTpr[0];
    r.utility = curves.pooledUtility[0];
    return r;
}

QJsonObject thresholdSettingsJson(const ThresholdSettings &settings)
{
    const OpisOptions &o = settings.opis;
    return {
        {QStringLiteral("distance"), settings.histograms.distance == DistanceKind::Cosine
                                         ? QStringLiteral("cosine")
                                         : QStringLiteral("l2")},
        {QStringLiteral("bins"), settings.histograms.bins},
        {QStringLiteral("beta"), o.utility.beta},
        {QStringLiteral("pooled"), o.utility.pooled == PooledCurve::MeanOfClasses
                                       ? QStringLiteral("mean-of-classes")
                                       : QStringLiteral("all-pairs")},
        {QStringLiteral("farLow"), o.farLow},
        {QStringLiteral("farHigh"), o.farHigh},
        {QStringLiteral("thresholds"), o.thresholds},
        {QStringLiteral("epsilon"), o.epsilon},
    };
}

QJsonObject thresholdReportJson(const ThresholdReport &report,
                                const std::vector<QString> &classNames, bool withCurves)
{
    const OpisResult &o = report.opis;
    QJsonArray classes;
    for (size_t c = 0; c < o.curves.classes.size(); ++c) {
        const ClassCurve &curve = o.curves.classes[c];
        QJsonObject row{{QStringLiteral("label"), curve.label},
                        {QStringLiteral("name"), className(classNames, c, curve.label)},
                        {QStringLiteral("items"), curve.items},
                        {QStringLiteral("positivePairs"), curve.positivePairs},
                        {QStringLiteral("negativePairs"), curve.negativePairs},
                        {QStringLiteral("eligible"), curve.eligible},
                        {QStringLiteral("meanUtility"), number(o.classMeanUtility[c])},
                        {QStringLiteral("deviation"), number(o.classDeviation[c])}};
        if (c < report.retrieval.classRecallAt1.size()) {
            row.insert(QStringLiteral("recallAt1"), number(report.retrieval.classRecallAt1[c]));
            row.insert(QStringLiteral("mapAtR"), number(report.retrieval.classMapAtR[c]));
        }
        if (withCurves)
            row.insert(QStringLiteral("utility"), numbers(curve.utility));
        classes.append(row);
    }
    QJsonArray worst;
    for (int c : o.worstClasses)
        worst.append(o.curves.classes[size_t(c)].label);
    QJsonObject json{
        {QStringLiteral("items"), report.items},
        {QStringLiteral("dimension"), report.dimension},
        {QStringLiteral("opis"), number(o.opis)},
        {QStringLiteral("epsOpis"), number(o.epsOpis)},
        {QStringLiteral("eligibleClasses"), o.eligibleClasses},
        {QStringLiteral("calibrationRange"),
         QJsonArray{number(o.range.low), number(o.range.high)}},
        {QStringLiteral("worstClasses"), worst},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("seconds"), report.seconds},
    };
    if (report.retrieval.queries > 0) {
        json.insert(QStringLiteral("recallAt1"), number(report.retrieval.recallAt1));
        json.insert(QStringLiteral("mapAtR"), number(report.retrieval.mapAtR));
    }
    if (withCurves) {
        json.insert(QStringLiteral("thresholds"), numbers(o.curves.thresholds));
        json.insert(QStringLiteral("pooledUtility"), numbers(o.curves.pooledUtility));
        json.insert(QStringLiteral("worstUtility"), numbers(o.worstUtility));
        json.insert(QStringLiteral("restUtility"), numbers(o.restUtility));
    }
    return json;
}

QString utilityCurvesCsv(const OpisResult &opis, const std::vector<QString> &classNames,
                         bool rates)
{
    const UtilityCurves &u = opis.curves;
    QString text = QStringLiteral("threshold,pooled");
    for (size_t c = 0; c < u.classes.size(); ++c)
        text += QLatin1Char(',') + csvField(className(classNames, c, u.classes[c].label));
    if (rates) {
        for (size_t c = 0; c < u.classes.size(); ++c) {
            const QString name = className(classNames, c, u.classes[c].label);
            text += QLatin1Char(',') + csvField(QStringLiteral("tpr_") + name) +
                    QLatin1Char(',') + csvField(QStringLiteral("tnr_") + name);
        }
    }
    text += QLatin1Char('\n');
    const auto field = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
    };
    for (size_t k = 0; k < u.thresholds.size(); ++k) {
        text += field(u.thresholds[k]) + QLatin1Char(',') + field(u.pooledUtility[k]);
        for (const ClassCurve &c : u.classes)
            text += QLatin1Char(',') + field(c.utility[k]);
        if (rates) {
            for (const ClassCurve &c : u.classes)
                text += QLatin1Char(',') + field(c.tpr[k]) + QLatin1Char(',') + field(c.tnr[k]);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace eg
