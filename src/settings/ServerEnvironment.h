// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace dispatch {

// What a server profile points at. The badge in the connection bar shows it in colour so that nobody
// cancels a job on production believing they are on staging.
enum class ServerEnvironment
{
    Production,
    Staging,
    Development,
    Local
};

inline constexpr ServerEnvironment allServerEnvironments[] = {
    ServerEnvironment::Production, ServerEnvironment::Staging, ServerEnvironment::Development,
    ServerEnvironment::Local};

// The name stored in the settings file: "production", "staging", "development", "local".
QString serverEnvironmentKey(ServerEnvironment environment);
std::optional<ServerEnvironment> serverEnvironmentFromKey(const QString& key);
// The name shown to people, translated ("Production").
QString serverEnvironmentLabel(ServerEnvironment environment);

} // namespace dispatch
