// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace dispatch {

// The two clocks that say how busy a thread is: wall time, and the calling thread's own CPU time
// (CLOCK_THREAD_CPUTIME_ID: all the thread did, painting included, and none of the time other processes had
// the core). EventBatcher reads both for its slice budget and busy limit, and a test hands it clocks of its
// own to say how long a slice took and how busy the thread was (EventBatcher::setClock). The benchmarks read
// the thread's CPU time through cpuNowNs(), so there is one such read in the project.
//
// A read of the thread's CPU time is a system call (the vDSO answers only the wall clocks): 2.5–2.9 µs on
// this project's 2-core VM against 50 ns for the monotonic clock (a million reads of each, load 3.5), so the
// batcher reads it once a second, not per batch.
class ThreadClock
{
public:
    ThreadClock() = default;
    virtual ~ThreadClock() = default;
    ThreadClock(const ThreadClock&) = delete;
    ThreadClock& operator=(const ThreadClock&) = delete;

    // Nanoseconds of monotonic wall time, from an arbitrary start (as QElapsedTimer's).
    virtual qint64 wallNs() const;
    // Nanoseconds of CPU time the calling thread has used.
    virtual qint64 threadCpuNs() const;

    // The real clocks.
    static const ThreadClock& system();
    // The calling thread's CPU time, as system().threadCpuNs() reads it.
    static qint64 cpuNowNs();
};

} // namespace dispatch
