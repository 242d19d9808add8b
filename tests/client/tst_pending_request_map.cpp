// SPDX-License-Identifier: MIT
#include "client/PendingMapHarness.h"
#include "client/PendingRequestMap.h"
#include "client/RequestIdGenerator.h"
#include "protocol/DispatchErrors.h"
#include "support/TaskOutcome.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace dispatch;
using namespace testing;
using namespace testsupport;
using std::chrono::milliseconds;

class PendingRequestMapTest : public QObject
{
    Q_OBJECT

private slots:
    void callSendsARequestAndResolvesWithTheReplyData()
    {
        Harness h;
        auto outcome =
            observe(h.map->call(QStringLiteral("job.get"), QByteArrayLiteral("{\"job_id\":\"job_1\"}")));
        QCOMPARE(h.sent.size(), 1);
        const dwp::Frame request = h.sent.first();
        QCOMPARE(request.type, dwp::FrameType::Request);
        QCOMPARE(request.method, QStringLiteral("job.get"));
        QCOMPARE(request.data, QByteArrayLiteral("{\"job_id\":\"job_1\"}"));
        QVERIFY(!request.ts.isGoZero()); // the server needs an RFC 3339 ts; ours is now
        QCOMPARE(h.map->pendingCount(), 1);
        QVERIFY(!outcome->settled);

        QVERIFY(h.map->respond(responseTo(request.id, QByteArrayLiteral("{\"id\":\"job_1\"}"))));
        QVERIFY(outcome->settled);
        QVERIFY(!outcome->error);
        QCOMPARE(*outcome->value, QByteArrayLiteral("{\"id\":\"job_1\"}"));
        QCOMPARE(h.map->pendingCount(), 0);
        QCOMPARE(h.map->droppedResponses(), 0);
    }

    void callFrameResolvesWithTheWholeFrame()
    {
        Harness h;
        auto outcome = observe(h.map->callFrame(QStringLiteral("stats"), {}));
        QVERIFY(!h.sent.first().hasData()); // empty data is absent on the wire
        dwp::Frame reply = responseTo(h.lastId(), QByteArrayLiteral("{}"));
        reply.id = QStringLiteral("20250101000000.000000001");
        h.map->respond(h.lastId(), reply);
        QVERIFY(outcome->settled);
        QCOMPARE(outcome->value->id, reply.id);
        QCOMPARE(outcome->value->data, QByteArrayLiteral("{}"));
    }

    void errorReplyThrowsTheClassForItsCode_data()
    {
        QTest::addColumn<qint64>("code");
        QTest::addColumn<QString>("expectedClass");
        QTest::newRow("400") << qint64(400) << QStringLiteral("BadRequestError");
        QTest::newRow("401") << qint64(401) << QStringLiteral("AuthError");
        QTest::newRow("403") << qint64(403) << QStringLiteral("PermissionError");
        QTest::newRow("404") << qint64(404) << QStringLiteral("NotFoundError");
        QTest::newRow("405") << qint64(405) << QStringLiteral("UnsupportedMethodError");
        QTest::newRow("409") << qint64(409) << QStringLiteral("ServerError");
        QTest::newRow("500") << qint64(500) << QStringLiteral("ServerError");
        QTest::newRow("no code") << qint64(0) << QStringLiteral("ProtocolError");
    }

    void errorReplyThrowsTheClassForItsCode()
    {
        QFETCH(qint64, code);
        QFETCH(QString, expectedClass);
        Harness h;
        auto viaFrame = observe(h.map->call(QStringLiteral("job.get"), QByteArrayLiteral("{}")));
        h.map->respond(errorTo(h.lastId(), code, QStringLiteral("job not found: job_x")));
        auto viaEmitError = observe(h.map->call(QStringLiteral("job.get"), QByteArrayLiteral("{}")));
        h.map->emitError(h.lastId(), dwp::FrameError{code, QStringLiteral("job not found: job_x"), {}});

        for (const auto& outcome : {viaFrame, viaEmitError}) {
            QVERIFY(outcome->settled);
            const std::exception_ptr error = outcome->error;
            const QHash<QString, bool> is{
                {QStringLiteral("BadRequestError"), holds<BadRequestError>(error)},
                {QStringLiteral("AuthError"), holds<AuthError>(error)},
                {QStringLiteral("PermissionError"), holds<PermissionError>(error)},
                {QStringLiteral("NotFoundError"), holds<NotFoundError>(error)},
                {QStringLiteral("UnsupportedMethodError"), holds<UnsupportedMethodError>(error)},
                {QStringLiteral("ServerError"), holds<ServerError>(error)},
                {QStringLiteral("ProtocolError"), holds<ProtocolError>(error)},
            };
            for (auto it = is.cbegin(); it != is.cend(); ++it)
                QCOMPARE(it.value(), it.key() == expectedClass);
            const DispatchError described = DispatchError::fromExceptionPtr(error);
            QVERIFY(described.message().contains(QStringLiteral("job not found: job_x")));
            QCOMPARE(DispatchError::kindName(described.kind()), expectedClass);
            QCOMPARE(described.method(), QStringLiteral("job.get")); // the call that failed says which
            if (code > 0)
                QCOMPARE(described.code(), code);
        }
    }

