// SPDX-License-Identifier: MIT
#include "LatencyProbe.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace bench {

LatencyProbe::LatencyProbe(int intervalMs) : m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void LatencyProbe::start()
{
    m_lateMs.clear();
    m_last = -1;
    m_clock.start();
    m_timer.start();
}

std::vector<double> LatencyProbe::stop()
{
    m_timer.stop();
    return m_lateMs;
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_last >= 0)
        m_lateMs.push_back(std::max(0.0, double(now - m_last) / 1e6 - m_intervalMs));
    // For `perf record -k CLOCK_MONOTONIC`: where the long stalls were, to look at what ran in them.
    // DM_STALL_DEBUG=N: stalls over N ms (100 when N is not a number).
    static const qint64 debugNs = !qEnvironmentVariableIsSet("DM_STALL_DEBUG") ? 0
                                  : qEnvironmentVariableIntValue("DM_STALL_DEBUG") > 0
                                      ? qEnvironmentVariableIntValue("DM_STALL_DEBUG") * 1000000LL
                                      : 100000000LL;
    if (m_last >= 0 && debugNs > 0 && now - m_last > debugNs) {
        timespec monotonic{};
        clock_gettime(CLOCK_MONOTONIC, &monotonic);
        const double end = double(monotonic.tv_sec) + double(monotonic.tv_nsec) / 1e9;
        std::fprintf(stderr, "stall %.0f ms, monotonic %.6f to %.6f\n", double(now - m_last) / 1e6,
                     end - double(now - m_last) / 1e9, end);
    }
    m_last = now;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

} // namespace bench
