// SPDX-License-Identifier: MIT
#include "EventReplayer.h"

#include "protocol/AuthRequest.h"
#include "protocol/AuthResult.h"
#include "protocol/ChannelRequest.h"
#include "protocol/EventType.h"
#include "protocol/Methods.h"
#include "protocol/ServerStats.h"
#include "protocol/StreamEvent.h"
#include "protocol/SubscriptionResult.h"
#include "protocol/Topics.h"
#include "protocol/TypeId.h"
#include "protocol/WorkflowRun.h"

#include <QDateTime>
#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>
#include <array>
#include <cstdio>
#include <cstring>

namespace bench {
namespace {

constexpr int kJobsPerUnit = 9;
constexpr int kSlots = kJobsPerUnit + 1; // the last slot is the unit's workflow run
constexpr qint64 kTickMs = 1;
// Behind by more than this much of the offer at a tick: the replayer, not the client, set the pace.
constexpr double kLateAfterSeconds = 0.05;

dwp::TypeId::Bytes placeholderUuid(int slot)
{
    dwp::TypeId::Bytes bytes{};
    bytes.fill(quint8(0x11 * (slot + 1)));
    return bytes;
}

QString placeholderId(int slot)
{
    const auto kind = slot < kJobsPerUnit ? dwp::TypeId::Kind::Job : dwp::TypeId::Kind::WorkflowRun;
    return dwp::TypeId(kind, placeholderUuid(slot)).toString();
}

} // namespace

EventReplayer::EventReplayer(QObject* parent) : QObject(parent)
{
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    m_tickTimer.setInterval(kTickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &EventReplayer::tick);
    m_slotSuffixes.resize(qsizetype(kSlots) * dwp::TypeId::kSuffixLength);
    dwp::TypeId::Bytes longRun{};
    longRun.fill(0x5a);
    m_longRunId = dwp::TypeId(dwp::TypeId::Kind::WorkflowRun, longRun).toString();
    m_longRunStarted = dwp::Timestamp::now();
}

EventReplayer::~EventReplayer() = default;

bool EventReplayer::listen()
{
    m_server = new QWebSocketServer(QStringLiteral("replayer"), QWebSocketServer::NonSecureMode, this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/dwp").arg(m_server->serverPort()));
    connect(m_server, &QWebSocketServer::newConnection, this, &EventReplayer::onNewConnection);
    m_clock.start();
    m_tickTimer.start();
    return true;
}

void EventReplayer::shutdown(QThread* next)
{
    m_tickTimer.stop();
    m_streaming = nullptr;
    delete m_server; // its sockets are this object's children, closed and deleted with it below
    m_server = nullptr;
    for (QWebSocket* socket : findChildren<QWebSocket*>()) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    moveToThread(next);
}

void EventReplayer::setRate(double eventsPerSecond)
{
    m_rate.store(eventsPerSecond);
}

void EventReplayer::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { onMessage(socket, text.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray& bytes) { onMessage(socket, bytes); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (m_streaming == socket)
                m_streaming = nullptr;
            socket->deleteLater();
        });
    }
}

void EventReplayer::onMessage(QWebSocket* socket, const QByteArray& bytes)
{
    // The first frame is JSON whatever format is wanted (§2); the auth reply is in the one asked for.
    const bool authenticated = socket->property("dm_authenticated").toBool();
    const auto json = dwp::FrameCodec::create(dwp::WireFormat::Json);
    const dwp::FrameCodec& codec = authenticated && m_codec ? *m_codec : *json;
    auto frame = codec.decode(bytes);
    if (!frame) {
        std::fprintf(stderr, "replayer: an undecodable frame: %s\n", qPrintable(frame.error()));
        return;
    }
    if (!authenticated) {
        const auto request = dwp::AuthRequest::parse(frame.value().data);
        m_format = request && request.value().format == QStringLiteral("msgpack") ? dwp::WireFormat::Msgpack
                                                                                  : dwp::WireFormat::Json;
        m_codec = dwp::FrameCodec::create(m_format);
        buildTemplates(m_format);
        socket->setProperty("dm_authenticated", true);
        send(socket, [&] {
            dwp::Frame reply;
            reply.type = dwp::FrameType::Response;
            reply.correlId = frame.value().id;
            reply.data = dwp::AuthResult{dwp::wireFormatName(m_format), QStringLiteral("ws_1")}.toJson();
            return reply;
        }());
        return;
    }
    answer(socket, frame.value());
}

