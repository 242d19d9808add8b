// SPDX-License-Identifier: MIT
#include "devserver/FaultInjector.h"

#include "devserver/ServerSession.h"

namespace devserver {

void FaultInjector::track(ServerSession* session)
{
    m_sessions.removeAll(nullptr);
    m_sessions.append(session);
}

QList<ServerSession*> FaultInjector::sessions() const
{
    QList<ServerSession*> open;
    for (const QPointer<ServerSession>& session : m_sessions) {
        if (session && session->isOpen())
            open.append(session);
    }
    return open;
}

void FaultInjector::sendGarbage()
{
    for (ServerSession* session : sessions())
        session->sendGarbage();
}

void FaultInjector::sendUnknownTypeFrame()
{
    for (ServerSession* session : sessions())
        session->sendUnknownTypeFrame();
}

void FaultInjector::sendOversizedFrame(int bytes)
{
    for (ServerSession* session : sessions())
        session->sendOversizedFrame(bytes);
}

void FaultInjector::sendUncorrelatedError()
{
    for (ServerSession* session : sessions())
        session->sendUncorrelatedError();
}

void FaultInjector::sendStrayResponse()
{
    for (ServerSession* session : sessions())
        session->sendStrayResponse();
}

void FaultInjector::dropConnections()
{
    for (ServerSession* session : sessions())
        session->dropConnection();
}

} // namespace devserver
