-- Servicebench workbook schema, step 6: working a ticket. Updates (customer-visible or
-- internal work notes) on any record, escalations with the rules that raise them by
-- themselves, and what major incidents and closing need. Only new tables, columns and rows:
-- a program that knows schema 5 still reads a workbook of schema 6.

-- Updates ------------------------------------------------------------------------------------
-- customer: told to the caller or requester (and stamps last_customer_update_at); internal: a
-- work note for the people working the record.
CREATE TABLE record_note (
  id         INTEGER PRIMARY KEY,
  record_id  INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  visibility TEXT NOT NULL CHECK (visibility IN ('customer', 'internal')),
  body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
  added_at   TEXT NOT NULL,
  added_by   TEXT NOT NULL
);
CREATE INDEX record_note_by_record ON record_note(record_id, added_at);

-- Escalations --------------------------------------------------------------------------------
-- functional: to another group, which takes the ticket over; hierarchical: to a person with
-- more authority (the group's manager, the major incident manager), the group keeps it.
-- trigger_event: manual, or the SLA threshold that raised it; rule_id: the rule that did. A
-- rule escalates a ticket once per working life of the ticket (cycle = its reopen count then).
CREATE TABLE escalation (
  id              INTEGER PRIMARY KEY,
  record_id       INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('functional', 'hierarchical')),
  trigger_event   TEXT NOT NULL CHECK (trigger_event IN ('manual', 'response_breach',
                                                         'resolution_warning',
                                                         'resolution_breach')),
  rule_id         INTEGER REFERENCES escalation_rule(id) ON DELETE SET NULL,
  cycle           INTEGER NOT NULL DEFAULT 0,
  from_group      TEXT,
  to_group        TEXT,
  to_person       TEXT,
  reason          TEXT,
  escalated_at    TEXT NOT NULL,
  escalated_by    TEXT NOT NULL,
  acknowledged_at TEXT,
  acknowledged_by TEXT
);
CREATE INDEX escalation_by_record ON escalation(record_id, escalated_at);
CREATE UNIQUE INDEX escalation_automatic_once ON escalation(record_id, rule_id, cycle)
  WHERE rule_id IS NOT NULL;
-- The "needs attention" queue looks for escalations nobody has taken up yet.
CREATE INDEX escalation_waiting ON escalation(record_id) WHERE acknowledged_at IS NULL;

-- What raises an escalation by itself when a ticket's SLA clock crosses a threshold.
-- target: group_manager (the manager of the ticket's assignment group), major_incident_manager
-- (the ticket's, else the workbook's), or group (functional, to to_group).
-- priority_at_most: only tickets of this priority or higher (1 is the highest); null: all.
CREATE TABLE escalation_rule (
  id               INTEGER PRIMARY KEY,
  record_type      TEXT NOT NULL,
  trigger_event    TEXT NOT NULL CHECK (trigger_event IN ('response_breach',
                                                          'resolution_warning',
                                                          'resolution_breach')),
  kind             TEXT NOT NULL CHECK (kind IN ('functional', 'hierarchical')),
  target           TEXT NOT NULL CHECK (target IN ('group_manager', 'major_incident_manager',
                                                   'group')),
  to_group         TEXT,
  priority_at_most INTEGER CHECK (priority_at_most BETWEEN 1 AND 5),
  active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (target <> 'group' OR (kind = 'functional' AND to_group IS NOT NULL))
);

INSERT INTO escalation_rule(record_type, trigger_event, kind, target, priority_at_most) VALUES
  ('incident', 'response_breach', 'hierarchical', 'group_manager', NULL),
  ('incident', 'resolution_warning', 'hierarchical', 'group_manager', 2),
  ('incident', 'resolution_breach', 'hierarchical', 'group_manager', NULL),
  ('incident', 'resolution_breach', 'hierarchical', 'major_incident_manager', 1),
  ('service_request', 'resolution_breach', 'hierarchical', 'group_manager', NULL);

-- Ticket fields ------------------------------------------------------------------------------
-- escalation_count: functional escalations (to another group); hierarchical ones leave the
-- ticket as it is and are kept in escalation only.
-- closure: how the ticket was closed (the customer confirmed, or the auto-close period ran
-- out). A major incident is closed only after its post-incident review (pir_*).
ALTER TABLE incident ADD COLUMN escalation_count INTEGER CHECK (escalation_count >= 0);
ALTER TABLE incident ADD COLUMN closure TEXT
  CHECK (closure IN ('customer_confirmed', 'auto_close'));
ALTER TABLE incident ADD COLUMN pir_summary TEXT;
ALTER TABLE incident ADD COLUMN pir_completed_at TEXT;
ALTER TABLE incident ADD COLUMN pir_by TEXT;
ALTER TABLE service_request ADD COLUMN escalation_count INTEGER CHECK (escalation_count >= 0);
ALTER TABLE service_request ADD COLUMN closure TEXT
  CHECK (closure IN ('customer_confirmed', 'auto_close'));
ALTER TABLE service_request ADD COLUMN last_customer_update_at TEXT;

-- The major-incident rule and the attention and auto-close periods, with their defaults:
-- major_incident.priority_at_most: a ticket of this priority or higher is major by itself
-- (0: only when flagged); major_incident.manager: who manages major incidents that name nobody;
-- attention.customer_update_minutes: a P1 or P2 without a customer update for this long needs
-- attention; auto_close.days: resolved tickets close by themselves after this many days
-- (0: never).
INSERT OR IGNORE INTO setting(key, value) VALUES
  ('major_incident.priority_at_most', '1'),
  ('major_incident.manager', ''),
  ('attention.customer_update_minutes', '60'),
  ('auto_close.days', '5');

-- Agents answer escalations and write updates; the permissions they have cover it.
