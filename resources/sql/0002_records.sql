-- Servicebench workbook schema, step 2: what every record shares (lifecycles, roles,
-- links, attachments, full-text search) and the master data every process needs.

-- Master data ----------------------------------------------------------------------------

CREATE TABLE person (
  id         INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  login      TEXT UNIQUE,
  email      TEXT,
  phone      TEXT,
  department TEXT,
  job_title  TEXT,
  notes      TEXT
);

CREATE TABLE work_group (
  id          INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  email       TEXT,
  manager     TEXT,
  description TEXT
);

CREATE TABLE customer (
  id                 INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  kind               TEXT CHECK (kind IN ('internal', 'external')),
  contact_name       TEXT,
  email              TEXT,
  phone              TEXT,
  address            TEXT,
  relationship_owner TEXT,
  notes              TEXT
);

CREATE TABLE service (
  id            INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  description   TEXT,
  service_owner TEXT,
  criticality   TEXT CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
  service_hours TEXT,
  category      TEXT
);

-- A generic piece of work: follow-ups, audit findings turned into actions, and the record
-- type the benchmarks use.
CREATE TABLE task (
  id          INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  description TEXT,
  assignee    TEXT,
  due_date    TEXT,
  priority    INTEGER CHECK (priority BETWEEN 1 AND 5),
  outcome     TEXT
);

INSERT INTO record_type(type, prefix) VALUES
  ('person', 'PER'), ('work_group', 'GRP'), ('customer', 'CUS'), ('service', 'SVC'),
  ('task', 'TSK');

-- Lifecycles as data ----------------------------------------------------------------------

CREATE TABLE lifecycle_state (
  type       TEXT NOT NULL REFERENCES record_type(type),
  state      TEXT NOT NULL,
  label      TEXT NOT NULL,
  is_initial INTEGER NOT NULL DEFAULT 0,
  is_final   INTEGER NOT NULL DEFAULT 0,
  position   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (type, state)
) WITHOUT ROWID;

-- roles: comma-separated role names allowed to take the transition, or '*' for anyone who
-- may change records of the type. required_fields: comma-separated fields that must have a
-- value once the transition is taken.
CREATE TABLE lifecycle_transition (
  type            TEXT NOT NULL,
  from_state      TEXT NOT NULL,
  to_state        TEXT NOT NULL,
  label           TEXT NOT NULL,
  roles           TEXT NOT NULL DEFAULT '*',
  required_fields TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (type, from_state, to_state),
  FOREIGN KEY (type, from_state) REFERENCES lifecycle_state(type, state),
  FOREIGN KEY (type, to_state) REFERENCES lifecycle_state(type, state)
) WITHOUT ROWID;

INSERT INTO lifecycle_state(type, state, label, is_initial, is_final, position) VALUES
  ('person', 'active', 'Active', 1, 0, 1),
  ('person', 'inactive', 'Inactive', 0, 0, 2),
  ('work_group', 'active', 'Active', 1, 0, 1),
  ('work_group', 'inactive', 'Inactive', 0, 0, 2),
  ('customer', 'prospect', 'Prospect', 1, 0, 1),
  ('customer', 'active', 'Active', 0, 0, 2),
  ('customer', 'former', 'Former', 0, 0, 3),
  ('service', 'planned', 'Planned', 1, 0, 1),
  ('service', 'live', 'Live', 0, 0, 2),
  ('service', 'retiring', 'Retiring', 0, 0, 3),
  ('service', 'retired', 'Retired', 0, 1, 4),
  ('task', 'open', 'Open', 1, 0, 1),
  ('task', 'in_progress', 'In progress', 0, 0, 2),
  ('task', 'done', 'Done', 0, 1, 3),
  ('task', 'cancelled', 'Cancelled', 0, 1, 4);

INSERT INTO lifecycle_transition(type, from_state, to_state, label, roles, required_fields) VALUES
  ('person', 'active', 'inactive', 'Deactivate', 'sms_owner', ''),
  ('person', 'inactive', 'active', 'Reactivate', 'sms_owner', ''),
  ('work_group', 'active', 'inactive', 'Deactivate', 'sms_owner', ''),
  ('work_group', 'inactive', 'active', 'Reactivate', 'sms_owner', ''),
  ('customer', 'prospect', 'active', 'Activate', 'service_owner', 'relationship_owner'),
  ('customer', 'prospect', 'former', 'Drop', 'service_owner', ''),
  ('customer', 'active', 'former', 'End relationship', 'service_owner', ''),
  ('customer', 'former', 'active', 'Resume relationship', 'service_owner', 'relationship_owner'),
  ('service', 'planned', 'live', 'Go live', 'service_owner', 'service_owner,description'),
  ('service', 'planned', 'retired', 'Withdraw', 'service_owner', ''),
  ('service', 'live', 'retiring', 'Start retirement', 'service_owner', ''),
  ('service', 'retiring', 'live', 'Keep live', 'service_owner', ''),
  ('service', 'retiring', 'retired', 'Retire', 'service_owner', ''),
  ('task', 'open', 'in_progress', 'Start', '*', 'assignee'),
  ('task', 'open', 'cancelled', 'Cancel', '*', ''),
  ('task', 'in_progress', 'open', 'Stop', '*', ''),
  ('task', 'in_progress', 'done', 'Complete', '*', 'outcome'),
  ('task', 'in_progress', 'cancelled', 'Cancel', '*', ''),
  ('task', 'done', 'in_progress', 'Reopen', '*', '');

-- Users, roles and permissions ---------------------------------------------------------------

CREATE TABLE role (
  name        TEXT PRIMARY KEY,
  description TEXT NOT NULL
) WITHOUT ROWID;

