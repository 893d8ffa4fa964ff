#pragma once

#include <QString>

class QAbstractItemModel;

namespace eg {

// A table model as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break
// quoted, quotes doubled, CRLF line ends): the horizontal headers (EditRole, else DisplayRole),
// then every row, after fetching all rows the model still holds back. Cells take the EditRole
// value (raw numbers, full precision), else the DisplayRole text; an empty cell for no value.
QString tableToCsv(QAbstractItemModel *model);

// Writes tableToCsv(model) as UTF-8. Returns false (and the reason in *error) when the file
// cannot be written.
bool writeTableCsv(QAbstractItemModel *model, const QString &path, QString *error = nullptr);

} // namespace eg
