// SPDX-License-Identifier: MIT
// SubscriptionRegistry against a scripted link instead of a connection: one subscribe per channel, credits
// first after authentication, every channel again after a reconnect (dwp-protocol.md §5: nothing survives
// one), unsubscribe when the last local subscription of a channel goes, and every subscription ended when
// the client gives up.
#include "client/SubscriptionRegistry.h"
#include "protocol/ChannelRequest.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/Topics.h"
#include "support/TaskOutcome.h"

#include <QSignalSpy>
#include <QTest>

using dispatch::SubscriptionRegistry;

namespace {

// The main connection as the registry sees it: whether it is ready, and every frame and call it was given
// ("subscribe jobs", "credits 1000").
struct ScriptedLink
{
    bool ready = false;
    bool closing = false;
    QStringList sent;
    QStringList failingChannels;      // subscribe calls for these fail with ConnectionError
    bool dropsAfterFirstCall = false; // the connection is lost while the first call is answered

    SubscriptionRegistry::Link link()
    {
        SubscriptionRegistry::Link result;
        result.call = [this](QString method, QByteArray dataJson) { return call(method, dataJson); };
        result.send = [this](const dwp::Frame& frame) {
            sent.append(QStringLiteral("credits %1").arg(frame.credits));
            return true;
        };
        result.isReady = [this] { return ready && !closing; };
        result.isClosing = [this] { return closing; };
        return result;
    }

    QCoro::Task<QByteArray> call(QString method, QByteArray dataJson)
    {
        const QString channel = dwp::ChannelRequest::parse(dataJson, method)->channel;
        sent.append(method + u' ' + channel);
        if (dropsAfterFirstCall)
            ready = false;
        if (failingChannels.contains(channel))
            throw dispatch::ConnectionError(QStringLiteral("scripted failure"));
        co_return dwp::SubscriptionResult::subscribed(channel).toJson();
    }
};

} // namespace

class SubscriptionRegistryTest : public QObject
{
    Q_OBJECT

private slots:
    void oneSubscribePerChannelWhileConnected()
    {
        ScriptedLink server;
        server.ready = true;
        SubscriptionRegistry registry(server.link(), 100);
        auto first = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto second = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto run = testsupport::awaitTask(registry.watch(QStringLiteral("wfrun_1")));
        QCOMPARE(server.sent, (QStringList{QStringLiteral("subscribe jobs"),
                                           QStringLiteral("subscribe workflow:wfrun_1")}));
        QCOMPARE(registry.subscriptions().size(), 3);
        QCOMPARE(registry.watchedRunIds(), QStringList{QStringLiteral("wfrun_1")});
    }

    // Subscribed while disconnected, then a session starts: credits before anything else, then each channel
    // once, the held workflows topic included; ended subscriptions are not restored.
    void aNewSessionRestoresEveryChannelOnce()
    {
        ScriptedLink server;
        SubscriptionRegistry registry(server.link(), 100);
        auto jobs = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto jobsAgain = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto run = testsupport::awaitTask(registry.watch(QStringLiteral("wfrun_1")));
        auto gone = testsupport::awaitTask(registry.subscribe(QStringLiteral("firehose")));
        gone.reset();
        QVERIFY(server.sent.isEmpty()); // nothing goes out while disconnected

        server.ready = true;
        testsupport::awaitTask(registry.holdWorkflowsTopic());
        server.sent.clear();
        registry.grantInitialCredits();
        testsupport::awaitTask(registry.resubscribeAll());
        QCOMPARE(server.sent, (QStringList{QStringLiteral("credits 100"), QStringLiteral("subscribe jobs"),
                                           QStringLiteral("subscribe workflow:wfrun_1"),
                                           QStringLiteral("subscribe workflows")}));
        // And again after the next reconnect: the server kept nothing.
        server.sent.clear();
        registry.grantInitialCredits();
        testsupport::awaitTask(registry.resubscribeAll());
        QCOMPARE(server.sent.size(), 4);
        QCOMPARE(registry.watchedRunIds(), QStringList{QStringLiteral("wfrun_1")});
    }

