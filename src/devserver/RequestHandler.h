// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/HandlerReply.h"
#include "devserver/Identity.h"
#include "devserver/SimEngine.h"
#include "devserver/StreamBroker.h"
#include "devserver/Subscriber.h"

#include <functional>

namespace devserver {

// The server's Handler.Handle (dwp/handler.go, dwp-protocol.md §3): runs one request's method against the
// engine with the exact request parsing, reply shapes and error texts. The scope check and credits happen
// before, in ServerSession; this is step 6 of the frame loop. Subscribe and unsubscribe change the
// connection's subscriber here, before the reply is written (step 7).
class RequestHandler
{
public:
    using Done = std::function<void(const HandlerReply&)>;

    RequestHandler(SimEngine& engine, StreamBroker& broker) : m_engine(engine), m_broker(broker) {}

    // Calls `done` exactly once: at once for every method but workflow.start, which answers when the run
    // has completed or failed (it is synchronous on the real server, §3).
    void handle(const dwp::Frame& request, const Identity& identity, Subscriber& subscriber,
                const Done& done);

private:
    HandlerReply enqueue(const dwp::Frame& request, const Identity& identity);
    HandlerReply getJob(const dwp::Frame& request);
    HandlerReply cancelJob(const dwp::Frame& request);
    void startWorkflow(const dwp::Frame& request, const Identity& identity, const Done& done);
    HandlerReply getRun(const dwp::Frame& request);
    HandlerReply publishEvent(const dwp::Frame& request, const Identity& identity);
    HandlerReply timeline(const dwp::Frame& request);
    HandlerReply subscribe(const dwp::Frame& request, Subscriber& subscriber);
    HandlerReply unsubscribe(const dwp::Frame& request, Subscriber& subscriber);
    HandlerReply stats();

    SimEngine& m_engine;
    StreamBroker& m_broker;
};

} // namespace devserver
