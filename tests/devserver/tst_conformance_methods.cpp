// SPDX-License-Identifier: MIT
// dwp-protocol.md §3 and §4, the engine part: each implemented method's request and reply shape (key order
// included), as a raw-frame client sees them, checked against what the devserver's engine holds. Error texts
// that need no engine are in tests/conformance/tst_wire_methods.cpp.
#include "devserver/JobHandlerCatalog.h"
#include "protocol/TypeId.h"
#include "support/DevServerFixture.h"
#include "support/TestJson.h"

#include <QTest>

using namespace testsupport;

namespace {

// A canonical TypeID of `kind` (§4): the strict parse accepts only ids that format back unchanged.
bool isIdOf(const QJsonValue& value, dwp::TypeId::Kind kind)
{
    return dwp::TypeId::parse(value.toString(), kind).ok();
}

QStringList keys(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

QString jobIdOf(const dwp::Frame& reply)
{
    return testjson::object(reply.data).value(QLatin1String("job_id")).toString();
}

} // namespace

class ConformanceMethodsTest : public QObject
{
    Q_OBJECT

private slots:
    void enqueueAnswersJobIdQueueAndPending()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        const auto reply = client->call(QStringLiteral("job.enqueue"),
                                        "{\"name\":\"send-email\",\"payload\":{\"to\":\"a@b.c\"}}");
        QCOMPARE(reply->type, QStringLiteral("response"));
        QCOMPARE(testjson::keysInOrder(reply->data), keys({"job_id", "queue", "state"}));
        const QJsonObject data = testjson::object(reply->data);
        QVERIFY(isIdOf(data.value(QLatin1String("job_id")), dwp::TypeId::Kind::Job));
        QCOMPARE(data.value(QLatin1String("queue")).toString(), QStringLiteral("default"));
        QCOMPARE(data.value(QLatin1String("state")).toString(), QStringLiteral("pending"));

        const auto queued =
            client->call(QStringLiteral("job.enqueue"),
                         "{\"name\":\"resize\",\"payload\":{},\"queue\":\"images\",\"priority\":7}");
        QCOMPARE(testjson::object(queued->data).value(QLatin1String("queue")).toString(),
                 QStringLiteral("images"));
        QCOMPARE(fixture.server().engine().job(jobIdOf(*queued))->priority, 7);
    }

    void jobGetReturnsTheJobInTheServersKeyOrder()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        const QString id =
            jobIdOf(*client->call(QStringLiteral("job.enqueue"),
                                  "{\"name\":\"devserver.scripted\",\"payload\":{\"duration_ms\":50}}"));
        auto reply = client->call(QStringLiteral("job.get"), "{\"job_id\":\"" + id.toLatin1() + "\"}");
        QCOMPARE(testjson::keysInOrder(reply->data),
                 keys({"created_at", "updated_at", "id", "name", "queue", "payload", "state", "priority",
                       "max_retries", "retry_count", "worker_id", "run_at", "timeout"}));
        QJsonObject job = testjson::object(reply->data);
        QCOMPARE(job.value(QLatin1String("id")).toString(), id);
        // []byte payload: base64 of the bytes the job was enqueued with; durations in nanoseconds.
        QCOMPARE(QByteArray::fromBase64(job.value(QLatin1String("payload")).toString().toLatin1()),
                 QByteArrayLiteral("{\"duration_ms\":50}"));
        QCOMPARE(job.value(QLatin1String("timeout")).toInteger(), 300000000000);
        QCOMPARE(job.value(QLatin1String("worker_id")).toString(), QString());
        QCOMPARE(job.value(QLatin1String("max_retries")).toInt(), 3);

