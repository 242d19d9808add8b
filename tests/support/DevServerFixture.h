// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/DevServer.h"
#include "support/RawDwpClient.h"

#include <QUrl>
#include <memory>

namespace testsupport {

// An in-process devserver on a free loopback port, in the test's own thread (the test's event loop runs it
// whenever it waits). Typical use:
//
//   testsupport::DevServerFixture fixture;                       // idle workload, any token, manual clock
//   QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
//   auto client = fixture.connectClient();                       // opened and authenticated (JSON)
//   fixture.server().clock().advanceMs(1000);                    // move simulated time
//
// With the manual clock nothing happens in the engine until the test advances time, so tests are exact
// and never wait for simulated seconds.
class DevServerFixture
{
public:
    // Idle workload, NoopAuthenticator-style auth, manual clock starting at 2026-11-22T10:30:00Z, seed 1.
    static devserver::DevServerConfig defaultConfig();
    // The same with msgpack frames in binary messages, for tests of the binary path through QWebSocket; the
    // default is text messages, as the real server sends them (§2).
    static devserver::DevServerConfig binaryMsgpackConfig();
    // The same on the monitor's clock, at real speed: steps are stamped by the server's clock and a journal's
    // holes by the monitor's, and the default clock, fixed at the golden frames' date, would put the steps
    // weeks before any hole.
    static devserver::DevServerConfig realTimeConfig();

    explicit DevServerFixture(const devserver::DevServerConfig& config = defaultConfig());

    bool isRunning() const { return m_server->isListening(); }
    QString error() const { return m_server->errorString(); }
    devserver::DevServer& server() { return *m_server; }
    QUrl url() const { return m_server->url(); }

    // A client connected to this server and authenticated; null when either step failed.
    std::unique_ptr<RawDwpClient> connectClient(const QString& token = QStringLiteral("demo-token"),
                                                dwp::WireFormat format = dwp::WireFormat::Json);

private:
    std::unique_ptr<devserver::DevServer> m_server;
};

} // namespace testsupport
