#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace eg::store {

// PRAGMA application_id of every session file: "EqGr". Files with another id are refused.
constexpr quint32 kApplicationId = 0x45714772;
// PRAGMA user_version this code writes (and the newest it reads). Docs: docs/session-format.md.
constexpr int kSchemaVersion = 2;

// The statements of one schema step, in order (exposed for the tests and the docs).
QStringList schemaStep(int toVersion);

// Upgrades the database on `db` from `fromVersion` to `toVersion`, one step at a time; each step
// runs in its own transaction that also sets PRAGMA user_version, so a failure leaves the file at
// the last completed step. `file` names the file in errors. Throws eg::Error.
void migrate(QSqlDatabase &db, int fromVersion, int toVersion, const QString &file);

} // namespace eg::store
