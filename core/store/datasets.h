#pragma once

#include "jobs/progress.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace eg {
class Session;
}

namespace eg::store {

// A data set the session has used: where it was, what it was (content hash) and its size.
struct DatasetRecord
{
    qint64 id = 0;
    QString name;
    QString path;     // file or folder, absolute, as it was when added
    QString sha256;   // contentHash(path); addDataset computes it when empty
    qint64 bytes = 0; // addDataset computes it when 0 (sum of the files for a folder)
    qint64 entities = 0;
    qint64 relations = 0;
    qint64 triples = 0;
    QJsonObject counts; // free-form summary, e.g. {"train": 272115, "valid": 17535, ...}
    QString addedAt;    // UTC ISO 8601, set by addDataset
};

// Inserts the record and returns its id (one transaction). Hashing a large data set takes a
// while: progress counts bytes. Throws eg::Error, eg::Cancelled.
qint64 addDataset(Session &session, DatasetRecord record, const ProgressFn &progress = {});
std::optional<DatasetRecord> dataset(const Session &session, qint64 id);
std::vector<DatasetRecord> datasets(const Session &session); // by id
// The data sets with this content hash (the same data possibly at another path), by id.
std::vector<DatasetRecord> datasetsWithHash(const Session &session, const QString &sha256);

} // namespace eg::store
