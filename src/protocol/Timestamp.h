// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QDateTime>
#include <compare>
#include <optional>
#include <string_view>

namespace dwp {

// An instant with nanosecond precision over Go's whole time.Time range (year 1 to 9999 and beyond),
// because the server echoes Go's zero time (0001-01-01T00:00:00Z) and old dates in pongs (dwp-protocol.md §1,
// §6).
class Timestamp
{
public:
    // Go's zero time.Time, which the server writes for an unset or omitted ts.
    static constexpr qint64 kGoZeroSeconds = -62135596800;

    constexpr Timestamp() = default;
    constexpr Timestamp(qint64 secondsSinceEpoch, quint32 nanoseconds)
        : m_seconds(secondsSinceEpoch), m_nanos(nanoseconds)
    {
    }

    // Milliseconds since the epoch are clamped to ±kMaxMillis (about 73 million years): the difference of any
    // two and the sum of one and any other, which models and views compute freely, then stay inside qint64.
    static constexpr qint64 kMaxMillis = qint64(1) << 61;

    static Timestamp now();
    static Timestamp fromNanosSinceEpoch(qint64 nanos);
    // Go's time.Unix(seconds, nanoseconds): nanoseconds past a second carry into the seconds (the msgpack
    // timestamp extension holds up to 2^32 - 1 of them, dwp-protocol.md §6). nullopt when the carry would
    // take the seconds past qint64, where Go silently wraps.
    static std::optional<Timestamp> fromUnix(qint64 seconds, quint64 nanoseconds);
    static Timestamp fromDateTime(const QDateTime& dateTime);

    // Strict RFC 3339 as Go's time.Time.UnmarshalJSON accepts it: "YYYY-MM-DDTHH:MM:SS[.f+](Z|±HH:MM)".
    // More than nine fractional digits are accepted and truncated, as the server's decoder does.
    static Parsed<Timestamp> parseRfc3339(std::string_view text);

    // RFC 3339 in UTC with a Z, fractional digits trimmed of trailing zeros (Go's RFC3339Nano).
    QByteArray toRfc3339() const;
    QDateTime toDateTime() const; // millisecond precision, UTC

    qint64 seconds() const { return m_seconds; }
    quint32 nanoseconds() const { return m_nanos; }
    qint64 toMSecsSinceEpoch() const; // clamped to ±kMaxMillis
    bool isGoZero() const { return m_seconds == kGoZeroSeconds && m_nanos == 0; }

    friend constexpr bool operator==(const Timestamp&, const Timestamp&) = default;
    friend constexpr auto operator<=>(const Timestamp&, const Timestamp&) = default;

private:
    qint64 m_seconds = kGoZeroSeconds;
    quint32 m_nanos = 0;
};

} // namespace dwp
