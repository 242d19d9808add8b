<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FailureHealth</name>
    <message numerus="yes">
        <source>%1: %2 % of %Ln finished job(s) failed (healthy under %3 %, degraded under %4 %)</source>
        <translation>
            <numerusform>%1: %2 % of %Ln finished job failed (healthy under %3 %, degraded under %4 %)</numerusform>
            <numerusform>%1: %2 % of %Ln finished jobs failed (healthy under %3 %, degraded under %4 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::EnqueueJobDialog</name>
    <message numerus="yes">
        <source>Enqueued %n job(s).</source>
        <translation>
            <numerusform>Enqueued %n job.</numerusform>
            <numerusform>Enqueued %n jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::EventsPage</name>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n event(s)…</source>
        <translation>
            <numerusform>Exporting %n event…</numerusform>
            <numerusform>Exporting %n events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s).</source>
        <translation>
            <numerusform>Saved %n event.</numerusform>
            <numerusform>Saved %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::MainWindow</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
</TS>
