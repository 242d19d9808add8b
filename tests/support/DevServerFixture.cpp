// SPDX-License-Identifier: MIT
#include "support/DevServerFixture.h"

#include <QDateTime>

namespace testsupport {

devserver::DevServerConfig DevServerFixture::binaryMsgpackConfig()
{
    devserver::DevServerConfig config = defaultConfig();
    config.msgpackFraming = devserver::MsgpackFraming::Binary;
    return config;
}

devserver::DevServerConfig DevServerFixture::realTimeConfig()
{
    devserver::DevServerConfig config = defaultConfig();
    config.clockStartNanos = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    config.speed = 1.0;
    return config;
}

devserver::DevServerConfig DevServerFixture::defaultConfig()
{
    devserver::DevServerConfig config;
    config.port = 0;
    config.workload = devserver::WorkloadKind::Idle;
    config.speed = 0;                                         // manual
    config.clockStartNanos = qint64(1795343400) * 1000000000; // 2026-11-22T10:30:00Z, as the golden frames
    config.seed = 1;
    return config;
}

DevServerFixture::DevServerFixture(const devserver::DevServerConfig& config)
    : m_server(std::make_unique<devserver::DevServer>(config))
{
    m_server->start();
}

std::unique_ptr<RawDwpClient> DevServerFixture::connectClient(const QString& token, dwp::WireFormat format)
{
    auto client = std::make_unique<RawDwpClient>();
    if (!client->open(url()))
        return nullptr;
    const auto reply = client->authenticate(token, format);
    if (!reply || reply->type != dwp::FrameType::Response)
        return nullptr;
    return client;
}

} // namespace testsupport
