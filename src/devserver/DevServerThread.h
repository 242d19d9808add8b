// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/DevServer.h"

#include <QThread>
#include <QUrl>
#include <functional>

namespace devserver {

// A devserver in a thread of its own: for `dispatch-monitor --demo` (a busy simulated engine never makes the
// window stutter, and the window talks to it over a real socket as to a production server), and for tests and
// benchmarks whose own thread must not serve it. The server is created, run and
// destroyed in that thread; call() runs code there and waits for it.
//
//   devserver::DevServerThread thread(config);
//   QVERIFY(thread.start());
//   client.open(thread.url());
//   thread.call([](DevServer& server) { server.faults().dropConnections(); });
class DevServerThread
{
public:
    explicit DevServerThread(const DevServerConfig& config);
    ~DevServerThread();

    bool start(); // creates and starts the server; false (see error()) if it could not listen
    QUrl url() const { return m_url; }
    QString error() const { return m_error; }
    void call(const std::function<void(DevServer&)>& function);

private:
    DevServerConfig m_config;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread; parent of the server
    DevServer* m_server = nullptr;
    QUrl m_url;
    QString m_error;
};

} // namespace devserver
