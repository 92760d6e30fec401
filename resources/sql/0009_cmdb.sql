-- Servicebench workbook schema, step 9: the configuration management database. CI types and
-- their attributes are data (users add both without a schema change), CIs are records, their
-- relationships are links of kinds that say which CI types they join and which way a failure
-- travels, baselines are immutable snapshots, and CMDB audits keep what a discovered inventory
-- showed. Only new tables, indexes and rows (and wider link kinds): a program that knows schema
-- 8 still reads a workbook of schema 9.

-- CI types ------------------------------------------------------------------------------------
-- code: [a-z][a-z0-9_]*, never changes once CIs use it. icon: one of the icons the desktop
-- program draws (core/cmdb/citypes.h lists them); an unknown one is drawn as "generic".
-- builtin: shipped with the program; its label is translated, and it cannot be removed.
CREATE TABLE ci_type (
  code      TEXT PRIMARY KEY,
  label     TEXT NOT NULL,
  icon      TEXT NOT NULL DEFAULT 'generic',
  subtypes  TEXT NOT NULL DEFAULT '',
  position  INTEGER NOT NULL DEFAULT 0,
  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
) WITHOUT ROWID;

-- Typed attributes of a CI type; their values live in ci.attributes (a JSON object keyed by
-- name), checked by the write path (core/cmdb/cirules.h). kind: text, number, date (YYYY-MM-DD),
-- choice (one of `choices`, a JSON array of strings) or reference (the human ID of a record of
-- type ref_type, e.g. 'ci', 'person', 'service'). Removing an attribute keeps the values CIs
-- hold (shown as "no longer defined" until cleared), so nothing is lost.
CREATE TABLE ci_attribute (
  ci_type   TEXT NOT NULL REFERENCES ci_type(code) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  label     TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'choice', 'reference')),
  choices   TEXT,
  ref_type  TEXT,
  required  INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
  position  INTEGER NOT NULL DEFAULT 0,
  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  PRIMARY KEY (ci_type, name)
) WITHOUT ROWID;

-- Configuration items -------------------------------------------------------------------------
-- The name is the record's title, unique within the CI type (case-insensitive): name_key is
-- kept by the triggers below and checked with a clear message by the write path first.
-- ci_version: the CI's own version (release, firmware), not the record's edit counter.
-- Asset fields (R-AST-1): purchase_date, cost, supplier, warranty_end, asset_tag,
-- serial_number; licences also count entitlements (installations are licensed_by links).
CREATE TABLE ci (
  id                   INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  ci_type              TEXT NOT NULL,
  subtype              TEXT,
  description          TEXT,
  ci_version           TEXT,
  location             TEXT,
  serial_number        TEXT,
  asset_tag            TEXT,
  purchase_date        TEXT,
  cost                 REAL CHECK (cost >= 0),
  cost_centre          TEXT,
  supplier             TEXT,
  warranty_end         TEXT,
  licence_entitlements INTEGER CHECK (licence_entitlements >= 0),
  licence_expires      TEXT,
  attributes           TEXT,
  name_key             TEXT
);
CREATE UNIQUE INDEX ci_name_in_type ON ci(ci_type, name_key);
CREATE INDEX ci_by_subtype ON ci(ci_type, subtype);
CREATE INDEX ci_by_location ON ci(location);
CREATE INDEX ci_by_warranty ON ci(warranty_end) WHERE warranty_end IS NOT NULL;

CREATE TRIGGER ci_name_key_insert AFTER INSERT ON ci BEGIN
  UPDATE ci SET name_key = (SELECT lower(title) FROM record WHERE id = NEW.id) WHERE id = NEW.id;
END;
CREATE TRIGGER ci_name_key_title AFTER UPDATE OF title ON record WHEN NEW.type = 'ci' BEGIN
  UPDATE ci SET name_key = lower(NEW.title) WHERE id = NEW.id;
END;

