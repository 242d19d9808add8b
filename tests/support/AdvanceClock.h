// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/DevServer.h"

#include <QElapsedTimer>
#include <QTest>
#include <functional>

namespace testsupport {

// Moves the server's manual clock by `stepMs` virtual ms per turn, letting the event loop run between turns,
// until `done` holds or `realTimeoutMs` of real time pass. Returns whether `done` held.
inline bool advanceUntil(devserver::DevServer& server, const std::function<bool()>& done, qint64 stepMs = 50,
                         int realTimeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > realTimeoutMs)
            return false;
        if (server.clock().isManual())
            server.clock().advanceMs(stepMs);
        QTest::qWait(2);
    }
    return true;
}

} // namespace testsupport
