// SPDX-License-Identifier: MIT
// The client's frame router and PendingRequestMap under arbitrary frame sequences, without a socket: the
// input is a script of operations — issue calls, streams and event subscriptions; feed replies, errors with
// and without correl_id, duplicates, events for any channel, and frames decoded from raw fuzz bytes; move the
// clock; complete, abort, fail everything — and after every step the books must balance:
// - every call settles exactly once, every stream ends at most once and exactly once by the end;
// - the map holds exactly the requests still unsettled (no entry leaks, none lost);
// - an event reaches only active subscriptions whose channel it reaches by topic rules;
// - after failAll() nothing is pending and no reply can be attributed any more.
#include "FuzzCheck.h"
#include "client/FrameRouter.h"
#include "client/PendingRequestMap.h"
#include "client/ResponseStream.h"
#include "client/Subscription.h"
#include "protocol/JsonCodec.h"
#include "protocol/MsgpackCodec.h"
#include "protocol/Topics.h"

#include <QCoreApplication>
#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace {

struct CallRecord
{
    QString id;
    int settlements = 0;
};

// Parameters by value: the coroutine outlives this call (QCoro detaches a dropped task).
QCoro::Task<> awaitCall(QCoro::Task<QByteArray> task, std::shared_ptr<CallRecord> record)
{
    try {
        co_await task;
    } catch (...) {
    }
    ++record->settlements;
}

struct StreamRecord
{
    std::unique_ptr<dispatch::ResponseStream> stream;
    QString id;
    int ends = 0;
};

struct SubscriptionRecord
{
    std::unique_ptr<dispatch::Subscription> subscription;
    bool badDelivery = false;
};

const std::array<QString, 8> kChannels{
    dwp::topics::Firehose,         dwp::topics::Jobs,
    dwp::topics::Workflows,        QStringLiteral("job:j1"),
    QStringLiteral("workflow:r1"), QStringLiteral("queue:default"),
    QStringLiteral("nonsense"),    QString(),
};
const std::array<QString, 5> kEventTypes{
    QStringLiteral("job.started"),
    QStringLiteral("workflow.completed"),
    QStringLiteral("cron.fired"),
    QStringLiteral("job.unheard_of"),
    QString(),
};
const std::array<QString, 6> kFrameTypes{
    dwp::FrameType::Response, dwp::FrameType::Error, dwp::FrameType::Event,
    dwp::FrameType::Ping,     dwp::FrameType::Pong,  QStringLiteral("RESPONSE"),
};

class Session
{
public:
    Session()
        : m_map([this](const dwp::Frame& frame) {
              if (m_refuseSends)
                  return false;
              m_sent.push_back(frame.id);
              return true;
          }),
          m_router(m_map, m_subscriptionList)
    {
        m_map.setClock([this] { return m_now; });
    }

    ~Session()
    {
        // The end-of-stream counters index m_streams, which is going away.
        for (const auto& record : m_streams)
            if (record.stream)
                record.stream->disconnect();
    }

    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    void run(FuzzedDataProvider& input)
    {
        while (input.remaining_bytes() > 0 && m_steps++ < 200) {
            step(input);
            checkBooks();
        }
        m_map.failAll(QStringLiteral("end of input"));
        checkBooks();
        fuzzCheck(m_map.pendingCount() == 0, "failAll leaves nothing pending", m_input);
        fuzzCheck(!m_map.oldestPending(), "failAll leaves nothing to attribute a reply to", m_input);
        for (const auto& call : m_calls)
            fuzzCheck(call->settlements == 1, "every call settles exactly once", m_input, call->id);
        for (const auto& stream : m_streams)
            fuzzCheck(!stream.stream || stream.ends == 1, "every stream ends exactly once", m_input,
                      stream.id);
    }

    QByteArrayView m_input;

private:
    void step(FuzzedDataProvider& input)
    {
        switch (input.ConsumeIntegralInRange<int>(0, 15)) {
        case 0: {
            auto record = std::make_shared<CallRecord>();
            const size_t sentBefore = m_sent.size();
            auto task = m_map.call(QStringLiteral("job.get"), QByteArrayLiteral("{}"),
                                   std::chrono::milliseconds(input.ConsumeIntegralInRange<int>(0, 5000)));
            record->id = m_sent.size() > sentBefore ? m_sent.back() : QStringLiteral("(refused)");
            m_calls.push_back(record);
            awaitCall(std::move(task), record);
            break;
        }
        case 1: {
            StreamRecord record;
            record.stream =
                m_map.subscribe(QStringLiteral("subscribe"), QByteArrayLiteral("{}"),
                                std::chrono::milliseconds(input.ConsumeIntegralInRange<int>(0, 5000)));
            record.id = record.stream->requestId();
            // A refused send ends the stream inside subscribe(), before anyone can connect to its signals.
            record.ends = record.stream->isFinished() ? 1 : 0;
            const size_t index = m_streams.size();
            const auto ended = [this, index] { ++m_streams[index].ends; };
            QObject::connect(record.stream.get(), &dispatch::ResponseStream::completed, ended);
            QObject::connect(record.stream.get(), &dispatch::ResponseStream::failed, ended);
            record.stream->setBuffering(input.ConsumeBool());
            m_streams.push_back(std::move(record));
            break;
        }
        case 2:
            addSubscription(kChannels[input.ConsumeIntegralInRange<size_t>(0, kChannels.size() - 1)]);
            break;
        case 3:
        case 4:
        case 5:
            m_router.route(makeFrame(input));
            break;
        case 6:
            routeDecoded(input);
            break;
        case 7:
            if (m_last)
                m_router.route(*m_last); // a duplicate
            break;
        case 8:
            m_now += input.ConsumeIntegralInRange<qint64>(0, 6000);
            m_map.checkDeadlines();
            break;
        case 9:
            m_map.complete(pickSentId(input));
            break;
        case 10:
            m_map.abort(pickSentId(input));
            break;
        case 11:
            m_map.failAll(QStringLiteral("connection lost"));
            fuzzCheck(m_map.pendingCount() == 0, "failAll leaves nothing pending", m_input);
            break;
        case 12:
            m_refuseSends = input.ConsumeBool();
            break;
        case 13:
            if (!m_streams.empty())
                m_streams[input.ConsumeIntegralInRange<size_t>(0, m_streams.size() - 1)].stream.reset();
            break;
        case 14:
            if (!m_subscriptions.empty())
                m_subscriptions[input.ConsumeIntegralInRange<size_t>(0, m_subscriptions.size() - 1)]
                    ->subscription->cancel();
            break;
        case 15:
            if (!m_streams.empty()) {
                auto& stream = m_streams[input.ConsumeIntegralInRange<size_t>(0, m_streams.size() - 1)];
                if (stream.stream)
                    stream.stream->abort();
            }
            break;
        }
    }

