// SPDX-License-Identifier: MIT
#include "devserver/Workload.h"

#include "devserver/BurstWorkload.h"
#include "devserver/DemoWorkload.h"
#include "devserver/IdleWorkload.h"

namespace devserver {

std::unique_ptr<Workload> Workload::create(WorkloadKind kind, double rate)
{
    switch (kind) {
    case WorkloadKind::Demo:
        return std::make_unique<DemoWorkload>();
    case WorkloadKind::Burst:
        return std::make_unique<BurstWorkload>(rate);
    default:
        return std::make_unique<IdleWorkload>();
    }
}

} // namespace devserver
