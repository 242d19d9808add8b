// SPDX-License-Identifier: MIT
// Fault injection, by plan and by one-shot action, and the server restart; plus the threaded fixture.
#include "devserver/DevServerThread.h"
#include "devserver/ServerSession.h"
#include "support/DevServerFixture.h"
#include "support/RawWebSocketProbe.h"
#include "support/TestJson.h"

#include <QElapsedTimer>
#include <QTest>

using namespace testsupport;
using devserver::DevServerThread;

namespace {

devserver::DevServerConfig withFaults(const QStringList& specs)
{
    auto config = DevServerFixture::defaultConfig();
    for (const QString& spec : specs)
        config.faults.apply(spec);
    return config;
}

} // namespace

class FaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void faultSpecsParseAndRejectNonsense()
    {
        devserver::FaultPlan plan;
        QVERIFY(plan.apply(QStringLiteral("drop-after-frames=3")).ok());
        QCOMPARE(plan.dropAfterFrames, 3);
        QVERIFY(plan.apply(QStringLiteral("no-pong")).ok());
        QVERIFY(plan.ignorePings);
        QVERIFY(plan.apply(QStringLiteral("drop-during-auth")).ok());
        QVERIFY(plan.dropDuringAuth);
        QVERIFY(!plan.apply(QStringLiteral("drop-after-frames=soon")).ok());
        QVERIFY(!plan.apply(QStringLiteral("drop-after-frames=-1")).ok());
        QVERIFY(!plan.apply(QStringLiteral("no-pong=1")).ok());
        const auto unknown = plan.apply(QStringLiteral("explode"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QLatin1String("unknown fault \"explode\"")));
    }

    void dropAfterFramesAbortsWithoutACloseFrame()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("drop-after-frames=3")}));
        auto client = fixture.connectClient();          // frame 1
        QVERIFY(client->call(QStringLiteral("stats"))); // frame 2
        QVERIFY(client->call(QStringLiteral("stats"))); // frame 3, then the drop
        QVERIFY(client->waitForDisconnected());
        QVERIFY(client->sawRemoteHostClosed());
    }

    void dropAfterMilliseconds()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("drop-after-ms=50")}));
        QElapsedTimer timer;
        timer.start();
        auto client = fixture.connectClient();
        QVERIFY(client);
        QVERIFY(client->waitForDisconnected(2000));
        QVERIFY(timer.elapsed() >= 45);
        QVERIFY(client->sawRemoteHostClosed());
    }

    void delayedRepliesHoldTheConnection()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("delay-ms=80")}));
        auto client = fixture.connectClient();
        QElapsedTimer timer;
        timer.start();
        const QString first = client->sendRequest(QStringLiteral("stats"));
        const QString second = client->sendRequest(QStringLiteral("stats"));
        QVERIFY(client->waitForReply(first));
        QVERIFY(timer.elapsed() >= 75);
        QVERIFY(client->waitForReply(second));
        QVERIFY(timer.elapsed() >= 155); // one at a time
    }

    void pingsCanGoUnanswered()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("no-pong")}));
        auto client = fixture.connectClient();
        dwp::Frame ping;
        ping.type = QStringLiteral("ping");
        const QString id = client->send(ping);
        QVERIFY(client->call(QStringLiteral("stats"))); // answered, and after the ping would have been
        QVERIFY(!client->waitForReply(id, 20));
    }

    void authCanBeRefused()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("refuse-auth")}));
        RawDwpClient client;
        QVERIFY(client.open(fixture.url()));
        const auto reply = client.authenticate();
        QCOMPARE(reply->error->code, 401);
        QVERIFY(client.waitForDisconnected());
        fixture.server().faults().clear();
        QVERIFY(fixture.connectClient());
    }

    void authCanBeDroppedWithoutAReply()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("drop-during-auth")}));
        RawDwpClient client;
        QVERIFY(client.open(fixture.url()));
        QVERIFY(!client.authenticate(QStringLiteral("demo-token"), dwp::WireFormat::Json, 500));
        QVERIFY(client.waitForDisconnected());
        QVERIFY(client.sawRemoteHostClosed());
        fixture.server().faults().clear();
        QVERIFY(fixture.connectClient());
    }

    // Qt reads everything a client sends at once; behind a slow reply the queue of read requests is bounded.
    void aFloodOfRequestsBehindASlowOneIsCutOff()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("delay-ms=2000")}));
        auto client = fixture.connectClient();
        for (int i = 0; i < devserver::ServerSession::kMaxQueuedRequests + 50; ++i)
            client->sendRequest(QStringLiteral("stats"));
        QVERIFY(client->waitForDisconnected(10000));
        fixture.server().faults().clear();
        auto next = fixture.connectClient(); // the server itself is fine
        QVERIFY(next && next->call(QStringLiteral("stats")));
    }

    void uncorrelatedErrorsAndStrayResponsesOnDemand()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        fixture.server().faults().sendUncorrelatedError();
        const auto error = client->nextReply();
        QVERIFY(error && error->error);
        QVERIFY(error->correlId.isEmpty());
        QCOMPARE(error->error->code, 400);
        fixture.server().faults().sendStrayResponse();
        const auto stray = client->nextReply();
        QVERIFY(stray && !stray->error);
        QCOMPARE(stray->correlId, QStringLiteral("never-sent-1"));
    }

    void garbageUnknownTypesAndOversizedFramesInterleave()
    {
        DevServerFixture fixture(
            withFaults({QStringLiteral("garbage-every=2"), QStringLiteral("unknown-type-every=3"),
                        QStringLiteral("oversized-every=4"), QStringLiteral("oversized-bytes=3000000")}));
        auto client = fixture.connectClient();
        for (int i = 0; i < 3; ++i)
            QVERIFY(client->call(QStringLiteral("stats")));
        QVERIFY(client->waitForEvents(1));            // the oversized event after frame 4
        QCOMPARE(client->decodeFailures().size(), 2); // after frames 2 and 4
        QCOMPARE(client->takeEvents().first().data.size() > 3000000, true);
        bool sawSurprise = false;
        for (const dwp::Frame& frame : client->log())
            sawSurprise = sawSurprise || frame.type == QLatin1String("surprise");
        QVERIFY(sawSurprise);
        QVERIFY(client->isConnected());
    }

    void anOversizedFrameIsOneUnfragmentedMessage()
    {
        DevServerFixture fixture;
        RawWebSocketProbe probe;
        QVERIFY(probe.open(fixture.url()));
        probe.sendText("{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\"}");
        QVERIFY(probe.waitForMessages(1));
        fixture.server().faults().sendOversizedFrame(2 * 1024 * 1024);
        QVERIFY(probe.waitForMessages(2));
        QCOMPARE(probe.messages()[1].opcode, 1);
        QVERIFY(probe.messages()[1].payload.size() > 2 * 1024 * 1024);
    }

    void oneShotActionsHitEveryConnection()
    {
        DevServerFixture fixture(DevServerFixture::binaryMsgpackConfig());
        auto json = fixture.connectClient();
        auto msgpack = fixture.connectClient(QStringLiteral("t"), dwp::WireFormat::Msgpack);
        fixture.server().faults().sendGarbage();
        fixture.server().faults().sendUnknownTypeFrame();
        QVERIFY(QTest::qWaitFor(
            [&] { return json->decodeFailures().size() == 1 && msgpack->decodeFailures().size() == 1; },
            5000));
        QVERIFY(json->nextReply()->type == QLatin1String("surprise"));
        QVERIFY(msgpack->nextReply()->type == QLatin1String("surprise"));
        fixture.server().faults().dropConnections();
        QVERIFY(json->waitForDisconnected());
        QVERIFY(msgpack->waitForDisconnected());
        QVERIFY(json->sawRemoteHostClosed());
    }

    void aRestartDropsEveryoneAndKeepsTheEngine()
    {
        DevServerFixture fixture;
        auto client = fixture.connectClient();
        const auto enqueued = client->call(QStringLiteral("job.enqueue"), "{\"name\":\"x\",\"queue\":\"q\"}");
        const QByteArray jobId =
            testjson::object(enqueued->data).value(QLatin1String("job_id")).toString().toLatin1();
        fixture.server().restart(150);
        QVERIFY(client->waitForDisconnected());
        QVERIFY(client->sawRemoteHostClosed());
        RawDwpClient refused;
        QVERIFY(!refused.open(fixture.url(), 100)); // down for a while
        QTRY_VERIFY_WITH_TIMEOUT(fixture.server().isListening(), 3000);
        auto again = fixture.connectClient();
        QVERIFY(again);
        QCOMPARE(
            testjson::object(again->call(QStringLiteral("job.get"), "{\"job_id\":\"" + jobId + "\"}")->data)
                .value(QLatin1String("id"))
                .toString()
                .toLatin1(),
            jobId);
    }

    void periodicRestarts()
    {
        DevServerFixture fixture(withFaults({QStringLiteral("restart-every-ms=60")}));
        auto client = fixture.connectClient();
        QVERIFY(client->waitForDisconnected(2000));
        QVERIFY(fixture.connectClient());
    }

    void aServerInItsOwnThread()
    {
        auto config = DevServerFixture::defaultConfig();
        config.speed = 1000;
        DevServerThread thread(config);
        QVERIFY2(thread.start(), qPrintable(thread.error()));
        RawDwpClient client;
        QVERIFY(client.open(thread.url()));
        QVERIFY(client.authenticate());
        QVERIFY(client.call(QStringLiteral("subscribe"), "{\"channel\":\"jobs\"}"));
        QVERIFY(client.call(QStringLiteral("job.enqueue"), "{\"name\":\"devserver.noop\",\"payload\":{}}"));
        QVERIFY(client.waitForEvents(3)); // the server's own clock runs it: a virtual second per real ms
        int sessions = 0;
        thread.call([&](devserver::DevServer& server) { sessions = server.connectionCount(); });
        QCOMPARE(sessions, 1);
        thread.call([](devserver::DevServer& server) { server.faults().dropConnections(); });
        QVERIFY(client.waitForDisconnected());
    }
};

QTEST_GUILESS_MAIN(FaultsTest)
#include "tst_faults.moc"
