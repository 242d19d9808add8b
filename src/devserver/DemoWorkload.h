// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/DemoJobKind.h"
#include "devserver/Workload.h"

#include <QList>

namespace devserver {

// A production-like mix for `--demo` and screenshots: seven queues with their own concurrency, a steady
// stream of jobs (DemoJobKind::catalog) with a trickle of failures, retries and dead letters, workflows
// started every few seconds — order pipelines waiting for `payment-received`, which usually comes and
// sometimes does not — three crons, and one job whose handler does not exist, looping running ↔ pending as on
// the real server.
class DemoWorkload final : public Workload
{
public:
    void install(SimEngine& engine) override;

private:
    void enqueueSomething();
    void startSomeWorkflow();

    SimEngine* m_engine = nullptr;
    QList<DemoJobKind> m_kinds;
    int m_totalWeight = 0;
};

} // namespace devserver
