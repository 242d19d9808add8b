// SPDX-License-Identifier: MIT
// The client's bounds on what an outside party can make it hold: calls waiting for a server that does not
// answer, events queued for a consumer that does not read. (The incoming message size is
// tst_fault_matrix_frames' oversizedFrames; the models' bounds are in tests/models; the devserver's request
// queue in tests/devserver/tst_faults.)
#include "FaultMatrixSupport.h"
#include "PendingMapHarness.h"
#include "client/PendingRequestMap.h"
#include "client/ReadSlicer.h"
#include "client/Subscription.h"
#include "protocol/FrameCodec.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <limits>
#include <optional>
#include <vector>

using namespace dispatch;

namespace {

dwp::StreamEvent numberedEvent(int n)
{
    dwp::StreamEvent event;
    event.type = QStringLiteral("job.enqueued");
    event.topic = QStringLiteral("job:job_%1").arg(n);
    event.ts = dwp::Timestamp::fromNanosSinceEpoch(1795343400000000000LL + n);
    return event;
}

// One unmasked text message from server to client, FIN set.
QByteArray textFrame(const QByteArray& payload)
{
    QByteArray frame(1, char(0x81));
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else if (payload.size() < 65536) {
        frame.append(char(126));
        frame.append(char(payload.size() >> 8));
        frame.append(char(payload.size() & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(payload.size()) >> shift) & 0xff));
    }
    return frame + payload;
}

// `count` small event frames, numbered from `from`; `smallest` becomes the size of the smallest.
QByteArray eventFrames(int from, int count, qsizetype& smallest)
{
    const auto codec = dwp::FrameCodec::create(dwp::WireFormat::Json);
    QByteArray frames;
    for (int n = from; n < from + count; ++n) {
        const QByteArray frame = textFrame(codec->encode(numberedEvent(n).toFrame(QStringLiteral("f"))));
        smallest = std::min(smallest, frame.size());
        frames += frame;
    }
    return frames;
}

// Counts the events a client receives per turn of the event loop.
class TurnCounter
{
public:
    explicit TurnCounter(const DispatchClient& client) : m_client(client)
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_atLastTurn >= m_countFrom)
                m_most = std::max(m_most, m_client.eventsReceived() - m_atLastTurn);
            m_atLastTurn = m_client.eventsReceived();
            ++m_turns;
        });
        m_timer.start();
    }
    // Turns that begin before this many events arrived are not counted.
    void countFrom(qint64 events) { m_countFrom = events; }
    qint64 mostInOneTurn() const { return m_most; }
    int turns() const { return m_turns; }

private:
    const DispatchClient& m_client;
    QTimer m_timer;
    qint64 m_most = 0;
    qint64 m_atLastTurn = 0;
    qint64 m_countFrom = 0;
    int m_turns = 0;
};

// A WebSocket peer that accepts, answers the auth frame without parsing it, and then never reads again, so
// the client's writes pile up: first in the kernel, then in Qt's write buffer.
class StalledPeer : public QObject
{
public:
    // `afterAuth` goes out with the auth reply, in the same write: a flood already waiting in the kernel.
    explicit StalledPeer(QByteArray afterAuth = {})
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this, afterAuth] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            socket->setReadBufferSize(4096); // Qt stops taking bytes from the kernel once this is full
            connect(socket, &QTcpSocket::readyRead, socket, [socket, afterAuth] {
                if (socket->property("answered").toBool())
                    return; // never read again
                if (socket->property("upgraded").toBool()) {
                    // The auth frame has arrived (not read: it only needs an answer). Answering in the same
                    // write as the 101 would leave it unseen: Qt reads the handshake, not what follows it.
                    socket->write(socket->property("authReply").toByteArray() + afterAuth);
                    socket->setProperty("answered", true);
                    return;
                }
                static const QRegularExpression keyLine(QStringLiteral("Sec-WebSocket-Key: *([^\\r\\n]+)"));
                const QByteArray head = socket->peek(4096);
                if (!head.contains("\r\n\r\n"))
                    return;
                socket->read(head.indexOf("\r\n\r\n") + 4);
                const auto key = keyLine.match(QString::fromLatin1(head)).captured(1).toLatin1();
                const QByteArray accept =
                    QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                             QCryptographicHash::Sha1)
                        .toBase64();
                socket->write(
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Accept: " +
                    accept + "\r\n\r\n");
                const QByteArray reply = "{\"id\":\"s-1\",\"type\":\"response\",\"correl_id\":\"auth-1\","
                                         "\"data\":{\"format\":\"json\",\"session_id\":\"stalled\"},"
                                         "\"ts\":\"2026-11-22T10:30:00Z\"}";
                socket->setProperty("authReply", textFrame(reply));
                socket->setProperty("upgraded", true);
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
};

