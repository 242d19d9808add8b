// SPDX-License-Identifier: MIT
// The monitor's capacity, through the real thing (issue 21 item 1): a MonitorSession — client, batcher and
// every model it feeds (jobs, runs, event log, timeline, dead letters, crons, stats, overview) — fed by
// EventReplayer, a stand-in server that offers pre-encoded event frames faster than the client can take them
// (the devserver simulates every job and tops out near 120 000 events/s). The replayer keeps the server's
// flow control (§5), so an event the client does not take in time is dropped and counted, as a real server
// would drop it.
//
// For JSON and then msgpack, after 4 s at 50 000 events/s not counted: the offer climbs from 100 000 events/s
// by a quarter each step, 6 s a step, until a step loses an event or is not delivered whole. The highest
// clean step is then held for 60 s (argv --seconds) and must lose nothing. A clean 6-s step is no evidence
// that its rate holds for 60 s (2026-12-07: JSON climbed clean to 305 176/s and lost at every hold from there
// down to 217 411/s), so a hold that loses chooses the next offer from what it measured: the lower of 0.9 ×
// its offer and 0.95 × the rate the client took meanwhile (a client that took 120 000/s of 160 000 cannot
// hold 144 000). At most 5 holds, and none begun after 330 s of holding; each hold's result is on stderr,
// with what the client took, dropped and spent an event every 10 s. Lost = the replayer's drops (no credit,
// full buffer) plus events sent but never received. Printed per format, of the last hold: the rate held
// (events the client received over the sustained window), the events lost in it (0 when a hold was clean),
// the longest the session's thread did not come back to its event loop while holding it (LatencyProbe: a
// 5 ms timer), the longest batch apply (every model's share of one batch, EventBatcher::handOnCost), and the
// session thread's CPU time per event received, which load changes far less than the rates.
//
//   bench_client_e2e [--seconds N] [--format json|msgpack|both] [--rate R]
//
// --rate R skips the climb and holds R events/s (for profiling one rate: `perf record` beside it).
// DM_BENCH_SLICE_BUDGET_MS=N sets EventBatcher's slice budget (0: fixed slices of kSliceEvents).
#include "LatencyProbe.h"
#include "ReplayerThread.h"
#include "protocol/WireFormat.h"
#include "session/MonitorSession.h"
#include "session/ThreadClock.h"
#include "support/TaskOutcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <exception>