-- Relationship types ---------------------------------------------------------------------------
-- A relationship is a link (table link) of one of these kinds; link_kind holds its forward and
-- reverse labels. impact: which way a failure travels along it - 'reverse' when the link's
-- source needs its target (an application runs on a server: the server's failure reaches the
-- application), 'forward' when the target is made of the source (a component is part of a
-- service), 'both' for peers (connected to). from_ci_types/to_ci_types: the CI types each end
-- may have ('*' any), checked when either end is a CI.
CREATE TABLE ci_relation_type (
  kind          TEXT PRIMARY KEY REFERENCES link_kind(kind),
  impact        TEXT NOT NULL CHECK (impact IN ('reverse', 'forward', 'both')),
  from_ci_types TEXT NOT NULL DEFAULT '*',
  to_ci_types   TEXT NOT NULL DEFAULT '*',
  position      INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Baselines (R-CMDB-3) ------------------------------------------------------------------------
-- A named snapshot of CIs and their relationships, everything or one service's tree
-- (scope: the service's human ID and name as they were). Never changed once taken: the
-- triggers refuse updates and deletes of what a baseline holds. Items keep the record id, the
-- human ID and the CI's fields as a JSON object, so that a CI deleted since still compares.
CREATE TABLE ci_baseline (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description     TEXT,
  scope           TEXT,
  scope_label     TEXT,
  taken_at        TEXT NOT NULL,
  taken_by        TEXT NOT NULL,
  ci_count        INTEGER NOT NULL,
  relation_count  INTEGER NOT NULL
);

CREATE TABLE ci_baseline_item (
  baseline_id INTEGER NOT NULL REFERENCES ci_baseline(id),
  ci_id       INTEGER NOT NULL,
  human_id    TEXT NOT NULL,
  name        TEXT NOT NULL,
  ci_type     TEXT NOT NULL,
  state       TEXT NOT NULL,
  data        TEXT NOT NULL,
  PRIMARY KEY (baseline_id, ci_id)
) WITHOUT ROWID;

CREATE TABLE ci_baseline_relation (
  baseline_id INTEGER NOT NULL REFERENCES ci_baseline(id),
  from_id     INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  to_id       INTEGER NOT NULL,
  PRIMARY KEY (baseline_id, from_id, kind, to_id)
) WITHOUT ROWID;

CREATE TRIGGER ci_baseline_fixed BEFORE UPDATE ON ci_baseline BEGIN
  SELECT RAISE(ABORT, 'a baseline cannot be changed');
END;
CREATE TRIGGER ci_baseline_kept BEFORE DELETE ON ci_baseline BEGIN
  SELECT RAISE(ABORT, 'a baseline cannot be deleted');
END;
CREATE TRIGGER ci_baseline_item_fixed BEFORE UPDATE ON ci_baseline_item BEGIN
  SELECT RAISE(ABORT, 'a baseline cannot be changed');
END;
CREATE TRIGGER ci_baseline_item_kept BEFORE DELETE ON ci_baseline_item BEGIN
  SELECT RAISE(ABORT, 'a baseline cannot be changed');
END;
CREATE TRIGGER ci_baseline_relation_fixed BEFORE UPDATE ON ci_baseline_relation BEGIN
  SELECT RAISE(ABORT, 'a baseline cannot be changed');
END;
CREATE TRIGGER ci_baseline_relation_kept BEFORE DELETE ON ci_baseline_relation BEGIN
  SELECT RAISE(ABORT, 'a baseline cannot be changed');
END;

-- CMDB audits ---------------------------------------------------------------------------------
-- An audit is a record (CIA-n) kept with its date; its findings are what the discovered
-- inventory showed: 'missing' (in the CMDB, not found), 'unregistered' (found, not in the
-- CMDB), 'mismatch' (found, an attribute differs). follow_up_id: the task or nonconformity a
-- finding was turned into.
CREATE TABLE ci_audit (
  id               INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  inventory_file   TEXT,
  mapping          TEXT,
  scope            TEXT,
  audited_at       TEXT,
  rows_read        INTEGER CHECK (rows_read >= 0),
  matched          INTEGER CHECK (matched >= 0),
  missing          INTEGER CHECK (missing >= 0),
  unregistered     INTEGER CHECK (unregistered >= 0),
  mismatched       INTEGER CHECK (mismatched >= 0),
  summary          TEXT
);

CREATE TABLE ci_audit_finding (
  id            INTEGER PRIMARY KEY,
  audit_id      INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('missing', 'unregistered', 'mismatch')),
  ci_id         INTEGER REFERENCES record(id) ON DELETE SET NULL,
  ci_name       TEXT NOT NULL,
  ci_type       TEXT,
  field         TEXT,
  cmdb_value    TEXT,
  found_value   TEXT,
  source_line   INTEGER,
  follow_up_id  INTEGER REFERENCES record(id) ON DELETE SET NULL
);
CREATE INDEX ci_audit_finding_by_audit ON ci_audit_finding(audit_id, kind);

-- The types, their lifecycles and who works them ----------------------------------------------

INSERT INTO record_type(type, prefix) VALUES ('ci', 'CI'), ('ci_audit', 'CIA');

INSERT INTO lifecycle_state(type, state, label, is_initial, is_final, position) VALUES
  ('ci', 'planned', 'Planned', 1, 0, 1),
  ('ci', 'ordered', 'Ordered', 0, 0, 2),
  ('ci', 'in_test', 'In test', 0, 0, 3),
  ('ci', 'live', 'Live', 0, 0, 4),
  ('ci', 'in_repair', 'In repair', 0, 0, 5),
  ('ci', 'retired', 'Retired', 0, 0, 6),
  ('ci', 'disposed', 'Disposed', 0, 1, 7),
  ('ci_audit', 'recorded', 'Recorded', 1, 0, 1),
  ('ci_audit', 'reviewed', 'Reviewed', 0, 1, 2);

INSERT INTO lifecycle_transition(type, from_state, to_state, label, roles, required_fields) VALUES
  ('ci', 'planned', 'ordered', 'Order', '*', ''),
  ('ci', 'planned', 'in_test', 'Start testing', '*', ''),
  ('ci', 'planned', 'live', 'Put live', '*', ''),
  ('ci', 'planned', 'retired', 'Retire', '*', ''),
  ('ci', 'ordered', 'in_test', 'Start testing', '*', ''),
  ('ci', 'ordered', 'live', 'Put live', '*', ''),
  ('ci', 'ordered', 'retired', 'Retire', '*', ''),
  ('ci', 'in_test', 'live', 'Put live', '*', ''),
  ('ci', 'in_test', 'retired', 'Retire', '*', ''),
  ('ci', 'live', 'in_repair', 'Send to repair', '*', ''),
  ('ci', 'live', 'in_test', 'Back to testing', '*', ''),
  ('ci', 'live', 'retired', 'Retire', '*', ''),
  ('ci', 'in_repair', 'live', 'Back to live', '*', ''),
  ('ci', 'in_repair', 'retired', 'Retire', '*', ''),
  ('ci', 'retired', 'live', 'Reinstate', '*', ''),
  ('ci', 'retired', 'disposed', 'Dispose', '*', ''),
  ('ci_audit', 'recorded', 'reviewed', 'Mark reviewed', '*', '');

-- Configuration managers keep the CMDB; agents link incidents to CIs (incident link rights
-- already cover that) and read it; auditors record CMDB audits.
INSERT INTO role_permission(role, record_type, action) VALUES
  ('configuration_manager', 'ci', 'create'), ('configuration_manager', 'ci', 'update'),
  ('configuration_manager', 'ci', 'transition'), ('configuration_manager', 'ci', 'link'),
  ('configuration_manager', 'ci', 'attach'), ('configuration_manager', 'ci', 'delete'),
  ('configuration_manager', 'ci_audit', 'create'), ('configuration_manager', 'ci_audit', 'update'),
  ('configuration_manager', 'ci_audit', 'transition'), ('configuration_manager', 'ci_audit', 'link'),
  ('auditor', 'ci_audit', 'create'), ('auditor', 'ci_audit', 'update'),
  ('auditor', 'ci_audit', 'transition'), ('auditor', 'ci_audit', 'link'),
  -- A finding of a CMDB audit is followed up as a task, by whoever recorded the audit.
  ('configuration_manager', 'task', 'create'), ('configuration_manager', 'task', 'link'),
  ('auditor', 'task', 'create'), ('auditor', 'task', 'link');

-- Relationship kinds. depends_on, declared for services at step 2, now also joins CIs.
UPDATE link_kind SET from_types = 'service,ci', to_types = 'service,ci', reverse_label = 'used by'
  WHERE kind = 'depends_on';
INSERT INTO link_kind(kind, forward_label, reverse_label, from_types, to_types) VALUES
  ('runs_on', 'runs on', 'hosts', 'ci', 'ci'),
  ('connected_to', 'connected to', 'connected to', 'ci', 'ci'),
  ('part_of', 'part of', 'contains', 'ci', 'ci,service'),
  ('installed_on', 'installed on', 'has installed', 'ci', 'ci'),
  ('licensed_by', 'licensed by', 'licenses', 'ci', 'ci'),
  ('located_in', 'located in', 'location of', 'ci', 'ci'),
  ('caused_by_ci', 'caused by CI', 'caused', 'incident,problem', 'ci'),
  ('audit_of', 'audit of', 'audited by', 'ci_audit', 'service,ci');

INSERT INTO ci_relation_type(kind, impact, from_ci_types, to_ci_types, position) VALUES
  ('depends_on', 'reverse', '*', '*', 1),
  ('runs_on', 'reverse', 'application,database,software,virtual_server',
   'physical_server,virtual_server', 2),
  ('connected_to', 'both',
   'physical_server,virtual_server,network_device,storage,end_user_device',
   'physical_server,virtual_server,network_device,storage,end_user_device', 3),
  ('part_of', 'forward', '*', 'business_service,application', 4),
  ('installed_on', 'reverse', 'software,application,database',
   'physical_server,virtual_server,end_user_device', 5),
  ('licensed_by', 'reverse',
   'software,application,database,physical_server,virtual_server,end_user_device', 'licence', 6),
  ('located_in', 'reverse', '*', 'location', 7);

-- The shipped CI types and their attributes (labels are translated by the program).
INSERT INTO ci_type(code, label, icon, subtypes, position, builtin) VALUES
  ('business_service', 'Business service', 'service', '', 1, 1),
  ('application', 'Application', 'application', 'Web,Desktop,Batch,Middleware', 2, 1),
  ('database', 'Database', 'database', 'PostgreSQL,Oracle,SQL Server,MySQL,SQLite', 3, 1),
  ('physical_server', 'Physical server', 'server', 'Rack,Blade,Tower', 4, 1),
  ('virtual_server', 'Virtual server', 'virtual', 'VMware,KVM,Hyper-V,Cloud', 5, 1),
  ('network_device', 'Network device', 'network', 'Switch,Router,Firewall,Access point,Load balancer', 6, 1),
  ('storage', 'Storage', 'storage', 'SAN,NAS,Object store', 7, 1),
  ('end_user_device', 'End-user device', 'device', 'Laptop,Desktop,Phone,Tablet,Printer', 8, 1),
  ('software', 'Software', 'software', '', 9, 1),
  ('licence', 'Licence', 'licence', 'Per user,Per device,Per core,Site', 10, 1),
  ('document', 'Document', 'document', '', 11, 1),
  ('location', 'Location', 'location', 'Site,Building,Room,Rack', 12, 1);

INSERT INTO ci_attribute(ci_type, name, label, kind, choices, ref_type, required, position, builtin) VALUES
  ('business_service', 'service_hours', 'Service hours', 'text', NULL, NULL, 0, 1, 1),
  ('business_service', 'service_record', 'Catalogue service', 'reference', NULL, 'service', 0, 2, 1),
  ('application', 'vendor', 'Vendor', 'text', NULL, NULL, 0, 1, 1),
  ('application', 'url', 'URL', 'text', NULL, NULL, 0, 2, 1),
  ('application', 'environment', 'Environment', 'choice',
   '["Production","Acceptance","Test","Development"]', NULL, 0, 3, 1),
  ('database', 'engine_version', 'Engine version', 'text', NULL, NULL, 0, 1, 1),
  ('database', 'size_gb', 'Size (GB)', 'number', NULL, NULL, 0, 2, 1),
  ('physical_server', 'operating_system', 'Operating system', 'text', NULL, NULL, 0, 1, 1),
  ('physical_server', 'cpu_cores', 'CPU cores', 'number', NULL, NULL, 0, 2, 1),
  ('physical_server', 'memory_gb', 'Memory (GB)', 'number', NULL, NULL, 0, 3, 1),
  ('physical_server', 'ip_address', 'IP address', 'text', NULL, NULL, 0, 4, 1),
  ('virtual_server', 'operating_system', 'Operating system', 'text', NULL, NULL, 0, 1, 1),
  ('virtual_server', 'cpu_cores', 'CPU cores', 'number', NULL, NULL, 0, 2, 1),
  ('virtual_server', 'memory_gb', 'Memory (GB)', 'number', NULL, NULL, 0, 3, 1),
  ('virtual_server', 'ip_address', 'IP address', 'text', NULL, NULL, 0, 4, 1),
  ('network_device', 'ip_address', 'IP address', 'text', NULL, NULL, 0, 1, 1),
  ('network_device', 'ports', 'Ports', 'number', NULL, NULL, 0, 2, 1),
  ('network_device', 'firmware', 'Firmware', 'text', NULL, NULL, 0, 3, 1),
  ('storage', 'capacity_tb', 'Capacity (TB)', 'number', NULL, NULL, 0, 1, 1),
  ('storage', 'raid_level', 'RAID level', 'choice', '["RAID 1","RAID 5","RAID 6","RAID 10"]',
   NULL, 0, 2, 1),
  ('end_user_device', 'assigned_to', 'Assigned to', 'reference', NULL, 'person', 0, 1, 1),
  ('end_user_device', 'operating_system', 'Operating system', 'text', NULL, NULL, 0, 2, 1),
  ('software', 'vendor', 'Vendor', 'text', NULL, NULL, 0, 1, 1),
  ('software', 'edition', 'Edition', 'text', NULL, NULL, 0, 2, 1),
  ('licence', 'licence_key', 'Licence key', 'text', NULL, NULL, 0, 1, 1),
  ('licence', 'metric', 'Metric', 'choice', '["Per user","Per device","Per core","Site"]', NULL,
   0, 2, 1),
  ('document', 'document_url', 'Location of the document', 'text', NULL, NULL, 0, 1, 1),
  ('location', 'address', 'Address', 'text', NULL, NULL, 0, 1, 1);