    void deadlinePassesOnTheInjectedClock()
    {
        Harness h;
        auto slow = observe(h.map->call(QStringLiteral("job.get"), {}, milliseconds(5000)));
        auto fast = observe(h.map->call(QStringLiteral("stats"), {}, milliseconds(1000)));
        QCOMPARE(h.map->nearestDeadline().value(), 2000);

        h.advanceTo(1999);
        QVERIFY(!fast->settled);
        h.advanceTo(2000);
        QVERIFY(fast->settled);
        QVERIFY(holds<TimeoutError>(fast->error));
        QVERIFY(DispatchError::fromExceptionPtr(fast->error).message().contains(QStringLiteral("stats")));
        QVERIFY(!slow->settled);
        QCOMPARE(h.map->nearestDeadline().value(), 6000);

        h.advanceTo(6000);
        QVERIFY(holds<TimeoutError>(slow->error));
        QVERIFY(!h.map->nearestDeadline());
    }

    void noPositiveTimeoutMeansTheDefaultDeadline()
    {
        Harness h;
        h.map->setDefaultTimeout(milliseconds(250));
        auto outcome = observe(h.map->call(QStringLiteral("stats"), {}, milliseconds(0)));
        QCOMPARE(h.map->nearestDeadline().value(), 1250);
        h.advanceTo(1250);
        QVERIFY(holds<TimeoutError>(outcome->error));
    }

    void theTimerFiresTheDeadlineOnTheRealClock()
    {
        // QCoro 0.8's waitFor() never returns when the task throws, so wait on the outcome instead.
        PendingRequestMap map([](const dwp::Frame&) { return true; });
        auto outcome = observe(map.call(QStringLiteral("stats"), {}, milliseconds(20)));
        QTRY_VERIFY_WITH_TIMEOUT(outcome->settled, 5000);
        QVERIFY(holds<TimeoutError>(outcome->error));
        QCOMPARE(map.pendingCount(), 0);
    }

    void abortFailsTheCallWithAbortedError()
    {
        Harness h;
        auto outcome = observe(h.map->call(QStringLiteral("job.get"), {}));
        const QString id = h.lastId();
        QVERIFY(h.map->abort(id));
        QVERIFY(holds<AbortedError>(outcome->error));
        QVERIFY(!h.map->abort(id));
        QVERIFY(!h.map->abort(QStringLiteral("never-sent")));
    }

    void completeWithoutAReplyFailsACall()
    {
        Harness h;
        auto outcome = observe(h.map->call(QStringLiteral("job.get"), {}));
        QVERIFY(h.map->complete(h.lastId()));
        QVERIFY(holds<ProtocolError>(outcome->error));
    }

    void failAllSettlesEveryCallAndEmitsEmptyOnce()
    {
        Harness h;
        QSignalSpy empty(h.map.get(), &PendingRequestMap::becameEmpty);
        auto first = observe(h.map->call(QStringLiteral("job.get"), {}));
        auto second = observe(h.map->call(QStringLiteral("stats"), {}));
        h.map->failAll(QStringLiteral("connection lost: remote closed"));
        for (const auto& outcome : {first, second}) {
            QVERIFY(holds<ConnectionError>(outcome->error));
            QCOMPARE(DispatchError::fromExceptionPtr(outcome->error).message(),
                     QStringLiteral("connection lost: remote closed"));
        }
        // One error for all, yet each call's copy names its own method.
        QCOMPARE(DispatchError::fromExceptionPtr(first->error).method(), QStringLiteral("job.get"));
        QCOMPARE(DispatchError::fromExceptionPtr(second->error).method(), QStringLiteral("stats"));
        QCOMPARE(h.map->pendingCount(), 0);
        QCOMPARE(empty.count(), 1);
        QVERIFY(!h.map->oldestPending()); // nothing sent on that connection will be answered
    }

