// SPDX-License-Identifier: MIT
// Job, WorkflowRun and TimelineEntry (dwp-protocol.md §4): exact round trips in the server's key order,
// omit-when-empty rules, and strict errors for wrong types, bad base64 and bad times.
#include "PayloadFixtures.h"
#include "protocol/Job.h"
#include "protocol/JsonPrettyPrinter.h"
#include "protocol/JsonReader.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowRun.h"

#include <QTest>

using namespace dwp;

namespace {

// Every key of §4's Job, in its order. The payload is base64 of
// {"url":"https://example.com/a.png","big":9223372036854775807}.
const QByteArray kFullJob = json(
    "{'created_at':'2026-11-22T10:30:00.123456789Z','updated_at':'2026-11-22T10:30:05Z',"
    "'id':'job_01kaqz3c4de5f6g7h8j9kmnpqr','name':'process-image','queue':'images',"
    "'payload':'eyJ1cmwiOiJodHRwczovL2V4YW1wbGUuY29tL2EucG5nIiwiYmlnIjo5MjIzMzcyMDM2ODU0Nzc1ODA3fQ==',"
    "'state':'retrying','priority':10,'max_retries':3,'retry_count':1,'last_error':'connection reset',"
    "'scope_app_id':'app-1','scope_org_id':'org-1','worker_id':'wkr_01kaqz4b5c6d7e8f9g0h1j2k3m',"
    "'run_at':'2026-11-22T10:31:00Z','started_at':'2026-11-22T10:30:01.5Z',"
    "'completed_at':'2026-11-22T10:30:02.25Z','heartbeat_at':'2026-11-22T10:30:02Z','timeout':300000000000}");

// A freshly enqueued job without payload: every optional key omitted, payload null, worker_id "".
const QByteArray kMinimalJob =
    json("{'created_at':'2026-11-22T10:30:00Z','updated_at':'2026-11-22T10:30:00Z',"
         "'id':'job_01kaqz3c4de5f6g7h8j9kmnpqr','name':'noop','queue':'default','payload':null,"
         "'state':'pending','priority':0,'max_retries':3,'retry_count':0,'worker_id':'',"
         "'run_at':'2026-11-22T10:30:00Z'}");

const QByteArray kFullRun =
    json("{'created_at':'2026-11-22T10:30:00Z','updated_at':'2026-11-22T10:30:04.5Z',"
         "'id':'wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e','name':'order-pipeline','state':'failed',"
         "'input':'eyJvcmRlcl9pZCI6Ik9SRC0wMDEifQ==','output':'eyJjaGFyZ2VkIjp0cnVlfQ==',"
         "'error':'step charge: card declined','scope_app_id':'app-1','scope_org_id':'org-1',"
         "'started_at':'2026-11-22T10:30:00.000001Z','completed_at':'2026-11-22T10:30:04.5Z','version':2,"
         "'parent_run_id':'wfrun_01kaqz0a1b2c3d4e5f6g7h8j9k'}");

const QByteArray kMinimalRun =
    json("{'created_at':'2026-11-22T10:30:00Z','updated_at':'2026-11-22T10:30:00Z',"
         "'id':'wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e','name':'order-pipeline',"
         "'state':'running','started_at':'2026-11-22T10:30:00Z'}");

// `text` with the single-quoted snippet `from` replaced by `to`; the snippet must be there.
QByteArray replaced(QByteArray text, const char* from, const char* to)
{
    const QByteArray needle = json(from);
    if (!text.contains(needle))
        qFatal("test fixture: %s not found", needle.constData());
    return text.replace(needle, json(to));
}

} // namespace

