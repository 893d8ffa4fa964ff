-- Schema 1 of the Equigraph session file, frozen as released: test_session_migration builds
-- a version-1 file from it and checks that the code's first migration step still makes the
-- same schema (compared with whitespace collapsed). Never edit; add a migration instead.

CREATE TABLE meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL);

CREATE TABLE datasets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes INTEGER NOT NULL DEFAULT 0,
    entities INTEGER NOT NULL DEFAULT 0,
    relations INTEGER NOT NULL DEFAULT 0,
    triples INTEGER NOT NULL DEFAULT 0,
    counts TEXT NOT NULL DEFAULT '{}',
    added_at TEXT NOT NULL);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    dataset_id INTEGER REFERENCES datasets (id) ON DELETE SET NULL,
    label TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL,
    config TEXT NOT NULL,
    seed INTEGER NOT NULL,
    status TEXT NOT NULL
     CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
    started_at TEXT NOT NULL,
    finished_at TEXT,
    final_metrics TEXT NOT NULL DEFAULT '{}',
    message TEXT NOT NULL DEFAULT '');

CREATE TABLE epochs (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    epoch INTEGER NOT NULL CHECK (epoch >= 1),
    loss REAL,
    seconds REAL NOT NULL,
    positives INTEGER NOT NULL DEFAULT 0,
    metrics TEXT NOT NULL DEFAULT '{}',
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (run_id, epoch)) WITHOUT ROWID;

CREATE TABLE embeddings (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    epoch INTEGER,
    label TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes INTEGER NOT NULL,
    format TEXT NOT NULL,
    created_at TEXT NOT NULL);

CREATE INDEX embeddings_by_run ON embeddings (run_id);

CREATE TABLE bias_reports (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    payload TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL);

CREATE TABLE threshold_reports (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    payload TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    left_id INTEGER NOT NULL,
    right_id INTEGER NOT NULL,
    left_key TEXT NOT NULL DEFAULT '',
    right_key TEXT NOT NULL DEFAULT '',
    score REAL NOT NULL,
    attention TEXT NOT NULL DEFAULT 'null',
    status TEXT NOT NULL DEFAULT 'pending'
     CHECK (status IN ('pending', 'approved', 'rejected', 'unsure')));

CREATE INDEX candidates_by_run ON candidates (run_id, status);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates (id),
    verdict TEXT NOT NULL
     CHECK (verdict IN ('approve', 'reject', 'unsure', 'undo')),
    undoes INTEGER REFERENCES decisions (id),
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '');

CREATE INDEX decisions_by_candidate ON decisions (candidate_id, id);

CREATE TRIGGER decisions_no_update BEFORE UPDATE ON decisions
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TRIGGER decisions_no_delete BEFORE DELETE ON decisions
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
