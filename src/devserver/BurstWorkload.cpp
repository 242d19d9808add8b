// SPDX-License-Identifier: MIT
#include "devserver/BurstWorkload.h"

#include "devserver/SimEngine.h"

namespace devserver {
namespace {

constexpr qint64 kTickNanos = 5 * SimClock::kNanosPerMilli;
constexpr int kEventsPerJob = 3; // enqueued, started, completed
const QString kQueue = QStringLiteral("burst");
const QString kJobName = QStringLiteral("burst.noop");

} // namespace

void BurstWorkload::install(SimEngine& engine)
{
    m_engine = &engine;
    engine.workers().addQueue({QStringLiteral("default"), 10});
    engine.workers().addQueue({kQueue, 100000});
    JobHandlerSpec noop;
    noop.minDurationMs = 0;
    noop.maxDurationMs = 1;
    engine.handlers().add(kJobName, noop);
    engine.jobs().setRetention(50000);
    WorkerPool::Timing timing = engine.workers().timing();
    timing.pickupNanos = SimClock::kNanosPerMilli;
    engine.workers().setTiming(timing);
    engine.clock().scheduleIn(0, [this] { tick(); });
}

void BurstWorkload::tick()
{
    m_owedJobs += m_eventsPerSecond / kEventsPerJob * double(kTickNanos) / double(SimClock::kNanosPerSecond);
    static const QByteArray payload = QByteArrayLiteral("{\"n\":1}");
    while (m_owedJobs >= 1.0) {
        m_owedJobs -= 1.0;
        WorkerPool::EnqueueOptions options;
        options.name = kJobName;
        options.queue = kQueue;
        options.payload = payload;
        m_engine->enqueue(options);
    }
    m_engine->clock().scheduleIn(kTickNanos, [this] { tick(); });
}

} // namespace devserver
