// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/DevServer.h"

#include <QThread>
#include <QUrl>
#include <functional>

namespace testsupport {

// A devserver in a thread of its own, for tests and benchmarks whose own thread must not serve it (a
// client measured for throughput, a GUI test blocking its event loop). The server is created, run and
// destroyed in that thread; call() runs code there and waits for it.
//
//   testsupport::DevServerThread thread(config);
//   QVERIFY(thread.start());
//   client.open(thread.url());
//   thread.call([](devserver::DevServer& server) { server.faults().dropConnections(); });
class DevServerThread
{
public:
    explicit DevServerThread(const devserver::DevServerConfig& config);
    ~DevServerThread();

    bool start(); // creates and starts the server; false (see error()) if it could not listen
    QUrl url() const { return m_url; }
    QString error() const { return m_error; }
    void call(const std::function<void(devserver::DevServer&)>& function);

private:
    devserver::DevServerConfig m_config;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread; parent of the server
    devserver::DevServer* m_server = nullptr;
    QUrl m_url;
    QString m_error;
};

} // namespace testsupport
