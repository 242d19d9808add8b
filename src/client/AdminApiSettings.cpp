// SPDX-License-Identifier: MIT
#include "client/AdminApiSettings.h"

namespace dispatch {

QUrl AdminApiSettings::derivedBaseUrl(const QUrl& dwpUrl)
{
    const QString scheme = dwpUrl.scheme().toLower();
    QUrl base;
    if (scheme == QLatin1StringView("ws") || scheme == QLatin1StringView("http"))
        base.setScheme(QStringLiteral("http"));
    else if (scheme == QLatin1StringView("wss") || scheme == QLatin1StringView("https"))
        base.setScheme(QStringLiteral("https"));
    else
        return QUrl();
    if (dwpUrl.host().isEmpty())
        return QUrl();
    base.setHost(dwpUrl.host());
    base.setPort(dwpUrl.port());
    base.setPath(QStringLiteral("/dispatch"));
    return base;
}

} // namespace dispatch