void EventReplayer::answer(QWebSocket* socket, const dwp::Frame& request)
{
    dwp::Frame reply;
    reply.correlId = request.id;
    reply.type = dwp::FrameType::Response;
    if (request.type == dwp::FrameType::Ping) {
        reply.type = dwp::FrameType::Pong;
        reply.ts = request.ts;
        send(socket, reply);
        return;
    }
    if (request.credits > 0) { // a credits frame: no reply, the method is not run (§2 step 5)
        m_credits += request.credits;
        return;
    }
    if (request.method == dwp::methods::Subscribe || request.method == dwp::methods::Unsubscribe) {
        const auto channel = dwp::ChannelRequest::parse(request.data, request.method);
        const QString name = channel ? channel.value().channel : QString();
        const bool subscribing = request.method == dwp::methods::Subscribe;
        if (name == dwp::topics::Firehose)
            m_streaming = subscribing ? socket : nullptr;
        reply.data = (subscribing ? dwp::SubscriptionResult::subscribed(name)
                                  : dwp::SubscriptionResult::unsubscribed(name))
                         .toJson();
    } else if (request.method == dwp::methods::WorkflowGet && request.data.contains(m_longRunId.toLatin1())) {
        reply.data = longRunJson();
    } else if (request.method == dwp::methods::WorkflowTimeline &&
               request.data.contains(m_longRunId.toLatin1())) {
        reply.data = dwp::TimelineEntry::listToJson(m_longRunSteps);
    } else if (request.method == dwp::methods::Stats) {
        dwp::ServerStats stats;
        stats.broker.subscriberCount = 1;
        stats.broker.topicCount = m_streaming ? 1 : 0;
        stats.broker.totalPublished = m_sent.load();
        reply.data = stats.toJson();
    } else {
        reply.type = dwp::FrameType::Error;
        reply.error = dwp::FrameError{dwp::ErrorCode::MethodNotFound,
                                      QStringLiteral("unknown method: %1").arg(request.method), QString()};
    }
    send(socket, reply);
}

void EventReplayer::send(QWebSocket* socket, const dwp::Frame& frame)
{
    dwp::Frame stamped = frame;
    if (stamped.id.isEmpty())
        stamped.id = QStringLiteral("replayer");
    if (stamped.type != dwp::FrameType::Pong)
        stamped.ts = dwp::Timestamp::now();
    const QByteArray bytes =
        (m_codec ? *m_codec : *dwp::FrameCodec::create(dwp::WireFormat::Json)).encode(stamped);
    if (m_format == dwp::WireFormat::Msgpack && m_codec)
        socket->sendBinaryMessage(bytes);
    else
        socket->sendTextMessage(QString::fromUtf8(bytes));
}

void EventReplayer::buildTemplates(dwp::WireFormat format)
{
    const auto codec = dwp::FrameCodec::create(format);
    QList<dwp::StreamEvent> unit;
    const qint64 baseNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    qint64 step = 0;
    const auto at = [&] { return dwp::Timestamp::fromNanosSinceEpoch(baseNs + 1000 * step++); };
    for (const QString& type :
         {dwp::EventType::JobEnqueued, dwp::EventType::JobStarted, dwp::EventType::JobCompleted}) {
        for (int slot = 0; slot < kJobsPerUnit; ++slot) {
            dwp::JobEventData data;
            data.jobId = placeholderId(slot);
            data.jobName = QStringLiteral("replay.noop");
            data.queue = QStringLiteral("replay");
            if (type == dwp::EventType::JobCompleted)
                data.elapsedMs = 3;
            unit.append(dwp::StreamEvent::forJob(type, data, at()));
        }
    }
    dwp::WorkflowEventData run;
    run.runId = placeholderId(kJobsPerUnit);
    run.name = QStringLiteral("replay-flow");
    unit.append(dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowStarted, run, at()));
    for (const QString& stepName :
         {QStringLiteral("fetch"), QStringLiteral("transform"), QStringLiteral("store")}) {
        dwp::WorkflowEventData done = run;
        done.stepName = stepName;
        done.elapsedMs = 2;
        unit.append(dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowStepCompleted, done, at()));
    }
    dwp::WorkflowEventData finished = run;
    finished.elapsedMs = 7;
    unit.append(dwp::StreamEvent::forWorkflow(dwp::EventType::WorkflowCompleted, finished, at()));
    Q_ASSERT(unit.size() == kEventsPerUnit);

    m_templates.clear();
    for (const dwp::StreamEvent& event : unit) {
        Template entry;
        entry.bytes = codec->encode(event.toFrame(QStringLiteral("20261207000000.000000000"), event.ts));
        for (int slot = 0; slot < kSlots; ++slot) {
            const QByteArray suffix = dwp::TypeId::encodeSuffix(placeholderUuid(slot)).toLatin1();
            for (qsizetype spot = entry.bytes.indexOf(suffix); spot >= 0;
                 spot = entry.bytes.indexOf(suffix, spot + 1))
                entry.idSpots.append({spot, slot});
        }
        if (entry.idSpots.isEmpty())
            qFatal("replayer: a template frame without its id; the encoding changed");
        m_templates.append(entry);
    }
    m_nextInUnit = 0;
}

