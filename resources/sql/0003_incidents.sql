-- Servicebench workbook schema, step 3: incidents and service requests, the priority matrix
-- that derives their priority, the incident category tree and the request catalogue.
-- Only new tables and rows: a program that knows schema 2 can still read a workbook of
-- schema 3 (it does not show the new types), so read_compatible_from stays 2.

-- Incidents ---------------------------------------------------------------------------------
-- People, groups, customers and services are plain text, not logins or record IDs: imported
-- tickets name people and groups the workbook does not know.
CREATE TABLE incident (
  id                       INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  description              TEXT,
  caller                   TEXT,
  customer                 TEXT,
  service                  TEXT,
  category                 TEXT,
  subcategory              TEXT,
  channel                  TEXT CHECK (channel IN ('phone', 'email', 'portal', 'walk_in', 'chat',
                                                   'monitoring', 'other')),
  impact                   INTEGER CHECK (impact BETWEEN 1 AND 5),
  urgency                  INTEGER CHECK (urgency BETWEEN 1 AND 5),
  priority                 INTEGER CHECK (priority BETWEEN 1 AND 5),
  priority_override_reason TEXT,
  assignment_group         TEXT,
  assignee                 TEXT,
  pending_reason           TEXT CHECK (pending_reason IN ('customer', 'supplier', 'change')),
  resolution_code          TEXT,
  resolution_notes         TEXT,
  reopen_count             INTEGER CHECK (reopen_count >= 0),
  reassignment_count       INTEGER CHECK (reassignment_count >= 0),
  major                    INTEGER CHECK (major IN (0, 1)),
  major_incident_manager   TEXT,
  management_informed_by   TEXT,
  management_informed_at   TEXT,
  -- The key of the ticket in the system it came from: imports update by it. Compared without
  -- regard to case, as the write path checks it, so that lookups use the index.
  external_id              TEXT COLLATE NOCASE,
  opened_at                TEXT,
  reopened_at              TEXT,
  resolved_at              TEXT,
  closed_at                TEXT,
  affected_ci              TEXT,
  caused_by_ci             TEXT,
  knowledge_ref            TEXT,
  handle_hours             REAL CHECK (handle_hours >= 0),
  related_interactions     TEXT,
  related_changes          TEXT,
  last_customer_update_at  TEXT
);
CREATE UNIQUE INDEX incident_by_external_id ON incident(external_id)
  WHERE external_id IS NOT NULL;
-- The service desk's queues: by group, by person, by priority, by service.
CREATE INDEX incident_by_group ON incident(assignment_group);
CREATE INDEX incident_by_assignee ON incident(assignee);
CREATE INDEX incident_by_priority ON incident(priority);
CREATE INDEX incident_by_service ON incident(service);

-- Service requests --------------------------------------------------------------------------
CREATE TABLE service_request (
  id                       INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  description              TEXT,
  requester                TEXT,
  customer                 TEXT,
  service                  TEXT,
  request_type             TEXT,
  channel                  TEXT CHECK (channel IN ('phone', 'email', 'portal', 'walk_in', 'chat',
                                                   'monitoring', 'other')),
  impact                   INTEGER CHECK (impact BETWEEN 1 AND 5),
  urgency                  INTEGER CHECK (urgency BETWEEN 1 AND 5),
  priority                 INTEGER CHECK (priority BETWEEN 1 AND 5),
  priority_override_reason TEXT,
  assignment_group         TEXT,
  assignee                 TEXT,
  approval_by              TEXT,
  approved_at              TEXT,
  rejection_reason         TEXT,
  fulfilment_notes         TEXT,
  external_id              TEXT COLLATE NOCASE,
  opened_at                TEXT,
  fulfilled_at             TEXT,
  closed_at                TEXT
);
CREATE UNIQUE INDEX service_request_by_external_id ON service_request(external_id)
  WHERE external_id IS NOT NULL;
CREATE INDEX service_request_by_group ON service_request(assignment_group);
CREATE INDEX service_request_by_assignee ON service_request(assignee);
CREATE INDEX service_request_by_priority ON service_request(priority);
CREATE INDEX service_request_by_type ON service_request(request_type);

