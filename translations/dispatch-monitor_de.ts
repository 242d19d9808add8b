<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppText</name>
    <message>
        <source>Dispatch Monitor</source>
        <translation>Dispatch Monitor</translation>
    </message>
    <message>
        <source>Monitor a Dispatch job-queue and workflow server over the Dispatch Wire Protocol.</source>
        <translation>Überwacht einen Dispatch-Server für Job-Queues und Workflows über das Dispatch Wire Protocol.</translation>
    </message>
    <message>
        <source>Start the built-in demo server in this process and connect to it.</source>
        <translation>Den eingebauten Demo-Server in diesem Prozess starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>The server&apos;s DWP address, e.g. ws://host:8080/dwp.</source>
        <translation>Die DWP-Adresse des Servers, z. B. ws://host:8080/dwp.</translation>
    </message>
    <message>
        <source>url</source>
        <extracomment>The placeholder for --url&apos;s value in --help: --url &lt;url&gt;.</extracomment>
        <translation>url</translation>
    </message>
    <message>
        <source>The API token (default: the DISPATCH_TOKEN environment variable).</source>
        <translation>Das API-Token (Vorgabe: die Umgebungsvariable DISPATCH_TOKEN).</translation>
    </message>
    <message>
        <source>token</source>
        <extracomment>The placeholder for --token&apos;s value in --help: --token &lt;token&gt;.</extracomment>
        <translation>token</translation>
    </message>
    <message>
        <source>Wire format: json (default) or msgpack.</source>
        <translation>Übertragungsformat: json (Vorgabe) oder msgpack.</translation>
    </message>
    <message>
        <source>format</source>
        <extracomment>The placeholder for --format&apos;s value in --help: --format &lt;format&gt;.</extracomment>
        <translation>format</translation>
    </message>
    <message>
        <source>Save a screenshot of each page there, then quit.</source>
        <translation>Dort von jeder Seite ein Bildschirmfoto speichern, dann beenden.</translation>
    </message>
    <message>
        <source>directory</source>
        <extracomment>The placeholder for --screenshot-dir&apos;s value in --help.</extracomment>
        <translation>verzeichnis</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshots.</source>
        <translation>Millisekunden Wartezeit vor den Bildschirmfotos.</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>The placeholder for --screenshot-delay&apos;s value in --help (milliseconds).</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>--demo starts its own server; leave out --url.</source>
        <translation>--demo startet einen eigenen Server; --url bitte weglassen.</translation>
    </message>
    <message>
        <source>--format must be json or msgpack, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value the user gave; the option names and json/msgpack are literal, not translated.</extracomment>
        <translation>--format muss json oder msgpack sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <extracomment>%1 is the reason, e.g. that no port was free.</extracomment>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>--url must be a ws:// or wss:// address, not &quot;%1&quot;.</source>
        <extracomment>%1 is the address the user gave; ws:// and wss:// are literal.</extracomment>
        <translation>--url muss eine ws://- oder wss://-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Read and write the settings (profiles, window layout) in this file instead of the usual place.</source>
        <translation>Die Einstellungen (Profile, Fensteranordnung) in dieser Datei statt am üblichen Ort lesen und schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>The placeholder for --settings&apos; value in --help: --settings &lt;file&gt;.</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Demo (built-in)</source>
        <extracomment>The name of the profile of the demo server built into the app (--demo), shown in the profile list.</extracomment>
        <translation>Demo (eingebaut)</translation>
    </message>
    <message>
        <source>Close the connection rather than read a server message larger than this many MiB (default 64).</source>
        <translation>Die Verbindung schließen, statt eine Servernachricht zu lesen, die größer als so viele MiB ist (Vorgabe 64).</translation>
    </message>
    <message>
        <source>MiB</source>
        <extracomment>The placeholder for --max-message-mb&apos;s value in --help (mebibytes): --max-message-mb &lt;MiB&gt;.</extracomment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>--max-message-mb must be a number of MiB from 1 to 4096, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value the user gave.</extracomment>
        <translation>--max-message-mb muss eine Zahl von MiB zwischen 1 und 4096 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Show this job, run or cron (job_…, wfrun_…, cron_…) in the monitor that is already open, or in this one once it is connected.</source>
        <translation>Diesen Job, Lauf oder Cron (job_…, wfrun_…, cron_…) im bereits geöffneten Monitor zeigen, oder in diesem, sobald er verbunden ist.</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>The placeholder for --open&apos;s value in --help: --open &lt;id&gt;.</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 is shown in the monitor that is already open.</source>
        <extracomment>Printed when --open was handed to a monitor already open. %1 is the id.</extracomment>
        <translation>%1 wird im bereits geöffneten Monitor gezeigt.</translation>
    </message>
    <message>
        <source>Keep this many finished jobs in the Jobs list (default %1); older ones stay in the history on disk. Jobs not yet over are always kept.</source>
        <extracomment>--help. %1 is the default number of jobs, e.g. 200000.</extracomment>
        <translation>So viele beendete Jobs in der Job-Liste behalten (Standard %1); ältere bleiben im Verlauf auf der Festplatte. Jobs, die noch nicht beendet sind, bleiben immer.</translation>
    </message>
    <message>
        <source>jobs</source>
        <extracomment>The placeholder for --keep-jobs&apos; value in --help: --keep-jobs &lt;jobs&gt;.</extracomment>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>--keep-jobs must be a number of jobs from %1 to %2, not &quot;%3&quot;.</source>
        <extracomment>%1 and %2 are the least and the most jobs allowed, %3 the value the user gave.</extracomment>
        <translation>--keep-jobs muss eine Anzahl Jobs von %1 bis %2 sein, nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>CertificateTrustDialog</name>
    <message>
        <source>Certificate Not Trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>I have compared this fingerprint with the one the server&apos;s administrator gave me</source>
        <translation>Ich habe diesen Fingerabdruck mit dem verglichen, den mir die Administration des Servers genannt hat</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Exit status: 0 ok, 1 other failure, 2 bad request (400), 3 authentication (401),
4 permission (403), 5 not found (404), 6 unsupported method (405), 7 server error,
8 connection, 9 timeout, 10 unreadable reply, 64 usage, 65 invalid JSON argument.</source>
        <translation>Exit-Status: 0 ok, 1 anderer Fehler, 2 fehlerhafte Anfrage (400), 3 Authentifizierung (401),