class PayloadObjectsTest : public QObject
{
    Q_OBJECT

private slots:
    void fullJobRoundTripsByteForByte()
    {
        const auto job = Job::parse(kFullJob);
        QVERIFY2(job.ok(), qPrintable(job.error()));
        QCOMPARE(job->createdAt, Timestamp(1795343400, 123456789));
        QCOMPARE(job->id, QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr"));
        // Base64 on the wire, the raw bytes in the struct; the integer beyond 2^53 is untouched.
        QCOMPARE(job->payload.value_or("absent"),
                 QByteArray("{\"url\":\"https://example.com/a.png\",\"big\":9223372036854775807}"));
        QCOMPARE(job->knownState(), std::optional<JobState>(JobState::Retrying));
        QCOMPARE(job->priority, 10);
        QCOMPARE(job->retryCount, 1);
        QCOMPARE(job->lastError, QStringLiteral("connection reset"));
        QCOMPARE(job->startedAt, std::optional<Timestamp>(Timestamp(1795343401, 500000000)));
        QCOMPARE(job->timeoutNanos, Q_INT64_C(300000000000));
        QCOMPARE(job->toJson(), kFullJob);
    }

    void minimalJobKeepsNullPayloadAndOmitsOptionalKeys()
    {
        const auto job = Job::parse(kMinimalJob);
        QVERIFY2(job.ok(), qPrintable(job.error()));
        QVERIFY(!job->payload.has_value());
        QVERIFY(job->lastError.isEmpty());
        QVERIFY(job->workerId.isEmpty());
        QVERIFY(!job->startedAt && !job->completedAt && !job->heartbeatAt);
        QCOMPARE(job->timeoutNanos, 0);
        QCOMPARE(job->toJson(), kMinimalJob);
    }

    void emptyPayloadIsNotNull()
    {
        // Go writes an empty, non-nil []byte as "" and a nil one as null; both must come back as they were.
        const QByteArray text = replaced(kMinimalJob, "'payload':null", "'payload':''");
        const auto job = Job::parse(text);
        QVERIFY2(job.ok(), qPrintable(job.error()));
        QVERIFY(job->payload.has_value());
        QVERIFY(job->payload->isEmpty());
        QCOMPARE(job->toJson(), text);
    }

    void jobFromBuiltStructMatchesServerOrder()
    {
        Job job;
        job.createdAt = job.updatedAt = job.runAt = Timestamp(1795343400, 0);
        job.id = QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr");
        job.name = QStringLiteral("noop");
        job.queue = QStringLiteral("default");
        job.state = jobStateName(JobState::Pending);
        job.maxRetries = 3;
        QCOMPARE(job.toJson(), kMinimalJob);
        job.payload = QByteArray("{}");
        job.timeoutNanos = 5;
        QVERIFY(job.toJson().contains(json("'payload':'e30=',")));
        QVERIFY(job.toJson().endsWith(json("'run_at':'2026-11-22T10:30:00Z','timeout':5}")));
    }

    void unknownFieldsAreIgnored()
    {
        const QByteArray text =
            replaced(kMinimalJob, "'name':'noop',", "'name':'noop','future':{'a':[1,{'b':null}]},");
        const auto job = Job::parse(text);
        QVERIFY2(job.ok(), qPrintable(job.error()));
        QCOMPARE(job->toJson(), kMinimalJob);
    }

    void timesWithOffsetsAndNullOptionalTimes()
    {
        QByteArray text = replaced(kMinimalJob, "'run_at':'2026-11-22T10:30:00Z'",
                                   "'run_at':'2026-11-22T12:30:00.5+02:00','started_at':null");
        const auto job = Job::parse(text);
        QVERIFY2(job.ok(), qPrintable(job.error()));
        QCOMPARE(job->runAt, Timestamp(1795343400, 500000000));
        QVERIFY(!job->startedAt.has_value());
        QVERIFY(job->toJson().endsWith(json("'run_at':'2026-11-22T10:30:00.5Z'}")));
    }

    void badJobs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* name, const char* from, const char* to, const char* error) {
            QTest::newRow(name) << replaced(kFullJob, from, to) << QString::fromUtf8(error);
        };
        row("priority as string", "'priority':10", "'priority':'10'",
            "Job.priority: expected an integer, got string");
        row("priority fraction", "'priority':10", "'priority':1.5",
            "Job.priority: expected an integer, got number 1.5");
        row("timeout exponent", "'timeout':300000000000", "'timeout':3e11",
            "Job.timeout: expected an integer, got number 3e11");
        row("retry_count too big", "'retry_count':1", "'retry_count':99999999999999999999",
            "Job.retry_count: integer 99999999999999999999 does not fit in 64 bits");
        row("id as number", "'id':'job_01kaqz3c4de5f6g7h8j9kmnpqr'", "'id':42",
            "Job.id: expected a string, got number");
        row("state null", "'state':'retrying'", "'state':null", "Job.state: expected a string, got null");
        row("worker_id bool", "'worker_id':'wkr_01kaqz4b5c6d7e8f9g0h1j2k3m'", "'worker_id':false",
            "Job.worker_id: expected a string, got bool");
        row("payload as object", "'payload':'eyJ1", "'payload':{'a':1},'x':'eyJ1",
            "Job.payload: expected a base64 string, got object");
        row("payload not base64", "'payload':'eyJ1", "'payload':'not base64!','x':'eyJ1",
            "Job.payload: invalid base64 (standard alphabet, padded)");
        row("payload unpadded", "'payload':'eyJ1", "'payload':'eyJhIjoxfQ','x':'eyJ1",
            "Job.payload: invalid base64 (standard alphabet, padded)");
        row("payload url alphabet", "'payload':'eyJ1", "'payload':'-_8=','x':'eyJ1",
            "Job.payload: invalid base64 (standard alphabet, padded)");
        row("payload over-padded", "'payload':'eyJ1", "'payload':'e===','x':'eyJ1",
            "Job.payload: invalid base64 (standard alphabet, padded)");
        row("created_at as number", "'created_at':'2026-11-22T10:30:00.123456789Z'",
            "'created_at':1795343400", "Job.created_at: expected an RFC 3339 time string, got number");
        row("created_at with space", "'created_at':'2026-11-22T10:30:00.123456789Z'",
            "'created_at':'2026-11-22 10:30:00Z'",
            "Job.created_at: ts 2026-11-22 10:30:00Z is not RFC 3339: expected YYYY-MM-DDTHH:MM:SS");
        row("started_at no zone", "'started_at':'2026-11-22T10:30:01.5Z'",
            "'started_at':'2026-11-22T10:30:01'",
            "Job.started_at: ts 2026-11-22T10:30:01 is not RFC 3339: too short");
        row("heartbeat_at month 13", "'heartbeat_at':'2026-11-22T10:30:02Z'",
            "'heartbeat_at':'2026-13-22T10:30:02Z'",
            "Job.heartbeat_at: ts 2026-13-22T10:30:02Z is not RFC 3339: date or time field out of range");
        row("missing id", "'id':'job_01kaqz3c4de5f6g7h8j9kmnpqr',", "", "Job.id: missing");
        row("missing worker_id", "'worker_id':'wkr_01kaqz4b5c6d7e8f9g0h1j2k3m',", "",
            "Job.worker_id: missing");
        QTest::newRow("array") << json("[]") << QStringLiteral("Job: expected an object, got array");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Job: expected an object, got end of input");
        QTest::newRow("trailing data")
            << kMinimalJob + "x" << QStringLiteral("Job: unexpected data after the object");
        QTest::newRow("truncated") << kMinimalJob.left(60)
                                   << QStringLiteral("Job.updated_at: invalid JSON: unterminated string");
    }
    void badJobs()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto job = Job::parse(text);
        QVERIFY(!job.ok());
        QCOMPARE(job.error(), error);
    }

    void jobStates()
    {
        for (const JobState state : {JobState::Pending, JobState::Running, JobState::Completed,
                                     JobState::Failed, JobState::Retrying, JobState::Cancelled})
            QCOMPARE(jobStateFromName(jobStateName(state)), std::optional<JobState>(state));
        QCOMPARE(jobStateName(JobState::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(jobStateFromName(QStringLiteral("Pending")), std::nullopt);
        QVERIFY(isTerminal(JobState::Failed) && isTerminal(JobState::Cancelled) &&
                isTerminal(JobState::Completed));
        QVERIFY(!isTerminal(JobState::Retrying) && !isTerminal(JobState::Pending) &&
                !isTerminal(JobState::Running));
        // A state a newer server invents survives the round trip as text.
        const auto job = Job::parse(replaced(kMinimalJob, "'state':'pending'", "'state':'paused'"));
        QVERIFY2(job.ok(), qPrintable(job.error()));
        QCOMPARE(job->knownState(), std::nullopt);
        QVERIFY(job->toJson().contains(json("'state':'paused'")));
    }

    void fullRunRoundTripsByteForByte()
    {
        const auto run = WorkflowRun::parse(kFullRun);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QCOMPARE(run->input, QByteArray("{\"order_id\":\"ORD-001\"}"));
        QCOMPARE(run->output, QByteArray("{\"charged\":true}"));
        QCOMPARE(run->version, 2);
        QCOMPARE(run->startedAt, Timestamp(1795343400, 1000));
        QCOMPARE(run->parentRunId, QStringLiteral("wfrun_01kaqz0a1b2c3d4e5f6g7h8j9k"));
        QCOMPARE(run->toJson(), kFullRun);
    }

    void minimalRunOmitsOptionalKeys()
    {
        const auto run = WorkflowRun::parse(kMinimalRun);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QVERIFY(run->input.isEmpty() && run->output.isEmpty() && run->error.isEmpty());
        QVERIFY(!run->completedAt.has_value());
        QCOMPARE(run->version, 0);
        QCOMPARE(run->toJson(), kMinimalRun);
        // A null input is a nil slice, which the server omits.
        const auto withNull = WorkflowRun::parse(
            replaced(kMinimalRun, "'state':'running',", "'state':'running','input':null,"));
        QVERIFY2(withNull.ok(), qPrintable(withNull.error()));
        QCOMPARE(withNull->toJson(), kMinimalRun);
    }

    void badRuns_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("version as string")
            << replaced(kFullRun, "'version':2", "'version':'2'")
            << QStringLiteral("WorkflowRun.version: expected an integer, got string");
        QTest::newRow("input bad base64")
            << replaced(kFullRun, "'input':'eyJvcmRlcl9pZCI6Ik9SRC0wMDEifQ=='",
                        "'input':'eyJvcmRlcl9pZCI6Ik9SRC0wMDEifQ='")
            << QStringLiteral("WorkflowRun.input: invalid base64 (standard alphabet, padded)");
        QTest::newRow("completed_at bad")
            << replaced(kFullRun, "'completed_at':'2026-11-22T10:30:04.5Z'",
                        "'completed_at':'2026-11-22T10:30:04.Z'")
            << QStringLiteral("WorkflowRun.completed_at: ts 2026-11-22T10:30:04.Z is not "
                              "RFC 3339: empty fraction");
        QTest::newRow("missing started_at")
            << replaced(kMinimalRun, ",'started_at':'2026-11-22T10:30:00Z'", "")
            << QStringLiteral("WorkflowRun.started_at: missing");
    }
    void badRuns()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto run = WorkflowRun::parse(text);
        QVERIFY(!run.ok());
        QCOMPARE(run.error(), error);
    }

    void timelineRoundTripsAndShowsData()
    {
        // A step without data, a WaitForEvent entry with event JSON, a StepWithResult entry with gob bytes.
        const QByteArray text =
            json("[{'step_name':'validate','created_at':'2026-11-22T10:30:00.1Z'},"
                 "{'step_name':'wait:payment','data':'"
                 "eyJpZCI6ImV2dF8wMWthcXo5eCIsIm5hbWUiOiJwYXltZW50IiwiYWNrZWQiOnRydWUsImJpZyI6"
                 "MTIzNDU2Nzg5MDEyMzQ1Njc4OTB9','created_at':'2026-11-22T10:30:01Z'},"
                 "{'step_name':'charge','data':'DP+BAwEBBUl0ZW1zAA==','created_at':'2026-11-22T10:30:02Z'}]");
        const auto entries = TimelineEntry::parseList(text);
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 3);

        const TimelineEntry& step = entries->at(0);
        QVERIFY(step.data.isEmpty());
        QVERIFY(!step.isJsonData());
        QCOMPARE(step.displayData(), QString());

        const TimelineEntry& wait = entries->at(1);
        QVERIFY(wait.isJsonData());
        // Key order and the integer beyond 2^64 stay as the server stored them.
        QCOMPARE(wait.displayData(),
                 QStringLiteral("{\n  \"id\": \"evt_01kaqz9x\",\n  \"name\": \"payment\",\n"
                                "  \"acked\": true,\n  \"big\": 12345678901234567890\n}"));

        const TimelineEntry& gob = entries->at(2);
        QVERIFY(!gob.isJsonData());
        QCOMPARE(gob.displayData(), QStringLiteral("0c ff 81 03 01 01 05 49 74 65 6d 73 00"));

        QCOMPARE(TimelineEntry::listToJson(*entries), text);
        QCOMPARE(step.toJson(), json("{'step_name':'validate','created_at':'2026-11-22T10:30:00.1Z'}"));
    }

    void emptyAndNullTimelines()
    {
        QCOMPARE(TimelineEntry::parseList("[]")->size(), 0);
        QCOMPARE(TimelineEntry::parseList(" null ")->size(), 0);
        QCOMPARE(TimelineEntry::listToJson({}), QByteArray("[]"));
    }

    void badTimelines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("object") << json("{'step_name':'a'}")
                                << QStringLiteral("timeline: expected an array, got object");
        QTest::newRow("bad element")
            << json(
                   "[{'step_name':'a','created_at':'2026-11-22T10:30:00Z'},{'step_name':'b','created_at':5}]")
            << QStringLiteral(
                   "timeline[1]: TimelineEntry.created_at: expected an RFC 3339 time string, got number");
        QTest::newRow("bad data")
            << json("[{'step_name':'a','data':'%%%%','created_at':'2026-11-22T10:30:00Z'}]")
            << QStringLiteral("timeline[0]: TimelineEntry.data: invalid base64 (standard alphabet, padded)");
        QTest::newRow("trailing comma")
            << json("[{'step_name':'a','created_at':'2026-11-22T10:30:00Z'},]")
            << QStringLiteral("timeline: invalid JSON: invalid character where a value was expected");
        QTest::newRow("unclosed") << json("[{'step_name':'a','created_at':'2026-11-22T10:30:00Z'}")
                                  << QStringLiteral("timeline: invalid JSON: expected ',' or ']' in array");
        QTest::newRow("after array") << json("[] []")
                                     << QStringLiteral("timeline: unexpected data after the array");
    }
    void badTimelines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto entries = TimelineEntry::parseList(text);
        QVERIFY(!entries.ok());
        QCOMPARE(entries.error(), error);
    }

    void prettyPrinterKeepsStringsAndEmptyContainers()
    {
        const QByteArray text = json("{ 'a' : [ ] , 'b' : { } , 's' : 'x\\\"{,}:[' , 'n' : [ 1 , -2.5e3 ] }");
        QCOMPARE(
            JsonPrettyPrinter::print(std::string_view(text.constData(), size_t(text.size()))),
            QStringLiteral("{\n  \"a\": [],\n  \"b\": {},\n  \"s\": \"x\\\"{,}:[\",\n  \"n\": [\n    1,\n"
                           "    -2.5e3\n  ]\n}"));
        QCOMPARE(JsonPrettyPrinter::print("42"), QStringLiteral("42"));
    }

    // Issue 16 item 5: every line was indented by its depth, so deep nesting printed quadratically (20 kB at
    // 9 990 deep: 831 MB). Past kMaxIndentedDepth the rest stays compact on one line: the output stays a
    // small multiple of the input, no line is indented further, and it compacts back to the same value.
    void prettyPrinterBoundsDeepNesting()
    {
        constexpr int kDepth = 4000;
        const QByteArray text = QByteArray(kDepth, '[') + "{\"k\":1,\"v\":[2,3]}" + QByteArray(kDepth, ']');
        const QString pretty =
            JsonPrettyPrinter::print(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY2(pretty.size() < 3 * text.size(), qPrintable(QString::number(pretty.size())));
        qsizetype deepestIndent = 0;
        for (const QStringView line : QStringView(pretty).split(u'\n')) {
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == u' ')
                ++indent;
            deepestIndent = std::max(deepestIndent, indent);
        }
        QCOMPARE(deepestIndent, qsizetype(2 * JsonPrettyPrinter::kMaxIndentedDepth));
        const QByteArray back = JsonReader::compact(pretty.toStdString());
        QCOMPARE(back, text);
    }
};

QTEST_GUILESS_MAIN(PayloadObjectsTest)
#include "tst_payloads_objects.moc"
