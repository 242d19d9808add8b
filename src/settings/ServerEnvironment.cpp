// SPDX-License-Identifier: MIT
#include "settings/ServerEnvironment.h"

#include <QCoreApplication>

namespace dispatch {

QString serverEnvironmentKey(ServerEnvironment environment)
{
    switch (environment) {
    case ServerEnvironment::Production:
        return QStringLiteral("production");
    case ServerEnvironment::Staging:
        return QStringLiteral("staging");
    case ServerEnvironment::Development:
        return QStringLiteral("development");
    case ServerEnvironment::Local:
        return QStringLiteral("local");
    }
    return {};
}

std::optional<ServerEnvironment> serverEnvironmentFromKey(const QString& key)
{
    for (ServerEnvironment environment : allServerEnvironments) {
        if (serverEnvironmentKey(environment) == key.trimmed().toLower())
            return environment;
    }
    return std::nullopt;
}

QString serverEnvironmentLabel(ServerEnvironment environment)
{
    switch (environment) {
    case ServerEnvironment::Production:
        return QCoreApplication::translate("ServerEnvironment", "Production");
    case ServerEnvironment::Staging:
        return QCoreApplication::translate("ServerEnvironment", "Staging");
    case ServerEnvironment::Development:
        return QCoreApplication::translate("ServerEnvironment", "Development");
    case ServerEnvironment::Local:
        return QCoreApplication::translate("ServerEnvironment", "Local");
    }
    return {};
}

} // namespace dispatch
