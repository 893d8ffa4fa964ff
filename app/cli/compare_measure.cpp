#include "compare_measure.h"

#include "bias_setup.h"
#include "cli_util.h"

#include "bias/probe.h"
#include "bias/profession_bias.h"
#include "bias/score_difference.h"
#include "eval/ranking.h"
#include "kg/known_triples.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace eg::cli {

namespace {

QString shortName(const Graph &graph, qint32 relation)
{
    const QString key = graph.relations.keyString(relation);
    return key.mid(key.lastIndexOf(QLatin1Char('/')) + 1);
}

QString cell(const QJsonValue &v, int decimals, int width)
{
    const QString text = v.isDouble() && std::isfinite(v.toDouble())
                             ? QString::number(v.toDouble(), 'f', decimals)
                             : QStringLiteral("-");
    return text.rightJustified(width);
}

} // namespace

QJsonObject measureModel(const Model &model, const Graph &graph, const Graph &filtered,
                         const std::vector<KlRelation> &sensitive, const MeasureOptions &options,
                         const AttributeScoring *scoring)
{
    QJsonObject out;
    const KnownTriples known{graph.train, graph.valid, graph.test};
    EvalOptions eo;
    eo.threads = options.threads;
    eo.perRelation = false;
    eo.keepRanks = options.whitelist != nullptr;
    const EvalResult eval = evaluate(model, filtered.test, &known, eo,
                                     stderrProgress(QStringLiteral("evaluating")));
    out.insert(QStringLiteral("mrr"), eval.overall.mrr);
    out.insert(QStringLiteral("hits1"), eval.overall.hits1);
    out.insert(QStringLiteral("hits10"), eval.overall.hits10);
    if (options.whitelist) {
        double sum[2] = {0.0, 0.0};
        qint64 count[2] = {0, 0};
        for (size_t i = 0; i < filtered.test.size(); ++i) {
            const int k = options.whitelist->allows(filtered.test[i]) ? 1 : 0;
            sum[k] += 1.0 / eval.headRanks[i] + 1.0 / eval.tailRanks[i];
            count[k] += 2;
        }
        out.insert(QStringLiteral("whitelistedTriples"), count[1] / 2);
        out.insert(QStringLiteral("mrrWhitelisted"), count[1] ? sum[1] / double(count[1]) : NAN);
        out.insert(QStringLiteral("mrrNotWhitelisted"),
                   count[0] ? sum[0] / double(count[0]) : NAN);
    }
    eo.keepRanks = false;
    if (scoring && !scoring->empty()) {
        const EvalResult withAttributes =
            evaluateWithAttributes(model, *scoring, filtered.test, known, eo,
                                   stderrProgress(QStringLiteral("evaluating with attributes")));
        out.insert(QStringLiteral("mrrAttributes"), withAttributes.overall.mrr);
        out.insert(QStringLiteral("hits1Attributes"), withAttributes.overall.hits1);
        out.insert(QStringLiteral("hits10Attributes"), withAttributes.overall.hits10);
    }
    out.insert(QStringLiteral("testTriples"), qint64(filtered.test.size()));

    QJsonObject diffs;
    qint32 gender = -1;
    for (const KlRelation &s : sensitive) {
        ScoreDifferenceOptions so;
        so.relation = s.relation;
        so.topValues = s.topValues;
        so.form = options.form;
        diffs.insert(shortName(graph, s.relation), scoreDifference(model, graph, so).mean);
        if (shortName(graph, s.relation) == QLatin1String("gender"))
            gender = s.relation;
    }
    out.insert(QStringLiteral("scoreDifference"), diffs);
    out.insert(QStringLiteral("scoreForm"), scoreFormName(options.form));
    if (gender < 0)
        return out;

    if (options.probe) {
        ProbeOptions po;
        po.relation = gender;
        po.topValues = 2;
        QJsonArray accuracies, majorities;
        double accuracy = 0.0, majority = 0.0;
        for (int seed = 1; seed <= options.probeSeeds; ++seed) {
            po.seed = quint64(seed);
            const ProbeResult p =
                probeAccuracy(model, graph, po, stderrProgress(QStringLiteral("probe")));
            accuracies.append(p.accuracy);
            majorities.append(p.majorityRate);
            accuracy += p.accuracy / options.probeSeeds;
            majority += p.majorityRate / options.probeSeeds;
        }
        out.insert(QStringLiteral("probeAccuracy"), accuracy);
        out.insert(QStringLiteral("probeMajorityRate"), majority);
        out.insert(QStringLiteral("probeAccuracies"), accuracies);
        out.insert(QStringLiteral("probeMajorityRates"), majorities);
        out.insert(QStringLiteral("probeSeeds"), options.probeSeeds);
    }
    const qint32 profession = findSensitiveRelation(graph, QStringLiteral("profession"));
    const auto values = relationValues(graph, gender, SplitTrain, 2);
    if (profession >= 0 && values.size() == 2) {
        ProfessionBiasOptions bo;
        bo.sensitiveRelation = gender;
        bo.valueA = values[0].entity;
        bo.valueB = values[1].entity;
        bo.targetRelation = profession;
        bo.threads = options.threads;
        bo.form = options.form;
        const ProfessionBiasResult b = professionBias(model, graph, bo);
        double meanAbs = 0.0;
        for (const ProfessionBias &r : b.rows)
            if (r.kept)
                meanAbs += std::abs(r.bias);
        out.insert(QStringLiteral("professions"), b.kept);
        out.insert(QStringLiteral("spearman"), b.spearman);
        out.insert(QStringLiteral("meanAbsBias"), b.kept > 0 ? meanAbs / double(b.kept) : NAN);
    }
    return out;
}

