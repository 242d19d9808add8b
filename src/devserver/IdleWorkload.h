// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/Workload.h"

namespace devserver {

// Nothing happens unless a client asks: the `default` queue is polled (concurrency 10), the built-in
// handlers and workflows are registered. The workload tests run against.
class IdleWorkload final : public Workload
{
public:
    void install(SimEngine& engine) override;
};

} // namespace devserver
