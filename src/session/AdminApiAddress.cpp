// SPDX-License-Identifier: MIT
#include "session/AdminApiAddress.h"

namespace dispatch::AdminApiAddress {

QUrl resolve(const AdminApiChoice& choice, const QUrl& dwpUrl)
{
    switch (choice.location) {
    case AdminApiChoice::Location::Derived:
        return AdminApiSettings::derivedBaseUrl(dwpUrl);
    case AdminApiChoice::Location::Custom:
        return choice.url;
    case AdminApiChoice::Location::Off:
        break;
    }
    return {};
}

AdminApiSettings settingsFor(const AdminApiChoice& choice, const ConnectionSettings& connection)
{
    AdminApiSettings settings;
    settings.baseUrl = resolve(choice, connection.url);
    settings.trustedCertificateSha256 = connection.trustedCertificateSha256;
    if (choice.sendTokenAsBearer)
        settings.bearerToken = connection.token;
    return settings;
}

} // namespace dispatch::AdminApiAddress
