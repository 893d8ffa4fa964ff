#include "store/schema.h"

#include "common/error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace eg::store {

namespace {

// Schema 1: everything but notes. Never edit a released step: add a new one instead.
QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY NOT NULL,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE datasets ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " path TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " bytes INTEGER NOT NULL DEFAULT 0,"
                       " entities INTEGER NOT NULL DEFAULT 0,"
                       " relations INTEGER NOT NULL DEFAULT 0,"
                       " triples INTEGER NOT NULL DEFAULT 0,"
                       " counts TEXT NOT NULL DEFAULT '{}',"
                       " added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE runs ("
                       " id INTEGER PRIMARY KEY,"
                       " dataset_id INTEGER REFERENCES datasets (id) ON DELETE SET NULL,"
                       " label TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL,"
                       " config TEXT NOT NULL,"
                       " seed INTEGER NOT NULL,"
                       " status TEXT NOT NULL"
                       "  CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),"
                       " started_at TEXT NOT NULL,"
                       " finished_at TEXT,"
                       " final_metrics TEXT NOT NULL DEFAULT '{}',"
                       " message TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE epochs ("
                       " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
                       " epoch INTEGER NOT NULL CHECK (epoch >= 1),"
                       " loss REAL,"
                       " seconds REAL NOT NULL,"
                       " positives INTEGER NOT NULL DEFAULT 0,"
                       " metrics TEXT NOT NULL DEFAULT '{}',"
                       " recorded_at TEXT NOT NULL,"
                       " PRIMARY KEY (run_id, epoch)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE embeddings ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,"
                       " epoch INTEGER,"
                       " label TEXT NOT NULL DEFAULT '',"
                       " file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                       " bytes INTEGER NOT NULL,"
                       " format TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX embeddings_by_run ON embeddings (run_id)"),
        QStringLiteral("CREATE TABLE bias_reports ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " settings TEXT NOT NULL DEFAULT '{}',"
                       " payload TEXT NOT NULL DEFAULT '{}',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE threshold_reports ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " settings TEXT NOT NULL DEFAULT '{}',"
                       " payload TEXT NOT NULL DEFAULT '{}',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE candidates ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,"
                       " left_id INTEGER NOT NULL,"
                       " right_id INTEGER NOT NULL,"
                       " left_key TEXT NOT NULL DEFAULT '',"
                       " right_key TEXT NOT NULL DEFAULT '',"
                       " score REAL NOT NULL,"
                       " attention TEXT NOT NULL DEFAULT 'null',"
                       " status TEXT NOT NULL DEFAULT 'pending'"
                       "  CHECK (status IN ('pending', 'approved', 'rejected', 'unsure')))"),
        QStringLiteral("CREATE INDEX candidates_by_run ON candidates (run_id, status)"),
        // The audit trail: append-only (the triggers refuse UPDATE and DELETE), and a candidate
        // with decisions cannot be deleted (no ON DELETE action on the foreign key).
        QStringLiteral("CREATE TABLE decisions ("
                       " id INTEGER PRIMARY KEY,"
                       " candidate_id INTEGER NOT NULL REFERENCES candidates (id),"
                       " verdict TEXT NOT NULL"
                       "  CHECK (verdict IN ('approve', 'reject', 'unsure', 'undo')),"
                       " undoes INTEGER REFERENCES decisions (id),"
                       " who TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " why TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX decisions_by_candidate ON decisions (candidate_id, id)"),
        QStringLiteral("CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions"
                       " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

// Schema 2: free-text notes on the session or on any row the user can see.
QStringList schemaV2()
{
    return {
        QStringLiteral("CREATE TABLE notes ("
                       " id INTEGER PRIMARY KEY,"
                       " target_kind TEXT NOT NULL DEFAULT 'session'"
                       "  CHECK (target_kind IN ('session', 'dataset', 'run', 'embedding',"
                       "   'bias_report', 'threshold_report', 'candidate')),"
                       " target_id INTEGER,"
                       " text TEXT NOT NULL,"
                       " author TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX notes_by_target ON notes (target_kind, target_id)"),
    };
}

void run(QSqlDatabase &db, const QString &sql, const QString &file, int toVersion)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw Error(Error::tr("upgrading to schema %1 failed: %2 (in \"%3\")")
                        .arg(toVersion)
                        .arg(query.lastError().databaseText(), sql.left(60)),
                    file);
}

} // namespace

QStringList schemaStep(int toVersion)
{
    switch (toVersion) {
    case 1:
        return schemaV1();
    case 2:
        return schemaV2();
    default:
        return {};
    }
}

void migrate(QSqlDatabase &db, int fromVersion, int toVersion, const QString &file)
{
    if (fromVersion < 0 || toVersion > kSchemaVersion || fromVersion > toVersion)
        throw Error(
            Error::tr("cannot upgrade from schema %1 to %2").arg(fromVersion).arg(toVersion), file);
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        run(db, QStringLiteral("BEGIN IMMEDIATE"), file, version);
        try {
            for (const QString &sql : schemaStep(version))
                run(db, sql, file, version);
            run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), file, version);
            run(db, QStringLiteral("COMMIT"), file, version);
        } catch (...) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

} // namespace eg::store
