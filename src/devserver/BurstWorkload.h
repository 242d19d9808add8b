// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/Workload.h"

#include <QtGlobal>

namespace devserver {

// Firehose load for benchmarks: short `burst.noop` jobs on queue `burst`, enqueued so that their
// job.enqueued + job.started + job.completed events add up to `rate` events per virtual second. Only the
// newest 50 000 finished jobs are kept, so memory stays flat however long it runs.
class BurstWorkload final : public Workload
{
public:
    explicit BurstWorkload(double eventsPerSecond) : m_eventsPerSecond(eventsPerSecond) {}
    void install(SimEngine& engine) override;

private:
    void tick();

    SimEngine* m_engine = nullptr;
    double m_eventsPerSecond;
    double m_owedJobs = 0;
};

} // namespace devserver
