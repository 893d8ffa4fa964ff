#pragma once

// Helpers shared by the tests of core/store.

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace eg::test {

// SHA-256 of every file in `dir` (names relative, sorted): compares a folder before and after.
QMap<QString, QByteArray> folderDigest(const QString &dir);

// Runs `body` with a raw QSQLITE connection to `path` (created when missing), outside any
// Session, and removes the connection afterwards.
void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &body);

// Executes each statement on `db`, failing the test (QFAIL-like, via qFatal) on an error.
void execAll(QSqlDatabase &db, const QStringList &statements);

// The first column of the first row of `sql` on a raw connection to `path`.
QVariant rawValue(const QString &path, const QString &sql);

} // namespace eg::test
