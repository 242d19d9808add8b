// SPDX-License-Identifier: MIT
#pragma once

#include "client/RunStartCorrelator.h"
#include "client/Subscription.h"
#include "protocol/CancelResult.h"
#include "protocol/CertificateProblem.h"
#include "protocol/ClientOptions.h"
#include "protocol/ClientState.h"
#include "protocol/EnqueueResult.h"
#include "protocol/EventPublishResult.h"
#include "protocol/Job.h"
#include "protocol/ServerStats.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowRun.h"
#include "protocol/WorkflowStartResult.h"

#include <QObject>
#include <exception>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

namespace dispatch {

class ConnectionSupervisor;
class FrameRouter;
class PendingRequestMap;
class SubscriptionRegistry;

// The DWP client: the TypeScript SDK's API as QCoro tasks, plus signals for the models — and correct against
// the real server where every official SDK is not (dwp-protocol.md, short list):
// - events reach subscriptions by topic rules, not channel equality (§5);
// - credits are topped up before they run out (§5);
// - a reconnect re-authenticates, re-subscribes, fails in-flight calls with ConnectionError and re-fetches
//   watched runs (§5, §11);
// - DWP pings detect a dead peer (two missed pongs → reconnect);
// - workflow.start gets a connection of its own, since the server answers it only when the run ends (§2, §3);
// - msgpack goes out in binary messages, and a server that answers in text-framed msgpack (QWebSocket closes
//   with 1007) is talked to in JSON from then on, said once (§2, §6).
// Every task settles: with its result, or with a DispatchError subclass (protocol/DispatchErrors.h).
//
// A façade over one part per responsibility: ConnectionSupervisor (the main connection: connect, heartbeat,
// reconnect, give up), SubscriptionRegistry (subscriptions, credits, re-subscribing), RunStartCorrelator
// (workflow.start's run id and its own connection), PendingRequestMap + FrameRouter (calls and replies). The
// typed calls are in DispatchClientCalls.cpp.
class DispatchClient : public QObject
{
    Q_OBJECT

public:
    explicit DispatchClient(ClientOptions options, QObject* parent = nullptr);
    ~DispatchClient() override;

    const ClientOptions& options() const { return m_options; }
    ClientState state() const;
    QString sessionId() const;
    dwp::WireFormat activeFormat() const;

    // Connects and authenticates; resolves with the session id. With reconnect on, a failed first attempt
    // keeps retrying in the background (stateChanged says when) while this task fails with the first error.
    QCoro::Task<QString> connect();
    // Closes for good: pending calls fail with ConnectionError, subscriptions end, no reconnect.
    void close();
    // The operator's Disconnect: the connection drops and stays down (state Disconnected), pending calls fail
    // with ConnectionError, subscriptions stay and are renewed by the next connection.
    void disconnectFromServer();
    // The operator's Reconnect now: one attempt at once, skipping the backoff wait, also after
    // disconnectFromServer() or after giving up (subscriptions ended by giving up are not renewed). Nothing
    // while connected, while an attempt is under way, or after close().
    void reconnectNow();
    bool isDisconnectedByUser() const;

    QCoro::Task<dwp::EnqueueResult> enqueue(QString name, QByteArray payloadJson,
                                            EnqueueOptions options = {});
    QCoro::Task<dwp::Job> getJob(QString jobId, CallOptions options = {});
    // Relabels the job as cancelled; the server emits no event and does not stop a running handler (§3).
    QCoro::Task<dwp::CancelResult> cancelJob(QString jobId, CallOptions options = {});
    // Runs on a connection of its own. onRunIdKnown, if given, is called as soon as the run's
    // workflow.started event is seen on the main connection — long before this task resolves when the run
    // waits or sleeps.
    QCoro::Task<dwp::WorkflowStartResult>
    startWorkflow(QString name, QByteArray inputJson,
                  std::function<void(const QString& runId)> onRunIdKnown = {}, CallOptions options = {});
    QCoro::Task<dwp::WorkflowRun> getWorkflow(QString runId, CallOptions options = {});
    QCoro::Task<QList<dwp::TimelineEntry>> workflowTimeline(QString runId, CallOptions options = {});
    QCoro::Task<dwp::EventPublishResult> publishEvent(QString name, QByteArray payloadJson,
                                                      CallOptions options = {});
    QCoro::Task<dwp::ServerStats> stats(CallOptions options = {});

