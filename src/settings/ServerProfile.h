// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/WireFormat.h"
#include "settings/AdminApiChoice.h"
#include "settings/JournalRetention.h"
#include "settings/ServerEnvironment.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace dispatch {

// One named server the operator switches between. It holds no token: tokens live in the system keyring
// (TokenVault) or, without one, in memory for the session only.
struct ServerProfile
{
    QString name;
    QUrl url;
    dwp::WireFormat format = dwp::WireFormat::Json;
    ServerEnvironment environment = ServerEnvironment::Development;
    // The operator agreed, and asked us to remember, that this profile's token may travel over plain ws://
    // to a host that is not this machine.
    bool plainTextTokenAllowed = false;
    // Raw SHA-256 digests of DER certificates the operator trusted for this profile after checking them
    // (ConnectionSettings::trustedCertificateSha256). Another certificate fails verification again.
    QList<QByteArray> trustedCertificateSha256;
    // Where its REST admin API is, whether the token goes there too, and how often to ask for totals.
    AdminApiChoice adminApi;
    // How long and how large its journal may grow (pruned in the background).
    JournalRetention retention;
    // The built-in demo server of --demo: shown and usable, never saved.
    bool transient = false;

    // A token would go over an unencrypted connection to another machine.
    bool exposesTokenOnTheWire() const;

    friend bool operator==(const ServerProfile&, const ServerProfile&) = default;
};

// Whether `host` is this machine (localhost, 127.0.0.0/8, ::1), where plain ws:// does not leave the box.
bool isLoopbackHost(const QString& host);

// Checks a server address typed by a person; returns an empty string when it is usable, else what is wrong.
QString problemWithServerUrl(const QString& text);

} // namespace dispatch
