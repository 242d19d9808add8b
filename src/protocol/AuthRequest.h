// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The data of the auth frame (dwp-protocol.md §2, the server's AuthRequest): {token, format?}. The auth
// frame itself always travels as JSON. An empty token here makes the server fall back to the frame-level
// `token`; `format` "msgpack" selects msgpack, anything else JSON.
struct AuthRequest
{
    QString token;
    QString format; // omitted when empty

    // As the server's json.Unmarshal; on failure the server answers 400 "invalid auth data" and disconnects.
    static Parsed<AuthRequest> parse(QByteArrayView data);
    QByteArray toJson() const;

    friend bool operator==(const AuthRequest&, const AuthRequest&) = default;
};

} // namespace dwp
