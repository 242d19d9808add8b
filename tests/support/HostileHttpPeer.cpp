// SPDX-License-Identifier: MIT
#include "support/HostileHttpPeer.h"

#include "support/TlsProxyServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace testsupport {
namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

HostileHttpPeer::HostileHttpPeer(Script script, QObject* parent)
    : QTcpServer(parent), m_script(std::move(script))
{
    if (!listen(QHostAddress::LocalHost, 0))
        m_error = errorString();
}

bool HostileHttpPeer::useTls(const QString& certificateName)
{
    m_certificatePem = readFile(TlsProxyServer::dataPath(certificateName + QStringLiteral(".crt")));
    m_keyPem = readFile(TlsProxyServer::dataPath(certificateName + QStringLiteral(".key")));
    const QSslCertificate certificate(m_certificatePem);
    if (certificate.isNull() || m_keyPem.isEmpty()) {
        m_error = QStringLiteral("cannot read test certificate %1").arg(certificateName);
        return false;
    }
    m_sha256 = certificate.digest(QCryptographicHash::Sha256);
    m_tls = true;
    return true;
}

QUrl HostileHttpPeer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    url.setPath(QStringLiteral("/dispatch"));
    return url;
}

QByteArray HostileHttpPeer::response(int status, const QByteArray& contentType, const QByteArray& body,
                                     const QByteArray& extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n";
    return out + body;
}

void HostileHttpPeer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        serve(socket);
        return;
    }
    auto* socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(m_certificatePem));
    configuration.setPrivateKey(QSslKey(m_keyPem, QSsl::Ec));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(configuration);
    serve(socket);
    socket->startServerEncryption();
}

void HostileHttpPeer::serve(QTcpSocket* socket)
{
    auto* head = new QByteArray;
    connect(socket, &QObject::destroyed, socket, [head] { delete head; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
        *head += socket->readAll();
        const qsizetype end = head->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_requestHeads.append(head->left(end));
        const QByteArray requestLine = head->left(head->indexOf("\r\n"));
        head->clear();
        if (m_script.silent)
            return;
        QByteArray response = m_responder ? m_responder(requestLine) : QByteArray();
        if (response.isEmpty())
            response = m_script.response;
        QTimer::singleShot(m_script.delayMs, socket, [this, socket, response] {
            socket->write(response);
            if (m_script.closeAfter)
                socket->disconnectFromHost();
        });
    });
}

} // namespace testsupport
