// SPDX-License-Identifier: MIT
// Fault matrix, frames the client cannot use: garbage, an unknown frame type, a message over
// ConnectionSettings::maxIncomingMessageBytes. The first two are skipped (and said) with the connection,
// pending calls and subscriptions untouched; the last closes the connection before the message is read, fails
// the calls in flight with a reason that names the limit, and the client reconnects.
#include "FaultMatrixSupport.h"

#include <QSignalSpy>

using namespace dispatch;
using clienttest::optionsFor;

class FaultMatrixFramesTest : public QObject
{
    Q_OBJECT

private:
    static void delayReplies(testsupport::DevServerFixture& fixture, int ms)
    {
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = ms;
        fixture.server().faults().setPlan(plan);
    }

private slots:
    void garbageFrames()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        QSignalSpy warnings(&client, &DispatchClient::warning);
        QSignalSpy states(&client, &DispatchClient::stateChanged);
        delayReplies(fixture, 200);
        auto stats = faultmatrix::watch(client.stats());
        QTRY_COMPARE(client.pendingCalls(), 1);
        fixture.server().faults().sendGarbage();
        fixture.server().faults().sendGarbage();
        QTRY_COMPARE(client.undecodableFrames(), 2);
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.first().first().toString().contains(QStringLiteral("could not decode")));
        QCOMPARE(stats.outcome().errorClass, QStringLiteral("none")); // garbage is not anyone's answer
        fixture.server().faults().clear();
        QCOMPARE(states.size(), 0);
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    void unknownTypeFrames()
    {
        testsupport::DevServerFixture fixture;
        DispatchClient client(optionsFor(fixture.url()));
        testsupport::awaitTask(client.connect());
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        QSignalSpy states(&client, &DispatchClient::stateChanged);
        delayReplies(fixture, 200);
        auto stats = faultmatrix::watch(client.stats());
        QTRY_COMPARE(client.pendingCalls(), 1);
        const qint64 eventsBefore = client.eventsReceived();
        fixture.server().faults().sendUnknownTypeFrame(); // type "surprise": a newer server, skipped
        QCOMPARE(stats.outcome().errorClass, QStringLiteral("none"));
        QCOMPARE(client.eventsReceived(), eventsBefore);
        QCOMPARE(client.droppedResponses(), 0);
        fixture.server().faults().clear();
        QCOMPARE(states.size(), 0);
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }

    void oversizedFrames()
    {
        testsupport::DevServerFixture fixture;
        auto options = optionsFor(fixture.url());
        options.connection.maxIncomingMessageBytes = 64 * 1024;
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        auto firehose = faultmatrix::subscribeCounted(client, QStringLiteral("firehose"));
        // Under the limit: read as usual.
        const qint64 eventsBefore = client.eventsReceived();
        fixture.server().faults().sendOversizedFrame(32 * 1024);
        QTRY_COMPARE(client.eventsReceived(), eventsBefore + 1);
        QCOMPARE(client.state(), ClientState::Ready);
        // Over it: the connection closes with a reason naming the limit, the call in flight fails.
        delayReplies(fixture, 2000);
        auto stats = faultmatrix::watch(client.stats());
        QTRY_COMPARE(client.pendingCalls(), 1);
        fixture.server().faults().clear();
        fixture.server().faults().sendOversizedFrame(256 * 1024);
        const auto outcome = stats.outcome();
        QCOMPARE(outcome.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(outcome.message.contains(QStringLiteral("limit of 65536 bytes")),
                 qPrintable(outcome.message));
        QVERIFY(testsupport::advanceUntil(
            fixture.server(), [&] { return client.state() == ClientState::Ready; }, 0, 10000));
        QVERIFY(faultmatrix::eventsFlow(fixture.server(), {firehose.get()}));
    }
};

QTEST_GUILESS_MAIN(FaultMatrixFramesTest)
#include "tst_fault_matrix_frames.moc"
