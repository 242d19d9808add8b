// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/ConnectionLimits.h"
#include "devserver/MsgpackFraming.h"

#include <QtGlobal>

namespace devserver {

class FaultInjector;
class RequestHandler;
class SimClock;
class StreamBroker;
class TokenStore;

// What every connection shares with the server that accepted it.
struct SessionEnvironment
{
    const TokenStore& tokens;
    RequestHandler& handler;
    StreamBroker& broker;
    const SimClock& clock;
    const FaultInjector& faults;
    MsgpackFraming msgpackFraming = MsgpackFraming::Text;
    // Events are written while the socket's unsent bytes — what the kernel would not take yet — stay below
    // this; above it they wait in the subscriber's 256-event buffer, and past that they are dropped, as the
    // server's writer goroutine blocks in Write while its channel fills (dwp-protocol.md §5).
    qint64 writeBacklogLimit = 64 * 1024;
    int subscriberBuffer = 256;
    qint64 initialCredits = 1000;
    ConnectionLimits limits;
};

} // namespace devserver
