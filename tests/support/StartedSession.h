// SPDX-License-Identifier: MIT
#pragma once

#include "client/ClientTestSupport.h"
#include "session/MonitorSession.h"

#include <chrono>
#include <functional>
#include <memory>

namespace testsupport {

// A MonitorSession on the fixture's server, started and authenticated: events batched every 5 ms (tests see
// them at once) and no stats polling. `beforeStart` may set more before the session connects. Header-only:
// the tests that include it link the session layer; dm_test_support does not.
inline std::unique_ptr<dispatch::MonitorSession>
startedSession(DevServerFixture& fixture,
               const std::function<void(dispatch::MonitorSession&)>& beforeStart = {})
{
    auto session = std::make_unique<dispatch::MonitorSession>(clienttest::optionsFor(fixture.url()));
    session->batcher().setInterval(std::chrono::milliseconds(5));
    session->setStatsInterval(std::chrono::milliseconds(0));
    if (beforeStart)
        beforeStart(*session);
    awaitTask(session->start());
    return session;
}

} // namespace testsupport
