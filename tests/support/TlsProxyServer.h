// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocketServer>

class QWebSocket;

namespace testsupport {

// A wss:// front for a ws:// devserver: a QWebSocketServer in SecureMode with one of the self-signed test
// certificates in tests/data, relaying every message both ways to the upstream URL. The devserver itself
// speaks no TLS; this is what lets client tests see real certificate errors and, once trusted, a real
// session behind them.
class TlsProxyServer : public QObject
{
    Q_OBJECT

public:
    // certificateName: "tls-test-a" or "tls-test-b" (tests/data/<name>.crt and .key).
    TlsProxyServer(const QUrl& upstream, const QString& certificateName, QObject* parent = nullptr);
    ~TlsProxyServer() override;

    bool isListening() const { return m_server.isListening(); }
    QString error() const { return m_error; }
    QUrl url() const; // wss://127.0.0.1:<port>/dwp
    // The raw SHA-256 digest of the served certificate's DER.
    QByteArray certificateSha256() const { return m_sha256; }
    // TLS connections accepted so far (a reconnect storm would show here).
    int acceptedConnections() const { return m_accepted; }
    // Handshakes that failed on our side, which is how a client refusing the certificate looks from here.
    int failedHandshakes() const { return m_failedHandshakes; }

    static QString dataPath(const QString& fileName);

private:
    void onNewConnection();

    QWebSocketServer m_server;
    QUrl m_upstream;
    QByteArray m_sha256;
    QString m_error;
    int m_accepted = 0;
    int m_failedHandshakes = 0;
};

} // namespace testsupport