-- action: create, update, transition, delete, link, attach; record_type '*' means every type.
CREATE TABLE role_permission (
  role        TEXT NOT NULL REFERENCES role(name) ON DELETE CASCADE,
  record_type TEXT NOT NULL,
  action      TEXT NOT NULL,
  PRIMARY KEY (role, record_type, action)
) WITHOUT ROWID;

CREATE TABLE user_role (
  login TEXT NOT NULL,
  role  TEXT NOT NULL REFERENCES role(name) ON DELETE CASCADE,
  PRIMARY KEY (login, role)
) WITHOUT ROWID;

INSERT INTO role(name, description) VALUES
  ('requester', 'Raises incidents and requests; reads the catalogue'),
  ('agent', 'Service desk and support: works incidents, requests and tasks'),
  ('problem_manager', 'Owns problems and known errors'),
  ('change_manager', 'Owns changes and the change schedule'),
  ('cab_member', 'Assesses and approves changes'),
  ('configuration_manager', 'Keeps the CMDB true'),
  ('service_owner', 'Answers for services, customers and their agreements'),
  ('auditor', 'Reads everything and records audit results'),
  ('sms_owner', 'Runs the management system: people, groups, documents, reviews'),
  ('administrator', 'Everything, including users and roles');

INSERT INTO role_permission(role, record_type, action) VALUES
  ('administrator', '*', 'create'), ('administrator', '*', 'update'),
  ('administrator', '*', 'transition'), ('administrator', '*', 'delete'),
  ('administrator', '*', 'link'), ('administrator', '*', 'attach'),
  ('administrator', '*', 'admin'),
  ('sms_owner', 'person', 'create'), ('sms_owner', 'person', 'update'),
  ('sms_owner', 'person', 'transition'), ('sms_owner', 'person', 'link'),
  ('sms_owner', 'work_group', 'create'), ('sms_owner', 'work_group', 'update'),
  ('sms_owner', 'work_group', 'transition'), ('sms_owner', 'work_group', 'link'),
  ('service_owner', 'service', 'create'), ('service_owner', 'service', 'update'),
  ('service_owner', 'service', 'transition'), ('service_owner', 'service', 'link'),
  ('service_owner', 'service', 'attach'),
  ('service_owner', 'customer', 'create'), ('service_owner', 'customer', 'update'),
  ('service_owner', 'customer', 'transition'), ('service_owner', 'customer', 'link'),
  ('service_owner', 'customer', 'attach'),
  ('configuration_manager', 'service', 'update'), ('configuration_manager', 'service', 'link'),
  ('agent', 'person', 'create'), ('agent', 'person', 'update'),
  ('agent', 'task', 'create'), ('agent', 'task', 'update'), ('agent', 'task', 'transition'),
  ('agent', 'task', 'link'), ('agent', 'task', 'attach'),
  ('problem_manager', 'task', 'create'), ('problem_manager', 'task', 'update'),
  ('problem_manager', 'task', 'transition'), ('problem_manager', 'task', 'link'),
  ('change_manager', 'task', 'create'), ('change_manager', 'task', 'update'),
  ('change_manager', 'task', 'transition'), ('change_manager', 'task', 'link'),
  ('sms_owner', 'task', 'create'), ('sms_owner', 'task', 'update'),
  ('sms_owner', 'task', 'transition'), ('sms_owner', 'task', 'link');

-- Links between records, visible from both ends ---------------------------------------------

CREATE TABLE link_kind (
  kind          TEXT PRIMARY KEY,
  forward_label TEXT NOT NULL,
  reverse_label TEXT NOT NULL,
  from_types    TEXT NOT NULL DEFAULT '*',
  to_types      TEXT NOT NULL DEFAULT '*'
) WITHOUT ROWID;

INSERT INTO link_kind(kind, forward_label, reverse_label, from_types, to_types) VALUES
  ('relates_to', 'relates to', 'relates to', '*', '*'),
  ('member_of', 'member of', 'has member', 'person', 'work_group'),
  ('uses', 'uses', 'used by', 'customer', 'service'),
  ('supports', 'supports', 'supported by', 'work_group', 'service'),
  ('depends_on', 'depends on', 'needed by', 'service', 'service'),
  ('follows_up', 'follows up', 'followed up by', 'task', '*');

CREATE TABLE link (
  id         INTEGER PRIMARY KEY,
  from_id    INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  to_id      INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL REFERENCES link_kind(kind),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (from_id, kind, to_id),
  CHECK (from_id <> to_id)
);
CREATE INDEX link_by_to ON link(to_id, kind);

-- Attachments, stored once per content ----------------------------------------------------

CREATE TABLE attachment_blob (
  id     INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  size   INTEGER NOT NULL,
  data   BLOB NOT NULL
);

CREATE TABLE attachment (
  id        INTEGER PRIMARY KEY,
  record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  blob_id   INTEGER NOT NULL REFERENCES attachment_blob(id),
  file_name TEXT NOT NULL,
  mime_type TEXT,
  added_at  TEXT NOT NULL,
  added_by  TEXT NOT NULL
);
CREATE INDEX attachment_by_record ON attachment(record_id);
CREATE INDEX attachment_by_blob ON attachment(blob_id);

-- Full-text search ------------------------------------------------------------------------
-- rowid = record.id. The text is prepared in C++ (core/records/searchtext.cpp): Chinese runs
-- become overlapping two-character tokens so that a two-character query finds them.
CREATE VIRTUAL TABLE search_index USING fts5(
  title, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
-- Rank by bm25 with the title weighing five times the rest.
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

INSERT INTO setting(key, value) VALUES
  ('default_role', 'requester'),
  ('attachment_max_bytes', '26214400'),
  ('read_compatible_from', '2');
