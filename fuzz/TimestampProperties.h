// SPDX-License-Identifier: MIT
#pragma once

#include "FuzzCheck.h"
#include "protocol/Timestamp.h"

#include <QtEndian>
#include <limits>

// Issue 16 item 9: no Timestamp arithmetic may overflow, whatever instant a peer sends. The fuzz preset runs
// with UBSan halting on error, so an overflow anywhere below aborts the run; the checks add what a wrapped
// value would break: milliseconds inside ±kMaxMillis and ordered like the instant, text that ends in Z.
inline void checkTimestampArithmetic(const dwp::Timestamp& ts, QByteArrayView input)
{
    const qint64 ms = ts.toMSecsSinceEpoch();
    fuzzCheck(ms >= -dwp::Timestamp::kMaxMillis && ms <= dwp::Timestamp::kMaxMillis,
              "milliseconds stay inside ±kMaxMillis", input, QString::number(ms));
    const dwp::Timestamp epoch(0, 0);
    fuzzCheck((ts < epoch) == (ms < 0), "milliseconds keep the sign", input, QString::number(ms));
    const QByteArray text = ts.toRfc3339();
    fuzzCheck(text.endsWith('Z') && text.size() < 64, "RFC 3339 text is whole", input,
              QString::fromUtf8(text));
    (void)ts.toDateTime();
    (void)ts.isGoZero();
}

// The msgpack timestamp extension's 12-byte body (uint32 nanoseconds, int64 seconds), as Timestamp::fromUnix
// normalises it: nanoseconds below a second, the carry added to the seconds, or nullopt where that overflows.
inline void checkUnixTimestamp(QByteArrayView input)
{
    if (input.size() < 12)
        return;
    const quint64 nanos = qFromBigEndian<quint32>(input.data());
    const auto seconds = qint64(qFromBigEndian<quint64>(input.data() + 4));
    const auto ts = dwp::Timestamp::fromUnix(seconds, nanos);
    const auto carry = qint64(nanos / 1000000000);
    const bool overflows = seconds > std::numeric_limits<qint64>::max() - carry;
    fuzzCheck(ts.has_value() != overflows, "fromUnix refuses exactly what overflows", input);
    if (!ts)
        return;
    fuzzCheck(ts->nanoseconds() == nanos % 1000000000 && ts->seconds() - carry == seconds,
              "fromUnix carries whole seconds", input);
    checkTimestampArithmetic(*ts, input);
}
