// SPDX-License-Identifier: MIT
#include "devserver/DevServer.h"

#include "devserver/AdminHttpConnection.h"
#include "devserver/Logging.h"
#include "devserver/ServerSession.h"

#include <QTimer>

namespace devserver {
namespace {

// The clock must be set before the engine is built on it: the engine takes ids from it at once.
SimClock& configured(SimClock& clock, const DevServerConfig& config)
{
    // Speed first: switching speed keeps the current instant, so a start set before it would drift by the
    // few hundred nanoseconds that pass in between.
    clock.setSpeed(config.speed);
    if (config.clockStartNanos)
        clock.setStart(*config.clockStartNanos);
    return clock;
}

// An upgrade request's head must arrive within this much data and time, or the socket is dropped.
constexpr qint64 kMaxRequestHead = 64 * 1024;
constexpr int kRequestHeadTimeoutMs = 10000;
const char* const kGateProperty = "dm_devserver_gate";

} // namespace

DevServer::DevServer(const DevServerConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_engine(configured(m_clock, config), config.seed),
      m_tokens(config.tokens), m_handler(m_engine, m_broker), m_environment{m_tokens,
                                                                            m_handler,
                                                                            m_broker,
                                                                            m_clock,
                                                                            m_faults,
                                                                            config.msgpackFraming,
                                                                            config.writeBacklogLimit,
                                                                            config.subscriberBuffer,
                                                                            config.initialCredits,
                                                                            config.limits},
      m_webSockets(QStringLiteral("dispatch-devserver"), QWebSocketServer::NonSecureMode),
      m_adminRoutes(m_engine, config.restBasePath, config.restListRoutes)
{
    m_faults.setPlan(config.faults);
    m_engine.setEventSink([this](const dwp::StreamEvent& event) { m_broker.publish(event); });
    m_workload = Workload::create(config.workload, config.burstRate);
    m_workload->install(m_engine);

    connect(&m_tcp, &QTcpServer::newConnection, this, &DevServer::onTcpConnection);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, &DevServer::onWebSocket);
    m_restartTimer.setSingleShot(false);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] { restart(); });
}

DevServer::~DevServer()
{
    // Sessions use the broker, handler and engine, which are members and die before QObject's children.
    for (const QPointer<ServerSession>& session : std::as_const(m_sessions))
        delete session.data();
    m_sessions.clear();
}

bool DevServer::start()
{
    if (!listen())
        return false;
    m_port = m_tcp.serverPort();
    if (m_faults.plan().restartEveryMs > 0)
        m_restartTimer.start(m_faults.plan().restartEveryMs);
    qCInfo(lcServer).noquote() << "listening on" << url().toString() << "workload"
                               << workloadKindName(m_config.workload) << "seed" << m_config.seed;
    emit listening(url());
    return true;
}

bool DevServer::listen()
{
    if (!m_tcp.listen(m_config.host, m_port ? m_port : m_config.port)) {
        m_error = QStringLiteral("cannot listen on %1:%2: %3")
                      .arg(m_config.host.toString(), QString::number(m_port ? m_port : m_config.port),
                           m_tcp.errorString());
        return false;
    }
    return true;
}

void DevServer::stop()
{
    m_restartTimer.stop();
    m_tcp.close();
    dropAdminConnections();
    m_faults.dropConnections();
}

QUrl DevServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_config.host.toString());
    url.setPort(m_port);
    url.setPath(m_config.path);
    return url;
}

QUrl DevServer::adminUrl() const
{
    if (m_config.restBasePath.isEmpty())
        return QUrl();
    QUrl url = this->url();
    url.setScheme(QStringLiteral("http"));
    url.setPath(m_config.restBasePath);
    return url;
}

void DevServer::dropAdminConnections()
{
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_adminSockets)) {
        if (socket)
            socket->abort();
    }
    m_adminSockets.clear();
}