    // The subscription is live locally before the request goes out, so events that beat the reply (§5) are
    // kept. Throws DispatchError 400 with the server's message for an invalid channel, checked locally first.
    QCoro::Task<std::unique_ptr<Subscription>> subscribe(QString channel);
    // subscribe("workflow:<runId>"), and after each reconnect watchedRunRefreshed() with the run re-fetched.
    QCoro::Task<std::unique_ptr<Subscription>> watch(QString runId);
    // Ends every subscription on the channel and tells the server.
    QCoro::Task<void> unsubscribe(QString channel);

    // Counters for the status bar, tests and benchmarks.
    qint64 eventsReceived() const { return m_eventsReceived; }
    qint64 undecodableFrames() const { return m_undecodableFrames; }
    qsizetype pendingCalls() const;
    // Replies that matched no pending call (late after a timeout, or for an id we never sent), dropped.
    qint64 droppedResponses() const;
    // Success responses without correl_id: answers to nothing we asked (we always send an id), dropped.
    qint64 strayResponses() const;

signals:
    void stateChanged(dispatch::ClientState state);
    // Set while Reconnecting: when the next attempt starts.
    void reconnectScheduled(std::chrono::milliseconds delay, int attempt);
    void sessionStarted(const QString& sessionId);
    // The main connection was lost; what follows is a reconnect (reconnectScheduled) or giving up.
    void connectionLost(const QString& reason);
    // Every event received on the main connection, once, before it is routed to subscriptions.
    void eventReceived(const dwp::StreamEvent& event);
    void pingRoundTrip(std::chrono::milliseconds roundTrip);
    // Something the operator should know that did not fail a call (undecodable frame, fallback to JSON, ...).
    void warning(const QString& message);
    // The reason the client gave up (token rejected, retries exhausted); state is then Closed.
    void fatalError(const QString& message, int code);
    // The server's TLS certificate failed verification and is not trusted; emitted before the client gives
    // up (state Closed, then fatalError). It does not retry: trusting the certificate
    // (ConnectionSettings::trustedCertificateSha256) and connecting again is the operator's decision.
    void certificateRejected(const dispatch::CertificateProblem& problem);
    // The server answered `method` with 403: the token lacks the method's scope. The auth reply names no
    // scopes, so this is how a client learns them (dwp-protocol.md §1).
    void permissionRefused(const QString& method);
    void watchedRunRefreshed(const dwp::WorkflowRun& run, const QList<dwp::TimelineEntry>& timeline);

private:
    QCoro::Task<QByteArray> call(QString method, QByteArray dataJson, std::chrono::milliseconds deadline);
    void forwardSupervisorSignals();
    void routeFrames();
    QCoro::Task<void> afterSessionStarted();
    QCoro::Task<void> refreshWatchedRuns();
    void onEvent(const dwp::StreamEvent& event);
    void onConnectionLost(const QString& reason);
    void onGaveUp(const QString& message, int code, std::exception_ptr error);
    // close() and the destructor: closed first, then every call and subscription ended with `reason`.
    void shutDown(const QString& reason, bool announce);
    std::chrono::milliseconds deadlineFor(CallOptions options) const;

    ClientOptions m_options;
    // Declared first, destroyed last: the parts below hold references to it or to one another.
    std::unique_ptr<ConnectionSupervisor> m_connection;
    std::unique_ptr<PendingRequestMap> m_pending;
    std::unique_ptr<SubscriptionRegistry> m_subscriptions;
    std::unique_ptr<FrameRouter> m_router; // reads the registry's list, feeds m_pending
    RunStartCorrelator m_starts;
    qint64 m_eventsReceived = 0;
    qint64 m_undecodableFrames = 0;
};

} // namespace dispatch