// Reads a subscription's events() step by step. Member coroutines, not capturing lambdas: a lambda
// coroutine's captures die with the lambda object, before the coroutine resumes.
struct Consumer
{
    std::optional<QCoro::AsyncGeneratorIterator<dwp::StreamEvent>> iterator;
    std::vector<QString> seen;

    QCoro::Task<void> begin(QCoro::AsyncGenerator<dwp::StreamEvent>* generator)
    {
        iterator.emplace(co_await generator->begin());
        seen.push_back((**iterator).topic);
    }
    QCoro::Task<void> next(int count)
    {
        for (int i = 0; i < count; ++i) {
            co_await ++(*iterator);
            seen.push_back((**iterator).topic);
        }
    }
};

} // namespace

class LimitsTest : public QObject
{
    Q_OBJECT

private slots:
    void pendingCallsPastTheBoundFailAtOnce()
    {
        testing::Harness harness;
        harness.map->setMaxPending(3);
        std::vector<faultmatrix::Watched<QByteArray>> calls;
        for (int i = 0; i < 3; ++i)
            calls.push_back(faultmatrix::watch(harness.map->call(QStringLiteral("stats"), QByteArray())));
        QCOMPARE(harness.map->pendingCount(), 3);
        const auto refused =
            faultmatrix::settle(harness.map->call(QStringLiteral("stats"), QByteArray()), 1000);
        QCOMPARE(refused.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(refused.message.contains(QStringLiteral("3 requests are already waiting")),
                 qPrintable(refused.message));
        QCOMPARE(harness.sent.size(), 3); // the refused one never went out
        // Room again once one is answered.
        QVERIFY(harness.map->respond(testing::responseTo(harness.sent.first().id, QByteArrayLiteral("{}"))));
        QCOMPARE(calls.front().outcome(1000).errorClass, QStringLiteral("none"));
        auto fourth = faultmatrix::watch(harness.map->call(QStringLiteral("stats"), QByteArray()));
        QCOMPARE(harness.sent.size(), 4);
        harness.map->failAll(QStringLiteral("test over"));
        QCOMPARE(fourth.outcome(1000).errorClass, QStringLiteral("ConnectionError"));
    }

    void theClientAppliesItsPendingBound()
    {
        testsupport::DevServerFixture fixture;
        auto options = clienttest::optionsFor(fixture.url());
        options.maxPendingRequests = 2;
        DispatchClient client(options);
        testsupport::awaitTask(client.connect());
        auto plan = fixture.server().faults().plan();
        plan.responseDelayMs = 300;
        fixture.server().faults().setPlan(plan);
        auto first = faultmatrix::watch(client.stats());
        auto second = faultmatrix::watch(client.stats());
        QCOMPARE(faultmatrix::settle(client.stats(), 1000).errorClass, QStringLiteral("ConnectionError"));
        QCOMPARE(first.outcome().errorClass, QStringLiteral("none"));
        QCOMPARE(second.outcome().errorClass, QStringLiteral("none"));
        QCOMPARE(client.state(), ClientState::Ready);
    }

    void aPeerThatStopsReadingCannotGrowOurWriteBuffer()
    {
        StalledPeer peer;
        auto options = clienttest::optionsFor(peer.url());
        options.requestDeadline = std::chrono::milliseconds(60000);
        DispatchClient client(options);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        const QByteArray payload = "{\"blob\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
        std::vector<faultmatrix::Watched<dwp::EventPublishResult>> calls;
        int refusedAt = -1;
        for (int i = 0; i < 64 && refusedAt < 0; ++i) {
            calls.push_back(faultmatrix::watch(client.publishEvent(QStringLiteral("big"), payload)));
            QTest::qWait(5); // let the kernel take what it takes
            if (calls.back().settled())
                refusedAt = i;
        }
        QVERIFY2(refusedAt > 0, "64 MiB were queued for a peer that reads nothing");
        const auto refused = calls.back().outcome(0);
        QCOMPARE(refused.errorClass, QStringLiteral("ConnectionError"));
        QVERIFY2(refused.message.contains(QStringLiteral("not reading")), qPrintable(refused.message));
        // Those before it still wait for their answer (bounded by their deadline), the connection is up.
        QVERIFY(!calls.front().settled());
        QCOMPARE(client.state(), ClientState::Ready);
        client.close();
        QCOMPARE(calls.front().outcome(1000).errorClass, QStringLiteral("ConnectionError"));
    }

    // A stream the client fell behind on is read a slice per turn of the event loop, not all the kernel
    // holds: unbounded, one turn parsed 10 000–108 000 events and stalled the thread for seconds
    // (bench_client_e2e).
    void aFloodIsReadASliceAtATime()
    {
        constexpr int kEvents = 40000;
        qsizetype smallest = std::numeric_limits<qsizetype>::max();
        const QByteArray flood = eventFrames(0, kEvents, smallest);
        // The kernel holds a good part of these 6 MB at once: more than one slice, whatever its buffers.
        QVERIFY2(flood.size() > 8 * ReadSlicer::kSliceBytes, "the flood is too small to test slicing");
        StalledPeer peer(flood);
        DispatchClient client(clienttest::optionsFor(peer.url()));
        TurnCounter turns(client);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        QTRY_VERIFY2_WITH_TIMEOUT(client.eventsReceived() == kEvents,
                                  qPrintable(QStringLiteral("waited 30 s for %1 events, %2 arrived")
                                                 .arg(kEvents)
                                                 .arg(client.eventsReceived())),
                                  30000);
        qInfo("most events in one turn: %lld of %d, over %d turns",
              static_cast<long long>(turns.mostInOneTurn()), kEvents, turns.turns());
        QVERIFY2(turns.mostInOneTurn() > 0, "no turn saw an event: the probe measured nothing");
        // A slice holds at most kSliceBytes of whole frames, plus the frame that straddles its end.
        QVERIFY2(turns.mostInOneTurn() <= ReadSlicer::kSliceBytes / smallest + 1,
                 qPrintable(QStringLiteral("%1 events in one turn").arg(turns.mostInOneTurn())));
        client.close();
    }

    // A message larger than a slice still arrives (QWebSocket 6.4 parses only a frame wholly in its buffer,
    // so the slice grows for it), and the flood behind it is sliced again.
    void aMessageLargerThanASliceArrivesAndSlicingGoesOn()
    {
        constexpr int kEvents = 40000;
        const auto codec = dwp::FrameCodec::create(dwp::WireFormat::Json);
        dwp::StreamEvent big = numberedEvent(-1);
        big.data = "{\"blob\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}"; // 12 slices
        qsizetype smallest = std::numeric_limits<qsizetype>::max();
        const QByteArray stream =
            textFrame(codec->encode(big.toFrame(QStringLiteral("f")))) + eventFrames(0, kEvents, smallest);
        StalledPeer peer(stream);
        DispatchClient client(clienttest::optionsFor(peer.url()));
        QByteArray bigData;
        connect(&client, &DispatchClient::eventReceived, this, [&bigData](const dwp::StreamEvent& event) {
            if (event.data.size() > 1024 * 1024)
                bigData = event.data;
        });
        TurnCounter turns(client);
        // The slice that grew to hold the large frame (4 MiB) also held up to 1 MiB of small frames behind
        // it, read in the same turn; slicing is judged once those are through.
        turns.countFrom(10000);
        QCOMPARE(faultmatrix::settle(client.connect()).errorClass, QStringLiteral("none"));
        QTRY_VERIFY2_WITH_TIMEOUT(client.eventsReceived() == kEvents + 1,
                                  qPrintable(QStringLiteral("waited 30 s for %1 events, %2 arrived")
                                                 .arg(kEvents + 1)
                                                 .arg(client.eventsReceived())),
                                  30000);
        QCOMPARE(bigData, big.data);
        qInfo("most events in one turn after the first 10 000: %lld of %d, over %d turns",
              static_cast<long long>(turns.mostInOneTurn()), kEvents + 1, turns.turns());
        QVERIFY2(turns.mostInOneTurn() > 0, "no turn was counted: the probe measured nothing");
        QVERIFY2(turns.mostInOneTurn() <= ReadSlicer::kSliceBytes / smallest + 1,
                 qPrintable(
                     QStringLiteral("%1 events in one turn after the large one").arg(turns.mostInOneTurn())));
        client.close();
    }

    // events() queues for a consumer that is not reading; past the limit the oldest go, counted.
    void aSlowConsumerLosesTheOldestEventsCounted()
    {
        Subscription subscription(QStringLiteral("firehose"), [](Subscription*) {});
        subscription.setQueueLimit(5);
        auto generator = subscription.events();
        Consumer consumer;
        auto begin = consumer.begin(&generator);
        subscription.deliver(numberedEvent(0));
        QTRY_COMPARE(consumer.seen.size(), size_t(1));
        for (int n = 1; n <= 12; ++n)
            subscription.deliver(numberedEvent(n)); // the consumer is not reading
        QCOMPARE(subscription.droppedForSlowConsumer(), 7);
        QCOMPARE(subscription.eventsDelivered(), 13);
        auto drain = consumer.next(5);
        QTRY_COMPARE(consumer.seen.size(), size_t(6));
        QCOMPARE(consumer.seen[1], QStringLiteral("job:job_8")); // the newest five survived, in order
        QCOMPARE(consumer.seen[5], QStringLiteral("job:job_12"));
        subscription.finish(QStringLiteral("test over"));
    }
};

QTEST_GUILESS_MAIN(LimitsTest)
#include "tst_limits.moc"
