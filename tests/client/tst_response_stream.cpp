// SPDX-License-Identifier: MIT
#include "client/PendingMapHarness.h"
#include "client/PendingRequestMap.h"
#include "protocol/DispatchErrors.h"
#include "support/TaskOutcome.h"

#include <QSignalSpy>
#include <QTest>

using namespace dispatch;
using namespace testing;
using namespace testsupport;
using std::chrono::milliseconds;

class ResponseStreamTest : public QObject
{
    Q_OBJECT

private slots:
    void yieldsEveryReplyThenEndsOnComplete()
    {
        Harness h;
        auto stream =
            h.map->subscribe(QStringLiteral("subscribe"), QByteArrayLiteral("{\"channel\":\"jobs\"}"));
        QSignalSpy received(stream.get(), &ResponseStream::frameReceived);
        QSignalSpy completed(stream.get(), &ResponseStream::completed);
        QCOMPARE(h.sent.first().id, stream->requestId());
        auto drained = drain(stream->items());

        for (const char* item : {"1", "2", "3"})
            QVERIFY(h.map->respond(responseTo(stream->requestId(), QByteArray(item))));
        QCOMPARE(drained->items, (QList<QByteArray>{"1", "2", "3"}));
        QVERIFY(!drained->ended);
        QCOMPARE(received.count(), 3);
        QCOMPARE(h.map->pendingCount(), 1);

        QVERIFY(h.map->complete(stream->requestId()));
        QVERIFY(drained->ended);
        QVERIFY(!drained->error);
        QCOMPARE(completed.count(), 1);
        QVERIFY(stream->isFinished());
        QCOMPARE(h.map->pendingCount(), 0);
        QVERIFY(!h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("4"))));
        QCOMPARE(h.map->droppedResponses(), 1);
    }

    void repliesBeforeTheFirstConsumerAreBuffered()
    {
        Harness h;
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("early")));
        h.map->complete(stream->requestId());
        QCOMPARE(stream->bufferedCount(), 1);
        auto drained = drain(stream->frames());
        QVERIFY(drained->ended);
        QCOMPARE(drained->items.size(), 1);
        QCOMPARE(drained->items.first().data, QByteArrayLiteral("early"));
    }

    void withoutBufferingOnlyAWaitingConsumerGetsReplies()
    {
        Harness h;
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        stream->setBuffering(false);
        QSignalSpy received(stream.get(), &ResponseStream::frameReceived);
        h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("seen by signal only")));
        QCOMPARE(stream->bufferedCount(), 0);
        QCOMPARE(received.count(), 1);
        auto drained = drain(stream->items());
        h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("awaited")));
        QCOMPARE(drained->items, QList<QByteArray>{QByteArrayLiteral("awaited")});
    }

    void idleTimeoutRestartsWithEveryReplyAndEndsWithTimeoutError()
    {
        Harness h;
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {}, milliseconds(100));
        QSignalSpy failed(stream.get(), &ResponseStream::failed);
        auto drained = drain(stream->items());
        h.advanceTo(1090);
        h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("a")));
        QCOMPARE(h.map->nearestDeadline().value(), 1190);
        h.advanceTo(1180);
        QVERIFY(!drained->ended);
        h.advanceTo(1190);
        QVERIFY(drained->ended);
        QCOMPARE(drained->items, QList<QByteArray>{QByteArrayLiteral("a")});
        QVERIFY(holds<TimeoutError>(drained->error));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), 0);
        QVERIFY(holds<TimeoutError>(stream->failure()));
    }

    void anErrorReplyEndsItAfterTheBufferedReplies()
    {
        Harness h;
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        QSignalSpy failed(stream.get(), &ResponseStream::failed);
        h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("kept")));
        h.map->respond(errorTo(stream->requestId(), 400, QStringLiteral("stream: invalid topic \"x\"")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), 400);
        auto drained = drain(stream->items());
        QCOMPARE(drained->items, QList<QByteArray>{QByteArrayLiteral("kept")});
        QVERIFY(holds<BadRequestError>(drained->error));
    }

    void abortAndFailAllEndStreams()
    {
        Harness h;
        auto aborted = h.map->subscribe(QStringLiteral("subscribe"), {});
        auto lost = h.map->subscribe(QStringLiteral("subscribe"), {});
        auto call = observe(h.map->call(QStringLiteral("stats"), {}));
        auto abortedItems = drain(aborted->items());
        auto lostItems = drain(lost->items());
        aborted->abort();
        QVERIFY(holds<AbortedError>(abortedItems->error));
        QCOMPARE(h.map->pendingCount(), 2);
        h.map->failAll(QStringLiteral("connection lost"));
        QVERIFY(holds<ConnectionError>(lostItems->error));
        QVERIFY(holds<ConnectionError>(call->error));
        QCOMPARE(h.map->pendingCount(), 0);
    }

    void destroyingTheStreamAbortsItsRequest()
    {
        Harness h;
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        const QString id = stream->requestId();
        auto drained = drain(stream->items()); // the generator outlives the stream object
        stream.reset();
        QVERIFY(!h.map->isPending(id));
        QVERIFY(drained->ended);
        QVERIFY(holds<AbortedError>(drained->error));
    }

    void aGeneratorDestroyedMidWaitIsNeverResumed()
    {
        // Drive a generator by hand to its wait for the next reply, then destroy it there, as a consumer that
        // drops its AsyncGenerator mid-iteration does. The reply must then be buffered, not handed to the
        // dead frame.
        Harness h;
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        {
            auto frames = stream->frames();
            auto begin = frames.begin();
            QVERIFY(!begin.await_ready());
            begin.await_suspend(std::noop_coroutine()).resume(); // runs the generator until it waits
            QCOMPARE(stream->bufferedCount(), 0);
        }
        QVERIFY(h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("after"))));
        QCOMPARE(stream->bufferedCount(), 1);
        auto drained = drain(stream->items()); // a new consumer picks it up
        QCOMPARE(drained->items, QList<QByteArray>{QByteArrayLiteral("after")});
    }

    void aSecondConcurrentConsumerIsRefused()
    {
        Harness h;
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        auto first = drain(stream->items());
        auto second = drain(stream->items());
        QVERIFY(second->ended);
        QVERIFY(holds<DispatchError>(second->error));
        h.map->respond(responseTo(stream->requestId(), QByteArrayLiteral("x")));
        QCOMPARE(first->items, QList<QByteArray>{QByteArrayLiteral("x")});
    }

    void mapSignalsWhenItBecomesEmpty()
    {
        Harness h;
        QSignalSpy empty(h.map.get(), &PendingRequestMap::becameEmpty);
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        auto call = observe(h.map->call(QStringLiteral("stats"), {}));
        h.map->respond(responseTo(h.lastId(), QByteArrayLiteral("{}")));
        QCOMPARE(empty.count(), 0);
        h.map->complete(stream->requestId());
        QCOMPARE(empty.count(), 1);
    }
};

QTEST_GUILESS_MAIN(ResponseStreamTest)
#include "tst_response_stream.moc"