    void aRequestTheSenderRefusesFailsAtOnce()
    {
        Harness h;
        h.connected = false;
        auto outcome = observe(h.map->call(QStringLiteral("stats"), {}));
        QVERIFY(outcome->settled);
        QVERIFY(holds<ConnectionError>(outcome->error));
        QCOMPARE(h.map->pendingCount(), 0);
        QVERIFY(!h.map->oldestPending());
    }

    void aReplyDeliveredInsideTheSenderIsNotLost()
    {
        PendingRequestMap* mapPointer = nullptr;
        PendingRequestMap map([&mapPointer](const dwp::Frame& frame) {
            mapPointer->respond(responseTo(frame.id, QByteArrayLiteral("\"inline\"")));
            return true;
        });
        mapPointer = &map;
        auto outcome = observe(map.call(QStringLiteral("stats"), {}));
        QVERIFY(outcome->settled);
        QCOMPARE(*outcome->value, QByteArrayLiteral("\"inline\""));
        QCOMPARE(map.droppedResponses(), 0);
    }

    void lateDuplicateAndUnknownRepliesAreCountedAndDropped()
    {
        Harness h;
        QSignalSpy dropped(h.map.get(), &PendingRequestMap::responseDropped);
        auto timedOut = observe(h.map->call(QStringLiteral("job.get"), {}, milliseconds(100)));
        const QString lateId = h.lastId();
        h.advanceTo(1100);
        QVERIFY(holds<TimeoutError>(timedOut->error));
        QVERIFY(!h.map->respond(responseTo(lateId, QByteArrayLiteral("{}"))));
        QCOMPARE(h.map->droppedResponses(), 1);

        auto answered = observe(h.map->call(QStringLiteral("stats"), {}));
        const QString answeredId = h.lastId();
        QVERIFY(h.map->respond(responseTo(answeredId, QByteArrayLiteral("1"))));
        QVERIFY(!h.map->respond(responseTo(answeredId, QByteArrayLiteral("2"))));
        QCOMPARE(*answered->value, QByteArrayLiteral("1"));
        QCOMPARE(h.map->droppedResponses(), 2);

        QVERIFY(!h.map->respond(responseTo(QStringLiteral("no-such-id"), {})));
        QVERIFY(
            !h.map->emitError(QStringLiteral("no-such-id"), dwp::FrameError{500, QStringLiteral("x"), {}}));
        QCOMPARE(h.map->droppedResponses(), 4);
        QCOMPARE(dropped.count(), 4);
        QCOMPARE(dropped.first().first().toString(), lateId);
    }

    void anErrorWithoutCorrelIdGoesToTheOldestUnansweredRequest()
    {
        Harness h;
        auto first = observe(h.map->call(QStringLiteral("job.get"), {}));
        const QString firstId = h.lastId();
        auto second = observe(h.map->call(QStringLiteral("stats"), {}));
        const QString secondId = h.lastId();
        QCOMPARE(h.map->oldestPending().value(), firstId);

        QVERIFY(h.map->respondToOldest(errorTo({}, 400, QStringLiteral("invalid frame: bad ts"))));
        QVERIFY(holds<BadRequestError>(first->error));
        QCOMPARE(h.map->oldestPending().value(), secondId);
        QVERIFY(h.map->respond(responseTo(secondId, QByteArrayLiteral("{}"))));
        QVERIFY(second->value.has_value());
        QVERIFY(!h.map->oldestPending());
        QVERIFY(!h.map->respondToOldest(errorTo({}, 400, QStringLiteral("stray"))));
        QCOMPARE(h.map->droppedResponses(), 1);
    }

    void manyErrorsWithoutCorrelIdSettleEveryRequestInOrder()
    {
        // Enough requests that answering the oldest crosses the reply queue's storage blocks: the id being
        // answered must outlive its place in the queue (a use-after-free the asan preset catches).
        Harness h;
        constexpr int kRequests = 100;
        QList<std::shared_ptr<TaskOutcome<QByteArray>>> calls;
        QStringList ids;
        for (int i = 0; i < kRequests; ++i) {
            calls.append(observe(h.map->call(QStringLiteral("job.get"), {})));
            ids.append(h.lastId());
        }
        for (int i = 0; i < kRequests; ++i) {
            QCOMPARE(h.map->oldestPending().value(), ids[i]);
            QVERIFY(h.map->respondToOldest(errorTo({}, 400, QStringLiteral("invalid frame"))));
            QVERIFY(holds<BadRequestError>(calls[i]->error));
            QVERIFY(!h.map->isPending(ids[i]));
        }
        QVERIFY(!h.map->oldestPending());
        QCOMPARE(h.map->droppedResponses(), 0);
    }

