// SPDX-License-Identifier: MIT
#include "support/TlsProxyServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>

namespace testsupport {
namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Relays one accepted wss connection to a fresh ws connection upstream. Messages that arrive before the
// upstream is open wait in order; either side closing closes the other.
void relay(QWebSocket* downstream, const QUrl& upstreamUrl)
{
    auto* upstream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, downstream);
    auto* waiting = new QList<std::pair<bool, QByteArray>>;
    QObject::connect(downstream, &QObject::destroyed, [waiting] { delete waiting; });
    auto forward = [upstream, waiting](bool binary, const QByteArray& bytes) {
        if (upstream->state() != QAbstractSocket::ConnectedState) {
            waiting->append({binary, bytes});
            return;
        }
        if (binary)
            upstream->sendBinaryMessage(bytes);
        else
            upstream->sendTextMessage(QString::fromUtf8(bytes));
    };
    QObject::connect(downstream, &QWebSocket::textMessageReceived, upstream,
                     [forward](const QString& text) { forward(false, text.toUtf8()); });
    QObject::connect(downstream, &QWebSocket::binaryMessageReceived, upstream,
                     [forward](const QByteArray& bytes) { forward(true, bytes); });
    QObject::connect(upstream, &QWebSocket::connected, upstream, [upstream, waiting] {
        for (const auto& [binary, bytes] : std::as_const(*waiting)) {
            if (binary)
                upstream->sendBinaryMessage(bytes);
            else
                upstream->sendTextMessage(QString::fromUtf8(bytes));
        }
        waiting->clear();
    });
    QObject::connect(upstream, &QWebSocket::textMessageReceived, downstream,
                     [downstream](const QString& text) { downstream->sendTextMessage(text); });
    QObject::connect(upstream, &QWebSocket::binaryMessageReceived, downstream,
                     [downstream](const QByteArray& bytes) { downstream->sendBinaryMessage(bytes); });
    QObject::connect(upstream, &QWebSocket::disconnected, downstream, [downstream] { downstream->abort(); });
    QObject::connect(downstream, &QWebSocket::disconnected, downstream, [downstream, upstream] {
        upstream->disconnect(downstream);
        upstream->abort();
        downstream->deleteLater();
    });
    upstream->open(upstreamUrl);
}

} // namespace

QString TlsProxyServer::dataPath(const QString& fileName)
{
    return QStringLiteral(DM_TEST_DATA_DIR "/") + fileName;
}

TlsProxyServer::TlsProxyServer(const QUrl& upstream, const QString& certificateName, QObject* parent)
    : QObject(parent), m_server(QStringLiteral("dm-tls-proxy"), QWebSocketServer::SecureMode),
      m_upstream(upstream)
{
    const QSslCertificate certificate(readFile(dataPath(certificateName + QStringLiteral(".crt"))));
    const QSslKey key(readFile(dataPath(certificateName + QStringLiteral(".key"))), QSsl::Ec);
    if (certificate.isNull() || key.isNull()) {
        m_error =
            QStringLiteral("cannot read test certificate %1 from %2").arg(certificateName, dataPath({}));
        return;
    }
    m_sha256 = certificate.digest(QCryptographicHash::Sha256);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QWebSocketServer::newConnection, this, &TlsProxyServer::onNewConnection);
    connect(&m_server, &QWebSocketServer::peerVerifyError, this, [this] { ++m_failedHandshakes; });
    connect(&m_server, &QWebSocketServer::sslErrors, this, [this] { ++m_failedHandshakes; });
    connect(&m_server, &QWebSocketServer::acceptError, this, [this] { ++m_failedHandshakes; });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        m_error = m_server.errorString();
}

TlsProxyServer::~TlsProxyServer()
{
    m_server.close();
}

QUrl TlsProxyServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(m_upstream.path());
    return url;
}

void TlsProxyServer::onNewConnection()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        relay(socket, m_upstream);
    }
}

} // namespace testsupport
