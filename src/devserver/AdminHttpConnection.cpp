// SPDX-License-Identifier: MIT
#include "devserver/AdminHttpConnection.h"

#include "devserver/AdminRoutes.h"
#include "devserver/Logging.h"

#include <QTcpSocket>

namespace devserver {

AdminHttpConnection::AdminHttpConnection(QTcpSocket* socket, AdminRoutes& routes)
    : QObject(socket), m_socket(socket), m_routes(routes)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
    connect(m_socket, &QTcpSocket::readyRead, this, &AdminHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    m_idle.start();
    onReadyRead();
}

void AdminHttpConnection::onReadyRead()
{
    if (m_closing)
        return;
    m_buffer += m_socket->readAll();
    HttpRequest request;
    for (;;) {
        const auto status = m_parser.take(m_buffer, request);
        if (status == HttpRequestParser::Status::Incomplete)
            break;
        if (status == HttpRequestParser::Status::Invalid) {
            qCDebug(lcServer).noquote() << "admin API: refused request:" << m_parser.error();
            HttpResponse refusal =
                AdminActions::plainText(m_parser.errorStatus(), m_parser.error().toUtf8() + '\n');
            m_socket->write(refusal.serialize(false));
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
        const HttpResponse response = m_routes.handle(request);
        qCDebug(lcServer).noquote() << "admin API:" << request.method << request.path << response.status;
        m_socket->write(response.serialize(request.keepAlive));
        if (!request.keepAlive) {
            m_closing = true;
            m_socket->disconnectFromHost();
            return;
        }
    }
    m_idle.start();
}

} // namespace devserver
