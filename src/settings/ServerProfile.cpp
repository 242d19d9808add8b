// SPDX-License-Identifier: MIT
#include "settings/ServerProfile.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace dispatch {

bool isLoopbackHost(const QString& host)
{
    const QString name = host.trimmed().toLower();
    if (name == u"localhost" || name.endsWith(u".localhost"))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool ServerProfile::exposesTokenOnTheWire() const
{
    return url.scheme() == u"ws" && !isLoopbackHost(url.host());
}

QString problemWithServerUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate(
            "ServerProfile", "Enter the server's DWP address, for example ws://localhost:8080/dwp.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        //: Under the address field of the profile dialog. %1 is Qt's (English) description of what is wrong
        //: with the URL.
        return QCoreApplication::translate("ServerProfile", "This is not a valid address: %1")
            .arg(url.errorString());
    if (url.scheme() != u"ws" && url.scheme() != u"wss")
        return QCoreApplication::translate(
            "ServerProfile", "The address must start with ws:// or wss:// (DWP runs over WebSocket).");
    if (url.host().isEmpty())
        return QCoreApplication::translate("ServerProfile", "The address has no host name.");
    return {};
}

} // namespace dispatch