4 Berechtigung (403), 5 nicht gefunden (404), 6 Methode nicht unterstützt (405), 7 Serverfehler,
8 Verbindung, 9 Zeitüberschreitung, 10 unlesbare Antwort, 64 Aufruf, 65 ungültiges JSON-Argument.</translation>
    </message>
    <message>
        <source>enqueue a job (options --queue Q, --priority P)</source>
        <translation>einen Job einreihen (Optionen --queue Q, --priority P)</translation>
    </message>
    <message>
        <source>show a job</source>
        <translation>einen Job zeigen</translation>
    </message>
    <message>
        <source>relabel a job as cancelled (does not stop a running handler)</source>
        <translation>einen Job als abgebrochen markieren (hält einen laufenden Handler nicht an)</translation>
    </message>
    <message>
        <source>start a workflow and wait until it ends</source>
        <translation>einen Workflow starten und warten, bis er endet</translation>
    </message>
    <message>
        <source>show a workflow run</source>
        <translation>einen Workflow-Lauf zeigen</translation>
    </message>
    <message>
        <source>show a run&apos;s step checkpoints</source>
        <translation>die Schritt-Checkpoints eines Laufs zeigen</translation>
    </message>
    <message>
        <source>publish an event that waiting workflows resume on</source>
        <translation>ein Event veröffentlichen, auf das wartende Workflows hin weiterlaufen</translation>
    </message>
    <message>
        <source>show the server&apos;s broker statistics</source>
        <translation>die Broker-Statistiken des Servers zeigen</translation>
    </message>
    <message>
        <source>print events as JSON lines (--count N to stop after N)</source>
        <translation>Events als JSON-Zeilen ausgeben (--count N: nach N aufhören)</translation>
    </message>
    <message>
        <source>print a run&apos;s events as JSON lines (--count N to stop after N)</source>
        <translation>die Events eines Laufs als JSON-Zeilen ausgeben (--count N: nach N aufhören)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>check DWP frames from standard input</source>
        <translation>DWP-Frames von der Standardeingabe prüfen</translation>
    </message>
    <message>
        <source>DISPATCH_URL and DISPATCH_TOKEN are the defaults for --url and --token.</source>
        <translation>DISPATCH_URL und DISPATCH_TOKEN sind die Vorgaben für --url und --token.</translation>
    </message>
    <message>
        <source>Talk to a Dispatch server over DWP.</source>
        <translation>Mit einem Dispatch-Server über DWP sprechen.</translation>
    </message>
    <message>
        <source>Server URL (ws:// or wss://, path /dwp).</source>
        <translation>Server-URL (ws:// oder wss://, Pfad /dwp).</translation>
    </message>
    <message>
        <source>API token (never printed).</source>
        <translation>API-Token (wird nie ausgegeben).</translation>
    </message>
    <message>
        <source>json or msgpack.</source>
        <translation>json oder msgpack.</translation>
    </message>
    <message>
        <source>enqueue: the queue.</source>
        <translation>enqueue: die Queue.</translation>
    </message>
    <message>
        <source>enqueue: the priority.</source>
        <translation>enqueue: die Priorität.</translation>
    </message>
    <message>
        <source>subscribe/watch: stop after N events.</source>
        <translation>subscribe/watch: nach N Events aufhören.</translation>
    </message>
    <message>
        <source>Log connection details to standard error.</source>
        <translation>Verbindungsdetails auf die Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>See the list below.</source>
        <translation>Siehe die Liste unten.</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>the JSON argument is not valid JSON: %1</source>
        <extracomment>dispatchctl error on standard error, after &quot;dispatchctl: &quot;. %1 is the JSON parser&apos;s message (English) with the offset of the error.</extracomment>
        <translation>das JSON-Argument ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Decode or encode DWP frames, one per line on standard input.
  decode: JSON text (--format json) or msgpack as hex (--format msgpack) in;
          each frame printed as one line of JSON in the server&apos;s own JSON form.
  encode: frames as JSON lines in; JSON text or msgpack hex out.
Exit status: 0 all lines ok, 1 some line was bad (named on stderr), 64 usage error.</source>
        <translation>DWP-Frames dekodieren oder kodieren, einer pro Zeile auf der Standardeingabe.
  decode: JSON-Text (--format json) oder msgpack als Hex (--format msgpack) hinein;
          jeder Frame wird als eine JSON-Zeile in der JSON-Form des Servers ausgegeben.
  encode: Frames als JSON-Zeilen hinein; JSON-Text oder msgpack-Hex heraus.
Exit-Status: 0 alle Zeilen ok, 1 eine Zeile war fehlerhaft (auf stderr genannt), 64 Aufruffehler.</translation>
    </message>
    <message>
        <source>decode or encode</source>
        <translation>decode oder encode</translation>
    </message>
    <message>
        <source>json or msgpack</source>
        <translation>json oder msgpack</translation>
    </message>
    <message>
        <source>usage: %1 (see --help)</source>
        <extracomment>dispatchctl frame error on standard error. %1 is the command&apos;s synopsis (not translated).</extracomment>
        <translation>Aufruf: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>dispatchctl frame: one problem per input line. %1 is the line number on standard input, %2 what is wrong with that line.</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>not an even-length hex string</source>
        <translation>keine Hex-Zeichenkette gerader Länge</translation>
    </message>
    <message>
        <source>Accept the server&apos;s TLS certificate although it fails verification, if its SHA-256 fingerprint is HEX (ab:cd:… or abcd…; repeatable).</source>
        <translation>Das TLS-Zertifikat des Servers trotz fehlgeschlagener Prüfung annehmen, wenn sein SHA-256-Fingerabdruck HEX ist (ab:cd:… oder abcd…; wiederholbar).</translation>
    </message>
    <message>
        <source>Refuse server messages larger than N bytes.</source>
        <translation>Servernachrichten ablehnen, die größer als N Bytes sind.</translation>
    </message>
    <message>
        <source>--max-message-bytes wants a number of bytes, at least 1024</source>
        <translation>--max-message-bytes erwartet eine Anzahl Bytes, mindestens 1024</translation>
    </message>
    <message>
        <source>--trust-sha256 wants the 64 hex digits of a SHA-256 fingerprint</source>
        <translation>--trust-sha256 erwartet die 64 Hexadezimalziffern eines SHA-256-Fingerabdrucks</translation>
    </message>
    <message>
        <source>the server&apos;s totals: jobs per state, dead letters, workflow runs</source>
        <translation>die Summen des Servers: Jobs je Zustand, Dead Letters, Workflow-Läufe</translation>
    </message>
    <message>
        <source>run failed jobs again</source>
        <translation>fehlgeschlagene Jobs erneut ausführen</translation>
    </message>
    <message>
        <source>count dead letters (replayed ones included)</source>
        <translation>Dead Letters zählen (erneut eingereihte eingeschlossen)</translation>
    </message>
    <message>
        <source>show a dead letter</source>
        <translation>einen Dead Letter zeigen</translation>
    </message>
    <message>
        <source>enqueue a dead letter&apos;s job afresh</source>
        <translation>den Job eines Dead Letters neu einreihen</translation>
    </message>
    <message>
        <source>replay the first 1000 dead letters not replayed yet (not repeated on failure)</source>
        <translation>die ersten 1000 noch nicht erneut eingereihten Dead Letters neu einreihen (bei Fehlern nicht wiederholt)</translation>
    </message>
    <message>
        <source>delete dead letters that failed more than 30 days ago</source>
        <translation>Dead Letters löschen, die vor mehr als 30 Tagen fehlschlugen</translation>
    </message>
    <message>
        <source>show a cron entry</source>
        <translation>einen Cron-Eintrag zeigen</translation>
    </message>
    <message>
        <source>let a cron entry fire again</source>
        <translation>einen Cron-Eintrag wieder auslösen lassen</translation>
    </message>
    <message>
        <source>stop a cron entry from firing</source>
        <translation>einen Cron-Eintrag nicht mehr auslösen lassen</translation>
    </message>
    <message>
        <source>delete a cron entry</source>
        <translation>einen Cron-Eintrag löschen</translation>
    </message>
    <message>
        <source>the workflow names registered on the server</source>
        <translation>die auf dem Server registrierten Workflow-Namen</translation>
    </message>
    <message>
        <source>The REST admin API&apos;s base URL (default: from --url, ws→http, wss→https, same host and port, path /dispatch).</source>
        <translation>Die Basis-URL der REST-Admin-API (Vorgabe: aus --url, ws→http, wss→https, gleicher Host und Port, Pfad /dispatch).</translation>
    </message>
    <message>
        <source>Send TOKEN as a bearer token to the REST admin API, for an authenticating proxy in front of it (never printed).</source>
        <translation>TOKEN als Bearer-Token an die REST-Admin-API senden, für einen authentifizierenden Proxy davor (wird nie ausgegeben).</translation>
    </message>
    <message>
        <source>--rest-url (or --url, which it is derived from) is not an http:// or https:// address</source>
        <translation>--rest-url (oder --url, woraus sie abgeleitet wird) ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <source>--timeout wants a positive number of seconds</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>no result within %1 s (--timeout)</source>
        <extracomment>%1 is the --timeout value in seconds</extracomment>
        <translation>kein Ergebnis innerhalb von %1 s (--timeout)</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <extracomment>dispatchctl message on standard error. %1 is why the connection was lost.</extracomment>
        <translation>Verbindung verloren (%1); neue Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>reconnected; events resume (those sent meanwhile are not replayed)</source>
        <translation>wieder verbunden; Events folgen wieder (die in der Zwischenzeit gesendeten werden nicht nachgeliefert)</translation>
    </message>
    <message>
        <source>Seconds the whole command may take, connecting included (for subscribe and watch: until subscribed).</source>
        <translation>Sekunden, die der ganze Befehl dauern darf, Verbindungsaufbau eingeschlossen (bei subscribe und watch: bis das Abonnement steht).</translation>
    </message>
    <message>
        <source>Seconds between pings that check the server is alive (0: none).</source>
        <translation>Sekunden zwischen Pings, die prüfen, ob der Server noch antwortet (0: keine).</translation>
    </message>
    <message>
        <source>subscribe/watch: reconnect and resume when the connection is lost, instead of exiting.</source>
        <translation>subscribe/watch: nach einem Verbindungsverlust neu verbinden und fortfahren, statt sich zu beenden.</translation>
    </message>
    <message>
        <source>--timeout and --heartbeat want a number of seconds, more than 0 (--heartbeat: 0 or more) and at most %1</source>
        <extracomment>%1 is the largest number of seconds accepted</extracomment>
        <translation>--timeout und --heartbeat erwarten eine Anzahl Sekunden, größer als 0 (--heartbeat: 0 oder mehr) und höchstens %1</translation>
    </message>
    <message>
        <source>--priority, --count, --format or --url has an invalid value</source>
        <translation>--priority, --count, --format oder --url hat einen ungültigen Wert</translation>
    </message>
    <message>
        <source>Request deadline in seconds.</source>
        <translation>Frist für Anfragen in Sekunden.</translation>
    </message>
</context>
<context>
    <name>ColumnVisibilityMenu</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column %1</source>
        <extracomment>Entry of the column menu for a column without a title. %1 is the column&apos;s number, from 1.</extracomment>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Dispatch server</source>
        <translation>Mit einem Dispatch-Server verbinden</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>ws://localhost:8080/dwp</source>
        <translation>ws://localhost:8080/dwp</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>API key (may be empty for servers without authentication)</source>
        <translation>API-Schlüssel (leer bei Servern ohne Anmeldung)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 is a whole number of milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 is a number of seconds: one decimal below ten (&quot;1.5&quot;), whole above</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>%1 is a whole number of minutes</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>%1 minutes and %2 seconds, whole numbers</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>%1 is a whole number of hours</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>%1 hours and %2 minutes, whole numbers</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>%1 days and %2 hours, whole numbers</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>EnqueueJobDialog</name>
    <message>
        <source>Enqueue Job</source>
        <translation>Job einreihen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>job handler name, e.g. send-email</source>
        <translation>Name des Job-Handlers, z. B. send-email</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Higher runs sooner. 0 keeps the server&apos;s default.</source>
        <translation>Höhere Werte laufen früher. 0 behält die Voreinstellung des Servers.</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Pa&amp;yload:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wie&amp;derholen:</translation>
    </message>
    <message>
        <source> time(s)</source>
        <translation> Mal</translation>
    </message>
    <message>
        <source>Enqueue the same job this many times, one request after another.</source>
        <translation>Denselben Job so oft einreihen, eine Anfrage nach der anderen.</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Server: %1 (%2).</source>
        <extracomment>%1 is the server&apos;s own error message (English, as sent), %2 its numeric code such as 403</extracomment>
        <translation>Server: %1 (%2).</translation>
    </message>
    <message>
        <source>No such job.</source>
        <translation>Diesen Job gibt es nicht.</translation>
    </message>
    <message>
        <source>No such workflow run.</source>
        <translation>Diesen Workflow-Lauf gibt es nicht.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>That is not a job id (job ids look like job_01h…).</source>
        <translation>Das ist keine Job-ID (Job-IDs sehen aus wie job_01h…).</translation>
    </message>
    <message>
        <source>That is not a run id (run ids look like wfrun_01h…).</source>
        <translation>Das ist keine Lauf-ID (Lauf-IDs sehen aus wie wfrun_01h…).</translation>
    </message>
    <message>
        <source>The server refused that channel.</source>
        <extracomment>Error headline, a failed subscribe request: the server could not read it (400).</extracomment>
        <translation>Der Server hat diesen Kanal abgelehnt.</translation>
    </message>
    <message>
        <source>The server rejected the token.</source>
        <translation>Der Server hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The server has no workflow by that name.</source>
        <translation>Der Server kennt keinen Workflow mit diesem Namen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Not connected to the server, or the connection dropped before it answered.</source>
        <translation>Keine Verbindung zum Server, oder die Verbindung brach ab, bevor er antwortete.</translation>
    </message>
    <message>
        <source>The server sent a reply this monitor could not read.</source>
        <translation>Der Server hat eine Antwort geschickt, die dieser Monitor nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The request was abandoned; the server may still carry it out.</source>
        <translation>Die Anfrage wurde aufgegeben; der Server führt sie womöglich trotzdem aus.</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>Ein unbekannter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>This token may not enqueue jobs.</source>
        <extracomment>Error headline, a failed job.enqueue request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Jobs einreihen.</translation>
    </message>
    <message>
        <source>This server cannot enqueue jobs.</source>
        <extracomment>Error headline, a failed job.enqueue request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Jobs einreihen.</translation>
    </message>
    <message>
        <source>The job could not be enqueued.</source>
        <extracomment>Error headline, a failed job.enqueue request: the server failed (500).</extracomment>
        <translation>Der Job konnte nicht eingereiht werden.</translation>
    </message>
    <message>
        <source>The server could not read the job to enqueue.</source>
        <extracomment>Error headline, a failed job.enqueue request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte den einzureihenden Job nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not read jobs.</source>
        <extracomment>Error headline, a failed job.get request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Jobs lesen.</translation>
    </message>
    <message>
        <source>This server cannot look up jobs.</source>
        <extracomment>Error headline, a failed job.get request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Jobs nachschlagen.</translation>
    </message>
    <message>
        <source>The job could not be read.</source>
        <extracomment>Error headline, a failed job.get request: the server failed (500).</extracomment>
        <translation>Der Job konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server could not read the request for the job.</source>
        <extracomment>Error headline, a failed job.get request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte die Anfrage nach dem Job nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not cancel jobs.</source>
        <extracomment>Error headline, a failed job.cancel request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Jobs abbrechen.</translation>
    </message>
    <message>
        <source>This server cannot cancel jobs.</source>
        <extracomment>Error headline, a failed job.cancel request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Jobs abbrechen.</translation>
    </message>
    <message>
        <source>The job could not be cancelled.</source>
        <extracomment>Error headline, a failed job.cancel request: the server failed (500).</extracomment>
        <translation>Der Job konnte nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>The server could not read the request to cancel the job.</source>
        <extracomment>Error headline, a failed job.cancel request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte die Anfrage, den Job abzubrechen, nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not start workflows.</source>
        <extracomment>Error headline, a failed workflow.start request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Workflows starten.</translation>
    </message>
    <message>
        <source>This server cannot start workflows.</source>
        <extracomment>Error headline, a failed workflow.start request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Workflows starten.</translation>
    </message>
    <message>
        <source>The workflow could not be started.</source>
        <extracomment>Error headline, a failed workflow.start request: the server failed (500).</extracomment>
        <translation>Der Workflow konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The server could not read the request to start the workflow.</source>
        <extracomment>Error headline, a failed workflow.start request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte die Anfrage, den Workflow zu starten, nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not read workflow runs.</source>
        <extracomment>Error headline, a failed workflow.get request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Workflow-Läufe lesen.</translation>
    </message>
    <message>
        <source>This server cannot look up workflow runs.</source>
        <extracomment>Error headline, a failed workflow.get request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Workflow-Läufe nachschlagen.</translation>
    </message>
    <message>
        <source>The workflow run could not be read.</source>
        <extracomment>Error headline, a failed workflow.get request: the server failed (500).</extracomment>
        <translation>Der Workflow-Lauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server could not read the request for the workflow run.</source>
        <extracomment>Error headline, a failed workflow.get request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte die Anfrage nach dem Workflow-Lauf nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not read workflow timelines.</source>
        <extracomment>Error headline, a failed workflow.timeline request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Zeitleisten von Workflow-Läufen lesen.</translation>
    </message>
    <message>
        <source>This server cannot send workflow timelines.</source>
        <extracomment>Error headline, a failed workflow.timeline request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Zeitleisten von Workflow-Läufen senden.</translation>
    </message>
    <message>
        <source>The timeline of the workflow run could not be read.</source>
        <extracomment>Error headline, a failed workflow.timeline request: the server failed (500).</extracomment>
        <translation>Die Zeitleiste des Workflow-Laufs konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server could not read the request for the timeline.</source>
        <extracomment>Error headline, a failed workflow.timeline request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte die Anfrage nach der Zeitleiste nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not publish events.</source>
        <extracomment>Error headline, a failed workflow.event request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Events veröffentlichen.</translation>
    </message>
    <message>
        <source>This server cannot publish events.</source>
        <extracomment>Error headline, a failed workflow.event request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Events veröffentlichen.</translation>
    </message>
    <message>
        <source>The event could not be published.</source>
        <extracomment>Error headline, a failed workflow.event request: the server failed (500).</extracomment>
        <translation>Das Event konnte nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The server could not read the event to publish.</source>
        <extracomment>Error headline, a failed workflow.event request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte das zu veröffentlichende Event nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not subscribe to events.</source>
        <extracomment>Error headline, a failed subscribe request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Events abonnieren.</translation>
    </message>
    <message>
        <source>This server cannot subscribe to events.</source>
        <extracomment>Error headline, a failed subscribe request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Events abonnieren.</translation>
    </message>
    <message>
        <source>The subscription could not be made.</source>
        <extracomment>Error headline, a failed subscribe request: the server failed (500).</extracomment>
        <translation>Das Abonnement konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>This token may not read server statistics.</source>
        <extracomment>Error headline, a failed stats request: the token lacks the scope (403).</extracomment>
        <translation>Dieses Token darf keine Serverstatistiken lesen.</translation>
    </message>
    <message>
        <source>This server cannot send statistics.</source>
        <extracomment>Error headline, a failed stats request: the server lacks the method (405).</extracomment>
        <translation>Dieser Server kann keine Statistiken senden.</translation>
    </message>
    <message>
        <source>The server statistics could not be read.</source>
        <extracomment>Error headline, a failed stats request: the server failed (500).</extracomment>
        <translation>Die Serverstatistiken konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server could not read the request for statistics.</source>
        <extracomment>Error headline, a failed stats request: the server could not read it (400).</extracomment>
        <translation>Der Server konnte die Anfrage nach Statistiken nicht lesen.</translation>
    </message>
    <message>
        <source>This token may not do that.</source>
        <translation>Dieses Token darf das nicht.</translation>
    </message>
    <message>
        <source>This token may not call %1.</source>
        <extracomment>%1 is a DWP method name such as job.list</extracomment>
        <translation>Dieses Token darf %1 nicht aufrufen.</translation>
    </message>
    <message>
        <source>This server cannot do that.</source>
        <translation>Dieser Server kann das nicht.</translation>
    </message>
    <message>
        <source>This server cannot call %1.</source>
        <extracomment>%1 is a DWP method name such as job.list</extracomment>
        <translation>Dieser Server kann %1 nicht ausführen.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The call of %1 failed.</source>
        <extracomment>%1 is a DWP method name such as job.list</extracomment>
        <translation>Der Aufruf von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server could not read the request.</source>
        <translation>Der Server konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>The token needs the scope %1.</source>
        <extracomment>%1 is a DWP scope such as job:write</extracomment>
        <translation>Das Token braucht den Scope %1.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more character(s) not shown.)</source>
        <extracomment>After the start of a very long error text from the server, on a line of its own. %n is how many characters are not shown.</extracomment>
        <translation>
            <numerusform>(%n weiteres Zeichen nicht angezeigt.)</numerusform>
            <numerusform>(%n weitere Zeichen nicht angezeigt.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureHealth</name>
    <message>
        <source>Not enough data</source>
        <translation>Zu wenige Daten</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Gestört</translation>
    </message>
    <message numerus="yes">
        <source>Not enough data: the server&apos;s totals have fewer than %n finished jobs and fewer than %n finished workflow runs.</source>
        <extracomment>The Overview&apos;s health line while too little has finished. %n is the smallest number of finished jobs or workflow runs a failure rate is judged from.</extracomment>
        <translation>
            <numerusform>Zu wenige Daten: Die Summen des Servers haben weniger als %n abgeschlossenen Job und weniger als %n abgeschlossenen Workflow-Lauf.</numerusform>
            <numerusform>Zu wenige Daten: Die Summen des Servers haben weniger als %n abgeschlossene Jobs und weniger als %n abgeschlossene Workflow-Läufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough data: this monitor has seen fewer than %n jobs and fewer than %n workflow runs finish.</source>
        <extracomment>The Overview&apos;s health line while too little has finished and the server&apos;s totals are not available. %n is the smallest number of finished jobs or workflow runs a failure rate is judged from.</extracomment>
        <translation>
            <numerusform>Zu wenige Daten: Dieser Monitor hat weniger als %n Job und weniger als %n Workflow-Lauf enden sehen.</numerusform>
            <numerusform>Zu wenige Daten: Dieser Monitor hat weniger als %n Jobs und weniger als %n Workflow-Läufe enden sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by the server&apos;s totals.</source>
        <extracomment>The Overview&apos;s health line. %1 is the level (Healthy, Degraded, Unhealthy).</extracomment>
        <translation>%1 nach den Summen des Servers.</translation>
    </message>
    <message>
        <source>%1 by what this monitor has seen.</source>
        <extracomment>The Overview&apos;s health line, when the server&apos;s totals are not available. %1 is the level.</extracomment>
        <translation>%1 nach dem, was dieser Monitor gesehen hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished job(s) failed.</source>
        <extracomment>The Overview&apos;s health line. %1 is the failure rate in percent (e.g. 3.5), %Ln the number of finished jobs.</extracomment>
        <translation>
            <numerusform>%1 % von %Ln beendeten Job sind fehlgeschlagen.</numerusform>
            <numerusform>%1 % von %Ln beendeten Jobs sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished workflow run(s) failed.</source>
        <extracomment>The Overview&apos;s health line. %1 is the failure rate in percent (e.g. 3.5), %Ln the number of finished workflow runs.</extracomment>
        <translation>
            <numerusform>%1 % von %Ln beendeten Workflow-Lauf sind fehlgeschlagen.</numerusform>
            <numerusform>%1 % von %Ln beendeten Workflow-Läufen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy under %1 %, degraded under %2 %.</source>
        <extracomment>The Overview&apos;s health line. %1 and %2 are the thresholds in percent.</extracomment>
        <translation>Gesund unter %1 %, beeinträchtigt unter %2 %.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished job(s) failed, too few to judge.</source>
        <extracomment>The Overview&apos;s health line, for fewer finished jobs than the level is judged from. %1 is the failure rate in percent (e.g. 33.3), %Ln the number of finished jobs.</extracomment>
        <translation>
            <numerusform>%1 % von %Ln beendeten Job sind fehlgeschlagen, zu wenige für ein Urteil.</numerusform>
            <numerusform>%1 % von %Ln beendeten Jobs sind fehlgeschlagen, zu wenige für ein Urteil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of %Ln finished workflow run(s) failed, too few to judge.</source>
        <extracomment>The Overview&apos;s health line, for fewer finished workflow runs than the level is judged from. %1 is the failure rate in percent (e.g. 33.3), %Ln the number of finished workflow runs.</extracomment>
        <translation>
            <numerusform>%1 % von %Ln beendeten Workflow-Lauf sind fehlgeschlagen, zu wenige für ein Urteil.</numerusform>
            <numerusform>%1 % von %Ln beendeten Workflow-Läufen sind fehlgeschlagen, zu wenige für ein Urteil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GanttBar</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 for %3&lt;br&gt;started %4, ended %5</source>
        <extracomment>Tooltip of a step&apos;s bar in the workflow run&apos;s Gantt chart (rich text). %1 is the step name, %2 its state (e.g. Running), %3 its duration (e.g. 3 min 5 s), %4 the start time (HH:mm:ss.zzz) or &quot;unknown&quot;, %5 the end time or &quot;not yet&quot;.</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3)&lt;br&gt;Beginn %4, Ende %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>GanttLayout</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1 for %2…</source>
        <extracomment>Never shown: the widest duration label of a Gantt bar, measured to reserve room; translate like &quot;%1 for %2&quot; in the bar tooltip. %1 is a state (e.g. Waiting), %2 a duration.</extracomment>
        <translation>%1 seit %2…</translation>
    </message>
</context>
<context>
    <name>GanttPainter</name>
    <message>
        <source>No steps recorded yet</source>
        <translation>Noch keine Schritte aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 for %2…</source>
        <extracomment>Beside the bar of a step still open in the Gantt chart. %1 is the step&apos;s state (e.g. Waiting), %2 how long it has been so (e.g. 3 min).</extracomment>
        <translation>%1 seit %2…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>JournalGap</name>
    <message>
        <source>the monitor was not connected to the server</source>
        <translation>der Monitor war nicht mit dem Server verbunden</translation>
    </message>
    <message numerus="yes">
        <source>the journal fell behind and dropped %Ln event(s) it could not write in time</source>
        <extracomment>Why history has a hole. %L1 is how many events were received but not written (e.g. 12,345).</extracomment>
        <translation>
            <numerusform>das Journal kam nicht nach und verwarf %Ln Event, das es nicht rechtzeitig schreiben konnte</numerusform>
            <numerusform>das Journal kam nicht nach und verwarf %Ln Events, die es nicht rechtzeitig schreiben konnte</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal fell behind and dropped the events it could not write in time</source>
        <translation>das Journal kam nicht nach und verwarf die Events, die es nicht rechtzeitig schreiben konnte</translation>
    </message>
    <message>
        <source>the monitor was not running</source>
        <translation>der Monitor lief nicht</translation>
    </message>
    <message>
        <source>the monitor was not connected, or could not keep up (recorded by an earlier version, which did not say which)</source>
        <translation>der Monitor war nicht verbunden oder kam nicht nach (von einer früheren Version aufgezeichnet, die nicht sagte, was davon)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of time: %1 its start, %2 its end (times, or dates and times).</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No events recorded %1: %2.</source>
        <extracomment>A row among history search results, or a chart&apos;s tooltip. %1 is a span of time (&quot;14:02:05–14:09:31&quot;), %2 why nothing was recorded then (&quot;the monitor was not running&quot;).</extracomment>
        <translation>Keine Events aufgezeichnet %1: %2.</translation>
    </message>
</context>
<context>
    <name>JournalReadProblem</name>
    <message>
        <source>The journal %1 is of a newer Dispatch Monitor (schema %2; this one knows up to %3): this monitor reads no history from it and leaves it as it is.</source>
        <extracomment>Status bar warning and search panel. %1 is the journal&apos;s file; %2 and %3 are schema version numbers.</extracomment>
        <translation>Das Journal %1 gehört zu einem neueren Dispatch Monitor (Schema %2; dieser kennt bis %3): Dieser Monitor liest keinen Verlauf daraus und lässt es unverändert.</translation>
    </message>
</context>
<context>
    <name>JsonDiagnostic</name>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>Under a JSON editor (payload, data) when the text is not valid JSON. %1 is the line number, %2 the column, %3 what is wrong (e.g. expected &apos;,&apos; or &apos;}&apos;).</extracomment>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>unexpected end of text: a JSON value is missing</source>
        <translation>unerwartetes Textende: ein JSON-Wert fehlt</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>&apos;:&apos; nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>unterminated string (a closing &apos;&quot;&apos; is missing)</source>
        <translation>nicht abgeschlossene Zeichenkette (das schließende &apos;&quot;&apos; fehlt)</translation>
    </message>
    <message>
        <source>control character in string (write \n or \t instead)</source>
        <translation>Steuerzeichen in Zeichenkette (stattdessen \n oder \t schreiben)</translation>
    </message>
    <message>
        <source>invalid UTF-8 in string</source>
        <translation>ungültiges UTF-8 in Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape in string</source>
        <translation>ungültige Escape-Sequenz in Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape (four hex digits expected)</source>
        <translation>ungültiges \u-Escape (vier Hexadezimalziffern erwartet)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number: digit expected after &apos;.&apos;</source>
        <translation>ungültige Zahl: Ziffer nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid number: digit expected in exponent</source>
        <translation>ungültige Zahl: Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>unknown word (only true, false and null are allowed; strings need quotes)</source>
        <translation>unbekanntes Wort (nur true, false und null sind erlaubt; Zeichenketten brauchen Anführungszeichen)</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>expected a key (a trailing &apos;,&apos; is not allowed)</source>
        <translation>Schlüssel erwartet (ein abschließendes &apos;,&apos; ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>expected a value (a trailing &apos;,&apos; is not allowed)</source>
        <translation>Wert erwartet (ein abschließendes &apos;,&apos; ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>unexpected end of text: &apos;%1&apos; from line %2, column %3 is not closed</source>
        <extracomment>Under a JSON editor when the text stops inside an object or array. %1 is the bracket ({ or [), %2 and %3 the line and column where it was opened.</extracomment>
        <translation>unerwartetes Textende: &apos;%1&apos; aus Zeile %2, Spalte %3 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>Checking the JSON…</source>
        <extracomment>Under a JSON editor holding a long text, while typing and until it has been checked.</extracomment>
        <translation>Das JSON wird geprüft…</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keyring did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open by ID</source>
        <translation>Nach ID öffnen</translation>
    </message>
    <message>
        <source>A job ID (job_…) or a workflow run ID (wfrun_…):</source>
        <translation>Eine Job-ID (job_…) oder die ID eines Workflow-Laufs (wfrun_…):</translation>
    </message>
    <message>
        <source>job_01h… or wfrun_01h…</source>
        <translation>job_01h… oder wfrun_01h…</translation>
    </message>
</context>
<context>
    <name>PlainTextTokenPrompt</name>
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>Send the token unencrypted to %1?</source>
        <extracomment>Question before sending a token over ws://. %1 is the server&apos;s host name.</extracomment>
        <translation>Das Token unverschlüsselt an %1 senden?</translation>
    </message>
    <message>
        <source>Send the token of “%1” unencrypted to %2?</source>
        <extracomment>Question before sending a token over ws://. %1 is the server profile&apos;s name, %2 the server&apos;s host name.</extracomment>
        <translation>Das Token von „%1“ unverschlüsselt an %2 senden?</translation>
    </message>
    <message>
        <source>%1 uses ws://, not wss://. The token, and everything the monitor shows, would travel in plain text across the network, readable by anyone on the way. Use a wss:// address if the server offers one.</source>
        <extracomment>Explanation under the unencrypted-token question. %1 is the server&apos;s host name.</extracomment>
        <translation>%1 verwendet ws://, nicht wss://. Das Token und alles, was der Monitor anzeigt, würden im Klartext über das Netzwerk gehen, lesbar für jeden auf dem Weg. Verwenden Sie eine wss://-Adresse, wenn der Server eine anbietet.</translation>
    </message>
    <message>
        <source>Send Unencrypted</source>
        <translation>Unverschlüsselt senden</translation>
    </message>
    <message>
        <source>Do not ask again for this profile</source>
        <translation>Für dieses Profil nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>ProfileSettingsCodec</name>
    <message>
        <source>Server profile “%1”: a token in the settings file was ignored; tokens are kept in the system keyring, never in this file.</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name in the settings file.</extracomment>
        <translation>Serverprofil „%1“: Ein Token in der Einstellungsdatei wurde ignoriert; Tokens werden im Schlüsselbund des Systems aufbewahrt, nie in dieser Datei.</translation>
    </message>
    <message>
        <source>Server profile “%1”: unknown setting “%2” ignored.</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name in the settings file, %2 the key of the setting this version does not know.</extracomment>
        <translation>Serverprofil „%1“: Unbekannte Einstellung „%2“ ignoriert.</translation>
    </message>
    <message>
        <source>Server profile “%1”: the trusted certificate fingerprint “%2” is not a SHA-256 digest in hex and was ignored.</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name in the settings file, %2 the fingerprint text as written there.</extracomment>
        <translation>Serverprofil „%1“: Der Fingerabdruck „%2“ eines vertrauenswürdigen Zertifikats ist kein SHA-256-Hash in Hexadezimalschreibweise und wurde ignoriert.</translation>
    </message>
    <message>
        <source>Server profile “%1” was skipped: another profile has the same name.</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name.</extracomment>
        <translation>Serverprofil „%1“ wurde übersprungen: Ein anderes Profil hat denselben Namen.</translation>
    </message>
    <message>
        <source>Server profile “%1” was skipped: it has no name.</source>
        <extracomment>Shown at start when the settings file has a broken profile. %1 is the profile&apos;s group name in the file.</extracomment>
        <translation>Serverprofil „%1“ wurde übersprungen: Es hat keinen Namen.</translation>
    </message>
    <message>
        <source>Server profile “%1” was skipped: it has no URL.</source>
        <extracomment>Shown at start when the settings file has a broken profile. %1 is the profile&apos;s name in the file.</extracomment>
        <translation>Serverprofil „%1“ wurde übersprungen: Es hat keine URL.</translation>
    </message>
    <message>
        <source>Server profile “%1” was skipped: its URL “%2” is not usable. %3</source>
        <extracomment>Shown at start. %1 is the profile&apos;s name in the settings file, %2 its URL as written there, %3 the sentence saying what is wrong with the URL (e.g. &quot;The address has no host name.&quot;).</extracomment>
        <translation>Serverprofil „%1“ wurde übersprungen: Seine URL „%2“ ist nicht verwendbar. %3</translation>
    </message>
    <message>
        <source>Server profile “%1” was skipped: its format “%2” is neither json nor msgpack.</source>
        <extracomment>Shown at start. %1 is the profile&apos;s name in the settings file, %2 the wire format written there; json and msgpack are the only values the file may hold (not translated).</extracomment>
        <translation>Serverprofil „%1“ wurde übersprungen: Sein Format „%2“ ist weder json noch msgpack.</translation>
    </message>
    <message>
        <source>Server profile “%1” was skipped: its environment “%2” is not production, staging, development or local.</source>
        <extracomment>Shown at start. %1 is the profile&apos;s name in the settings file, %2 the environment written there; production, staging, development and local are the values the file may hold (not translated).</extracomment>
        <translation>Serverprofil „%1“ wurde übersprungen: Seine Umgebung „%2“ ist weder production, staging, development noch local.</translation>
    </message>
    <message>
        <source>Server profile “%1”: the admin API address “%2” is not usable, so the admin API is off for now. %3</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name in the settings file, %2 the admin API address written there, %3 the sentence saying what is wrong with it.</extracomment>
        <translation>Serverprofil „%1“: Die Adresse der Admin-API „%2“ ist nicht verwendbar, daher ist die Admin-API vorerst aus. %3</translation>
    </message>
    <message>
        <source>Server profile “%1”: the server totals interval “%2” is not a number of seconds from %3 to %4; %5 s are used.</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name in the settings file, %2 the value written there, %3 and %4 the allowed range in seconds, %5 the default used.</extracomment>
        <translation>Serverprofil „%1“: Das Intervall der Serversummen „%2“ ist keine Zahl von Sekunden zwischen %3 und %4; es werden %5 s verwendet.</translation>
    </message>
    <message>
        <source>Server profile “%1”: the journal&apos;s maximum age “%2” is not a number of days from %3 to %4; %5 days are kept.</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name in the settings file, %2 the value written there, %3 and %4 the allowed range in days, %5 the default used.</extracomment>
        <translation>Serverprofil „%1“: Das Höchstalter des Journals „%2“ ist keine Zahl von Tagen zwischen %3 und %4; es werden %5 Tage behalten.</translation>
    </message>
    <message>
        <source>Server profile “%1”: the journal&apos;s maximum size “%2” is not a number of MB from %3 to %4; %5 MB are kept.</source>
        <extracomment>Shown at start when the settings file is read. %1 is the profile&apos;s name in the settings file, %2 the value written there, %3 and %4 the allowed range in MB, %5 the default used.</extracomment>
        <translation>Serverprofil „%1“: Die Höchstgröße des Journals „%2“ ist keine Zahl von MB zwischen %3 und %4; es werden %5 MB behalten.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>z. B. Produktion EU</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>wss://dispatch.example.org/dwp</source>
        <translation>wss://dispatch.example.org/dwp</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remove the stored token of this profile</source>
        <translation>Das gespeicherte Token dieses Profils entfernen</translation>
    </message>
    <message>
        <source>Send the token over unencrypted ws:// without asking</source>
        <translation>Token ohne Rückfrage über unverschlüsseltes ws:// senden</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Vertrauenswürdige Zertifikate:</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Dem ausgewählten Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Add C&amp;urrent Connection</source>
        <translation>A&amp;ktuelle Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>A new profile with the address, format, token and trusted certificates of the connection on screen</source>
        <translation>Ein neues Profil mit Adresse, Format, Token und vertrauten Zertifikaten der angezeigten Verbindung</translation>
    </message>
    <message>
        <source>Admin &amp;API:</source>
        <translation>Admin-&amp;API:</translation>
    </message>
    <message>
        <source>https://dispatch.example.org/dispatch</source>
        <translation>https://dispatch.example.org/dispatch</translation>
    </message>
    <message>
        <source>Send the token to the admin API as a bearer header</source>
        <translation>Das Token als Bearer-Header an die Admin-API senden</translation>
    </message>
    <message>
        <source>Server totals &amp;every:</source>
        <translation>Serversummen &amp;alle:</translation>
    </message>
    <message>
        <source>Keep &amp;history for:</source>
        <translation>&amp;Verlauf behalten für:</translation>
    </message>
    <message>
        <source>at &amp;most</source>
        <translation>&amp;höchstens</translation>
    </message>
    <message>
        <source>C&amp;lear History…</source>
        <translation>Verlauf &amp;leeren …</translation>
    </message>
</context>
<context>
    <name>PublishEventDialog</name>
    <message>
        <source>Publish Event</source>
        <translation>Event veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Event name:</source>
        <translation>&amp;Event-Name:</translation>
    </message>
    <message>
        <source>event name, e.g. payment-received</source>
        <translation>Event-Name, z. B. payment-received</translation>
    </message>
    <message>
        <source>Pa&amp;yload:</source>
        <translation>Pa&amp;yload:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>One publish resumes one run waiting for this event name, whichever polls the server first. Nothing in the event routes it to a particular run, not even to the run on screen.</source>
        <translation>Eine Veröffentlichung setzt einen Lauf fort, der auf diesen Event-Namen wartet: den, der den Server zuerst abfragt. Nichts im Event leitet es an einen bestimmten Lauf, auch nicht an den angezeigten.</translation>
    </message>
    <message>
        <source>More than one run is waiting for this name: this publish may resume a run you do not mean, and it cannot be taken back.</source>
        <translation>Mehr als ein Lauf wartet auf diesen Namen: Diese Veröffentlichung kann einen Lauf fortsetzen, den Sie nicht meinen, und lässt sich nicht zurücknehmen.</translation>
    </message>
</context>
<context>
    <name>ServerEnvironment</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server&apos;s DWP address, for example ws://localhost:8080/dwp.</source>
        <translation>Geben Sie die DWP-Adresse des Servers ein, zum Beispiel ws://localhost:8080/dwp.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <extracomment>Under the address field of the profile dialog. %1 is Qt&apos;s (English) description of what is wrong with the URL.</extracomment>
        <translation>Das ist keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss:// (DWP runs over WebSocket).</source>
        <translation>Die Adresse muss mit ws:// oder wss:// beginnen (DWP läuft über WebSocket).</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file %1 cannot be read: it is a folder.</source>
        <extracomment>Shown at start in the status bar. %1 is the path of the settings file.</extracomment>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden: Sie ist ein Ordner.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read: %2.</source>
        <extracomment>Shown at start in the status bar. %1 is the path of the settings file, %2 the system&apos;s reason (e.g. &quot;Permission denied&quot;).</extracomment>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (access denied).</source>
        <extracomment>Shown at start in the status bar. %1 is the path of the settings file.</extracomment>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The settings file %1 is not a valid settings (INI) file; what could be read is used.</source>
        <extracomment>Shown at start in the status bar. %1 is the path of the settings file.</extracomment>
        <translation>Die Einstellungsdatei %1 ist keine gültige Einstellungsdatei (INI); verwendet wird, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Changes made in this session are not saved, so that the file stays as it is; fix or remove it and restart.</source>
        <translation>Änderungen in dieser Sitzung werden nicht gespeichert, damit die Datei bleibt, wie sie ist; korrigieren oder entfernen Sie sie und starten Sie neu.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <extracomment>Shown in the status bar when saving failed. %1 is the path of the settings file.</extracomment>
        <translation>Die Einstellungen konnten nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>StartWorkflowDialog</name>
    <message>
        <source>Start Workflow</source>
        <translation>Workflow starten</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StateVocabulary</name>
    <message>
        <source>Unknown</source>
        <comment>state of a job or run not yet known</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>job state</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job, run or step state</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>job, run or step state</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job, run or step state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retrying</source>
        <comment>job state</comment>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>job state</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>workflow step state</comment>
        <translation>Wartet</translation>
    </message>
</context>
<context>
    <name>dispatch::AdminApiCapabilities</name>
    <message>
        <source>The REST admin API is switched off for this connection: no server totals, retries, dead letters or cron actions.</source>
        <translation>Die REST-Admin-API ist für diese Verbindung ausgeschaltet: keine Serversummen, Wiederholungen, Dead Letters oder Cron-Aktionen.</translation>
    </message>
    <message>
        <source>This server has no admin API at %1 (%2). Server totals, retries, dead letters and cron actions are unavailable; everything else works over DWP.</source>
        <extracomment>%1 the admin API&apos;s base URL, %2 the error</extracomment>
        <translation>Dieser Server hat keine Admin-API unter %1 (%2). Serversummen, Wiederholungen, Dead Letters und Cron-Aktionen sind nicht verfügbar; alles andere funktioniert über DWP.</translation>
    </message>
    <message>
        <source>This server cannot list jobs, workflow runs, dead letters or crons (%1): lists show what was seen live and what is opened by id.</source>
        <extracomment>%1 the error of the list probe</extracomment>
        <translation>Dieser Server kann Jobs, Workflow-Läufe, Dead Letters und Crons nicht auflisten (%1): Listen zeigen, was live gesehen und was per ID geöffnet wurde.</translation>
    </message>
    <message>
        <source>This server cannot list jobs, workflow runs, dead letters or crons (its list routes answer 404, as on every Dispatch server built with forge v1.8.0): lists show what was seen live and what is opened by id.</source>
        <translation>Dieser Server kann Jobs, Workflow-Läufe, Dead Letters und Crons nicht auflisten (seine Listen-Routen antworten mit 404, wie auf jedem mit forge v1.8.0 gebauten Dispatch-Server): Listen zeigen, was live gesehen und was per ID geöffnet wurde.</translation>
    </message>
</context>
<context>
    <name>dispatch::AdminApiChoice</name>
    <message>
        <source>Enter the admin API&apos;s address, for example https://dispatch.example.org/dispatch.</source>
        <translation>Geben Sie die Adresse der Admin-API ein, zum Beispiel https://dispatch.example.org/dispatch.</translation>
    </message>
    <message>
        <source>The admin API address is not valid: %1</source>
        <extracomment>Under the admin API address field of the profile dialog. %1 is Qt&apos;s (English) description of what is wrong with the URL.</extracomment>
        <translation>Die Adresse der Admin-API ist ungültig: %1</translation>
    </message>
    <message>
        <source>The admin API address must start with http:// or https://.</source>
        <translation>Die Adresse der Admin-API muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The admin API address has no host name.</source>
        <translation>Die Adresse der Admin-API hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The admin API address must not have a query or a fragment: the monitor adds /v1/… to it.</source>
        <translation>Die Adresse der Admin-API darf keine Query und kein Fragment haben: Der Monitor hängt /v1/… an.</translation>
    </message>
</context>
<context>
    <name>dispatch::AdminApiClient</name>
    <message>
        <source>The REST admin API is switched off for this connection.</source>
        <translation>Die REST-Admin-API ist für diese Verbindung ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>dispatch::AdminApiReply</name>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Inhalt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>A glimpse of an unexpected reply body without a content type, the last placeholder of the admin API errors. %1 is the start of the body.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <extracomment>A glimpse of an unexpected reply body, the last placeholder of the admin API errors. %1 is the content type (e.g. text/html), %2 the start of the body.</extracomment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>The admin API at %1 answered HTTP %2 with a body that cannot be read (%3): %4</source>
        <extracomment>%1 URL, %2 HTTP status, %3 what was wrong, %4 the body&apos;s start</extracomment>
        <translation>Die Admin-API unter %1 antwortete mit HTTP %2 und einem Inhalt, der nicht gelesen werden kann (%3): %4</translation>
    </message>
    <message>
        <source>The admin API at %1 answered with a redirect (HTTP %2) to %3, which is not followed. Check the admin API address, or whether a proxy asks for a login.</source>
        <extracomment>%1 URL, %2 HTTP status, %3 the redirect&apos;s target</extracomment>
        <translation>Die Admin-API unter %1 antwortete mit einer Weiterleitung (HTTP %2) nach %3, der nicht gefolgt wird. Prüfen Sie die Adresse der Admin-API oder ob ein Proxy eine Anmeldung verlangt.</translation>
    </message>
    <message>
        <source>The admin API at %1 answered HTTP %2, which this client does not expect here: %3</source>
        <extracomment>Error from the admin (REST) API. %1 is the API URL, %2 the HTTP status code, %3 a glimpse of the reply (content type and the start of the body).</extracomment>
        <translation>Die Admin-API unter %1 antwortete mit HTTP %2, was dieser Client hier nicht erwartet: %3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2, with a body that is not the admin API&apos;s: %3</source>
        <extracomment>%1 HTTP status, %2 URL, %3 the body&apos;s start (often a proxy&apos;s HTML error page)</extracomment>
        <translation>HTTP %1 von %2, mit einem Inhalt, der nicht von der Admin-API stammt: %3</translation>
    </message>
</context>
<context>
    <name>dispatch::AdminApiSession</name>
    <message>
        <source>The admin API at %1 answered without any authentication: anyone who can reach that address can retry and cancel jobs, replay and purge dead letters and delete crons.</source>
        <extracomment>On the Overview page. %1 is the admin API&apos;s address, e.g. http://dispatch.example.org:8080/dispatch.</extracomment>
        <translation>Die Admin-API unter %1 hat ohne jede Authentifizierung geantwortet: Wer diese Adresse erreicht, kann Jobs erneut ausführen und abbrechen, Dead Letters erneut einreihen und löschen und Crons löschen.</translation>
    </message>
</context>
<context>
    <name>dispatch::AdminApiTransport</name>
    <message>
        <source>The admin API at %1 did not answer within %2 ms.</source>
        <extracomment>Error from the admin (REST) API. %1 is the request URL, %2 the deadline in milliseconds.</extracomment>
        <translation>Die Admin-API unter %1 hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>The reply from %1 is larger than %2 bytes and was refused.</source>
        <extracomment>Error from the admin (REST) API. %1 is the request URL, %2 the size limit in bytes.</extracomment>
        <translation>Die Antwort von %1 ist größer als %2 Bytes und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not reach the admin API at %1: %2</source>
        <extracomment>Error from the admin (REST) API. %1 is the request URL, %2 the network error from Qt (English).</extracomment>
        <translation>Die Admin-API unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The reply from %1 broke off before its body was complete: %2</source>
        <extracomment>Error from the admin (REST) API. %1 is the request URL, %2 the network error from Qt (English).</extracomment>
        <translation>Die Antwort von %1 brach ab, bevor ihr Inhalt vollständig war: %2</translation>
    </message>
</context>
<context>
    <name>dispatch::CertificateProblem</name>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint is %1.</source>
        <extracomment>Second sentence of the certificate message. %1 is the certificate&apos;s SHA-256 fingerprint in hex pairs (ab:cd:…).</extracomment>
        <translation>Sein SHA-256-Fingerabdruck ist %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed.</source>
        <translation>Das Zertifikat des Servers ist selbst signiert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <extracomment>%1 is the expiry date (ISO 8601, 2026-01-31T12:00:00Z).</extracomment>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for a different name (%1).</source>
        <extracomment>%1 is the certificate&apos;s subject (the name it was issued for).</extracomment>
        <translation>Das Zertifikat des Servers wurde für einen anderen Namen ausgestellt (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Das Zertifikat des Servers wurde widerrufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is signed by an authority this computer does not trust (%1).</source>
        <extracomment>%1 is the issuer&apos;s name.</extracomment>
        <translation>Das Zertifikat des Servers ist von einer Stelle signiert, der dieser Computer nicht vertraut (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1.</source>
        <extracomment>%1 is Qt&apos;s TLS error texts, separated by semicolons.</extracomment>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for host %1 is self-signed.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>Das Zertifikat des Servers für den Host %1 ist selbst signiert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for host %1 expired on %2.</source>
        <extracomment>%1 is the server&apos;s host name, %2 the expiry date (ISO 8601, 2026-01-31T12:00:00Z).</extracomment>
        <translation>Das Zertifikat des Servers für den Host %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for host %1 is not valid yet.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>Das Zertifikat des Servers für den Host %1 ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for host %1 was issued for a different name (%2).</source>
        <extracomment>%1 is the server&apos;s host name, %2 the certificate&apos;s subject (the name it was issued for).</extracomment>
        <translation>Das Zertifikat des Servers für den Host %1 wurde für einen anderen Namen ausgestellt (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for host %1 has been revoked.</source>
        <extracomment>%1 is the server&apos;s host name.</extracomment>
        <translation>Das Zertifikat des Servers für den Host %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for host %1 is signed by an authority this computer does not trust (%2).</source>
        <extracomment>%1 is the server&apos;s host name, %2 the issuer&apos;s name.</extracomment>
        <translation>Das Zertifikat des Servers für den Host %1 ist von einer Stelle signiert, der dieser Computer nicht vertraut (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for host %1 was not accepted: %2.</source>
        <extracomment>%1 is the server&apos;s host name, %2 Qt&apos;s TLS error texts, separated by semicolons.</extracomment>
        <translation>Das Zertifikat des Servers für den Host %1 wurde nicht akzeptiert: %2.</translation>
    </message>
</context>
<context>
    <name>dispatch::CertificateTrustDialog</name>
    <message>
        <source>The certificate of %1 could not be verified, so the monitor did not connect.</source>
        <extracomment>Headline of the certificate trust dialog. %1 is the server&apos;s host name.</extracomment>
        <translation>Das Zertifikat von %1 konnte nicht geprüft werden, daher hat der Monitor keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <extracomment>Issuer row of the certificate trust dialog. %1 is the issuer&apos;s name (the same as the subject).</extracomment>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 — expired</source>
        <extracomment>Expiry row of the certificate trust dialog. %1 is the expiry date and time in long local format.</extracomment>
        <translation>%1 — abgelaufen</translation>
    </message>
    <message>
        <source>Trust it only if the server&apos;s administrator confirms this fingerprint. The trust holds for this connection only; save the server as a profile to keep it.</source>
        <translation>Vertrauen Sie ihm nur, wenn die Administration des Servers diesen Fingerabdruck bestätigt. Das Vertrauen gilt nur für diese Verbindung; speichern Sie den Server als Profil, um es zu behalten.</translation>
    </message>
    <message>
        <source>Trust it only if the server&apos;s administrator confirms this fingerprint. The monitor then trusts exactly this certificate for the profile “%1”; any other certificate is refused again.</source>
        <extracomment>Advice in the certificate trust dialog. %1 is the server profile&apos;s name.</extracomment>
        <translation>Vertrauen Sie ihm nur, wenn die Administration des Servers diesen Fingerabdruck bestätigt. Der Monitor vertraut dann genau diesem Zertifikat für das Profil „%1“; jedes andere Zertifikat wird wieder abgelehnt.</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>dispatch::CloseFrameWitness</name>
    <message>
        <source>a message from the server exceeded the limit of %1 bytes (maxIncomingMessageBytes); the connection was closed before it was read</source>
        <extracomment>Why the connection was closed. %1 is the size limit in bytes; maxIncomingMessageBytes is a setting name (not translated).</extracomment>
        <translation>eine Nachricht des Servers überschritt die Grenze von %1 Bytes (maxIncomingMessageBytes); die Verbindung wurde geschlossen, bevor sie gelesen wurde</translation>
    </message>
    <message>
        <source>the server closed the connection with a close frame without a status code</source>
        <translation>der Server hat die Verbindung mit einem Close-Frame ohne Statuscode geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection with close code %1 and no reason</source>
        <extracomment>Why the connection was closed. %1 is the WebSocket close code (a number, e.g. 1011).</extracomment>
        <translation>der Server hat die Verbindung mit Close-Code %1 ohne Begründung geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection with close code %1: %2</source>
        <extracomment>%1 is a WebSocket close code, %2 the server&apos;s reason</extracomment>
        <translation>der Server hat die Verbindung mit Close-Code %1 geschlossen: %2</translation>
    </message>
    <message>
        <source>the server closed the connection without a close frame</source>
        <translation>der Server hat die Verbindung ohne Close-Frame geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection with a close code Qt does not accept (Qt reports it as 1002 and drops the server&apos;s reason)</source>
        <translation>der Server hat die Verbindung mit einem Close-Code geschlossen, den Qt nicht annimmt (Qt meldet ihn als 1002 und verwirft die Begründung des Servers)</translation>
    </message>
    <message>
        <source>the connection was closed with close code %1: %2</source>
        <extracomment>%1 is a WebSocket close code, %2 the reason Qt gives</extracomment>
        <translation>die Verbindung wurde mit Close-Code %1 geschlossen: %2</translation>
    </message>
</context>
<context>
    <name>dispatch::ConnectDialog</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&lt;small&gt;MessagePack is smaller on the wire. Servers that send it as text frames cannot be read that way; the monitor then switches to JSON by itself and says so.&lt;/small&gt;</source>
        <translation>&lt;small&gt;MessagePack ist auf der Leitung kleiner. Server, die es in Text-Frames senden, lassen sich so nicht lesen; der Monitor wechselt dann von selbst zu JSON und meldet das.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>dispatch::ConnectionBar</name>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connect to another server</source>
        <translation>Mit einem anderen Server verbinden</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Kein Server</translation>
    </message>
    <message>
        <source>session %1</source>
        <extracomment>Connection bar. %1 is the server&apos;s session id for this connection.</extracomment>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>ping %1 ms</source>
        <extracomment>Connection bar. %1 is the last ping&apos;s round trip in milliseconds.</extracomment>
        <translation>Ping %1 ms</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Melde an…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <extracomment>Connection bar while waiting to reconnect. %1 is the number of seconds left.</extracomment>
        <translation>Neuer Verbindungsversuch in %1 s</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <extracomment>Connection bar after the connection was closed for good. %1 is the reason (a whole sentence or the server&apos;s message).</extracomment>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <extracomment>Tooltip of the connection state while reconnecting. %1 is the number of the reconnect attempt, from 1.</extracomment>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Add, edit or remove server profiles</source>
        <translation>Serverprofile hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>Disconnected by you</source>
        <extracomment>Connection bar after the operator chose File → Disconnect.</extracomment>
        <translation>Von Ihnen getrennt</translation>
    </message>
</context>
<context>
    <name>dispatch::ConnectionSupervisor</name>
    <message>
        <source>not connected to %1</source>
        <extracomment>Error of a request made while not connected. %1 is the server URL.</extracomment>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>not connected to %1 (%2)</source>
        <extracomment>Error of a request made while not connected. %1 is the server URL, %2 why the last connection ended.</extracomment>
        <translation>nicht mit %1 verbunden (%2)</translation>
    </message>
    <message>
        <source>the connection attempt was superseded</source>
        <translation>der Verbindungsversuch wurde durch einen neueren ersetzt</translation>
    </message>
    <message>
        <source>The server sends msgpack in WebSocket text messages, which Qt cannot read; using JSON with this server.</source>
        <translation>Der Server sendet msgpack in WebSocket-Textnachrichten, die Qt nicht lesen kann; mit diesem Server wird JSON verwendet.</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <extracomment>Why the client stopped (connection bar and status bar). %1 is why the connection was closed.</extracomment>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>Token rejected: %1</source>
        <extracomment>Why the client stopped: the server refused the API token. %1 is the server&apos;s message.</extracomment>
        <translation>Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Untrusted certificate: %1</source>
        <extracomment>Why the client stopped. %1 is the certificate sentence (&quot;The server&apos;s certificate … is self-signed (SHA-256 …).&quot;).</extracomment>
        <translation>Nicht vertrauenswürdiges Zertifikat: %1</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>vom Client geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n reconnect attempt(s): %1</source>
        <extracomment>Why the client stopped. %n is the number of reconnect attempts made after the first attempt failed, %1 why the last one failed.</extracomment>
        <translation>
            <numerusform>Nach %n Wiederverbindungsversuch aufgegeben: %1</numerusform>
            <numerusform>Nach %n Wiederverbindungsversuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>disconnected by you</source>
        <extracomment>Why the connection ended, said by calls made afterwards (&quot;not connected to … (disconnected by you)&quot;).</extracomment>
        <translation>von Ihnen getrennt</translation>
    </message>
</context>
<context>
    <name>dispatch::CronDescription</name>
    <message>
        <source>every hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <source>at 00:00 on 1 January every year</source>
        <translation>jedes Jahr am 1. Januar um 00:00</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <extracomment>A cron schedule, e.g. &quot;every 2 hours&quot;; %n is the number of hours.</extracomment>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <extracomment>A cron schedule, e.g. &quot;every 5 minutes&quot;; %n is the number of minutes.</extracomment>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>every second</source>
        <translation>jede Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>every %n second(s)</source>
        <extracomment>A cron schedule, e.g. &quot;every 30 seconds&quot;; %n is the number of seconds.</extracomment>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>every hour at minute %1</source>
        <extracomment>A cron schedule firing once an hour; %1 is the minute past the hour (1–59).</extracomment>
        <translation>jede Stunde zur Minute %1</translation>
    </message>
    <message>
        <source>at %1 every day</source>
        <extracomment>A cron schedule; %1 is a time of day such as 02:00.</extracomment>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>at %1 on day %2 of every month</source>
        <extracomment>A cron schedule; %1 is a time of day such as 02:00, %2 the day of the month (1–31).</extracomment>
        <translation>am %2. jedes Monats um %1</translation>
    </message>
    <message>
        <source>at %1, %2 to %3</source>
        <extracomment>A cron schedule; %1 is a time of day such as 09:00, %2 and %3 the first and last weekday.</extracomment>
        <translation>um %1, %2 bis %3</translation>
    </message>
    <message>
        <source>at %1 every %2</source>
        <extracomment>A cron schedule; %1 is a time of day such as 09:00, %2 one weekday or several separated by commas.</extracomment>
        <translation>um %1 jeden %2</translation>
    </message>
</context>
<context>
    <name>dispatch::CronDetailPanel</name>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Enqueues:</source>
        <translation>Reiht ein:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Next run:</source>
        <translation>Nächster Lauf:</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Letzter Lauf:</translation>
    </message>
    <message>
        <source>Lock:</source>
        <translation>Sperre:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>This cron enqueues its job without a payload.</source>
        <translation>Dieser Cron reiht seinen Job ohne Payload ein.</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Payload:</translation>
    </message>
    <message>
        <source>Cron entry</source>
        <translation>Cron-Eintrag</translation>
    </message>
    <message>
        <source>Open a cron entry by its id (cron_…), or pick a cron seen firing once its id is known.</source>
        <translation>Öffnen Sie einen Cron-Eintrag über seine ID (cron_…) oder wählen Sie einen ausgelösten Cron, sobald seine ID bekannt ist.</translation>
    </message>
    <message>
        <source>Looking up %1 on the server…</source>
        <extracomment>Cron panel while the entry is being fetched. %1 is the cron id (cron_…).</extracomment>
        <translation>%1 wird auf dem Server nachgeschlagen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Schedule of a cron entry: %1 in words (&quot;every 5 minutes&quot;), %2 the cron expression as the server has it.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on queue %2</source>
        <extracomment>What a cron enqueues: %1 is the job name, %2 the queue.</extracomment>
        <translation>%1 in Queue %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled: it does not fire</source>
        <translation>Deaktiviert: er löst nicht aus</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>Held by %1 until %2</source>
        <extracomment>The firing lock of a cron entry: %1 the instance holding it, %2 when the lock expires.</extracomment>
        <translation>Gehalten von %1 bis %2</translation>
    </message>
    <message>
        <source>Cron entry %1 was deleted: the server no longer knows it.</source>
        <extracomment>Cron panel after a delete. %1 is the cron id (cron_…).</extracomment>
        <translation>Cron-Eintrag %1 wurde gelöscht: Der Server kennt ihn nicht mehr.</translation>
    </message>
    <message>
        <source>The id of cron “%1” is not known yet: the event it fires names the cron, not its id. Open it once by its id (cron_…) and its row opens it from then on.</source>
        <extracomment>Cron panel for a cron seen firing. %1 is the cron&apos;s name.</extracomment>
        <translation>Die ID des Crons „%1“ ist noch nicht bekannt: Das Event, das er auslöst, nennt den Cron, nicht seine ID. Öffnen Sie ihn einmal über seine ID (cron_…), danach öffnet ihn seine Zeile.</translation>
    </message>
    <message>
        <source>Fire this cron on its schedule again</source>
        <translation>Diesen Cron wieder nach seinem Zeitplan auslösen</translation>
    </message>
    <message>
        <source>Stop this cron from firing until it is enabled</source>
        <translation>Diesen Cron nicht mehr auslösen, bis er aktiviert wird</translation>
    </message>
    <message>
        <source>Remove this cron entry from the server</source>
        <translation>Diesen Cron-Eintrag vom Server entfernen</translation>
    </message>
    <message>
        <source>Delete Cron</source>
        <translation>Cron löschen</translation>
    </message>
    <message>
        <source>Delete cron “%1” (%2)?</source>
        <extracomment>Question before deleting a cron entry. %1 is its name, %2 its id (cron_…).</extracomment>
        <translation>Cron „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>The server removes the entry and it never fires again. This cannot be undone: only the application that registered the cron can register it again. To stop it for a while, disable it instead.</source>
        <translation>Der Server entfernt den Eintrag, und er löst nie wieder aus. Das lässt sich nicht rückgängig machen: Nur die Anwendung, die den Cron registriert hat, kann ihn erneut registrieren. Um ihn nur eine Weile anzuhalten, deaktivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Keep Cron</source>
        <translation>Cron behalten</translation>
    </message>
    <message>
        <source>Yes, delete cron %1 on this production server.</source>
        <extracomment>Checkbox of the delete confirmation on a production server; &quot;Delete Cron&quot; stays disabled until it is ticked. %1 is the cron id (cron_…).</extracomment>
        <translation>Ja, Cron %1 auf diesem Produktionsserver löschen.</translation>
    </message>
</context>
<context>
    <name>dispatch::CronEntriesModel</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
</context>
<context>
    <name>dispatch::CronsModel</name>
    <message>
        <source>Open this job on the Jobs page</source>
        <translation>Diesen Job auf der Seite „Jobs“ öffnen</translation>
    </message>
    <message>
        <source>Its id is not known yet: open it once by id to see its entry.</source>
        <translation>Seine ID ist noch nicht bekannt: Öffnen Sie ihn einmal über die ID, um seinen Eintrag zu sehen.</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Last fired</source>
        <translation>Zuletzt ausgelöst</translation>
    </message>
    <message>
        <source>Fired</source>
        <extracomment>Column header: how many times a cron fired since connecting.</extracomment>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Job enqueued last</source>
        <translation>Zuletzt eingereihter Job</translation>
    </message>
</context>
<context>
    <name>dispatch::CronsPage</name>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Seen firing since connecting:</source>
        <translation>Seit dem Verbinden ausgelöst:</translation>
    </message>
    <message>
        <source>cron_…</source>
        <translation>cron_…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cron ID:</source>
        <translation>Cron-ID:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Looking for the server&apos;s admin API…</source>
        <translation>Die Admin-API des Servers wird gesucht…</translation>
    </message>
    <message>
        <source>Not a cron id: they look like cron_ followed by 26 letters and digits.</source>
        <translation>Keine Cron-ID: Sie sehen aus wie cron_ gefolgt von 26 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>The server has no cron entries.</source>
        <translation>Der Server hat keine Cron-Einträge.</translation>
    </message>
    <message>
        <source>No more cron entries.</source>
        <translation>Keine weiteren Cron-Einträge.</translation>
    </message>
    <message>
        <source>Entries %1 to %2.</source>
        <extracomment>Paging of the server&apos;s list of crons: %1 and %2 the first and last entry shown (1-based).</extracomment>
        <translation>Einträge %1 bis %2.</translation>
    </message>
    <message>
        <source>There is no cron entry %1 on this server.</source>
        <extracomment>%1 is the cron id (cron_…).</extracomment>
        <translation>Auf diesem Server gibt es keinen Cron-Eintrag %1.</translation>
    </message>
    <message>
        <source>Cron entry %1 could not be looked up.</source>
        <extracomment>%1 is the cron id (cron_…).</extracomment>
        <translation>Cron-Eintrag %1 konnte nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>Cron entry %1 could not be enabled.</source>
        <extracomment>%1 is the cron id (cron_…).</extracomment>
        <translation>Cron-Eintrag %1 konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Cron entry %1 could not be disabled.</source>
        <extracomment>%1 is the cron id (cron_…).</extracomment>
        <translation>Cron-Eintrag %1 konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Cron entry %1 could not be deleted.</source>
        <extracomment>%1 is the cron id (cron_…).</extracomment>
        <translation>Cron-Eintrag %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The server&apos;s list of crons could not be read.</source>
        <translation>Die Cron-Liste des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s list as of %1, from this profile&apos;s history; the server is asked once its admin API is found.</source>
        <extracomment>Above the server&apos;s list of crons before the server was asked. %1 is a date and time.</extracomment>
        <translation>Die Liste des Servers, Stand %1, aus dem Verlauf dieses Profils; der Server wird gefragt, sobald seine Admin-API gefunden ist.</translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLetterEntriesModel</name>
    <message>
        <source>Failed at</source>
        <translation>Fehlgeschlagen um</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job-Name</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Replayed at</source>
        <translation>Erneut eingereiht um</translation>
    </message>
    <message>
        <source>Entry ID</source>
        <translation>Eintrags-ID</translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLetterEntryPanel</name>
    <message>
        <source>Replay</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Job:</translation>
    </message>
    <message>
        <source>Job name:</source>
        <translation>Job-Name:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Failed at:</source>
        <translation>Fehlgeschlagen um:</translation>
    </message>
    <message>
        <source>Replay:</source>
        <translation>Erneut eingereiht:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>No payload.</source>
        <translation>Keine Nutzdaten.</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>No entry open. Type an entry id (dlq_…) above.</source>
        <translation>Kein Eintrag geöffnet. Geben Sie oben eine Eintrags-ID (dlq_…) ein.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Dead-letter entry: %1 how many retries the job had, %2 how many it was allowed.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Replayed at %1; it can be replayed again.</source>
        <extracomment>Dead-letter entry&apos;s replay state. %1 is when it was last replayed.</extracomment>
        <translation>Erneut eingereiht um %1; der Eintrag kann noch einmal eingereiht werden.</translation>
    </message>
    <message>
        <source>Not replayed yet.</source>
        <translation>Noch nicht erneut eingereiht.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Enqueue this entry&apos;s job again as a fresh job</source>
        <translation>Den Job dieses Eintrags als neuen Job erneut einreihen</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <extracomment>Dead letters page while an entry is fetched. %1 is the entry id (dlq_…).</extracomment>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Could not open %1: %2 %3</source>
        <extracomment>Dead letters page when an entry could not be opened. %1 is the entry id (dlq_…), %2 why in words, %3 the server&apos;s own message.</extracomment>
        <translation>%1 konnte nicht geöffnet werden: %2 %3</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>Wird erneut eingereiht …</translation>
    </message>
    <message>
        <source>Replayed as job %1, a fresh job with its own id.</source>
        <extracomment>Dead letters page after a replay. %1 is the fresh job&apos;s id (job_…), shown as a link that opens it.</extracomment>
        <translation>Erneut eingereiht als Job %1, ein neuer Job mit eigener ID.</translation>
    </message>
    <message>
        <source>The replay failed: %1 %2</source>
        <extracomment>Dead letters page when a replay failed. %1 why in words, %2 the server&apos;s own message.</extracomment>
        <translation>Das erneute Einreihen ist fehlgeschlagen: %1 %2</translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLetterListPanel</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Asking the server for its dead letters from number %1…</source>
        <extracomment>Dead letters page, above the server&apos;s list. %1 is the number of the first entry asked for.</extracomment>
        <translation>Der Server wird nach seinen Dead Letters ab Nummer %1 gefragt …</translation>
    </message>
    <message>
        <source>The server lists no dead letters.</source>
        <translation>Der Server listet keine Dead Letters.</translation>
    </message>
    <message>
        <source>The server lists no more dead letters.</source>
        <translation>Der Server listet keine weiteren Dead Letters.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of the server&apos;s list, oldest first. Double-click one to open it.</source>
        <extracomment>Dead letters page, above the server&apos;s list, oldest first. %1 and %2 are the numbers of the first and last entry shown.</extracomment>
        <translation>Einträge %1 bis %2 der Liste des Servers, die ältesten zuerst. Doppelklicken Sie einen, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Could not fetch the server&apos;s list: %1 %2</source>
        <extracomment>Dead letters page when the server&apos;s list could not be fetched. %1 why in words, %2 the server&apos;s own message.</extracomment>
        <translation>Die Liste des Servers konnte nicht abgerufen werden: %1 %2</translation>
    </message>
    <message>
        <source>The server&apos;s list as of %1, from this profile&apos;s history; the server is asked once its admin API is found.</source>
        <extracomment>Dead letters page, above the server&apos;s list before the server was asked. %1 is a date and time.</extracomment>
        <translation>Die Liste des Servers, Stand %1, aus dem Verlauf dieses Profils; der Server wird gefragt, sobald seine Admin-API gefunden ist.</translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLetterQuestion</name>
    <message>
        <source>Replay All Dead Letters</source>
        <translation>Alle Dead Letters erneut einreihen</translation>
    </message>
    <message>
        <source>Replay the dead letters on the server?</source>
        <translation>Die Dead Letters auf dem Server erneut einreihen?</translation>
    </message>
    <message>
        <source>The server looks at no more than the first 1000 entries and skips the ones already replayed. Each of the others is enqueued again as a fresh job, and the entry stays in the list with the time of its replay. Afterwards the server says how many it replayed and how many failed.

This cannot be taken back, and it is not repeated automatically if it fails.</source>
        <translation>Der Server betrachtet höchstens die ersten 1000 Einträge und überspringt die bereits erneut eingereihten. Jeder andere wird als neuer Job erneut eingereiht, und der Eintrag bleibt mit der Zeit des Einreihens in der Liste. Danach meldet der Server, wie viele er eingereiht hat und wie viele fehlgeschlagen sind.

Das lässt sich nicht rückgängig machen und wird bei einem Fehler nicht automatisch wiederholt.</translation>
    </message>
    <message>
        <source>Replay All</source>
        <translation>Alle erneut einreihen</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Yes, replay the dead letters on this production server.</source>
        <extracomment>Checkbox of the replay-all confirmation on a server profile marked Production.</extracomment>
        <translation>Ja, die Dead Letters auf diesem Produktionsserver erneut einreihen.</translation>
    </message>
    <message>
        <source>Purge Dead Letters</source>
        <translation>Dead Letters löschen</translation>
    </message>
    <message>
        <source>Delete the dead letters older than 30 days?</source>
        <translation>Die Dead Letters löschen, die älter als 30 Tage sind?</translation>
    </message>
    <message>
        <source>The server deletes every entry that failed more than 30 days ago, replayed or not; it does not ask about other ages. Deleted entries cannot be replayed or opened any more. Afterwards the server says how many it deleted.

This cannot be taken back.</source>
        <translation>Der Server löscht jeden Eintrag, der vor mehr als 30 Tagen fehlgeschlagen ist, ob erneut eingereiht oder nicht; ein anderes Alter lässt er sich nicht vorgeben. Gelöschte Einträge können nicht mehr eingereiht oder geöffnet werden. Danach meldet der Server, wie viele er gelöscht hat.

Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Yes, delete old dead letters on this production server.</source>
        <extracomment>Checkbox of the purge confirmation on a server profile marked Production.</extracomment>
        <translation>Ja, alte Dead Letters auf diesem Produktionsserver löschen.</translation>
    </message>
    <message>
        <source>Replay Dead Letter</source>
        <translation>Dead Letter erneut einreihen</translation>
    </message>
    <message>
        <source>Replay dead letter %1?</source>
        <extracomment>Question before replaying one dead letter on a production server. %1 is the entry id (dlq_…).</extracomment>
        <translation>Dead Letter %1 erneut einreihen?</translation>
    </message>
    <message>
        <source>The server enqueues the entry&apos;s job again as a fresh job with a new id and records the time of the replay on the entry.</source>
        <translation>Der Server reiht den Job des Eintrags als neuen Job mit neuer ID erneut ein und vermerkt die Zeit am Eintrag.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Yes, replay %1 on this production server.</source>
        <extracomment>Checkbox of the replay confirmation on a server profile marked Production. %1 is the entry id (dlq_…).</extracomment>
        <translation>Ja, %1 auf diesem Produktionsserver erneut einreihen.</translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLetteredJobsModel</name>
    <message>
        <source>Retried at %1</source>
        <extracomment>Dead letters page, in a dead-lettered job&apos;s row once the operator retried it. %1 is the time (HH:mm:ss).</extracomment>
        <translation>Wiederholt um %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dead-lettered at</source>
        <translation>Dead Letter seit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLettersController</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Looking for the server&apos;s admin API…</source>
        <translation>Die Admin-API des Servers wird gesucht …</translation>
    </message>
    <message>
        <source>The server&apos;s dead-letter count is unavailable: it comes from the admin API.</source>
        <translation>Die Zahl der Dead Letters auf dem Server ist nicht verfügbar: Sie kommt von der Admin-API.</translation>
    </message>
    <message>
        <source>This server cannot list dead letters: open an entry by its id, or retry the jobs seen dead-lettered since connecting.</source>
        <translation>Dieser Server kann keine Dead Letters auflisten: Öffnen Sie einen Eintrag über seine ID oder wiederholen Sie die seit dem Verbinden gesehenen Dead-Letter-Jobs.</translation>
    </message>
    <message>
        <source>Replaying the dead letters…</source>
        <translation>Die Dead Letters werden erneut eingereiht …</translation>
    </message>
    <message>
        <source>The server found nothing to replay: replayed entries are skipped, and it looks at no more than the first 1000.</source>
        <translation>Der Server fand nichts zum erneuten Einreihen: Bereits eingereihte Einträge werden übersprungen, und er betrachtet höchstens die ersten 1000.</translation>
    </message>
    <message numerus="yes">
        <source>The server replayed %n dead letter(s), each as a fresh job; none failed.</source>
        <extracomment>After Replay All; %n is how many entries the server replayed.</extracomment>
        <translation>
            <numerusform>Der Server hat %n Dead Letter erneut eingereiht, als neuen Job; keiner ist fehlgeschlagen.</numerusform>
            <numerusform>Der Server hat %n Dead Letters erneut eingereiht, jeden als neuen Job; keiner ist fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay All failed: %1 %2</source>
        <extracomment>After Replay All failed. %1 why in words, %2 the server&apos;s own message.</extracomment>
        <translation>Alle erneut einreihen ist fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Deleting the dead letters older than 30 days…</source>
        <translation>Die Dead Letters, die älter als 30 Tage sind, werden gelöscht …</translation>
    </message>
    <message numerus="yes">
        <source>The server deleted %n dead letter(s) older than 30 days.</source>
        <extracomment>After Purge; %n is how many entries the server deleted.</extracomment>
        <translation>
            <numerusform>Der Server hat %n Dead Letter gelöscht, der älter als 30 Tage war.</numerusform>
            <numerusform>Der Server hat %n Dead Letters gelöscht, die älter als 30 Tage waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge failed: %1 %2</source>
        <extracomment>After Purge failed. %1 why in words, %2 the server&apos;s own message.</extracomment>
        <translation>Löschen ist fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <extracomment>Dead letters page while a retry is on its way. %1 is the job id (job_…).</extracomment>
        <translation>%1 wird wiederholt …</translation>
    </message>
    <message>
        <source>%1 is pending again and will run once a worker takes it.</source>
        <extracomment>Dead letters page after a retry. %1 is the job id (job_…).</extracomment>
        <translation>%1 wartet wieder und läuft, sobald ein Worker ihn übernimmt.</translation>
    </message>
    <message>
        <source>Could not retry %1: %2 %3</source>
        <extracomment>Dead letters page when a retry failed. %1 is the job id (job_…), %2 why in words, %3 the server&apos;s own message.</extracomment>
        <translation>%1 konnte nicht wiederholt werden: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>The server replayed %n dead letter(s).</source>
        <extracomment>After Replay All when some failed, first sentence; %n is how many entries were replayed.</extracomment>
        <translation>
            <numerusform>Der Server hat %n Dead Letter erneut eingereiht.</numerusform>
            <numerusform>Der Server hat %n Dead Letters erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be replayed.</source>
        <extracomment>After Replay All, second sentence; %n is how many entries could not be replayed.</extracomment>
        <translation>
            <numerusform>%n konnte nicht erneut eingereiht werden.</numerusform>
            <numerusform>%n konnten nicht erneut eingereiht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::DeadLettersPage</name>
    <message>
        <source>Seen Dead-Lettered</source>
        <translation>Gesehene Dead Letters</translation>
    </message>
    <message>
        <source>Jobs the server dead-lettered since connecting (job.dlq events), newest first. Double-click one to open the job.</source>
        <translation>Jobs, die der Server seit dem Verbinden zu Dead Letters gemacht hat (job.dlq-Ereignisse), die neuesten zuerst. Doppelklicken Sie einen, um den Job zu öffnen.</translation>
    </message>
    <message>
        <source>On the Server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>The server&apos;s own list of dead-letter entries, where it can list them</source>
        <translation>Die eigene Liste der Dead-Letter-Einträge des Servers, wo er sie auflisten kann</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Replay All…</source>
        <translation>Alle erneut einreihen …</translation>
    </message>
    <message>
        <source>Purge Old Entries…</source>
        <translation>Alte Einträge löschen …</translation>
    </message>
    <message>
        <source>Entry id (dlq_…)</source>
        <translation>Eintrags-ID (dlq_…)</translation>
    </message>
    <message>
        <source>Open Entry</source>
        <translation>Eintrag öffnen</translation>
    </message>
    <message>
        <source>Open an entry by id:</source>
        <translation>Eintrag über die ID öffnen:</translation>
    </message>
    <message>
        <source>Ask the server for its dead-letter count again</source>
        <translation>Den Server erneut nach der Zahl seiner Dead Letters fragen</translation>
    </message>
    <message>
        <source>Replay the dead letters not yet replayed, up to the first 1000 entries</source>
        <translation>Die noch nicht erneut eingereihten Dead Letters einreihen, höchstens die ersten 1000 Einträge</translation>
    </message>
    <message>
        <source>Delete the dead letters that failed more than 30 days ago</source>
        <translation>Die Dead Letters löschen, die vor mehr als 30 Tagen fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>Show the entry&apos;s fields, error and payload</source>
        <translation>Felder, Fehler und Nutzdaten des Eintrags anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) on the server at %1, replayed ones included.</source>
        <extracomment>Dead letters page. %n is the server&apos;s dead-letter count, %1 when it was fetched (HH:mm:ss).</extracomment>
        <translation>
            <numerusform>%n Dead Letter auf dem Server um %1, erneut eingereihte eingeschlossen.</numerusform>
            <numerusform>%n Dead Letters auf dem Server um %1, erneut eingereihte eingeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s dead-letter count could not be fetched: %1 %2</source>
        <extracomment>Dead letters page when the count could not be fetched. %1 why in words, %2 the server&apos;s message.</extracomment>
        <translation>Die Zahl der Dead Letters auf dem Server konnte nicht abgerufen werden: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) on the server at %1, replayed ones included (the latest request failed: %2 %3).</source>
        <extracomment>Dead letters page: the last count stays when a later request fails. %n is that count, %1 when it was fetched (HH:mm:ss), %2 why the latest request failed, %3 the server&apos;s message.</extracomment>
        <translation>
            <numerusform>%n Dead Letter auf dem Server um %1, erneut eingereihte eingeschlossen (die letzte Anfrage ist fehlgeschlagen: %2 %3).</numerusform>
            <numerusform>%n Dead Letters auf dem Server um %1, erneut eingereihte eingeschlossen (die letzte Anfrage ist fehlgeschlagen: %2 %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) on the server as of %1, replayed ones included, from this profile&apos;s history; the server is asked once its admin API is found.</source>
        <extracomment>Dead letters page before the server was asked. %n is the count the journal kept, %1 a date and time.</extracomment>
        <translation>
            <numerusform>%n Dead Letter auf dem Server, Stand %1, erneut eingereihte eingeschlossen, aus dem Verlauf dieses Profils; der Server wird gefragt, sobald seine Admin-API gefunden ist.</numerusform>
            <numerusform>%n Dead Letters auf dem Server, Stand %1, erneut eingereihte eingeschlossen, aus dem Verlauf dieses Profils; der Server wird gefragt, sobald seine Admin-API gefunden ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::DispatchClient</name>
    <message>
        <source>Ignored a frame the client could not decode: %1</source>
        <extracomment>Status bar warning. %1 is what is wrong with the frame (decoder message).</extracomment>
        <translation>Ein Frame, den der Client nicht dekodieren konnte, wurde übergangen: %1</translation>
    </message>
    <message>
        <source>Could not refresh watched run %1: %2</source>
        <extracomment>Status bar warning after a reconnect. %1 is the workflow run id (run_…), %2 why it could not be fetched.</extracomment>
        <translation>Der beobachtete Lauf %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The server could not read a request: %1</source>
        <extracomment>Status bar warning. %1 is the server&apos;s message from an error frame without a request id.</extracomment>
        <translation>Der Server konnte eine Anfrage nicht lesen: %1</translation>
    </message>
    <message>
        <source>Ignored an event the client could not read: %1</source>
        <extracomment>Status bar warning. %1 is what is wrong with the event frame (decoder message).</extracomment>
        <translation>Ein Event, das der Client nicht lesen konnte, wurde übergangen: %1</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <extracomment>Error of every request still waiting when the connection dropped. %1 is why the connection was lost.</extracomment>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>the client was closed</source>
        <translation>der Client wurde geschlossen</translation>
    </message>
    <message>
        <source>unreadable %1 reply: %2</source>
        <extracomment>Error of a request whose reply cannot be read. %1 is the DWP method (e.g. job.get, not translated), %2 what is wrong with the reply.</extracomment>
        <translation>unlesbare Antwort auf %1: %2</translation>
    </message>
    <message>
        <source>the client was destroyed</source>
        <translation>der Client wurde beendet</translation>
    </message>
    <message>
        <source>%1 not sent: the client is closing</source>
        <extracomment>Error of a request made while the client shuts down. %1 is the DWP method (e.g. job.get, not translated).</extracomment>
        <translation>%1 nicht gesendet: der Client wird geschlossen</translation>
    </message>
    <message>
        <source>the %1 reply is about %2, not %3</source>
        <extracomment>Error of a request whose reply names another object. %1 is the DWP method (e.g. job.get, not translated), %2 the id in the reply, %3 the id asked for.</extracomment>
        <translation>die Antwort auf %1 betrifft %2, nicht %3</translation>
    </message>
</context>
<context>
    <name>dispatch::DispatchError</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>error frame without a valid code (%1): %2</source>
        <extracomment>Error text for a malformed error frame from the server. %1 is the code the frame carried (0 or negative), %2 the server&apos;s message (English).</extracomment>
        <translation>Fehler-Frame ohne gültigen Code (%1): %2</translation>
    </message>
</context>
<context>
    <name>dispatch::DwpConnection</name>
    <message>
        <source>could not open the WebSocket</source>
        <translation>der WebSocket ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>no auth reply within %1 ms</source>
        <extracomment>Why connecting failed (the connection is closed). %1 is the timeout in milliseconds.</extracomment>
        <translation>keine Antwort auf die Anmeldung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the server did not answer the auth frame within %1 ms</source>
        <extracomment>Why connecting failed. %1 is the timeout in milliseconds.</extracomment>
        <translation>der Server hat den Anmelde-Frame nicht innerhalb von %1 ms beantwortet</translation>
    </message>
    <message>
        <source>auth failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <extracomment>Why connecting failed. %1 is the server&apos;s message from the auth reply.</extracomment>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unreadable auth reply: %1</source>
        <extracomment>Why connecting failed. %1 is what is wrong with the server&apos;s auth reply (decoder message).</extracomment>
        <translation>unlesbare Antwort auf die Anmeldung: %1</translation>
    </message>
    <message>
        <source>the server sends msgpack in WebSocket text messages, which Qt rejects (close 1007)</source>
        <translation>der Server sendet msgpack in WebSocket-Textnachrichten, die Qt ablehnt (Close 1007)</translation>
    </message>
    <message>
        <source>no pong for %1 ms: the server is not answering</source>
        <extracomment>Why the connection was closed. %1 is how long the client waited for the ping&apos;s answer, in milliseconds.</extracomment>
        <translation>seit %1 ms kein Pong: der Server antwortet nicht</translation>
    </message>
    <message>
        <source>the connection was closed while it was being opened</source>
        <translation>die Verbindung wurde geschlossen, während sie aufgebaut wurde</translation>
    </message>
    <message>
        <source>a newer connection attempt replaced this one</source>
        <translation>ein neuerer Verbindungsversuch hat diesen ersetzt</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <extracomment>Why connecting failed. %1 is the timeout in milliseconds.</extracomment>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>dispatch::EnqueueJobDialog</name>
    <message>
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>No job called “%1” has been seen on this server. If no handler is registered for it, the server will retry it for ever.</source>
        <extracomment>Hint under the job name field of the Enqueue dialog. %1 is the job name typed.</extracomment>
        <translation>Auf diesem Server wurde noch kein Job namens „%1“ gesehen. Ist kein Handler dafür registriert, wiederholt der Server ihn endlos.</translation>
    </message>
    <message>
        <source>Enter the job&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen des Jobs ein.</translation>
    </message>
    <message>
        <source>Fix the payload first: it is not valid JSON.</source>
        <translation>Korrigieren Sie zuerst die Payload: sie ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping after the request in flight…</source>
        <translation>Stoppe nach der laufenden Anfrage…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>%1 of %2 enqueued, then:&lt;br&gt;%3</source>
        <extracomment>Status line of the Enqueue dialog when sending several copies failed part-way (rich text). %1 is how many were enqueued, %2 how many were asked for, %3 the error (HTML).</extracomment>
        <translation>%1 von %2 eingereiht, dann:&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 enqueued.</source>
        <extracomment>Status line of the Enqueue dialog. %1 is how many copies were enqueued, %2 how many were asked for.</extracomment>
        <translation>Gestoppt: %1 von %2 eingereiht.</translation>
    </message>
    <message>
        <source>Enqueued %1.</source>
        <extracomment>Status line of the Enqueue dialog. %1 is the new job&apos;s id (job_…).</extracomment>
        <translation>%1 eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>Enqueued %n job(s).</source>
        <extracomment>Status line of the Enqueue dialog after sending several copies. %n is the number of jobs enqueued.</extracomment>
        <translation>
            <numerusform>%n Job eingereiht.</numerusform>
            <numerusform>%n Jobs eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::EnvironmentBadge</name>
    <message>
        <source>This server is marked as %1 in its profile.</source>
        <extracomment>Tooltip of the environment badge in the connection bar. %1 is the environment (Production, Staging, Development, Local).</extracomment>
        <translation>Dieser Server ist in seinem Profil als %1 gekennzeichnet.</translation>
    </message>
</context>
<context>
    <name>dispatch::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Job / run</source>
        <comment>the job or workflow run an event is about</comment>
        <translation>Job / Lauf</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>dispatch::EventsPage</name>
    <message>
        <source>All events</source>
        <translation>Alle Events</translation>
    </message>
    <message>
        <source>Job events</source>
        <translation>Job-Events</translation>
    </message>
    <message>
        <source>Workflow events</source>
        <translation>Workflow-Events</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Topic, e.g. job: or workflow:wfrun_…</source>
        <translation>Topic, z. B. job: oder workflow:wfrun_…</translation>
    </message>
    <message>
        <source>Search type, topic and data</source>
        <translation>Typ, Topic und Daten durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Hold new events back while you read; they are still recorded.</source>
        <translation>Neue Events zurückhalten, während Sie lesen; sie werden weiter aufgezeichnet.</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the events that pass the filters as NDJSON or CSV.</source>
        <translation>Die Events, die die Filter passieren, als NDJSON oder CSV speichern.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Events received since %1. The server keeps no history to fetch.</source>
        <extracomment>Above the Events table. %1 is the time (HH:mm:ss) the monitor started receiving events.</extracomment>
        <translation>Seit %1 empfangene Events. Der Server hält keinen Verlauf zum Abrufen vor.</translation>
    </message>
    <message>
        <source>Events appear here as they arrive.</source>
        <translation>Events erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>%1 · paused, %2 new held back</source>
        <extracomment>Count above the Events table while paused. %1 is the count (&quot;12 of 40 events&quot;), %2 how many new events are held back.</extracomment>
        <translation>%1 · pausiert, %2 neue zurückgehalten</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Events exportieren</translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson);;CSV (*.csv)</source>
        <translation>Zeilenweises JSON (*.ndjson);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <extracomment>Count above the Events table. %1 is how many events the filter shows, %n how many were received.</extracomment>
        <translation>
            <numerusform>%1 von %n Event</numerusform>
            <numerusform>%1 von %n Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n event(s)…</source>
        <extracomment>Progress dialog of the events export. %n is the number of events to write.</extracomment>
        <translation>
            <numerusform>Exportiere %n Event…</numerusform>
            <numerusform>Exportiere %n Events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s).</source>
        <extracomment>Status after the events export. %n is the number of events written.</extracomment>
        <translation>
            <numerusform>%n Event gespeichert.</numerusform>
            <numerusform>%n Events gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the newest event in view at the top. Scrolling down or selecting a row stops following; this button starts it again.</source>
        <translation>Das neueste Ereignis oben im Blick behalten. Herunterscrollen oder eine Zeile auswählen beendet das Folgen; dieser Knopf nimmt es wieder auf.</translation>
    </message>
    <message>
        <source>No events yet. They appear here as they arrive.</source>
        <translation>Noch keine Ereignisse. Sie erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <extracomment>A line under &quot;No events match these filters:&quot;. %1 is the event type chosen (&quot;Job events&quot;).</extracomment>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Topic: “%1”</source>
        <extracomment>A line under &quot;No events match these filters:&quot;. %1 is the text typed in the topic field.</extracomment>
        <translation>Topic: „%1“</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <extracomment>A line under &quot;No events match these filters:&quot;. %1 is the text typed in the search field.</extracomment>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>Paused: new events are held back.</source>
        <translation>Angehalten: neue Ereignisse werden zurückgehalten.</translation>
    </message>
    <message>
        <source>No events match these filters:</source>
        <translation>Keine Ereignisse passen zu diesen Filtern:</translation>
    </message>
    <message>
        <source>Search the events received since connecting, or all of this profile&apos;s history kept on this computer.</source>
        <translation>Die seit dem Verbinden empfangenen Events durchsuchen oder den gesamten Verlauf dieses Profils, der auf diesem Computer gespeichert ist.</translation>
    </message>
    <message>
        <source>Search the history: whole words, word* for a prefix, or an id</source>
        <translation>Verlauf durchsuchen: ganze Wörter, Wort* für einen Wortanfang oder eine ID</translation>
    </message>
    <message numerus="yes">
        <source>Below them, in italics: the newest %n event(s) of this profile&apos;s history, as of %1; live events follow above as they arrive.</source>
        <extracomment>Above the Events table, after &quot;Events received since …&quot;. %n is how many events came from the profile&apos;s history, %1 the date and time the newest of them arrived.</extracomment>
        <translation>
            <numerusform>Darunter kursiv: das neueste Event aus dem Verlauf dieses Profils, Stand %1; Live-Events folgen darüber, sobald sie eintreffen.</numerusform>
            <numerusform>Darunter kursiv: die neuesten %n Events aus dem Verlauf dieses Profils, Stand %1; Live-Events folgen darüber, sobald sie eintreffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export Events from the History</source>
        <translation>Events aus dem Verlauf exportieren</translation>
    </message>
    <message>
        <source>There is no search of the history to export: choose All history in a session that keeps its history in a file.</source>
        <translation>Es gibt keine Suche im Verlauf zum Exportieren: Wählen Sie „Gesamter Verlauf“ in einer Sitzung, die ihren Verlauf in einer Datei speichert.</translation>
    </message>
    <message>
        <source>Exporting events from the history…</source>
        <translation>Events aus dem Verlauf werden exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exporting events from the history: %n written…</source>
        <extracomment>Progress dialog of the export of the history&apos;s events. %n is how many are written so far.</extracomment>
        <translation>
            <numerusform>Events aus dem Verlauf werden exportiert: %n geschrieben …</numerusform>
            <numerusform>Events aus dem Verlauf werden exportiert: %n geschrieben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <extracomment>Tooltip of the history&apos;s Export… button after an export. %n is how many events were written, %1 the file.</extracomment>
        <translation>
            <numerusform>%n Event in %1 gespeichert.</numerusform>
            <numerusform>%n Events in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The events could not be exported to %1: %2</source>
        <extracomment>Message after a failed export of the history&apos;s events. %1 is the file, %2 the reason.</extracomment>
        <translation>Die Events konnten nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Save every event this search finds in the history, oldest first, as NDJSON or as one JSON array: the words, the type and the time range, not only the rows on screen.</source>
        <translation>Jedes Event, das diese Suche im Verlauf findet, als NDJSON oder als ein JSON-Array speichern, das älteste zuerst: nach Wörtern, Typ und Zeitraum, nicht nur die angezeigten Zeilen.</translation>
    </message>
    <message>
        <source>Newline-delimited JSON (*.ndjson);;JSON array (*.json)</source>
        <translation>Zeilenweises JSON (*.ndjson);;JSON-Array (*.json)</translation>
    </message>
</context>
<context>
    <name>dispatch::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Dispatch Monitor</source>
        <translation>Ü&amp;ber Dispatch Monitor</translation>
    </message>
    <message>
        <source>About Dispatch Monitor</source>
        <translation>Über Dispatch Monitor</translation>
    </message>
    <message>
        <source>Dispatch Monitor %1</source>
        <extracomment>The About box&apos;s heading. %1 is the version number, e.g. 0.1.0.</extracomment>
        <translation>Dispatch Monitor %1</translation>
    </message>
    <message>
        <source>Watches the jobs and workflow runs of a Dispatch server over the Dispatch Wire Protocol and its REST admin API, and lets an operator enqueue, retry, cancel and publish. Built with Qt %1. Free software under the MIT licence.</source>
        <extracomment>The About box&apos;s text. %1 is the Qt version the app runs on, e.g. 6.4.2.</extracomment>
        <translation>Beobachtet die Jobs und Workflow-Läufe eines Dispatch-Servers über das Dispatch Wire Protocol und seine REST-Admin-API und lässt Operatoren Jobs einreihen, erneut ausführen, abbrechen und Events veröffentlichen. Erstellt mit Qt %1. Freie Software unter der MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>dispatch::HistoryBanner</name>
    <message>
        <source>Hide</source>
        <extracomment>Button on the banner that says the rows come from the journal.</extracomment>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The jobs and runs shown come from this profile&apos;s history, as of %1. They are checked with the server once it is connected.</source>
        <extracomment>Banner above the pages when a session starts. %1 is a date and time.</extracomment>
        <translation>Die angezeigten Jobs und Läufe stammen aus dem Verlauf dieses Profils, Stand %1. Sie werden mit dem Server abgeglichen, sobald er verbunden ist.</translation>
    </message>
    <message>
        <source>The jobs and runs shown come from this profile&apos;s history, as of %1. Checking the ones on screen with the server…</source>
        <extracomment>Banner above the pages when a session starts. %1 is a date and time.</extracomment>
        <translation>Die angezeigten Jobs und Läufe stammen aus dem Verlauf dieses Profils, Stand %1. Die sichtbaren werden mit dem Server abgeglichen …</translation>
    </message>
    <message>
        <source>The jobs and runs from this profile&apos;s history (as of %1) were checked with the server at %2. Those it no longer knows are marked and shown as last seen.</source>
        <extracomment>Banner above the pages. %1 is the date and time of the history, %2 when the server was asked.</extracomment>
        <translation>Die Jobs und Läufe aus dem Verlauf dieses Profils (Stand %1) wurden um %2 mit dem Server abgeglichen. Die er nicht mehr kennt, sind markiert und werden so gezeigt, wie sie zuletzt gesehen wurden.</translation>
    </message>
    <message numerus="yes">
        <source>No events were recorded in %n span(s) after that; the last: %1</source>
        <extracomment>On the banner about rows from the journal, when the monitor heard nothing in several spans after the newest record. %n is how many (more than 3), %1 the sentence about the last one (&quot;No events recorded 14:02:05–14:09:31: the monitor was not running.&quot;).</extracomment>
        <translation>
            <numerusform>Danach wurden in %n Zeitspanne keine Events aufgezeichnet; zuletzt: %1</numerusform>
            <numerusform>Danach wurden in %n Zeitspannen keine Events aufgezeichnet; zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs and runs may have changed then without the monitor seeing it.</source>
        <extracomment>On the banner about rows from the journal, after the sentences saying when and why no events were recorded after the newest record.</extracomment>
        <translation>Jobs und Läufe können sich in dieser Zeit geändert haben, ohne dass der Monitor es gesehen hat.</translation>
    </message>
    <message>
        <source>Older jobs and runs are still being read from the history.</source>
        <extracomment>On the banner about rows from the journal, while older rows are still being read after the newest ones were shown.</extracomment>
        <translation>Ältere Jobs und Läufe werden noch aus dem Verlauf gelesen.</translation>
    </message>
</context>
<context>
    <name>dispatch::HistorySearchPanel</name>
    <message>
        <source>This session keeps its history in memory only, so there is no history to search.</source>
        <translation>Diese Sitzung hält ihren Verlauf nur im Speicher; es gibt keinen Verlauf zu durchsuchen.</translation>
    </message>
    <message>
        <source>The history could not be searched: %1</source>
        <extracomment>Above the history search results. %1 is SQLite&apos;s reason.</extracomment>
        <translation>Der Verlauf konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Searching the history…</source>
        <translation>Verlauf wird durchsucht …</translation>
    </message>
    <message>
        <source>Reading more results…</source>
        <translation>Weitere Ergebnisse werden gelesen …</translation>
    </message>
    <message>
        <source>Nothing in the history matches. Words match whole; end one with * to match the words it begins.</source>
        <translation>Nichts im Verlauf passt. Wörter passen nur ganz; mit * am Ende passen alle Wörter, die so beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in the history.</source>
        <extracomment>Above the history search results: all of them are shown.</extracomment>
        <translation>
            <numerusform>%n Ergebnis im Verlauf.</numerusform>
            <numerusform>%n Ergebnisse im Verlauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n result(s) in the history; scroll down for more.</source>
        <extracomment>Above the history search results: more are read as the list is scrolled down.</extracomment>
        <translation>
            <numerusform>Das neueste %n Ergebnis im Verlauf; für weitere nach unten scrollen.</numerusform>
            <numerusform>Die neuesten %n Ergebnisse im Verlauf; für weitere nach unten scrollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Live-Ansicht</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen …</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Search only what the monitor received in this time.</source>
        <translation>Nur durchsuchen, was der Monitor in dieser Zeit empfangen hat.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The time range ends before it begins: choose a later end.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein späteres Ende.</translation>
    </message>
    <message numerus="yes">
        <source>The history has %n hole(s) here: the hatched row(s) say when nothing was recorded, and why.</source>
        <extracomment>Above the history search results, after what the search found. The hatched rows are holes in the history (times the monitor was not running, not connected, or could not write in time).</extracomment>
        <translation>
            <numerusform>Der Verlauf hat hier %n Lücke: Die schraffierte Zeile sagt, wann nichts aufgezeichnet wurde und warum.</numerusform>
            <numerusform>Der Verlauf hat hier %n Lücken: Die schraffierten Zeilen sagen, wann nichts aufgezeichnet wurde und warum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::InstanceChannel</name>
    <message>
        <source>“%1” is not a job, run or cron id: they look like job_, wfrun_ or cron_ followed by 26 letters and digits.</source>
        <extracomment>Why --open (or a monitor handing an id over) was refused. %1 is what was given.</extracomment>
        <translation>„%1“ ist keine Job-, Lauf- oder Cron-ID: Diese sehen aus wie job_, wfrun_ oder cron_ gefolgt von 26 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Not a request to open an item.</source>
        <translation>Keine Anfrage, ein Element zu öffnen.</translation>
    </message>
    <message>
        <source>The running monitor did not answer.</source>
        <extracomment>Why --open starts a window of its own: the running one closed the channel without answering.</extracomment>
        <translation>Der laufende Monitor hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>dispatch::ItemListActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save every row shown under the filter, in this order, as CSV or JSON</source>
        <translation>Jede unter dem Filter gezeigte Zeile in dieser Reihenfolge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <extracomment>Status bar after exporting the Jobs or Workflows list. %n is the number of rows written, %1 the file.</extracomment>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <extracomment>Status bar when exporting a list failed. %1 is the reason.</extracomment>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::JobActionQuestion</name>
    <message>
        <source>Retry Job</source>
        <translation>Job wiederholen</translation>
    </message>
    <message>
        <source>Run failed job %1 again?</source>
        <extracomment>Question before retrying a failed job on a production server. %1 is the job id (job_…).</extracomment>
        <translation>Fehlgeschlagenen Job %1 erneut ausführen?</translation>
    </message>
    <message>
        <source>The server resets the job to pending with its retry count at zero, and a worker runs its handler again.</source>
        <translation>Der Server setzt den Job auf wartend zurück, mit Wiederholungszähler null, und ein Worker führt seinen Handler erneut aus.</translation>
    </message>
    <message>
        <source>Leave Failed</source>
        <translation>Fehlgeschlagen lassen</translation>
    </message>
    <message>
        <source>Yes, run job %1 again on this production server.</source>
        <extracomment>Checkbox of the retry confirmation on a server profile marked Production; &quot;Retry Job&quot; stays disabled until it is ticked. %1 is the job id (job_…).</extracomment>
        <translation>Ja, Job %1 auf diesem Produktionsserver erneut ausführen.</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Cancel job %1?</source>
        <extracomment>Question before cancelling a pending or retrying job over REST. %1 is the job id (job_…).</extracomment>
        <translation>Job %1 abbrechen?</translation>
    </message>
    <message>
        <source>The server cancels a job that is pending or waiting to retry: it will not run, and it is recorded as cancelled with the time. If a worker has taken it meanwhile, the server refuses and says so.</source>
        <translation>Der Server bricht einen Job ab, der wartet oder auf seine Wiederholung wartet: Er läuft nicht, und er wird mit der Uhrzeit als abgebrochen vermerkt. Hat ihn inzwischen ein Worker übernommen, lehnt der Server ab und sagt das.</translation>
    </message>
    <message>
        <source>Keep Job</source>
        <translation>Job behalten</translation>
    </message>
    <message>
        <source>Yes, cancel job %1 on this production server.</source>
        <extracomment>Checkbox of the cancel confirmation on a server profile marked Production; &quot;Cancel Job&quot; stays disabled until it is ticked. %1 is the job id (job_…).</extracomment>
        <translation>Ja, Job %1 auf diesem Produktionsserver abbrechen.</translation>
    </message>
    <message>
        <source>Job %1 is running, and Dispatch cannot stop running work.</source>
        <extracomment>Shown when the operator asks to cancel a running job. %1 is the job id (job_…).</extracomment>
        <translation>Job %1 läuft, und Dispatch kann laufende Arbeit nicht anhalten.</translation>
    </message>
    <message>
        <source>Its handler runs until it finishes. The server can only relabel the job as cancelled: the handler keeps running, and when it finishes the server records its outcome over the label. The server announces no event for the label.</source>
        <translation>Sein Handler läuft, bis er fertig ist. Der Server kann den Job nur als abgebrochen markieren: Der Handler läuft weiter, und wenn er fertig ist, trägt der Server sein Ergebnis über die Markierung ein. Für die Markierung meldet der Server kein Ereignis.</translation>
    </message>
    <message>
        <source>Mark cancelled (the handler keeps running)</source>
        <translation>Als abgebrochen markieren (der Handler läuft weiter)</translation>
    </message>
    <message>
        <source>Yes, relabel job %1 on this production server.</source>
        <extracomment>Checkbox of the relabel confirmation on a server profile marked Production. %1 is the job id (job_…).</extracomment>
        <translation>Ja, Job %1 auf diesem Produktionsserver als abgebrochen markieren.</translation>
    </message>
    <message>
        <source>Mark job %1 as cancelled?</source>
        <extracomment>Question before relabelling a job as cancelled over DWP. %1 is the job id (job_…).</extracomment>
        <translation>Job %1 als abgebrochen markieren?</translation>
    </message>
    <message>
        <source>Without the admin API the server only relabels the job as cancelled. It does not stop a handler that is already running: when that handler finishes, the server records its outcome over the label. A pending or retrying job will not be started again.</source>
        <translation>Ohne die Admin-API markiert der Server den Job nur als abgebrochen. Einen Handler, der schon läuft, hält er nicht an: Wenn dieser Handler fertig ist, trägt der Server sein Ergebnis über die Markierung ein. Ein wartender oder auf Wiederholung wartender Job wird nicht mehr gestartet.</translation>
    </message>
    <message>
        <source>Relabel as Cancelled</source>
        <translation>Als abgebrochen markieren</translation>
    </message>
    <message>
        <source>Retry Jobs</source>
        <translation>Jobs wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n selected job(s)?</source>
        <extracomment>Question before retrying the jobs selected on the Jobs page; %n is how many.</extracomment>
        <translation>
            <numerusform>%n ausgewählten Job wiederholen?</numerusform>
            <numerusform>%n ausgewählte Jobs wiederholen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The server runs each failed job again, from pending with its retry count at zero. It refuses jobs that have not failed; the summary afterwards says which and why.</source>
        <translation>Der Server führt jeden fehlgeschlagenen Job erneut aus, wartend und mit Wiederholungszähler null. Jobs, die nicht fehlgeschlagen sind, lehnt er ab; die Zusammenfassung danach sagt, welche und warum.</translation>
    </message>
    <message>
        <source>Leave Them</source>
        <translation>So lassen</translation>
    </message>
    <message numerus="yes">
        <source>Yes, retry %n job(s) on this production server.</source>
        <extracomment>Checkbox of the question before retrying several jobs on a production server; %n is how many.</extracomment>
        <translation>
            <numerusform>Ja, %n Job auf diesem Produktionsserver wiederholen.</numerusform>
            <numerusform>Ja, %n Jobs auf diesem Produktionsserver wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Jobs</source>
        <translation>Jobs abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n selected job(s)?</source>
        <extracomment>Question before cancelling the jobs selected on the Jobs page; %n is how many.</extracomment>
        <translation>
            <numerusform>%n ausgewählten Job abbrechen?</numerusform>
            <numerusform>%n ausgewählte Jobs abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cancels each job that is pending or waiting to retry: it will not run. It refuses running and finished jobs, since Dispatch cannot stop running work; the summary afterwards says which and why.</source>
        <translation>Der Server bricht jeden Job ab, der wartet oder auf seine Wiederholung wartet: Er läuft nicht. Laufende und beendete Jobs lehnt er ab, denn Dispatch kann laufende Arbeit nicht anhalten; die Zusammenfassung danach sagt, welche und warum.</translation>
    </message>
    <message>
        <source>Keep Jobs</source>
        <translation>Jobs behalten</translation>
    </message>
    <message numerus="yes">
        <source>Yes, cancel %n job(s) on this production server.</source>
        <extracomment>Checkbox of the question before cancelling several jobs on a production server; %n is how many.</extracomment>
        <translation>
            <numerusform>Ja, %n Job auf diesem Produktionsserver abbrechen.</numerusform>
            <numerusform>Ja, %n Jobs auf diesem Produktionsserver abbrechen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n selected job(s) as cancelled?</source>
        <extracomment>Question before relabelling the selected jobs as cancelled over DWP; %n is how many.</extracomment>
        <translation>
            <numerusform>%n ausgewählten Job als abgebrochen markieren?</numerusform>
            <numerusform>%n ausgewählte Jobs als abgebrochen markieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the admin API the server only relabels each job as cancelled: running handlers keep running, and their outcome is recorded over the label. Pending and retrying jobs will not be started again.</source>
        <translation>Ohne die Admin-API markiert der Server jeden Job nur als abgebrochen: Laufende Handler laufen weiter, und ihr Ergebnis wird über die Markierung eingetragen. Wartende und auf Wiederholung wartende Jobs werden nicht mehr gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Yes, relabel %n job(s) on this production server.</source>
        <extracomment>Checkbox of the question before relabelling several jobs on a production server; %n is how many.</extracomment>
        <translation>
            <numerusform>Ja, %n Job auf diesem Produktionsserver als abgebrochen markieren.</numerusform>
            <numerusform>Ja, %n Jobs auf diesem Produktionsserver als abgebrochen markieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::JobActionsController</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Looking for the server&apos;s admin API…</source>
        <translation>Die Admin-API des Servers wird gesucht …</translation>
    </message>
    <message>
        <source>Retry Job</source>
        <translation>Job wiederholen</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <extracomment>Status bar while the retry request is on its way. %1 is the job id (job_…).</extracomment>
        <translation>%1 wird wiederholt …</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <extracomment>Status bar while the cancel request is on its way. %1 is the job id (job_…).</extracomment>
        <translation>%1 wird abgebrochen …</translation>
    </message>
    <message>
        <source>Relabelling %1 as cancelled…</source>
        <extracomment>Status bar while the relabel request is on its way. %1 is the job id (job_…).</extracomment>
        <translation>%1 wird als abgebrochen markiert …</translation>
    </message>
    <message>
        <source>%1 is pending again and will run once a worker takes it.</source>
        <extracomment>Status bar after a retry. %1 is the job id (job_…).</extracomment>
        <translation>%1 wartet wieder und läuft, sobald ein Worker ihn übernimmt.</translation>
    </message>
    <message>
        <source>%1 is cancelled and will not run.</source>
        <extracomment>Status bar after REST&apos;s guarded cancel. %1 is the job id (job_…).</extracomment>
        <translation>%1 ist abgebrochen und läuft nicht.</translation>
    </message>
    <message>
        <source>%1 is now labelled cancelled.</source>
        <extracomment>Status bar after DWP&apos;s cancel: the server only relabels the job. %1 is the job id (job_…).</extracomment>
        <translation>%1 ist jetzt als abgebrochen markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Working on %n job(s)…</source>
        <extracomment>Status bar while an action on several jobs is under way; %n is how many.</extracomment>
        <translation>
            <numerusform>%n Job wird bearbeitet …</numerusform>
            <numerusform>%n Jobs werden bearbeitet …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>One line of the summary after an action on several jobs: %1 is the job id (job_…), %2 why the action failed for it, %3 the server&apos;s own words.</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <extracomment>After the first 20 failures of an action on several jobs; %n is how many more failed.</extracomment>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retried %1 of %n job(s).</source>
        <extracomment>Summary after retrying several jobs: %1 how many were retried, %n how many were selected.</extracomment>
        <translation>
            <numerusform>%1 von %n Job wiederholt.</numerusform>
            <numerusform>%1 von %n Jobs wiederholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %1 of %n job(s).</source>
        <extracomment>Summary after cancelling several jobs: %1 how many were cancelled, %n how many were selected.</extracomment>
        <translation>
            <numerusform>%1 von %n Job abgebrochen.</numerusform>
            <numerusform>%1 von %n Jobs abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relabelled %1 of %n job(s) as cancelled.</source>
        <extracomment>Summary after relabelling several jobs: %1 how many were relabelled, %n how many were selected.</extracomment>
        <translation>
            <numerusform>%1 von %n Job als abgebrochen markiert.</numerusform>
            <numerusform>%1 von %n Jobs als abgebrochen markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::JobDetailPanel</name>
    <message>
        <source>&amp;Cancel Job…</source>
        <translation>Job &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Enqueue &amp;Again…</source>
        <translation>&amp;Erneut einreihen…</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Enqueued:</source>
        <translation>Eingereiht:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Beendet:</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>The payload is fetched from the server when a job is opened.</source>
        <translation>Die Payload wird beim Öffnen eines Jobs vom Server geholt.</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>No job selected</source>
        <translation>Kein Job ausgewählt</translation>
    </message>
    <message>
        <source>Job %1 (not seen yet)</source>
        <extracomment>Title of the job detail panel for a job the monitor has not seen yet. %1 is the job id (job_…).</extracomment>
        <translation>Job %1 (noch nicht gesehen)</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Moved to the dead-letter queue after its last retry.</source>
        <translation>Nach der letzten Wiederholung in die Dead-Letter-Queue verschoben.</translation>
    </message>
    <message>
        <source>Relabelled as cancelled from this monitor. The server announces no event for this, so other monitors do not see it until they fetch the job.</source>
        <translation>Von diesem Monitor als abgebrochen markiert. Der Server meldet dafür kein Event; andere Monitore sehen es erst, wenn sie den Job abrufen.</translation>
    </message>
    <message>
        <source>The list&apos;s filters hide job %1. It stays here until you select another job.</source>
        <extracomment>Under the title of the job detail panel when the list&apos;s state, queue or search filters hide the job shown. %1 is the job id (job_…).</extracomment>
        <translation>Die Filter der Liste blenden Job %1 aus. Er bleibt hier, bis Sie einen anderen Job auswählen.</translation>
    </message>
    <message>
        <source>&amp;Retry Job</source>
        <translation>&amp;Job wiederholen</translation>
    </message>
    <message>
        <source>Run this failed job again: the server resets it to pending with its retry count at zero.</source>
        <translation>Diesen fehlgeschlagenen Job erneut ausführen: Der Server setzt ihn auf wartend zurück, mit Wiederholungszähler null.</translation>
    </message>
    <message>
        <source>Dispatch cannot stop running work; the job can only be relabelled.</source>
        <translation>Dispatch kann laufende Arbeit nicht anhalten; der Job kann nur als abgebrochen markiert werden.</translation>
    </message>
    <message>
        <source>Cancel a job that has not started: the server refuses once a worker has taken it.</source>
        <translation>Einen Job abbrechen, der noch nicht begonnen hat: Sobald ein Worker ihn übernommen hat, lehnt der Server ab.</translation>
    </message>
    <message>
        <source>The server no longer knows this job: looking it up answered 404 (not found), as after a restart without persistence. What you see is how the monitor last saw it.</source>
        <translation>Der Server kennt diesen Job nicht mehr: Die Abfrage ergab 404 (nicht gefunden), wie nach einem Neustart ohne Persistenz. Angezeigt wird der zuletzt gesehene Stand.</translation>
    </message>
</context>
<context>
    <name>dispatch::JobsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Enqueued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Events do not carry a job&apos;s priority: it shows once the monitor has looked the job up, which it does for the jobs on screen.</source>
        <translation>Events enthalten die Priorität eines Jobs nicht: Sie erscheint, sobald der Monitor den Job nachgeschlagen hat, was er für die Jobs auf dem Bildschirm tut.</translation>
    </message>
    <message>
        <source>The server&apos;s retry count: 0 on the first run. A job that failed for good has one more than its maximum retries.</source>
        <translation>Die Wiederholungszahl des Servers: 0 beim ersten Lauf. Ein endgültig fehlgeschlagener Job hat eine mehr als seine höchste Zahl an Wiederholungen.</translation>
    </message>
    <message>
        <source>Retries</source>
        <comment>the retry count of a job</comment>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>The server no longer knows this job: looking it up answered 404 (not found), as after a restart without persistence. The row shows it as last seen.</source>
        <translation>Der Server kennt diesen Job nicht mehr: Die Abfrage ergab 404 (nicht gefunden), wie nach einem Neustart ohne Persistenz. Die Zeile zeigt den zuletzt gesehenen Stand.</translation>
    </message>
</context>
<context>
    <name>dispatch::JobsPage</name>
    <message>
        <source>Show only jobs in the checked states; none checked shows all.</source>
        <translation>Nur Jobs in den angehakten Zuständen zeigen; ohne Haken werden alle gezeigt.</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Queues</translation>
    </message>
    <message>
        <source>&amp;Enqueue…</source>
        <translation>&amp;Einreihen…</translation>
    </message>
    <message>
        <source>Retry Selected…</source>
        <translation>Ausgewählte wiederholen …</translation>
    </message>
    <message>
        <source>Cancel Selected…</source>
        <translation>Ausgewählte abbrechen …</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) selected.</source>
        <extracomment>Above the Jobs table while several rows are selected; %n is how many.</extracomment>
        <translation>
            <numerusform>%n Job ausgewählt.</numerusform>
            <numerusform>%n Jobs ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry the selected jobs that failed; the server refuses the others, and the summary says which.</source>
        <translation>Die ausgewählten fehlgeschlagenen Jobs wiederholen; die anderen lehnt der Server ab, und die Zusammenfassung sagt, welche.</translation>
    </message>
    <message>
        <source>Cancel the selected jobs that have not started; the server refuses the others, and the summary says which.</source>
        <translation>Die ausgewählten Jobs abbrechen, die noch nicht begonnen haben; die anderen lehnt der Server ab, und die Zusammenfassung sagt, welche.</translation>
    </message>
    <message>
        <source>Export Jobs</source>
        <translation>Jobs exportieren</translation>
    </message>
    <message>
        <source>Search id, name, queue, error, payload</source>
        <translation>ID, Name, Queue, Fehler, Payload durchsuchen</translation>
    </message>
    <message>
        <source>Matches ignoring case. Payloads are known for the jobs the monitor has looked up: those shown in the list and those opened.</source>
        <translation>Groß- und Kleinschreibung zählen nicht. Payloads kennt der Monitor von den Jobs, die er nachgeschlagen hat: den in der Liste angezeigten und den geöffneten.</translation>
    </message>
    <message>
        <source>No jobs seen yet. They appear here as the server reports them.</source>
        <translation>Noch keine Jobs gesehen. Sie erscheinen hier, sobald der Server sie meldet.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <extracomment>A line under &quot;No jobs match these filters:&quot;. %1 lists the checked states (&quot;Failed, Retrying&quot;).</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <extracomment>A line under &quot;No jobs match these filters:&quot;. %1 is the queue chosen.</extracomment>
        <translation>Queue: %1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <extracomment>A line under &quot;No jobs match these filters:&quot;. %1 is the text typed in the search field.</extracomment>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>No jobs match these filters:</source>
        <translation>Keine Jobs passen zu diesen Filtern:</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) seen since %1. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table. %n is how many jobs the monitor has seen, %1 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%n Job seit %1 gesehen. Ältere Jobs kann der Server nicht auflisten.</numerusform>
            <numerusform>%n Jobs seit %1 gesehen. Ältere Jobs kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) seen since connecting. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table. %n is how many jobs the monitor has seen.</extracomment>
        <translation>
            <numerusform>%n Job seit dem Verbinden gesehen. Ältere Jobs kann der Server nicht auflisten.</numerusform>
            <numerusform>%n Jobs seit dem Verbinden gesehen. Ältere Jobs kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) seen since %2 match the filters. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table while filters are set. %1 is how many jobs pass them, %n how many the monitor has seen, %2 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%1 von %n seit %2 gesehenen Job passen zu den Filtern. Ältere Jobs kann der Server nicht auflisten.</numerusform>
            <numerusform>%1 von %n seit %2 gesehenen Jobs passen zu den Filtern. Ältere Jobs kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n job(s) seen since connecting match the filters. The server cannot list older jobs.</source>
        <extracomment>Above the Jobs table while filters are set. %1 is how many jobs pass them, %n how many the monitor has seen.</extracomment>
        <translation>
            <numerusform>%1 von %n seit dem Verbinden gesehenen Job passen zu den Filtern. Ältere Jobs kann der Server nicht auflisten.</numerusform>
            <numerusform>%1 von %n seit dem Verbinden gesehenen Jobs passen zu den Filtern. Ältere Jobs kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list keeps the newest %1 finished jobs: %n older one(s) left it.</source>
        <extracomment>Above the Jobs table, after the count of jobs seen. %1 is the most finished jobs the list keeps (--keep-jobs), %n how many older finished jobs have left it.</extracomment>
        <translation>
            <numerusform>Die Liste behält die neuesten %1 beendeten Jobs: %n älterer hat sie verlassen.</numerusform>
            <numerusform>Die Liste behält die neuesten %1 beendeten Jobs: %n ältere haben sie verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the jobs seen since connecting, or all of this profile&apos;s history kept on this computer.</source>
        <translation>Die seit dem Verbinden gesehenen Jobs durchsuchen oder den gesamten Verlauf dieses Profils, der auf diesem Computer gespeichert ist.</translation>
    </message>
    <message>
        <source>Search the history: whole words, word* for a prefix, or an id</source>
        <translation>Verlauf durchsuchen: ganze Wörter, Wort* für einen Wortanfang oder eine ID</translation>
    </message>
    <message>
        <source>No event says a job is %1 (cancelling sends none), so the history cannot find such jobs.</source>
        <extracomment>Above the Jobs page&apos;s history search. %1 lists the checked states (&quot;Cancelled&quot;).</extracomment>
        <translation>Kein Event sagt, dass ein Job %1 ist (Abbrechen sendet keines), daher kann der Verlauf solche Jobs nicht finden.</translation>
    </message>