namespace {

constexpr double kFirstRate = 100000;
constexpr double kStepFactor = 1.25;
constexpr double kHighestRate = 2000000; // far past anything measured: the climb ends here regardless
constexpr int kStepSeconds = 6;
constexpr int kWarmUpSeconds = 4;
constexpr int kDrainMs = 1500;       // after the offer stops: what is on its way arrives and is counted
constexpr int kProgressSeconds = 10; // a long window prints what it measured this often
constexpr int kMostHolds = 5;
constexpr double kStepDown = 0.9;    // after a hold that lost: at most this share of its offer …
constexpr double kTakenShare = 0.95; // … and of the rate the client took while it lost
// The holds of one format stop before this much time has gone (5 holds of 60 s and their drains fit).
constexpr int kMostHoldingSeconds = 330;

void runFor(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Window
{
    double offeredRate = 0;
    double receivedRate = 0; // events the client received a second over the window
    qint64 lost = 0;
    qint64 lateTicks = 0;
    double longestStallMs = 0;
    double longestApplyMs = 0; // the longest batch the models applied (EventBatcher::handOnCost)
    qsizetype longestApplyEvents = 0;
    double meanApplyUsPerEvent = 0;
    double threadCpuUsPerEvent = 0; // the session thread's CPU time over the window, per event received
    bool clean() const { return lost == 0 && lateTicks == 0; }
};

// Offers `rate` for `seconds`, stops, lets what is under way arrive, and counts. A window of 20 s or more
// prints every 10 s what the client took and what its thread spent an event, so a cost that grows as the
// models fill shows where it grows.
Window offerFor(bench::EventReplayer& replayer, dispatch::MonitorSession& session, double rate, int seconds)
{
    const qint64 dropsBefore = replayer.droppedForCredits() + replayer.droppedForBuffer();
    const qint64 sentBefore = replayer.sent();
    const qint64 lateBefore = replayer.lateTicks();
    const qint64 receivedBefore = session.client().eventsReceived();
    bench::LatencyProbe probe; // a 5 ms timer; DM_STALL_DEBUG=N prints each stall over N ms
    QElapsedTimer clock;
    clock.start();
    probe.start();
    session.batcher().resetHandOnCost();
    const qint64 cpuBefore = dispatch::ThreadClock::cpuNowNs();
    replayer.setRate(rate);
    if (seconds < 2 * kProgressSeconds) {
        runFor(seconds * 1000);
    } else {
        qint64 partReceived = receivedBefore;
        qint64 partCpu = cpuBefore;
        qint64 partDrops = dropsBefore;
        dispatch::EventBatcher::HandOnCost partCost;
        for (int done = 0; done < seconds; done += kProgressSeconds) {
            const qint64 partStartNs = clock.nsecsElapsed();
            const int partSeconds = std::min(kProgressSeconds, seconds - done);
            runFor(partSeconds * 1000);
            const qint64 received = session.client().eventsReceived();
            const qint64 cpu = dispatch::ThreadClock::cpuNowNs();
            const qint64 drops = replayer.droppedForCredits() + replayer.droppedForBuffer();
            const dispatch::EventBatcher::HandOnCost cost = session.batcher().handOnCost();
            const qint64 batches = cost.batches - partCost.batches;
            std::fprintf(
                stderr,
                "    to %d s: received %.0f/s, dropped %lld, %.2f us of CPU an event, %.0f events a batch, "
                "%d "
                "jobs and %d runs kept\n",
                done + partSeconds,
                double(received - partReceived) * 1e9 / double(clock.nsecsElapsed() - partStartNs),
                static_cast<long long>(drops - partDrops),
                received > partReceived ? double(cpu - partCpu) / 1e3 / double(received - partReceived) : 0.0,
                batches > 0 ? double(cost.events - partCost.events) / double(batches) : 0.0,
                session.jobs().rowCount(), session.runs().rowCount());
            partCost = cost;
            partReceived = received;
            partCpu = cpu;
            partDrops = drops;
        }
    }
    replayer.setRate(0);
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const qint64 receivedInWindow = session.client().eventsReceived() - receivedBefore;
    const qint64 cpuInWindow = dispatch::ThreadClock::cpuNowNs() - cpuBefore;
    runFor(kDrainMs);
    Window window;
    window.longestStallMs = bench::percentile(probe.stop(), 1.0);
    window.offeredRate = rate;
    window.receivedRate = double(receivedInWindow) / elapsed;
    const qint64 drops = replayer.droppedForCredits() + replayer.droppedForBuffer() - dropsBefore;
    const qint64 notReceived =
        (replayer.sent() - sentBefore) - (session.client().eventsReceived() - receivedBefore);
    window.lost = drops + std::max<qint64>(0, notReceived);
    window.lateTicks = replayer.lateTicks() - lateBefore;
    const dispatch::EventBatcher::HandOnCost cost = session.batcher().handOnCost();
    window.longestApplyMs = double(cost.longestNs) / 1e6;
    window.longestApplyEvents = cost.longestEvents;
    window.threadCpuUsPerEvent =
        receivedInWindow > 0 ? double(cpuInWindow) / 1e3 / double(receivedInWindow) : 0;
    window.meanApplyUsPerEvent = cost.events > 0 ? double(cost.totalNs) / 1e3 / double(cost.events) : 0;
    std::fprintf(stderr,
                 "  offered %.0f/s for %d s: received %.0f/s, lost %lld, replayer late %lld ticks, "
                 "longest stall %.1f ms, longest batch %.1f ms (%lld events), %.2f us an event applied, "
                 "%.2f us of CPU an event, %d jobs and %d runs kept\n",
                 rate, seconds, window.receivedRate, static_cast<long long>(window.lost),
                 static_cast<long long>(window.lateTicks), window.longestStallMs, window.longestApplyMs,
                 static_cast<long long>(window.longestApplyEvents), window.meanApplyUsPerEvent,
                 window.threadCpuUsPerEvent, session.jobs().rowCount(), session.runs().rowCount());
    return window;
}

bool measure(dwp::WireFormat format, int sustainSeconds, double fixedRate)
{
    const QString name = dwp::wireFormatName(format);
    bench::ReplayerThread replayerThread;
    bench::EventReplayer& replayer = replayerThread.replayer();
    if (!replayerThread.listening()) {
        std::fprintf(stderr, "the replayer could not listen\n");
        return false;
    }

    dispatch::ClientOptions options;
    options.connection.url = replayer.url();
    options.connection.token = QStringLiteral("bench");
    options.connection.format = format;
    options.reconnect = false; // a reconnect would hide a loss behind a gap
    dispatch::MonitorSession session(options);
    dispatch::AdminApiChoice noRest;
    noRest.location = dispatch::AdminApiChoice::Location::Off; // the replayer has no REST (§8)
    session.setAdminApi(noRest);
    // DM_BENCH_SLICE_BUDGET_MS sets the batcher's slice budget (0: fixed slices), for comparisons.
    if (qEnvironmentVariableIsSet("DM_BENCH_SLICE_BUDGET_MS"))
        session.batcher().setSliceBudget(
            std::chrono::milliseconds(qEnvironmentVariableIntValue("DM_BENCH_SLICE_BUDGET_MS")));
    try {
        testsupport::awaitTask(session.start(), QStringLiteral("connecting to the replayer and subscribing"));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "could not connect and subscribe: %s\n", error.what());
        return false;
    }

    // Warm-up, not counted: the first seconds of a session make the models' first blocks and the log's ring,
    // and one such start (msgpack, 15:22 UTC) stalled 100 ms, the replayer fell behind once, and the climb
    // ended at its first step with nothing lost.
    std::fprintf(stderr, "%s: warming up\n", qPrintable(name));
    offerFor(replayer, session, kFirstRate / 2, kWarmUpSeconds);
    double best = fixedRate;
    if (fixedRate <= 0)
        std::fprintf(stderr, "%s: climbing\n", qPrintable(name));
    for (double rate = kFirstRate; fixedRate <= 0 && rate <= kHighestRate; rate *= kStepFactor) {
        const Window step = offerFor(replayer, session, rate, kStepSeconds);
        if (!step.clean())
            break;
        best = rate;
    }
    if (best == 0) {
        std::fprintf(stderr, "%s: not even %.0f events/s went through without loss\n", qPrintable(name),
                     kFirstRate);
        best = kFirstRate;
    }

    // The holds. A hold that loses says what the client took meanwhile: the next offer is at most kTakenShare
    // of that (a client that fell behind cannot hold what it did not take) and at most kStepDown of the offer
    // that lost (a loss from a stall, with all but the lost events taken, still steps down).
    QElapsedTimer formatClock;
    formatClock.start();
    Window held;
    double offer = best;
    for (int hold = 1; hold <= kMostHolds; ++hold) {
        std::fprintf(stderr, "%s: hold %d of at most %d at %.0f events/s\n", qPrintable(name), hold,
                     kMostHolds, offer);
        held = offerFor(replayer, session, offer, sustainSeconds);
        if (held.clean() || fixedRate > 0)
            break;
        const double next = std::min(kStepDown * offer, kTakenShare * held.receivedRate);
        std::fprintf(stderr, "%s: hold %d lost %lld events; the client took %.0f of %.0f events/s\n",
                     qPrintable(name), hold, static_cast<long long>(held.lost), held.receivedRate, offer);
        if (hold == kMostHolds)
            break;
        if (formatClock.elapsed() / 1000 + sustainSeconds > kMostHoldingSeconds) {
            std::fprintf(stderr, "%s: no time for another hold (at most %d s of holding a format)\n",
                         qPrintable(name), kMostHoldingSeconds);
            break;
        }
        offer = next;
    }
    std::fprintf(stderr, "%s: %s at %.0f events/s offered\n", qPrintable(name),
                 held.clean() ? "held" : "not held", offer);
    const bool connected = session.state() == dispatch::ClientState::Ready;
    std::printf("e2e_capacity_%s_events_per_second %.0f events/s\n", qPrintable(name), held.receivedRate);
    std::printf("e2e_capacity_%s_events_lost %lld events\n", qPrintable(name),
                static_cast<long long>(held.lost));
    std::printf("e2e_capacity_%s_longest_stall %.1f ms\n", qPrintable(name), held.longestStallMs);
    std::printf("e2e_capacity_%s_longest_batch_apply %.1f ms\n", qPrintable(name), held.longestApplyMs);
    // Load changes the rate a loaded machine can hold; it changes this much less (ThreadClock).
    std::printf("e2e_%s_session_thread_cpu_per_event %.2f us\n", qPrintable(name), held.threadCpuUsPerEvent);
    std::fflush(stdout);
    if (held.lateTicks > 0)
        std::fprintf(stderr,
                     "%s: the replayer fell behind its offer %lld times: the figure is the replayer's "
                     "limit, not the client's\n",
                     qPrintable(name), static_cast<long long>(held.lateTicks));
    session.stop();
    if (!connected)
        std::fprintf(stderr, "%s: the connection did not last the run\n", qPrintable(name));
    return connected;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int sustainSeconds = 60;
    QString formats = QStringLiteral("both");
    double fixedRate = 0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--seconds")) {
            sustainSeconds = std::max(1, args[i + 1].toInt());
        } else if (args[i] == QStringLiteral("--format")) {
            formats = args[i + 1];
        } else if (args[i] == QStringLiteral("--rate")) {
            fixedRate = std::max(1.0, args[i + 1].toDouble());
        } else {
            std::fprintf(stderr,
                         "usage: bench_client_e2e [--seconds N] [--format json|msgpack|both] [--rate R]\n");
            return 2;
        }
    }
    bool ok = true;
    if (formats != QStringLiteral("msgpack"))
        ok = measure(dwp::WireFormat::Json, sustainSeconds, fixedRate) && ok;
    if (formats != QStringLiteral("json"))
        ok = measure(dwp::WireFormat::Msgpack, sustainSeconds, fixedRate) && ok;
    return ok ? 0 : 1;
}
