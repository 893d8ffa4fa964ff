#pragma once

// Small helpers shared by the session code and the repositories: prepared statements that throw
// eg::Error naming the session file, timestamps and JSON columns. Not for use outside core/store.

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace eg {
class Session;
}

namespace eg::store::sql {

// A statement on the session's connection for this thread. Throws eg::Error when it does not
// prepare.
QSqlQuery prepare(const Session &session, const QString &sql);
// Executes a prepared statement; `what` says what was being done ("adding the data set").
void exec(const Session &session, QSqlQuery &query, const QString &what);
// Prepares and executes a statement without parameters.
QSqlQuery exec(const Session &session, const QString &sql, const QString &what);

// Now, UTC, ISO 8601 with milliseconds: "2024-05-01T12:34:56.789Z".
QString now();

QString toText(const QJsonObject &object);
QString toText(const QJsonValue &value);
// Parses a JSON column; a bad value throws eg::Error naming the session, table and row.
QJsonObject objectFromText(const Session &session, const QVariant &text, const QString &where);
QJsonValue valueFromText(const Session &session, const QVariant &text, const QString &where);

// A text value that is never NULL (QtSql binds a null QString as NULL).
QVariant text(const QString &value);
// NULL for std::nullopt.
QVariant nullable(std::optional<qint64> id);
std::optional<qint64> optionalId(const QVariant &value);
// The rowid of the last insert of `query`.
qint64 insertedId(const QSqlQuery &query);

} // namespace eg::store::sql
