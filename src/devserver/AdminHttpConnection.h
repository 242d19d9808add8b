// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/HttpRequestParser.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace devserver {

class AdminRoutes;

// One HTTP/1.1 connection to the admin API: reads requests one after another (keep-alive, as Qt's network
// access manager reuses connections), answers each through AdminRoutes, and closes on "Connection: close",
// a malformed request or 30 s without one. Lives as a child of its socket, so it goes with it.
class AdminHttpConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleTimeoutMs = 30000;

    // Takes the socket as it is, with any bytes of the first request already buffered in it.
    AdminHttpConnection(QTcpSocket* socket, AdminRoutes& routes);

private:
    void onReadyRead();

    QTcpSocket* m_socket;
    AdminRoutes& m_routes;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_closing = false;
};

} // namespace devserver
