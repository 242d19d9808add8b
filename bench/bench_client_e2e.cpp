// SPDX-License-Identifier: MIT
// The whole live path the monitor runs: devserver burst workload (its own thread, as a real server is another
// process) → loopback WebSocket → DispatchClient on `firehose` → EventBatcher → JobsModel + EventLogModel,
// wired as MonitorSession wires them. Sustained for 60 s (or argv[1] seconds), it reports the events a second
// that reached the models and how many were lost on the way.
//
// Loss is counted two ways, and the larger is reported: the server's own drop counters for our subscriber
// (out of credits, buffer full), and gaps in per-job sequences — every burst job is enqueued → started →
// completed, so a job first seen after warm-up at any other step, or skipping one, lost events somewhere.
#include "client/DispatchClient.h"
#include "devserver/DevServerThread.h"
#include "devserver/ServerSession.h"
#include "devserver/Subscriber.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "protocol/EventType.h"
#include "session/EventBatcher.h"
#include "support/TaskOutcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <exception>

namespace {

// Follows every job's lifecycle through the batches the models receive.
class SequenceChecker
{
public:
    // Jobs first seen before this is called may have begun before we subscribed; they are not judged.
    void startJudging() { m_judging = true; }

    void apply(const QList<dwp::StreamEvent>& batch)
    {
        for (const dwp::StreamEvent& event : batch) {
            const int step = stepOf(event.type);
            if (step < 0)
                continue;
            auto found = m_open.find(event.topic);
            if (found == m_open.end()) {
                if (step == 0) {
                    m_open.insert(event.topic, 0);
                } else if (m_judging) {
                    m_gaps += step; // the steps before this one never arrived
                    if (step < 2)
                        m_open.insert(event.topic, step);
                }
                continue;
            }
            const int expected = found.value() + 1;
            if (step > expected)
                m_gaps += step - expected;
            if (step >= 2)
                m_open.erase(found); // finished: nothing more will come for it
            else
                found.value() = std::max(found.value(), step);
        }
    }

    // Called when measuring stops: the jobs open now should complete shortly after (burst jobs are no-ops).
    void snapshotOpen() { m_openAtStop = m_open; }
    // Called a while later: a job open at the stop and still open missed the rest of its sequence.
    void countUnfinished()
    {
        for (auto it = m_openAtStop.cbegin(); it != m_openAtStop.cend(); ++it) {
            const auto now = m_open.constFind(it.key());
            if (now != m_open.cend())
                m_gaps += 2 - now.value();
        }
        m_openAtStop.clear();
    }

    qint64 gaps() const { return m_gaps; }

private:
    static int stepOf(const QString& type)
    {
        if (type == dwp::EventType::JobEnqueued)
            return 0;
        if (type == dwp::EventType::JobStarted)
            return 1;
        if (type == dwp::EventType::JobCompleted)
            return 2;
        return -1;
    }

    QHash<QString, int> m_open; // topic → last step seen, for jobs not yet completed
    QHash<QString, int> m_openAtStop;
    qint64 m_gaps = 0;
    bool m_judging = false;
};

qint64 serverDrops(devserver::DevServerThread& thread)
{
    qint64 dropped = 0;
    thread.call([&dropped](devserver::DevServer& server) {
        for (devserver::ServerSession* session : server.sessions()) {
            if (const auto subscriber = session->subscriber())
                dropped += subscriber->droppedForCredits() + subscriber->droppedForBuffer();
        }
    });
    return dropped;
}

void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 60;

    devserver::DevServerConfig config;
    config.workload = devserver::WorkloadKind::Burst;
    config.burstRate =
        70000; // offered above the 50 000/s target, so the figure is what the client keeps up with
    devserver::DevServerThread thread(config);
    if (!thread.start()) {
        std::fprintf(stderr, "devserver did not start: %s\n", qPrintable(thread.error()));
        return 1;
    }

    dispatch::ClientOptions options;
    options.connection.url = thread.url();
    options.connection.token = QStringLiteral("bench");
    options.reconnect = false; // a reconnect would hide a failure behind a gap
    dispatch::DispatchClient client(options);
    dispatch::EventBatcher batcher;
    dispatch::JobsModel jobs;
    dispatch::EventLogModel log;
    SequenceChecker checker;
    qint64 applied = 0;
    qint64 longestApplyNs = 0; // the longest the models held the thread: what a stall upstream would follow
    QObject::connect(&client, &dispatch::DispatchClient::eventReceived, &batcher,
                     &dispatch::EventBatcher::addEvent);
    QObject::connect(&batcher, &dispatch::EventBatcher::batchReady, &jobs,
                     [&](const QList<dwp::StreamEvent>& batch) {
                         QElapsedTimer applyTimer;
                         applyTimer.start();
                         jobs.applyEvents(batch);
                         log.applyEvents(batch);
                         longestApplyNs = std::max(longestApplyNs, applyTimer.nsecsElapsed());
                         checker.apply(batch);
                         applied += batch.size();
                     });
    bool closedEarly = false;
    QObject::connect(&client, &dispatch::DispatchClient::fatalError, &app,
                     [&closedEarly](const QString& message, int) {
                         std::fprintf(stderr, "client gave up: %s\n", qPrintable(message));
                         closedEarly = true;
                     });

    std::unique_ptr<dispatch::Subscription> firehose;
    try {
        testsupport::awaitTask(client.connect());
        firehose = testsupport::awaitTask(client.subscribe(QStringLiteral("firehose")));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "could not connect and subscribe: %s\n", error.what());
        return 1;
    }

    // Warm-up: jobs already under way when we subscribed arrive mid-sequence and are not losses.
    runFor(2000);
    checker.startJudging();
    const qint64 dropsBefore = serverDrops(thread);
    const qint64 appliedBefore = applied;
    QElapsedTimer timer;
    timer.start();
    runFor(seconds * 1000);
    const qint64 appliedDuring = applied - appliedBefore;
    const double elapsedSeconds = double(timer.nsecsElapsed()) / 1e9;
    checker.snapshotOpen();
    // Events already on their way still count as delivered for the sequence check, not for the rate.
    runFor(2000);
    checker.countUnfinished();
    const qint64 drops = serverDrops(thread) - dropsBefore;
    const bool connected = client.state() == dispatch::ClientState::Ready && !closedEarly;

    firehose.reset();
    client.close();

    const qint64 lost = std::max(drops, checker.gaps());
    std::printf("e2e_events_per_second %.0f events/s\n", double(appliedDuring) / elapsedSeconds);
    std::printf("e2e_events_lost %lld events\n", static_cast<long long>(lost));
    std::printf("e2e_longest_model_apply %.1f ms\n", double(longestApplyNs) / 1e6);
    std::fflush(stdout);
    std::fprintf(stderr, "server drops %lld, sequence gaps %lld, jobs tracked %d, event log rows %d\n",
                 static_cast<long long>(drops), static_cast<long long>(checker.gaps()), jobs.rowCount(),
                 log.rowCount());
    if (!connected) {
        std::fprintf(stderr, "the connection did not last the run\n");
        return 1;
    }
    return appliedDuring > 0 ? 0 : 1;
}
