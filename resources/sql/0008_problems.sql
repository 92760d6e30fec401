-- Servicebench workbook schema, step 8: problems, known errors and knowledge articles, the
-- versions articles go through, and the index that offers known errors and articles to the
-- people writing an incident. Only new tables, indexes and rows: a program that knows schema 7
-- still reads a workbook of schema 8 (it does not show the new types).

-- Problems -----------------------------------------------------------------------------------
-- Service, category and CI are plain text, as on incidents, so that a problem and the
-- incidents behind it are compared by the same words. rca_chain: the chain of causes as a JSON
-- array of entries (see core/problem/rca.h), checked by the write path. needs_change: the fix
-- changes CIs, so resolving needs a link to the change that makes it (resolved_by_change).
-- root_cause_at: when a root cause or workaround was first written (time to root cause).
-- recurred*: incidents that match the problem again after its fix (core/problem/effectiveness.h).
CREATE TABLE problem (
  id                       INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  description              TEXT,
  service                  TEXT,
  category                 TEXT,
  affected_ci              TEXT,
  impact                   INTEGER CHECK (impact BETWEEN 1 AND 5),
  urgency                  INTEGER CHECK (urgency BETWEEN 1 AND 5),
  priority                 INTEGER CHECK (priority BETWEEN 1 AND 5),
  priority_override_reason TEXT,
  problem_manager          TEXT,
  assignment_group         TEXT,
  assignee                 TEXT,
  detected_by              TEXT CHECK (detected_by IN ('incident', 'trend', 'monitoring',
                                                       'supplier', 'other')),
  rca_method               TEXT CHECK (rca_method IN ('five_whys', 'cause_effect', 'timeline',
                                                      'other')),
  rca_chain                TEXT,
  contributing_factors     TEXT,
  root_cause               TEXT,
  workaround               TEXT,
  needs_change             INTEGER CHECK (needs_change IN (0, 1)),
  resolution               TEXT,
  logged_at                TEXT,
  root_cause_at            TEXT,
  resolved_at              TEXT,
  closed_at                TEXT,
  reopen_count             INTEGER CHECK (reopen_count >= 0),
  escalation_count         INTEGER CHECK (escalation_count >= 0),
  recurred                 INTEGER CHECK (recurred IN (0, 1)),
  recurrence_count         INTEGER CHECK (recurrence_count >= 0),
  recurred_at              TEXT
);
CREATE INDEX problem_by_manager ON problem(problem_manager);
CREATE INDEX problem_by_group ON problem(assignment_group);
CREATE INDEX problem_by_service ON problem(service);
CREATE INDEX problem_by_recurred ON problem(recurred) WHERE recurred = 1;

-- Known errors -------------------------------------------------------------------------------
-- problem: the human ID of the problem it was recorded from (also a known_error_of link).
-- Service, category and CI rank it for an incident that names the same.
CREATE TABLE known_error (
  id               INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  symptom          TEXT,
  root_cause       TEXT,
  workaround       TEXT,
  service          TEXT COLLATE NOCASE,
  category         TEXT COLLATE NOCASE,
  affected_ci      TEXT COLLATE NOCASE,
  problem          TEXT,
  identified_at    TEXT,
  retired_at       TEXT
);
CREATE INDEX known_error_by_service ON known_error(service);
CREATE INDEX known_error_by_category ON known_error(category);
CREATE INDEX known_error_by_ci ON known_error(affected_ci);
CREATE INDEX known_error_by_problem ON known_error(problem);

-- Knowledge articles -------------------------------------------------------------------------
-- body: Markdown. Every saved change of title or body is a version (kb_article_version);
-- publishing approves the latest one.
CREATE TABLE kb_article (
  id             INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
  body           TEXT,
  audience       TEXT CHECK (audience IN ('agents', 'customers')),
  service        TEXT COLLATE NOCASE,
  category       TEXT COLLATE NOCASE,
  keywords       TEXT,
  review_date    TEXT,
  published_at   TEXT,
  approved_by    TEXT,
  approved_at    TEXT,
  version_no     INTEGER CHECK (version_no >= 0)
);
CREATE INDEX kb_article_by_service ON kb_article(service);
CREATE INDEX kb_article_by_review ON kb_article(review_date);

-- Written by the write path together with the article's own change, never by itself.
CREATE TABLE kb_article_version (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
  version_no  INTEGER NOT NULL CHECK (version_no >= 1),
  title       TEXT NOT NULL,
  body        TEXT,
  written_at  TEXT NOT NULL,
  written_by  TEXT NOT NULL,
  approved_at TEXT,
  approved_by TEXT,
  UNIQUE (article_id, version_no)
);

