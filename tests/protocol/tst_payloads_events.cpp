// SPDX-License-Identifier: MIT
// StreamEvent and the data of every event type (dwp-protocol.md §5), ServerStats and the short replies (§3):
// the golden vectors' data parse and serialise back to the same bytes, built events use the server's key
// order and omit-when-empty rules, and malformed input fails with a message naming type and field.
#include "PayloadFixtures.h"
#include "protocol/AuthResult.h"
#include "protocol/CancelResult.h"
#include "protocol/EnqueueResult.h"
#include "protocol/EventPublishResult.h"
#include "protocol/EventType.h"
#include "protocol/ServerStats.h"
#include "protocol/StreamEvent.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/WorkflowStartResult.h"

#include <QTest>

using namespace dwp;

class PayloadEventsTest : public QObject
{
    Q_OBJECT

private slots:
    void goldenJobCompletedEvent()
    {
        const Frame frame = goldenFrame(QStringLiteral("event_job_completed"));
        QVERIFY(frame.hasData());
        const auto event = StreamEvent::fromFrame(frame);
        QVERIFY2(event.ok(), qPrintable(event.error()));
        QCOMPARE(event->type, EventType::JobCompleted);
        QCOMPARE(event->family(), StreamEvent::Family::Job);
        QCOMPARE(event->ts, Timestamp(1795343403, 123450000));
        QCOMPARE(event->topic, QStringLiteral("job:job_01kaqz3c4de5f6g7h8j9kmnpqr"));
        QCOMPARE(event->toJson(), frame.data);

        const auto data = event->jobData();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->jobId, QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr"));
        QCOMPARE(data->jobName, QStringLiteral("process-image"));
        QCOMPARE(data->queue, QStringLiteral("images"));
        QCOMPARE(data->elapsedMs, 1520);
        QCOMPARE(data->toJson(), event->data);

        // Rebuilt by the devserver's path, the event and its frame are the server's, field for field.
        const StreamEvent rebuilt = StreamEvent::forJob(EventType::JobCompleted, *data, event->ts);
        QCOMPARE(rebuilt, *event);
        QCOMPARE(rebuilt.toFrame(frame.id, frame.ts), frame);
    }