    QString pickSentId(FuzzedDataProvider& input)
    {
        if (m_sent.empty() || input.ConsumeBool())
            return QString::fromStdString(input.ConsumeRandomLengthString(12));
        return m_sent[input.ConsumeIntegralInRange<size_t>(0, m_sent.size() - 1)];
    }

    dwp::Frame makeFrame(FuzzedDataProvider& input)
    {
        dwp::Frame frame;
        frame.type = kFrameTypes[input.ConsumeIntegralInRange<size_t>(0, kFrameTypes.size() - 1)];
        if (input.ConsumeBool())
            frame.correlId = pickSentId(input);
        if (input.ConsumeBool())
            frame.error = dwp::FrameError{
                input.ConsumeIntegralInRange<qint64>(0, 600), QStringLiteral("fuzzed error"), {}};
        if (frame.type == dwp::FrameType::Event) {
            const QString type = kEventTypes[input.ConsumeIntegralInRange<size_t>(0, kEventTypes.size() - 1)];
            const QString topic = kChannels[input.ConsumeIntegralInRange<size_t>(0, kChannels.size() - 1)];
            frame.channel = topic;
            frame.data = QStringLiteral("{\"type\":\"%1\",\"ts\":\"2026-11-22T10:30:00Z\",\"topic\":\"%2\","
                                        "\"data\":{}}")
                             .arg(type, topic)
                             .toUtf8();
        } else if (input.ConsumeBool()) {
            frame.data = QByteArray::fromStdString(input.ConsumeRandomLengthString(32));
        }
        m_last = frame;
        return frame;
    }

    void routeDecoded(FuzzedDataProvider& input)
    {
        static const dwp::JsonCodec json;
        static const dwp::MsgpackCodec msgpack;
        const bool useJson = input.ConsumeBool();
        const std::string bytes = input.ConsumeRandomLengthString(256);
        const QByteArrayView view(bytes.data(), qsizetype(bytes.size()));
        const auto frame = useJson ? json.decode(view) : msgpack.decode(view);
        if (!frame)
            return;
        m_last = *frame;
        m_router.route(*frame);
    }

    void addSubscription(const QString& channel)
    {
        auto record = std::make_unique<SubscriptionRecord>();
        record->subscription = std::make_unique<dispatch::Subscription>(
            channel, [this](dispatch::Subscription* ended) { m_subscriptionList.removeAll(ended); });
        dispatch::Subscription* subscription = record->subscription.get();
        SubscriptionRecord* raw = record.get();
        QObject::connect(subscription, &dispatch::Subscription::event,
                         [raw, subscription](const dwp::StreamEvent& e) {
                             if (!subscription->isActive() ||
                                 !dwp::topics::reaches(e.type, e.topic, subscription->channel()))
                                 raw->badDelivery = true;
                         });
        m_subscriptionList.append(subscription);
        m_subscriptions.push_back(std::move(record));
    }

    void checkBooks()
    {
        qsizetype unsettled = 0;
        for (const auto& call : m_calls) {
            fuzzCheck(call->settlements <= 1, "a call settles at most once", m_input, call->id);
            unsettled += call->settlements == 0 ? 1 : 0;
        }
        for (const auto& stream : m_streams) {
            fuzzCheck(stream.ends <= 1, "a stream ends at most once", m_input, stream.id);
            if (stream.stream) {
                fuzzCheck(stream.stream->isFinished() == (stream.ends == 1),
                          "a stream's signals match its state", m_input, stream.id);
                unsettled += stream.ends == 0 ? 1 : 0;
            }
        }
        fuzzCheck(m_map.pendingCount() == unsettled, "the map holds exactly the unsettled requests", m_input,
                  QStringLiteral("%1 pending, %2 unsettled").arg(m_map.pendingCount()).arg(unsettled));
        for (const auto& record : m_subscriptions)
            fuzzCheck(!record->badDelivery, "events reach only active subscriptions they are meant for",
                      m_input, record->subscription->channel());
    }

    bool m_refuseSends = false;
    qint64 m_now = 1000;
    int m_steps = 0;
    std::vector<QString> m_sent;
    std::optional<dwp::Frame> m_last;
    QList<dispatch::Subscription*> m_subscriptionList;
    dispatch::PendingRequestMap m_map;
    dispatch::FrameRouter m_router;
    std::vector<std::shared_ptr<CallRecord>> m_calls;
    std::vector<StreamRecord> m_streams;
    std::vector<std::unique_ptr<SubscriptionRecord>> m_subscriptions;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Timers and QPointer need an application object; it lives for the whole run.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    Session session;
    session.m_input = QByteArrayView(data, qsizetype(size));
    session.run(input);
    return 0;
}
