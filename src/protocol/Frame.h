// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace dwp {

// Frame `type` values (dwp-protocol.md §1). The server never rejects other strings, so Frame keeps a string.
namespace FrameType {
inline const QString Request = QStringLiteral("request");
inline const QString Response = QStringLiteral("response");
inline const QString Event = QStringLiteral("event");
inline const QString Error = QStringLiteral("error");
inline const QString Ping = QStringLiteral("ping");
inline const QString Pong = QStringLiteral("pong");
} // namespace FrameType

// Error codes the server uses (frame.go constants).
namespace ErrorCode {
constexpr int BadRequest = 400;
constexpr int Unauthorized = 401;
constexpr int Forbidden = 403;
constexpr int NotFound = 404;
constexpr int MethodNotFound = 405;
constexpr int Conflict = 409;
constexpr int Internal = 500;
} // namespace ErrorCode

struct FrameError
{
    qint64 code = 0;
    QString message;
    QString details; // the server never fills it; omitted when empty

    friend bool operator==(const FrameError&, const FrameError&) = default;
};

// One DWP message, field for field as the server's dwp.Frame (dwp-protocol.md §1).
// Empty strings are "absent" on the wire for every omit-when-empty field; `id` and `type` are always written.
struct Frame
{
    QString id;
    QString type;
    QString method;
    QString correlId;
    QString token;
    QString appId;
    QString orgId;
    // Compact JSON text of the payload, exactly as it travels (key order kept, numbers untouched);
    // empty means absent. `null` is a present value, as in Go's json.RawMessage.
    QByteArray data;
    std::optional<FrameError> error;
    QString channel;
    qint64 credits = 0; // 0 is omitted
    Timestamp ts;       // always written; Go's zero time when unset

    bool hasData() const { return !data.isEmpty(); }

    friend bool operator==(const Frame&, const Frame&) = default;
};

} // namespace dwp
