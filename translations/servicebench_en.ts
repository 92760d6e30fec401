<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>… and %n more problem(s) of this kind.</source>
        <translation>
            <numerusform>… and %n more problem of this kind.</numerusform>
            <numerusform>… and %n more problems of this kind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiGraphView</name>
    <message numerus="yes">
        <source>%n more relationship(s) not drawn: double-click to show them.</source>
        <translation>
            <numerusform>%n more relationship not drawn: double-click to show it.</numerusform>
            <numerusform>%n more relationships not drawn: double-click to show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CiTypes</name>
    <message numerus="yes">
        <source>%n CI(s) have the type &quot;%1&quot;; give them another type first.</source>
        <translation>
            <numerusform>%n CI has the type &quot;%1&quot;; give it another type first.</numerusform>
            <numerusform>%n CIs have the type &quot;%1&quot;; give them another type first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n &quot;%1&quot; relationship(s) join CI types this would no longer allow; remove them or keep their types.</source>
        <translation>
            <numerusform>%n &quot;%1&quot; relationship joins CI types this would no longer allow; remove it or keep its types.</numerusform>
            <numerusform>%n &quot;%1&quot; relationships join CI types this would no longer allow; remove them or keep their types.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CI relationship(s) are &quot;%1&quot;; remove them first.</source>
        <translation>
            <numerusform>%n CI relationship is &quot;%1&quot;; remove it first.</numerusform>
            <numerusform>%n CI relationships are &quot;%1&quot;; remove them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more (see --json).</source>
        <translation>
            <numerusform>... and %n more (see --json).</numerusform>
            <numerusform>... and %n more (see --json).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recomputed the SLA clocks of %n open ticket(s).</source>
        <translation>
            <numerusform>Recomputed the SLA clocks of %n open ticket.</numerusform>
            <numerusform>Recomputed the SLA clocks of %n open tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n date(s) into the calendar &quot;%1&quot;. Holidays now: %2; extra working days: %3.</source>
        <translation>
            <numerusform>Read %n date into the calendar &quot;%1&quot;. Holidays now: %2; extra working days: %3.</numerusform>
            <numerusform>Read %n dates into the calendar &quot;%1&quot;. Holidays now: %2; extra working days: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalated %n ticket(s) by the escalation rules.</source>
        <translation>
            <numerusform>Escalated %n ticket by the escalation rules.</numerusform>
            <numerusform>Escalated %n tickets by the escalation rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n ticket(s) after the auto-close period.</source>
        <translation>
            <numerusform>Closed %n ticket after the auto-close period.</numerusform>
            <numerusform>Closed %n tickets after the auto-close period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No candidates: no group reaches %1 incidents in the last %n day(s), no caller called %2 times, nothing was reopened.</source>
        <translation>
            <numerusform>No candidates: no group reaches %1 incidents in the last %n day, no caller called %2 times, nothing was reopened.</numerusform>
            <numerusform>No candidates: no group reaches %1 incidents in the last %n days, no caller called %2 times, nothing was reopened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved problem(s), </source>
        <translation>
            <numerusform>%n resolved problem, </numerusform>
            <numerusform>%n resolved problems, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurred after the fix.</source>
        <translation>
            <numerusform>%n recurred after the fix.</numerusform>
            <numerusform>%n recurred after the fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) newly marked as recurred after their fix.</source>
        <translation>
            <numerusform>%n problem newly marked as recurred after its fix.</numerusform>
            <numerusform>%n problems newly marked as recurred after their fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n problem(s) as recurred after their fix.</source>
        <translation>
            <numerusform>Marked %n problem as recurred after its fix.</numerusform>
            <numerusform>Marked %n problems as recurred after their fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s); %1 over-used or expired.</source>
        <translation>
            <numerusform>%n licence; %1 over-used or expired.</numerusform>
            <numerusform>%n licences; %1 over-used or expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No warranty ends within %n day(s).</source>
        <translation>
            <numerusform>No warranty ends within %n day.</numerusform>
            <numerusform>No warranty ends within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n asset(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n asset to %1.</numerusform>
            <numerusform>Wrote %n assets to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CMDB: %1 configuration items, %2 relationships, %n baseline(s).</source>
        <translation>
            <numerusform>CMDB: %1 configuration items, %2 relationships, %n baseline.</numerusform>
            <numerusform>CMDB: %1 configuration items, %2 relationships, %n baselines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warranty(ies) end within %1.</source>
        <translation>
            <numerusform>%n warranty ends within %1.</numerusform>
            <numerusform>%n warranties end within %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>The workbook stayed busy for %n second(s): another user or program is holding it. Nothing was changed; try again.</source>
        <translation>
            <numerusform>The workbook stayed busy for %n second: another user or program is holding it. Nothing was changed; try again.</numerusform>
            <numerusform>The workbook stayed busy for %n seconds: another user or program is holding it. Nothing was changed; try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>Dry run, nothing was saved: of %n row(s), %1 would be created, %2 updated and %3 unchanged; %4 would be skipped.</source>
        <translation>
            <numerusform>Dry run, nothing was saved: of %n row, %1 would be created, %2 updated and %3 unchanged; %4 would be skipped.</numerusform>
            <numerusform>Dry run, nothing was saved: of %n rows, %1 would be created, %2 updated and %3 unchanged; %4 would be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n row(s), %1 created, %2 updated, %3 unchanged and %4 skipped.</source>
        <translation>
            <numerusform>Of %n row, %1 created, %2 updated, %3 unchanged and %4 skipped.</numerusform>
            <numerusform>Of %n rows, %1 created, %2 updated, %3 unchanged and %4 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything up to row %1 (line %2) is saved, in %n batch(es); nothing after it was imported.</source>
        <translation>
            <numerusform>Everything up to row %1 (line %2) is saved, in %n batch; nothing after it was imported.</numerusform>
            <numerusform>Everything up to row %1 (line %2) is saved, in %n batches; nothing after it was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) of the batch under way were rolled back.</source>
        <translation>
            <numerusform>The %n row of the batch under way were rolled back.</numerusform>
            <numerusform>The %n rows of the batch under way were rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows named %n record(s).</source>
        <translation>
            <numerusform>The rows named %n record.</numerusform>
            <numerusform>The rows named %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>P%1 without an update to the customer for %2 h %3 min (due every %n minute(s)).</source>
        <translation>
            <numerusform>P%1 without an update to the customer for %2 h %3 min (due every minute).</numerusform>
            <numerusform>P%1 without an update to the customer for %2 h %3 min (due every %n minutes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message numerus="yes">
        <source>Assign %n Incident(s)</source>
        <translation>
            <numerusform>Assign %n Incident</numerusform>
            <numerusform>Assign %n Incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Service Request(s)</source>
        <translation>
            <numerusform>Assign %n Service Request</numerusform>
            <numerusform>Assign %n Service Requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n Incident(s)</source>
        <translation>
            <numerusform>Resolve %n Incident</numerusform>
            <numerusform>Resolve %n Incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <source>%1 must have a value.</source>
        <translation>
            <numerusform>%1 must have a value.</numerusform>
            <numerusform>%1 must have values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>%n holiday</numerusform>
            <numerusform>%n holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra working day(s)</source>
        <translation>
            <numerusform>%n extra working day</numerusform>
            <numerusform>%n extra working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::BaselineDialog</name>
    <message numerus="yes">
        <source>Baseline &quot;%1&quot; taken: %n CI(s)</source>
        <translation>
            <numerusform>Baseline &quot;%1&quot; taken: %n CI</numerusform>
            <numerusform>Baseline &quot;%1&quot; taken: %n CIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n relationship(s).</source>
        <translation>
            <numerusform>, %n relationship.</numerusform>
            <numerusform>, %n relationships.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::BulkTicketDialog</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n ticket(s): %1</source>
        <translation>
            <numerusform>Assign %n ticket: %1</numerusform>
            <numerusform>Assign %n tickets: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n ticket(s): %1</source>
        <translation>
            <numerusform>Resolve %n ticket: %1</numerusform>
            <numerusform>Resolve %n tickets: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CalendarPage</name>
    <message numerus="yes">
        <source>Read %n date(s) from %1 into &quot;%2&quot;; they are saved with the calendar.</source>
        <translation>
            <numerusform>Read %n date from %1 into &quot;%2&quot;; it is saved with the calendar.</numerusform>
            <numerusform>Read %n dates from %1 into &quot;%2&quot;; they are saved with the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CategoryPage</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is removed when you save; the %n incident(s) that name it keep the name.</source>
        <translation>
            <numerusform>&quot;%1&quot; is removed when you save; the %n incident that names it keeps the name.</numerusform>
            <numerusform>&quot;%1&quot; is removed when you save; the %n incidents that name it keep the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CiGraphPanel</name>
    <message numerus="yes">
        <source>%n record(s) hidden.</source>
        <translation>
            <numerusform>%n record hidden.</numerusform>
            <numerusform>%n records hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overview: %n record(s)</source>
        <translation>
            <numerusform>Overview: %n record</numerusform>
            <numerusform>Overview: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A failure of %1 reaches %n record(s)</source>
        <translation>
            <numerusform>A failure of %1 reaches %n record</numerusform>
            <numerusform>A failure of %1 reaches %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n record(s)</source>
        <translation>
            <numerusform>%1 needs %n record</numerusform>
            <numerusform>%1 needs %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) around %1</source>
        <translation>
            <numerusform>%n record around %1</numerusform>
            <numerusform>%n records around %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with many relationships not expanded</source>
        <translation>
            <numerusform>%n record with many relationships not expanded</numerusform>
            <numerusform>%n records with many relationships not expanded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CiImpactView</name>
    <message numerus="yes">
        <source>A failure of %1 reaches %n configuration item(s)</source>
        <translation>
            <numerusform>A failure of %1 reaches %n configuration item</numerusform>
            <numerusform>A failure of %1 reaches %n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n configuration item(s)</source>
        <translation>
            <numerusform>%1 needs %n configuration item</numerusform>
            <numerusform>%1 needs %n configuration items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n service(s)</source>
        <translation>
            <numerusform>, %n service</numerusform>
            <numerusform>, %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n customer(s).</source>
        <translation>
            <numerusform> and %n customer.</numerusform>
            <numerusform> and %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CiPanel</name>
    <message numerus="yes">
        <source>Warranties that ended or end within %n day(s), soonest first</source>
        <translation>
            <numerusform>Warranties that ended or end within %n day, soonest first</numerusform>
            <numerusform>Warranties that ended or end within %n days, soonest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CmdbFindingsView</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n followed up.</source>
        <translation>
            <numerusform>, %n followed up.</numerusform>
            <numerusform>, %n followed up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::CreateProblemDialog</name>
    <message numerus="yes">
        <source>A problem is logged and linked to the %n incident(s) below. Impact and urgency give its priority, as for incidents.</source>
        <translation>
            <numerusform>A problem is logged and linked to the %n incident below. Impact and urgency give its priority, as for incidents.</numerusform>
            <numerusform>A problem is logged and linked to the %n incidents below. Impact and urgency give its priority, as for incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with %1 &quot;%2&quot;</source>
        <translation>
            <numerusform>%n incident with %1 &quot;%2&quot;</numerusform>
            <numerusform>%n incidents with %1 &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) raised by %1</source>
        <translation>
            <numerusform>%n incident raised by %1</numerusform>
            <numerusform>%n incidents raised by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened incident(s) with %1 &quot;%2&quot;</source>
        <translation>
            <numerusform>%n reopened incident with %1 &quot;%2&quot;</numerusform>
            <numerusform>%n reopened incidents with %1 &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::IncidentPanel</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets are selected; one bulk action takes at most %1.</source>
        <translation>
            <numerusform>%n ticket is selected; one bulk action takes at most %1.</numerusform>
            <numerusform>%n tickets are selected; one bulk action takes at most %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::KnownErrorView</name>
    <message numerus="yes">
        <source>Applied to %n incident(s)</source>
        <translation>
            <numerusform>Applied to %n incident</numerusform>
            <numerusform>Applied to %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::ProblemIncidentsView</name>
    <message numerus="yes">
        <source>%n incident(s) linked. Whether the fix holds is checked once the problem is resolved.</source>
        <translation>
            <numerusform>%n incident linked. Whether the fix holds is checked once the problem is resolved.</numerusform>
            <numerusform>%n incidents linked. Whether the fix holds is checked once the problem is resolved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::RecordPanel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::RelationTypesPage</name>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::SearchDock</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::ui::TrendPanel</name>
    <message numerus="yes">
        <source>%1, week of %2: %n incident(s)</source>
        <translation>
            <numerusform>%1, week of %2: %n incident</numerusform>
            <numerusform>%1, week of %2: %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in the last %1 days: groups of at least %2 incidents, repeat callers, reopened incidents</source>
        <translation>
            <numerusform>%n candidate in the last %1 days: groups of at least %2 incidents, repeat callers, reopened incidents</numerusform>
            <numerusform>%n candidates in the last %1 days: groups of at least %2 incidents, repeat callers, reopened incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reopened incident(s) of “%1”</source>
        <translation>
            <numerusform>%n reopened incident of “%1”</numerusform>
            <numerusform>%n reopened incidents of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) behind “%1”</source>
        <translation>
            <numerusform>%n incident behind “%1”</numerusform>
            <numerusform>%n incidents behind “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 from %n incident(s).</source>
        <translation>
            <numerusform>Created %1 from %n incident.</numerusform>
            <numerusform>Created %1 from %n incidents.</numerusform>
        </translation>
    </message>
</context>
</TS>