    void aSettledRequestStillHoldsItsPlaceInTheReplyOrder()
    {
        // A timed-out request is still on the wire: its late reply must not be pinned on the next request.
        Harness h;
        auto abandoned = observe(h.map->call(QStringLiteral("job.get"), {}, milliseconds(10)));
        const QString abandonedId = h.lastId();
        h.advanceTo(1010);
        auto waiting = observe(h.map->call(QStringLiteral("stats"), {}));
        const QString waitingId = h.lastId();
        QCOMPARE(h.map->oldestPending().value(), abandonedId);
        QVERIFY(!h.map->respondToOldest(errorTo({}, 400, QStringLiteral("invalid frame"))));
        QVERIFY(!waiting->settled);

        // A reply to a later request means every earlier one has had its reply: they leave the order.
        auto third = observe(h.map->call(QStringLiteral("job.get"), {}));
        const QString thirdId = h.lastId();
        QVERIFY(h.map->respond(responseTo(thirdId, QByteArrayLiteral("{}"))));
        QVERIFY(!h.map->oldestPending());
        QVERIFY(!waiting->settled); // still awaited, on its deadline
        QVERIFY(h.map->isPending(waitingId));
    }

    void destroyingTheMapSettlesEverything()
    {
        Harness h;
        auto call = observe(h.map->call(QStringLiteral("job.get"), {}));
        auto stream =
            h.map->subscribe(QStringLiteral("subscribe"), QByteArrayLiteral("{\"channel\":\"jobs\"}"));
        auto drained = drain(stream->items());
        h.map.reset();
        QVERIFY(holds<ConnectionError>(call->error));
        QVERIFY(drained->ended);
        QVERIFY(holds<ConnectionError>(drained->error));
        QVERIFY(stream->isFinished());
        stream->abort(); // the map is gone: a no-op, not a crash
    }

    void aConsumerMayDestroyTheMapWhileItIsSettling()
    {
        Harness h;
        auto destroyer = [&h](QCoro::Task<QByteArray> task) -> QCoro::Task<> {
            try {
                co_await task;
            } catch (const ConnectionError&) {
                h.map.reset();
            }
        };
        destroyer(h.map->call(QStringLiteral("job.get"), {}));
        auto later = observe(h.map->call(QStringLiteral("stats"), {}));
        auto stream = h.map->subscribe(QStringLiteral("subscribe"), {});
        h.map->failAll(QStringLiteral("gone"));
        QVERIFY(!h.map);
        QVERIFY(holds<ConnectionError>(later->error));
        QVERIFY(stream->isFinished());
    }

    void aDroppedTaskStillSettlesWithoutDanglingAnything()
    {
        // QCoro tasks cannot be cancelled: dropping one detaches its coroutine, which then finishes (and
        // frees itself) when the map settles it. Its locals must still be usable at that point.
        Harness h;
        auto resumedWith = std::make_shared<QByteArray>();
        {
            auto consumer = [](QCoro::Task<QByteArray> task,
                               std::shared_ptr<QByteArray> out) -> QCoro::Task<> { *out = co_await task; };
            auto dropped = consumer(h.map->call(QStringLiteral("job.get"), {}), resumedWith);
        }
        QVERIFY(h.map->respond(responseTo(h.lastId(), QByteArrayLiteral("\"late\""))));
        QCOMPARE(*resumedWith, QByteArrayLiteral("\"late\""));
        QCOMPARE(h.map->pendingCount(), 0);
    }

    void requestIdsAreUniqueAndNotTimestamps()
    {
        QSet<QString> ids;
        ids.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            ids.insert(RequestIdGenerator::next());
        QCOMPARE(ids.size(), 100000);
        const QString id = RequestIdGenerator::next();
        QVERIFY(id.startsWith(RequestIdGenerator::processPrefix()));
        QVERIFY(RequestIdGenerator::processPrefix().size() >= 16); // 64 random bits, not a clock reading
    }
};

QTEST_GUILESS_MAIN(PendingRequestMapTest)
#include "tst_pending_request_map.moc"
