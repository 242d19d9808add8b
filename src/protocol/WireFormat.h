// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace dwp {

// The two codecs a connection can negotiate at auth (dwp-protocol.md §2, step 6).
enum class WireFormat
{
    Json,
    Msgpack
};

inline QString wireFormatName(WireFormat format)
{
    return format == WireFormat::Msgpack ? QStringLiteral("msgpack") : QStringLiteral("json");
}

inline std::optional<WireFormat> wireFormatFromName(const QString& name)
{
    if (name == QLatin1String("json"))
        return WireFormat::Json;
    if (name == QLatin1String("msgpack"))
        return WireFormat::Msgpack;
    return std::nullopt;
}

} // namespace dwp
