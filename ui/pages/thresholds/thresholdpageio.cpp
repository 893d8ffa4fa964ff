// The Thresholds page's exports (CSV tables and curves) and its threshold reports in the
// session.
#include "pages/thresholds/thresholdpage.h"

#include "common/error.h"
#include "jobcontroller.h"
#include "models/thresholdcomparisonmodel.h"
#include "models/thresholdratesmodel.h"
#include "pages/bias/tablecsv.h"
#include "store/reports.h"
#include "threshold/labelled_embeddings.h"
#include "workspace.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>

namespace eg {

void ThresholdPage::storeInSession(ThresholdEntry &entry)
{
    if (!m_workspace || !m_workspace->hasSession() || m_workspace->isReadOnly())
        return;
    store::ReportRecord record;
    record.title = entry.name;
    ThresholdSettings defaults;
    record.settings = QJsonObject{{QStringLiteral("dataSet"), entry.dataSet},
                                  {QStringLiteral("training"), entry.settings},
                                  {QStringLiteral("measure"), thresholdSettingsJson(defaults)}};
    QJsonObject payload = thresholdReportJson(entry.report, entry.classNames);
    QJsonArray epochs;
    for (const dml::EpochReport &r : entry.history)
        epochs.append(QJsonObject{{QStringLiteral("epoch"), r.epoch},
                                  {QStringLiteral("loss"), r.loss},
                                  {QStringLiteral("baseLoss"), r.baseLoss},
                                  {QStringLiteral("tcmLoss"), r.tcmLoss},
                                  {QStringLiteral("seconds"), r.seconds}});
    payload.insert(QStringLiteral("epochs"), epochs);
    payload.insert(QStringLiteral("trainSeconds"), entry.trainSeconds);
    record.payload = payload;
    try {
        entry.reportId = store::addReport(m_workspace->session(), store::ReportKind::Threshold,
                                          record);
        m_workspace->notifySessionEdited();
    } catch (const Error &error) {
        report(LogLevel::Warning,
               tr("The threshold report of %1 was not stored: %2").arg(entry.name,
                                                                       error.describe()));
    }
}

int ThresholdPage::measureFile(const QString &path, const QString &labels)
{
    const QString name = QFileInfo(path).fileName();
    const QPointer<ThresholdPage> self(this);
    return m_jobs->run<ThresholdEntryPtr>(
        tr("Measure %1").arg(name),
        [path, labels, name](const ProgressFn &progress) {
            const bool npy = path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive);
            const LabelledEmbeddings input = npy ? readNpyWithLabels(path, labels)
                                                : readLabelledCsv(path);
            auto e = std::make_shared<ThresholdEntry>();
            e->name = name;
            e->dataSet = QFileInfo(path).absoluteFilePath();
            e->report = analyseThresholds(input.embeddings, input.labels, {}, progress);
            e->embeddings = normalisedRows(input.embeddings);
            e->labels = input.labels;
            e->settings = QJsonObject{{QStringLiteral("file"), e->dataSet}};
            return ThresholdEntryPtr(std::move(e));
        },
        [self](const ThresholdEntryPtr &e) {
            if (self && e)
                self->addEntry(*e);
        });
}

void ThresholdPage::measureDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Measure Embeddings"), QString(),
        tr("Labelled embeddings (*.csv *.npy);;CSV files (*.csv);;NumPy arrays (*.npy)"));
    if (path.isEmpty())
        return;
    QString labels;
    if (path.endsWith(QLatin1String(".npy"), Qt::CaseInsensitive)) {
        labels = QFileDialog::getOpenFileName(this, tr("Labels of %1").arg(path), QString(),
                                              tr("Labels, one integer a line (*)"));
        if (labels.isEmpty())
            return;
    }
    measureFile(path, labels);
}

bool ThresholdPage::exportRatesCsv(const QString &path, QString *error)
{
    return writeTableCsv(m_rates, path, error);
}

bool ThresholdPage::exportComparisonCsv(const QString &path, QString *error)
{
    return writeTableCsv(m_comparison, path, error);
}

bool ThresholdPage::exportCurvesCsv(const QString &path, QString *error)
{
    const ThresholdEntryPtr e = shown();
    if (!e) {
        if (error)
            *error = tr("There is no model to export.");
        return false;
    }
    QFile file(path);
    const QByteArray bytes = utilityCurvesCsv(e->report.opis, e->classNames, true).toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ThresholdPage::exportDialog(int what)
{
    const QString names[] = {QStringLiteral("threshold-rates.csv"),
                             QStringLiteral("threshold-comparison.csv"),
                             QStringLiteral("threshold-curves.csv")};
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"), names[what],
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = what == 0   ? exportRatesCsv(path, &error)
                    : what == 1 ? exportComparisonCsv(path, &error)
                                : exportCurvesCsv(path, &error);
    if (ok)
        report(LogLevel::Info, tr("Saved %1").arg(path));
    else
        report(LogLevel::Error, tr("Could not write %1: %2").arg(path, error));
}

} // namespace eg