    void goldenWorkflowStepCompletedEvent()
    {
        const Frame frame = goldenFrame(QStringLiteral("event_workflow_step_completed"));
        const auto event = StreamEvent::fromFrame(frame);
        QVERIFY2(event.ok(), qPrintable(event.error()));
        QCOMPARE(event->family(), StreamEvent::Family::Workflow);
        QCOMPARE(event->toJson(), frame.data);
        const auto data = event->workflowData();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->runId, QStringLiteral("wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e"));
        QCOMPARE(data->name, QStringLiteral("order-pipeline"));
        QCOMPARE(data->stepName, QStringLiteral("charge"));
        QCOMPARE(data->elapsedMs, 80);
        const StreamEvent rebuilt =
            StreamEvent::forWorkflow(EventType::WorkflowStepCompleted, *data, event->ts);
        QCOMPARE(rebuilt.toFrame(frame.id, frame.ts), frame);
    }

    void goldenCronFiredEventHasNoChannel()
    {
        const Frame frame = goldenFrame(QStringLiteral("event_cron_fired"));
        QVERIFY(frame.channel.isEmpty());
        const auto event = StreamEvent::fromFrame(frame);
        QVERIFY2(event.ok(), qPrintable(event.error()));
        QCOMPARE(event->family(), StreamEvent::Family::Cron);
        QCOMPARE(event->topic, QString()); // present in the envelope as "", absent from the frame
        QCOMPARE(event->toJson(), frame.data);
        const auto data = event->cronFiredData();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->entryName, QStringLiteral("nightly-report"));
        QCOMPARE(data->jobId, QStringLiteral("job_01kaqz7a8b9c0d1e2f3g4h5j6k"));
        QCOMPARE(StreamEvent::forCronFired(*data, event->ts).toFrame(frame.id, frame.ts), frame);
    }

    void builtJobEventsFollowServerOrder_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<JobEventData>("data");
        QTest::addColumn<QByteArray>("expected");
        JobEventData base;
        base.jobId = QStringLiteral("job_1");
        base.jobName = QStringLiteral("send-email");
        base.queue = QStringLiteral("default");
        QTest::newRow("enqueued") << EventType::JobEnqueued << base
                                  << json("{'job_id':'job_1','job_name':'send-email','queue':'default'}");
        JobEventData completedFast = base;
        completedFast.elapsedMs = 0; // under a millisecond: omitted, as Go's omitempty does
        QTest::newRow("completed in 0 ms")
            << EventType::JobCompleted << completedFast
            << json("{'job_id':'job_1','job_name':'send-email','queue':'default'}");
        JobEventData scoped = base;
        scoped.scopeAppId = QStringLiteral("app-1");
        scoped.scopeOrgId = QStringLiteral("org-1");
        scoped.error = QStringLiteral("smtp: 550");
        QTest::newRow("dlq with scope")
            << EventType::JobDlq << scoped
            << json("{'job_id':'job_1','job_name':'send-email','queue':'default',"
                    "'scope_app_id':'app-1','scope_org_id':'org-1','error':'smtp: 550'}");
        JobEventData retrying = base;
        retrying.attempt = 2;
        retrying.nextRunAt = Timestamp(1795343460, 987654321); // the fraction is dropped: time.RFC3339
        QTest::newRow("retrying") << EventType::JobRetrying << retrying
                                  << json("{'job_id':'job_1','job_name':'send-email','queue':'default',"
                                          "'attempt':2,'next_run_at':'2026-11-22T10:31:00Z'}");
    }
    void builtJobEventsFollowServerOrder()
    {
        QFETCH(QString, type);
        QFETCH(JobEventData, data);
        QFETCH(QByteArray, expected);
        const StreamEvent event = StreamEvent::forJob(type, data, Timestamp(1795343400, 0));
        QCOMPARE(event.topic, QStringLiteral("job:job_1"));
        QCOMPARE(event.toJson(),
                 QByteArray(json("{'type':'") + type.toUtf8() +
                            json("','ts':'2026-11-22T10:30:00Z','topic':'job:job_1','data':") + expected +
                            '}'));
        const auto back = StreamEvent::parse(event.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        const auto parsedData = back->jobData();
        QVERIFY2(parsedData.ok(), qPrintable(parsedData.error()));
        QCOMPARE(parsedData->toJson(), expected);
    }

    void retryingNextRunAtAcceptsOffsets()
    {
        const auto data = JobEventData::parse(json("{'job_id':'job_1','job_name':'n','queue':'q','attempt':1,"
                                                   "'next_run_at':'2026-11-22T11:31:00+01:00'}"));
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->nextRunAt, std::optional<Timestamp>(Timestamp(1795343460, 0)));
        QCOMPARE(data->attempt, 1);
    }

    void builtWorkflowEventsFollowServerOrder()
    {
        WorkflowEventData data;
        data.runId = QStringLiteral("wfrun_1");
        data.name = QStringLiteral("order-pipeline");
        data.stepName = QStringLiteral("charge");
        data.scopeAppId = QStringLiteral("app-1");
        data.error = QStringLiteral("card declined");
        // step_name comes before the scope keys in the server's struct.
        QCOMPARE(data.toJson(), json("{'run_id':'wfrun_1','name':'order-pipeline','step_name':'charge',"
                                     "'scope_app_id':'app-1','error':'card declined'}"));
        const StreamEvent event =
            StreamEvent::forWorkflow(EventType::WorkflowStepFailed, data, Timestamp(0, 0));
        QCOMPARE(event.topic, QStringLiteral("workflow:wfrun_1"));
        QCOMPARE(event.toFrame(QStringLiteral("f1"), Timestamp(0, 0)).channel,
                 QStringLiteral("workflow:wfrun_1"));
        WorkflowEventData started;
        started.runId = data.runId;
        started.name = data.name;
        QCOMPARE(started.toJson(), json("{'run_id':'wfrun_1','name':'order-pipeline'}"));
    }

    void eventDataKeepsUnknownFieldsAndHugeIntegers()
    {
        const QByteArray text = json(
            "{'type':'job.completed','ts':'2026-11-22T10:30:03Z','topic':'job:j','data':{ 'job_id' : 'j',"
            "'job_name':'n','queue':'q','elapsed_ms':5,'shards':123456789012345678901234567890,'x':[1.5e300]}"
            "}");
        const auto event = StreamEvent::parse(text);
        QVERIFY2(event.ok(), qPrintable(event.error()));
        QCOMPARE(event->data, json("{'job_id':'j','job_name':'n','queue':'q','elapsed_ms':5,"
                                   "'shards':123456789012345678901234567890,'x':[1.5e300]}"));
        QCOMPARE(event->toJson(), QByteArray(text).replace(" ", ""));
        QCOMPARE(event->jobData()->elapsedMs, 5);
    }

    void unknownEventTypesStillParse()
    {
        const auto event = StreamEvent::parse(
            json("{'type':'queue.paused','ts':'2026-11-22T10:30:03Z','topic':'','data':{}}"));
        QVERIFY2(event.ok(), qPrintable(event.error()));
        QCOMPARE(event->family(), StreamEvent::Family::Unknown);
    }

    void badEvents_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("data as string")
            << json("{'type':'job.started','ts':'2026-11-22T10:30:03Z','topic':'job:j','data':'{}'}")
            << QStringLiteral("StreamEvent.data: expected an object, got string");
        QTest::newRow("data null")
            << json("{'type':'job.started','ts':'2026-11-22T10:30:03Z','topic':'job:j','data':null}")
            << QStringLiteral("StreamEvent.data: expected an object, got null");
        QTest::newRow("ts as number")
            << json("{'type':'job.started','ts':1795343403,'topic':'job:j','data':{}}")
            << QStringLiteral("StreamEvent.ts: expected an RFC 3339 time string, got number");
        QTest::newRow("type as number")
            << json("{'type':7,'ts':'2026-11-22T10:30:03Z','topic':'job:j','data':{}}")
            << QStringLiteral("StreamEvent.type: expected a string, got number");
        QTest::newRow("missing topic") << json("{'type':'cron.fired','ts':'2026-11-22T10:30:03Z','data':{}}")
                                       << QStringLiteral("StreamEvent.topic: missing");
        QTest::newRow("whole frame instead of envelope")
            << goldenFrame(QStringLiteral("event_cron_fired")).data.replace("\"type\"", "\"kind\"")
            << QStringLiteral("StreamEvent.type: missing");
    }
    void badEvents()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto event = StreamEvent::parse(text);
        QVERIFY(!event.ok());
        QCOMPARE(event.error(), error);
    }

    void badEventData()
    {
        QCOMPARE(
            JobEventData::parse(json("{'job_id':'j','job_name':'n','queue':'q','elapsed_ms':'12'}")).error(),
            QStringLiteral("JobEventData.elapsed_ms: expected an integer, got string"));
        QCOMPARE(JobEventData::parse(json("{'job_id':'j','job_name':'n','queue':'q','next_run_at':'soon'}"))
                     .error(),
                 QStringLiteral("JobEventData.next_run_at: ts soon is not RFC 3339: too short"));
        QCOMPARE(JobEventData::parse(json("{'job_id':'j','queue':'q'}")).error(),
                 QStringLiteral("JobEventData.job_name: missing"));
        QCOMPARE(WorkflowEventData::parse(json("{'run_id':'r','name':'n','step_name':['a']}")).error(),
                 QStringLiteral("WorkflowEventData.step_name: expected a string, got array"));
        QCOMPARE(CronFiredData::parse(json("{'entry_name':'nightly'}")).error(),
                 QStringLiteral("CronFiredData.job_id: missing"));
        // A job event read as workflow data is missing the workflow's keys, not silently empty.
        const Frame frame = goldenFrame(QStringLiteral("event_job_completed"));
        QCOMPARE(StreamEvent::fromFrame(frame)->workflowData().error(),
                 QStringLiteral("WorkflowEventData.run_id: missing"));
    }

    // Keys are read as views into the text; an escaped key is unescaped into storage of its own, which the
    // escaped values read after it must not overwrite (Go's encoding/json matches keys after unescaping).
    void escapedKeysAreTheKeysTheySpell()
    {
        const auto data = JobEventData::parse(
            "{\"job\\u005fid\":\"a\\u0062c\",\"job_n\\u0061me\":\"x\\ty\",\"queue\":\"q\","
            "\"\\u0065rror\":\"boom\"}");
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->jobId, QStringLiteral("abc"));
        QCOMPARE(data->jobName, QStringLiteral("x\ty"));
        QCOMPARE(data->error, QStringLiteral("boom"));
        // The escaped key names the field in a message, and counts as read for the required ones.
        QCOMPARE(JobEventData::parse("{\"job\\u005fid\":\"j\",\"job_name\":\"n\",\"queu\\u0065\":7}").error(),
                 QStringLiteral("JobEventData.queue: expected a string, got number"));
        QCOMPARE(JobEventData::parse("{\"job\\u005fid\":\"j\\u0062\",\"queue\":\"q\"}").error(),
                 QStringLiteral("JobEventData.job_name: missing"));
    }

    void fromFrameRejectsOtherFrames()
    {
        const Frame response = goldenFrame(QStringLiteral("auth_response"));
        QCOMPARE(StreamEvent::fromFrame(response).error(),
                 QStringLiteral("StreamEvent: not an event frame (type \"response\")"));
        Frame empty;
        empty.type = FrameType::Event;
        QCOMPARE(StreamEvent::fromFrame(empty).error(),
                 QStringLiteral("StreamEvent: event frame without data"));
    }

    void goldenStats()
    {
        const QByteArray golden = goldenData(QStringLiteral("stats_response"));
        const auto stats = ServerStats::parse(golden);
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->broker.subscriberCount, 2);
        QCOMPARE(stats->broker.topicCount, 3);
        QCOMPARE(stats->broker.totalPublished, 1234);
        QCOMPARE(stats->connections, 0);
        QVERIFY(!stats->federation.has_value());
        QCOMPARE(stats->toJson(), golden);
    }

    void statsWithFederationAreWrittenSorted()
    {
        // Read in the Go structs' field order, written sorted as the golden reply is.
        const auto stats =
            ServerStats::parse(json("{'connections':0,'federation':{'total_peers':3,'connected_peers':2,'"
                                    "jobs_forwarded':9007199254740993,"
                                    "'events_forwarded':7},'broker':{'topic_count':1,'subscriber_count':4,'"
                                    "total_published':5,'total_dropped':0}}"));
        QVERIFY2(stats.ok(), qPrintable(stats.error()));
        QCOMPARE(stats->federation->jobsForwarded, Q_INT64_C(9007199254740993)); // 2^53 + 1, exactly
        QCOMPARE(
            stats->toJson(),
            json("{'broker':{'subscriber_count':4,'topic_count':1,'total_dropped':0,'total_published':5},"
                 "'connections':0,'federation':{'connected_peers':2,'events_forwarded':7,"
                 "'jobs_forwarded':9007199254740993,'total_peers':3}}"));
    }

    void badStats()
    {
        QCOMPARE(ServerStats::parse(json("{'connections':0}")).error(),
                 QStringLiteral("ServerStats.broker: missing"));
        QCOMPARE(ServerStats::parse(json("{'broker':[],'connections':0}")).error(),
                 QStringLiteral("ServerStats.broker: expected an object, got array"));
        QCOMPARE(
            ServerStats::parse(json("{'broker':{'topic_count':1,'subscriber_count':4,'total_published':'5',"
                                    "'total_dropped':0},'connections':0}"))
                .error(),
            QStringLiteral("ServerStats.broker.total_published: expected an integer, got string"));
        QCOMPARE(
            ServerStats::parse(json("{'broker':{'topic_count':1,'subscriber_count':4,'total_published':5,"
                                    "'total_dropped':0},'connections':0,'federation':{'total_peers':1}}"))
                .error(),
            QStringLiteral("ServerStats.federation.connected_peers: missing"));
    }

    void goldenResults()
    {
        const QByteArray authData = goldenData(QStringLiteral("auth_response"));
        const auto auth = AuthResult::parse(authData);
        QVERIFY2(auth.ok(), qPrintable(auth.error()));
        QCOMPARE(auth->sessionId, QStringLiteral("ws_1795343400124000000"));
        QCOMPARE(auth->wireFormat(), std::optional<WireFormat>(WireFormat::Msgpack));
        QCOMPARE(auth->toJson(), authData);

        const QByteArray enqueueData = goldenData(QStringLiteral("job_enqueue_response"));
        const auto enqueued = EnqueueResult::parse(enqueueData);
        QVERIFY2(enqueued.ok(), qPrintable(enqueued.error()));
        QCOMPARE(enqueued->jobId, QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr"));
        QCOMPARE(enqueued->queue, QStringLiteral("images"));
        QCOMPARE(enqueued->state, QStringLiteral("pending"));
        QCOMPARE(enqueued->toJson(), enqueueData);
    }

    void builtResultsFollowServerOrder()
    {
        QCOMPARE((WorkflowStartResult{QStringLiteral("wfrun_1"), QStringLiteral("order"),
                                      QStringLiteral("completed")}
                      .toJson()),
                 json("{'run_id':'wfrun_1','name':'order','state':'completed'}"));
        QCOMPARE((EventPublishResult{QStringLiteral("evt_1"), QStringLiteral("payment")}.toJson()),
                 json("{'event_id':'evt_1','name':'payment'}"));
        QCOMPARE(SubscriptionResult::subscribed(QStringLiteral("jobs")).toJson(),
                 json("{'channel':'jobs','status':'subscribed'}"));
        QCOMPARE(SubscriptionResult::unsubscribed(QStringLiteral("job:x")).toJson(),
                 json("{'channel':'job:x','status':'unsubscribed'}"));
        QCOMPARE(CancelResult::cancelled().toJson(), json("{'status':'cancelled'}"));
        QCOMPARE((AuthResult{QStringLiteral("json"), QStringLiteral("ws_1")}.toJson()),
                 json("{'format':'json','session_id':'ws_1'}"));
        const auto started = WorkflowStartResult::parse(
            json("{'state':'failed','name':'order','run_id':'wfrun_1','extra':1}"));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        QCOMPARE(started->state, QStringLiteral("failed"));
    }

    void badResults()
    {
        QCOMPARE(EnqueueResult::parse(json("{'job_id':7,'queue':'q','state':'pending'}")).error(),
                 QStringLiteral("EnqueueResult.job_id: expected a string, got number"));
        QCOMPARE(EnqueueResult::parse(json("{'job_id':'j','queue':'q'}")).error(),
                 QStringLiteral("EnqueueResult.state: missing"));
        QCOMPARE(SubscriptionResult::parse("\"subscribed\"").error(),
                 QStringLiteral("SubscriptionResult: expected an object, got string"));
        QCOMPARE(CancelResult::parse(json("{'status':'cancelled'} {}")).error(),
                 QStringLiteral("CancelResult: unexpected data after the object"));
        QCOMPARE(AuthResult::parse(json("{'format':'json','session_id':null}")).error(),
                 QStringLiteral("AuthResult.session_id: expected a string, got null"));
        QCOMPARE((AuthResult{QStringLiteral("protobuf"), QString()}.wireFormat()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(PayloadEventsTest)
#include "tst_payloads_events.moc"
