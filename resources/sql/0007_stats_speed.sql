-- Servicebench workbook schema, step 7: indexes for ticket statistics. Each holds, in id
-- order, what the statistics read of every ticket (opened, resolved and the fields they are
-- grouped by; whether an SLA applies and was breached), so that a million tickets are read
-- from them rather than from their full rows. Only new indexes: a program that knows schema 6
-- still reads a workbook of schema 7, and its writes keep them up to date.
CREATE INDEX incident_stats
  ON incident(id, opened_at, resolved_at, priority, service, assignment_group);
CREATE INDEX service_request_stats
  ON service_request(id, opened_at, fulfilled_at, priority, service, assignment_group);
CREATE INDEX sla_status_stats ON sla_status(record_id, sla_id, resolution_breached_at);