        fixture.server().clock().advanceMs(1000);
        reply = client->call(QStringLiteral("job.get"), "{\"job_id\":\"" + id.toLatin1() + "\"}");
        job = testjson::object(reply->data);
        QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
        for (const char* key : {"started_at", "completed_at"})
            QVERIFY2(job.contains(QLatin1String(key)), key);
        QVERIFY(!job.contains(QLatin1String("heartbeat_at"))); // a 50 ms job never heartbeats (§3)
        QVERIFY(job.value(QLatin1String("worker_id")).toString().startsWith(QLatin1String("wkr_")));
    }

    void aJobEnqueuedWithoutPayloadReadsBackNull()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        const QString id = jobIdOf(*client->call(QStringLiteral("job.enqueue"), "{\"name\":\"x\"}"));
        const auto reply = client->call(QStringLiteral("job.get"), "{\"job_id\":\"" + id.toLatin1() + "\"}");
        QVERIFY(reply->data.contains("\"payload\":null"));
    }

    void scopesOfTheIdentityAreStampedOnJobs()
    {
        auto config = DevServerFixture::defaultConfig();
        config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
        config.tokens.add(*devserver::TokenSpec::parse(QStringLiteral("k=*;app=shop;org=acme")));
        DevServerFixture fixture(config);
        auto client = fixture.connectClient(QStringLiteral("k"));
        const QString id =
            jobIdOf(*client->call(QStringLiteral("job.enqueue"), "{\"name\":\"x\",\"payload\":1}"));
        const QJsonObject job = testjson::object(
            client->call(QStringLiteral("job.get"), "{\"job_id\":\"" + id.toLatin1() + "\"}")->data);
        QCOMPARE(job.value(QLatin1String("scope_app_id")).toString(), QStringLiteral("shop"));
        QCOMPARE(job.value(QLatin1String("scope_org_id")).toString(), QStringLiteral("acme"));
    }

    void cancelRelabelsAnyJobAndEmitsNothing()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        QVERIFY(client->call(QStringLiteral("subscribe"), "{\"channel\":\"firehose\"}"));
        const QString id = jobIdOf(
            *client->call(QStringLiteral("job.enqueue"), "{\"name\":\"devserver.noop\",\"payload\":{}}"));
        fixture.server().clock().advanceMs(1000);
        QVERIFY(client->waitForEvents(3)); // enqueued, started, completed
        client->takeEvents();
        const QByteArray idData = "{\"job_id\":\"" + id.toLatin1() + "\"}";
        const auto reply = client->call(QStringLiteral("job.cancel"), idData);
        QCOMPARE(reply->data, QByteArrayLiteral("{\"status\":\"cancelled\"}"));
        const QJsonObject job = testjson::object(client->call(QStringLiteral("job.get"), idData)->data);
        QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
        QVERIFY(job.contains(QLatin1String("completed_at"))); // kept from its completion, not set by cancel
        fixture.server().clock().advanceMs(1000);
        QCOMPARE(client->call(QStringLiteral("stats"))->type, QStringLiteral("response"));
        QCOMPARE(client->eventCount(), 0);
    }

    void workflowStartRunsToTheEndThenAnswers()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        const QString id =
            client->sendRequest(QStringLiteral("workflow.start"),
                                "{\"name\":\"data-export\",\"input\":{\"dataset\":\"orders\"}}");
        QVERIFY(!client->waitForReply(id, 50));
        fixture.server().clock().advanceMs(60 * 1000);
        const auto reply = client->waitForReply(id);
        QVERIFY(reply);
        QCOMPARE(testjson::keysInOrder(reply->data), keys({"run_id", "name", "state"}));
        const QJsonObject data = testjson::object(reply->data);
        QVERIFY(isIdOf(data.value(QLatin1String("run_id")), dwp::TypeId::Kind::WorkflowRun));
        QCOMPARE(data.value(QLatin1String("name")).toString(), QStringLiteral("data-export"));
        const QString state = data.value(QLatin1String("state")).toString();
        QVERIFY2(state == QLatin1String("completed") || state == QLatin1String("failed"), qPrintable(state));

        const QByteArray runData =
            "{\"run_id\":\"" + data.value(QLatin1String("run_id")).toString().toLatin1() + "\"}";
        const auto run = client->call(QStringLiteral("workflow.get"), runData);
        QCOMPARE(testjson::keysInOrder(run->data).mid(0, 6),
                 keys({"created_at", "updated_at", "id", "name", "state", "input"}));
        const QJsonObject runObject = testjson::object(run->data);
        QCOMPARE(QByteArray::fromBase64(runObject.value(QLatin1String("input")).toString().toLatin1()),
                 QByteArrayLiteral("{\"dataset\":\"orders\"}"));
        QVERIFY(!runObject.contains(QLatin1String("output")));
        QCOMPARE(runObject.value(QLatin1String("version")).toInt(), 2);

        const auto timeline = client->call(QStringLiteral("workflow.timeline"), runData);
        const QJsonArray entries = testjson::array(timeline->data);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().toObject().value(QLatin1String("step_name")).toString(),
                 QStringLiteral("collect"));
        // The StepWithResult checkpoint is binary data, base64 on the wire.
        const QByteArray gob = QByteArray::fromBase64(
            entries.first().toObject().value(QLatin1String("data")).toString().toLatin1());
        QVERIFY(!gob.isEmpty());
        QVERIFY(QJsonDocument::fromJson(gob).isNull());
    }

    void workflowEventAnswersEventIdAndName()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        const auto reply = client->call(QStringLiteral("workflow.event"),
                                        "{\"name\":\"payment-received\",\"payload\":{\"amount\":5}}");
        QCOMPARE(testjson::keysInOrder(reply->data), keys({"event_id", "name"}));
        const QJsonObject data = testjson::object(reply->data);
        QVERIFY(isIdOf(data.value(QLatin1String("event_id")), dwp::TypeId::Kind::Event));
        QCOMPARE(data.value(QLatin1String("name")).toString(), QStringLiteral("payment-received"));
        QCOMPARE(fixture.server().engine().mailbox().storedCount(QStringLiteral("payment-received")), 1);
    }

    void subscribeAndUnsubscribeAnswerTheirChannel()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        auto reply =
            client->call(QStringLiteral("subscribe"), "{\"channel\":\"job:anything:goes\",\"credits\":50}");
        QCOMPARE(reply->data,
                 QByteArrayLiteral("{\"channel\":\"job:anything:goes\",\"status\":\"subscribed\"}"));
        reply = client->call(QStringLiteral("subscribe"), "{\"channel\":\"queue:images\"}");
        QCOMPARE(reply->type, QStringLiteral("response"));
        reply =
            client->call(QStringLiteral("unsubscribe"), "{\"channel\":\"never subscribed, not validated\"}");
        QCOMPARE(reply->data,
                 QByteArrayLiteral(
                     "{\"channel\":\"never subscribed, not validated\",\"status\":\"unsubscribed\"}"));
        // data.credits on subscribe is ignored.
        QCOMPARE(fixture.server().broker().stats().topicCount, 2);
    }

    void statsReportsBrokerFiguresAndZeroConnections()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        auto other = fixture.connectClient();
        QVERIFY(client->call(QStringLiteral("subscribe"), "{\"channel\":\"jobs\"}"));
        QVERIFY(client->call(QStringLiteral("subscribe"), "{\"channel\":\"firehose\"}"));
        QVERIFY(other->call(QStringLiteral("subscribe"), "{\"channel\":\"jobs\"}"));
        QVERIFY(client->call(QStringLiteral("job.enqueue"), "{\"name\":\"x\",\"payload\":{}}")); // one event
        QVERIFY(client->waitForEvents(1) && other->waitForEvents(1));
        const auto reply = client->call(QStringLiteral("stats"));
        // Go map keys come out sorted, at every level.
        QCOMPARE(reply->data,
                 QByteArrayLiteral("{\"broker\":{\"subscriber_count\":2,\"topic_count\":2,"
                                   "\"total_dropped\":0,\"total_published\":2},\"connections\":0}"));
    }
};

QTEST_GUILESS_MAIN(ConformanceMethodsTest)
#include "tst_conformance_methods.moc"