</context>
<context>
    <name>dispatch::Journal</name>
    <message numerus="yes">
        <source>The journal fell behind: %n event(s) received from %1 to %2 were not written to the history, which shows a gap there.</source>
        <extracomment>Status bar warning. %n is how many events were not kept, %1 and %2 the times (HH:mm:ss) the first and the last of them arrived. The journal is the profile&apos;s history file.</extracomment>
        <translation>
            <numerusform>Das Journal kam nicht nach: %n Event, empfangen von %1 bis %2, wurde nicht in den Verlauf geschrieben, der dort eine Lücke zeigt.</numerusform>
            <numerusform>Das Journal kam nicht nach: %n Events, empfangen von %1 bis %2, wurden nicht in den Verlauf geschrieben, der dort eine Lücke zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal fell behind at %1: the events received from then on are not written to the history until it catches up, and the history will show a hole there.</source>
        <extracomment>Status bar warning, at once when it happens. %1 is the time (HH:mm:ss) the first event not kept arrived. The journal is the profile&apos;s history file.</extracomment>
        <translation>Das Journal kam um %1 nicht mehr nach: Die ab dann empfangenen Events werden nicht in den Verlauf geschrieben, bis es aufgeholt hat, und der Verlauf wird dort eine Lücke zeigen.</translation>
    </message>
