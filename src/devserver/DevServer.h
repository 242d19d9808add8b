// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/AdminRoutes.h"
#include "devserver/DevServerConfig.h"
#include "devserver/FaultInjector.h"
#include "devserver/RequestHandler.h"
#include "devserver/SessionEnvironment.h"
#include "devserver/SimClock.h"
#include "devserver/SimEngine.h"
#include "devserver/StreamBroker.h"
#include "devserver/Workload.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QWebSocketServer>
#include <memory>

namespace devserver {

class ServerSession;

// The DWP server over the simulated engine (dwp-protocol.md §2): WebSocket upgrades at `path` (default
// /dwp; any other path gets HTTP 404 as on the real router), one ServerSession per connection, one
// StreamBroker, one SimEngine. Embeddable: construct, start(), read port() — port 0 picks a free one.
//
//   devserver::DevServerConfig config;              // loopback, port 0, idle workload, any token
//   devserver::DevServer server(config);
//   if (!server.start()) qFatal("%s", qPrintable(server.errorString()));
//   QUrl url = server.url();                         // ws://127.0.0.1:<port>/dwp
//   server.faults().setPlan(plan);                   // inject faults; server.restart() drops everyone
//   server.clock().advanceMs(5000);                  // with config.speed = 0: move time by hand
//
// Everything lives in the thread the server was created in (move it to another thread before start()).
class DevServer : public QObject
{
    Q_OBJECT

public:
    explicit DevServer(const DevServerConfig& config = DevServerConfig(), QObject* parent = nullptr);
    ~DevServer() override;

    bool start();
    void stop(); // closes the listener and drops every connection; the engine keeps running
    bool isListening() const { return m_tcp.isListening(); }
    QString errorString() const { return m_error; }
    QHostAddress address() const { return m_tcp.serverAddress(); }
    quint16 port() const { return m_port; }
    QUrl url() const;
    // The REST admin API's base URL (http://HOST:PORT/dispatch); empty when REST is off.
    QUrl adminUrl() const;

    // Every connection is dropped (TCP abort, no close frame) and the engine keeps its state, like a server
    // process restarting with a persistent store. With `downtimeMs` > 0 the port refuses connections for
    // that long.
    void restart(int downtimeMs = 0);

    SimClock& clock() { return m_clock; }
    SimEngine& engine() { return m_engine; }
    StreamBroker& broker() { return m_broker; }
    FaultInjector& faults() { return m_faults; }
    TokenStore& tokens() { return m_tokens; }
    const DevServerConfig& config() const { return m_config; }
    int connectionCount() const; // open connections, authenticated or not
    QList<ServerSession*> sessions() const;

signals:
    void listening(const QUrl& url);
    void connectionOpened(const QString& sessionId);
    void connectionAuthenticated(const QString& sessionId);
    void connectionClosed(const QString& sessionId);
    void restarted();

private:
    void onTcpConnection();
    void routeUpgrade(QTcpSocket* socket);
    void onWebSocket();
    QString nextSessionId();
    bool listen();
    void dropAdminConnections();

    DevServerConfig m_config;
    SimClock m_clock;
    SimEngine m_engine;
    StreamBroker m_broker;
    TokenStore m_tokens;
    FaultInjector m_faults;
    RequestHandler m_handler;
    SessionEnvironment m_environment;
    std::unique_ptr<Workload> m_workload;
    QTcpServer m_tcp;
    QWebSocketServer m_webSockets;
    QList<QPointer<QTcpSocket>> m_upgrading; // handed to m_webSockets, not yet a QWebSocket
    QList<QPointer<ServerSession>> m_sessions;
    AdminRoutes m_adminRoutes;
    QList<QPointer<QTcpSocket>> m_adminSockets; // HTTP connections to the admin API
    QString m_error;
    quint16 m_port = 0;
    qint64 m_lastSessionNanos = 0;
    QTimer m_restartTimer;
};

} // namespace devserver
