// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"
#include "protocol/WireFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The reply to the auth frame, dwp-protocol.md §2 step 7: {format, session_id}, already encoded in the
// negotiated format. session_id is forge's connection id, "ws_<unix nanos>".
struct AuthResult
{
    QString format; // "json" or "msgpack"
    QString sessionId;

    std::optional<WireFormat> wireFormat() const { return wireFormatFromName(format); }

    static Parsed<AuthResult> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const AuthResult&, const AuthResult&) = default;
};

} // namespace dwp
