// SPDX-License-Identifier: MIT
#pragma once

#include "EventReplayer.h"

#include <QThread>

namespace bench {

// An EventReplayer on a thread of its own, as a real server is another process: listening once constructed
// (when listening() says so), stopped, handed back and joined when destroyed. For a benchmark's main().
class ReplayerThread
{
public:
    ReplayerThread();
    ~ReplayerThread();
    ReplayerThread(const ReplayerThread&) = delete;
    ReplayerThread& operator=(const ReplayerThread&) = delete;

    bool listening() const { return m_listening; }
    EventReplayer& replayer() { return m_replayer; }

private:
    QThread m_thread;
    EventReplayer m_replayer;
    bool m_listening = false;
};

} // namespace bench
