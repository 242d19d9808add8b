// SPDX-License-Identifier: MIT
#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace testsupport {

// Runs the event loop until `predicate` holds or `timeoutMs` passes, re-checking whenever `notifier`
// emits `signal`. Unlike QTest::qWaitFor, which sleeps in 10 ms steps, it wakes as soon as something
// happens, so a test that exchanges a few hundred frames stays fast.
template<typename Sender, typename Predicate>
bool waitUntil(const Sender* notifier, void (Sender::*signal)(), Predicate predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(notifier, signal, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return predicate();
}

} // namespace testsupport