</context>
<context>
    <name>dispatch::JournalFiles</name>
    <message>
        <source>Another Dispatch Monitor is writing this journal (%1): clear it there, or close it first.</source>
        <extracomment>In the profile dialog after Clear History. %1 is the journal&apos;s file.</extracomment>
        <translation>Ein anderer Dispatch Monitor schreibt dieses Journal (%1): Leeren Sie es dort, oder schließen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The journal %1 could not be locked for deleting; nothing was deleted.</source>
        <extracomment>In the profile dialog after Clear History. %1 is the journal&apos;s file.</extracomment>
        <translation>Das Journal %1 konnte zum Löschen nicht gesperrt werden; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>These files could not be deleted: %1</source>
        <extracomment>In the profile dialog after Clear History. %1 lists the files that are still there.</extracomment>
        <translation>Diese Dateien konnten nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::JournalSearchModel</name>
    <message>
        <source>looked up: %1</source>
        <extracomment>A search result that is no event but a job, run or timeline as looked up. %1 is &quot;job&quot;, &quot;run&quot; or &quot;timeline&quot; (the record&apos;s kind, not translated).</extracomment>
        <translation>abgefragt: %1</translation>
    </message>
    <message>
        <source>looked up: %1, %2</source>
        <extracomment>A search result that is no event but a job or run as looked up. %1 is &quot;job&quot; or &quot;run&quot; (the record&apos;s kind, not translated), %2 its state as the server wrote it.</extracomment>
        <translation>abgefragt: %1, %2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <extracomment>A search result&apos;s name column: %1 is a workflow&apos;s name, %2 a step&apos;s.</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Job / run</source>
        <comment>the job or workflow run a search result is about</comment>
        <translation>Job / Lauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>dispatch::JournalWriter</name>
    <message>
        <source>The journal needs Qt&apos;s SQLite driver (Debian package libqt6sql6-sqlite), which is not installed: this session&apos;s history is not kept.</source>
        <extracomment>Status bar warning. The package name is literal.</extracomment>
        <translation>Das Journal braucht den SQLite-Treiber von Qt (Debian-Paket libqt6sql6-sqlite), der nicht installiert ist: Der Verlauf dieser Sitzung wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 could not be made: this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is a folder.</extracomment>
        <translation>Der Ordner %1 für das Journal konnte nicht angelegt werden: Der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Another Dispatch Monitor is keeping the journal %1 of this profile: this window keeps its history in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file.</extracomment>
        <translation>Ein anderer Dispatch Monitor führt das Journal %1 dieses Profils: Dieses Fenster hält seinen Verlauf nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The journal cannot be written in the folder %1: this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is a folder.</extracomment>
        <translation>Im Ordner %1 kann das Journal nicht geschrieben werden: Der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened (%2): this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file, %2 SQLite&apos;s reason.</extracomment>
        <translation>Das Journal %1 konnte nicht geöffnet werden (%2): Der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The journal %1 could not be read (%2). It was left as it is; this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file, %2 SQLite&apos;s reason.</extracomment>
        <translation>Das Journal %1 konnte nicht gelesen werden (%2). Es bleibt unverändert; der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer Dispatch Monitor (schema %2; this one knows up to %3). It was left as it is; this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file; %2 and %3 are schema version numbers.</extracomment>
        <translation>Das Journal %1 wurde von einem neueren Dispatch Monitor geschrieben (Schema %2; dieser kennt bis %3). Es bleibt unverändert; der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written (%2): this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file, %2 SQLite&apos;s reason.</extracomment>
        <translation>Das Journal %1 kann nicht geschrieben werden (%2): Der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The journal %1 could not be brought up to date (%2). It was left as it was; this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file, %2 SQLite&apos;s reason.</extracomment>
        <translation>Das Journal %1 konnte nicht auf den neuen Stand gebracht werden (%2). Es bleibt, wie es war; der Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Writing the journal %1 failed (%2). What it held stays; the rest of this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file, %2 SQLite&apos;s reason (e.g. the disk is full).</extracomment>
        <translation>Das Schreiben des Journals %1 ist fehlgeschlagen (%2). Was es enthielt, bleibt erhalten; der weitere Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation>Das Journal ist geschlossen.</translation>
    </message>
    <message>
        <source>The journal %1 was raised to the schema of a newer Dispatch Monitor while this session wrote it (schema %2; this one knows up to %3). Nothing more is written to it and it is left as it is; the rest of this session&apos;s history is kept in memory only.</source>
        <extracomment>Status bar warning. %1 is the journal&apos;s file; %2 and %3 are schema version numbers.</extracomment>
        <translation>Das Journal %1 wurde während dieser Sitzung auf das Schema eines neueren Dispatch Monitor angehoben (Schema %2; dieser kennt bis %3). Es wird nichts mehr hineingeschrieben und es bleibt unverändert; der weitere Verlauf dieser Sitzung wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
