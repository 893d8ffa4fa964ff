#include "pages/bias/biasreport.h"

#include "models/biastablemodel.h"
#include "pages/bias/biasanalysis.h"

#include <QBuffer>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <unordered_map>

namespace eg {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, const char *tag = "td")
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), cell);
    return html + QStringLiteral("</tr>\n");
}

QString number(double value, int precision = 4)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale::c().toString(value, 'g', precision);
}

QString pngData(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace

QString BiasReport::table(const BiasReportInput &in, bool towardsA)
{
    const ProfessionBiasResult &r = *in.first.result;
    const bool compare = bool(in.second.result);
    std::unordered_map<qint32, std::pair<double, int>> other; // bias, rank on this side
    if (compare) {
        const std::vector<qint32> order = BiasTableModel::sideOrder(
            *in.second.result, towardsA, in.settings.minCount, 0);
        for (size_t i = 0; i < order.size(); ++i) {
            const ProfessionBias &p = in.second.result->rows[size_t(order[i])];
            other[p.profession] = {p.bias, int(i) + 1};
        }
    }
    QString html = QStringLiteral("<table>\n");
    QStringList head = {tr("#"), tr("Profession"), esc(in.first.name) + QStringLiteral(" B_p")};
    if (compare)
        head << esc(in.second.name) + QStringLiteral(" B_p") << tr("Δ rank");
    head << tr("C (%1)").arg(esc(in.valueA)) << tr("C (%1)").arg(esc(in.valueB))
         << tr("Data skew");
    html += row(head, "th");
    const std::vector<qint32> order =
        BiasTableModel::sideOrder(r, towardsA, in.settings.minCount, in.settings.topK);
    for (size_t i = 0; i < order.size(); ++i) {
        const ProfessionBias &p = r.rows[size_t(order[i])];
        QStringList cells = {QString::number(i + 1), esc(in.graph->entityLabel(p.profession)),
                             number(p.bias)};
        if (compare) {
            const auto found = other.find(p.profession);
            cells << (found == other.end() ? QStringLiteral("–") : number(found->second.first))
                  << (found == other.end() ? QStringLiteral("–")
                                           : QString::number(found->second.second - int(i) - 1));
        }
        cells << QString::number(p.countA) << QString::number(p.countB)
              << number(p.dataLogRatio, 3);
        html += row(cells);
    }
    return html + QStringLiteral("</table>\n");
}

QString BiasReport::html(const BiasReportInput &in)
{
    const bool compare = bool(in.second.result);
    const QString title = compare ? tr("Bias comparison: %1 and %2").arg(in.first.name,
                                                                        in.second.name)
                                  : tr("Bias of %1").arg(in.first.name);
    // The language of the report's words: each translation names its own.
    const QString lang = tr("en", "the HTML lang code of this translation's language (de, fr, ...)");
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%2\"><head><meta charset=\"utf-8\">"
        "<title>%1</title><style>"
        "body{font-family:sans-serif;margin:1.5em;max-width:75em}"
        "table{border-collapse:collapse;margin:.5em 0}"
        "th,td{border:1px solid #999;padding:.2em .5em;text-align:right}"
        "td:nth-child(2),th{text-align:left}"
        ".sides{display:flex;gap:2em;flex-wrap:wrap}"
        "img{max-width:48%;margin:.3em}</style></head><body>\n")
                       .arg(esc(title), esc(lang));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));

    html += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(tr("Settings"));
    const QLocale c = QLocale::c();
    const QString b = in.settings.valueB >= 0 ? in.valueB : tr("all other values");
    const std::pair<QString, QString> settings[] = {
        {tr("Data set"), in.dataSet},
        {tr("Sensitive relation"), in.sensitive},
        {tr("Values"), tr("%1 (a) against %2 (b)").arg(in.valueA, b)},
        {tr("Target relation"), in.target},
        {tr("Step α"), c.toString(double(in.settings.alpha), 'g', 4)},
        {tr("Minimum people (C_a + C_b)"), QString::number(in.settings.minCount)},
        {tr("Rows per table"), QString::number(in.settings.topK)},
        {tr("Created"), in.created.toString(Qt::ISODate)},
    };
    for (const auto &[name, value] : settings)
        html += row({esc(name), esc(value)});
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(tr("Models"));
    html += row({tr("Name"), tr("Method"), tr("Type"), tr("Source"), tr("Validation MRR"),
                 tr("People J"), tr("Professions kept"), tr("Spearman ρ (B_p, data skew)")},
                "th");
    for (const BiasReportInput::ModelPart *m : {&in.first, &in.second}) {
        if (!m->result)
            continue;
        html += row({esc(m->name), esc(m->method), esc(m->type), esc(m->source),
                     m->validMrr < 0 ? QStringLiteral("–") : number(m->validMrr, 3),
                     QString::number(m->result->humans),
                     QString::number(BiasAnalysis::keptAt(*m->result, in.settings.minCount)),
                     number(BiasAnalysis::spearmanAt(*m->result, in.settings.minCount), 3)});
    }
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<div class=\"sides\"><div><h2>%1</h2>\n%2</div>"
                           "<div><h2>%3</h2>\n%4</div></div>\n")
                .arg(tr("Most biased towards %1").arg(esc(in.valueA)), table(in, true),
                     tr("Most biased towards %1").arg(esc(b)), table(in, false));
    if (!in.figures.empty()) {
        html += QStringLiteral("<h2>%1</h2>\n<div>").arg(tr("Plots"));
        for (const auto &[caption, image] : in.figures)
            html += QStringLiteral("<img alt=\"%1\" title=\"%1\" src=\"%2\">")
                        .arg(esc(caption), pngData(image));
        html += QStringLiteral("</div>\n");
    }
    html += QStringLiteral("<p><small>%1</small></p>\n</body></html>\n")
                .arg(tr("B_p: mean change of a profession's score when every person is moved one "
                        "step α towards a (Fisher et al., 2020). Positive: towards a."));
    return html;
}

bool BiasReport::write(const BiasReportInput &input, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(html(input).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace eg
