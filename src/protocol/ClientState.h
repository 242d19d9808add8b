// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace dispatch {
Q_NAMESPACE

// What the client is doing, in the words the connection bar shows: the phases of a DWP connection
// (dwp-protocol.md §2) plus waiting to reconnect. In the protocol layer so the session and the window can
// name it without including the client.
enum class ClientState
{
    Disconnected,   // never connected, or close() was called before connect()
    Connecting,     // opening the WebSocket
    Authenticating, // the socket is open, the auth frame is out
    Ready,          // authenticated: calls and events flow
    Reconnecting,   // lost the connection; the next attempt is scheduled (see reconnectDelay)
    Closed,         // closed for good: close() was called, the token was rejected, or retries ran out
};
Q_ENUM_NS(ClientState)

} // namespace dispatch
