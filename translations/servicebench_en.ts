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
    <name>sb::ui::SearchDock</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
