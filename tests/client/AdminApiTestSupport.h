// SPDX-License-Identifier: MIT
#pragma once

#include "client/AdminApiClient.h"
#include "support/DevServerFixture.h"

#include <chrono>

// Settings for an AdminApiClient against the in-process devserver or a hostile peer.
namespace admintest {

inline dispatch::AdminApiSettings settingsFor(const QUrl& baseUrl, int deadlineMs = 5000)
{
    dispatch::AdminApiSettings settings;
    settings.baseUrl = baseUrl;
    settings.requestDeadline = std::chrono::milliseconds(deadlineMs);
    return settings;
}

inline devserver::DevServerConfig configWithLists(bool lists)
{
    devserver::DevServerConfig config = testsupport::DevServerFixture::defaultConfig();
    config.restListRoutes = lists;
    return config;
}

} // namespace admintest
