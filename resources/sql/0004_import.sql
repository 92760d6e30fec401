-- Servicebench workbook schema, step 4: importing records from other systems.
-- Only new rows and an index: a program that knows schema 2 can still read a workbook of
-- schema 4, so read_compatible_from stays as it is.

-- Taking records over from another system is a right of its own: imported records keep the
-- state and values that system gave them, past the lifecycle's transitions.
INSERT INTO role_permission(role, record_type, action) VALUES
  ('administrator', '*', 'import');

-- Logins are unique without regard to case, as the write path checks them; this index serves
-- that check and an import that matches people by login, which would otherwise read the whole
-- table for every row.
CREATE INDEX person_by_login_nocase ON person(login COLLATE NOCASE);