    void aFailedResubscribeIsSaidAndTheRestGoOn()
    {
        ScriptedLink server;
        SubscriptionRegistry registry(server.link(), 100);
        auto jobs = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto workflows = testsupport::awaitTask(registry.subscribe(QStringLiteral("workflows")));
        QSignalSpy warnings(&registry, &SubscriptionRegistry::warning);
        server.ready = true;
        server.failingChannels = {QStringLiteral("jobs")};
        testsupport::awaitTask(registry.resubscribeAll());
        QCOMPARE(server.sent,
                 (QStringList{QStringLiteral("subscribe jobs"), QStringLiteral("subscribe workflows")}));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(QStringLiteral("jobs")));
    }

    // The connection is lost again while re-subscribing: the rest waits for the next session instead of
    // going to a dead connection. The control: the same registry on a connection that stays sends both.
    void aLostConnectionStopsTheResubscribing()
    {
        ScriptedLink server;
        SubscriptionRegistry registry(server.link(), 100);
        auto jobs = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto workflows = testsupport::awaitTask(registry.subscribe(QStringLiteral("workflows")));
        server.ready = true;
        server.dropsAfterFirstCall = true;
        testsupport::awaitTask(registry.resubscribeAll());
        QCOMPARE(server.sent, QStringList{QStringLiteral("subscribe jobs")});

        server.sent.clear();
        server.ready = true;
        server.dropsAfterFirstCall = false;
        testsupport::awaitTask(registry.resubscribeAll());
        QCOMPARE(server.sent.size(), 2);
    }

    void theLastSubscriptionOfAChannelUnsubscribes()
    {
        ScriptedLink server;
        server.ready = true;
        SubscriptionRegistry registry(server.link(), 100);
        auto first = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto second = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        server.sent.clear();
        first.reset();
        QVERIFY(server.sent.isEmpty()); // another subscription still wants jobs
        second.reset();
        QCOMPARE(server.sent, QStringList{QStringLiteral("unsubscribe jobs")});
    }

    void creditsAreToppedUpAtHalfTheWindow()
    {
        ScriptedLink server;
        server.ready = true;
        SubscriptionRegistry registry(server.link(), 100);
        registry.grantInitialCredits();
        for (int i = 0; i < 49; ++i)
            registry.onEventFrame();
        QCOMPARE(server.sent, QStringList{QStringLiteral("credits 100")});
        registry.onEventFrame();
        QCOMPARE(server.sent, (QStringList{QStringLiteral("credits 100"), QStringLiteral("credits 50")}));
    }

    void givingUpEndsEverySubscriptionWithTheError()
    {
        ScriptedLink server;
        server.ready = true;
        SubscriptionRegistry registry(server.link(), 100);
        auto jobs = testsupport::awaitTask(registry.subscribe(QStringLiteral("jobs")));
        auto run = testsupport::awaitTask(registry.watch(QStringLiteral("wfrun_1")));
        const auto drained = testsupport::drain(jobs->events());
        server.ready = false;
        registry.failAll(QStringLiteral("gone"),
                         std::make_exception_ptr(dispatch::ConnectionError(QStringLiteral("gone"))));
        QVERIFY(QTest::qWaitFor([&] { return drained->ended; }, 5000));
        QVERIFY(testsupport::holds<dispatch::ConnectionError>(drained->error));
        QVERIFY(!run->isActive());
        QVERIFY(registry.subscriptions().isEmpty());
        QVERIFY(registry.watchedRunIds().isEmpty());
    }

    void anInvalidChannelIsRefusedLocally()
    {
        ScriptedLink server;
        server.ready = true;
        SubscriptionRegistry registry(server.link(), 100);
        QVERIFY_THROWS_EXCEPTION(dispatch::BadRequestError,
                                 testsupport::awaitTask(registry.subscribe(QStringLiteral("nonsense"))));
        QVERIFY(server.sent.isEmpty());
        QVERIFY(registry.subscriptions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SubscriptionRegistryTest)
#include "tst_subscription_registry.moc"