-- What an agent writing an incident is offered: known errors and articles only, so that a
-- match is ranked among thousands, not among every incident. rowid = record.id; the text is
-- prepared like search_index's (core/records/searchtext.cpp).
CREATE VIRTUAL TABLE knowledge_index USING fts5(
  title, body,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO knowledge_index(knowledge_index, rank) VALUES ('rank', 'bm25(5.0, 1.0)');
-- How many entries hold each word: words nearly all of them hold are left out of a suggestion's
-- query, which would otherwise rank every entry for them.
CREATE VIRTUAL TABLE knowledge_vocab USING fts5vocab(knowledge_index, 'row');

-- Trend detection reads incidents by when they were opened, with what they are grouped by.
CREATE INDEX incident_trend
  ON incident(opened_at, service, category, affected_ci, caller, reopen_count);

-- The types, their lifecycles and who works them ----------------------------------------------

INSERT INTO record_type(type, prefix) VALUES
  ('problem', 'PRB'), ('known_error', 'KE'), ('kb_article', 'KB');

INSERT INTO lifecycle_state(type, state, label, is_initial, is_final, position) VALUES
  ('problem', 'logged', 'Logged', 1, 0, 1),
  ('problem', 'under_investigation', 'Under investigation', 0, 0, 2),
  ('problem', 'known_error', 'Known error', 0, 0, 3),
  ('problem', 'resolved', 'Resolved', 0, 0, 4),
  ('problem', 'closed', 'Closed', 0, 1, 5),
  ('problem', 'cancelled', 'Cancelled', 0, 1, 6),
  ('known_error', 'active', 'Active', 1, 0, 1),
  ('known_error', 'retired', 'Retired', 0, 1, 2),
  ('kb_article', 'draft', 'Draft', 1, 0, 1),
  ('kb_article', 'in_review', 'In review', 0, 0, 2),
  ('kb_article', 'published', 'Published', 0, 0, 3),
  ('kb_article', 'retired', 'Retired', 0, 1, 4);

INSERT INTO lifecycle_transition(type, from_state, to_state, label, roles, required_fields) VALUES
  ('problem', 'logged', 'under_investigation', 'Start investigation', '*', 'problem_manager'),
  ('problem', 'logged', 'known_error', 'Record known error', '*', 'problem_manager'),
  ('problem', 'logged', 'cancelled', 'Cancel', '*', ''),
  ('problem', 'under_investigation', 'known_error', 'Record known error', '*', ''),
  ('problem', 'under_investigation', 'resolved', 'Resolve', '*', 'resolution'),
  ('problem', 'under_investigation', 'cancelled', 'Cancel', '*', ''),
  ('problem', 'known_error', 'under_investigation', 'Investigate again', '*', ''),
  ('problem', 'known_error', 'resolved', 'Resolve', '*', 'resolution'),
  ('problem', 'known_error', 'cancelled', 'Cancel', '*', ''),
  ('problem', 'resolved', 'under_investigation', 'Reopen', '*', ''),
  ('problem', 'resolved', 'closed', 'Close', '*', ''),
  ('known_error', 'active', 'retired', 'Retire', '*', ''),
  ('known_error', 'retired', 'active', 'Reactivate', '*', ''),
  ('kb_article', 'draft', 'in_review', 'Submit for review', '*', 'body'),
  ('kb_article', 'in_review', 'draft', 'Send back', '*', ''),
  ('kb_article', 'in_review', 'published', 'Approve and publish',
   'knowledge_manager,problem_manager', ''),
  ('kb_article', 'published', 'draft', 'Revise', '*', ''),
  ('kb_article', 'published', 'retired', 'Retire', 'knowledge_manager,problem_manager', ''),
  ('kb_article', 'draft', 'retired', 'Retire', '*', '');

INSERT INTO role(name, description) VALUES
  ('knowledge_manager', 'Approves and retires knowledge articles');

-- Problem managers own problems and known errors; agents read them, raise problems from the
-- incidents they work, apply workarounds and write articles; knowledge managers approve them.
INSERT INTO role_permission(role, record_type, action) VALUES
  ('problem_manager', 'problem', 'create'), ('problem_manager', 'problem', 'update'),
  ('problem_manager', 'problem', 'transition'), ('problem_manager', 'problem', 'link'),
  ('problem_manager', 'problem', 'attach'),
  ('problem_manager', 'known_error', 'create'), ('problem_manager', 'known_error', 'update'),
  ('problem_manager', 'known_error', 'transition'), ('problem_manager', 'known_error', 'link'),
  ('problem_manager', 'known_error', 'attach'),
  ('problem_manager', 'kb_article', 'create'), ('problem_manager', 'kb_article', 'update'),
  ('problem_manager', 'kb_article', 'transition'), ('problem_manager', 'kb_article', 'link'),
  ('problem_manager', 'incident', 'link'), ('problem_manager', 'incident', 'update'),
  ('agent', 'problem', 'create'), ('agent', 'problem', 'link'),
  ('agent', 'kb_article', 'create'), ('agent', 'kb_article', 'update'),
  ('agent', 'kb_article', 'transition'), ('agent', 'kb_article', 'link'),
  ('knowledge_manager', 'kb_article', 'create'), ('knowledge_manager', 'kb_article', 'update'),
  ('knowledge_manager', 'kb_article', 'transition'), ('knowledge_manager', 'kb_article', 'link'),
  ('knowledge_manager', 'kb_article', 'attach');

-- resolved_by_change waits for the change and CMDB types, as caused_by_change does.
-- applies_known_error: an incident worked around with a known error; recurrence_of: an
-- incident that showed a resolved problem was not fixed for good.
INSERT INTO link_kind(kind, forward_label, reverse_label, from_types, to_types) VALUES
  ('known_error_of', 'known error of', 'has known error', 'known_error', 'problem'),
  ('applies_known_error', 'worked around with', 'worked around', 'incident', 'known_error'),
  ('uses_article', 'used article', 'used for', 'incident,problem', 'kb_article'),
  ('documents', 'documents', 'documented by', 'kb_article', 'known_error,problem,service'),
  ('recurrence_of', 'recurrence of', 'recurred as', 'incident', 'problem'),
  ('resolved_by_change', 'resolved by change', 'resolves problem', 'problem', 'change');
-- Problems and known errors name the CIs they concern the way incidents do.
UPDATE link_kind SET from_types = 'incident,problem,known_error' WHERE kind = 'affects_ci';
