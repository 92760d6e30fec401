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
