<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>(%n more character(s) not shown.)</source>
        <extracomment>After the start of a very long error text from the server, on a line of its own. %n is how many characters are not shown.</extracomment>
        <translation>
            <numerusform>(%n more character not shown.)</numerusform>
            <numerusform>(%n more characters not shown.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureHealth</name>
    <message numerus="yes">
        <source>Not enough data: the server&apos;s totals have fewer than %n finished jobs and fewer than %n finished workflow runs.</source>
        <extracomment>The Overview&apos;s health line while too little has finished. %n is the smallest number of finished jobs or workflow runs a failure rate is judged from.</extracomment>
        <translation>
            <numerusform>Not enough data: the server&apos;s totals have fewer than %n finished job and fewer than %n finished workflow run.</numerusform>
            <numerusform>Not enough data: the server&apos;s totals have fewer than %n finished jobs and fewer than %n finished workflow runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data: this monitor has seen fewer than %n jobs and fewer than %n workflow runs finish.</source>
        <extracomment>The Overview&apos;s health line while too little has finished and the server&apos;s totals are not available. %n is the smallest number of finished jobs or workflow runs a failure rate is judged from.</extracomment>
        <translation>
            <numerusform>Not enough data: this monitor has seen fewer than %n job and fewer than %n workflow run finish.</numerusform>
            <numerusform>Not enough data: this monitor has seen fewer than %n jobs and fewer than %n workflow runs finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished job(s) failed.</source>
        <extracomment>The Overview&apos;s health line. %1 is the failure rate in percent (e.g. 3.5), %Ln the number of finished jobs.</extracomment>
        <translation>
            <numerusform>%1 % of %Ln finished job failed.</numerusform>
            <numerusform>%1 % of %Ln finished jobs failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished workflow run(s) failed.</source>
        <extracomment>The Overview&apos;s health line. %1 is the failure rate in percent (e.g. 3.5), %Ln the number of finished workflow runs.</extracomment>
        <translation>
            <numerusform>%1 % of %Ln finished workflow run failed.</numerusform>
            <numerusform>%1 % of %Ln finished workflow runs failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished job(s) failed, too few to judge.</source>
        <extracomment>The Overview&apos;s health line, for fewer finished jobs than the level is judged from. %1 is the failure rate in percent (e.g. 33.3), %Ln the number of finished jobs.</extracomment>
        <translation>
            <numerusform>%1 % of %Ln finished job failed, too few to judge.</numerusform>
            <numerusform>%1 % of %Ln finished jobs failed, too few to judge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished workflow run(s) failed, too few to judge.</source>
        <extracomment>The Overview&apos;s health line, for fewer finished workflow runs than the level is judged from. %1 is the failure rate in percent (e.g. 33.3), %Ln the number of finished workflow runs.</extracomment>
        <translation>
            <numerusform>%1 % of %Ln finished workflow run failed, too few to judge.</numerusform>
            <numerusform>%1 % of %Ln finished workflow runs failed, too few to judge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalGap</name>
    <message numerus="yes">
        <source>the journal fell behind and dropped %Ln event(s) it could not write in time</source>
        <extracomment>Why history has a hole. %L1 is how many events were received but not written (e.g. 12,345).</extracomment>
        <translation>
            <numerusform>the journal fell behind and dropped %Ln event it could not write in time</numerusform>
            <numerusform>the journal fell behind and dropped %Ln events it could not write in time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ConnectionSupervisor</name>
    <message numerus="yes">
        <source>Gave up after %n reconnect attempt(s): %1</source>
        <extracomment>Why the client stopped. %n is the number of reconnect attempts made after the first attempt failed, %1 why the last one failed.</extracomment>
        <translation>
            <numerusform>Gave up after %n reconnect attempt: %1</numerusform>
            <numerusform>Gave up after %n reconnect attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::CronDescription</name>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <extracomment>A cron schedule, e.g. &quot;every 2 hours&quot;; %n is the number of hours.</extracomment>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <extracomment>A cron schedule, e.g. &quot;every 5 minutes&quot;; %n is the number of minutes.</extracomment>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <extracomment>A cron schedule, e.g. &quot;every 30 seconds&quot;; %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>every second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLettersController</name>
    <message numerus="yes">
        <source>The server replayed %n dead letter(s), each as a fresh job; none failed.</source>
        <extracomment>After Replay All; %n is how many entries the server replayed.</extracomment>
        <translation>
            <numerusform>The server replayed %n dead letter, as a fresh job; it did not fail.</numerusform>
            <numerusform>The server replayed %n dead letters, each as a fresh job; none failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server deleted %n dead letter(s) older than 30 days.</source>
        <extracomment>After Purge; %n is how many entries the server deleted.</extracomment>
        <translation>
            <numerusform>The server deleted %n dead letter older than 30 days.</numerusform>
            <numerusform>The server deleted %n dead letters older than 30 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server replayed %n dead letter(s).</source>
        <extracomment>After Replay All when some failed, first sentence; %n is how many entries were replayed.</extracomment>
        <translation>
            <numerusform>The server replayed %n dead letter.</numerusform>
            <numerusform>The server replayed %n dead letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be replayed.</source>
        <extracomment>After Replay All, second sentence; %n is how many entries could not be replayed.</extracomment>
        <translation>
            <numerusform>%n could not be replayed.</numerusform>
            <numerusform>%n could not be replayed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLettersPage</name>
    <message numerus="yes">
        <source>%n dead letter(s) on the server at %1, replayed ones included.</source>
        <extracomment>Dead letters page. %n is the server&apos;s dead-letter count, %1 when it was fetched (HH:mm:ss).</extracomment>
        <translation>
            <numerusform>%n dead letter on the server at %1, replayed ones included.</numerusform>
            <numerusform>%n dead letters on the server at %1, replayed ones included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) on the server at %1, replayed ones included (the latest request failed: %2 %3).</source>
        <extracomment>Dead letters page: the last count stays when a later request fails. %n is that count, %1 when it was fetched (HH:mm:ss), %2 why the latest request failed, %3 the server&apos;s message.</extracomment>
        <translation>
            <numerusform>%n dead letter on the server at %1, replayed ones included (the latest request failed: %2 %3).</numerusform>
            <numerusform>%n dead letters on the server at %1, replayed ones included (the latest request failed: %2 %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) on the server as of %1, replayed ones included, from this profile&apos;s history; the server is asked once its admin API is found.</source>
        <extracomment>Dead letters page before the server was asked. %n is the count the journal kept, %1 a date and time.</extracomment>
        <translation>
            <numerusform>%n dead letter on the server as of %1, replayed ones included, from this profile&apos;s history; the server is asked once its admin API is found.</numerusform>
            <numerusform>%n dead letters on the server as of %1, replayed ones included, from this profile&apos;s history; the server is asked once its admin API is found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::EnqueueJobDialog</name>
    <message numerus="yes">
        <source>Enqueued %n job(s).</source>
        <extracomment>Status line of the Enqueue dialog after sending several copies. %n is the number of jobs enqueued.</extracomment>
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
        <extracomment>Count above the Events table. %1 is how many events the filter shows, %n how many were received.</extracomment>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n event(s)…</source>
        <extracomment>Progress dialog of the events export. %n is the number of events to write.</extracomment>
        <translation>
            <numerusform>Exporting %n event…</numerusform>
            <numerusform>Exporting %n events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s).</source>
        <extracomment>Status after the events export. %n is the number of events written.</extracomment>
        <translation>
            <numerusform>Saved %n event.</numerusform>
            <numerusform>Saved %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below them, in italics: the newest %n event(s) of this profile&apos;s history, as of %1; live events follow above as they arrive.</source>
        <extracomment>Above the Events table, after &quot;Events received since …&quot;. %n is how many events came from the profile&apos;s history, %1 the date and time the newest of them arrived.</extracomment>
        <translation>
            <numerusform>Below them, in italics: the newest event of this profile&apos;s history, as of %1; live events follow above as they arrive.</numerusform>
            <numerusform>Below them, in italics: the newest %n events of this profile&apos;s history, as of %1; live events follow above as they arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting events from the history: %n written…</source>
        <extracomment>Progress dialog of the export of the history&apos;s events. %n is how many are written so far.</extracomment>
        <translation>
            <numerusform>Exporting events from the history: %n written…</numerusform>
            <numerusform>Exporting events from the history: %n written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <extracomment>Tooltip of the history&apos;s Export… button after an export. %n is how many events were written, %1 the file.</extracomment>
        <translation>
            <numerusform>Saved %n event to %1.</numerusform>
            <numerusform>Saved %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::HistoryBanner</name>
    <message numerus="yes">
        <source>No events were recorded in %n span(s) after that; the last: %1</source>
        <extracomment>On the banner about rows from the journal, when the monitor heard nothing in several spans after the newest record. %n is how many (more than 3), %1 the sentence about the last one (&quot;No events recorded 14:02:05–14:09:31: the monitor was not running.&quot;).</extracomment>
        <translation>
            <numerusform>No events were recorded in %n span after that; the last: %1</numerusform>
            <numerusform>No events were recorded in %n spans after that; the last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::HistorySearchPanel</name>
    <message numerus="yes">
        <source>%n result(s) in the history.</source>
        <extracomment>Above the history search results: all of them are shown.</extracomment>
        <translation>
            <numerusform>%n result in the history.</numerusform>
            <numerusform>%n results in the history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n result(s) in the history; scroll down for more.</source>
        <extracomment>Above the history search results: more are read as the list is scrolled down.</extracomment>
        <translation>
            <numerusform>The newest %n result in the history; scroll down for more.</numerusform>
            <numerusform>The newest %n results in the history; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history has %n hole(s) here: the hatched row(s) say when nothing was recorded, and why.</source>
        <extracomment>Above the history search results, after what the search found. The hatched rows are holes in the history (times the monitor was not running, not connected, or could not write in time).</extracomment>
        <translation>
            <numerusform>The history has %n hole here: the hatched row says when nothing was recorded, and why.</numerusform>
            <numerusform>The history has %n holes here: the hatched rows say when nothing was recorded, and why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ItemListActions</name>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <extracomment>Status bar after exporting the Jobs or Workflows list. %n is the number of rows written, %1 the file.</extracomment>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::JobActionQuestion</name>
    <message numerus="yes">
        <source>Retry %n selected job(s)?</source>
        <extracomment>Question before retrying the jobs selected on the Jobs page; %n is how many.</extracomment>
        <translation>
            <numerusform>Retry %n selected job?</numerusform>
            <numerusform>Retry %n selected jobs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes, retry %n job(s) on this production server.</source>
        <extracomment>Checkbox of the question before retrying several jobs on a production server; %n is how many.</extracomment>
        <translation>
            <numerusform>Yes, retry %n job on this production server.</numerusform>
            <numerusform>Yes, retry %n jobs on this production server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n selected job(s)?</source>
        <extracomment>Question before cancelling the jobs selected on the Jobs page; %n is how many.</extracomment>
        <translation>
            <numerusform>Cancel %n selected job?</numerusform>
            <numerusform>Cancel %n selected jobs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes, cancel %n job(s) on this production server.</source>
        <extracomment>Checkbox of the question before cancelling several jobs on a production server; %n is how many.</extracomment>
        <translation>
            <numerusform>Yes, cancel %n job on this production server.</numerusform>
            <numerusform>Yes, cancel %n jobs on this production server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n selected job(s) as cancelled?</source>
        <extracomment>Question before relabelling the selected jobs as cancelled over DWP; %n is how many.</extracomment>
        <translation>
            <numerusform>Mark %n selected job as cancelled?</numerusform>
            <numerusform>Mark %n selected jobs as cancelled?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yes, relabel %n job(s) on this production server.</source>
        <extracomment>Checkbox of the question before relabelling several jobs on a production server; %n is how many.</extracomment>
        <translation>
            <numerusform>Yes, relabel %n job on this production server.</numerusform>
            <numerusform>Yes, relabel %n jobs on this production server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::JobActionsController</name>
    <message numerus="yes">
        <source>Working on %n job(s)…</source>
        <extracomment>Status bar while an action on several jobs is under way; %n is how many.</extracomment>
        <translation>
            <numerusform>Working on %n job…</numerusform>
            <numerusform>Working on %n jobs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <extracomment>After the first 20 failures of an action on several jobs; %n is how many more failed.</extracomment>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retried %1 of %n job(s).</source>
        <extracomment>Summary after retrying several jobs: %1 how many were retried, %n how many were selected.</extracomment>
        <translation>
            <numerusform>Retried %1 of %n job.</numerusform>
            <numerusform>Retried %1 of %n jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %1 of %n job(s).</source>
        <extracomment>Summary after cancelling several jobs: %1 how many were cancelled, %n how many were selected.</extracomment>
        <translation>
            <numerusform>Cancelled %1 of %n job.</numerusform>
            <numerusform>Cancelled %1 of %n jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %1 of %n job(s) as cancelled.</source>
        <extracomment>Summary after relabelling several jobs: %1 how many were relabelled, %n how many were selected.</extracomment>
        <translation>
            <numerusform>Relabelled %1 of %n job as cancelled.</numerusform>
            <numerusform>Relabelled %1 of %n jobs as cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::JobsPage</name>
    <message numerus="yes">
        <source>%n job(s) selected.</source>
        <extracomment>Above the Jobs table while several rows are selected; %n is how many.</extracomment>
        <translation>
            <numerusform>%n job selected.</numerusform>
            <numerusform>%n jobs selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) seen since %1. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table. %n is how many jobs the monitor has seen, %1 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%n job seen since %1. The server cannot list older jobs.</numerusform>
            <numerusform>%n jobs seen since %1. The server cannot list older jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) seen since connecting. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table. %n is how many jobs the monitor has seen.</extracomment>
        <translation>
            <numerusform>%n job seen since connecting. The server cannot list older jobs.</numerusform>
            <numerusform>%n jobs seen since connecting. The server cannot list older jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) seen since %2 match the filters. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table while filters are set. %1 is how many jobs pass them, %n how many the monitor has seen, %2 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%1 of %n job seen since %2 match the filters. The server cannot list older jobs.</numerusform>
            <numerusform>%1 of %n jobs seen since %2 match the filters. The server cannot list older jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) seen since connecting match the filters. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table while filters are set. %1 is how many jobs pass them, %n how many the monitor has seen.</extracomment>
        <translation>
            <numerusform>%1 of %n job seen since connecting match the filters. The server cannot list older jobs.</numerusform>
            <numerusform>%1 of %n jobs seen since connecting match the filters. The server cannot list older jobs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list keeps the newest %1 finished jobs: %n older one(s) left it.</source>
        <extracomment>Above the Jobs table, after the count of jobs seen. %1 is the most finished jobs the list keeps (--keep-jobs), %n how many older finished jobs have left it.</extracomment>
        <translation>
            <numerusform>The list keeps the newest %1 finished jobs: %n older one left it.</numerusform>
            <numerusform>The list keeps the newest %1 finished jobs: %n older ones left it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::Journal</name>
    <message numerus="yes">
        <source>The journal fell behind: %n event(s) received from %1 to %2 were not written to the history, which shows a gap there.</source>
        <extracomment>Status bar warning. %n is how many events were not kept, %1 and %2 the times (HH:mm:ss) the first and the last of them arrived. The journal is the profile&apos;s history file.</extracomment>
        <translation>
            <numerusform>The journal fell behind: %n event received from %1 to %2 was not written to the history, which shows a gap there.</numerusform>
            <numerusform>The journal fell behind: %n events received from %1 to %2 were not written to the history, which shows a gap there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::MainWindow</name>
    <message numerus="yes">
        <source>Reconnected; %n job(s) on screen refreshed.</source>
        <extracomment>Status bar after a reconnect, first sentence; %n is the number of jobs on screen fetched again.</extracomment>
        <translation>
            <numerusform>Reconnected; %n job on screen refreshed.</numerusform>
            <numerusform>Reconnected; %n jobs on screen refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) on screen refreshed.</source>
        <extracomment>Status bar after a reconnect, second sentence; %n is the number of workflow runs fetched again.</extracomment>
        <translation>
            <numerusform>%n run on screen refreshed.</numerusform>
            <numerusform>%n runs on screen refreshed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::MonitorController</name>
    <message numerus="yes">
        <source>Enqueued %n job(s); the last is %1.</source>
        <extracomment>Status bar after the Enqueue dialog sent several copies. %n is how many, %1 the last job&apos;s id (job_…), shown as a link.</extracomment>
        <translation>
            <numerusform>Enqueued %n job; the last is %1.</numerusform>
            <numerusform>Enqueued %n jobs; the last is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved run %1 with %n event(s) to %2.</source>
        <extracomment>Status bar after Save Run…. %1 is the run id, %2 the file, %n the number of its events saved.</extracomment>
        <translation>
            <numerusform>Saved run %1 with %n event to %2.</numerusform>
            <numerusform>Saved run %1 with %n events to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::OverviewPage</name>
    <message numerus="yes">
        <source>%n new failure(s) wait until the pointer leaves the list.</source>
        <extracomment>Beside &quot;Recent failures&quot; while the pointer rests on the list, which then holds still. %n is how many failures arrived meanwhile.</extracomment>
        <translation>
            <numerusform>%n new failure waits until the pointer leaves the list.</numerusform>
            <numerusform>%n new failures wait until the pointer leaves the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ProfileController</name>
    <message numerus="yes">
        <source>History cleared: %n record(s) deleted.</source>
        <extracomment>In the profile dialog after Clear History. %n is the number of records deleted.</extracomment>
        <translation>
            <numerusform>History cleared: %n record deleted.</numerusform>
            <numerusform>History cleared: %n records deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::PublishEventDialog</name>
    <message numerus="yes">
        <source>%n run(s) seen waiting for “%1”: one publish resumes one of them, whichever polls first.</source>
        <extracomment>Publish Event dialog. %n is how many runs the monitor has seen waiting, %1 the event name.</extracomment>
        <translation>
            <numerusform>%n run seen waiting for “%1”: a publish resumes it, as far as the monitor knows.</numerusform>
            <numerusform>%n runs seen waiting for “%1”: one publish resumes one of them, whichever polls first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) seen waiting for “%1”: one publish resumes one of them, whichever polls first, not necessarily run %2.</source>
        <extracomment>Publish Event dialog opened from a run while others wait too. %n is how many runs the monitor has seen waiting, %1 the event name, %2 the run the dialog was opened from (run_…).</extracomment>
        <translation>
            <numerusform>%n run seen waiting for “%1”: a publish resumes it, not necessarily run %2.</numerusform>
            <numerusform>%n runs seen waiting for “%1”: one publish resumes one of them, whichever polls first, not necessarily run %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::RecentFailuresModel</name>
    <message numerus="yes">
        <source>%n failed with this error; the newest is shown.</source>
        <extracomment>Tooltip of a row of recent failures that stands for several. %n is how many jobs or runs failed with this error; the id of the newest is shown above.</extracomment>
        <translation>
            <numerusform>%n failed with this error; the newest is shown.</numerusform>
            <numerusform>%n failed with this error; the newest is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::RunDetailPanel</name>
    <message numerus="yes">
        <source>No events were recorded in %n span(s) of this run&apos;s time, hatched in the chart (point at one to see when and why). Steps that began, failed or ended then may be missing here.</source>
        <extracomment>Under the title of the run detail panel when the monitor heard nothing in several spans of the run&apos;s time. %n is how many (at least 2).</extracomment>
        <translation>
            <numerusform>No events were recorded in %n span of this run&apos;s time, hatched in the chart (point at it to see when and why). Steps that began, failed or ended then may be missing here.</numerusform>
            <numerusform>No events were recorded in %n spans of this run&apos;s time, hatched in the chart (point at one to see when and why). Steps that began, failed or ended then may be missing here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::StartWorkflowDialog</name>
    <message numerus="yes">
        <source>%n workflow(s) registered on the server, offered with those seen since connecting.</source>
        <extracomment>Under the workflow name field of the Start Workflow dialog; %n is how many names the server has registered (GET /v1/workflows).</extracomment>
        <translation>
            <numerusform>%n workflow registered on the server, offered with those seen since connecting.</numerusform>
            <numerusform>%n workflows registered on the server, offered with those seen since connecting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::StatsPage</name>
    <message numerus="yes">
        <source>The history has %n hole(s) in this window, hatched on the charts: nothing was recorded there. Point at one to see when and why.</source>
        <extracomment>Note on the Stats page for a window read from the journal, after the note above, when it has holes (times the monitor was not running, not connected, or could not write in time). %n counts them; the charts hatch them.</extracomment>
        <translation>
            <numerusform>The history has %n hole in this window, hatched on the charts: nothing was recorded there. Point at it to see when and why.</numerusform>
            <numerusform>The history has %n holes in this window, hatched on the charts: nothing was recorded there. Point at one to see when and why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::WorkflowsPage</name>
    <message numerus="yes">
        <source>%n run(s) seen since %1. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table. %n is how many runs the monitor has seen, %1 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%n run seen since %1. The server cannot list older runs.</numerusform>
            <numerusform>%n runs seen since %1. The server cannot list older runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) seen since connecting. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table. %n is how many runs the monitor has seen.</extracomment>
        <translation>
            <numerusform>%n run seen since connecting. The server cannot list older runs.</numerusform>
            <numerusform>%n runs seen since connecting. The server cannot list older runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) seen since %2 match the filters. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table while filters are set. %1 is how many runs pass them, %n how many the monitor has seen, %2 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%1 of %n run seen since %2 match the filters. The server cannot list older runs.</numerusform>
            <numerusform>%1 of %n runs seen since %2 match the filters. The server cannot list older runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) seen since connecting match the filters. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table while filters are set. %1 is how many runs pass them, %n how many the monitor has seen.</extracomment>
        <translation>
            <numerusform>%1 of %n run seen since connecting match the filters. The server cannot list older runs.</numerusform>
            <numerusform>%1 of %n runs seen since connecting match the filters. The server cannot list older runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list keeps the newest %1 finished runs: %n older one(s) left it.</source>
        <extracomment>Above the Workflows table, after the count of runs seen. %1 is the most finished runs the list keeps, %n how many older finished runs have left it.</extracomment>
        <translation>
            <numerusform>The list keeps the newest %1 finished runs: %n older one left it.</numerusform>
            <numerusform>The list keeps the newest %1 finished runs: %n older ones left it.</numerusform>
        </translation>
    </message>
</context>
</TS>
