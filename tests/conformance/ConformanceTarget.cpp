// SPDX-License-Identifier: MIT
#include "ConformanceTarget.h"

#include "devserver/TokenSpec.h"

namespace {

const QString kAllToken = QStringLiteral("conformance-all");
const QString kReaderToken = QStringLiteral("conformance-reader");
const QString kAdminToken = QStringLiteral("conformance-admin");

devserver::DevServerConfig checkingKeys()
{
    // msgpack frames in binary messages, unlike the real server (text, §2): the msgpack cases read replies
    // through QWebSocket, which closes a text message of msgpack bytes with 1007. Against a real server those
    // cases fail for that reason (README, "Conformance against a real server"); tests/devserver checks the
    // text default.
    auto config = testsupport::DevServerFixture::binaryMsgpackConfig();
    config.tokens.setMode(devserver::TokenStore::Mode::ApiKeys);
    for (const QString& spec : {kAllToken + QStringLiteral("=*"), kReaderToken + QStringLiteral("=job:read"),
                                kAdminToken + QStringLiteral("=admin")})
        config.tokens.add(*devserver::TokenSpec::parse(spec));
    return config;
}

} // namespace

ConformanceTarget::ConformanceTarget()
{
    const QString external = qEnvironmentVariable("DM_CONFORMANCE_URL");
    if (external.isEmpty()) {
        m_fixture = std::make_unique<testsupport::DevServerFixture>(checkingKeys());
        if (!m_fixture->isRunning())
            m_problem = QStringLiteral("the devserver did not start: %1").arg(m_fixture->error());
        m_url = m_fixture->url();
        m_token = kAllToken;
        m_readerToken = kReaderToken;
        m_adminToken = kAdminToken;
        return;
    }
    m_url = QUrl(external, QUrl::StrictMode);
    m_token = qEnvironmentVariable("DM_CONFORMANCE_TOKEN");
    m_readerToken = qEnvironmentVariable("DM_CONFORMANCE_READER_TOKEN");
    m_adminToken = qEnvironmentVariable("DM_CONFORMANCE_ADMIN_TOKEN");
    if (!m_url.isValid() || (m_url.scheme() != u"ws" && m_url.scheme() != u"wss"))
        m_problem =
            QStringLiteral("DM_CONFORMANCE_URL must be a ws:// or wss:// address, not \"%1\"").arg(external);
    else if (m_token.isEmpty())
        m_problem =
            QStringLiteral("DM_CONFORMANCE_URL is set but DM_CONFORMANCE_TOKEN (a token of scope *) is not");
}

ConformanceTarget::~ConformanceTarget() = default;

std::unique_ptr<testsupport::RawDwpClient> ConformanceTarget::open() const
{
    auto client = std::make_unique<testsupport::RawDwpClient>();
    if (!client->open(m_url))
        return nullptr;
    return client;
}

std::unique_ptr<testsupport::RawDwpClient> ConformanceTarget::connect(const QString& token,
                                                                      dwp::WireFormat format) const
{
    auto client = open();
    if (!client)
        return nullptr;
    const auto reply = client->authenticate(token.isEmpty() ? m_token : token, format);
    if (!reply || reply->type != dwp::FrameType::Response)
        return nullptr;
    return client;
}
