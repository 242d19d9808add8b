// SPDX-License-Identifier: MIT
#pragma once

#include "client/CreditWindow.h"
#include "client/Subscription.h"
#include "protocol/Frame.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <exception>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

namespace dispatch {

// Every live subscription of a DispatchClient and what the server must know about them (dwp-protocol.md §5):
// - subscribe and unsubscribe requests, one per channel however many local subscriptions share it;
// - flow-control credits, granted after every authentication and topped up as events arrive (the server
//   grants 1000 per connection and silently drops events at zero);
// - re-subscribing after every reconnect, since nothing survives a dropped connection.
// A subscription is live locally before its request goes out, so events that beat the reply are kept (§5).
// It also holds the `workflows` topic while workflow.start calls wait for their run id (RunStartCorrelator).
class SubscriptionRegistry : public QObject
{
    Q_OBJECT

public:
    // What the registry needs of the main connection. A seam: tests give it functions of their own.
    struct Link
    {
        // A request on the main connection, resolving with the reply's data (DispatchClient's call()).
        std::function<QCoro::Task<QByteArray>(QString method, QByteArray dataJson)> call;
        // A frame that gets no reply (credits); false if it could not be sent.
        std::function<bool(const dwp::Frame& frame)> send;
        // Authenticated and not closing: requests can go out now.
        std::function<bool()> isReady;
        // close() was called: nothing is to be sent or reported any more.
        std::function<bool()> isClosing;
    };

    SubscriptionRegistry(Link link, qint64 creditWindow, QObject* parent = nullptr);

    // What the frame router reads to deliver events.
    const QList<Subscription*>& subscriptions() const { return m_subscriptions; }

    // Throws BadRequestError with the server's message for an invalid channel, checked locally first. Not
    // connected: the subscription is kept and subscribed with the others on the next (re)connect.
    QCoro::Task<std::unique_ptr<Subscription>> subscribe(QString channel);
    // subscribe("workflow:<runId>"); the run is in watchedRunIds() while the subscription lasts.
    QCoro::Task<std::unique_ptr<Subscription>> watch(QString runId);
    // Ends every subscription on the channel and tells the server.
    QCoro::Task<void> unsubscribe(QString channel);
    // The runs of live watch() subscriptions, each once: what to re-fetch after a reconnect (§5, §11).
    QStringList watchedRunIds() const;

    // Makes sure the connection hears workflow.started (§3) until the matching release.
    QCoro::Task<void> holdWorkflowsTopic();
    void releaseWorkflowsTopic();

    // Right after authentication, before anything else is sent: the first credits of this connection.
    void grantInitialCredits();
    // After every (re)authentication: every channel again, each once.
    QCoro::Task<void> resubscribeAll();
    // Every event frame, readable or not, spent one of the server's credits.
    void onEventFrame();

    // The client closes (finish) or gave up on its connection (fail, `error` is what events() throws).
    void finishAll(const QString& reason);
    void failAll(const QString& message, std::exception_ptr error);

signals:
    void warning(const QString& message);

private:
    bool isServerSubscribed(const QString& channel) const;
    QStringList channelsToRestore() const;
    void release(Subscription* subscription);
    void sendUnsubscribe(QString channel);
    void sendCredits(qint64 credits);
    QList<QPointer<Subscription>> takeAll();

    Link m_link;
    CreditWindow m_credits;
    QList<Subscription*> m_subscriptions;
    QHash<Subscription*, QString> m_watched; // watch() subscriptions → run id
    int m_workflowsHolds = 0;
};

} // namespace dispatch
