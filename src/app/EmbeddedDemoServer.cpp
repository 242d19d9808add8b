// SPDX-License-Identifier: MIT
#include "EmbeddedDemoServer.h"

#include "devserver/DevServer.h"

EmbeddedDemoServer::EmbeddedDemoServer()
{
    m_thread.setObjectName(QStringLiteral("demo-server"));
}

EmbeddedDemoServer::~EmbeddedDemoServer()
{
    if (m_context) {
        // The server and its sockets must be destroyed in the thread they live in.
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_context = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool EmbeddedDemoServer::start()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool started = false;
    QMetaObject::invokeMethod(
        m_context,
        [this, &started] {
            devserver::DevServerConfig config;
            config.workload = devserver::WorkloadKind::Demo;
            config.seed = quint64(QDateTime::currentMSecsSinceEpoch()); // a different story each time
            m_server = new devserver::DevServer(config, m_context);
            started = m_server->start();
            m_url = m_server->url();
            m_error = m_server->errorString();
        },
        Qt::BlockingQueuedConnection);
    return started;
}
