// SPDX-License-Identifier: MIT
// FrameRouter without a socket: replies by correl_id, an error without correl_id to the oldest unanswered
// request, a success without correl_id to nobody, events to subscriptions by topic rules, unreadable events
// and stray frames counted, not routed.
#include "PendingMapHarness.h"
#include "client/FrameRouter.h"
#include "client/Subscription.h"
#include "protocol/DispatchErrors.h"
#include "protocol/EventType.h"
#include "support/TaskOutcome.h"

#include <QSignalSpy>
#include <QTest>

using namespace testing;
using namespace testsupport;

namespace {

dwp::Frame eventFrame(const QString& type, const QString& topic)
{
    dwp::Frame frame;
    frame.type = dwp::FrameType::Event;
    frame.channel = topic;
    frame.data =
        QStringLiteral("{\"type\":\"%1\",\"ts\":\"2026-11-22T10:30:00Z\",\"topic\":\"%2\",\"data\":{}}")
            .arg(type, topic)
            .toUtf8();
    return frame;
}

} // namespace

class FrameRouterTest : public QObject
{
    Q_OBJECT

private slots:
    void repliesGoToTheirRequests()
    {
        Harness harness;
        QList<dispatch::Subscription*> subscriptions;
        dispatch::FrameRouter router(*harness.map, subscriptions);
        auto first = observe(harness.map->call(QStringLiteral("job.get"), "{}"));
        const QString firstId = harness.lastId();
        auto second = observe(harness.map->call(QStringLiteral("job.get"), "{}"));
        const QString secondId = harness.lastId();

        // The server could not read a request: its error names none, and answers the oldest one.
        QSignalSpy unreadable(&router, &dispatch::FrameRouter::requestUnreadable);
        router.route(errorTo(QString(), 400, QStringLiteral("invalid frame")));
        QVERIFY(first->settled);
        QVERIFY(holds<dispatch::DispatchError>(first->error));
        QVERIFY(!second->settled);
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.at(0).at(0).toString(), QStringLiteral("invalid frame"));

        router.route(responseTo(secondId, "{\"n\":2}"));
        QVERIFY(second->settled);
        QCOMPARE(*second->value, QByteArray("{\"n\":2}"));
        router.route(responseTo(secondId, "{\"n\":3}")); // a duplicate is dropped, not delivered twice
        QCOMPARE(harness.map->droppedResponses(), 1);
        QCOMPARE(*second->value, QByteArray("{\"n\":2}"));
        QCOMPARE(harness.map->pendingCount(), 0);
        QVERIFY(firstId != secondId);
    }

    // Issue 16 item 8: a forged success without correl_id ahead of the real reply must not answer the oldest
    // call; the real reply still does.
    void aSuccessWithoutCorrelIdIsAStray()
    {
        Harness harness;
        QList<dispatch::Subscription*> subscriptions;
        dispatch::FrameRouter router(*harness.map, subscriptions);
        auto call = observe(harness.map->call(QStringLiteral("stats"), {}));
        const QString id = harness.lastId();

        router.route(responseTo(QString(), "{\"forged\":true}"));
        QVERIFY(!call->settled);
        QCOMPARE(router.strayResponses(), 1);

        router.route(responseTo(id, "{\"real\":true}"));
        QVERIFY(call->settled);
        QCOMPARE(*call->value, QByteArray("{\"real\":true}"));
        QCOMPARE(router.strayResponses(), 1);
        QCOMPARE(harness.map->droppedResponses(), 0);
    }

    void eventsReachSubscriptionsByTopicRules()
    {
        Harness harness;
        QList<dispatch::Subscription*> subscriptions;
        dispatch::FrameRouter router(*harness.map, subscriptions);
        const auto release = [&subscriptions](dispatch::Subscription* ended) {
            subscriptions.removeAll(ended);
        };
        dispatch::Subscription jobs(QStringLiteral("jobs"), release);
        dispatch::Subscription oneJob(QStringLiteral("job:j1"), release);
        dispatch::Subscription workflows(QStringLiteral("workflows"), release);
        subscriptions = {&jobs, &oneJob, &workflows};
        QSignalSpy received(&router, &dispatch::FrameRouter::eventReceived);
        QSignalSpy credits(&router, &dispatch::FrameRouter::eventFrameArrived);

        router.route(eventFrame(dwp::EventType::JobStarted, QStringLiteral("job:j1")));
        router.route(eventFrame(dwp::EventType::JobStarted, QStringLiteral("job:j2")));
        QCOMPARE(jobs.eventsDelivered(), 2);
        QCOMPARE(oneJob.eventsDelivered(), 1);
        QCOMPARE(workflows.eventsDelivered(), 0);

        oneJob.cancel();
        router.route(eventFrame(dwp::EventType::JobStarted, QStringLiteral("job:j1")));
        QCOMPARE(oneJob.eventsDelivered(), 1);
        QCOMPARE(jobs.eventsDelivered(), 3);
        QCOMPARE(received.size(), 3);
        QCOMPARE(credits.size(), 3);
    }

    void unreadableEventsAndStrayFramesAreNotRouted()
    {
        Harness harness;
        QList<dispatch::Subscription*> subscriptions;
        dispatch::FrameRouter router(*harness.map, subscriptions);
        dispatch::Subscription firehose(QStringLiteral("firehose"), [](dispatch::Subscription*) {});
        subscriptions = {&firehose};
        QSignalSpy unreadable(&router, &dispatch::FrameRouter::unreadableEvent);
        QSignalSpy credits(&router, &dispatch::FrameRouter::eventFrameArrived);

        dwp::Frame broken = eventFrame(dwp::EventType::JobStarted, QStringLiteral("job:j1"));
        broken.data = "{\"type\":42}";
        router.route(broken);
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(credits.size(), 1); // the server took a credit for it all the same

        auto call = observe(harness.map->call(QStringLiteral("stats"), {}));
        dwp::Frame ping;
        ping.type = dwp::FrameType::Ping;
        ping.correlId = harness.lastId();
        router.route(ping);
        QVERIFY(!call->settled);
        QCOMPARE(firehose.eventsDelivered(), 0);
        router.route(responseTo(harness.lastId(), "{}"));
        QVERIFY(call->settled);
    }
};

QTEST_GUILESS_MAIN(FrameRouterTest)
#include "tst_frame_router.moc"
