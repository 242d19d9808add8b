// SPDX-License-Identifier: MIT
#include "client/ReconnectBackoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace dispatch {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                   int maxRetries, Random random)
    : m_base(base), m_cap(cap), m_maxRetries(maxRetries), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::optional<std::chrono::milliseconds> ReconnectBackoff::nextDelay()
{
    if (m_maxRetries > 0 && m_attempts >= m_maxRetries)
        return std::nullopt;
    const int doublings = std::min(m_attempts, 30);
    ++m_attempts;
    const double nominal = std::min(double(m_base.count()) * double(1LL << doublings), double(m_cap.count()));
    const double jittered = nominal * (0.8 + 0.4 * m_random());
    return std::chrono::milliseconds(std::max<qint64>(1, qint64(jittered)));
}

} // namespace dispatch