</context>
<context>
    <name>dispatch::JournaledRowDelegate</name>
    <message>
        <source>From this profile&apos;s history: received before this session began.</source>
        <translation>Aus dem Verlauf dieses Profils: empfangen, bevor diese Sitzung begann.</translation>
    </message>
</context>
<context>
    <name>dispatch::JsonEditor</name>
    <message>
        <source>JSON, for example {&quot;to&quot;: &quot;ops@example.com&quot;}</source>
        <translation>JSON, zum Beispiel {&quot;to&quot;: &quot;ops@example.com&quot;}</translation>
    </message>
    <message>
        <source>empty: enter a JSON value such as {}</source>
        <translation>leer: geben Sie einen JSON-Wert wie {} ein</translation>
    </message>
</context>
<context>
    <name>dispatch::JsonViewer</name>
    <message>
        <source>This data is %1, too large to format: the first %2 are shown as received. Right-click and choose Copy All to copy all of it.</source>
        <extracomment>Above a job&apos;s payload or a run&apos;s input that is too large to show. %1 is its size (&quot;53.2 MB&quot;), %2 the size of the part shown (&quot;1 MB&quot;). Copy All is an entry of the viewer&apos;s right-click menu.</extracomment>
        <translation>Diese Daten sind %1 groß, zu groß zum Formatieren: Die ersten %2 werden so gezeigt, wie sie empfangen wurden. Mit einem Rechtsklick und „Alles kopieren“ kopieren Sie alles.</translation>
    </message>
    <message>
        <source>Copy All</source>
        <extracomment>Context menu entry of a payload viewer that shows only the first part of a large payload.</extracomment>
        <translation>Alles kopieren</translation>
    </message>
