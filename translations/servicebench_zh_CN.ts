<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an anchor; an anchor looks like 1234:followed by 64 hexadecimal digits, as check --anchor prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anchored audit entry %1 is gone: the audit trail was cut back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 no longer has the anchored hash: the audit trail up to it was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-text index does not match the records (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail jumps from entry %1 to entry %2: entries were removed outside Servicebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3 %4 at %5) does not match the chain: it, or the entry before it, was changed outside Servicebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the audit trail: it was added outside Servicebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted according to its audit trail, yet it is still in the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has lost its %2 details row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 but the audit trail says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last change time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside Servicebench: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing, but its audit trail says it exists: it was removed outside Servicebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links, attachments and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 → %2 (%3) is not in the audit trail: it was added outside Servicebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 → %2 (%3) is missing, but the audit trail says it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 of %2 does not match the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored attachment&apos;s content no longer matches its hash %1: it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the role %2 without a grant in the audit trail: it was given outside Servicebench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost the role %2 without a revocation in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record count of %1 says %2 but there are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next number of %1 (%2) would reuse an ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workbook (with demo data if asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workbook and its audit trail; exit 1 if problems are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the workbook to DEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search over every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, change, show and list records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users&apos; roles, grant or revoke a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicebench %1: a service-management workbench for ISO/IEC 20000-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the desktop program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act as NAME instead of the operating system&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print machine-readable JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to wait for a workbook another program is writing (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 invalid input or problems found, 2 usage error or cannot open, 3 conflict (stale version), 4 permission denied, 5 still busy after retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait expects seconds, from 0 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-version expects a version number (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit expects a whole number (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to set with --set FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the workbook&apos;s attachment limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local, WAL journal; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared, rollback journal; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale expects a whole number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed expects a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is en or zh_CN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema %2; %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 people, %2 groups, %3 customers, %4 services, %5 tasks, %6 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: %2 records, %3 audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anchor (keep it outside the workbook; check --verify-anchor compares): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit expects a whole number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes the workbook only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workbook is busy: another user or program is saving to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full or the workbook reached its size limit; the change was not saved and the workbook is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operating system does not allow this access to the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the workbook; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the workbook and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled while the workbook was busy; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workbook stayed busy for %n second(s): another user or program is holding it. Nothing was changed; try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier step of this change failed; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data seeds are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkKind</name>
    <message>
        <source>relates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed up by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a login name without spaces or commas: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a date and time such as 2026-03-01T14:30:00Z, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;; it is one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move %1 through their lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 to other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 (roles held: %3). This needs the role: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: only an administrator may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records have no field &quot;%2&quot;. Their fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown record type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has lost its %2 details; run a check of the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (it is now version %4; you were working on version %5). Nothing was saved: reload it to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state changes only through a lifecycle transition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not the login of any person in this workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 %2, fill in: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must have a value.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no record type &quot;%1&quot;. The types are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new record starts in the first state of its lifecycle; the state changes only through transitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lifecycle of %1 records has no states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook does not know the record type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records have no state &quot;%2&quot;. Their states are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3: %2 is a final state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3. From %2 it can go to: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not take the step &quot;%2&quot; on %3: it needs the role %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; links go from %2 to %3, not from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already linked to %2 as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not linked to %2 as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; one attachment may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the workbook&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;. The roles are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator cannot be removed; grant the role to someone else first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook already has an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search for in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAB member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transition</name>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The upgrade script for schema version %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workbook to schema version %1 failed; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: another program is writing to it or holds it open exclusively. Try again in a moment, open it read-only, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Servicebench workbook: it is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Servicebench workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network or unknown file system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local disk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal left as %1 because another program has the workbook open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbook file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workbook file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a workbook. It was left untouched; create a new workbook instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder that holds it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes by others will not show until it is opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Servicebench (schema %2; this program knows schema %3) and cannot be opened safely. Update Servicebench to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer version of Servicebench (schema %1); update Servicebench to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of Servicebench and must be upgraded before use, but it cannot be written here (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older version of Servicebench and must be upgraded before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded to schema %2, but %3 has it open. Ask them to close it, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not upgraded: the backup copy could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. A new workbook never replaces an existing file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is read-only (%1); nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::ConflictDialog</name>
    <message>
        <source>%1 was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved %2 at %3 while you were editing it. Nothing of yours has been saved yet. Compare the values and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Servicebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workbook open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] — Servicebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Servicebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s for the workbook, held by %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was upgraded to this version of Servicebench. A copy from before the upgrade was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicebench workbooks (*.sbw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the workbook to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicebench workbooks (*.sbw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in %1 records and %2 audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anchor of the audit trail (keep it elsewhere to detect a rewritten trail): %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Servicebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Servicebench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for running IT service management the way ISO/IEC 20000-1 (2011 and 2018) asks.&lt;/p&gt;&lt;p&gt;Everything lives in one workbook file that works offline, on a laptop or a shared drive.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes are not saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::NewWorkbookDialog</name>
    <message>
        <source>New workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by several people (on a network drive or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared workbook always uses SQLite&apos;s rollback journal, which is safe on network file systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the demo data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicebench workbooks (*.sbw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file exists already; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::OverviewWidget</name>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored locally (WAL journal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored for sharing (rollback journal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded when opened; the copy from before is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else has this workbook open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also working in this workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Servicebench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servicebench keeps an IT team&apos;s service management - incidents, problems, changes, the CMDB, service levels and the management system of ISO/IEC 20000-1 - in one workbook file, on your disk or on a shared drive. Create a workbook or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::RecordEditor</name>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the unsaved changes (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the saved version; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; one attachment may be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::RecordPanel</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter %1 (full-text, e.g. print* or 网络)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ui::SearchDock</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every record (Ctrl+F): words, prefix*, &quot;a phrase&quot;, 中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
