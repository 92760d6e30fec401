-- Servicebench workbook schema: business calendars, SLA definitions and each ticket's SLA
-- state. The state is derived (recomputed from the ticket's history, the definition and the
-- calendar), kept so that queues can sort and filter on it without recomputing.

-- hours: Monday to Sunday separated by ';', each day's stretches as HH:MM-HH:MM separated
-- by ',', an empty day for a day off: '09:00-17:00;09:00-17:00;09:00-17:00;09:00-17:00;09:00-17:00;;'
CREATE TABLE business_calendar (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL UNIQUE,
  time_zone TEXT NOT NULL,
  hours     TEXT NOT NULL
);

-- Holidays (no work) and extra working days (worked with the hours of as_weekday, 1 = Monday).
CREATE TABLE calendar_day (
  calendar_id INTEGER NOT NULL REFERENCES business_calendar(id) ON DELETE CASCADE,
  day         TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'working')),
  name        TEXT,
  as_weekday  INTEGER CHECK (as_weekday BETWEEN 1 AND 7),
  PRIMARY KEY (calendar_id, day)
) WITHOUT ROWID;

-- Targets per record type and priority, optionally for one service and/or one customer (the
-- most specific definition that matches a ticket applies). Minutes of working time.
-- pause_states stop the clocks while a ticket waits; resolution stops in stop_states and runs
-- again when a ticket leaves them (reopened); response stops for good at the first state
-- not in response_states.
CREATE TABLE sla_definition (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  record_type        TEXT NOT NULL,
  service            TEXT,
  customer           TEXT,
  priority           INTEGER,
  response_minutes   INTEGER CHECK (response_minutes > 0),
  resolution_minutes INTEGER CHECK (resolution_minutes > 0),
  calendar_id        INTEGER NOT NULL REFERENCES business_calendar(id),
  response_states    TEXT NOT NULL DEFAULT 'new',
  pause_states       TEXT NOT NULL DEFAULT 'pending',
  stop_states        TEXT NOT NULL DEFAULT 'resolved,closed,cancelled',
  warning_percent    INTEGER NOT NULL DEFAULT 75 CHECK (warning_percent BETWEEN 1 AND 100),
  active             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sla_definition_by_type ON sla_definition(record_type, priority);

-- clock: running, paused or stopped (the resolution clock). Times are stored UTC text.
CREATE TABLE sla_status (
  record_id              INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  sla_id                 INTEGER REFERENCES sla_definition(id) ON DELETE SET NULL,
  clock                  TEXT NOT NULL CHECK (clock IN ('running', 'paused', 'stopped')),
  response_elapsed_ms    INTEGER,
  response_due           TEXT,
  response_breached_at   TEXT,
  resolution_elapsed_ms  INTEGER,
  resolution_target_ms   INTEGER,
  resolution_due         TEXT,
  resolution_warning_at  TEXT,
  resolution_breached_at TEXT,
  computed_at            TEXT NOT NULL
);
-- "Breaching soon" and the queue's SLA column read this.
CREATE INDEX sla_status_by_due ON sla_status(clock, resolution_due);

INSERT INTO business_calendar(id, name, time_zone, hours) VALUES
  (1, 'Office hours', 'UTC', '09:00-17:00;09:00-17:00;09:00-17:00;09:00-17:00;09:00-17:00;;'),
  (2, 'Around the clock', 'UTC',
   '00:00-24:00;00:00-24:00;00:00-24:00;00:00-24:00;00:00-24:00;00:00-24:00;00:00-24:00');

INSERT INTO sla_definition(name, record_type, priority, response_minutes, resolution_minutes,
                           calendar_id) VALUES
  ('P1 critical', 'incident', 1, 15, 240, 2),
  ('P2 high', 'incident', 2, 30, 480, 1),
  ('P3 medium', 'incident', 3, 240, 1440, 1),
  ('P4 low', 'incident', 4, 480, 2400, 1),
  ('P5 planning', 'incident', 5, 960, 4800, 1),
  ('Service requests', 'service_request', NULL, 480, 2400, 1);
UPDATE sla_definition SET response_states = 'submitted,awaiting_approval',
  pause_states = 'awaiting_approval', stop_states = 'fulfilled,closed,rejected,cancelled'
  WHERE record_type = 'service_request';
