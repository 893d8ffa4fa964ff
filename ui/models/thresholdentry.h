#pragma once

#include "dml/dml_trainer.h"
#include "threshold/threshold_report.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace eg {

// One measured set of embeddings on the Thresholds page: a model trained there (base loss, or
// base + TCM) or embeddings built in. Immutable once made; shared with the views.
struct ThresholdEntry
{
    int id = 0;
    QString name;                    // "Proxy-Anchor, seed 1" / "Proxy-Anchor + TCM, seed 1"
    bool tcm = false;
    QString dataSet;                 // "Fashion-MNIST, classes 5-9 (unseen)"
    std::vector<QString> classNames; // by class index (ascending label)
    Matrix embeddings;               // evaluation embeddings, unit rows
    std::vector<qint32> labels;
    ThresholdReport report;
    std::vector<dml::EpochReport> history;
    double trainSeconds = 0.0;
    QJsonObject settings; // how it was trained (dml settings), for the session
    qint64 reportId = 0;  // its threshold report in the session (0: not stored)
};

using ThresholdEntryPtr = std::shared_ptr<const ThresholdEntry>;

} // namespace eg
