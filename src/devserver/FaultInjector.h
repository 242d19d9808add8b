// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/FaultPlan.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace devserver {

class ServerSession;

// The in-process handle on fault injection (tests, the demo app). The plan applies to every connection,
// live: sessions consult it at each decision. The one-shot actions act on every open connection now.
// A whole-server restart is DevServer::restart().
class FaultInjector : public QObject
{
    Q_OBJECT

public:
    explicit FaultInjector(QObject* parent = nullptr) : QObject(parent) {}

    const FaultPlan& plan() const { return m_plan; }
    void setPlan(const FaultPlan& plan) { m_plan = plan; }
    void clear() { m_plan = FaultPlan(); }

    void sendGarbage();
    void sendUnknownTypeFrame();
    void sendOversizedFrame(int bytes);
    void dropConnections(); // TCP abort, no close frame
    // An error frame without correl_id, as the server sends for a frame it could not decode (§2 step 2).
    void sendUncorrelatedError();
    // A response whose correl_id names a request nobody sent.
    void sendStrayResponse();

    void track(ServerSession* session);
    QList<ServerSession*> sessions() const;

private:
    FaultPlan m_plan;
    QList<QPointer<ServerSession>> m_sessions;
};

} // namespace devserver
