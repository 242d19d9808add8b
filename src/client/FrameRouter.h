// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Frame.h"
#include "protocol/StreamEvent.h"

#include <QList>
#include <QObject>

namespace dispatch {

class PendingRequestMap;
class Subscription;

// Where each frame decoded on the main connection goes (dwp-protocol.md §2, §5):
// - a response or error to the request it answers, by correl_id; an error without correl_id to the oldest
//   request still unanswered, because the server replies in order and leaves the id out only for a frame it
//   could not decode (§11 item 12); a success without correl_id to nobody (a stray, counted);
// - an event to every active subscription whose channel it reaches by topic rules (never by channel
//   equality: the frame's channel is the entity topic);
// - anything else nowhere (logged).
// The pending requests and the subscription list are the client's; the router only reads the list. It is
// the seam that lets tests and the fuzzer feed frames without a socket.
class FrameRouter : public QObject
{
    Q_OBJECT

public:
    FrameRouter(PendingRequestMap& pending, const QList<Subscription*>& subscriptions,
                QObject* parent = nullptr);

    void route(const dwp::Frame& frame);
    // An event frame the connection decoded on the fast path (DwpConnection::eventReceived).
    void routeEvent(const dwp::StreamEvent& event);
    // Success responses without correl_id, dropped.
    qint64 strayResponses() const { return m_strayResponses; }

signals:
    // Every event frame, readable or not: the server took a credit for it either way.
    void eventFrameArrived();
    // A readable event, once, before it is delivered to subscriptions.
    void eventReceived(const dwp::StreamEvent& event);
    void unreadableEvent(const QString& reason);
    // The server answered with an error that names no request: it could not decode one of ours.
    void requestUnreadable(const QString& message);

private:
    void routeEvent(const dwp::Frame& frame);

    PendingRequestMap& m_pending;
    const QList<Subscription*>& m_subscriptions;
    qint64 m_strayResponses = 0;
};

} // namespace dispatch
