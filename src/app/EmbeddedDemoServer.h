// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QThread>
#include <QUrl>

namespace devserver {
class DevServer;
}

// `dispatch-monitor --demo`: the devserver with its demo workload, on a free loopback port, in this
// process. It runs in a thread of its own so that a busy simulated engine never makes the window stutter,
// and so the window talks to it over a real socket exactly as it would to a production server.
class EmbeddedDemoServer
{
public:
    EmbeddedDemoServer();
    ~EmbeddedDemoServer();

    bool start(); // false: see errorString()
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

private:
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread and owns the server
    devserver::DevServer* m_server = nullptr;
    QUrl m_url;
    QString m_error;
};
