// SPDX-License-Identifier: MIT
#pragma once

#include "client/ReconnectBackoff.h"
#include "protocol/CertificateProblem.h"
#include "protocol/ClientOptions.h"
#include "protocol/ClientState.h"
#include "protocol/ConnectionSettings.h"
#include "protocol/Frame.h"
#include "protocol/StreamEvent.h"

#include <QObject>
#include <QTimer>
#include <exception>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

namespace dispatch {

class DwpConnection;

// A DispatchClient's main connection and its life: connect and authenticate, keep it (DwpConnection's
// heartbeat finds a dead peer, §2), reconnect with backoff, fall back to JSON from text-framed msgpack (§2,
// §6), and give up — on a rejected token or certificate, with reconnects off, or when the retries are spent.
// It knows nothing of calls or subscriptions: it hands frames on and says when a session starts, when the
// connection is lost and when it gave up, for the owner to settle what depended on the connection.
class ConnectionSupervisor : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        // Right after authentication, before the state says Ready: frames that must go first (credits, §5).
        std::function<void()> authenticated;
        // After every (re)authentication, awaited before connect() resolves: re-subscribing, re-fetching.
        std::function<QCoro::Task<void>()> sessionStarted;
    };

    // `options` must outlive the supervisor (it is its owner's).
    ConnectionSupervisor(const ClientOptions& options, Hooks hooks, QObject* parent = nullptr);
    ~ConnectionSupervisor() override;

    ClientState state() const { return m_state; }
    QString sessionId() const { return m_sessionId; }
    dwp::WireFormat activeFormat() const { return m_activeFormat; }
    bool isClosing() const { return m_closing; }
    // Authenticated, connection alive, not closing: requests can go out.
    bool isReady() const { return m_state == ClientState::Ready && m_sessionLive && !m_closing; }
    // Why a call cannot be sent right now, for its error message.
    QString notConnectedReason() const;
    // What another connection to this server needs (workflow.start's own, DedicatedCall): the main one's
    // settings, in the format the server turned out to speak.
    ConnectionSettings connectionSettings() const;

    // Connects and authenticates; resolves with the session id once the sessionStarted hook is done. With
    // reconnect on, a failed first attempt keeps retrying in the background while this task fails.
    QCoro::Task<QString> connect();
    // Closed for good, before anything else happens: no reconnect, state Closed (said, or set silently when
    // the owner is being destroyed).
    void close(bool announce);
    // The operator's "Disconnect": the connection is dropped on purpose and stays down — no reconnect, state
    // Disconnected, calls fail saying so — until reconnectNow() or connect(). Subscriptions stay registered,
    // so a reconnect re-subscribes them as after any lost connection (§5).
    void disconnectFromServer();
    // The operator's "Reconnect now": an attempt at once, skipping the backoff wait, also after a deliberate
    // disconnect or after giving up; with a fresh count of retries. Nothing while connected or while an
    // attempt is under way (a second one would supersede it).
    void reconnectNow();
    bool isDisconnectedByUser() const { return m_disconnectedByUser; }
    // A frame on the main connection; false if there is none or it refused the frame.
    bool send(const dwp::Frame& frame);

signals:
    void stateChanged(dispatch::ClientState state);
    void reconnectScheduled(std::chrono::milliseconds delay, int attempt);
    void sessionStarted(const QString& sessionId);
    // The main connection is gone; calls waiting on it will get no answer. A reconnect or gaveUp follows
    // unless the supervisor is closing.
    void connectionLost(const QString& reason);
    // The state is Closed already; `error` (a DispatchError) is what waits on the connection end with.
    void gaveUp(const QString& message, int code, std::exception_ptr error);
    void certificateRejected(const dispatch::CertificateProblem& problem);
    void frameReceived(const dwp::Frame& frame);
    void eventReceived(const dwp::StreamEvent& event);
    void undecodableMessage(const QString& reason);
    void pingRoundTrip(std::chrono::milliseconds roundTrip);
    void warning(const QString& message);

private:
    QCoro::Task<void> openMainConnection();
    void followConnectionState(DwpConnection* connection);
    void attachConnection(DwpConnection* connection);
    QCoro::Task<void> startSession(QString sessionId);
    void onMainDisconnected(const QString& reason, bool textFramedMsgpack);
    // What a failed attempt leads to: giving up (token, certificate) or another attempt. `firstAttempt`:
    // connect()'s own, which with reconnect off only says Disconnected (its caller hears the error).
    void afterFailedAttempt(std::exception_ptr error, bool firstAttempt);
    void scheduleReconnect(const QString& reason);
    void attemptReconnect();
    void giveUp(const QString& message, int code, std::exception_ptr error);
    void fallBackToJson();
    void setState(ClientState state);

    const ClientOptions& m_options;
    Hooks m_hooks;
    dwp::WireFormat m_activeFormat;
    ClientState m_state = ClientState::Disconnected;
    QString m_sessionId;
    bool m_sessionLive = false;     // between authentication and the connection's end
    QString m_lastDisconnectReason; // said by calls made while not connected
    std::unique_ptr<DwpConnection> m_main;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    bool m_closing = false;
    bool m_disconnectedByUser = false; // disconnectFromServer() until reconnectNow() or connect()
    int m_attemptsUnderWay = 0;        // openMainConnection() calls not yet settled
    bool m_warnedFallback = false;
};

} // namespace dispatch