</context>
<context>
    <name>dispatch::MainWindow</name>
    <message>
        <source>Dispatch Monitor</source>
        <translation>Dispatch Monitor</translation>
    </message>
    <message>
        <source>0 events/s</source>
        <translation>0 Events/s</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <extracomment>Event rate in the status bar. %1 is the number of events per second (e.g. 9.5).</extracomment>
        <translation>%1 Events/s</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>&amp;Workflows</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Open by ID…</source>
        <translation>Nach ID &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Enqueue Job…</source>
        <translation>Job &amp;einreihen…</translation>
    </message>
    <message>
        <source>&amp;Start Workflow…</source>
        <translation>Workflow &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Publish Event…</source>
        <translation>Event &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>%1 — Dispatch Monitor</source>
        <extracomment>Window title of an ad-hoc connection. %1 is the server&apos;s host name.</extracomment>
        <translation>%1 — Dispatch Monitor</translation>
    </message>
    <message>
        <source>Offline %1–%2: events of that span are missing</source>
        <extracomment>Banner after a reconnect. %1 and %2 are the times (HH:mm:ss) the connection was lost and back.</extracomment>
        <translation>Offline %1–%2: Events aus dieser Zeit fehlen</translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <extracomment>Status bar when the server refused the token. %1 is the server&apos;s message (English).</extracomment>
        <translation>Der Server hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <extracomment>Status bar when connecting failed. %1 is the reason.</extracomment>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Stats</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Counts, health and recent failures since connecting (Ctrl+1)</source>
        <translation>Zählungen, Zustand und letzte Fehlschläge seit dem Verbinden (Strg+1)</translation>
    </message>
    <message>
        <source>Jobs seen since connecting (Ctrl+2)</source>
        <translation>Seit dem Verbinden gesehene Jobs (Strg+2)</translation>
    </message>
    <message>
        <source>Workflow runs seen since connecting (Ctrl+3)</source>
        <translation>Seit dem Verbinden gesehene Workflow-Läufe (Strg+3)</translation>
    </message>
    <message>
        <source>The live event stream (Ctrl+4)</source>
        <translation>Der laufende Event-Stream (Strg+4)</translation>
    </message>
    <message>
        <source>Charts of event rates, job outcomes and server stats (Ctrl+5)</source>
        <translation>Diagramme zu Event-Raten, Job-Ergebnissen und Serverstatistik (Strg+5)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnected; %n job(s) on screen refreshed.</source>
        <extracomment>Status bar after a reconnect, first sentence; %n is the number of jobs on screen fetched again.</extracomment>
        <translation>
            <numerusform>Wieder verbunden; %n Job auf dem Bildschirm aktualisiert.</numerusform>
            <numerusform>Wieder verbunden; %n Jobs auf dem Bildschirm aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) on screen refreshed.</source>
        <extracomment>Status bar after a reconnect, second sentence; %n is the number of workflow runs fetched again.</extracomment>
        <translation>
            <numerusform>%n Lauf auf dem Bildschirm aktualisiert.</numerusform>
            <numerusform>%n Läufe auf dem Bildschirm aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>Jetzt &amp;neu verbinden</translation>
    </message>
    <message>
        <source>Try to connect at once instead of waiting for the next attempt</source>
        <translation>Sofort verbinden, statt auf den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection and stay disconnected until Reconnect Now</source>
        <translation>Die Verbindung schließen und getrennt bleiben, bis „Jetzt neu verbinden“ gewählt wird</translation>
    </message>
    <message>
        <source>Search &amp;This Page</source>
        <extracomment>View menu: puts the cursor in the search field of the page on screen (Ctrl+F).</extracomment>
        <translation>Auf dieser Seite &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Dead Letters</source>
        <translation>&amp;Dead Letters</translation>
    </message>
    <message>
        <source>Dead Letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>The server&apos;s dead letters: count, replay, purge, and jobs dead-lettered since connecting (Ctrl+6)</source>
        <translation>Die Dead Letters des Servers: Anzahl, erneut einreihen, löschen und die seit dem Verbinden gesehenen Dead-Letter-Jobs (Strg+6)</translation>
    </message>
    <message>
        <source>&amp;Crons</source>
        <translation>&amp;Crons</translation>
    </message>
    <message>
        <source>Crons</source>
        <translation>Crons</translation>
    </message>
    <message>
        <source>Crons seen firing, and cron entries opened by id (Ctrl+7)</source>
        <translation>Ausgelöste Crons und über die ID geöffnete Cron-Einträge (Strg+7)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Actions menu (F5): asks the server again for the job or run selected on the page, or for the Overview&apos;s totals.</extracomment>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the server again for the selected job or run, or for the server&apos;s totals</source>
        <translation>Den Server erneut nach dem ausgewählten Job oder Lauf oder nach seinen Summen fragen</translation>
    </message>
    <message>
        <source>Connecting to %1. The window shows the current server until the new one accepts the connection.</source>
        <extracomment>Status bar while a new connection is tried. %1 is the new server&apos;s address.</extracomment>
        <translation>Verbinde mit %1. Das Fenster zeigt den bisherigen Server, bis der neue die Verbindung annimmt.</translation>
    </message>
    <message>
        <source>%1 rejected the token: %2. The window still shows the server it showed before.</source>
        <extracomment>Status bar. %1 is the new server&apos;s address, %2 the server&apos;s message (English).</extracomment>
        <translation>%1 hat das Token abgelehnt: %2. Das Fenster zeigt weiter den bisherigen Server.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2. The window still shows the server it showed before.</source>
        <extracomment>Status bar. %1 is the new server&apos;s address, %2 the reason (English).</extracomment>
        <translation>Keine Verbindung zu %1: %2. Das Fenster zeigt weiter den bisherigen Server.</translation>
    </message>
    <message>
        <source>Open &amp;Saved Run…</source>
        <translation>&amp;Gespeicherten Lauf öffnen …</translation>
    </message>
</context>
<context>
    <name>dispatch::MonitorController</name>
    <message>
        <source>Enqueue Again</source>
        <translation>Erneut einreihen</translation>
    </message>
    <message>
        <source>Started %1</source>
        <extracomment>Status bar after the Start Workflow dialog. %1 is the new workflow run&apos;s id (run_…).</extracomment>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>Published %1</source>
        <extracomment>Status bar after the Publish Event dialog. %1 is the published event&apos;s id (evt_…).</extracomment>
        <translation>%1 veröffentlicht</translation>
    </message>
    <message>
        <source>“%1” is not a job or run id.</source>
        <extracomment>Status bar after Open by Id. %1 is the text the operator typed.</extracomment>
        <translation>„%1“ ist weder eine Job- noch eine Lauf-ID.</translation>
    </message>
    <message>
        <source>Open Job</source>
        <translation>Job öffnen</translation>
    </message>
    <message>
        <source>Open Workflow Run</source>
        <translation>Workflow-Lauf öffnen</translation>
    </message>
    <message>
        <source>No longer watching %1</source>
        <extracomment>Status bar after Stop Watching. %1 is the workflow run id (run_…).</extracomment>
        <translation>%1 wird nicht mehr beobachtet</translation>
    </message>
    <message>
        <source>Watch Run</source>
        <translation>Lauf beobachten</translation>
    </message>
    <message>
        <source>Watching %1: it is followed across reconnects.</source>
        <extracomment>Status bar after Watch Run. %1 is the workflow run id (run_…).</extracomment>
        <translation>%1 wird beobachtet, auch über Neuverbindungen hinweg.</translation>
    </message>
    <message>
        <source>Enqueued %1.</source>
        <extracomment>Status bar after the Enqueue dialog. %1 is the new job&apos;s id (job_…), shown as a link that opens it.</extracomment>
        <translation>%1 eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>Enqueued %n job(s); the last is %1.</source>
        <extracomment>Status bar after the Enqueue dialog sent several copies. %n is how many, %1 the last job&apos;s id (job_…), shown as a link.</extracomment>
        <translation>
            <numerusform>%n Job eingereiht; der letzte ist %1.</numerusform>
            <numerusform>%n Jobs eingereiht; der letzte ist %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The server&apos;s admin API is not found yet.</source>
        <translation>Die Admin-API des Servers ist noch nicht gefunden.</translation>
    </message>
    <message>
        <source>The server&apos;s registered workflow names could not be read: %1</source>
        <extracomment>Under the workflow name field when GET /v1/workflows failed; %1 is the reason in words.</extracomment>
        <translation>Die beim Server registrierten Workflow-Namen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server no longer knows job %1; it is shown as last seen.</source>
        <extracomment>Status bar. %1 is the job id (job_…).</extracomment>
        <translation>Der Server kennt Job %1 nicht mehr; angezeigt wird der zuletzt gesehene Stand.</translation>
    </message>
    <message>
        <source>The server no longer knows run %1; it is shown as last seen.</source>
        <extracomment>Status bar. %1 is the workflow run id (wfrun_…).</extracomment>
        <translation>Der Server kennt den Lauf %1 nicht mehr; angezeigt wird der zuletzt gesehene Stand.</translation>
    </message>
    <message>
        <source>Nothing is known of run %1 yet: nothing was saved.</source>
        <extracomment>Status bar after Save Run… for a run nothing is known of. %1 is the run id.</extracomment>
        <translation>Von Lauf %1 ist noch nichts bekannt: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Save Run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saved run %1 with %n event(s) to %2.</source>
        <extracomment>Status bar after Save Run…. %1 is the run id, %2 the file, %n the number of its events saved.</extracomment>
        <translation>
            <numerusform>Lauf %1 mit %n Event in %2 gespeichert.</numerusform>
            <numerusform>Lauf %1 mit %n Events in %2 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved runs (*.json)</source>
        <translation>Gespeicherte Läufe (*.json)</translation>
    </message>
</context>
<context>
    <name>dispatch::MonitorSession</name>
    <message>
        <source>Could not subscribe to the event stream: %1</source>
        <extracomment>Status bar warning. %1 is why the subscription failed.</extracomment>
        <translation>Der Event-Stream konnte nicht abonniert werden: %1</translation>
    </message>
    <message>
        <source>Could not refresh job %1: %2</source>
        <extracomment>Status bar warning. %1 is the job id (job_…), %2 why it could not be fetched.</extracomment>
        <translation>Job %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not refresh run %1: %2</source>
        <extracomment>Status bar warning. %1 is the workflow run id (run_…), %2 why it could not be fetched.</extracomment>
        <translation>Lauf %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Could not refresh after reconnecting: %1</source>
        <extracomment>Status bar warning. %1 is why the lists could not be fetched again.</extracomment>
        <translation>Aktualisierung nach der Neuverbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server statistics are not available: %1</source>
        <extracomment>Status bar warning on the Overview and Stats pages. %1 is why the stats request failed.</extracomment>
        <translation>Serverstatistiken sind nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>dispatch::NotJsonMessage</name>
    <message>
        <source>an empty text message, not a JSON frame</source>
        <translation>eine leere Textnachricht, kein JSON-Frame</translation>
    </message>
    <message>
        <source>an empty binary message, not a JSON frame</source>
        <translation>eine leere Binärnachricht, kein JSON-Frame</translation>
    </message>
    <message>
        <source>a text message of %1 bytes that is not a JSON frame, starting &quot;%2&quot;</source>
        <extracomment>%1 is a byte count, %2 the message&apos;s first bytes</extracomment>
        <translation>eine Textnachricht von %1 Bytes, die kein JSON-Frame ist, beginnend mit „%2“</translation>
    </message>
    <message>
        <source>a binary message of %1 bytes that is not a JSON frame, starting &quot;%2&quot;</source>
        <extracomment>%1 is a byte count, %2 the message&apos;s first bytes</extracomment>
        <translation>eine Binärnachricht von %1 Bytes, die kein JSON-Frame ist, beginnend mit „%2“</translation>
    </message>
</context>
<context>
    <name>dispatch::OpenByIdDialog</name>
    <message>
        <source>Paste an id from a log, an event or another tool.</source>
        <translation>Fügen Sie eine ID aus einem Log, einem Event oder einem anderen Werkzeug ein.</translation>
    </message>
    <message>
        <source>A job: opens it on the Jobs page.</source>
        <translation>Ein Job: wird auf der Seite „Jobs“ geöffnet.</translation>
    </message>
    <message>
        <source>A workflow run: opens it on the Workflows page.</source>
        <translation>Ein Workflow-Lauf: wird auf der Seite „Workflows“ geöffnet.</translation>
    </message>
    <message>
        <source>Only jobs and workflow runs can be looked up over DWP.</source>
        <translation>Über DWP lassen sich nur Jobs und Workflow-Läufe nachschlagen.</translation>
    </message>
    <message>
        <source>Not a job or run id: they look like job_ or wfrun_ followed by 26 letters and digits.</source>
        <translation>Keine Job- oder Lauf-ID: Diese bestehen aus job_ oder wfrun_ und 26 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A cron entry: opens it on the Crons page, over the server&apos;s admin API.</source>
        <translation>Ein Cron-Eintrag: wird über die Admin-API des Servers auf der Seite „Crons“ geöffnet.</translation>
    </message>
