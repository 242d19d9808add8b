// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <functional>

class QTcpSocket;

namespace testsupport {

// A tiny HTTP server that answers every request with the same scripted bytes, for the faults a REST client
// must survive: a proxy's HTML error page, a body that is not JSON or breaks off, an oversized body, a
// redirect, an answer that comes too late or never. With a test certificate (tests/data) it speaks TLS, so
// certificate refusal can be tested too.
class HostileHttpPeer : public QTcpServer
{
    Q_OBJECT

public:
    struct Script
    {
        QByteArray response; // written as is, after the request head arrived
        int delayMs = 0;     // before writing
        bool silent = false; // never answer (the connection stays open)
        bool closeAfter = true;
    };

    // Answers a request line ("GET /dispatch/v1/stats HTTP/1.1") with the bytes it returns, or with the
    // script's response when it returns none: an admin API that is found and then fails on one route.
    using Responder = std::function<QByteArray(const QByteArray& requestLine)>;

    explicit HostileHttpPeer(Script script, QObject* parent = nullptr);
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Serve TLS with tests/data/<certificateName>.crt/.key; call before the first connection.
    bool useTls(const QString& certificateName);

    bool isReady() const { return isListening() && m_error.isEmpty(); }
    QString error() const { return m_error; }
    // http(s)://127.0.0.1:<port>/dispatch — what a client would derive from ws(s)://…:<port>/dwp.
    QUrl baseUrl() const;
    QByteArray certificateSha256() const { return m_sha256; }
    const QList<QByteArray>& requestHeads() const { return m_requestHeads; }

    // A complete HTTP/1.1 response with Content-Length, for scripts.
    static QByteArray response(int status, const QByteArray& contentType, const QByteArray& body,
                               const QByteArray& extraHeaders = QByteArray());

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket* socket);

    Script m_script;
    Responder m_responder;
    bool m_tls = false;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    QByteArray m_sha256;
    QString m_error;
    QList<QByteArray> m_requestHeads;
};

} // namespace testsupport
