// SPDX-License-Identifier: MIT
#include "ReplayerThread.h"

namespace bench {

ReplayerThread::ReplayerThread()
{
    m_replayer.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(&m_replayer, &EventReplayer::listen, Qt::BlockingQueuedConnection,
                              &m_listening);
}

ReplayerThread::~ReplayerThread()
{
    m_replayer.setRate(0);
    // Its sockets and timers belong to its thread: closed there, and the object handed back to be destroyed
    // here.
    QThread* here = QThread::currentThread();
    QMetaObject::invokeMethod(
        &m_replayer, [this, here] { m_replayer.shutdown(here); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace bench