-- Priority from impact and urgency (1 is the highest of each) --------------------------------
-- Any size up to 5 x 5; changed only through the write path, which audits every cell.
CREATE TABLE priority_matrix (
  impact   INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  urgency  INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 5),
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
  PRIMARY KEY (impact, urgency)
) WITHOUT ROWID;

INSERT INTO priority_matrix(impact, urgency, priority) VALUES
  (1, 1, 1), (1, 2, 2), (1, 3, 3),
  (2, 1, 2), (2, 2, 3), (2, 3, 4),
  (3, 1, 3), (3, 2, 4), (3, 3, 5);

-- Incident categories: a tree, edited by the service desk --------------------------------------
CREATE TABLE incident_category (
  id        INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES incident_category(id),
  name      TEXT NOT NULL,
  UNIQUE (parent_id, name)
);
-- UNIQUE above treats every NULL parent as different: the top level needs its own.
CREATE UNIQUE INDEX incident_category_top ON incident_category(name) WHERE parent_id IS NULL;

INSERT INTO incident_category(id, parent_id, name) VALUES
  (1, NULL, 'Hardware'),
  (2, NULL, 'Software'),
  (3, NULL, 'Network'),
  (4, NULL, 'Access'),
  (5, NULL, 'Request for information'),
  (11, 1, 'Desktop or laptop'),
  (12, 1, 'Printer'),
  (13, 1, 'Mobile device'),
  (21, 2, 'Application error'),
  (22, 2, 'Installation'),
  (23, 2, 'Licence'),
  (31, 3, 'Connectivity'),
  (32, 3, 'VPN'),
  (33, 3, 'Wi-Fi'),
  (41, 4, 'Password reset'),
  (42, 4, 'Account locked'),
  (43, 4, 'Permissions'),
  (51, 5, 'How-to question'),
  (52, 5, 'Status enquiry');

-- The request catalogue -----------------------------------------------------------------------
-- fulfilment_tasks: the tasks that fulfil a request of the type, one per line.
CREATE TABLE request_type (
  code             TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  service          TEXT,
  needs_approval   INTEGER NOT NULL DEFAULT 0 CHECK (needs_approval IN (0, 1)),
  fulfilment_tasks TEXT,
  sla_hours        REAL CHECK (sla_hours > 0)
) WITHOUT ROWID;

INSERT INTO request_type(code, name, service, needs_approval, fulfilment_tasks, sla_hours) VALUES
  ('new_laptop', 'New laptop', 'Workplace', 1,
   'Order the laptop' || char(10) || 'Install the standard image' || char(10)
     || 'Hand it over and collect the old one', 40),
  ('software_installation', 'Software installation', 'Workplace', 0,
   'Check the licence' || char(10) || 'Install the software', 16),
  ('shared_folder_access', 'Access to a shared folder', 'File storage', 1,
   'Grant access to the folder' || char(10) || 'Tell the requester', 8);

-- The types, their lifecycles and who works them ----------------------------------------------

INSERT INTO record_type(type, prefix) VALUES ('incident', 'INC'), ('service_request', 'REQ');

INSERT INTO lifecycle_state(type, state, label, is_initial, is_final, position) VALUES
  ('incident', 'new', 'New', 1, 0, 1),
  ('incident', 'assigned', 'Assigned', 0, 0, 2),
  ('incident', 'in_progress', 'In progress', 0, 0, 3),
  ('incident', 'pending', 'Pending', 0, 0, 4),
  ('incident', 'resolved', 'Resolved', 0, 0, 5),
  ('incident', 'closed', 'Closed', 0, 1, 6),
  ('incident', 'cancelled', 'Cancelled', 0, 1, 7),
  ('service_request', 'submitted', 'Submitted', 1, 0, 1),
  ('service_request', 'awaiting_approval', 'Awaiting approval', 0, 0, 2),
  ('service_request', 'approved', 'Approved', 0, 0, 3),
  ('service_request', 'rejected', 'Rejected', 0, 1, 4),
  ('service_request', 'in_fulfilment', 'In fulfilment', 0, 0, 5),
  ('service_request', 'fulfilled', 'Fulfilled', 0, 0, 6),
  ('service_request', 'closed', 'Closed', 0, 1, 7),
  ('service_request', 'cancelled', 'Cancelled', 0, 1, 8);

