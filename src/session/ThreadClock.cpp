// SPDX-License-Identifier: MIT
#include "session/ThreadClock.h"

#include <ctime>

namespace dispatch {

namespace {

qint64 nanosecondsOf(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

qint64 ThreadClock::wallNs() const
{
    return nanosecondsOf(CLOCK_MONOTONIC);
}

qint64 ThreadClock::threadCpuNs() const
{
    return cpuNowNs();
}

const ThreadClock& ThreadClock::system()
{
    static const ThreadClock clock;
    return clock;
}

qint64 ThreadClock::cpuNowNs()
{
    return nanosecondsOf(CLOCK_THREAD_CPUTIME_ID);
}

} // namespace dispatch