void DevServer::restart(int downtimeMs)
{
    qCInfo(lcServer) << "restart: dropping" << connectionCount() << "connections, downtime" << downtimeMs
                     << "ms";
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_upgrading)) {
        if (socket)
            socket->abort();
    }
    m_upgrading.clear();
    dropAdminConnections();
    m_faults.dropConnections();
    if (downtimeMs > 0) {
        m_tcp.close();
        QTimer::singleShot(downtimeMs, this, [this] {
            if (!listen())
                qCWarning(lcServer).noquote() << m_error;
        });
    }
    emit restarted();
}

int DevServer::connectionCount() const
{
    return int(sessions().size());
}

QList<ServerSession*> DevServer::sessions() const
{
    QList<ServerSession*> open;
    for (const QPointer<ServerSession>& session : m_sessions) {
        if (session && session->isOpen())
            open.append(session);
    }
    return open;
}

void DevServer::onTcpConnection()
{
    while (QTcpSocket* socket = m_tcp.nextPendingConnection()) {
        socket->setProperty(kGateProperty, true);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { routeUpgrade(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, [socket] {
            if (socket->property(kGateProperty).toBool())
                socket->deleteLater();
        });
        QTimer::singleShot(kRequestHeadTimeoutMs, socket, [socket] {
            if (socket->property(kGateProperty).toBool())
                socket->abort();
        });
    }
}

void DevServer::routeUpgrade(QTcpSocket* socket)
{
    // Look at the request line before QWebSocketServer does the handshake: the real router answers 404
    // for any path but the DWP one (§2 "Endpoint"), which QWebSocketServer alone would accept.
    const QByteArray head = socket->peek(kMaxRequestHead);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= kMaxRequestHead) {
            socket->write("HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
        return;
    }
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.size() >= 2 ? requestLine[1] : QByteArray();
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    socket->setProperty(kGateProperty, false);
    if (!m_config.restBasePath.isEmpty() && m_adminRoutes.serves(path)) {
        // REST shares the port with DWP, as in Dispatch's forge extension (§8).
        m_adminSockets.removeAll(nullptr);
        m_adminSockets.append(socket);
        new AdminHttpConnection(socket, m_adminRoutes);
        return;
    }
    if (path != m_config.path.toUtf8()) {
        qCDebug(lcServer) << "404 for" << target;
        static const QByteArray notFound =
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Length: 19\r\nConnection: close\r\n\r\n404 page not found\n";
        socket->write(notFound);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    m_upgrading.removeAll(nullptr);
    m_upgrading.append(socket);
    m_webSockets.handleConnection(socket);
}

void DevServer::onWebSocket()
{
    while (QWebSocket* webSocket = m_webSockets.nextPendingConnection()) {
        // Find the TCP socket under it (same peer), for writes QWebSocket cannot make (msgpack in text).
        QTcpSocket* tcp = nullptr;
        for (qsizetype i = 0; i < m_upgrading.size(); ++i) {
            QTcpSocket* candidate = m_upgrading[i];
            if (candidate && candidate->peerPort() == webSocket->peerPort() &&
                candidate->peerAddress() == webSocket->peerAddress()) {
                tcp = candidate;
                m_upgrading.removeAt(i);
                break;
            }
        }
        auto* session = new ServerSession(webSocket, tcp, m_environment, nextSessionId(), this);
        m_sessions.removeAll(nullptr);
        m_sessions.append(session);
        m_faults.track(session);
        const QString id = session->sessionId();
        connect(session, &ServerSession::authenticated, this, &DevServer::connectionAuthenticated);
        connect(session, &ServerSession::closed, this, [this, session, id] {
            m_sessions.removeAll(session);
            session->deleteLater();
            emit connectionClosed(id);
        });
        emit connectionOpened(id);
    }
}

QString DevServer::nextSessionId()
{
    // forge's connection id is "ws_<UnixNano>" (§2 step 7); two connections in one nanosecond of simulated
    // time would collide, so keep them strictly increasing.
    m_lastSessionNanos = std::max(m_lastSessionNanos + 1, m_clock.nowNanos());
    return QStringLiteral("ws_%1").arg(m_lastSessionNanos);
}

} // namespace devserver
