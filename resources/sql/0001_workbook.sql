-- Servicebench workbook schema, step 1: what the storage layer itself needs.
-- Times are UTC text, ISO 8601 with milliseconds and a Z, everywhere.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT
) WITHOUT ROWID;

-- Who has the workbook open: one row per running program, refreshed by a heartbeat.
CREATE TABLE presence (
  session_id   TEXT PRIMARY KEY,
  user_name    TEXT NOT NULL,
  host         TEXT NOT NULL,
  pid          INTEGER NOT NULL,
  started_at   TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
) WITHOUT ROWID;

-- One row per record type: the human-ID prefix, the next number (never reused) and the number
-- of live records, kept by the write path so that a list knows its size without counting.
CREATE TABLE record_type (
  type        TEXT PRIMARY KEY,
  prefix      TEXT NOT NULL UNIQUE,
  next_number INTEGER NOT NULL DEFAULT 1 CHECK (next_number >= 1),
  live_count  INTEGER NOT NULL DEFAULT 0 CHECK (live_count >= 0)
) WITHOUT ROWID;

-- What every record shares (class-table inheritance: each type adds its own table).
-- AUTOINCREMENT: an id is never given again after its record is deleted, so the audit trail
-- (which outlives deleted records) and anything else that names an id stays unambiguous.
CREATE TABLE record (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  type       TEXT NOT NULL REFERENCES record_type(type),
  human_no   INTEGER NOT NULL,
  human_id   TEXT NOT NULL,
  title      TEXT NOT NULL,
  state      TEXT NOT NULL,
  owner      TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
-- The human number is unique per type and grows with creation, so this one index serves
-- "SVC-12" lookups, uniqueness and lists in ID order.
CREATE UNIQUE INDEX record_by_type_number ON record(type, human_no);
CREATE INDEX record_by_type_title ON record(type, title COLLATE NOCASE);
CREATE INDEX record_by_type_state ON record(type, state);
CREATE INDEX record_by_type_updated ON record(type, updated_at);

-- The audit trail: one entry per change, hash-chained. hash = SHA-256 over the previous
-- entry's hash and this entry's canonical content (see core/records/audit.cpp).
-- record_id has no foreign key on purpose: a deleted record keeps its trail.
CREATE TABLE audit (
  seq       INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  user_name TEXT NOT NULL,
  record_id INTEGER,
  human_id  TEXT,
  action    TEXT NOT NULL,
  field     TEXT,
  old_value TEXT,
  new_value TEXT,
  version   INTEGER,
  hash      TEXT NOT NULL
);
CREATE INDEX audit_by_record ON audit(record_id, seq);

-- Which records changed, in commit order: open views read this after PRAGMA data_version
-- says another connection committed.
CREATE VIEW change_log AS
  SELECT seq, at, user_name, record_id, human_id, action FROM audit;
