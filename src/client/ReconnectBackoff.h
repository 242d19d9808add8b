// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace dispatch {

// Delays between reconnect attempts: base doubling up to a cap, with ±20 % jitter so that many monitors
// cut off by one server restart do not all come back in the same instant. The SDKs go from 1 s to 30 s; the
// monitor's default cap is 5 s (ClientOptions::backoffCap says why).
class ReconnectBackoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    ReconnectBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, int maxRetries,
                     Random random = {});

    // The delay before the next attempt, or nullopt when maxRetries attempts were made (0 = unlimited):
    // maxRetries delays, one before each reconnect attempt.
    std::optional<std::chrono::milliseconds> nextDelay();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    int m_maxRetries;
    Random m_random;
    int m_attempts = 0;
};

} // namespace dispatch
