// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <vector>

namespace bench {

// The GUI thread's stall probe (issue 21 item 2, issue 19 "Speed"): a precise timer that asks to run every
// `intervalMs`; how late each tick comes is the event-loop latency an operator's click or a repaint would
// also wait. Lives on, and measures, the thread whose event loop runs it. With DM_STALL_DEBUG=N, each stall
// over N ms (100 when N is not a number) is written to stderr with its CLOCK_MONOTONIC span, to find in `perf
// record -k CLOCK_MONOTONIC`.
class LatencyProbe
{
public:
    static constexpr int kDefaultIntervalMs = 5;

    explicit LatencyProbe(int intervalMs = kDefaultIntervalMs);
    LatencyProbe(const LatencyProbe&) = delete;
    LatencyProbe& operator=(const LatencyProbe&) = delete;

    void start();
    // The lateness of each tick since start(), in ms, in the order they came.
    std::vector<double> stop();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_intervalMs;
    qint64 m_last = -1;
    std::vector<double> m_lateMs;
};

// The value below which `fraction` of `values` lie (0.5 the median, 1.0 the largest); 0 for none.
double percentile(std::vector<double> values, double fraction);

} // namespace bench
