// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/WorkloadKind.h"

#include <memory>

namespace devserver {

class SimEngine;

// Sets up queues, handlers and crons on an engine and keeps it busy with its own traffic. Everything a
// workload does is scheduled on the engine's clock and drawn from its random source, so it is reproducible
// for a seed. Every workload polls the `default` queue, so jobs clients enqueue there run.
class Workload
{
public:
    virtual ~Workload() = default;
    virtual void install(SimEngine& engine) = 0;

    // `rate` is the burst workload's target in events per (virtual) second; the others ignore it.
    static std::unique_ptr<Workload> create(WorkloadKind kind, double rate);
};

} // namespace devserver