INSERT INTO lifecycle_transition(type, from_state, to_state, label, roles, required_fields) VALUES
  ('incident', 'new', 'assigned', 'Assign', '*', 'assignment_group'),
  ('incident', 'new', 'resolved', 'Resolve', '*', 'resolution_code'),
  ('incident', 'new', 'cancelled', 'Cancel', '*', ''),
  ('incident', 'assigned', 'in_progress', 'Start work', '*', ''),
  ('incident', 'assigned', 'pending', 'Put on hold', '*', 'pending_reason'),
  ('incident', 'assigned', 'resolved', 'Resolve', '*', 'resolution_code'),
  ('incident', 'assigned', 'cancelled', 'Cancel', '*', ''),
  ('incident', 'in_progress', 'pending', 'Put on hold', '*', 'pending_reason'),
  ('incident', 'in_progress', 'resolved', 'Resolve', '*', 'resolution_code'),
  ('incident', 'in_progress', 'cancelled', 'Cancel', '*', ''),
  ('incident', 'pending', 'in_progress', 'Resume', '*', ''),
  ('incident', 'pending', 'resolved', 'Resolve', '*', 'resolution_code'),
  ('incident', 'pending', 'cancelled', 'Cancel', '*', ''),
  ('incident', 'resolved', 'in_progress', 'Reopen', '*', ''),
  ('incident', 'resolved', 'closed', 'Close', '*', ''),
  ('service_request', 'submitted', 'awaiting_approval', 'Ask for approval', '*', ''),
  ('service_request', 'submitted', 'in_fulfilment', 'Start fulfilment', '*', ''),
  ('service_request', 'submitted', 'cancelled', 'Cancel', '*', ''),
  ('service_request', 'awaiting_approval', 'approved', 'Approve', 'service_owner', ''),
  ('service_request', 'awaiting_approval', 'rejected', 'Reject', 'service_owner',
   'rejection_reason'),
  ('service_request', 'awaiting_approval', 'cancelled', 'Cancel', '*', ''),
  ('service_request', 'approved', 'in_fulfilment', 'Start fulfilment', '*', ''),
  ('service_request', 'approved', 'cancelled', 'Cancel', '*', ''),
  ('service_request', 'in_fulfilment', 'fulfilled', 'Fulfil', '*', ''),
  ('service_request', 'in_fulfilment', 'cancelled', 'Cancel', '*', ''),
  ('service_request', 'fulfilled', 'closed', 'Close', '*', '');

-- Requesters raise tickets; agents work them; service owners decide on approvals.
INSERT INTO role_permission(role, record_type, action) VALUES
  ('requester', 'incident', 'create'), ('requester', 'service_request', 'create'),
  ('agent', 'incident', 'create'), ('agent', 'incident', 'update'),
  ('agent', 'incident', 'transition'), ('agent', 'incident', 'link'),
  ('agent', 'incident', 'attach'),
  ('agent', 'service_request', 'create'), ('agent', 'service_request', 'update'),
  ('agent', 'service_request', 'transition'), ('agent', 'service_request', 'link'),
  ('agent', 'service_request', 'attach'),
  ('service_owner', 'service_request', 'update'),
  ('service_owner', 'service_request', 'transition');

-- Problem, change and configuration-item types come with their own steps; the kinds are
-- declared now so that incidents can name what caused or concerns them as soon as they exist.
INSERT INTO link_kind(kind, forward_label, reverse_label, from_types, to_types) VALUES
  ('caused_by_change', 'caused by', 'caused', 'incident', 'change'),
  ('related_problem', 'related to problem', 'has incident', 'incident', 'problem'),
  ('affects_ci', 'affects', 'affected by', 'incident', 'ci,service');
