#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

// Results of the bias measurement (table bias_reports) and of the threshold-consistency check
// (threshold_reports): the settings they were made with and the result, both JSON whose shape
// belongs to core/bias and core/threshold.
enum class ReportKind { Bias, Threshold };

struct ReportRecord
{
    qint64 id = 0;
    std::optional<qint64> runId; // the run whose embeddings were examined, if any
    QString title;
    QJsonObject settings;
    QJsonObject payload;
    QString createdAt; // UTC ISO 8601, set by addReport
};

qint64 addReport(Session &session, ReportKind kind, const ReportRecord &record);
std::optional<ReportRecord> report(const Session &session, ReportKind kind, qint64 id);
// All, or those of one run; by id.
std::vector<ReportRecord> reports(const Session &session, ReportKind kind,
                                  std::optional<qint64> runId = std::nullopt);

} // namespace eg::store
