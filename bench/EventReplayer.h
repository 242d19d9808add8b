// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/FrameCodec.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WireFormat.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

class QThread;
class QWebSocket;
class QWebSocketServer;

namespace bench {

// A stand-in server for capacity benchmarks (issue 21 item 1): it speaks just enough DWP to be monitored —
// auth, subscribe, unsubscribe, stats, ping, credits (dwp-protocol.md §2, §5) — and then offers event frames
// at a set rate from templates encoded once, only the ids written in per job. The devserver simulates every
// job and encodes every frame, and tops out near 120 000 events/s on this machine; this offers far more, so a
// benchmark measures what the monitor can take, not what the server can give.
//
// It keeps the server's flow control (§5) so that loss is counted the way a real server would cause it: no
// credit → the event is dropped; more than a buffer's worth (256 events) waiting in the socket → dropped.
// msgpack goes out in binary messages, as the devserver's --msgpack-framing binary does (QWebSocket refuses
// the real server's text-framed msgpack, §2).
//
// Each unit of the script is 9 jobs (job.enqueued, job.started, job.completed) and a workflow run of three
// steps (workflow.started, 3 × workflow.step_completed, workflow.completed): 32 events, 10 fresh ids. Beside
// them one long run (longRunId()) starts with the stream and completes a step every kLongRunStepEvery units,
// for a monitor that keeps a run open with its Gantt chart growing; workflow.get and workflow.timeline answer
// for it (its steps so far), as the server would.
//
// Lives on its own thread (moveToThread before listen()); the counters may be read from any thread.
class EventReplayer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kEventsPerUnit = 32;
    static constexpr int kBufferEvents = 256;    // the server's DefaultBufferSize (§5)
    static constexpr int kLongRunStepEvery = 16; // units: at 50 000 events/s about 100 steps a second

    explicit EventReplayer(QObject* parent = nullptr);
    ~EventReplayer() override;

    // Call on the replayer's thread (a blocking queued call from another): true when listening.
    Q_INVOKABLE bool listen();
    // Call on the replayer's thread: closes everything and hands this object to `next` (to be destroyed
    // there).
    Q_INVOKABLE void shutdown(QThread* next);
    QUrl url() const { return m_url; }
    QString longRunId() const { return m_longRunId; }

    // Events per second to offer from now on; 0 stops offering. Any thread.
    void setRate(double eventsPerSecond);

    qint64 offered() const { return m_offered.load(); }
    qint64 sent() const { return m_sent.load(); }
    qint64 droppedForCredits() const { return m_droppedForCredits.load(); }
    qint64 droppedForBuffer() const { return m_droppedForBuffer.load(); }
    // Ticks whose owed events could not all be offered because this thread fell behind the rate: the offer
    // then was lower than asked, and a figure at that rate says so.
    qint64 lateTicks() const { return m_lateTicks.load(); }

private:
    struct Template
    {
        QByteArray bytes;
        // Where each of the unit's ids (by slot) is written into `bytes`: (offset, slot).
        QList<std::pair<qsizetype, int>> idSpots;
    };

    void onNewConnection();
    void onMessage(QWebSocket* socket, const QByteArray& bytes);
    void answer(QWebSocket* socket, const dwp::Frame& request);
    void send(QWebSocket* socket, const dwp::Frame& frame);
    void tick();
    void offerOne();
    void buildTemplates(dwp::WireFormat format);
    void writeNextIds();
    void sendLongRunEvent(const QString& type);
    QByteArray longRunJson() const;

    QWebSocketServer* m_server = nullptr;
    QUrl m_url;
    QWebSocket* m_streaming = nullptr; // the connection that subscribed to firehose
    std::unique_ptr<dwp::FrameCodec> m_codec;
    dwp::WireFormat m_format = dwp::WireFormat::Json;
    qint64 m_credits = 1000; // DefaultCredits (§5)

    QList<Template> m_templates;
    int m_nextInUnit = 0;
    quint64 m_unitCounter = 0;
    QByteArray m_slotSuffixes; // kSlots × 26 characters, the ids of the current unit

    QString m_longRunId;
    dwp::Timestamp m_longRunStarted;
    QList<dwp::TimelineEntry> m_longRunSteps;
    bool m_longRunAnnounced = false;

    QTimer m_tickTimer{this}; // a child, so it moves to the replayer's thread with it
    QElapsedTimer m_clock;
    double m_owedBase = 0; // events owed up to m_rateSince at the previous rate
    qint64 m_rateSinceNs = 0;
    std::atomic<double> m_rate{0};
    double m_appliedRate = 0;
    qint64 m_offeredAtRateChange = 0;

    std::atomic<qint64> m_offered{0};
    std::atomic<qint64> m_sent{0};
    std::atomic<qint64> m_droppedForCredits{0};
    std::atomic<qint64> m_droppedForBuffer{0};
    std::atomic<qint64> m_lateTicks{0};
};

} // namespace bench