void EventReplayer::writeNextIds()
{
    // UUIDv7 as the server makes them (§4): 48 bits of Unix milliseconds, then the version, then a counter
    // that makes every id of the run distinct.
    const quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 unit = m_unitCounter++;
    std::array<QChar, dwp::TypeId::kSuffixLength> text;
    for (int slot = 0; slot < kSlots; ++slot) {
        dwp::TypeId::Bytes uuid{};
        for (int i = 0; i < 6; ++i)
            uuid[size_t(i)] = quint8(millis >> (8 * (5 - i)));
        uuid[6] = 0x70;
        uuid[8] = 0x80;
        uuid[9] = quint8(slot);
        for (int i = 0; i < 6; ++i)
            uuid[size_t(10 + i)] = quint8(unit >> (8 * (5 - i)));
        dwp::TypeId::writeSuffix(uuid, text.data());
        char* out = m_slotSuffixes.data() + qsizetype(slot) * dwp::TypeId::kSuffixLength;
        for (size_t i = 0; i < text.size(); ++i)
            out[i] = char(text[i].unicode());
    }
    for (Template& entry : m_templates) {
        char* bytes = entry.bytes.data();
        for (const auto& [offset, slot] : entry.idSpots)
            std::memcpy(bytes + offset,
                        m_slotSuffixes.constData() + qsizetype(slot) * dwp::TypeId::kSuffixLength,
                        dwp::TypeId::kSuffixLength);
    }
}

QByteArray EventReplayer::longRunJson() const
{
    dwp::WorkflowRun run;
    run.id = m_longRunId;
    run.name = QStringLiteral("replay-long");
    run.state = QStringLiteral("running");
    run.createdAt = m_longRunStarted;
    run.startedAt = m_longRunStarted;
    run.updatedAt = m_longRunSteps.isEmpty() ? m_longRunStarted : m_longRunSteps.last().createdAt;
    run.version = 1;
    return run.toJson();
}

void EventReplayer::sendLongRunEvent(const QString& type)
{
    if (m_credits <= 0) {
        m_droppedForCredits.fetch_add(1);
        return;
    }
    dwp::WorkflowEventData data;
    data.runId = m_longRunId;
    data.name = QStringLiteral("replay-long");
    const dwp::Timestamp now = dwp::Timestamp::now();
    if (type == dwp::EventType::WorkflowStepCompleted) {
        data.stepName = QStringLiteral("step-%1").arg(m_longRunSteps.size() + 1);
        data.elapsedMs = 5;
        m_longRunSteps.append(dwp::TimelineEntry{data.stepName, QByteArray(), now});
    }
    const QByteArray bytes = m_codec->encode(dwp::StreamEvent::forWorkflow(type, data, now)
                                                 .toFrame(QStringLiteral("20261207000000.000000000"), now));
    --m_credits;
    if (m_format == dwp::WireFormat::Msgpack)
        m_streaming->sendBinaryMessage(bytes);
    else
        m_streaming->sendTextMessage(QString::fromUtf8(bytes));
    m_sent.fetch_add(1);
}

void EventReplayer::tick()
{
    const qint64 nowNs = m_clock.nsecsElapsed();
    const double rate = m_rate.load();
    if (rate != m_appliedRate) {
        m_appliedRate = rate;
        m_rateSinceNs = nowNs;
        m_offeredAtRateChange = m_offered.load();
    }
    if (rate <= 0 || !m_streaming || m_templates.isEmpty())
        return;
    const double owed = double(m_offeredAtRateChange) + rate * double(nowNs - m_rateSinceNs) / 1e9;
    const qint64 due = qint64(owed) - m_offered.load();
    if (double(due) > rate * kLateAfterSeconds)
        m_lateTicks.fetch_add(1);
    for (qint64 i = 0; i < due && m_streaming; ++i)
        offerOne();
}

void EventReplayer::offerOne()
{
    if (!m_longRunAnnounced) {
        m_longRunAnnounced = true;
        sendLongRunEvent(dwp::EventType::WorkflowStarted);
    }
    if (m_nextInUnit == 0) {
        writeNextIds();
        if (m_unitCounter % kLongRunStepEvery == 0)
            sendLongRunEvent(dwp::EventType::WorkflowStepCompleted);
    }
    const Template& entry = m_templates[m_nextInUnit];
    m_nextInUnit = (m_nextInUnit + 1) % kEventsPerUnit;
    m_offered.fetch_add(1);
    if (m_credits <= 0) { // §5: no credit, silently dropped
        m_droppedForCredits.fetch_add(1);
        return;
    }
    const qint64 bufferBytes = qint64(kBufferEvents) * entry.bytes.size();
    if (m_streaming->bytesToWrite() > bufferBytes) {
        // The server's writer blocks only when the kernel takes no more: hand it what it takes now first.
        m_streaming->flush();
        if (m_streaming->bytesToWrite() > bufferBytes) {
            m_droppedForBuffer.fetch_add(1); // the buffer is full: dropped, the credit kept (§5)
            return;
        }
    }
    --m_credits;
    if (m_format == dwp::WireFormat::Msgpack)
        m_streaming->sendBinaryMessage(entry.bytes);
    else
        m_streaming->sendTextMessage(QString::fromLatin1(entry.bytes));
    m_sent.fetch_add(1);
}

} // namespace bench
