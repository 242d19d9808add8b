// SPDX-License-Identifier: MIT
#pragma once

#include <coroutine>
#include <utility>

namespace dispatch {

// One coroutine waiting to be woken, resumed directly by wake(). We use it instead of QCoro 0.8's
// qCoro(object, &Signal): that one resumes through queued slot calls, and when the signal fires twice
// before the event loop runs, the second queued call lands in an awaiter that the first one already
// destroyed (a use-after-free that AddressSanitizer showed in our subscription tests).
class CoroutineWakeup
{
public:
    struct Awaiter
    {
        CoroutineWakeup* wakeup;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> waiter) noexcept { wakeup->m_waiter = waiter; }
        void await_resume() const noexcept {}
    };

    CoroutineWakeup() = default;
    CoroutineWakeup(const CoroutineWakeup&) = delete;
    CoroutineWakeup& operator=(const CoroutineWakeup&) = delete;

    // co_await wakeup.wait(): suspends until wake(). One waiter at a time.
    Awaiter wait() { return Awaiter{this}; }
    // Resumes the waiter, if any, before returning. The waiter may destroy this object's owner.
    void wake()
    {
        if (auto waiter = std::exchange(m_waiter, {}))
            waiter.resume();
    }
    bool hasWaiter() const { return bool(m_waiter); }
    // The waiting coroutine is being destroyed by its owner (e.g. a generator dropped mid-wait).
    void forget() { m_waiter = {}; }

private:
    std::coroutine_handle<> m_waiter;
};

} // namespace dispatch
