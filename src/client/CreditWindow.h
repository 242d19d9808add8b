// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace dispatch {

// Flow control is the client's job (dwp-protocol.md §5): the server grants 1000 credits per connection, takes
// one per buffered event, never refills, and silently drops events at zero. We grant a window right after
// auth and top up half a window each time half a window of events has arrived, so the balance never falls
// below 1000 + window/2 and a monitor left open for a week never goes deaf. The window must exceed what can
// be in flight between the server's buffer and our reader, which is why the client's default is huge.
class CreditWindow
{
public:
    explicit CreditWindow(qint64 window = 2147483647) : m_window(window) {}

    // Credits to send right after auth (a frame with `credits` and no method; it gets no reply).
    qint64 initialGrant();
    // Called for every event frame received; returns the credits to send now, or 0.
    qint64 onEventReceived();

    qint64 eventsReceived() const { return m_eventsReceived; }
    qint64 creditsGranted() const { return m_granted; }
    // What the server should still hold for us, assuming no events were dropped in its buffer.
    qint64 estimatedBalance() const { return 1000 + m_granted - m_eventsReceived; }

private:
    qint64 m_window;
    qint64 m_eventsReceived = 0;
    qint64 m_sinceTopUp = 0;
    qint64 m_granted = 0;
};

} // namespace dispatch
