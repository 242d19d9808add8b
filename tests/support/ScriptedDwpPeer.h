// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Frame.h"
#include "protocol/StreamEvent.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>
#include <optional>

namespace testsupport {

// A hostile DWP server written at the TCP level, for what neither the devserver nor QWebSocketServer will
// send: close frames with codes Qt refuses (1012–1014, 999) or without a status, text messages that are not
// JSON, responses without correl_id or for another id, a TCP close at any moment, silence. It answers the
// upgrade and the auth frame (JSON), then hands every decoded request to onRequest; by default it answers
// pings, subscribe and unsubscribe as the real server does, and nothing else. Every action applies to the
// newest connection. JSON only; unfragmented messages only (all a DWP client sends).
class ScriptedDwpPeer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedDwpPeer(QObject* parent = nullptr);
    ~ScriptedDwpPeer() override;

    QUrl url() const;
    int connectionCount() const { return m_connectionCount; }
    int authenticatedCount() const { return m_authenticated; }
    bool hasOpenConnection() const;
    // Every frame the client sent after auth, in arrival order, over all connections.
    const QList<dwp::Frame>& received() const { return m_received; }
    int receivedCount(const QString& method) const;
    QString lastRequestId(const QString& method) const;

    // Called for every frame after auth; replaces the default answers (see answerLikeTheServer()).
    std::function<void(const dwp::Frame&)> onRequest;
    // The default: pong to a ping, a success reply to subscribe and unsubscribe, nothing else.
    void answerLikeTheServer(const dwp::Frame& request);
    bool answerPings = true;
    // A slow server: the upgrade answer and the auth reply each come this late (0: at once).
    int upgradeDelayMs = 0;
    int authDelayMs = 0;

    // `{"id":…,"type":"response","correl_id":correlId,"data":data}`; an empty correlId leaves the key out.
    void sendResponse(const QString& correlId, const QByteArray& dataJson);
    void sendEvent(const dwp::StreamEvent& event);
    // A job.enqueued event, for tests where any event will do.
    static dwp::StreamEvent aJobEvent();
    void sendText(const QByteArray& payload) { sendFrame(0x1, payload); }
    void sendBinary(const QByteArray& payload) { sendFrame(0x2, payload); }
    // A close frame with `code` (absent: no status at all) and `reason`; then the TCP close unless told not
    // to.
    void sendClose(std::optional<quint16> code, const QByteArray& reason, bool thenCloseTcp = true);
    // Ends TCP without a close frame, as the real server does (dwp-protocol.md §2 step 8): on the newest
    // connection, or on the connection-th accepted (0 = the first).
    void closeTcp(int connection = -1);
    // The port refuses every new connection from now on (a server that went away for good).
    void stopListening() { m_server.close(); }

signals:
    void activity();

private:
    struct Peer
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool upgraded = false;
        bool upgradeScheduled = false;
        bool authenticated = false;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void upgrade(Peer& peer);
    void answerAuth(QTcpSocket* socket, const QString& authId);
    Peer* find(QTcpSocket* socket);
    void readFrames(Peer& peer);
    void onMessage(Peer& peer, int opcode, const QByteArray& payload);
    void sendFrame(int opcode, const QByteArray& payload);
    static void writeFrame(QTcpSocket* socket, int opcode, const QByteArray& payload);
    Peer* newest();

    QTcpServer m_server;
    QList<Peer> m_peers;
    QList<dwp::Frame> m_received;
    int m_connectionCount = 0;
    int m_authenticated = 0;
    int m_nextId = 0;
};

} // namespace testsupport