</context>
<context>
    <name>dispatch::OverviewPage</name>
    <message>
        <source>none seen yet</source>
        <translation>noch keine gesehen</translation>
    </message>
    <message>
        <source>%1 % of those seen</source>
        <extracomment>Share under a job count on the Overview page. %1 is a percentage (e.g. 12.5).</extracomment>
        <translation>%1 % der gesehenen</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Events pro Sekunde</translation>
    </message>
    <message>
        <source>over the last second</source>
        <translation>in der letzten Sekunde</translation>
    </message>
    <message>
        <source>Dead-lettered</source>
        <translation>In der Dead-Letter-Queue</translation>
    </message>
    <message>
        <source>jobs with job.dlq seen</source>
        <translation>Jobs mit gesehenem job.dlq</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s stats</source>
        <translation>wartet auf die Serverstatistik</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Stream and server</source>
        <translation>Stream und Server</translation>
    </message>
    <message>
        <source>Click a failure to open it on the Jobs or Workflows page.</source>
        <translation>Klicken Sie auf einen Fehlschlag, um ihn auf der Seite Jobs oder Workflows zu öffnen.</translation>
    </message>
    <message>
        <source>Recent failures (newest first, at most %1)</source>
        <extracomment>Title of the recent failures list on the Overview page. %1 is the most rows it shows.</extracomment>
        <translation>Letzte Fehlschläge (neueste zuerst, höchstens %1)</translation>
    </message>
    <message>
        <source>Jobs seen since %1 (%2 in all; the server cannot list older ones)</source>
        <extracomment>On the Overview page. %1 is when the monitor started seeing jobs (a time or &quot;connecting&quot;), %2 how many jobs it has seen.</extracomment>
        <translation>Seit %1 gesehene Jobs (%2 insgesamt; ältere kann der Server nicht auflisten)</translation>
    </message>
    <message>
        <source>Workflow runs seen since %1</source>
        <extracomment>On the Overview page. %1 is when the monitor started seeing workflow runs (a time or &quot;connecting&quot;).</extracomment>
        <translation>Seit %1 gesehene Workflow-Läufe</translation>
    </message>
    <message>
        <source>server stats at %1</source>
        <extracomment>Caption of a card on the Overview page. %1 is the time (HH:mm:ss) of the server&apos;s stats reply.</extracomment>
        <translation>Serverstatistik von %1</translation>
    </message>
    <message>
        <source>No job or workflow run has failed since %1.</source>
        <extracomment>On the Overview page. %1 is when the monitor started seeing jobs (a time or &quot;connecting&quot;).</extracomment>
        <translation>Seit %1 ist kein Job und kein Workflow-Lauf fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new failure(s) wait until the pointer leaves the list.</source>
        <extracomment>Beside &quot;Recent failures&quot; while the pointer rests on the list, which then holds still. %n is how many failures arrived meanwhile.</extracomment>
        <translation>
            <numerusform>%n neuer Fehlschlag wartet, bis der Mauszeiger die Liste verlässt.</numerusform>
            <numerusform>%n neue Fehlschläge warten, bis der Mauszeiger die Liste verlässt.</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1, from the history</source>
        <extracomment>Caption of a card on the Overview page before the server&apos;s stats arrive. %1 is a date and time.</extracomment>
        <translation>Stand %1, aus dem Verlauf</translation>
    </message>
</context>
<context>
    <name>dispatch::PendingRequestMap</name>
    <message>
        <source>%1 (request %2) ended without a reply</source>
        <extracomment>Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the request id.</extracomment>
        <translation>%1 (Anfrage %2) endete ohne Antwort</translation>
    </message>
    <message>
        <source>%1 not sent: the request map is shutting down</source>
        <extracomment>Error of a request. %1 is the DWP method (e.g. job.get, not translated).</extracomment>
        <translation>%1 nicht gesendet: die Anfrageverwaltung wird beendet</translation>
    </message>
    <message>
        <source>%1 not sent: %2 requests are already waiting for the server&apos;s answer (the limit)</source>
        <extracomment>Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the limit of requests waiting at once.</extracomment>
        <translation>%1 nicht gesendet: bereits %2 Anfragen warten auf die Antwort des Servers (die Grenze)</translation>
    </message>
    <message>
        <source>%1 (request %2) could not be sent: not connected, or the server is not reading what we already sent</source>
        <extracomment>Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the request id.</extracomment>
        <translation>%1 (Anfrage %2) konnte nicht gesendet werden: nicht verbunden, oder der Server liest nicht, was schon gesendet wurde</translation>
    </message>
    <message>
        <source>error frame for request %1 without an error</source>
        <extracomment>Error of a request whose error frame from the server carries no error. %1 is the request id.</extracomment>
        <translation>Fehler-Frame für Anfrage %1 ohne Fehlerangabe</translation>
    </message>
    <message>
        <source>request %1 was completed without a reply</source>
        <extracomment>Error of a request. %1 is the request id.</extracomment>
        <translation>Anfrage %1 wurde ohne Antwort abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (request %2) was aborted</source>
        <extracomment>Error of a request cancelled by the monitor. %1 is the DWP method (e.g. job.get, not translated), %2 the request id.</extracomment>
        <translation>%1 (Anfrage %2) wurde abgebrochen</translation>
    </message>
    <message>
        <source>no reply to %1 (request %2) within %3 ms</source>
        <extracomment>Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the request id, %3 the deadline in milliseconds.</extracomment>
        <translation>keine Antwort auf %1 (Anfrage %2) innerhalb von %3 ms</translation>
    </message>
    <message>
        <source>no reply to subscription %1 (request %2) for %3 ms</source>
        <extracomment>Error of a subscription. %1 is the DWP method (e.g. event.subscribe, not translated), %2 the request id, %3 how long it waited in milliseconds.</extracomment>
        <translation>seit %3 ms keine Antwort auf das Abonnement %1 (Anfrage %2)</translation>
    </message>
</context>
<context>
    <name>dispatch::ProfileComboBox</name>
    <message>
        <source>No profile</source>
        <translation>Kein Profil</translation>
    </message>
    <message>
        <source>Switch to another server profile</source>
        <translation>Zu einem anderen Serverprofil wechseln</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Tooltip of a profile in the profile chooser. %1 is the environment (Production, Staging, Development, Local), %2 the server&apos;s URL.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>dispatch::ProfileController</name>
    <message>
        <source>Problems in the settings: %1 (see the message for all of them)</source>
        <extracomment>Status bar at start. %1 is the first problem found in the settings file (a whole sentence).</extracomment>
        <translation>Probleme in den Einstellungen: %1 (alle stehen in der Meldung)</translation>
    </message>
    <message>
        <source>Problems in the settings</source>
        <translation>Probleme in den Einstellungen</translation>
    </message>
    <message>
        <source>The monitor started, but some settings could not be used:</source>
        <translation>Der Monitor wurde gestartet, aber einige Einstellungen konnten nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <extracomment>Details of the settings-problems message box. %1 is the path of the settings file.</extracomment>
        <translation>Einstellungsdatei: %1</translation>
    </message>
    <message>
        <source>Tokens: this session only</source>
        <translation>Tokens: nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Not connected to %1: the token would have been sent unencrypted.</source>
        <extracomment>Status bar when the operator declined to send the token over ws://. %1 is the server&apos;s host name.</extracomment>
        <translation>Nicht mit %1 verbunden: Das Token wäre unverschlüsselt gesendet worden.</translation>
    </message>
    <message>
        <source>%1 [%2] — Dispatch Monitor</source>
        <extracomment>Window title. %1 is the server profile&apos;s name, %2 its environment (Production, Staging, Development, Local).</extracomment>
        <translation>%1 [%2] — Dispatch Monitor</translation>
    </message>
    <message numerus="yes">
        <source>History cleared: %n record(s) deleted.</source>
        <extracomment>In the profile dialog after Clear History. %n is the number of records deleted.</extracomment>
        <translation>
            <numerusform>Verlauf geleert: %n Eintrag gelöscht.</numerusform>
            <numerusform>Verlauf geleert: %n Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing stopped: %1</source>
        <extracomment>In the profile dialog. %1 is SQLite&apos;s reason.</extracomment>
        <translation>Das Leeren wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>History cleared: the journal&apos;s files were deleted.</source>
        <translation>Verlauf geleert: Die Dateien des Journals wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>dispatch::ProfilesDialog</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Without this, the monitor asks before sending the token of this profile in plain text over ws:// to another machine.</source>
        <translation>Ohne diese Option fragt der Monitor nach, bevor er das Token dieses Profils im Klartext über ws:// an einen anderen Rechner sendet.</translation>
    </message>
    <message>
        <source>The stored token will be removed</source>
        <translation>Das gespeicherte Token wird entfernt</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keyring, never in the settings file.</source>
        <translation>Tokens werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>API token (empty for servers without authentication)</source>
        <translation>API-Token (leer bei Servern ohne Authentifizierung)</translation>
    </message>
    <message>
        <source>Unchanged (type to replace the stored token)</source>
        <translation>Unverändert (tippen, um das gespeicherte Token zu ersetzen)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Profile “%1” needs attention: %2</source>
        <extracomment>Under the profile list of the Server Profiles dialog. %1 is the profile&apos;s name (or &quot;(unnamed)&quot;), %2 the sentence saying what is wrong with it.</extracomment>
        <translation>Profil „%1“ braucht Aufmerksamkeit: %2</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Same host as the server</source>
        <translation>Gleicher Host wie der Server</translation>
    </message>
    <message>
        <source>At this address:</source>
        <translation>Unter dieser Adresse:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Dispatch&apos;s REST admin API gives the server&apos;s totals, retry, guarded cancel, dead letters and crons. It is usually served on the server&apos;s own host and port under /dispatch.</source>
        <translation>Die REST-Admin-API von Dispatch liefert die Summen des Servers, erneutes Ausführen, geschütztes Abbrechen, Dead Letters und Crons. Sie liegt meist auf Host und Port des Servers unter /dispatch.</translation>
    </message>
    <message>
        <source>Dispatch&apos;s admin API has no authentication of its own. Turn this on when a proxy in front of it checks the same token as the server.</source>
        <translation>Die Admin-API von Dispatch hat keine eigene Authentifizierung. Schalten Sie dies ein, wenn ein vorgeschalteter Proxy dasselbe Token prüft wie der Server.</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds between two requests for the server&apos;s totals.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the Overview asks the admin API for the server&apos;s totals while it is shown. The server lists every workflow run to count them, so ask gently.</source>
        <translation>Wie oft die Übersicht die Admin-API nach den Summen des Servers fragt, solange sie angezeigt wird. Der Server listet zum Zählen jeden Workflow-Lauf auf, also fragen Sie sparsam.</translation>
    </message>
    <message>
        <source>Without the admin API the monitor shows no server totals and cannot retry jobs, replay dead letters or switch crons off.</source>
        <translation>Ohne die Admin-API zeigt der Monitor keine Serversummen und kann weder Jobs erneut ausführen noch Dead Letters erneut einreihen oder Crons abschalten.</translation>
    </message>
    <message>
        <source>The admin API is expected at %1.</source>
        <extracomment>In the profile dialog. %1 is the admin API&apos;s address, e.g. http://host:8080/dispatch.</extracomment>
        <translation>Die Admin-API wird unter %1 erwartet.</translation>
    </message>
    <message>
        <source>Dispatch&apos;s admin API has no authentication: anyone who can reach that address can retry, cancel, replay, purge and delete, unless a proxy in front of it checks a token.</source>
        <translation>Die Admin-API von Dispatch hat keine Authentifizierung: Wer diese Adresse erreicht, kann erneut ausführen, abbrechen, erneut einreihen, leeren und löschen, sofern kein vorgeschalteter Proxy ein Token prüft.</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days the journal keeps (e.g. &quot;30 days&quot;).</extracomment>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older records of this profile&apos;s journal are deleted in the background, about once an hour.</source>
        <translation>Ältere Einträge im Journal dieses Profils werden im Hintergrund gelöscht, etwa einmal pro Stunde.</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the journal&apos;s maximum size in megabytes (1 MB = 1 048 576 bytes).</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <source>When the journal&apos;s records take more than this, the oldest are deleted until they take less.</source>
        <translation>Belegen die Einträge des Journals mehr als das, werden die ältesten gelöscht, bis sie weniger belegen.</translation>
    </message>
    <message>
        <source>Delete everything this profile&apos;s journal holds. The monitor asks first.</source>
        <translation>Alles löschen, was das Journal dieses Profils enthält. Der Monitor fragt vorher.</translation>
    </message>
    <message>
        <source>A new profile has no history yet.</source>
        <translation>Ein neues Profil hat noch keinen Verlauf.</translation>
    </message>
    <message>
        <source>This monitor keeps no journal files (DISPATCH_MONITOR_JOURNAL_DIR is off, or the built-in demo).</source>
        <translation>Dieser Monitor führt keine Journal-Dateien (DISPATCH_MONITOR_JOURNAL_DIR ist off, oder die eingebaute Demo).</translation>
    </message>
    <message>
        <source>Its journal holds nothing yet.</source>
        <translation>Sein Journal enthält noch nichts.</translation>
    </message>
    <message>
        <source>Its journal takes %1 on disk, of which %2 are free pages that new records reuse before the file grows.</source>
        <extracomment>In the profile dialog. %1 is the journal&apos;s size on disk, %2 how much of it pruning freed (e.g. &quot;1.2 GB&quot;, &quot;340.5 MB&quot;).</extracomment>
        <translation>Sein Journal belegt %1 auf der Festplatte, davon %2 freie Seiten, die neue Einträge nutzen, bevor die Datei wächst.</translation>
    </message>
    <message>
        <source>Its journal takes %1 on disk.</source>
        <extracomment>In the profile dialog. %1 is the journal&apos;s size on disk (e.g. &quot;1.2 GB&quot;).</extracomment>
        <translation>Sein Journal belegt %1 auf der Festplatte.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Clear the history of “%1”?</source>
        <extracomment>Question before emptying a profile&apos;s journal. %1 is the profile&apos;s name.</extracomment>
        <translation>Den Verlauf von „%1“ leeren?</translation>
    </message>
    <message>
        <source>Every event, connection gap, stats sample, lookup and operator action this monitor kept for the profile is deleted from its journal. A later session no longer opens with them, and the Stats page&apos;s long windows start again. The server is not touched.

This cannot be taken back.</source>
        <translation>Jedes Event, jede Verbindungslücke, jede Statistik-Stichprobe, jede Abfrage und jede Bedienaktion, die dieser Monitor für das Profil aufbewahrt hat, wird aus seinem Journal gelöscht. Eine spätere Sitzung öffnet nicht mehr damit, und die langen Zeiträume der Statistik-Seite beginnen neu. Der Server bleibt unberührt.

Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep History</source>
        <translation>Verlauf behalten</translation>
    </message>
    <message>
        <source>Clearing…</source>
        <extracomment>In the profile dialog while a journal is being emptied.</extracomment>
        <translation>Wird geleert …</translation>
    </message>
