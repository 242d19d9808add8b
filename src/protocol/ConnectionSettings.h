// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/WireFormat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>

namespace dispatch {

// What one DWP connection needs to open and stay healthy. A plain value in the protocol layer: the Connect
// dialog and the server profiles (settings) produce it, and neither may include the client.
struct ConnectionSettings
{
    QUrl url;
    QString token;
    dwp::WireFormat format = dwp::WireFormat::Json;
    std::chrono::milliseconds authTimeout{10000};
    // DWP-level pings (dwp-protocol.md §2 recommends them over WS pings); 0 turns the heartbeat off.
    std::chrono::milliseconds heartbeatInterval{15000};
    // The real server has no size limit of its own; ours keeps a hostile peer from growing our memory.
    quint64 maxIncomingMessageBytes = 64 * 1024 * 1024;
    QList<QByteArray> trustedCertificateSha256; // see ClientOptions
};

} // namespace dispatch
