// SPDX-License-Identifier: MIT
// dwp-protocol.md §5: channels, event frames, topic reach, flow control (1000 credits, 256-event buffer,
// silent drops) and the broker figures `stats` reports.
#include "devserver/JobHandlerCatalog.h"
#include "devserver/ServerSession.h"
#include "protocol/StreamEvent.h"
#include "support/DevServerFixture.h"
#include "support/RawWebSocketProbe.h"
#include "support/TestJson.h"

#include <QTest>

using namespace testsupport;

namespace {

// Every call enqueues to a queue no worker polls, so each job raises exactly one event (job.enqueued).
QStringList enqueueQuietly(devserver::DevServer& server, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        devserver::WorkerPool::EnqueueOptions options;
        options.name = QStringLiteral("x");
        options.queue = QStringLiteral("parked");
        options.payload = QByteArrayLiteral("{}");
        ids.append(server.engine().enqueue(options).id);
    }
    return ids;
}

// A stats round trip: every event the server wrote before it has arrived once its reply is in.
void settle(RawDwpClient& client)
{
    QVERIFY(client.call(QStringLiteral("stats")));
}

bool subscribe(RawDwpClient& client, const char* channel)
{
    const auto reply =
        client.call(QStringLiteral("subscribe"), QByteArray("{\"channel\":\"") + channel + "\"}");
    return reply && reply->type == dwp::FrameType::Response;
}

} // namespace

