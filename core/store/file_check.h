#pragma once

// The checks made before a session file is opened for real. They never write: a file they
// refuse is left byte for byte as it was, with nothing created beside it.

#include <QString>

namespace eg::store {

struct FileCheck
{
    quint32 applicationId = 0;
    int schemaVersion = 0; // PRAGMA user_version
};

// Reads the 100-byte SQLite header (no SQLite involved). Throws eg::Error for a missing, empty
// or non-SQLite file, another application's database and a newer schema.
FileCheck checkHeader(const QString &path);

// Opens the database without writing (immutable when there is no write-ahead log beside it,
// else read-only so that committed WAL frames count) and runs PRAGMA quick_check. Throws
// eg::Error for a damaged file, another application's database and a newer schema.
FileCheck checkDatabase(const QString &path);

// The messages, shared with Session for checks it repeats.
QString newerSchemaMessage(int fileVersion);
QString foreignFileMessage(quint32 applicationId);

} // namespace eg::store