</context>
<context>
    <name>dispatch::PublishEventDialog</name>
    <message>
        <source>optional JSON, e.g. {&quot;amount&quot;: 42}</source>
        <translation>optionales JSON, z. B. {&quot;amount&quot;: 42}</translation>
    </message>
    <message>
        <source>Publishing “%1”…</source>
        <extracomment>Status line of the Publish Event dialog while sending. %1 is the event name.</extracomment>
        <translation>Veröffentliche „%1“…</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <extracomment>Status line of the Publish Event dialog. %1 is the published event&apos;s id (evt_…).</extracomment>
        <translation>%1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Yes, publish this event on this production server.</source>
        <translation>Ja, dieses Event auf diesem Produktionsserver veröffentlichen.</translation>
    </message>
    <message>
        <source>Run %1 is waiting for “%2”.</source>
        <extracomment>Header of the Publish Event dialog opened from a run. %1 is the run id (run_…), %2 the event name the run waits for.</extracomment>
        <translation>Lauf %1 wartet auf „%2“.</translation>
    </message>
    <message>
        <source>Run %1 is running. Name the event its wait step expects.</source>
        <extracomment>Header of the Publish Event dialog opened from a run. %1 is the run id (run_…).</extracomment>
        <translation>Lauf %1 läuft. Nennen Sie das Event, das sein Warteschritt erwartet.</translation>
    </message>
    <message>
        <source>The monitor has seen no run waiting for “%1”. The server keeps the event until a run waits for that name, however much later.</source>
        <extracomment>Publish Event dialog, no run known to wait (dwp-protocol.md §3: the event stays until a run takes it). %1 is the event name.</extracomment>
        <translation>Der Monitor sieht keinen Lauf, der auf „%1“ wartet. Der Server behält das Event, bis ein Lauf auf diesen Namen wartet, auch viel später.</translation>
    </message>
    <message>
        <source>Only run %1 is seen waiting for “%2”. A run the monitor has not seen may still take the event first.</source>
        <extracomment>Publish Event dialog opened from the one run known to wait. %1 is the run id (run_…), %2 the event name.</extracomment>
        <translation>Nur Lauf %1 wartet, soweit der Monitor sieht, auf „%2“. Ein Lauf, den der Monitor nicht gesehen hat, kann das Event trotzdem zuerst nehmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) seen waiting for “%1”: one publish resumes one of them, whichever polls first.</source>
        <extracomment>Publish Event dialog. %n is how many runs the monitor has seen waiting, %1 the event name.</extracomment>
        <translation>
            <numerusform>Der Monitor sieht %n Lauf, der auf „%1“ wartet: Eine Veröffentlichung setzt ihn fort, soweit der Monitor weiß.</numerusform>
            <numerusform>Der Monitor sieht %n Läufe, die auf „%1“ warten: Eine Veröffentlichung setzt einen davon fort, den, der zuerst abfragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) seen waiting for “%1”: one publish resumes one of them, whichever polls first, not necessarily run %2.</source>
        <extracomment>Publish Event dialog opened from a run while others wait too. %n is how many runs the monitor has seen waiting, %1 the event name, %2 the run the dialog was opened from (run_…).</extracomment>
        <translation>
            <numerusform>Der Monitor sieht %n Lauf, der auf „%1“ wartet: Eine Veröffentlichung setzt ihn fort, nicht unbedingt Lauf %2.</numerusform>
            <numerusform>Der Monitor sieht %n Läufe, die auf „%1“ warten: Eine Veröffentlichung setzt einen davon fort, den, der zuerst abfragt, nicht unbedingt Lauf %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::RecentFailuresModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Workflow run</source>
        <translation>Workflow-Lauf</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Fehlgeschlagen um</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>Recent failures on the Overview: identical failures in one row. %1 is the job or workflow name, %2 how many jobs or runs failed with the same error.</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed with this error; the newest is shown.</source>
        <extracomment>Tooltip of a row of recent failures that stands for several. %n is how many jobs or runs failed with this error; the id of the newest is shown above.</extracomment>
        <translation>
            <numerusform>%n mit diesem Fehler fehlgeschlagen; der neueste wird gezeigt.</numerusform>
            <numerusform>%n mit diesem Fehler fehlgeschlagen; der neueste wird gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::ResponseStream</name>
    <message>
        <source>request %1 aborted</source>
        <extracomment>Error of a stream (subscription) the monitor cancelled. %1 is the request id.</extracomment>
        <translation>Anfrage %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>dispatch::RunDetailPanel</name>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>&amp;Publish Event…</source>
        <translation>Event &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Keep following this run, also across reconnects.</source>
        <translation>Diesem Lauf weiter folgen, auch über Neuverbindungen hinweg.</translation>
    </message>
    <message>
        <source>Select a step to see its data. Steps without a result have none.</source>
        <translation>Wählen Sie einen Schritt, um seine Daten zu sehen. Schritte ohne Ergebnis haben keine.</translation>
    </message>
    <message>
        <source>The input is fetched from the server when a run is opened.</source>
        <translation>Die Eingabe wird beim Öffnen eines Laufs vom Server geholt.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl+wheel)</source>
        <translation>Vergrößern (Strg++ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Show the whole run (Ctrl+0)</source>
        <translation>Den ganzen Lauf zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>(no input)</source>
        <translation>(keine Eingabe)</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Title of the workflow run detail panel. %1 is the workflow name, %2 the run&apos;s state (e.g. Running).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <extracomment>Title of the workflow run detail panel for a run not seen yet. %1 is the run id (run_…).</extracomment>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <extracomment>One fact in the run detail panel&apos;s line &quot;run_… · started 12:00:01 · took 3 s&quot;. %1 is the start time (HH:mm:ss).</extracomment>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <extracomment>One fact in the run detail panel&apos;s line &quot;run_… · started 12:00:01 · took 3 s&quot;. %1 is the run&apos;s duration (e.g. 3 min 5 s).</extracomment>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <source>child of %1</source>
        <extracomment>One fact in the run detail panel&apos;s line &quot;run_… · started 12:00:01 · took 3 s&quot;. %1 is the parent run&apos;s id (run_…).</extracomment>
        <translation>Kind von %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>Under the title of the run detail panel. %1 is the run&apos;s error message from the server (English).
----------
Step data box of the run detail panel. %1 is the step&apos;s error message from the server (English).</extracomment>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>&amp;Publish “%1”…</source>
        <extracomment>Button of the run detail panel. %1 is the event name earlier runs of this workflow waited for.</extracomment>
        <translation>„%1“ &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>The list&apos;s filters hide run %1. It stays here until you select another run.</source>
        <extracomment>Under the title of the run detail panel when the list&apos;s state or search filters hide the run shown. %1 is the run id (run_…).</extracomment>
        <translation>Die Filter der Liste blenden Lauf %1 aus. Er bleibt hier, bis Sie einen anderen Lauf auswählen.</translation>
    </message>
    <message>
        <source>Publish a workflow event. One publish resumes one run waiting for that name, whichever polls first, not necessarily this run.</source>
        <translation>Ein Workflow-Event veröffentlichen. Eine Veröffentlichung setzt einen Lauf fort, der auf diesen Namen wartet: den, der zuerst abfragt, nicht unbedingt diesen Lauf.</translation>
    </message>
    <message>
        <source>Earlier runs of this workflow waited for “%1” at this point. The server does not announce waits, so this is inferred. One publish resumes one run waiting for “%1”, whichever polls first, not necessarily this run.</source>
        <extracomment>Tooltip of the run detail panel&apos;s Publish button. %1 is the event name earlier runs waited for.</extracomment>
        <translation>Frühere Läufe dieses Workflows warteten an dieser Stelle auf „%1“. Der Server meldet Wartezustände nicht, dies ist also erschlossen. Eine Veröffentlichung setzt einen Lauf fort, der auf „%1“ wartet: den, der zuerst abfragt, nicht unbedingt diesen Lauf.</translation>
    </message>
    <message>
        <source>The server no longer knows this run: looking it up answered 404 (not found), as after a restart without persistence. What you see is how the monitor last saw it.</source>
        <translation>Der Server kennt diesen Lauf nicht mehr: Die Abfrage ergab 404 (nicht gefunden), wie nach einem Neustart ohne Persistenz. Angezeigt wird der zuletzt gesehene Stand.</translation>
    </message>
    <message>
        <source>Its steps and Gantt come from this profile&apos;s history, as of %1.</source>
        <extracomment>Under the title of the run detail panel for a run read from the journal. %1 is a date and time.</extracomment>
        <translation>Seine Schritte und das Gantt-Diagramm stammen aus dem Verlauf dieses Profils, Stand %1.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Run…</source>
        <translation>Lauf &amp;speichern …</translation>
    </message>
    <message>
        <source>Save this run — its details, timeline and events, from the journal and this session — to a JSON file that File → Open Saved Run… shows again offline.</source>
        <translation>Diesen Lauf – seine Details, Zeitleiste und Events, aus dem Journal und dieser Sitzung – in eine JSON-Datei speichern, die Datei → Gespeicherten Lauf öffnen … offline wieder zeigt.</translation>
    </message>
    <message>
        <source>Steps that began, failed or ended then may be missing here.</source>
        <extracomment>After the sentence saying when and why no events were recorded, in the run detail panel and on a hatched band of its Gantt chart.</extracomment>
        <translation>Schritte, die in dieser Zeit begonnen haben, fehlgeschlagen oder beendet sind, können hier fehlen.</translation>
    </message>
    <message numerus="yes">
        <source>No events were recorded in %n span(s) of this run&apos;s time, hatched in the chart (point at one to see when and why). Steps that began, failed or ended then may be missing here.</source>
        <extracomment>Under the title of the run detail panel when the monitor heard nothing in several spans of the run&apos;s time. %n is how many (at least 2).</extracomment>
        <translation>
            <numerusform>In %n Zeitspanne dieses Laufs wurden keine Events aufgezeichnet, im Diagramm schraffiert (zeigen Sie darauf, um zu sehen, wann und warum). Schritte, die in dieser Zeit begonnen haben, fehlgeschlagen oder beendet sind, können hier fehlen.</numerusform>
            <numerusform>In %n Zeitspannen dieses Laufs wurden keine Events aufgezeichnet, im Diagramm schraffiert (zeigen Sie auf eine, um zu sehen, wann und warum). Schritte, die in dieser Zeit begonnen haben, fehlgeschlagen oder beendet sind, können hier fehlen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::SavedRun</name>
    <message>
        <source>It is not valid JSON: %1 (line %2, column %3).</source>
        <extracomment>Why a saved run cannot be opened. %1 is the parser&apos;s (English) description, %2 and %3 the line and column.</extracomment>
        <translation>Sie ist kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>It is not a run saved by Dispatch Monitor (no &quot;format&quot;: &quot;%1&quot;).</source>
        <extracomment>Why a saved run cannot be opened. %1 is the format&apos;s name (dispatch-monitor.run), not translated.</extracomment>
        <translation>Sie ist kein von Dispatch Monitor gespeicherter Lauf (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <extracomment>Why a saved run cannot be opened. %1 is the parser&apos;s (English) reason.</extracomment>
        <translation>Sie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Its &quot;version&quot; is missing or not a positive number.</source>
        <translation>Ihre &quot;version&quot; fehlt oder ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>It was saved by a newer Dispatch Monitor (format version %1; this one reads up to %2).</source>
        <extracomment>Why a saved run cannot be opened. %1 is the file&apos;s format version, %2 the newest this monitor reads.</extracomment>
        <translation>Sie wurde von einem neueren Dispatch Monitor gespeichert (Formatversion %1; dieser liest bis %2).</translation>
    </message>
    <message>
        <source>Its &quot;run_id&quot; is not a workflow run id (wfrun_…).</source>
        <translation>Ihre &quot;run_id&quot; ist keine Workflow-Lauf-ID (wfrun_…).</translation>
    </message>
    <message>
        <source>Its &quot;run&quot; is not a workflow run: %1</source>
        <extracomment>Why a saved run cannot be opened. %1 is the parser&apos;s (English) reason.</extracomment>
        <translation>Ihr &quot;run&quot; ist kein Workflow-Lauf: %1</translation>
    </message>
    <message>
        <source>Its &quot;timeline&quot; is not a run&apos;s timeline: %1</source>
        <extracomment>Why a saved run cannot be opened. %1 is the parser&apos;s (English) reason.</extracomment>
        <translation>Ihre &quot;timeline&quot; ist keine Zeitleiste eines Laufs: %1</translation>
    </message>
    <message>
        <source>Its &quot;events&quot; is not a list.</source>
        <translation>Ihre &quot;events&quot; sind keine Liste.</translation>
    </message>
    <message>
        <source>Its event %1 is not an event: %2</source>
        <extracomment>Why a saved run cannot be opened. %1 is the event&apos;s number (1 for the first), %2 the parser&apos;s (English) reason.</extracomment>
        <translation>Ihr Event %1 ist kein Event: %2</translation>
    </message>
    <message>
        <source>It holds neither the run, its timeline nor any of its events.</source>
        <translation>Sie enthält weder den Lauf noch seine Zeitleiste noch eines seiner Events.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>Shown when saving a run fails. %1 is the path of the file, %2 the system&apos;s reason.</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>It is %1 MB, more than the %2 MB a saved run may have.</source>
        <extracomment>Why a saved run cannot be opened. %1 is the file&apos;s size, %2 the limit, both in MB.</extracomment>
        <translation>Sie hat %1 MB, mehr als die %2 MB, die ein gespeicherter Lauf haben darf.</translation>
    </message>
    <message>
        <source>Its hole %1 is not an object with a &quot;from&quot; and a &quot;to&quot; time (RFC 3339).</source>
        <extracomment>Why a saved run cannot be opened. %1 is the hole&apos;s number (1 for the first).</extracomment>
        <translation>Ihre Lücke %1 ist kein Objekt mit einer Zeit &quot;from&quot; und einer Zeit &quot;to&quot; (RFC 3339).</translation>
    </message>
    <message>
        <source>Its hole %1 ends before it begins.</source>
        <extracomment>Why a saved run cannot be opened. %1 is the hole&apos;s number (1 for the first).</extracomment>
        <translation>Ihre Lücke %1 endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Its hole %1 has a &quot;reason&quot; that is none of &quot;%2&quot;, &quot;%3&quot;, &quot;%4&quot; or null.</source>
        <extracomment>Why a saved run cannot be opened. %1 is the hole&apos;s number (1 for the first); %2, %3 and %4 are the reasons a saved file may name, not translated.</extracomment>
        <translation>Ihre Lücke %1 hat einen &quot;reason&quot;, der weder &quot;%2&quot;, &quot;%3&quot;, &quot;%4&quot; noch null ist.</translation>
    </message>
    <message>
        <source>Its hole %1 has a &quot;dropped_events&quot; that is neither a count nor null.</source>
        <extracomment>Why a saved run cannot be opened. %1 is the hole&apos;s number (1 for the first).</extracomment>
        <translation>Ihre Lücke %1 hat ein &quot;dropped_events&quot;, das weder eine Anzahl noch null ist.</translation>
    </message>
    <message>
        <source>Its &quot;holes&quot; is not a list.</source>
        <translation>Ihre &quot;holes&quot; sind keine Liste.</translation>
    </message>
</context>
<context>
    <name>dispatch::SavedRunWindow</name>
    <message>
        <source>%1 — Saved Run — Dispatch Monitor</source>
        <extracomment>Title of the window showing a saved run. %1 is the file&apos;s name.</extracomment>
        <translation>%1 — Gespeicherter Lauf — Dispatch Monitor</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>Shown from the saved file %1, saved %2. Nothing here is asked of a server.</source>
        <extracomment>Under the title of a run opened from a file. %1 is the file, %2 when it was saved.</extracomment>
        <translation>Aus der gespeicherten Datei %1 gezeigt, gespeichert %2. Hier wird kein Server gefragt.</translation>
    </message>
    <message>
        <source>Shown from the saved file %1, saved %2 from %3. Nothing here is asked of a server.</source>
        <extracomment>Under the title of a run opened from a file. %1 is the file, %2 when it was saved, %3 the server&apos;s address.</extracomment>
        <translation>Aus der gespeicherten Datei %1 gezeigt, gespeichert %2 von %3. Hier wird kein Server gefragt.</translation>
    </message>
    <message>
        <source>Open Saved Run</source>
        <translation>Gespeicherten Lauf öffnen</translation>
    </message>
    <message>
        <source>Saved runs (*.json);;All files (*)</source>
        <translation>Gespeicherte Läufe (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be shown as a saved run.</source>
        <extracomment>%1 is the file&apos;s path.</extracomment>
        <translation>Die Datei %1 kann nicht als gespeicherter Lauf gezeigt werden.</translation>
    </message>
</context>
<context>
    <name>dispatch::ServerAccess</name>
    <message>
        <source>Not connected to the server yet.</source>
        <extracomment>Tooltip of an action that changes the server, before the first connection.</extracomment>
        <translation>Noch nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Offline since %1: what the window shows is as of then, and nothing can be sent to the server until the connection is back.</source>
        <extracomment>Banner and tooltip while the connection is down. %1 is when it went (a time, or a date and time).</extracomment>
        <translation>Offline seit %1: Das Fenster zeigt den Stand von damals, und bis die Verbindung zurück ist, kann nichts an den Server gesendet werden.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1: the server refused %2 with 403 (insufficient permissions).</source>
        <extracomment>Tooltip of an action the token may not do. %1 is a DWP scope (e.g. job:write), %2 the DWP method the server refused (e.g. job.cancel); both are not translated.</extracomment>
        <translation>Dem Token fehlt der Scope %1: Der Server hat %2 mit 403 (unzureichende Berechtigungen) abgelehnt.</translation>
    </message>
</context>
<context>
    <name>dispatch::ServerProfiles</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <extracomment>Under the name field of the profile dialog. %1 is the name of the existing profile.</extracomment>
        <translation>Ein Profil namens „%1“ gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>dispatch::ServerTotalsPanel</name>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>replayed ones included</source>
        <translation>erneut eingereihte eingeschlossen</translation>
    </message>
    <message>
        <source>Runs running</source>
        <translation>Läufe aktiv</translation>
    </message>
    <message>
        <source>Runs completed</source>
        <translation>Läufe abgeschlossen</translation>
    </message>
    <message>
        <source>Runs failed</source>
        <translation>Läufe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Server totals: not connected.</source>
        <translation>Server-Summen: nicht verbunden.</translation>
    </message>
    <message>
        <source>Server totals: asking the admin API at %1…</source>
        <extracomment>On the Overview page. %1 is the admin API&apos;s base URL.</extracomment>
        <translation>Server-Summen: Die Admin-API unter %1 wird gefragt …</translation>
    </message>
    <message>
        <source>Server totals are unavailable.</source>
        <translation>Server-Summen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Server totals at %1 (the latest request failed: %2)</source>
        <extracomment>On the Overview page. %1 is when the shown totals arrived (HH:mm:ss), %2 why the latest request for them failed.</extracomment>
        <translation>Server-Summen von %1 (die letzte Anfrage schlug fehl: %2)</translation>
    </message>
    <message>
        <source>Server totals at %1 (every job and run in the server&apos;s store)</source>
        <extracomment>On the Overview page, above the server&apos;s own counts. %1 is when they arrived (HH:mm:ss).</extracomment>
        <translation>Server-Summen von %1 (alle Jobs und Läufe im Speicher des Servers)</translation>
    </message>
    <message>
        <source>Server totals as of %1, from this profile&apos;s history (every job and run in the server&apos;s store); asking the server…</source>
        <extracomment>On the Overview page, above the server&apos;s counts from the profile&apos;s history before the server has answered. %1 is a date and time.</extracomment>
        <translation>Server-Summen, Stand %1, aus dem Verlauf dieses Profils (alle Jobs und Läufe im Speicher des Servers); der Server wird gefragt…</translation>
    </message>
</context>
<context>
    <name>dispatch::SessionCommands</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>dispatch::SessionHost</name>
    <message>
        <source>The connection closed while it was being set up.</source>
        <extracomment>Why a new connection was not used: it closed before the server accepted it.</extracomment>
        <translation>Die Verbindung wurde beim Aufbau geschlossen.</translation>
    </message>
</context>
<context>
    <name>dispatch::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Workflow run timeline</source>
        <translation>Zeitleiste eines Workflow-Laufs</translation>
    </message>
    <message>
        <source>Jobs and Workflows lists</source>
        <translation>Listen Jobs und Workflows</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Den ganzen Lauf zeigen</translation>
    </message>
    <message>
        <source>Enqueue, Start Workflow and Publish dialogs</source>
        <translation>Dialoge Einreihen, Workflow starten und Veröffentlichen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Close without sending</source>
        <translation>Schließen, ohne zu senden</translation>
    </message>
</context>
<context>
    <name>dispatch::SlicedExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>Shown when an export fails. %1 is the path of the file, %2 the system&apos;s reason.</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>dispatch::StartWorkflowDialog</name>
    <message>
        <source>workflow name, e.g. order-pipeline</source>
        <translation>Workflow-Name, z. B. order-pipeline</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close this dialog. The run, once started, goes on.</source>
        <translation>Diesen Dialog schließen. Ein gestarteter Lauf geht weiter.</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <extracomment>Status line of the Start Workflow dialog while sending. %1 is the workflow name.</extracomment>
        <translation>Starte „%1“…</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <extracomment>Status line of the Start Workflow dialog. %1 is the new workflow run&apos;s id (run_…).</extracomment>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>Names seen since connecting; asking the server for its registered names…</source>
        <translation>Seit dem Verbinden gesehene Namen; der Server wird nach seinen registrierten Namen gefragt …</translation>
    </message>
    <message>
        <source>The server has no workflows registered; a start by name fails.</source>
        <translation>Beim Server sind keine Workflows registriert; ein Start per Name schlägt fehl.</translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s) registered on the server, offered with those seen since connecting.</source>
        <extracomment>Under the workflow name field of the Start Workflow dialog; %n is how many names the server has registered (GET /v1/workflows).</extracomment>
        <translation>
            <numerusform>%n Workflow beim Server registriert, angeboten mit den seit dem Verbinden gesehenen.</numerusform>
            <numerusform>%n Workflows beim Server registriert, angeboten mit den seit dem Verbinden gesehenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The names offered are those seen since connecting.</source>
        <extracomment>Under the workflow name field of the Start Workflow dialog when the server&apos;s registered names are unknown; %1 says why (for example &quot;This server has no admin API at …&quot;).</extracomment>
        <translation>%1 Angeboten werden die seit dem Verbinden gesehenen Namen.</translation>
    </message>
</context>
<context>
    <name>dispatch::StatsHistory</name>
    <message>
        <source>Connections</source>
        <comment>server subscriber count</comment>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Subscribed topics</source>
        <translation>Abonnierte Topics</translation>
    </message>
    <message>
        <source>Deliveries per second</source>
        <translation>Zustellungen pro Sekunde</translation>
    </message>
    <message>
        <source>Completed jobs</source>
        <translation>Abgeschlossene Jobs</translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation>Fehlgeschlagene Jobs</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Dead-lettered jobs</source>
        <translation>Jobs in der DLQ</translation>
    </message>
    <message>
        <source>Ping round trip (ms)</source>
        <translation>Ping-Umlaufzeit (ms)</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <comment>event type</comment>
        <translation>%1 pro Sekunde</translation>
    </message>
</context>
<context>
    <name>dispatch::StatsPage</name>
    <message>
        <source>Events per second, by type</source>
        <translation>Events pro Sekunde, nach Typ</translation>
    </message>
    <message>
        <source>Job outcomes</source>
        <translation>Job-Ergebnisse</translation>
    </message>
    <message>
        <source>Server broker</source>
        <translation>Broker des Servers</translation>
    </message>
    <message>
        <source>Ping round trip</source>
        <translation>Ping-Umlaufzeit</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>events/s</source>
        <translation>Events/s</translation>
    </message>
    <message>
        <source>jobs per %1 s</source>
        <extracomment>Axis title of the job outcomes chart on the Stats page. %1 is the sampling interval in seconds (e.g. 10).</extracomment>
        <translation>Jobs je %1 s</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>deliveries/s</source>
        <translation>Zustellungen/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Counted by this monitor since it connected: event rates per %1 s, job outcomes per %2 s; connections, topics and deliveries from the server&apos;s stats reply. Kept for %3 min.</source>
        <extracomment>Note on the Stats page. %1 and %2 are sampling intervals in seconds, %3 how many minutes are kept.</extracomment>
        <translation>Von diesem Monitor seit dem Verbinden gezählt: Event-Raten je %1 s, Job-Ergebnisse je %2 s; Verbindungen, Topics und Zustellungen aus der stats-Antwort des Servers. Aufbewahrt für %3 min.</translation>
    </message>
    <message>
        <source>The token lacks the scope stats:read: the server refused the stats request (403), so the broker chart stays empty. Events, job outcomes and the ping come from the event stream and go on.</source>
        <translation>Dem Token fehlt der Scope stats:read: Der Server hat die Statistikabfrage abgelehnt (403), daher bleibt das Broker-Diagramm leer. Ereignisse, Job-Ergebnisse und der Ping kommen aus dem Ereignisstrom und laufen weiter.</translation>
    </message>
    <message>
        <source>Last hour, from the journal</source>
        <translation>Letzte Stunde, aus dem Journal</translation>
    </message>
    <message>
        <source>Last 24 hours, from the journal</source>
        <translation>Letzte 24 Stunden, aus dem Journal</translation>
    </message>
    <message>
        <source>Last 7 days, from the journal</source>
        <translation>Letzte 7 Tage, aus dem Journal</translation>
    </message>
    <message>
        <source>From this profile&apos;s journal: event rates and job outcomes per %1 s counted from the events it kept; connections, topics and deliveries from the server&apos;s stats replies it kept, averaged per %1 s. The ping is not kept.</source>
        <extracomment>Note on the Stats page for a window read from the journal. %1 is the interval in seconds.</extracomment>
        <translation>Aus dem Journal dieses Profils: Event-Raten und Job-Ergebnisse je %1 s, gezählt aus den aufbewahrten Events; Verbindungen, Topics und Zustellungen aus den aufbewahrten Stats-Antworten des Servers, gemittelt je %1 s. Der Ping wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>This session keeps no journal, so this window shows only what the monitor counted since it connected.</source>
        <translation>Diese Sitzung führt kein Journal, daher zeigt dieser Zeitraum nur, was der Monitor seit dem Verbinden gezählt hat.</translation>
    </message>
    <message numerus="yes">
        <source>The history has %n hole(s) in this window, hatched on the charts: nothing was recorded there. Point at one to see when and why.</source>
        <extracomment>Note on the Stats page for a window read from the journal, after the note above, when it has holes (times the monitor was not running, not connected, or could not write in time). %n counts them; the charts hatch them.</extracomment>
        <translation>
            <numerusform>Der Verlauf hat in diesem Zeitraum %n Lücke, in den Diagrammen schraffiert: Dort wurde nichts aufgezeichnet. Zeigen Sie darauf, um zu sehen, wann und warum.</numerusform>
            <numerusform>Der Verlauf hat in diesem Zeitraum %n Lücken, in den Diagrammen schraffiert: Dort wurde nichts aufgezeichnet. Zeigen Sie auf eine, um zu sehen, wann und warum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dispatch::Subscription</name>
    <message>
        <source>unsubscribed</source>
        <translation>Abonnement beendet</translation>
    </message>
</context>
<context>
    <name>dispatch::SubscriptionRegistry</name>
    <message>
        <source>unsubscribed</source>
        <translation>Abonnement beendet</translation>
    </message>
    <message>
        <source>Could not re-subscribe to %1: %2</source>
        <extracomment>Status bar warning after a reconnect. %1 is the channel (a topic or workflow run id), %2 why the subscribe failed.</extracomment>
        <translation>%1 konnte nicht erneut abonniert werden: %2</translation>
    </message>
    <message>
        <source>Could not unsubscribe from %1: %2</source>
        <extracomment>Status bar warning. %1 is the channel (a topic or workflow run id), %2 why the unsubscribe failed.</extracomment>
        <translation>Das Abonnement von %1 konnte nicht beendet werden: %2</translation>
    </message>
</context>
<context>
    <name>dispatch::ThemeSwitcher</name>
    <message>
        <source>&amp;Theme</source>
        <extracomment>View menu: the submenu that chooses the window&apos;s colours.</extracomment>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>View → Theme: the desktop&apos;s own style and colours.</extracomment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <extracomment>View → Theme: light colours whatever the desktop uses.</extracomment>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <extracomment>View → Theme: dark colours whatever the desktop uses.</extracomment>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>dispatch::TimelineModel</name>
    <message>
        <source>(in progress)</source>
        <comment>work after the last reported step</comment>
        <translation>(in Arbeit)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>dispatch::TimestampDelegate</name>
    <message>
        <source>MMM d HH:mm:ss</source>
        <extracomment>A time in a list that is not today but this year, as a QDateTime format: MMM is the month&apos;s short name, d the day, HH:mm:ss the time. Order them as your language writes dates (&quot;d. MMM HH:mm:ss&quot;).</extracomment>
        <translation>d. MMM HH:mm:ss</translation>
    </message>
    <message>
        <source>MMM d yyyy HH:mm:ss</source>
        <extracomment>A time in a list that is not this year, as a QDateTime format: MMM is the month&apos;s short name, d the day, yyyy the year, HH:mm:ss the time. Order them as your language writes dates.</extracomment>
        <translation>d. MMM yyyy HH:mm:ss</translation>
    </message>
</context>
<context>
    <name>dispatch::TokenPromptDialog</name>
    <message>
        <source>Token for “%1”</source>
        <extracomment>Title of the dialog that asks for a saved profile&apos;s token. %1 is the profile&apos;s name.</extracomment>
        <translation>Token für „%1“</translation>
    </message>
    <message>
        <source>The server at %1 asks for a token, and none is kept for the profile “%2”.</source>
        <extracomment>%1 is the server (host:port), %2 the profile&apos;s name.</extracomment>
        <translation>Der Server %1 verlangt ein Token, und für das Profil „%2“ ist keines gespeichert.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <extracomment>%1 is what the server answered when it refused to connect (English, from the server).</extracomment>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Keep it in the system keyring</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the token is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar; das Token gilt deshalb nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>The button that connects with the token just typed.</extracomment>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>dispatch::TokenVault</name>
    <message>
        <source>no Secret Service or KWallet</source>
        <translation>kein Secret Service und kein KWallet</translation>
    </message>
    <message>
        <source>The system keyring refused access (%1). The token is kept for this session only.</source>
        <extracomment>Status bar. %1 is the keyring backend&apos;s message (often English, from the system).</extracomment>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1). Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keyring failed (%1). The token is kept for this session only.</source>
        <extracomment>Status bar. %1 is the keyring backend&apos;s message (often English, from the system).</extracomment>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen (%1). Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keyring (%1): tokens are kept for this session only.</source>
        <extracomment>Status bar, kept short. %1 is the keyring backend&apos;s message, or &quot;no Secret Service or KWallet&quot;.</extracomment>
        <translation>Kein Schlüsselbund des Systems (%1): Tokens gelten nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>dispatch::WorkflowRunsModel</name>
    <message>
        <source>Run ID</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation>Fehlgeschlagener Schritt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Waiting for the event “%1”.</source>
        <extracomment>Tooltip of a run&apos;s state in the Workflows list. %1 is the workflow event the run waits for.</extracomment>
        <translation>Wartet auf das Ereignis „%1“.</translation>
    </message>
    <message>
        <source>Waiting for the event “%1”, inferred: the server does not report waits, but earlier runs of this workflow waited for it after the step “%2”.</source>
        <extracomment>Tooltip of a run&apos;s state in the Workflows list. %1 is the workflow event the run waits for, %2 the step it finished last.</extracomment>
        <translation>Wartet auf das Ereignis „%1“, erschlossen: Der Server meldet kein Warten, aber frühere Läufe dieses Workflows warteten nach dem Schritt „%2“ darauf.</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <extracomment>The Workflows list&apos;s current step of a run the monitor infers is waiting. %1 is the step&apos;s name (wait:&lt;event&gt;, not translated).</extracomment>
        <translation>%1 (erschlossen)</translation>
    </message>
    <message>
        <source>The server no longer knows this run: looking it up answered 404 (not found), as after a restart without persistence. The row shows it as last seen.</source>
        <translation>Der Server kennt diesen Lauf nicht mehr: Die Abfrage ergab 404 (nicht gefunden), wie nach einem Neustart ohne Persistenz. Die Zeile zeigt den zuletzt gesehenen Stand.</translation>
    </message>
</context>
<context>
    <name>dispatch::WorkflowsPage</name>
    <message>
        <source>Search run id, workflow, step, error</source>
        <translation>Lauf-ID, Workflow, Schritt, Fehler durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Start Workflow…</source>
        <translation>Workflow &amp;starten…</translation>
    </message>
    <message>
        <source>Export Workflow Runs</source>
        <translation>Workflow-Läufe exportieren</translation>
    </message>
    <message>
        <source>No workflow runs seen yet. They appear here as the server reports them.</source>
        <translation>Noch keine Workflow-Läufe gesehen. Sie erscheinen hier, sobald der Server sie meldet.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <extracomment>A line under &quot;No runs match these filters:&quot;. %1 lists the checked states (&quot;Failed, Waiting&quot;).</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <extracomment>A line under &quot;No runs match these filters:&quot;. %1 is the text typed in the search field.</extracomment>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>No runs match these filters:</source>
        <translation>Keine Läufe passen zu diesen Filtern:</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) seen since %1. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table. %n is how many runs the monitor has seen, %1 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%n Lauf seit %1 gesehen. Ältere Läufe kann der Server nicht auflisten.</numerusform>
            <numerusform>%n Läufe seit %1 gesehen. Ältere Läufe kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) seen since connecting. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table. %n is how many runs the monitor has seen.</extracomment>
        <translation>
            <numerusform>%n Lauf seit dem Verbinden gesehen. Ältere Läufe kann der Server nicht auflisten.</numerusform>
            <numerusform>%n Läufe seit dem Verbinden gesehen. Ältere Läufe kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) seen since %2 match the filters. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table while filters are set. %1 is how many runs pass them, %n how many the monitor has seen, %2 the time (HH:mm) it started seeing them.</extracomment>
        <translation>
            <numerusform>%1 von %n seit %2 gesehenen Lauf passen zu den Filtern. Ältere Läufe kann der Server nicht auflisten.</numerusform>
            <numerusform>%1 von %n seit %2 gesehenen Läufen passen zu den Filtern. Ältere Läufe kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) seen since connecting match the filters. The server cannot list older runs.</source>
        <extracomment>Above the Workflows table while filters are set. %1 is how many runs pass them, %n how many the monitor has seen.</extracomment>
        <translation>
            <numerusform>%1 von %n seit dem Verbinden gesehenen Lauf passen zu den Filtern. Ältere Läufe kann der Server nicht auflisten.</numerusform>
            <numerusform>%1 von %n seit dem Verbinden gesehenen Läufen passen zu den Filtern. Ältere Läufe kann der Server nicht auflisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs the monitor infers are waiting for an event. The server does not report waits; earlier runs of the workflow waited at the same step.</source>
        <translation>Läufe, die nach Einschätzung des Monitors auf ein Ereignis warten. Der Server meldet kein Warten; frühere Läufe des Workflows warteten am selben Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>The list keeps the newest %1 finished runs: %n older one(s) left it.</source>
        <extracomment>Above the Workflows table, after the count of runs seen. %1 is the most finished runs the list keeps, %n how many older finished runs have left it.</extracomment>
        <translation>
            <numerusform>Die Liste behält die neuesten %1 beendeten Läufe: %n älterer hat sie verlassen.</numerusform>
            <numerusform>Die Liste behält die neuesten %1 beendeten Läufe: %n ältere haben sie verlassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the workflow runs seen since connecting, or all of this profile&apos;s history kept on this computer.</source>
        <translation>Die seit dem Verbinden gesehenen Workflow-Läufe durchsuchen oder den gesamten Verlauf dieses Profils, der auf diesem Computer gespeichert ist.</translation>
    </message>
    <message>
        <source>Search the history: whole words, word* for a prefix, or an id</source>
        <translation>Verlauf durchsuchen: ganze Wörter, Wort* für einen Wortanfang oder eine ID</translation>
    </message>
    <message>
        <source>No event says a run is %1 (the monitor infers waiting), so the history cannot find such runs.</source>
        <extracomment>Above the Workflows page&apos;s history search. %1 lists the checked states (&quot;Waiting&quot;).</extracomment>
        <translation>Kein Event sagt, dass ein Lauf %1 ist („wartet“ leitet der Monitor selbst ab), daher kann der Verlauf solche Läufe nicht finden.</translation>
    </message>
</context>
</TS>