class ConformanceStreamsTest : public QObject
{
    Q_OBJECT

private slots:
    void aJobsSubscriberGetsTheEntityTopicAsChannel()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        QVERIFY(subscribe(*client, "jobs"));
        const auto enqueued =
            client->call(QStringLiteral("job.enqueue"), "{\"name\":\"devserver.noop\",\"payload\":{}}");
        const QString jobId = testjson::object(enqueued->data).value(QLatin1String("job_id")).toString();
        fixture.server().clock().advanceMs(1000);
        QVERIFY(client->waitForEvents(3));
        const QList<dwp::Frame> events = client->takeEvents();
        QStringList types;
        for (const dwp::Frame& frame : events) {
            QCOMPARE(frame.type, QStringLiteral("event"));
            QCOMPARE(frame.channel, QStringLiteral("job:") + jobId); // not "jobs"
            QCOMPARE(testjson::keysInOrder(frame.data),
                     (QStringList{QStringLiteral("type"), QStringLiteral("ts"), QStringLiteral("topic"),
                                  QStringLiteral("data")}));
            const auto event = dwp::StreamEvent::fromFrame(frame);
            QVERIFY(event.ok());
            QCOMPARE(event->topic, frame.channel);
            QCOMPARE(event->jobData()->jobId, jobId);
            types.append(event->type);
        }
        QCOMPARE(types, (QStringList{QStringLiteral("job.enqueued"), QStringLiteral("job.started"),
                                     QStringLiteral("job.completed")}));
    }

    void eachChannelGetsItsShareOnly()
    {
        DevServerFixture fixture;
        auto jobs = fixture.connectClient();
        auto workflows = fixture.connectClient();
        auto firehose = fixture.connectClient();
        auto queue = fixture.connectClient();
        QVERIFY(subscribe(*jobs, "jobs"));
        QVERIFY(subscribe(*workflows, "workflows"));
        QVERIFY(subscribe(*firehose, "firehose"));
        QVERIFY(subscribe(*queue, "queue:default")); // accepted, never fed
        fixture.server().engine().crons().add(QStringLiteral("tick"),
                                              *devserver::CronSchedule::parse(QStringLiteral("@every 10s")),
                                              QStringLiteral("devserver.noop"));
        fixture.server().engine().startWorkflow(QStringLiteral("nightly-report"), QByteArrayLiteral("{}"),
                                                {});
        fixture.server().clock().advanceMs(10 * 1000 + 500);
        for (RawDwpClient* client : {jobs.get(), workflows.get(), firehose.get(), queue.get()})
            settle(*client);

        bool sawCron = false;
        for (const dwp::Frame& frame : firehose->takeEvents()) {
            const auto event = dwp::StreamEvent::fromFrame(frame);
            if (event->type == QLatin1String("cron.fired")) {
                sawCron = true;
                QCOMPARE(frame.channel, QString()); // no channel key: the topic is empty
                QCOMPARE(event->topic, QString());
            }
        }
        QVERIFY(sawCron);
        const QList<dwp::Frame> jobEvents = jobs->takeEvents();
        QVERIFY(!jobEvents.isEmpty());
        for (const dwp::Frame& frame : jobEvents)
            QVERIFY2(frame.channel.startsWith(QLatin1String("job:")), qPrintable(frame.channel));
        const QList<dwp::Frame> workflowEvents = workflows->takeEvents();
        QVERIFY(!workflowEvents.isEmpty());
        for (const dwp::Frame& frame : workflowEvents)
            QVERIFY2(frame.channel.startsWith(QLatin1String("workflow:wfrun_")), qPrintable(frame.channel));
        QCOMPARE(queue->eventCount(), 0);
    }

    void anEventReachesAConnectionOnce()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        const QString id = enqueueQuietly(fixture.server(), 1).first(); // before subscribing: not seen
        QVERIFY(subscribe(*client, "firehose"));
        QVERIFY(subscribe(*client, "jobs"));
        QVERIFY(subscribe(*client, "jobs")); // twice: harmless
        QVERIFY(client->call(QStringLiteral("subscribe"), "{\"channel\":\"job:" + id.toLatin1() + "\"}"));
        fixture.server().engine().cancelJob(id);
        QVERIFY(client->call(QStringLiteral("job.enqueue"), "{\"name\":\"x\",\"queue\":\"parked\"}"));
        settle(*client);
        QCOMPARE(client->eventCount(), 1);
        QCOMPARE(fixture.server().broker().stats().totalPublished, 1);
    }

    void creditsRunOutAtExactlyAThousandAndATopUpResumes()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        QVERIFY(subscribe(*client, "jobs"));
        enqueueQuietly(fixture.server(), 1200);
        QVERIFY(client->waitForEvents(1000));
        settle(*client);
        QCOMPARE(client->eventCount(), 1000); // the other 200 were dropped, silently
        QCOMPARE(fixture.server().broker().stats().totalPublished, 1000);
        QCOMPARE(fixture.server().broker().stats().totalDropped, 0);

        enqueueQuietly(fixture.server(), 5);
        settle(*client);
        QCOMPARE(client->eventCount(), 1000);

        client->sendCredits(10); // no reply
        settle(*client);         // frames are taken in order: the credits are in once stats answers
        enqueueQuietly(fixture.server(), 25);
        settle(*client);
        QCOMPARE(client->eventCount(), 1010);
        QCOMPARE(fixture.server().broker().stats().totalPublished, 1010);
        // Nothing but the events and the stats replies arrived: the credits frame got no answer.
        QVERIFY(!client->hasReply());
    }

    void unsubscribeStopsDelivery()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        QVERIFY(subscribe(*client, "jobs"));
        enqueueQuietly(fixture.server(), 3);
        settle(*client);
        QCOMPARE(client->eventCount(), 3);
        QVERIFY(client->call(QStringLiteral("unsubscribe"), "{\"channel\":\"jobs\"}"));
        enqueueQuietly(fixture.server(), 3);
        settle(*client);
        QCOMPARE(client->eventCount(), 3);
        QCOMPARE(fixture.server().broker().stats().topicCount, 0);
    }

    void nothingSurvivesAReconnect()
    {
        DevServerFixture fixture;
        auto first = fixture.connectClient();
        QVERIFY(subscribe(*first, "firehose"));
        first->close();
        QVERIFY(first->waitForDisconnected());
        QTRY_COMPARE(fixture.server().broker().subscriberCount(), 0);
        auto second = fixture.connectClient();
        enqueueQuietly(fixture.server(), 2);
        settle(*second);
        QCOMPARE(second->eventCount(), 0);
    }

    void statsCountsAuthenticatedSessionsAndTopicsWithSubscribers()
    {
        DevServerFixture fixture;
        auto a = fixture.connectClient();
        auto b = fixture.connectClient();
        RawDwpClient unauthenticated;
        QVERIFY(unauthenticated.open(fixture.url()));
        QVERIFY(subscribe(*a, "jobs"));
        QVERIFY(subscribe(*a, "job:job_1"));
        QVERIFY(subscribe(*b, "jobs"));
        enqueueQuietly(fixture.server(), 4); // 4 events, each accepted by both subscribers
        settle(*a);
        settle(*b);
        const QJsonObject stats = testjson::object(a->call(QStringLiteral("stats"))->data);
        const QJsonObject broker = stats.value(QLatin1String("broker")).toObject();
        QCOMPARE(broker.value(QLatin1String("subscriber_count")).toInt(), 2);
        QCOMPARE(broker.value(QLatin1String("topic_count")).toInt(), 2);
        QCOMPARE(broker.value(QLatin1String("total_published")).toInt(), 8);
        QCOMPARE(broker.value(QLatin1String("total_dropped")).toInt(), 0);
        QCOMPARE(stats.value(QLatin1String("connections")).toInt(), 0);
        QCOMPARE(fixture.server().connectionCount(), 3);
    }

    void aClientThatDoesNotReadFillsTheBufferAndLosesEvents()
    {
        auto config = DevServerFixture::defaultConfig();
        DevServerFixture fixture(config);
        RawWebSocketProbe probe;
        QVERIFY(probe.open(fixture.url()));
        probe.sendText("{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\"}");
        probe.sendText("{\"id\":\"c\",\"type\":\"request\",\"credits\":100000000}");
        probe.sendText(
            "{\"id\":\"s\",\"type\":\"request\",\"method\":\"subscribe\",\"data\":{\"channel\":\"jobs\"}}");
        QVERIFY(probe.waitForMessages(2));
        QTRY_VERIFY(!fixture.server().sessions().isEmpty());
        const auto subscriber = fixture.server().sessions().first()->subscriber();
        probe.pause();
        // Far more than the kernel's socket buffers hold: the server's writes back up, the 256-event
        // buffer fills, and what does not fit is dropped with its credit refunded.
        int offered = 0;
        while (subscriber->droppedForBuffer() == 0 && offered < 400000) {
            enqueueQuietly(fixture.server(), 1000);
            offered += 1000;
            QCoreApplication::processEvents();
        }
        QVERIFY2(subscriber->droppedForBuffer() > 0, "a stalled reader must make the server drop events");
        QCOMPARE(subscriber->bufferedCount(), 256);
        QCOMPARE(subscriber->credits(), 100000000 + 1000 - subscriber->acceptedCount());
        QCOMPARE(subscriber->droppedForCredits(), 0);
        QCOMPARE(fixture.server().broker().stats().totalDropped, 0); // drops are never counted
        // Once the client reads again, everything accepted arrives: the buffer drains.
        probe.resume();
        QVERIFY(probe.waitForMessages(int(2 + subscriber->acceptedCount()), 30000));
        QCOMPARE(subscriber->bufferedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ConformanceStreamsTest)
#include "tst_conformance_streams.moc"
