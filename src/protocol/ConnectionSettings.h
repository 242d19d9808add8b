// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/WireFormat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>

namespace dispatch {

// What one DWP connection needs to open and stay healthy. A plain value in the protocol layer, the lowest
// that needs it: the client opens connections with it, the Connect dialog (gui) edits it, the command lines
// fill it, and none of those may include the client. ClientOptions holds one (ClientOptions::connection).
struct ConnectionSettings
{
    QUrl url;
    QString token;
    // Asked for in the auth frame, which itself is always JSON (§2 step 1); the server answers with the
    // format it will speak.
    dwp::WireFormat format = dwp::WireFormat::Json;
    // For each phase: the socket to open, then the auth reply to come.
    std::chrono::milliseconds authTimeout{10000};
    // DWP-level pings (dwp-protocol.md §2 recommends them over WS pings); two missed pongs end the
    // connection. 0 turns the heartbeat off.
    std::chrono::milliseconds heartbeatInterval{15000};
    // A message (or frame) larger than this closes the connection with an error before Qt buffers it whole.
    // The real server has no size limit of its own; ours keeps a hostile peer from growing our memory.
    quint64 maxIncomingMessageBytes = 64 * 1024 * 1024;
    // SHA-256 digests (raw, of the DER) of server certificates the operator chose to trust although they fail
    // verification (self-signed, private CA). Only errors about exactly these certificates are ignored.
    QList<QByteArray> trustedCertificateSha256;
};

} // namespace dispatch
