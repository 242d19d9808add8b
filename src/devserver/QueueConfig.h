// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace devserver {

// A queue the simulated workers poll, with how many of its jobs may run at once. Jobs enqueued to a queue no
// worker polls stay pending forever, as on the real server (dwp-protocol.md §3: worker config `Queues`).
struct QueueConfig
{
    QString name;
    int concurrency = 4;
};

} // namespace devserver
