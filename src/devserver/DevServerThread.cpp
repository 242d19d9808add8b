// SPDX-License-Identifier: MIT
#include "devserver/DevServerThread.h"

namespace devserver {

DevServerThread::DevServerThread(const DevServerConfig& config) : m_config(config)
{
    m_thread.setObjectName(QStringLiteral("devserver"));
}

DevServerThread::~DevServerThread()
{
    if (m_context) {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_context = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool DevServerThread::start()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok] {
            m_server = new DevServer(m_config, m_context);
            ok = m_server->start();
            m_url = m_server->url();
            m_error = m_server->errorString();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void DevServerThread::call(const std::function<void(DevServer&)>& function)
{
    QMetaObject::invokeMethod(
        m_context, [this, &function] { function(*m_server); }, Qt::BlockingQueuedConnection);
}

} // namespace devserver
