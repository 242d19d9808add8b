// SPDX-License-Identifier: MIT
#pragma once

#include "support/DevServerFixture.h"
#include "support/RawDwpClient.h"

#include <QString>
#include <QUrl>
#include <memory>

// The server the wire conformance suite talks to, over the wire only (RawDwpClient, RawWebSocketProbe):
// - DM_CONFORMANCE_URL set: that server (any DWP server, the real Dispatch among them), with tokens from
//   DM_CONFORMANCE_TOKEN (scope "*", required), DM_CONFORMANCE_READER_TOKEN (scope job:read) and
//   DM_CONFORMANCE_ADMIN_TOKEN (scope admin); a case whose token is not given is skipped, visibly;
// - otherwise: an in-process devserver checking API keys, with one token of each kind.
// The server must check tokens (not accept any, as the devserver's default does) for the auth cases.
class ConformanceTarget
{
public:
    ConformanceTarget();
    ~ConformanceTarget();

    // Empty when the target can be used; otherwise what is missing.
    QString problem() const { return m_problem; }
    bool isExternal() const { return !m_fixture; }
    QUrl url() const { return m_url; }

    QString token() const { return m_token; }
    QString readerToken() const { return m_readerToken; }
    QString adminToken() const { return m_adminToken; }

    // Opened, not authenticated; null when the WebSocket did not open.
    std::unique_ptr<testsupport::RawDwpClient> open() const;
    // Opened and authenticated with `token` (the full-scope token when empty); null when either step failed.
    std::unique_ptr<testsupport::RawDwpClient> connect(const QString& token = QString(),
                                                       dwp::WireFormat format = dwp::WireFormat::Json) const;

private:
    std::unique_ptr<testsupport::DevServerFixture> m_fixture;
    QUrl m_url;
    QString m_token;
    QString m_readerToken;
    QString m_adminToken;
    QString m_problem;
};

// Skips the test function, visibly, when the target has no token of that kind.
#define DM_REQUIRE_CONFORMANCE_TOKEN(token, variable)                                                        \
    do {                                                                                                     \
        if ((token).isEmpty())                                                                               \
            QSKIP("set " variable " to run this case against an external server");                           \
    } while (false)

// Skips the test function, visibly, for a wss:// target: RawWebSocketProbe speaks plain TCP.
#define DM_REQUIRE_PLAIN_WS(target)                                                                          \
    do {                                                                                                     \
        if ((target).url().scheme() != QLatin1String("ws"))                                                  \
            QSKIP("this case reads raw WebSocket frames, which needs a ws:// address");                      \
    } while (false)