void addRatios(QJsonObject &row, const QJsonObject &basic)
{
    const double s = row.value(QStringLiteral("secondsPerEpoch")).toDouble(NAN);
    const double s0 = basic.value(QStringLiteral("secondsPerEpoch")).toDouble(NAN);
    row.insert(QStringLiteral("costRatio"), s0 > 0.0 ? s / s0 : NAN);
    const double g = row.value(QStringLiteral("scoreDifference")).toObject()
                         .value(QStringLiteral("gender")).toDouble(NAN);
    const double g0 = basic.value(QStringLiteral("scoreDifference")).toObject()
                          .value(QStringLiteral("gender")).toDouble(NAN);
    row.insert(QStringLiteral("genderReduction"), 1.0 - g / g0);
    const double b = row.value(QStringLiteral("meanAbsBias")).toDouble(NAN);
    const double b0 = basic.value(QStringLiteral("meanAbsBias")).toDouble(NAN);
    row.insert(QStringLiteral("meanAbsBiasReduction"), 1.0 - b / b0);
}

QString comparisonTable(const QJsonArray &rows)
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13\n")
                      .arg(QStringLiteral("model"), -16)
                      .arg(QStringLiteral("MRR"), 6)
                      .arg(QStringLiteral("H@1"), 6)
                      .arg(QStringLiteral("H@10"), 6)
                      .arg(QStringLiteral("gender"), 7)
                      .arg(QStringLiteral("relig."), 7)
                      .arg(QStringLiteral("ethn."), 7)
                      .arg(QStringLiteral("nation."), 7)
                      .arg(QStringLiteral("probe"), 6)
                      .arg(QStringLiteral("(maj.)"), 6)
                      .arg(QStringLiteral("|B_p|"), 8)
                      .arg(QStringLiteral("s/epoch"), 8)
                      .arg(QStringLiteral("cost"), 5);
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const QJsonObject d = r.value(QStringLiteral("scoreDifference")).toObject();
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13\n")
                   .arg(r.value(QStringLiteral("title")).toString(), -16)
                   .arg(cell(r.value(QStringLiteral("mrr")), 3, 6))
                   .arg(cell(r.value(QStringLiteral("hits1")), 3, 6))
                   .arg(cell(r.value(QStringLiteral("hits10")), 3, 6))
                   .arg(cell(d.value(QStringLiteral("gender")), 2, 7))
                   .arg(cell(d.value(QStringLiteral("religion")), 2, 7))
                   .arg(cell(d.value(QStringLiteral("ethnicity")), 2, 7))
                   .arg(cell(d.value(QStringLiteral("nationality")), 2, 7))
                   .arg(cell(r.value(QStringLiteral("probeAccuracy")), 3, 6))
                   .arg(cell(r.value(QStringLiteral("probeMajorityRate")), 3, 6))
                   .arg(cell(r.value(QStringLiteral("meanAbsBias")), 5, 8))
                   .arg(cell(r.value(QStringLiteral("secondsPerEpoch")), 2, 8))
                   .arg(cell(r.value(QStringLiteral("costRatio")), 2, 5));
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        if (r.contains(QStringLiteral("mrrWhitelisted")))
            out += QStringLiteral("%1: MRR %2 on the %3 whitelisted test triples, %4 on the "
                                  "others\n")
                       .arg(r.value(QStringLiteral("title")).toString(),
                            cell(r.value(QStringLiteral("mrrWhitelisted")), 3, 0))
                       .arg(r.value(QStringLiteral("whitelistedTriples")).toInteger())
                       .arg(cell(r.value(QStringLiteral("mrrNotWhitelisted")), 4, 0));
        if (r.contains(QStringLiteral("mrrAttributes")))
            out += QStringLiteral("%1: MRR %2, H@1 %3, H@10 %4 with the attribute vectors added to "
                                  "the whitelisted triples (the columns: plain vectors)\n")
                       .arg(r.value(QStringLiteral("title")).toString(),
                            cell(r.value(QStringLiteral("mrrAttributes")), 3, 0),
                            cell(r.value(QStringLiteral("hits1Attributes")), 3, 0),
                            cell(r.value(QStringLiteral("hits10Attributes")), 3, 0));
    }
    int seeds = 1;
    for (const QJsonValue &v : rows)
        seeds = std::max(seeds, v.toObject().value(QStringLiteral("probeSeeds")).toInt(1));
    out += QStringLiteral("(gender ... nation.: difference in scores; probe: gender probe accuracy "
                          "against the most-frequent-class rate%1; |B_p|: mean over professions "
                          "with >= 20 gendered people; cost: s/epoch against Basic)\n")
               .arg(seeds > 1 ? QStringLiteral(", means over %1 held-out splits").arg(seeds)
                              : QString());
    return out;
}

} // namespace eg::cli
